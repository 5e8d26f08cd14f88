import datetime

import factory
import wagtail_factories

from home.models import (
    HomePage,
    NetworkIndexPage,
    NetworkPage,
    Person,
    StandardPage,
    TrainingIndexPage,
    TrainingTrackPage,
)
from research.models import (
    GuidanceDocumentPage,
    GuidanceIndexPage,
    ResearchIndexPage,
    ResearchProjectPage,
)


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Contactpersoon {n}")
    role = "beleidsmedewerker"
    email = factory.Sequence(lambda n: f"contact{n}@clb-test.nl")

    class Meta:
        model = Person


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = "home"
    hero_title = "Samen sterk in gemeente, provincie en waterschap"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    introduction = "Een korte inleiding."

    class Meta:
        model = StandardPage


class NetworkIndexPageFactory(wagtail_factories.PageFactory):
    title = "Netwerken"
    slug = "netwerken"

    class Meta:
        model = NetworkIndexPage


class NetworkPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Netwerk {n}")
    kind = NetworkPage.Kind.THEMATIC
    introduction = "Woordvoerders wisselen ervaringen uit."
    meeting_frequency = "vier keer per jaar"
    meeting_format = NetworkPage.MeetingFormat.MIXED

    class Meta:
        model = NetworkPage


class TrainingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Scholing"
    slug = "scholing"

    class Meta:
        model = TrainingIndexPage


class TrainingTrackPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Leergang {n}")
    duration = "vijf avonden"
    cost = "gratis voor leden"

    class Meta:
        model = TrainingTrackPage


class ResearchIndexPageFactory(wagtail_factories.PageFactory):
    title = "Onderzoek"
    slug = "onderzoek"

    class Meta:
        model = ResearchIndexPage


class ResearchProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Onderzoek {n}")
    status = ResearchProjectPage.Status.RUNNING
    start_year = 2023
    summary = "Wat het project onderzoekt."

    class Meta:
        model = ResearchProjectPage


class GuidanceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Handreikingen"
    slug = "handreikingen"

    class Meta:
        model = GuidanceIndexPage


class GuidanceDocumentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Handreiking {n}")
    publication_date = datetime.date(2020, 6, 1)
    theme = factory.LazyFunction(lambda: _theme("wonen"))

    class Meta:
        model = GuidanceDocumentPage


def _theme(slug):
    from motionbank.models import Theme

    theme, _ = Theme.objects.get_or_create(slug=slug, defaults={"name": slug.title()})
    return theme
