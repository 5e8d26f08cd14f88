"""A news article: required fields, alt text with an image, where it may be created, what
it shows (related pages live and public only, motions to members only), previews."""

from django.core.exceptions import ValidationError
from django.urls import reverse

from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from home.models import HomePage, StandardPage
from news.models import NewsArticlePage, NewsArticleRelatedMotion, NewsIndexPage
from tests.factories import NetworkIndexPageFactory, NetworkPageFactory, UserFactory
from tests.factories.motionbank import MotionFactory
from tests.news.conftest import day

pytestmark = pytest.mark.django_db


class TestTree(WagtailPageTestCase):
    def test_where_news_pages_go(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsArticlePage})
        self.assertAllowedParentPageTypes(NewsArticlePage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsArticlePage, set())
        self.assertCanNotCreateAt(StandardPage, NewsArticlePage)


def test_only_one_news_index(news_index):
    assert not NewsIndexPage.can_create_at(news_index.get_parent())


def test_introduction_is_required(news_index):
    page = NewsArticlePage(title="Zonder inleiding", slug="zonder", date=day(3), introduction="")
    with pytest.raises(ValidationError) as raised:
        page.full_clean()
    assert "introduction" in raised.value.message_dict


def test_an_image_needs_alt_text(news_index, photo):
    page = NewsArticlePage(
        title="Met foto", slug="met-foto", date=day(3), introduction="Kort.", image=photo
    )
    with pytest.raises(ValidationError) as raised:
        page.clean()
    assert raised.value.message_dict["image_alt"] == ["Geef de afbeelding een alternatieve tekst."]
    page.image_alt = "Raadsleden in de raadszaal"
    page.clean()


def test_the_admin_refuses_an_image_without_alt_text(admin_client, news_index, photo):
    url = reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", news_index.pk])
    data = nested_form_data(
        {
            "title": "Met foto",
            "slug": "met-foto",
            "date": "2026-03-12",
            "introduction": "Kort.",
            "author": "",
            "image": photo.pk,
            "image_alt": "",
            "body": streamfield([]),
            "related_motions": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Geef de afbeelding een alternatieve tekst." in response.content.decode()
    assert not NewsArticlePage.objects.exists()


def test_the_article_page(client, article, photo):
    page = article(
        "Burgemeestersdag",
        day(10, 2),
        author="Redactie CLB",
        introduction="Burgemeesters spraken over veiligheid.",
        image=photo,
        image_alt="Burgemeesters in gesprek",
    )
    body = client.get(page.url).content.decode()
    assert "<h1>Burgemeestersdag</h1>" in body
    assert '<time datetime="2026-10-02">2 oktober 2026</time>' in body
    assert "Redactie CLB" in body
    assert 'alt="Burgemeesters in gesprek"' in body


def test_related_pages_only_when_live_and_public(client, article, home_page):
    networks = NetworkIndexPageFactory(parent=home_page)
    public = NetworkPageFactory(parent=networks, title="Netwerk wonen")
    draft = NetworkPageFactory(parent=networks, title="Netwerk in oprichting")
    draft.unpublish()
    private = NetworkPageFactory(parent=networks, title="Besloten netwerk")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    page = article("Netwerknieuws", day(4))
    page.related_networks.set([public, draft, private])
    page.save_revision().publish()
    body = client.get(page.url).content.decode()
    assert "Netwerk wonen" in body
    assert "Netwerk in oprichting" not in body
    assert "Besloten netwerk" not in body


def test_related_motions_are_named_to_members_only(client, article, groups):
    from home.groups import MEMBER_GROUP

    page = article("Motie aangenomen", day(5))
    NewsArticleRelatedMotion.objects.create(
        article=page, motion=MotionFactory(title="Motie Betaalbare huur")
    )
    NewsArticleRelatedMotion.objects.create(
        article=page, motion=MotionFactory(title="Motie Nog concept", live=False)
    )
    assert "Motie Betaalbare huur" not in client.get(page.url).content.decode()
    client.force_login(UserFactory(username="geen-lid"))
    assert "Motie Betaalbare huur" not in client.get(page.url).content.decode()
    client.force_login(UserFactory(username="lid", groups=[MEMBER_GROUP]))
    body = client.get(page.url).content.decode()
    assert "Motie Betaalbare huur" in body
    assert "Motie Nog concept" not in body


def test_a_draft_article_is_not_served(client, article):
    page = article("Nog niet af", day(5))
    page.unpublish()
    assert client.get(page.url).status_code == 404


def _preview_data(page, **changes):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "introduction": page.introduction,
            "body": streamfield([]),
            "comments": inline_formset([]),
            **changes,
        }
    )


def test_preview_of_an_article(admin_client, article):
    page = article("Voor de preview", day(6))
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    data = _preview_data(
        page,
        title="Voor de preview, herschreven",
        date="2026-06-07",
        author="Redactie CLB",
        image="",
        image_alt="",
        related_motions=inline_formset([]),
    )
    assert admin_client.post(url, data).json()["is_valid"]
    body = admin_client.get(url).content.decode()
    assert "Voor de preview, herschreven" in body
    assert "7 juni 2026" in body
    page.refresh_from_db()
    assert page.title == "Voor de preview"


def test_preview_of_the_news_index(admin_client, news_index, article):
    article("Een bericht in de lijst", day(6))
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[news_index.pk])
    data = _preview_data(news_index, title="Nieuws en achtergronden")
    assert admin_client.post(url, data).json()["is_valid"]
    body = admin_client.get(url).content.decode()
    assert "Nieuws en achtergronden" in body
    assert "Een bericht in de lijst" in body


def test_staff_see_articles_with_their_status_in_the_explorer(admin_client, news_index, article):
    article("Gepubliceerd bericht", day(6))
    draft = article("Bericht in concept", day(7))
    draft.unpublish()
    body = admin_client.get(reverse("wagtailadmin_explore", args=[news_index.pk])).content
    body = body.decode()
    assert "Gepubliceerd bericht" in body
    assert "Bericht in concept" in body
    assert "concept" in body.lower()


def test_site_search_finds_a_live_article_but_not_a_draft(client, article):
    article("Masterclass financiën", day(6), introduction="Over de gemeentebegroting.")
    draft = article("Masterclass in voorbereiding", day(7), introduction="Gemeentebegroting.")
    draft.unpublish()
    body = client.get("/zoeken/?q=gemeentebegroting").content.decode()
    assert "Masterclass financiën" in body
    assert "Masterclass in voorbereiding" not in body
