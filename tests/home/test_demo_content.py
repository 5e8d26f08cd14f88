"""load_demo_content builds the whole site, changes nothing the second time, and
refuses to run with production settings."""

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from wagtail.models import Page, Revision, Site

import pytest

from home.models import HomePage, NetworkPage, TrainingTrackPage
from research.models import GuidanceDocumentPage, ResearchProjectPage

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "latest_edit": Page.objects.order_by("-latest_revision_created_at")
        .values_list("latest_revision_created_at", flat=True)
        .first(),
    }


@pytest.fixture
def demo(capsys):
    call_command("load_demo_content")
    return capsys.readouterr().out


def test_builds_the_site_a_visitor_can_browse(demo, client):
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(home, HomePage)
    titles = set(Page.objects.live().values_list("title", flat=True))
    assert {"Netwerken", "Onderzoek", "Handreikingen", "Motiebank", "Agenda"} <= titles
    assert NetworkPage.objects.live().count() >= 8
    tracks = set(TrainingTrackPage.objects.live().values_list("title", flat=True))
    assert any("Schaper" in title for title in tracks)
    assert any("Wibaut" in title for title in tracks)
    projects = set(ResearchProjectPage.objects.live().values_list("title", flat=True))
    assert any("Afgehaakt" in title for title in projects)
    assert any("middenbestuur" in title.lower() for title in projects)
    assert GuidanceDocumentPage.objects.live().count() >= 6

    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_about_page_has_member_figures_table(demo, client):
    html = client.get("/over-het-clb/").content.decode()
    assert "<caption>" in html
    assert "Raadsleden" in html and "2126" in html


def test_every_call_to_action_in_the_files_finds_its_page(demo):
    """A call to action names a demo page by its key in home/demo/pages/*.yaml; a key
    that matches no page would leave the button without a link."""
    buttons = [
        block.value
        for page in Page.objects.specific()
        for block in getattr(page, "body", None) or []
        if block.block_type == "call_to_action"
    ]
    assert len(buttons) >= 10
    assert all(button["page"] is not None for button in buttons)


def test_prints_the_three_demo_accounts(demo):
    for username in ("beheerder", "redactie", "lid"):
        assert f"gebruikersnaam: {username}" in demo
    User = get_user_model()
    assert User.objects.get(username="beheerder").is_superuser
    assert User.objects.get(username="redactie").groups.filter(name="Redactie").exists()
    assert User.objects.get(username="lid").groups.filter(name="Leden").exists()


def test_second_run_changes_nothing(demo, capsys):
    before = snapshot()
    call_command("load_demo_content")
    assert "0 nieuwe onderdelen" in capsys.readouterr().out
    assert snapshot() == before


def test_demo_accounts_can_log_in(demo, client):
    response = client.post(
        "/account/inloggen/", {"username": "redactie", "password": "clb-redactie-demo"}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_refuses_with_production_settings(settings):
    settings.DEMO_CONTENT_ALLOWED = False
    with pytest.raises(CommandError, match="productie"):
        call_command("load_demo_content")
    assert not get_user_model().objects.filter(username="beheerder").exists()


def test_refuses_when_run_with_the_production_settings_module(tmp_path):
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "clbsite.settings.production",
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "clb.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "load_demo_content"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "Gebruik dit commando nooit met productie-instellingen" in result.stderr
