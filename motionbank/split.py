"""
The text extracted from an uploaded file, split into the parts of its document type where
the markers councils write are found, for the editor to check:

- motie: "constaterende dat", "overwegende dat" (each may be repeated), "verzoekt /
  verzoeken / draagt … op / roept … op" with whom it asks, up to "en gaat over tot de orde
  van de dag";
- amendement: the proposal it amends ("amendement op/bij …", "raadsvoorstel …"), "besluit
  … als volgt te wijzigen", "toelichting";
- schriftelijke vragen: the introduction before the first question, numbered questions
  ("1.", "1)", "Vraag 1") and answers ("Antwoord 1", "Antwoord:");
- initiatiefvoorstel: "toelichting", "beslispunten" / "besluit:" with its numbered points.

split_text() returns only the parts it found; motionbank.tasks fills them into a
submission whose member typed none of its parts.
"""

import re

from .models.motions import DocumentType

FLAGS = re.IGNORECASE | re.MULTILINE

# Whom a motion asks: what follows "verzoekt" and is not the request itself.
ADDRESSEE = (
    r"(?:het\s+college(?:\s+van\s+(?:burgemeester\s+en\s+wethouders|b\s*(?:&|en)\s*w))?"
    r"|(?:het\s+)?dagelijks\s+bestuur|gedeputeerde\s+staten|de\s+burgemeester"
    r"|(?:het\s+)?presidium)"
)
MOTION_MARKERS = (
    ("findings", re.compile(r"\bconstaterende\s*,?\s*(?:dat\b)?\s*:?", FLAGS)),
    ("considerations", re.compile(r"\b(?:overwegende|van\s+mening)\s*,?\s*(?:dat\b)?\s*:?", FLAGS)),
    (
        "operative_text",
        re.compile(
            r"(?:^|(?<=[,;.:]))\s*(?:verzoek(?:t|en)|draag(?:t)?|dragen|roep(?:t|en))\b"
            rf"(?:\s+{ADDRESSEE})?(?:\s+op\b)?(?:\s+om\b)?\s*[,:]?",
            FLAGS,
        ),
    ),
    ("end", re.compile(r"\ben\s+(?:gaat|gaan)\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b", FLAGS)),
)
CHANGE = re.compile(
    r"\bbesluit(?:en)?\b[^\n.]{0,80}?\bals\s+volgt\s+te\s+(?:wijzigen|amenderen)\s*:?", FLAGS
)
EXPLANATION = re.compile(r"^\s*toelichting\b\s*:?", FLAGS)
PROPOSAL = re.compile(
    r"\b(?:amendement|wijzigingsvoorstel)\s+(?:op|bij)\s+(?:het\s+)?([^\n]{3,300})"
    r"|^\s*((?:raads|staten|ontwerp)?(?:voorstel|besluit)\b[^\n]{3,300})",
    FLAGS,
)
DECISIONS = re.compile(
    r"^\s*(?:beslispunten|(?:de\s+raad\s+|provinciale\s+staten\s+|het\s+algemeen\s+bestuur\s+)?"
    r"(?:besluit|besluiten)\s*:)\s*:?",
    FLAGS,
)
SIGNATURE = re.compile(r"^\s*(?:ingediend\s+door|ondertekening|namens\s+de\s+fractie)\b", FLAGS)
QUESTION = re.compile(
    r"^\s*(?:vraag\s*(\d{1,3})\s*[.):]?|(\d{1,3})\s*[.)]|\((\d{1,3})\))\s*", FLAGS
)
ANSWER = re.compile(r"^\s*antwoord\b(?:\s+op\s+vraag)?\s*(\d{1,3})?\s*[.):]?\s*", FLAGS)
BULLET = re.compile(r"^\s*(?:\d{1,3}\s*[.)]|[-•*–])\s*")


def _tidy(text):
    text = re.sub(r"[ \t]+", " ", text or "")
    text = "\n".join(line.strip() for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", text).strip(" \n,;:")


def _until_signature(text):
    match = SIGNATURE.search(text)
    return text[: match.start()] if match else text


def split_motion(text):
    """findings, considerations and operative_text of a motie."""
    found = []
    for name, pattern in MOTION_MARKERS:
        found += [(match.start(), match.end(), name) for match in pattern.finditer(text)]
    found.sort()
    parts = {}
    for index, (_start, end, name) in enumerate(found):
        if name == "end":
            break
        stop = found[index + 1][0] if index + 1 < len(found) else len(text)
        chunk = _tidy(text[end:stop] if index + 1 < len(found) else _until_signature(text[end:]))
        if chunk:
            parts[name] = f"{parts[name]}\n{chunk}" if name in parts else chunk
    return parts


def split_amendment(text):
    parts = {}
    change = CHANGE.search(text)
    explanation = EXPLANATION.search(text, change.end() if change else 0)
    head = text[: change.start()] if change else text
    proposal = PROPOSAL.search(head)
    if proposal:
        parts["amended_proposal"] = _tidy(proposal.group(1) or proposal.group(2))[:300]
    if change:
        stop = explanation.start() if explanation else len(text)
        end = MOTION_MARKERS[-1][1].search(text, change.end(), stop)
        body = text[change.end() : end.start() if end else stop]
        parts["amendment_change"] = _tidy(_until_signature(body))
    if explanation:
        parts["explanation"] = _tidy(_until_signature(text[explanation.end() :]))
    return {name: value for name, value in parts.items() if value}


def split_questions(text):
    """introduction, questions (one a line) and answers (one a line)."""
    introduction, questions, answers = [], [], []
    current = introduction
    for line in text.splitlines():
        line = line.strip()
        answer = ANSWER.match(line)
        question = QUESTION.match(line)
        if answer:
            answers.append(line[answer.end() :].strip())
            current = answers
        elif question:
            questions.append(line[question.end() :].strip())
            current = questions
        elif not line:
            continue
        elif current is introduction:
            introduction.append(line)
        else:  # a question or answer that goes on over more lines
            current[-1] = f"{current[-1]} {line}".strip()
    parts = {}
    if questions:
        parts["questions"] = "\n".join(q for q in questions if q)
        if introduction:
            parts["introduction"] = _tidy("\n".join(introduction))
    if answers:
        parts["answers"] = "\n".join(a for a in answers if a)
    return parts


def split_initiative(text):
    parts = {}
    decisions = DECISIONS.search(text)
    explanation = EXPLANATION.search(text)
    if explanation and (not decisions or explanation.start() < decisions.start()):
        stop = decisions.start() if decisions else len(text)
        parts["explanation"] = _tidy(text[explanation.end() : stop])
    elif explanation:
        parts["explanation"] = _tidy(_until_signature(text[explanation.end() :]))
    if decisions:
        stop = (
            explanation.start() if explanation and explanation.start() > decisions.end() else None
        )
        body = _until_signature(text[decisions.end() : stop])
        lines = [BULLET.sub("", line).strip() for line in body.splitlines()]
        points = [line for line in lines if line and not DECISIONS.match(line)]
        parts["decision_points"] = "\n".join(points)
    return {name: value for name, value in parts.items() if value}


SPLITTERS = {
    DocumentType.MOTION: split_motion,
    DocumentType.AMENDMENT: split_amendment,
    DocumentType.WRITTEN_QUESTIONS: split_questions,
    DocumentType.INITIATIVE: split_initiative,
}


def split_text(document_type, text):
    """{Motion field: text} for the parts of ``document_type`` whose markers are found in
    ``text``; {} when none are."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return {}
    return SPLITTERS.get(document_type, split_motion)(text)
