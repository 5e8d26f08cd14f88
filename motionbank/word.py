"""
"Download als Word": a .docx of a motion, ready for a member to adapt for their own body:
A4, Dutch (nl-NL) on every style, the motion written out in the form of its type
(motionbank/documents.py) with "[datum]" and "[Naam indiener], [fractie]" to fill in, and
after a page break, apart from the text, the facts about the original (its summary, and
for written questions its answers).

The body it is written for (``target_body``) must be of the motion's tier: where the text
names the original governing body, the target's name is put in, and the frame names the
target's bodies. choose_target() picks it: the member's own body of the same tier, or one
they chose; never a council for a water-board motion.
"""

import io
import re
from dataclasses import dataclass

from django.utils import formats
from django.utils.translation import gettext as _

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips

from .documents import PART_FIELDS, items, write_out
from .models import GoverningBody
from .models.motions import DocumentType
from .text import replace_name

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
LANGUAGE = "nl-NL"
A4 = (Twips(11906), Twips(16838))  # 210 × 297 mm, as Word writes it
MARGIN = Mm(25)

# Characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF):
# python-docx refuses them, so they are left out rather than breaking the download.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text):
    return NOT_XML.sub("", str(text or ""))


@dataclass
class Adapted:
    title: str
    summary: str
    values: dict  # the text parts by field name (documents.PART_FIELDS), adapted
    extracted_text: str
    body: object  # the governing body the text is written for

    @property
    def fields(self):
        return self.values


def same_tier(motion, body):
    original = motion.governing_body
    return body is not None and original is not None and body.tier == original.tier


def adapt(motion, target_body=None):
    """The motion's texts with the original governing body replaced by ``target_body``
    (only one of the same tier: a water board's motion is never made a council's)."""
    original = motion.governing_body
    body = target_body if same_tier(motion, target_body) else original

    def swap(text):
        if not text or body is None or original is None or body.pk == original.pk:
            return text or ""
        if original.display_name != original.name:  # "Provincie Zeeland" as a whole first
            text = replace_name(text, original.display_name, body.display_name)
        return replace_name(text, original.name, body.name)

    return Adapted(
        title=swap(motion.title),
        summary=swap(motion.summary),
        values={name: swap(getattr(motion, name)) for name in PART_FIELDS},
        extracted_text=swap(motion.extracted_text),
        body=body,
    )


@dataclass
class Target:
    """The body a download is written for, and what to tell the member about it."""

    body: object  # a GoverningBody, or None: the original's
    error: str = ""


def choose_target(motion, member_body, code=None):
    """The body to write ``motion`` for: the one with CBS ``code`` (chosen from the list of
    the motion's tier), else the member's own when it is of the motion's tier, else none
    (the original's). A code of another tier or unknown gives an error to show."""
    tier = motion.governing_body.tier if motion.governing_body else None
    if code:
        code = str(code).strip()[:10]
        body = GoverningBody.objects.filter(code__iexact=code, tier=tier).first()
        if body is None:
            return Target(
                None,
                _("Kies een %(tier)s uit de lijst om de motie voor aan te passen.")
                % {"tier": (motion.governing_body.get_tier_display() or "").lower()},
            )
        return Target(body)
    if member_body is not None and member_body.tier == tier:
        return Target(member_body)
    return Target(None)


def _lang(rpr):
    """The w:lang of a run-properties element, added in its place in the sequence."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        after = [rpr.find(qn(tag)) for tag in ("w:eastAsianLayout", "w:specVanish", "w:oMath")]
        after = [element for element in after if element is not None]
        if after:
            after[0].addprevious(lang)
        else:
            rpr.append(lang)
    return lang


def set_language(document, language=LANGUAGE):
    """nl-NL as the language of the document's defaults and of every paragraph, character
    and table style, so that Word checks the spelling in Dutch."""
    styles = document.styles.element
    targets = list(styles.iterfind(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}"))
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:type")) in ("paragraph", "character", "table"):
            targets.append(style.get_or_add_rPr())
    for rpr in targets:
        _lang(rpr).set(qn("w:val"), language)
    document.core_properties.language = language


def set_a4(document):
    for section in document.sections:
        section.page_width, section.page_height = A4
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, MARGIN)


def _paragraphs(document, text):
    for block in xml_safe(text).split("\n"):
        if block.strip():
            document.add_paragraph(block.strip())


def _write_blocks(document, blocks):
    for block in blocks:
        if block.is_line:
            document.add_paragraph(xml_safe(block.text))
            continue
        if block.heading:
            heading = document.add_paragraph()
            heading.add_run(xml_safe(block.heading)).bold = True
            heading.paragraph_format.space_before = Pt(10)
            heading.paragraph_format.keep_with_next = True
        if block.text:
            _paragraphs(document, block.text)
        for number, (item, answer) in enumerate(block.numbered, start=1):
            paragraph = document.add_paragraph(xml_safe(f"{number}. {item}"))
            paragraph.paragraph_format.left_indent = Mm(6)
            paragraph.paragraph_format.first_line_indent = Mm(-6)
            if answer:
                document.add_paragraph(xml_safe(_("Antwoord: %(answer)s") % {"answer": answer}))


def build_docx(motion, target_body=None):
    """The bytes of a .docx of ``motion``, written for ``target_body`` if it is of the
    motion's tier."""
    adapted = adapt(motion, target_body)
    document = docx.Document()
    set_a4(document)
    set_language(document)
    document.core_properties.title = xml_safe(adapted.title)[:255]
    document.core_properties.author = "CLB-motiebank"
    document.core_properties.comments = _("Gebaseerd op een document uit de CLB-motiebank.")
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    document.add_heading(xml_safe(adapted.title), level=0)
    blocks = write_out(
        motion, body=adapted.body, values=adapted.values, date_text="[datum]", for_reuse=True
    )
    if blocks:
        _write_blocks(document, blocks)
    elif adapted.extracted_text:
        document.add_heading(_("Tekst uit het originele bestand"), level=2)
        _paragraphs(document, adapted.extracted_text)

    # The facts about the original, apart from the text a member hands in.
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading(_("Over het origineel (niet meesturen)"), level=2)
    body = motion.governing_body
    rows = [
        (_("Titel"), motion.title),
        (_("Soort"), motion.get_document_type_display()),
        (_("Gemeente, provincie of waterschap"), body.display_name if body else ""),
        (_("Datum ingediend"), formats.date_format(motion.date_submitted, "j F Y")),
    ]
    if motion.document_type != DocumentType.WRITTEN_QUESTIONS:
        rows.append((_("Uitslag"), motion.get_outcome_display()))
    elif motion.answered_on:
        rows.append((_("Beantwoord op"), formats.date_format(motion.answered_on, "j F Y")))
    rows += [
        (_("Thema"), motion.theme.name if motion.theme_id else ""),
        (_("Indieners"), motion.submitters),
        (_("Fracties"), motion.parties),
        (_("Samenvatting (CLB-motiebank)"), motion.summary),
        (_("Bron"), motion.source_url),
    ]
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        if value:
            cells = table.add_row().cells
            cells[0].text = xml_safe(label)
            cells[1].text = xml_safe(value)
    answers = (
        items(motion.answers) if motion.document_type == DocumentType.WRITTEN_QUESTIONS else []
    )
    if answers:
        document.add_heading(_("Antwoorden op de oorspronkelijke vragen"), level=3)
        for number, answer in enumerate(answers, start=1):
            document.add_paragraph(xml_safe(f"{number}. {answer}"))
    note = document.add_paragraph()
    note.add_run(
        _(
            "Uit de CLB-motiebank. Controleer de tekst, de feiten en de namen voordat je "
            "hem indient."
        )
    ).italic = True

    output = io.BytesIO()
    document.save(output)
    return output.getvalue()
