"""
A whole small site for the access, privacy, bad-input and security tests: one page of
every type, the motion bank with a live motion (with its file), a member's draft (with
its file), the agenda with a public, a members-only and a draft event, personal feed
tokens, a public handreiking PDF, and everyone the access rules tell apart.

Import the fixtures a test module needs::

    from tests.site_fixtures import people, site  # noqa: F401
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

import pytest

from home.demo.pdf import make_pdf
from home.groups import EDITOR_GROUP, MEMBER_GROUP, ensure_groups
from tests.factories import (
    GuidanceDocumentPageFactory,
    GuidanceIndexPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    ResearchIndexPageFactory,
    ResearchProjectPageFactory,
    StandardPageFactory,
    TrainingIndexPageFactory,
    TrainingTrackPageFactory,
    UserFactory,
)
from tests.factories.agenda import AgendaPageFactory, EventFactory
from tests.factories.motionbank import (
    GoverningBodyFactory,
    MemberFactory,
    MotionBankPageFactory,
    MotionFactory,
    ThemeFactory,
)
from tests.factories.newsletter import (
    NewsletterIndexPageFactory,
    NewsletterIssuePageFactory,
    SubscriberFactory,
)

PASSWORD = "een-goed-wachtwoord-42"  # tests.factories.users.PASSWORD
ROLES = ("anonymous", "non_member", "member", "other_member", "editor")


@pytest.fixture
def own_media_root(settings, tmp_path):
    """Each test writes its files to its own MEDIA_ROOT."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def groups(db):
    ensure_groups()
    return {
        "members": Group.objects.get(name=MEMBER_GROUP),
        "editors": Group.objects.get(name=EDITOR_GROUP),
    }


@pytest.fixture
def tilburg(db):
    return GoverningBodyFactory(code="TS0855", name="Tilburg", province="Noord-Brabant")


@pytest.fixture
def theme(db):
    return ThemeFactory(name="Testarmoede", slug="testarmoede")


@pytest.fixture
def people(groups, tilburg):
    """Everyone the access rules tell apart. ``member`` has a Member record."""
    member = MemberFactory(
        user=UserFactory(
            username="lid1",
            first_name="Lotte",
            last_name="Lid",
            email="lotte@clb-test.nl",
            groups=[MEMBER_GROUP],
        ),
        governing_body=tilburg,
    ).user
    return {
        "member": member,
        "other_member": UserFactory(username="lid2", groups=[MEMBER_GROUP]),
        "non_member": UserFactory(username="geen-lid"),
        "editor": UserFactory(username="redacteur", groups=[EDITOR_GROUP]),
    }


def pdf_document(title, *, collection=None, lines=("Een regel tekst.",)):
    Document = get_document_model()
    document = Document(title=title)
    if collection is not None:
        document.collection = collection
    document.file.save("bestand.pdf", ContentFile(make_pdf(title, list(lines))), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


@dataclass
class Site:
    """Everything the site fixture made, by name."""

    pages: dict = field(default_factory=dict)
    motions: dict = field(default_factory=dict)
    events: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)
    tokens: dict = field(default_factory=dict)
    registrations: dict = field(default_factory=dict)  # name -> cancel token
    newsletter_draft: object = None
    subscriber: object = None

    @property
    def bank(self):
        return self.pages["motionbank.MotionBankPage"]

    @property
    def agenda(self):
        return self.pages["agenda.AgendaPage"]

    @property
    def newsletter(self):
        return self.pages["newsletter.NewsletterIndexPage"]


@pytest.fixture
def site(home_page, people, tilburg, theme):
    from agenda.models import CalendarFeedToken
    from motionbank.privacy import motion_collection

    made = Site()
    pages = made.pages
    pages["home.HomePage"] = home_page
    pages["home.StandardPage"] = StandardPageFactory(
        parent=home_page, title="Over het CLB", slug="over-het-clb"
    )
    pages["home.NetworkIndexPage"] = NetworkIndexPageFactory(parent=home_page)
    pages["home.NetworkPage"] = NetworkPageFactory(
        parent=pages["home.NetworkIndexPage"], title="Netwerk wonen", slug="wonen"
    )
    pages["home.TrainingIndexPage"] = TrainingIndexPageFactory(parent=home_page)
    pages["home.TrainingTrackPage"] = TrainingTrackPageFactory(
        parent=pages["home.TrainingIndexPage"], title="Jan Schaperleergang", slug="schaper"
    )
    pages["research.ResearchIndexPage"] = ResearchIndexPageFactory(parent=home_page)
    pages["research.ResearchProjectPage"] = ResearchProjectPageFactory(
        parent=pages["research.ResearchIndexPage"], title="Afgehaakt Nederland", slug="afgehaakt"
    )
    pages["research.GuidanceIndexPage"] = GuidanceIndexPageFactory(parent=home_page)
    made.documents["handreiking"] = pdf_document("Handreiking wonen")
    pages["research.GuidanceDocumentPage"] = GuidanceDocumentPageFactory(
        parent=pages["research.GuidanceIndexPage"],
        title="Handreiking wonen",
        slug="wonen",
        document=made.documents["handreiking"],
    )
    pages["motionbank.MotionBankPage"] = MotionBankPageFactory(parent=home_page)
    pages["agenda.AgendaPage"] = AgendaPageFactory(parent=home_page)
    pages["newsletter.NewsletterIndexPage"] = NewsletterIndexPageFactory(parent=home_page)
    pages["newsletter.NewsletterIssuePage"] = NewsletterIssuePageFactory(
        parent=pages["newsletter.NewsletterIndexPage"], title="Lokaal Bestuur december"
    )
    made.newsletter_draft = NewsletterIssuePageFactory(
        parent=pages["newsletter.NewsletterIndexPage"], title="Conceptnummer", live=False
    )
    made.subscriber = SubscriberFactory(email="abonnee@voorbeeld.nl", name="Abonnee Anneke")

    collection = motion_collection()
    made.documents["live motion"] = pdf_document("Motie Schone lucht", collection=collection)
    made.documents["draft motion"] = pdf_document("Motie Concept", collection=collection)
    made.motions["live"] = MotionFactory(
        title="Motie Schone lucht",
        governing_body=tilburg,
        theme=theme,
        original_file=made.documents["live motion"],
        uploaded_by=people["other_member"],
    )
    made.motions["draft"] = MotionFactory(
        title="Motie Nog in behandeling",
        governing_body=tilburg,
        theme=theme,
        live=False,
        original_file=made.documents["draft motion"],
        uploaded_by=people["member"],
    )

    soon = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=20)
    made.events["public"] = EventFactory(title="Openbare netwerkavond", start=soon)
    made.events["members only"] = EventFactory(
        title="Besloten ledenavond", start=soon, members_only=True
    )
    made.events["draft"] = EventFactory(title="Conceptavond", start=soon, live=False)
    made.events["past"] = EventFactory(
        title="Vorig jaar", start=soon - datetime.timedelta(days=400)
    )

    _news(made, home_page, theme)

    from agenda.models import Registration

    made.registrations["public"] = Registration.objects.create(
        event=made.events["public"], name="Lotte Registrant", email="lotte.r@clb-test.nl"
    ).token
    made.tokens["member"] = CalendarFeedToken.for_user(people["member"])
    made.tokens["non_member"] = CalendarFeedToken.for_user(people["non_member"])
    # Mijn CLB: the member's saved motion (with a note) and saved search.
    from motionbank.models import SavedMotion, SavedSearch

    SavedMotion.objects.create(
        user=people["member"], motion=made.motions["live"], note="Notitie van Lotte"
    )
    SavedSearch.objects.create(
        user=people["member"], name="Zoekopdracht van Lotte", querystring="q=lucht"
    )
    return made


def _news(made, home_page, theme):
    """The news: a public article that names the network page and the live motion, a draft
    and one behind a login."""
    from news.models import NewsArticleRelatedMotion
    from tests.factories.news import NewsArticlePageFactory, NewsIndexPageFactory

    pages = made.pages
    index = pages["news.NewsIndexPage"] = NewsIndexPageFactory(parent=home_page)
    article = pages["news.NewsArticlePage"] = NewsArticlePageFactory(
        parent=index, title="Openbaar nieuwsbericht", slug="openbaar"
    )
    article.themes.set([theme])
    article.related_networks.set([pages["home.NetworkPage"]])
    NewsArticleRelatedMotion.objects.create(article=article, motion=made.motions["live"])
    article.save_revision().publish()
    draft = pages["news draft"] = NewsArticlePageFactory(
        parent=index, title="Nieuwsbericht in concept", slug="concept"
    )
    draft.unpublish()
    private = pages["news private"] = NewsArticlePageFactory(
        parent=index, title="Nieuwsbericht achter login", slug="besloten"
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)


@pytest.fixture
def client_for(client):
    """client_for(user or None): the test client, logged in as that user (or anonymous)."""

    def make(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return make
