"""
The four document types of the motion bank and the form each is written in, as councils
write them: which parts a type has (the fields of Motion), which are required, and how
the parts are written out. The motion page, "copy text" (Motion.copy_text) and the Word
file (motionbank/word.py) all write a motion out through write_out(), so the three agree.

- motie: "De raad van de gemeente X, in vergadering bijeen op [datum], gehoord de
  beraadslaging, constaterende dat …, overwegende dat …, verzoekt het college … en gaat
  over tot de orde van de dag." with the bodies of the tier (TIER_WORDS);
- amendement: the proposal it amends, "besluit het ontwerpbesluit als volgt te wijzigen:",
  the change and its toelichting;
- schriftelijke vragen: to whom, the date asked, an introduction, numbered questions, and
  the answers with their date when known;
- initiatiefvoorstel: toelichting and numbered beslispunten.
"""

import re
from dataclasses import dataclass, field

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models.motions import DocumentType
from .models.reference import tier_words


@dataclass(frozen=True)
class Part:
    name: str  # the field of Motion
    label: str
    required: bool = False
    message: str = ""  # shown at the field when a required part is missing
    one_per_line: bool = False


MOTION_PARTS = (
    Part("findings", gettext_lazy("Constaterende dat")),
    Part("considerations", gettext_lazy("Overwegende dat")),
    Part(
        "operative_text",
        gettext_lazy("Verzoekt / draagt op"),
        required=True,
        message=gettext_lazy("Vul in wat de motie vraagt of opdraagt (‘verzoekt het college …’)."),
    ),
)

TYPE_PARTS = {
    DocumentType.MOTION: MOTION_PARTS,
    DocumentType.AMENDMENT: (
        Part(
            "amended_proposal",
            gettext_lazy("Voorstel dat het amendement wijzigt"),
            required=True,
            message=gettext_lazy("Vul in welk voorstel of ontwerpbesluit het amendement wijzigt."),
        ),
        Part(
            "amendment_change",
            gettext_lazy("Wijziging van het ontwerpbesluit"),
            required=True,
            message=gettext_lazy("Vul in wat het amendement in het ontwerpbesluit verandert."),
        ),
        Part("explanation", gettext_lazy("Toelichting")),
    ),
    DocumentType.WRITTEN_QUESTIONS: (
        Part("introduction", gettext_lazy("Inleiding")),
        Part(
            "questions",
            gettext_lazy("Vragen"),
            required=True,
            message=gettext_lazy("Vul minstens één vraag in (één vraag per regel)."),
            one_per_line=True,
        ),
        Part("answers", gettext_lazy("Antwoorden"), one_per_line=True),
    ),
    DocumentType.INITIATIVE: (
        Part(
            "explanation",
            gettext_lazy("Toelichting"),
            required=True,
            message=gettext_lazy("Vul de toelichting bij het initiatiefvoorstel in."),
        ),
        Part(
            "decision_points",
            gettext_lazy("Beslispunten"),
            required=True,
            message=gettext_lazy("Vul minstens één beslispunt in (één per regel)."),
            one_per_line=True,
        ),
    ),
}

# Every text part of every type, in a fixed order (the date of the answers is apart).
PART_FIELDS = (
    "findings",
    "considerations",
    "operative_text",
    "amended_proposal",
    "amendment_change",
    "explanation",
    "introduction",
    "questions",
    "answers",
    "decision_points",
)
# Types without an outcome of a vote: written questions are answered, not voted on.
WITHOUT_OUTCOME = (DocumentType.WRITTEN_QUESTIONS,)


def parts_of(document_type):
    return TYPE_PARTS.get(document_type, MOTION_PARTS)


def part_names(document_type):
    return tuple(part.name for part in parts_of(document_type))


def missing_parts(document_type, values):
    """{field: Dutch message} for each required part of the type left empty."""
    return {
        part.name: str(part.message)
        for part in parts_of(document_type)
        if part.required and not (values.get(part.name) or "").strip()
    }


def stored_parts(motion, values=None):
    """(field, text) of the parts of the motion's type. A motion of another type that
    has only the parts of a motie (from an older import or the benchmark generator)
    gives those, so no text is hidden."""
    values = values if values is not None else {n: getattr(motion, n) for n in PART_FIELDS}
    own = [(name, values.get(name) or "") for name in part_names(motion.document_type)]
    if any(text.strip() for _name, text in own):
        return own
    return [(part.name, values.get(part.name) or "") for part in MOTION_PARTS]


# Numbering a member typed: "1.", "1)", "(1)", "Vraag 1:", "Antwoord 1:", "-", "•".
ITEM_MARKER = re.compile(
    r"^\s*(?:(?:vraag|antwoord|beslispunt)\s*\d*\s*[.):]?\s*|\(?\d{1,3}\s*[.):]\s*|[-•*–]\s+)",
    re.IGNORECASE,
)


def items(text):
    """The lines of a one-per-line part without the numbering or bullet typed before them."""
    result = []
    for line in (text or "").splitlines():
        line = ITEM_MARKER.sub("", line, count=1).strip()
        if line:
            result.append(line)
    return result


@dataclass
class Block:
    """One piece of a written-out document: a line of its formal frame ("line"), or a
    section with an optional heading, text and numbered items (with answers)."""

    kind: str  # "line" or "section"
    text: str = ""
    heading: str = ""
    items: list = field(default_factory=list)
    answers: list = field(default_factory=list)  # beside items, "" where none

    @property
    def is_line(self):
        return self.kind == "line"

    @property
    def numbered(self):
        return list(zip(self.items, self.answers or [""] * len(self.items), strict=False))


def _line(text):
    return Block("line", text=text)


def _section(heading="", text="", items=(), answers=()):
    return Block(
        "section",
        text=(text or "").strip(),
        heading=heading,
        items=list(items),
        answers=list(answers),
    )


def _lower_article(text):
    """ "De raad …" → "de raad …" in the middle of a sentence; "Provinciale Staten" stays."""
    for article in ("De ", "Het "):
        if text.startswith(article):
            return article.lower() + text[len(article) :]
    return text


def _upper_first(text):
    return text[:1].upper() + text[1:]


def write_out(motion, *, body=None, values=None, date_text=None, for_reuse=False):
    """The motion as a list of Blocks in the form of its type.

    ``body``: the governing body it is written for (default: its own); ``values``: the
    parts by field name (default: the motion's); ``date_text``: the date of the meeting
    (default: the date submitted, written out); ``for_reuse``: for "copy text" and Word,
    where a member writes their own: no answers of the original, and a line for the
    signature."""
    body = body if body is not None else motion.governing_body
    words = tier_words(body.tier if body is not None else "")
    name = body.name if body is not None else "[naam]"
    assembly = words.assembly.format(name=name)
    if date_text is None:
        date_text = (
            formats.date_format(motion.date_submitted, "j F Y")
            if motion.date_submitted
            else "[datum]"
        )
    parts = dict(stored_parts(motion, values))
    document_type = motion.document_type
    own = set(part_names(document_type))
    if not any(parts.get(name, "").strip() for name in own):
        # No parts of its own type: the parts of a motie without the frame, or nothing.
        return [
            _section(heading=str(part.label), text=parts.get(part.name, ""))
            for part in MOTION_PARTS
            if parts.get(part.name, "").strip()
        ]

    def text(name):
        return (parts.get(name) or "").strip()

    blocks = []
    if document_type == DocumentType.AMENDMENT:
        if text("amended_proposal"):
            blocks.append(
                _line(_("Amendement op: %(proposal)s") % {"proposal": text("amended_proposal")})
            )
        blocks.append(
            _line(
                _("%(assembly)s, in vergadering bijeen op %(date)s,")
                % {"assembly": assembly, "date": date_text}
            )
        )
        blocks.append(_line(_("gehoord de beraadslaging,")))
        blocks.append(
            _section(
                heading=_("%(decides)s het ontwerpbesluit als volgt te wijzigen:")
                % {"decides": words.decides},
                text=text("amendment_change"),
            )
        )
        if text("explanation"):
            blocks.append(_section(heading=_("Toelichting"), text=text("explanation")))
    elif document_type == DocumentType.WRITTEN_QUESTIONS:
        blocks.append(
            _line(
                _("Schriftelijke vragen aan %(executive)s van %(name)s")
                % {"executive": words.executive, "name": name}
            )
        )
        blocks.append(_line(_("Gesteld op %(date)s") % {"date": date_text}))
        if text("introduction"):
            blocks.append(_section(text=text("introduction")))
        questions = items(text("questions"))
        answers = [] if for_reuse else items(text("answers"))
        if answers:
            answers = (answers + [""] * len(questions))[: max(len(questions), len(answers))]
            questions = questions + [""] * (len(answers) - len(questions))
        blocks.append(_section(heading=_("Vragen"), items=questions, answers=answers))
        if not for_reuse:
            answered_on = getattr(motion, "answered_on", None)
            if answers and answered_on:
                blocks.append(
                    _line(
                        _("Beantwoord op %(date)s")
                        % {"date": formats.date_format(answered_on, "j F Y")}
                    )
                )
            elif answers:
                blocks.append(_line(_("Beantwoord (datum onbekend)")))
            else:
                blocks.append(_line(_("De antwoorden zijn (nog) niet bekend.")))
    elif document_type == DocumentType.INITIATIVE:
        blocks.append(
            _line(_("Initiatiefvoorstel aan %(assembly)s") % {"assembly": _lower_article(assembly)})
        )
        if text("explanation"):
            blocks.append(_section(heading=_("Toelichting"), text=text("explanation")))
        blocks.append(
            _section(
                heading=_("Beslispunten"),
                text=_("%(who)s %(decides)s:")
                % {"who": _upper_first(words.assembly_short), "decides": words.decides},
                items=items(text("decision_points")),
            )
        )
    else:
        blocks.append(
            _line(
                _("%(assembly)s, in vergadering bijeen op %(date)s,")
                % {"assembly": assembly, "date": date_text}
            )
        )
        blocks.append(_line(_("gehoord de beraadslaging,")))
        if text("findings"):
            blocks.append(_section(heading=_("constaterende dat"), text=text("findings")))
        if text("considerations"):
            blocks.append(_section(heading=_("overwegende dat"), text=text("considerations")))
        blocks.append(
            _section(
                heading=f"{words.asks} {words.executive}",
                text=text("operative_text"),
            )
        )
        blocks.append(_line(f"{words.moves_on}."))
    if for_reuse and document_type != DocumentType.WRITTEN_QUESTIONS:
        blocks.append(_line(_("[Naam indiener], [fractie]")))
    return blocks


def plain_text(title, blocks):
    """The blocks as plain text, for "copy text": the lines of the frame one under the
    other, a blank line around each section."""
    chunks = [[title]]
    previous_line = False
    for block in blocks:
        if block.is_line:
            if previous_line:
                chunks[-1].append(block.text)
            else:
                chunks.append([block.text])
            previous_line = True
            continue
        previous_line = False
        lines = []
        if block.heading:
            lines.append(block.heading)
        if block.text:
            lines.append(block.text)
        for number, (item, answer) in enumerate(block.numbered, start=1):
            lines.append(f"{number}. {item}")
            if answer:
                lines.append(_("   Antwoord: %(answer)s") % {"answer": answer})
        if lines:
            chunks.append(lines)
    return "\n\n".join("\n".join(lines) for lines in chunks if lines)


def carry_over(document_type, values):
    """For text written in the three parts of a motie (files and records from before the
    parts of each type): the parts of ``document_type`` to set instead, or None. What has
    no part of its own (the findings of an amendment) goes into the introduction or the
    toelichting under its heading, so nothing is lost. The data migration 0008 does the
    same to the motions stored before."""
    old = ("findings", "considerations", "operative_text")
    if document_type == DocumentType.MOTION or not any((values.get(n) or "").strip() for n in old):
        return None

    def joined(*names):
        filled = [(n, (values.get(n) or "").strip()) for n in names]
        filled = [(n, text) for n, text in filled if text]
        if len(filled) == 1:
            return filled[0][1]
        headings = {"findings": "Constaterende dat", "considerations": "Overwegende dat"}
        return "\n\n".join(f"{headings[n]}:\n{text}" for n, text in filled)

    operative = (values.get("operative_text") or "").strip()
    if document_type == DocumentType.AMENDMENT:
        new = {"amendment_change": operative, "explanation": joined("findings", "considerations")}
    elif document_type == DocumentType.WRITTEN_QUESTIONS:
        new = {"introduction": joined("findings", "considerations"), "questions": operative}
    elif document_type == DocumentType.INITIATIVE:
        new = {"explanation": joined("findings", "considerations"), "decision_points": operative}
    else:
        return None
    if any((values.get(name) or "").strip() for name in new):
        return None  # it has parts of its own already
    return {**new, **dict.fromkeys(old, "")}
