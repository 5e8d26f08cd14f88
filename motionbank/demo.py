"""
Demo content of the motion bank: about fifty motions, written questions, amendments and
initiative proposals (motionbank/demo_content.py) across themes, tiers and outcomes,
some with an original PDF, a few shared by the demo member "lid" (a Tilburg councillor)
and one of those waiting in moderation. Idempotent: a motion with the same title,
governing body and date is left alone, so a second run changes nothing.

Called by `manage.py load_demo_content` (LOADERS), after the home loader.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify

from wagtail.documents import get_document_model

from home.demo.pdf import make_pdf
from home.groups import MEMBER_GROUP

from .demo_content import MOTIONS
from .extraction import extract_text
from .models import GoverningBody, Member, Motion, Theme
from .models.members import MemberFunction
from .privacy import motion_collection
from .submissions import start_moderation

DEMO_MEMBER = "lid"
DEMO_MEMBER_BODY = "GM0855"  # Tilburg


def demo_member():
    """The demo member's account (made as load_demo_content would, if it is not there
    yet) and their Member record: a councillor in Tilburg."""
    from home.management.commands.load_demo_content import DEMO_ACCOUNTS

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
        self.bodies = {body.code: body for body in GoverningBody.objects.all()}
        self.themes = {theme.slug: theme for theme in Theme.objects.all()}

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def document(self, data, paragraphs):
        Document = get_document_model()
        collection = motion_collection()
        title = f"{data['title']} ({self.bodies[data['body']].display_name})"
        document = Document.objects.filter(title=title, collection=collection).first()
        if document is None:
            document = Document(title=title, collection=collection)
            content = make_pdf(data["title"], paragraphs)
            name = f"motie-{slugify(data['title'])[:60]}.pdf"
            document.file.save(name, ContentFile(content), save=False)
            document._set_document_file_metadata()
            document.save()
            self.created += 1
        return document

    def motion(self, data, member_user, by_title):
        body = self.bodies[data["body"]]
        date = datetime.date.fromisoformat(data["date"])
        existing = Motion.objects.filter(
            title=data["title"], governing_body=body, date_submitted=date
        ).first()
        if existing is not None:
            return existing
        by_member = data.get("by_member", False)
        motion = Motion(
            title=data["title"],
            document_type=data["type"],
            governing_body=body,
            date_submitted=date,
            outcome=data["outcome"],
            theme=self.themes[data["theme"]],
            submitters=data["submitters"],
            parties=data["parties"],
            summary=data["summary"],
            findings=data["findings"],
            considerations=data["considerations"],
            operative_text=data["operative"],
            uploaded_by=member_user if by_member else None,
            adapted_from=by_title.get(data.get("adapted_from", "")),
            live=False,
        )
        if data.get("pdf"):
            paragraphs = [data["summary"]]
            for heading, text in (
                ("Constaterende dat", data["findings"]),
                ("Overwegende dat", data["considerations"]),
                ("Verzoekt het college", data["operative"]),
            ):
                if text:
                    paragraphs += [f"{heading}:", *text.split("\n")]
            motion.original_file = self.document(data, paragraphs)
            with motion.original_file.open_file() as handle:
                motion.extracted_text = extract_text(handle.read())
        motion.tags.add(*data.get("tags", []))
        motion.save()
        user = member_user if by_member else None
        revision = motion.save_revision(user=user, log_action=True)
        if data.get("pending"):
            start_moderation(motion, member_user)
        else:
            revision.publish(skip_permission_checks=True)
        self.created += 1
        return motion

    @transaction.atomic
    def run(self):
        member_user, made = demo_member()
        self.created += made
        by_title = {}  # motions come before the ones adapted from them
        for data in MOTIONS:
            by_title[data["title"]] = self.motion(data, member_user, by_title)
        self.log(f"Motiebank: {len(MOTIONS)} demo-moties aanwezig.")
        return self.created


def load(stdout=None):
    """Load the demo motions; return the number of things created."""
    return MotionLoader(stdout=stdout).run()
