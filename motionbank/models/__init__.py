from .members import Member, MemberFunction
from .motions import DocumentType, Motion, MotionTag, Outcome
from .pages import MotionBankPage
from .reference import GoverningBody, Theme, Tier

__all__ = [
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
