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


def table_pdf(rows: list[list[tuple[float, str, str]]], font_size: float = 9) -> bytes:
    """Pages of positioned text, like a bank's statement: each row is a list of cells
    (x in points, "l" or "r" for left- or right-aligned at x, text). Rows run down the page,
    44 to a page."""
    per_page = 44
    pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    font_ref = 3 + 2 * len(pages)
    for page in pages:
        shown = []
        for index, row in enumerate(page):
            y = 760 - index * (font_size + 7)
            for x, align, text in row:
                # Helvetica's digits are 0.556 em wide; other glyphs are close enough.
                left = x - len(text) * font_size * 0.556 if align == "r" else x
                safe = text.replace("\\", "").replace("(", "").replace(")", "")
                shown.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (left, y, safe.encode("latin-1")))
        content = b"BT /F1 %.1f Tf " % font_size + b" ".join(shown) + b" ET"
        page_ref = len(objects) + 1
        kids.append(b"%d 0 R" % page_ref)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (page_ref + 1, font_ref)
        )
        objects.append(_stream(content))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(pages))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return _pdf(objects)


def with_password(pdf: bytes, password: str) -> bytes:
    """The PDF encrypted (AES-256) so that it opens only with `password`."""
    writer = PdfWriter(clone_from=BytesIO(pdf))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-256")
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
