"""
Demo content of the motion bank: 331 motions, written questions, amendments and
initiative proposals in motionbank/demo/motions.jsonl, in the format of
`manage.py import_motions` (docs/motionbank.md), loaded through that importer.

A row's "demo" key, which the importer ignores, adds what an import does not give:
"pdf" (an original PDF, made from the text, and the text extracted from it), "by_member"
(shared by the demo member "lid", a Tilburg councillor), "adapted_from" (the title of the
motion it was based on) and "pending" (a member's upload waiting in moderation: saved as
a draft and sent into the moderation workflow, as an upload is, instead of imported).
Idempotent: a motion with the same title, governing body and date is left alone, so a
second run changes nothing.

Called by `manage.py load_demo_content` (LOADERS), after the home loader.
"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify

from wagtail.documents import get_document_model

from home.demo.pdf import make_pdf
from home.groups import MEMBER_GROUP
from home.management.commands.load_demo_content import DEMO_ACCOUNTS

from ..documents import plain_text, write_out
from ..extraction import extract_text
from ..io import Lookups, import_rows, read_rows, validate_row
from ..models import GoverningBody, Member, Motion
from ..models.members import MemberFunction
from ..privacy import motion_collection
from ..submissions import start_moderation

MOTIONS_FILE = Path(__file__).resolve().parent / "motions.jsonl"
DEMO_MEMBER = "lid"
DEMO_MEMBER_BODY = "GM0855"  # Tilburg


def demo_member():
    """The demo member's account (made as load_demo_content would, if it is not there
    yet) and their Member record: a councillor in Tilburg."""
    User = get_user_model()
    user = User.objects.filter(username=DEMO_MEMBER).first()
    created = 0
    if user is None:
        data = next(account for account in DEMO_ACCOUNTS if account["username"] == DEMO_MEMBER)
        user = User(
            username=data["username"],
            first_name=data["first_name"],
            last_name=data["last_name"],
            email=data["email"],
        )
        user.set_password(data["password"])
        user.save()
        user.groups.add(Group.objects.get_or_create(name=MEMBER_GROUP)[0])
        created += 1
    member, made = Member.objects.get_or_create(
        user=user,
        defaults={
            "function": MemberFunction.COUNCILLOR,
            "governing_body": GoverningBody.objects.filter(code=DEMO_MEMBER_BODY).first(),
        },
    )
    return user, created + made


class MotionLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0
        self.lookups = Lookups()

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def values(self, line, raw):
        """The row as the importer validates it; a bad row in our own file is a bug."""
        values, reason = validate_row(raw, self.lookups)
        if reason:
            raise ValueError(f"{MOTIONS_FILE}, regel {line}: {reason}")
        return values

    def document(self, motion):
        Document = get_document_model()
        collection = motion_collection()
        title = f"{motion.title} ({motion.governing_body.display_name})"
        document = Document.objects.filter(title=title, collection=collection).first()
        if document is None:
            # The text in the form of its type, as the council wrote it.
            text = plain_text("", write_out(motion))
            paragraphs = [motion.summary, *(line for line in text.split("\n") if line)]
            document = Document(title=title, collection=collection)
            content = make_pdf(motion.title, paragraphs)
            name = f"motie-{slugify(motion.title)[:60]}.pdf"
            document.file.save(name, ContentFile(content), save=False)
            document._set_document_file_metadata()
            document.save()
            self.created += 1
        return document

    def complete(self, motion, demo, member_user):
        """Set what the "demo" key adds to a motion (saved by the caller)."""
        if demo.get("by_member"):
            motion.uploaded_by = member_user
        if demo.get("adapted_from"):
            motion.adapted_from = Motion.objects.filter(title=demo["adapted_from"]).first()
        if demo.get("pdf"):
            motion.original_file = self.document(motion)
            with motion.original_file.open_file() as handle:
                motion.extracted_text = extract_text(handle.read())

    def pending(self, values, demo, member_user):
        """A member's upload in moderation: a draft with a revision, in the workflow."""
        tags = values.pop("tags")
        motion = Motion(**values, live=False)
        self.complete(motion, demo, member_user)
        motion.tags.add(*tags)
        motion.save()
        motion.save_revision(user=motion.uploaded_by, log_action=True)
        start_moderation(motion, member_user)
        self.created += 1

    @transaction.atomic
    def run(self):
        member_user, made = demo_member()
        self.created += made
        rows = [(line, raw, self.values(line, raw)) for line, raw in read_rows(MOTIONS_FILE)]
        new = [
            (line, raw, values)
            for line, raw, values in rows
            if not Motion.objects.filter(
                title=values["title"],
                governing_body=values["governing_body"],
                date_submitted=values["date_submitted"],
            ).exists()
        ]
        imported = [(line, raw) for line, raw, _v in new if not raw.get("demo", {}).get("pending")]
        report = import_rows(imported, lookups=self.lookups)
        if report.rejected:
            rejected = report.rejected[0]
            raise ValueError(f"{MOTIONS_FILE}, regel {rejected.line}: {rejected.reason}")
        self.created += report.created
        for _line, raw, values in new:
            demo = raw.get("demo", {})
            if demo.get("pending"):
                self.pending(values, demo, member_user)
            elif demo:
                motion = Motion.objects.get(
                    title=values["title"],
                    governing_body=values["governing_body"],
                    date_submitted=values["date_submitted"],
                )
                self.complete(motion, demo, member_user)
                motion.save()
        self.log(f"Motiebank: {len(rows)} demo-moties aanwezig.")
        return self.created


def load(stdout=None):
    """Load the demo motions; return the number of things created."""
    return MotionLoader(stdout=stdout).run()
