"""
The two groups the site's access rules rest on, kept in place after every migrate:

- "Leden": members. No admin access; the motion bank and members-only events check it.
- "Redactie": communications staff. Wagtail editors and moderators of the motion bank.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

MEMBER_GROUP = "Leden"
EDITOR_GROUP = "Redactie"

# Model permissions of the editors, as "app_label.codename". Apps add theirs here.
EDITOR_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "home.change_footersettings",
    *[
        f"home.{action}_{model}"
        for action in ("add", "change", "delete", "view")
        for model in ("person", "audience")
    ],
    *[f"motionbank.{action}_theme" for action in ("add", "change", "delete", "view")],
    *[f"motionbank.{action}_governingbody" for action in ("add", "change", "delete", "view")],
    # Not motionbank.manage_member_data (downloading a member's data, removing a member):
    # a superuser gives it to whoever handles members' requests (docs/operations.md).
    *[f"motionbank.{action}_member" for action in ("add", "change", "delete", "view")],
    *[
        f"motionbank.{action}_motion"
        for action in ("add", "change", "delete", "view", "publish", "lock", "unlock")
    ],
    *[
        f"agenda.{action}_event"
        for action in ("add", "change", "delete", "view", "publish", "lock", "unlock")
    ],
    # Attendee lists: read and export only (registering and cancelling go through the site).
    "agenda.view_registration",
    "wagtailsearchpromotions.add_query",
    "wagtailsearchpromotions.change_query",
    "wagtailsearchpromotions.delete_query",
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
    "wagtailsearchpromotions.delete_searchpromotion",
    # The newsletter's subscribers (no adding: people sign up themselves) and sendings.
    *[f"newsletter.{action}_subscriber" for action in ("change", "delete", "view")],
    "newsletter.view_dispatch",
    # Synonyms and abbreviations of the search (search/synonyms.py).
    *[f"search.{action}_synonym" for action in ("add", "change", "delete", "view")],
]
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = {
    "wagtaildocs": ["add_document", "change_document", "delete_document", "choose_document"],
    "wagtailimages": ["add_image", "change_image", "delete_image", "choose_image"],
}


def _answer(user, ask):
    """Whether ``user`` has a role: no for anonymous and inactive users, yes for
    superusers, else ``ask()``."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return ask()


def is_member(user):
    """Members and staff may use the motion bank and see members-only events.
    Asked once per user object (so once per request)."""
    if not hasattr(user, "_clb_is_member"):
        user._clb_is_member = _answer(
            user, lambda: user.groups.filter(name__in=[MEMBER_GROUP, EDITOR_GROUP]).exists()
        )
    return user._clb_is_member


def is_editor(user):
    return _answer(user, lambda: user.groups.filter(name=EDITOR_GROUP).exists())


def may_open_admin(user):
    """Whether the Wagtail admin (and its user bar on pages) is open to ``user``."""
    return _answer(user, lambda: user.has_perm("wagtailadmin.access_admin"))


def _permission(label):
    """The permission "app_label.codename". Wagtail's publish and lock permissions of
    snippets are made when the snippet is registered; make them here if that has not
    happened yet in this migrate run, with the same codename and name."""
    from django.contrib.contenttypes.models import ContentType

    app_label, codename = label.split(".")
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist:
        action, _, model_name = codename.partition("_")
        model = global_apps.get_model(app_label, model_name)
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        return Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": f"Can {action} {model._meta.verbose_name_raw}"},
        )[0]


def ensure_groups(app_config=None, **kwargs):
    """post_migrate handler: acts once, on the signal of the last app with models."""
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    with_models = [config for config in global_apps.get_app_configs() if config.models_module]
    if app_config is not None and app_config is not with_models[-1]:
        return
    for config in with_models:
        create_permissions(config, verbosity=0)

    Group.objects.get_or_create(name=MEMBER_GROUP)
    editors, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    editors.permissions.add(*[_permission(label) for label in EDITOR_PERMISSIONS])

    root_page = Page.get_first_root_node()
    if root_page is not None:
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=editors,
                page=root_page,
                permission=_permission(f"wagtailcore.{codename}"),
            )
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for app_label, codenames in COLLECTION_PERMISSIONS.items():
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=editors,
                    collection=root_collection,
                    permission=_permission(f"{app_label}.{codename}"),
                )
