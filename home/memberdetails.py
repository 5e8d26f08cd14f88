"""
What other apps may fill in for a signed-in member (an event registration form), kept by
the app that owns the member's record: each registers a function with the Wagtail hook
``register_member_details`` that takes a user and returns a dict with any of "function"
and "governing_body" (display text). Home imports no other app.
"""

from wagtail import hooks

HOOK = "register_member_details"


def member_details(user):
    details = {}
    if not getattr(user, "is_authenticated", False):
        return details
    for get_details in hooks.get_hooks(HOOK):
        details.update({key: value for key, value in get_details(user).items() if value})
    return details
