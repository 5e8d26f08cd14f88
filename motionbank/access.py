"""
Who may see what in the motion bank. One place, used by every view, every queryset and
the hooks in front of Wagtail's page and document serving (see docs/motionbank.md):

- members (group "Leden") and staff (group "Redactie", superusers) use the motion bank;
- anonymous visitors are sent to the login page, with a way back;
- logged-in people who are not members get a 403 page that says why.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control

from home.groups import is_editor, is_member

ROBOTS = "noindex, nofollow, noarchive"


def can_use_motion_bank(user):
    """Members and staff. Remembered on the user object for the rest of the request."""
    if user is None:
        return False
    cached = getattr(user, "_motionbank_access", None)
    if cached is None:
        cached = is_member(user)
        if user.is_authenticated:
            user._motionbank_access = cached
    return cached


def is_staff_member(user):
    cached = getattr(user, "_motionbank_staff", None)
    if cached is None:
        cached = is_editor(user)
        if user.is_authenticated:
            user._motionbank_staff = cached
    return cached


def visible_motions(user):
    """The motions a person may find and read: live ones, for members and staff only."""
    from .models import Motion

    if not can_use_motion_bank(user):
        return Motion.objects.none()
    return Motion.objects.live()


def readable_motions(user):
    """Motions a person may open: the live ones, plus their own submissions in any state
    (so they can check what they sent), plus everything for staff."""
    from .models import Motion

    if not can_use_motion_bank(user):
        return Motion.objects.none()
    return _readable(is_staff_member(user), user.pk)


def _readable(staff, user_id):
    from django.db.models import Q

    from .models import Motion

    if staff:
        return Motion.objects.all()
    return Motion.objects.filter(Q(live=True) | Q(uploaded_by_id=user_id))


LARGEST_ID = 2**63 - 1


def readable_motion(user, pk):
    """The motion with this id if this person may open it (as ``readable_motions``),
    otherwise None. Its related objects are read when first used."""
    if not can_use_motion_bank(user) or not 0 < pk <= LARGEST_ID:
        return None
    return _readable(is_staff_member(user), user.pk).filter(pk=pk).first()


def own_submissions(user):
    from .models import Motion

    if not can_use_motion_bank(user):
        return Motion.objects.none()
    return Motion.objects.filter(uploaded_by=user)


def denial(request, page=None):
    """The response for someone who may not use the motion bank, or None if they may."""
    if can_use_motion_bank(request.user):
        return None
    if not request.user.is_authenticated:
        response = redirect_to_login(request.get_full_path())
    else:
        response = TemplateResponse(
            request, "motionbank/no_access.html", {"page": page, "self": page}, status=403
        )
    return private(response)


def private(response):
    """Members-only answers stay out of shared caches and search engines."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    response["X-Robots-Tag"] = ROBOTS
    return response


def members_only(view):
    """For MotionBankPage routes: check access before the view runs, whatever else
    (page privacy, hooks) has been checked before."""

    @wraps(view)
    def wrapper(page, request, *args, **kwargs):
        refused = denial(request, page)
        if refused is not None:
            return refused
        return private(view(page, request, *args, **kwargs))

    return wrapper
