from .members import Member, MemberFunction
from .motions import DocumentType, Motion, MotionTag, Outcome
from .pages import MotionBankPage
from .reference import GoverningBody, Theme, Tier
from .saved import AlertSent, Frequency, SavedMotion, SavedSearch

__all__ = [
    "AlertSent",
    "Frequency",
    "SavedMotion",
    "SavedSearch",
    "DocumentType",
    "GoverningBody",
    "Member",
    "MemberFunction",
    "Motion",
    "MotionBankPage",
    "MotionTag",
    "Outcome",
    "Theme",
    "Tier",
]
