"""
A tiny PDF writer for demo documents and tests: text in Helvetica, wrapped, on as many
A4 pages as it needs. Real PDFs (pypdf reads their text back), no extra dependency.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842
MARGIN = 60
FONT_SIZE = 11
LEADING = 15
CHARS_PER_LINE = 88


def _escape(text):
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _lines(title, paragraphs):
    yield ("title", title)
    yield ("blank", "")
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, CHARS_PER_LINE) or [""]:
            yield ("text", line)
        yield ("blank", "")


def make_pdf(title, paragraphs):
    """Return the bytes of a PDF with a title line and the given paragraphs."""
    per_page = (PAGE_HEIGHT - 2 * MARGIN) // LEADING
    lines = list(_lines(title, paragraphs))
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)] or [[]]

    objects = []  # object bodies; object number = index + 1

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_obj = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    page_ids = []
    for page_lines in pages:
        stream = [b"BT", f"{LEADING} TL".encode(), f"{MARGIN} {PAGE_HEIGHT - MARGIN} Td".encode()]
        for kind, text in page_lines:
            size = FONT_SIZE + 4 if kind == "title" else FONT_SIZE
            font_name = b"/F2" if kind == "title" else b"/F1"
            stream.append(font_name + f" {size} Tf".encode())
            stream.append(b"(" + _escape(text) + b") Tj T*")
        stream.append(b"ET")
        content = b"\n".join(stream)
        content_id = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        page_ids.append(
            add(
                f"<< /Type /Page /Parent {pages_obj} 0 R "
                f"/MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                f"/Resources << /Font << /F1 {font} 0 R /F2 {bold} 0 R >> >> "
                f"/Contents {content_id} 0 R >>".encode()
            )
        )
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode()
    kids = " ".join(f"{pid} 0 R" for pid in page_ids)
    objects[pages_obj - 1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)
