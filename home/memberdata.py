"""
Personal data of a member kept by other apps than the motion bank: each app registers its
part with the Wagtail hook ``register_member_data`` (a function returning a
``MemberDataPart``). The motion bank's export and removal of a member (motionbank.privacy)
take in every registered part, so that it imports no other app.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wagtail import hooks

HOOK = "register_member_data"


@dataclass(frozen=True)
class MemberDataPart:
    key: str  # its key in the export
    label: str  # what it is, in the removal's report ("agendafeed")
    export: Callable[[Any], Any]  # user -> JSON-ready data, None when there is none
    remove: Callable[[Any], bool]  # user -> whether there was something to remove


def member_data_parts():
    return [make_part() for make_part in hooks.get_hooks(HOOK)]
