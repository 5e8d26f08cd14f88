from .networks import NetworkIndexPage, NetworkPage
from .pages import HomePage, HomePageSection, StandardPage
from .preferences import MailPreferences
from .reference import Audience, Person
from .settings import FooterSettings
from .training import TrainingIndexPage, TrainingTrackPage

__all__ = [
    "Audience",
    "FooterSettings",
    "HomePage",
    "MailPreferences",
    "HomePageSection",
    "NetworkIndexPage",
    "NetworkPage",
    "Person",
    "StandardPage",
    "TrainingIndexPage",
    "TrainingTrackPage",
]
