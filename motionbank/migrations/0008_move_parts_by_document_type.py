"""Carry the text of amendments, written questions and initiative proposals, stored until
now in the three parts of a motie, into the parts of their own type (docs/motionbank.md,
"Document types"). Motions keep findings, considerations and operative_text. Nothing is
lost: what has no part of its own goes into the introduction or the toelichting with its
heading, and the reverse migration puts it back. Drafts waiting in revisions are carried
over the same way, so that approving one does not bring the old parts back."""

from django.db import migrations

OLD = ("findings", "considerations", "operative_text")
HEADINGS = {"findings": "Constaterende dat", "considerations": "Overwegende dat"}


def _joined(values, names):
    """The parts named, each under its heading when there is more than one."""
    filled = [(name, (values.get(name) or "").strip()) for name in names]
    filled = [(name, text) for name, text in filled if text]
    if len(filled) == 1:
        return filled[0][1]
    return "\n\n".join(f"{HEADINGS[name]}:\n{text}" for name, text in filled)


def forward_values(document_type, values):
    """The new parts for one motion's values (a dict), or None when nothing moves."""
    if document_type == "motie" or not any((values.get(n) or "").strip() for n in OLD):
        return None
    new = {}
    if document_type == "amendement":
        new["amendment_change"] = (values.get("operative_text") or "").strip()
        new["explanation"] = _joined(values, ("findings", "considerations"))
    elif document_type == "schriftelijke_vragen":
        new["introduction"] = _joined(values, ("findings", "considerations"))
        new["questions"] = (values.get("operative_text") or "").strip()
    elif document_type == "initiatiefvoorstel":
        new["explanation"] = _joined(values, ("findings", "considerations"))
        new["decision_points"] = (values.get("operative_text") or "").strip()
    else:
        return None
    # Only into parts still empty: a motion that already has its own parts keeps them.
    if any((values.get(name) or "").strip() for name in new):
        return None
    new.update(dict.fromkeys(OLD, ""))
    return new


def backward_values(document_type, values):
    if document_type == "motie":
        return None
    if document_type == "amendement":
        source = {"considerations": "explanation", "operative_text": "amendment_change"}
    elif document_type == "schriftelijke_vragen":
        source = {"findings": "introduction", "operative_text": "questions"}
    elif document_type == "initiatiefvoorstel":
        source = {"considerations": "explanation", "operative_text": "decision_points"}
    else:
        return None
    if any((values.get(name) or "").strip() for name in OLD):
        return None
    new = {old: values.get(part) or "" for old, part in source.items()}
    new.update(dict.fromkeys(source.values(), ""))
    return new


def _run(apps, convert):
    Motion = apps.get_model("motionbank", "Motion")
    names = (
        *OLD,
        "amendment_change",
        "explanation",
        "introduction",
        "questions",
        "decision_points",
    )
    for motion in Motion.objects.exclude(document_type="motie").only("document_type", *names):
        new = convert(motion.document_type, {n: getattr(motion, n) for n in names})
        if new:
            Motion.objects.filter(pk=motion.pk).update(**new)

    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="motionbank", model="motion").first()
    if content_type is None:
        return
    revisions = Revision.objects.filter(base_content_type=content_type)
    for revision in revisions.iterator():
        content = revision.content or {}
        new = convert(content.get("document_type", "motie"), content)
        if new:
            content.update(new)
            Revision.objects.filter(pk=revision.pk).update(content=content)


def forward(apps, schema_editor):
    _run(apps, forward_values)


def backward(apps, schema_editor):
    _run(apps, backward_values)


class Migration(migrations.Migration):
    dependencies = [
        ("motionbank", "0007_motion_document_parts"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forward, backward)]
