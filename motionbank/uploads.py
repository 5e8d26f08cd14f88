"""
Checks on a file a member uploads, by its content: never by its name or the content type
the browser claims. Accepted are PDF (readable by pypdf, not protected by a password) and
Word .docx (a zip with word/document.xml that python-docx opens, checked against zip
bombs before anything is unpacked). Anything else is refused with a Dutch message that
says what to do. See docs/motionbank.md.
"""

import io
import logging
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
PDF = "pdf"
DOCX = "docx"
CONTENT_TYPES = {
    PDF: "application/pdf",
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

# Limits on what a .docx may unpack to. A real motion is a few hundred kilobytes.
DOCX_MAX_ENTRIES = 1000
DOCX_MAX_UNCOMPRESSED = 50 * 1024 * 1024
DOCX_MAX_RATIO = 100
DOCX_RATIO_FLOOR = 1024 * 1024  # small entries compress well and are harmless
PDF_MAX_PAGES = 500


def max_upload_bytes():
    return getattr(settings, "MOTION_UPLOAD_MAX_BYTES", DEFAULT_MAX_BYTES)


@dataclass(frozen=True)
class CheckedFile:
    kind: str
    size: int
    pages: int = 0

    @property
    def extension(self):
        return self.kind

    @property
    def content_type(self):
        return CONTENT_TYPES[self.kind]


def _refuse(message, code):
    raise ValidationError(message, code=code)


def check_upload(uploaded):
    """Return a CheckedFile for an acceptable upload, or raise ValidationError."""
    size = uploaded.size or 0
    if size == 0:
        _refuse(_("Het bestand is leeg. Kies het bestand met je motie opnieuw."), "empty")
    limit = max_upload_bytes()
    if size > limit:
        _refuse(
            _("Het bestand is te groot (%(size)s). Het mag hoogstens %(limit)s zijn.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)},
            "too_big",
        )
    uploaded.seek(0)
    data = uploaded.read(limit + 1)
    uploaded.seek(0)
    if len(data) > limit:
        _refuse(
            _("Het bestand is te groot. Het mag hoogstens %(limit)s zijn.")
            % {"limit": filesizeformat(limit)},
            "too_big",
        )
    if data.startswith(b"%PDF-"):
        return _check_pdf(data)
    if data.startswith(b"PK\x03\x04"):
        return _check_docx(data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        _refuse(
            _(
                "Dit is een oud Word-bestand (.doc) of een Word-bestand met een wachtwoord. "
                "Sla het op als .docx zonder wachtwoord, of als PDF, en probeer het opnieuw."
            ),
            "old_word",
        )
    _refuse(
        _(
            "Dit bestand is geen PDF of Word-document (.docx). Alleen die twee soorten "
            "bestanden kunnen we aannemen; de naam van het bestand maakt daarbij niet uit."
        ),
        "wrong_type",
    )


def _unreadable(kind):
    if kind == PDF:
        message = _(
            "Deze PDF is beschadigd of onvolledig en kan niet gelezen worden. Maak de PDF "
            "opnieuw (bijvoorbeeld met ‘Opslaan als PDF’) en probeer het nog eens."
        )
    else:
        message = _(
            "Dit Word-document is beschadigd en kan niet gelezen worden. Sla het opnieuw op "
            "als .docx, of als PDF, en probeer het nog eens."
        )
    _refuse(message, "corrupt")


def _check_pdf(data):
    from pypdf import PasswordType, PdfReader

    # A complete PDF ends with %%EOF; a file cut off in transfer does not.
    if b"%%EOF" not in data[-2048:]:
        _unreadable(PDF)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            _refuse(
                _(
                    "Deze PDF is beveiligd met een wachtwoord. Sla hem op zonder beveiliging "
                    "en probeer het opnieuw."
                ),
                "encrypted",
            )
        pages = len(reader.pages)
        if pages:
            reader.pages[0].get_contents()
    except ValidationError:
        raise
    except Exception as error:  # any parser failure means the file cannot be used
        if "crypt" in type(error).__name__.lower() or "Dependency" in type(error).__name__:
            _refuse(
                _("Deze PDF is beveiligd. Sla hem op zonder beveiliging en probeer het opnieuw."),
                "encrypted",
            )
        logger.info("Refused an unreadable PDF upload: %s: %s", type(error).__name__, error)
        _unreadable(PDF)
    if pages == 0:
        _unreadable(PDF)
    if pages > PDF_MAX_PAGES:
        _refuse(
            _("Deze PDF heeft meer dan %(n)s pagina's. Deel alleen de motie zelf.")
            % {"n": PDF_MAX_PAGES},
            "too_many_pages",
        )
    return CheckedFile(kind=PDF, size=len(data), pages=pages)


def _zip_bomb():
    _refuse(
        _(
            "Dit Word-document pakt uit tot een onredelijk grote hoeveelheid gegevens en "
            "wordt daarom niet aangenomen. Sla het opnieuw op als .docx of als PDF."
        ),
        "zip_bomb",
    )


def _check_docx(data):
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        _unreadable(DOCX)
    # Sizes from the zip's own directory, checked before a single byte is unpacked.
    # (zipfile never unpacks more than an entry declares: a lying entry fails its CRC.)
    if len(entries) > DOCX_MAX_ENTRIES:
        _zip_bomb()
    total = 0
    for entry in entries:
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > DOCX_RATIO_FLOOR and ratio > DOCX_MAX_RATIO:
            _zip_bomb()
    if total > DOCX_MAX_UNCOMPRESSED:
        _zip_bomb()
    names = {entry.filename for entry in entries}
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        _refuse(
            _("Dit bestand is geen Word-document (.docx). Alleen PDF en .docx kunnen we aannemen."),
            "wrong_type",
        )
    try:
        import docx

        docx.Document(io.BytesIO(data))
    except Exception as error:  # any parser failure means the file cannot be used
        logger.info("Refused an unreadable .docx upload: %s: %s", type(error).__name__, error)
        _unreadable(DOCX)
    return CheckedFile(kind=DOCX, size=len(data))
