"""
Text from a motion's original file (PDF or .docx), for search and for the members who
want to copy it. Runs in a background task (motionbank.tasks); the file has been checked
by motionbank.uploads before it was stored.
"""

import io
import logging
import re

logger = logging.getLogger(__name__)

MAX_CHARS = 200_000
MAX_PAGES = 200


def _tidy(text):
    text = text.replace("\x00", "")
    text = re.sub(r"[ \t\f\v]+", " ", text)
    text = re.sub(r"\n\s*\n\s*\n+", "\n\n", text)
    return text.strip()[:MAX_CHARS]


def pdf_text(data):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        reader.decrypt("")
    pages = []
    for number, page in enumerate(reader.pages[:MAX_PAGES], start=1):
        try:
            pages.append(page.extract_text() or "")
        except Exception as error:  # one bad page should not lose the others
            logger.warning("No text from page %s: %s: %s", number, type(error).__name__, error)
    return _tidy("\n\n".join(pages))


def docx_text(data):
    import docx

    document = docx.Document(io.BytesIO(data))
    blocks = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            blocks.append(" | ".join(cell.text for cell in row.cells))
    return _tidy("\n".join(blocks))


def extract_text(data):
    """The text of a PDF or .docx given as bytes; "" for anything else."""
    if data.startswith(b"%PDF-"):
        return pdf_text(data)
    if data.startswith(b"PK\x03\x04"):
        return docx_text(data)
    return ""
