"""Small PDFs written by hand for the attachment tests: one with text, a decompression bomb,
a malformed one, an encrypted one."""

import zlib
from io import BytesIO

from pypdf import PdfWriter


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of these numbered objects (1 is the catalog), with a correct xref table."""
    out = BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_pdf(lines: list[str]) -> bytes:
    """One page showing these lines in Helvetica."""
    shown = b" ".join(
        b"(" + line.replace("(", "").replace(")", "").encode("latin-1") + b") Tj T*"
        for line in lines
    )
    content = b"BT /F1 12 Tf 14 TL 72 720 Td " + shown + b" ET"
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def bomb_pdf(decompressed_bytes: int = 400 * 1024**2) -> bytes:
    """A page whose content stream inflates from ~400 KB to `decompressed_bytes` of spaces."""
    squeeze = zlib.compressobj(9)
    chunk = b" " * (1024**2)
    packed = b"".join(squeeze.compress(chunk) for _ in range(decompressed_bytes // len(chunk)))
    packed += squeeze.flush()
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            _stream(packed, b" /Filter /FlateDecode"),
        ]
    )


def malformed_pdf() -> bytes:
    return b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R\nthe rest is missing"


def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=BytesIO(text_pdf(["Total INR 10.00"])))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
