import datetime
from zoneinfo import ZoneInfo

import factory
import wagtail_factories

from agenda.models import AgendaPage, CalendarFeedToken, Event, EventFormat, EventType
from home.models import Audience

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

AUDIENCE_NAMES = {
    "raadsleden": "Raadsleden",
    "wethouders": "Wethouders",
    "burgemeesters": "Burgemeesters",
    "statenleden": "Statenleden",
    "gedeputeerden": "Gedeputeerden",
    "waterschappers": "Waterschapsbestuurders",
    "kandidaten": "Kandidaten en belangstellenden",
    "iedereen": "Iedereen",
}


def local(year, month, day, hour=0, minute=0):
    """An aware datetime in Europe/Amsterdam: what an editor types in the admin."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=AMSTERDAM)


def audience(slug):
    order = list(AUDIENCE_NAMES).index(slug) if slug in AUDIENCE_NAMES else 99
    obj, _created = Audience.objects.get_or_create(
        slug=slug, defaults={"name": AUDIENCE_NAMES.get(slug, slug.title()), "sort_order": order}
    )
    return obj


class AgendaPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"
    introduction = "Bijeenkomsten, scholing en webinars van het CLB."

    class Meta:
        model = AgendaPage


class EventFactory(factory.django.DjangoModelFactory):
    """A live, public, in-person evening meeting on Thursday 12 March 2026, 19.30–21.30."""

    title = factory.Sequence(lambda n: f"Netwerkbijeenkomst {n}")
    start = local(2026, 3, 12, 19, 30)
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    all_day = False
    format = EventFormat.IN_PERSON
    venue_name = "Nieuwspoort"
    venue_address = "Lange Poten 10, 2511 CL Den Haag"
    event_type = EventType.NETWORK
    region = "landelijk"
    description = "<p>Woordvoerders wisselen ervaringen uit.</p>"
    live = True

    class Meta:
        model = Event
        skip_postgeneration_save = True

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        """audiences=["wethouders", "raadsleden"] (slugs)."""
        if create and extracted:
            self.audiences.set([audience(slug) for slug in extracted])
            self.save()


class CalendarFeedTokenFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CalendarFeedToken
