import pytest

from tests.factories import (
    GuidanceDocumentPageFactory,
    GuidanceIndexPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    ResearchIndexPageFactory,
    ResearchProjectPageFactory,
)

pytestmark = pytest.mark.django_db


def test_index_paginates_children(client, home_page):
    index = NetworkIndexPageFactory(parent=home_page)
    for number in range(1, 15):
        NetworkPageFactory(parent=index, title=f"Netwerk {number:02d}")

    first = client.get(index.url).content.decode()
    assert first.count('class="card__title"') == 12
    assert "Pagina 1 van 2" in first
    assert "Netwerk 13" not in first

    second = client.get(index.url + "?pagina=2").content.decode()
    assert second.count('class="card__title"') == 2
    assert "Netwerk 13" in second and "Netwerk 14" in second


@pytest.mark.parametrize("bad", ["0", "-1", "abc", "999", "1e9", ""])
def test_bad_page_numbers_fall_back(client, home_page, bad):
    index = NetworkIndexPageFactory(parent=home_page)
    NetworkPageFactory(parent=index, title="Netwerk wonen")
    response = client.get(index.url, {"pagina": bad})
    assert response.status_code == 200
    assert "Netwerk wonen" in response.content.decode()


def test_index_hides_drafts(client, home_page):
    index = NetworkIndexPageFactory(parent=home_page)
    NetworkPageFactory(parent=index, title="Gepubliceerd")
    NetworkPageFactory(parent=index, title="Nog concept", live=False)
    html = client.get(index.url).content.decode()
    assert "Gepubliceerd" in html
    assert "Nog concept" not in html


def test_research_index_lists_running_projects_first(client, home_page):
    index = ResearchIndexPageFactory(parent=home_page)
    ResearchProjectPageFactory(
        parent=index, title="Middenbestuur", status="afgerond", start_year=2020, end_year=2022
    )
    ResearchProjectPageFactory(parent=index, title="Afgehaakt Nederland", status="lopend")
    html = client.get(index.url).content.decode()
    assert html.index("Afgehaakt Nederland") < html.index("Middenbestuur")
    assert "2020–2022" in html


def test_guidance_index_newest_first(client, home_page):
    import datetime

    index = GuidanceIndexPageFactory(parent=home_page)
    GuidanceDocumentPageFactory(
        parent=index, title="Handreiking stikstof", publication_date=datetime.date(2020, 3, 1)
    )
    GuidanceDocumentPageFactory(
        parent=index, title="Handreiking wonen", publication_date=datetime.date(2020, 9, 1)
    )
    html = client.get(index.url).content.decode()
    assert html.index("Handreiking wonen") < html.index("Handreiking stikstof")
    assert "september 2020" in html


def test_index_query_count_is_constant(client, home_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    index = NetworkIndexPageFactory(parent=home_page)

    def queries():
        client.get(index.url)  # warm per-process caches (site root paths)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(index.url).status_code == 200
        return len(captured)

    for number in range(5):
        NetworkPageFactory(parent=index, title=f"Netwerk {number}")
    with_five = queries()
    for number in range(5, 30):
        NetworkPageFactory(parent=index, title=f"Netwerk {number}")
    assert queries() == with_five
