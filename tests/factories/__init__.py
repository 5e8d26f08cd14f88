from .pages import (
    GuidanceDocumentPageFactory,
    GuidanceIndexPageFactory,
    HomePageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    PersonFactory,
    ResearchIndexPageFactory,
    ResearchProjectPageFactory,
    StandardPageFactory,
    TrainingIndexPageFactory,
    TrainingTrackPageFactory,
)
from .users import UserFactory, editor, member, non_member

__all__ = [
    "GuidanceDocumentPageFactory",
    "GuidanceIndexPageFactory",
    "HomePageFactory",
    "NetworkIndexPageFactory",
    "NetworkPageFactory",
    "PersonFactory",
    "ResearchIndexPageFactory",
    "ResearchProjectPageFactory",
    "StandardPageFactory",
    "TrainingIndexPageFactory",
    "TrainingTrackPageFactory",
    "UserFactory",
    "editor",
    "member",
    "non_member",
]
