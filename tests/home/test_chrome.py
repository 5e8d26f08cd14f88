"""Site chrome: menu, breadcrumbs, footer, skip link, error pages, sitemap, robots.txt."""

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

import pytest

from home.models import FooterSettings
from tests.factories import (
    NetworkIndexPageFactory,
    NetworkPageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home_page):
    about = StandardPageFactory(parent=home_page, title="Over het CLB", show_in_menus=True)
    hidden = StandardPageFactory(parent=home_page, title="Niet in het menu", show_in_menus=False)
    networks = NetworkIndexPageFactory(parent=home_page, show_in_menus=True)
    network = NetworkPageFactory(parent=networks, title="Netwerk jonge politici")
    return {
        "home": home_page,
        "about": about,
        "hidden": hidden,
        "networks": networks,
        "network": network,
    }


def test_menu_lists_pages_marked_for_menus(client, tree):
    html = client.get("/").content.decode()
    nav = html.split('aria-label="Hoofdmenu"')[1].split("</nav>")[0]
    assert "Over het CLB" in nav
    assert "Netwerken" in nav
    assert "Niet in het menu" not in nav


def test_menu_marks_current_section(client, tree):
    html = client.get(tree["network"].url).content.decode()
    nav = html.split('aria-label="Hoofdmenu"')[1].split("</nav>")[0]
    assert 'href="/netwerken/" aria-current="true"' in nav


def test_breadcrumbs_show_the_path(client, tree):
    html = client.get(tree["network"].url).content.decode()
    crumbs = html.split('aria-label="Kruimelpad"')[1].split("</nav>")[0]
    assert crumbs.index(">Home<") < crumbs.index(">Netwerken<")
    assert '<span aria-current="page">Netwerk jonge politici</span>' in crumbs


def test_footer_comes_from_site_setting(client, tree):
    footer = FooterSettings.for_site(tree["home"].get_site())
    footer.email = "info@clb-test.nl"
    footer.address = "Postbus 1\n1000 AA Amsterdam"
    footer.linkedin_url = "https://www.linkedin.com/company/clb-test"
    footer.accessibility_page = tree["about"]
    footer.save()
    html = client.get("/").content.decode()
    footer_html = html.split('<footer class="site-footer">')[1]
    assert "mailto:info@clb-test.nl" in footer_html
    assert "Postbus 1<br>1000 AA Amsterdam" in footer_html
    assert "https://www.linkedin.com/company/clb-test" in footer_html
    assert 'href="/over-het-clb/">Toegankelijkheid' in footer_html


def test_skip_link_and_language(client, tree):
    html = client.get("/").content.decode()
    assert '<html lang="nl">' in html
    assert 'href="#inhoud"' in html and 'id="inhoud"' in html


def test_404_page_is_dutch(client, tree):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet (meer)" in response.content.decode()


def test_sitemap_lists_only_public_live_pages(client, tree):
    draft = StandardPageFactory(parent=tree["home"], title="Concept", live=False)
    private = StandardPageFactory(parent=tree["home"], title="Alleen leden", slug="alleen-leden")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Leden"))

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert "/over-het-clb/" in xml
    assert "/netwerken/netwerk-jonge-politici/" in xml
    assert f"/{draft.slug}/" not in xml
    assert "/alleen-leden/" not in xml


def test_robots_txt_points_to_sitemap(client, tree):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()
