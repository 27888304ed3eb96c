"""Finding kept files in a raw message, telling types by their bytes, and reading PDF text in
the bounded child process (text, page/char caps, bomb, malformed, encrypted, timeout)."""

from email.message import EmailMessage
from io import BytesIO

from pypdf import PdfWriter

from app.attachments import pdf_text as pdf_text_module
from app.attachments.files import PDF, files_in, sniff
from app.attachments.pdf_text import pdf_text
from tests.pdf_helpers import bomb_pdf, encrypted_pdf, malformed_pdf, text_pdf

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _message(*parts: tuple[str, str, bytes, str]) -> bytes:
    message = EmailMessage()
    message["From"] = "shop@example.com"
    message["Subject"] = "Receipt"
    message.set_content("See attached.")
    for filename, content_type, data, disposition in parts:
        maintype, subtype = content_type.split("/")
        message.add_attachment(
            data, maintype=maintype, subtype=subtype, filename=filename, disposition=disposition
        )
    return message.as_bytes()


def test_sniff_tells_types_by_their_bytes():
    assert sniff(b"%PDF-1.7 ...") == PDF
    assert sniff(PNG) == "image/png"
    assert sniff(b"\xff\xd8\xff\xe0rest") == "image/jpeg"
    assert sniff(b"GIF89a...") == "image/gif"
    assert sniff(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert sniff(b"<html>%PDF-</html>") is None
    assert sniff(b"") is None


def test_files_in_keeps_pdfs_and_images_under_the_cap_only():
    pdf = text_pdf(["Total INR 10.00"])
    raw = _message(
        ("receipt.pdf", "application/pdf", pdf, "attachment"),
        ("logo.png", "image/png", PNG, "inline"),
        ("fake.pdf", "application/pdf", b"not a pdf at all", "attachment"),
        ("notes.txt", "text/plain", b"hello", "attachment"),
        ("../../etc/big.png", "image/png", PNG + b"\x00" * 5000, "attachment"),
    )
    kept = files_in(raw, max_bytes=4000)
    assert [(f.filename, f.content_type, f.data) for f in kept] == [
        ("receipt.pdf", PDF, pdf),
        ("logo.png", "image/png", PNG),
    ]
    assert files_in(_message(), max_bytes=4000) == []
    many = _message(*[(f"{n}.png", "image/png", PNG, "attachment") for n in range(12)])
    assert [f.filename for f in files_in(many, max_bytes=4000)] == [f"{n}.png" for n in range(10)]


def test_pdf_text_reads_text_and_caps_it(monkeypatch):
    text, error = pdf_text(text_pdf(["Blue Tokai", "Total paid: INR 1,499.00"]))
    assert error is None and text is not None
    assert "Total paid: INR 1,499.00" in text
    # The caps, checked in this process (the child reads the module's constants the same way).
    writer = PdfWriter()
    for page in range(3):
        writer.append(BytesIO(text_pdf([f"Page {page}"])))
    out = BytesIO()
    writer.write(out)
    monkeypatch.setattr(pdf_text_module, "MAX_PAGES", 2)
    assert pdf_text_module._read(out.getvalue())["text"].split() == ["Page", "0", "Page", "1"]
    monkeypatch.setattr(pdf_text_module, "MAX_CHARS", 5)
    assert pdf_text_module._read(out.getvalue()) == {"text": "Page "}


def test_hostile_pdfs_each_get_a_clear_error():
    assert pdf_text(bomb_pdf()) == (
        None,
        "the PDF decompresses to more than allowed (a decompression bomb?)",
    )
    assert pdf_text(encrypted_pdf()) == (None, "the PDF is encrypted with a password")
    text, error = pdf_text(malformed_pdf())
    assert text is None and error is not None and error.startswith("the PDF is malformed")


def test_a_pdf_that_takes_too_long_is_given_up(monkeypatch):
    monkeypatch.setattr(pdf_text_module, "TIMEOUT_SECONDS", 0.01)
    assert pdf_text(text_pdf(["Total INR 10.00"])) == (
        None,
        "reading the PDF took longer than 0.01 s",
    )
