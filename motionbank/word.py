"""
"Download als Word": a .docx of a motion, ready for a member to adapt for their own
council. Where the text names the original governing body, the member's own (from their
Member record) is put in; the opening and closing lines follow the member's tier.
"""

import io
from dataclasses import dataclass

from django.utils import formats
from django.utils.translation import gettext as _

import docx
from docx.shared import Pt

from .models.motions import DocumentType
from .text import replace_name

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass
class Adapted:
    title: str
    summary: str
    parts: list  # (heading, text)
    extracted_text: str
    body: object  # the governing body the text is written for
    fields: dict  # findings, considerations, operative_text: adapted


def adapt(motion, target_body=None):
    """The motion's texts with the original governing body replaced by ``target_body``."""
    original = motion.governing_body
    body = target_body or original

    def swap(text):
        if not text or body is None or original is None or body.pk == original.pk:
            return text or ""
        if original.display_name != original.name:  # "Provincie Zeeland" as a whole first
            text = replace_name(text, original.display_name, body.display_name)
        return replace_name(text, original.name, body.name)

    operative_heading = _("Verzoekt / draagt op")
    if motion.document_type == DocumentType.MOTION and body is not None:
        operative_heading = _("Verzoekt %(executive)s") % {"executive": body.executive}
    parts = []
    for heading, text in (
        (_("Constaterende dat"), motion.findings),
        (_("Overwegende dat"), motion.considerations),
        (operative_heading, motion.operative_text),
    ):
        if text and text.strip():
            parts.append((heading, swap(text.strip())))
    fields = {
        name: swap(getattr(motion, name))
        for name in ("findings", "considerations", "operative_text")
    }
    return Adapted(
        fields=fields,
        title=swap(motion.title),
        summary=swap(motion.summary),
        parts=parts,
        extracted_text=swap(motion.extracted_text) if not parts else "",
        body=body,
    )


def _paragraphs(document, text):
    for block in text.split("\n"):
        if block.strip():
            document.add_paragraph(block.strip())


def build_docx(motion, target_body=None):
    """The bytes of a .docx of ``motion``, adapted to ``target_body`` if given."""
    adapted = adapt(motion, target_body)
    document = docx.Document()
    document.core_properties.title = adapted.title[:255]
    document.core_properties.author = "CLB-motiebank"
    document.core_properties.comments = _("Gebaseerd op een motie uit de CLB-motiebank.")
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    document.add_heading(adapted.title, level=0)
    is_motion = motion.document_type in (DocumentType.MOTION, DocumentType.AMENDMENT)
    if is_motion and adapted.body is not None:
        document.add_paragraph(
            _("%(assembly)s, in vergadering bijeen op [datum],")
            % {"assembly": adapted.body.assembly}
        )
    if adapted.summary:
        intro = document.add_paragraph()
        intro.add_run(adapted.summary).italic = True

    for heading, text in adapted.parts:
        document.add_heading(heading, level=2)
        _paragraphs(document, text)
    if adapted.extracted_text:
        document.add_heading(_("Tekst uit het originele bestand"), level=2)
        _paragraphs(document, adapted.extracted_text)
    if motion.document_type == DocumentType.MOTION:
        document.add_paragraph(_("en gaat over tot de orde van de dag."))
        document.add_paragraph(_("[Naam indiener], [fractie]"))

    document.add_heading(_("Over het origineel"), level=2)
    body = motion.governing_body
    rows = [
        (_("Titel"), motion.title),
        (_("Soort"), motion.get_document_type_display()),
        (_("Gemeente, provincie of waterschap"), body.display_name if body else ""),
        (_("Datum ingediend"), formats.date_format(motion.date_submitted, "j F Y")),
        (_("Uitslag"), motion.get_outcome_display()),
        (_("Thema"), motion.theme.name if motion.theme_id else ""),
        (_("Indieners"), motion.submitters),
        (_("Fracties"), motion.parties),
        (_("Bron"), motion.source_url),
    ]
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        if value:
            cells = table.add_row().cells
            cells[0].text = str(label)
            cells[1].text = str(value)
    note = document.add_paragraph()
    note.add_run(
        _(
            "Uit de CLB-motiebank. Controleer de tekst, de feiten en de namen voordat je "
            "de motie indient."
        )
    ).italic = True

    output = io.BytesIO()
    document.save(output)
    return output.getvalue()
