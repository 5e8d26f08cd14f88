"""
Privacy in the motion bank, in two parts:

- Wagtail's own privacy settings, set as a second line of defence: the collection
  "Motiebank" for the original files and the MotionBankPage itself are restricted to the
  groups "Leden" and "Redactie". The views check access themselves (motionbank.access);
  these restrictions are never relied on alone.
- Members' personal data: exporting everything the site keeps about a member, and
  removing a member while their motions stay, credited to nobody. Used by the commands
  `export_member_data` and `remove_member` and by the member admin (docs/operations.md).
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.utils.translation import gettext as _

from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
)

from home.groups import EDITOR_GROUP, MEMBER_GROUP
from home.memberdata import member_data_parts

from .documents import PART_FIELDS

COLLECTION_NAME = "Motiebank"
ALLOWED_GROUPS = (MEMBER_GROUP, EDITOR_GROUP)


def _groups():
    return [Group.objects.get_or_create(name=name)[0] for name in ALLOWED_GROUPS]


def motion_collection():
    """The collection for motion files, made (with its restriction) if it is missing."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=COLLECTION_NAME).first()
    if collection is None:
        collection = root.add_child(name=COLLECTION_NAME)
    restriction = CollectionViewRestriction.objects.filter(
        collection=collection, restriction_type=BaseViewRestriction.GROUPS
    ).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=BaseViewRestriction.GROUPS
        )
        restriction.groups.set(_groups())
    return collection


def is_motion_document(document):
    """Whether a document lies in the motion bank's collection (or below it)."""
    collection = document.collection
    if collection is None:
        return False
    if collection.name == COLLECTION_NAME and collection.depth == 2:
        return True
    return (
        collection.depth > 2
        and collection.get_ancestors().filter(depth=2, name=COLLECTION_NAME).exists()
    )


def restrict_page(page):
    """Give the motion bank page a view restriction for members and staff, once."""
    if PageViewRestriction.objects.filter(page=page).exists():
        return False
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=BaseViewRestriction.GROUPS
    )
    restriction.groups.set(_groups())
    return True


# Members' personal data: export and removal (docs/operations.md, "Data retention") -----
#
# What the site holds about a member: their account (name, e-mail, groups, last login),
# their Member record (function, governing body), the motions they shared (credited to
# them through Motion.uploaded_by and in the motions' revisions), the secret of their
# personal calendar feed, and django-axes' records of their logins and failed attempts.
# ``export_member_data`` gathers all of it as JSON; ``remove_member`` deletes the person
# and keeps their motions, credited to nobody. Both act on members only
# (``member_accounts``), and each use is written to Wagtail's audit log (``log_use``).

PERMISSION = "motionbank.manage_member_data"

# Actions in Wagtail's audit log (registered in wagtail_hooks.py), against the account
# whose data was exported or removed, with the acting user (none for a command).
EXPORTED = "motionbank.member_data.export"
REMOVED = "motionbank.member_data.remove"
REFUSED = "motionbank.member_data.refused"


def member_accounts():
    """The accounts the export and removal act on: members (group Leden) and nothing
    more. Not staff or superusers, not in Redactie, and without access to the admin
    through any group or permission of their own: those are removed in the user admin."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    return (
        get_user_model()
        .objects.filter(groups__name=MEMBER_GROUP, is_staff=False, is_superuser=False)
        .exclude(groups__name=EDITOR_GROUP)
        .exclude(groups__permissions__in=admin)
        .exclude(user_permissions__in=admin)
    )


def is_member_account(user):
    return member_accounts().filter(pk=user.pk).exists()


def log_use(action, target, *, by=None, via, **data):
    """Write one use of a member's data (or a refused attempt) to Wagtail's audit log:
    who (``by``; none for a command), whom (the account, by id and username), when, and
    how (``via``: "admin" or "command")."""
    from wagtail.log_actions import log

    return log(
        instance=target,
        action=action,
        user=by,
        title=target.get_username(),
        data={"via": via, **data},
    )


class RemovalRefused(Exception):
    """This account is not removed as a member (staff are removed in the user admin)."""


def _moment(value):
    return value.isoformat() if value else None


def _login_records(username):
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    records = []
    for kind, model in (
        ("login", AccessLog),
        ("failed_login", AccessFailureLog),
        ("lockout_counter", AccessAttempt),
    ):
        for record in model.objects.filter(username=username).order_by("attempt_time"):
            records.append(
                {
                    "kind": kind,
                    "time": _moment(record.attempt_time),
                    "ip_address": record.ip_address,
                    "user_agent": record.user_agent,
                    "path": record.path_info,
                }
            )
    return records


def _submission(item):
    motion = item.motion
    return {
        "id": motion.pk,
        "title": motion.title,
        "document_type": motion.document_type,
        "date_submitted": _moment(motion.date_submitted),
        "governing_body": motion.governing_body.display_name,
        "theme": motion.theme.name,
        "outcome": motion.outcome,
        "tags": sorted(tag.name for tag in motion.tags.all()),
        "submitters": motion.submitters,
        "parties": motion.parties,
        "summary": motion.summary,
        **{name: getattr(motion, name) for name in PART_FIELDS},
        "answered_on": _moment(motion.answered_on),
        "source_url": motion.source_url,
        "original_file": motion.original_file.file.name if motion.original_file else None,
        "adapted_from": motion.adapted_from_id,
        "state": item.state,
        "state_label": str(item.label),
        "live": motion.live,
        "created_at": _moment(motion.created_at),
        "updated_at": _moment(motion.updated_at),
    }


def export_member_data(user, *, by=None, via="command"):
    """Everything the site keeps about ``user``, as a dict that json.dumps can write.
    The export is logged (``log_use``), with ``by`` as the one who asked for it."""
    from django.utils import timezone

    from .models import Member, Motion
    from .submissions import submissions_with_state

    member = Member.objects.select_related("governing_body").filter(user=user).first()
    motions = (
        Motion.objects.filter(uploaded_by=user)
        .select_related("governing_body", "theme", "original_file")
        .prefetch_related("tags")
        .order_by("created_at", "pk")
    )
    data = {
        "exported_at": _moment(timezone.now()),
        "account": {
            "username": user.get_username(),
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "is_active": user.is_active,
            "date_joined": _moment(user.date_joined),
            "last_login": _moment(user.last_login),
            "groups": sorted(user.groups.values_list("name", flat=True)),
        },
        "member": None
        if member is None
        else {
            "function": member.function,
            "function_label": str(member.get_function_display()),
            "governing_body": (
                {"code": member.governing_body.code, "name": member.governing_body.display_name}
                if member.governing_body
                else None
            ),
            "created_at": _moment(member.created_at),
            "updated_at": _moment(member.updated_at),
        },
        "submissions": [_submission(item) for item in submissions_with_state(motions)],
        # Other apps' parts (register_member_data): the agenda's calendar feed.
        **{part.key: part.export(user) for part in member_data_parts()},
        "login_records": _login_records(user.get_username()),
    }
    log_use(EXPORTED, user, by=by, via=via)
    return data


def forget_uploader(user):
    """Credit the motions ``user`` shared to nobody: the motions themselves, and their
    revisions (so that approving a pending submission later does not restore the link,
    or fail on it). Returns the number of motions. Runs before any deletion of a user."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Revision

    from .models import Motion

    motions = Motion.objects.filter(uploaded_by=user)
    ids = list(motions.values_list("pk", flat=True))
    if not ids:
        return 0
    content_type = ContentType.objects.get_for_model(Motion)
    revisions = Revision.objects.filter(
        base_content_type=content_type, object_id__in=[str(pk) for pk in ids]
    )
    for revision in revisions:
        if revision.content.get("uploaded_by") == user.pk:
            revision.content["uploaded_by"] = None
            revision.save(update_fields=["content"])
    Motion.objects.filter(pk__in=ids).update(uploaded_by=None)
    Motion.reindex(Motion.objects.filter(pk__in=ids))
    return len(ids)


def forget_uploader_on_delete(sender, instance, **kwargs):
    """pre_delete of a user, however it is deleted (Wagtail's user admin too)."""
    forget_uploader(instance)


@dataclass
class Removal:
    username: str
    motions_kept: int
    member_record: bool
    login_records: int
    # Other apps' parts (register_member_data): label -> whether there was something.
    parts: dict = field(default_factory=dict)


def check_removable(user):
    """Only members are removed as a member (``member_accounts``); staff accounts, and
    accounts in no member group, are removed in Wagtail's user admin."""
    if not is_member_account(user):
        raise RemovalRefused(
            _(
                "%(username)s is geen lid (groep Leden), of is ook beheerder of redacteur. "
                "Verwijder dit account in het gebruikersbeheer van de beheeromgeving."
            )
            % {"username": user.get_username()}
        )


def remove_member(user, *, by=None, via="command"):
    """Delete a member and their personal data; their motions stay, credited to nobody.
    The removal is logged (``log_use``) in the same transaction, with ``by`` as the one
    who removed the member."""
    from django.db import transaction

    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    from .models import Member

    check_removable(user)
    username = user.get_username()
    with transaction.atomic():
        kept = forget_uploader(user)
        parts = {part.label: part.remove(user) for part in member_data_parts()}
        member, _deleted = Member.objects.filter(user=user).delete()
        logins = sum(
            model.objects.filter(username=username).delete()[0]
            for model in (AccessAttempt, AccessFailureLog, AccessLog)
        )
        log_use(REMOVED, user, by=by, via=via, motions_kept=kept)
        user.delete()
    return Removal(
        username=username,
        motions_kept=kept,
        member_record=bool(member),
        login_records=logins,
        parts=parts,
    )
