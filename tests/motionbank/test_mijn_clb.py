"""Mijn CLB (/mijn-clb/): the page, keeping motions with a note, saving searches, the
password and mail sections, signing out everywhere and the unsubscribe link."""

from django.contrib.sessions.models import Session
from django.test import Client

import pytest

from home.mijnclb_views import unsubscribe_token
from home.models import MailPreferences
from motionbank.models import SavedMotion, SavedSearch
from tests.factories.motionbank import MotionFactory

pytestmark = pytest.mark.django_db

PAGE = "/mijn-clb/"


def post(client, section, action, **data):
    return client.post(f"/mijn-clb/{section}/{action}/", data)


def test_the_page_has_every_section(bank, people, login):
    response = login(people["member"]).get(PAGE)
    assert response.status_code == 200
    html = response.content.decode()
    for title in ("Profiel", "Wachtwoord", "Mijn bijdragen", "Bewaarde moties"):
        assert f">{title}</h2>" in html
    assert ">Zoekopdrachten</h2>" in html and ">E-mail</h2>" in html and ">Agenda</h2>" in html
    assert (
        response["Cache-Control"].startswith("max-age=0") or "no-cache" in response["Cache-Control"]
    )


def test_anonymous_logs_in_first_and_non_members_are_refused(bank, people, client):
    response = client.get(PAGE)
    assert response.status_code == 302 and "/account/inloggen/" in response["Location"]
    client.force_login(people["non_member"])
    response = client.get(PAGE)
    assert response.status_code == 403
    assert "alleen voor leden" in response.content.decode()


def test_the_header_links_to_mijn_clb(bank, people, login):
    html = login(people["member"]).get(bank.url).content.decode()
    assert 'href="/mijn-clb/"' in html


def test_keep_a_motion_from_the_results_and_the_motion_page(bank, people, login, motion):
    client = login(people["member"])
    results = client.get(bank.url + "?q=kind").content.decode()
    assert 'form="save-motion"' in results and f'value="{motion.pk}"' in results
    detail = client.get(bank.motion_url(motion)).content.decode()
    assert "/mijn-clb/bewaarde-moties/bewaar/" in detail

    response = post(client, "bewaarde-moties", "bewaar", motion=motion.pk, next=bank.url)
    assert response.status_code == 302 and response["Location"] == bank.url
    post(client, "bewaarde-moties", "bewaar", motion=motion.pk)  # twice: kept once
    assert SavedMotion.objects.filter(user=people["member"]).count() == 1
    page = client.get(PAGE).content.decode()
    assert "Geen kind buiten spel" in page


def test_a_note_of_ones_own_and_unsaving(bank, people, login, motion):
    client = login(people["member"])
    post(client, "bewaarde-moties", "bewaar", motion=motion.pk)
    saved = SavedMotion.objects.get()
    post(client, "bewaarde-moties", "notitie", id=saved.pk, note="Voor de raad van maart")
    assert "Voor de raad van maart" in client.get(PAGE).content.decode()
    post(client, "bewaarde-moties", "verwijder", id=saved.pk)
    assert not SavedMotion.objects.exists()


def test_another_member_cannot_change_or_see_saved_items_by_id(bank, people, login, motion):
    owner = login(people["member"])
    post(owner, "bewaarde-moties", "bewaar", motion=motion.pk)
    post(
        owner,
        "zoekopdrachten",
        "bewaar",
        name="Armoede",
        frequency="dagelijks",
        querystring="q=armoede",
    )
    saved, search = SavedMotion.objects.get(), SavedSearch.objects.get()
    other = Client()
    other.force_login(people["other_member"])
    assert post(other, "bewaarde-moties", "notitie", id=saved.pk, note="x").status_code == 404
    assert post(other, "bewaarde-moties", "verwijder", id=saved.pk).status_code == 404
    assert post(other, "zoekopdrachten", "verwijder", id=search.pk).status_code == 404
    assert (
        post(other, "zoekopdrachten", "wijzig", id=search.pk, frequency="nooit").status_code == 404
    )
    page = other.get(PAGE).content.decode()
    assert "Geen kind buiten spel" not in page and "Armoede" not in page
    assert (
        SavedMotion.objects.get().note == "" and SavedSearch.objects.get().frequency == "dagelijks"
    )


def test_a_draft_of_someone_else_cannot_be_kept(bank, people, login):
    draft = MotionFactory(live=False, uploaded_by=people["other_member"])
    client = login(people["member"])
    assert post(client, "bewaarde-moties", "bewaar", motion=draft.pk).status_code == 404
    assert post(client, "bewaarde-moties", "bewaar", motion="abc").status_code == 404
    assert post(client, "bewaarde-moties", "bewaar", motion="9" * 30).status_code == 404
    assert not SavedMotion.objects.exists()


def test_save_a_search_from_the_search_page(bank, people, login, motion):
    client = login(people["member"])
    html = client.get(bank.url + "?q=armoede&provincie=zeeland").content.decode()
    assert "Bewaar deze zoekopdracht" in html
    assert 'value="q=armoede&amp;provincie=zeeland"' in html
    response = post(
        client,
        "zoekopdrachten",
        "bewaar",
        name="Armoede in Zeeland",
        frequency="dagelijks",
        querystring="q=armoede&provincie=zeeland&pagina=3",
    )
    assert response.status_code == 302
    search = SavedSearch.objects.get()
    assert (search.user, search.querystring, search.frequency) == (
        people["member"],
        "q=armoede&provincie=zeeland",
        "dagelijks",
    )
    page = client.get(PAGE).content.decode()
    assert "Armoede in Zeeland" in page and "?q=armoede&amp;provincie=zeeland" in page
    post(client, "zoekopdrachten", "wijzig", id=search.pk, frequency="wekelijks")
    assert SavedSearch.objects.get().frequency == "wekelijks"
    post(client, "zoekopdrachten", "wijzig", id=search.pk, frequency="elk uur")
    assert SavedSearch.objects.get().frequency == "wekelijks"


def test_a_search_without_a_name_is_not_saved(bank, people, login):
    client = login(people["member"])
    response = post(client, "zoekopdrachten", "bewaar", name="", frequency="dagelijks")
    assert response.status_code == 302
    assert not SavedSearch.objects.exists()


def test_unknown_sections_and_actions_are_404_and_get_is_405(bank, people, login):
    client = login(people["member"])
    assert post(client, "bestaat-niet", "bewaar").status_code == 404
    assert post(client, "bewaarde-moties", "bestaat-niet", id=1).status_code == 404
    assert post(client, "profiel", "bewaar").status_code == 404
    assert client.get("/mijn-clb/bewaarde-moties/bewaar/").status_code == 405


def test_mail_preferences_one_switch(bank, people, login):
    client = login(people["member"])
    post(client, "e-mail", "opslaan")  # the box left unticked
    assert MailPreferences.wants_alerts(people["member"]) is False
    post(client, "e-mail", "opslaan", alerts="aan")
    assert MailPreferences.wants_alerts(people["member"]) is True


def test_sign_out_everywhere_keeps_this_session(bank, people):
    elsewhere, here = Client(), Client()
    elsewhere.force_login(people["member"])
    here.force_login(people["member"])
    assert elsewhere.get(PAGE).status_code == 200
    response = here.post("/mijn-clb/wachtwoord/overal-uitloggen/")
    assert response.status_code == 302
    assert here.get(PAGE).status_code == 200
    assert elsewhere.get(PAGE).status_code == 302  # to the login page
    assert Session.objects.count() == 1


def test_change_the_password(bank, people, login):
    client = login(people["member"])
    assert client.get("/mijn-clb/wachtwoord/").status_code == 200
    response = client.post(
        "/mijn-clb/wachtwoord/",
        {
            "old_password": "een-goed-wachtwoord-42",
            "new_password1": "nieuw-en-lang-genoeg-7",
            "new_password2": "nieuw-en-lang-genoeg-7",
        },
    )
    assert response.status_code == 302
    people["member"].refresh_from_db()
    assert people["member"].check_password("nieuw-en-lang-genoeg-7")
    assert client.get(PAGE).status_code == 200  # still signed in here


def test_unsubscribe_link_without_login(bank, people, client):
    token = unsubscribe_token(people["member"])
    page = client.get(f"/mijn-clb/afmelden/{token}/")
    assert page.status_code == 200 and "Afmelden" in page.content.decode()
    assert MailPreferences.wants_alerts(people["member"])
    enforcing = Client(enforce_csrf_checks=True)  # a mail client's one-click POST
    response = enforcing.post(f"/mijn-clb/afmelden/{token}/", {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not MailPreferences.wants_alerts(people["member"])
    assert client.get("/mijn-clb/afmelden/vals-token/").status_code == 404
    assert client.post(f"/mijn-clb/afmelden/{token}x/").status_code == 404
