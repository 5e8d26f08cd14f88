"""
The motion bank's access and moderation set-up, made once and editable by staff after:

- the collection "Motiebank" for original files, with a view restriction for the groups
  Leden and Redactie;
- a view restriction (same groups) on the MotionBankPage, if there is one;
- the workflow "Moderatie motiebank": one group approval task for Redactie, assigned to
  the Motion model;
- title_key for motions that existed before the field did.
"""

import re
import unicodedata

from django.db import migrations

COLLECTION_NAME = "Motiebank"
GROUPS = ("Leden", "Redactie")
WORKFLOW_NAME = "Moderatie motiebank"
TASK_NAME = "Redactie keurt motie goed"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4


def _next_child_path(parent, children):
    last = children.order_by("-path").values_list("path", flat=True).first()
    if last is None:
        return parent.path + "0001"
    number = 0
    for char in last[-STEPLEN:]:
        number = number * len(ALPHABET) + ALPHABET.index(char)
    number += 1
    digits = ""
    for _ in range(STEPLEN):
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return parent.path + digits


def _normalize_title(title):
    decomposed = unicodedata.normalize("NFKD", (title or "").lower())
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", folded))[:300]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    MotionBankPage = apps.get_model("motionbank", "MotionBankPage")
    Motion = apps.get_model("motionbank", "Motion")

    groups = [Group.objects.get_or_create(name=name)[0] for name in GROUPS]

    root = Collection.objects.filter(depth=1).order_by("path").first()
    if root is not None:
        children = Collection.objects.filter(depth=2, path__startswith=root.path)
        collection = children.filter(name=COLLECTION_NAME).first()
        if collection is None:
            collection = Collection.objects.create(
                name=COLLECTION_NAME,
                path=_next_child_path(root, children),
                depth=2,
                numchild=0,
            )
            root.numchild += 1
            root.save(update_fields=["numchild"])
        if not CollectionViewRestriction.objects.filter(collection=collection).exists():
            restriction = CollectionViewRestriction.objects.create(
                collection=collection, restriction_type="groups", password=""
            )
            restriction.groups.set(groups)

    for page in MotionBankPage.objects.all():
        if not PageViewRestriction.objects.filter(page_id=page.pk).exists():
            restriction = PageViewRestriction.objects.create(
                page_id=page.pk, restriction_type="groups", password=""
            )
            restriction.groups.set(groups)

    motion_type, _ = ContentType.objects.get_or_create(app_label="motionbank", model="motion")
    if not WorkflowContentType.objects.filter(content_type=motion_type).exists():
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
        if task is None:
            task = GroupApprovalTask.objects.create(
                name=TASK_NAME, content_type=task_type, active=True
            )
        task.groups.set([group for group in groups if group.name == "Redactie"])
        workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
        if workflow is None:
            workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowContentType.objects.create(content_type=motion_type, workflow=workflow)

    for motion in Motion.objects.filter(title_key="").only("pk", "title"):
        Motion.objects.filter(pk=motion.pk).update(title_key=_normalize_title(motion.title))


class Migration(migrations.Migration):
    dependencies = [
        ("motionbank", "0004_member_title_key"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
