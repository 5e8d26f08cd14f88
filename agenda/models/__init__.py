from .events import Event, EventFormat, EventType, RegistrationState
from .feeds import CalendarFeedToken
from .pages import AgendaPage
from .registrations import Registration, RegistrationMode, RegistrationStatus

__all__ = [
    "AgendaPage",
    "CalendarFeedToken",
    "Event",
    "EventFormat",
    "EventType",
    "Registration",
    "RegistrationMode",
    "RegistrationState",
    "RegistrationStatus",
]
