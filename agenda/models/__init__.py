from .events import Event, EventFormat, EventType, RegistrationState
from .feeds import CalendarFeedToken
from .pages import AgendaPage

__all__ = [
    "AgendaPage",
    "CalendarFeedToken",
    "Event",
    "EventFormat",
    "EventType",
    "RegistrationState",
]
