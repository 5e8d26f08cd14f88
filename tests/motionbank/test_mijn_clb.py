"""Mijn CLB (/mijn-clb/): the page, keeping motions with a note, saving searches, the
password and mail sections, signing out everywhere and the unsubscribe link."""

from django.contrib.sessions.models import Session
from django.test import Client

import pytest

from home.mijnclb_views import unsubscribe_token
from home.models import MailPreferences
from motionbank.models import SavedMotion, SavedSearch
from tests.factories.motionbank import MemberFactory, MotionFactory
from tests.motionbank import test_workflow

pytestmark = pytest.mark.django_db

# A PDF motion shared through the upload form, in moderation (tests/motionbank/test_workflow).
submitted = test_workflow.submitted
TITLE = test_workflow.TITLE
workflow_action_url = test_workflow.workflow_action_url

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


def test_export_has_and_removal_removes_saved_items(bank, people, login, motion):
    from motionbank.models import AlertSent
    from motionbank.privacy import export_member_data, remove_member

    client = login(people["member"])
    post(client, "bewaarde-moties", "bewaar", motion=motion.pk)
    post(client, "bewaarde-moties", "notitie", id=SavedMotion.objects.get().pk, note="Mijn idee")
    post(
        client, "zoekopdrachten", "bewaar", name="Armoede", frequency="dagelijks", querystring="q=a"
    )
    post(client, "e-mail", "opslaan")
    AlertSent.objects.create(user=people["member"], motion=motion)
    data = export_member_data(people["member"])
    assert data["mijn_clb"]["saved_motions"][0]["note"] == "Mijn idee"
    assert data["mijn_clb"]["saved_searches"][0]["search"] == "q=a"
    assert data["mail_preferences"]["alerts"] is False
    assert data["member"]["function"]  # the profile

    remove_member(people["member"])
    assert not SavedMotion.objects.exists() and not SavedSearch.objects.exists()
    assert not AlertSent.objects.exists() and not MailPreferences.objects.exists()


def test_withdraw_a_submission_after_a_confirmation(bank, people, login):
    from motionbank.models import Motion

    draft = MotionFactory(live=False, uploaded_by=people["member"], title="Mijn concept")
    live = MotionFactory(uploaded_by=people["member"], title="Al gepubliceerd")
    other = Client()
    other.force_login(people["other_member"])
    assert post(other, "mijn-bijdragen", "intrekken", id=draft.pk).status_code == 404

    client = login(people["member"])
    assert "Intrekken" in client.get(PAGE).content.decode()
    confirm = post(client, "mijn-bijdragen", "intrekken", id=draft.pk)
    assert confirm.status_code == 200 and "Weet je zeker" in confirm.content.decode()
    assert Motion.objects.filter(pk=draft.pk).exists()
    done = post(client, "mijn-bijdragen", "intrekken", id=draft.pk, bevestig="ja")
    assert done.status_code == 302
    assert not Motion.objects.filter(pk=draft.pk).exists()
    assert post(client, "mijn-bijdragen", "intrekken", id=live.pk, bevestig="ja").status_code == 404
    assert Motion.objects.filter(pk=live.pk).exists()


def test_profile_and_a_new_email_address_confirmed_by_a_link_to_it(bank, people, login):
    import re

    from django.core import mail

    member = people["member"]
    old = member.email
    client = login(member)
    page = client.get(PAGE).content.decode()
    assert "Raadslid" in page and "Breda" in page  # function and governing body
    post(client, "profiel", "opslaan", first_name="Lot", last_name="Lid", email="nieuw@lid.nl")
    member.refresh_from_db()
    assert (member.first_name, member.email) == ("Lot", old)  # not yet
    (message,) = mail.outbox
    assert message.to == ["nieuw@lid.nl"]
    link = re.search(r"https?://\S+/mijn-clb/e-mail-bevestigen/\S+/", message.body).group()
    path = "/" + link.split("/", 3)[3]
    assert Client().get(path).status_code == 200  # no login needed
    member.refresh_from_db()
    assert member.email == "nieuw@lid.nl"
    assert Client().get(path).status_code == 404  # used: the old address changed
    assert Client().get(path[:-3] + "xx/").status_code == 404


def test_an_invalid_email_address_is_refused(bank, people, login):
    from django.core import mail

    client = login(people["member"])
    post(client, "profiel", "opslaan", email="geen-adres")
    people["member"].refresh_from_db()
    assert people["member"].email != "geen-adres" and mail.outbox == []


def test_a_member_changes_function_and_governing_body(bank, people, login, breda, tilburg):
    from motionbank.models import Member
    from tests.factories.motionbank import GoverningBodyFactory

    province = GoverningBodyFactory(
        code="TS30", name="Noord-Brabant", tier="provincie", province="Noord-Brabant"
    )
    GoverningBodyFactory(code="TS0999", name="Opgeheven", active=False)
    other = MemberFactory(user=people["other_member"], governing_body=breda)
    client = login(people["member"])
    page = client.get(PAGE).content.decode()
    assert 'action="/mijn-clb/functie/wijzig/"' in page
    assert '<optgroup label="Provincie">' in page and "Provincie Noord-Brabant" in page
    assert "Opgeheven" not in page  # only bodies that still exist

    response = post(client, "functie", "wijzig", function="statenlid", governing_body=province.pk)
    assert response.status_code == 302
    member = Member.objects.get(user=people["member"])
    assert (member.function, member.governing_body) == ("statenlid", province)
    other.refresh_from_db()
    assert (other.function, other.governing_body) == ("raadslid", breda)
    assert "Je functie en bestuursorgaan zijn opgeslagen" in client.get(PAGE).content.decode()


def test_a_member_without_a_record_gets_one(bank, people, login, tilburg):
    from motionbank.models import Member

    client = login(people["other_member"])
    assert "geen functie en bestuursorgaan bekend" in client.get(PAGE).content.decode()
    post(client, "functie", "wijzig", function="wethouder", governing_body=tilburg.pk)
    member = Member.objects.get(user=people["other_member"])
    assert (member.function, member.governing_body) == ("wethouder", tilburg)


@pytest.mark.parametrize(
    "data",
    [
        {"function": "koning", "governing_body": "BODY"},
        {"function": "wethouder", "governing_body": "999999"},
        {"function": "wethouder", "governing_body": "abc"},
        {"function": "wethouder", "governing_body": "INACTIVE"},
        {"function": "wethouder"},
    ],
)
def test_a_bad_function_or_body_saves_nothing(bank, people, login, tilburg, data):
    from motionbank.models import Member
    from tests.factories.motionbank import GoverningBodyFactory

    gone = GoverningBodyFactory(code="TS0998", name="Opgeheven", active=False)
    body = {"BODY": tilburg.pk, "INACTIVE": gone.pk}
    data = {key: body.get(value, value) for key, value in data.items()}
    client = login(people["member"])
    response = post(client, "functie", "wijzig", **data)
    assert response.status_code == 302
    member = Member.objects.get(user=people["member"])
    assert (member.function, member.governing_body.name) == ("raadslid", "Breda")
    page = client.get(PAGE).content.decode()
    assert "Kies je functie uit de lijst" in page or "Kies je gemeente, provincie" in page
    assert "opgeslagen" not in page


def edit(client, motion, **data):
    return post(client, "mijn-bijdragen", "bewerken", id=motion.pk, **data)


def edit_data(chosen_theme, **changes):
    data = {
        "opslaan": "ja",
        "title": "Motie Warme lunch op school",
        "theme": chosen_theme.pk,
        "findings": "",
        "considerations": "Kinderen met honger leren slecht;",
        "operative_text": "Verzoekt het college elke school een warme lunch te bieden.",
    }
    return {**data, **changes}


def test_edit_a_submission_in_moderation(bank, people, login, theme, submitted):
    from wagtail.models import WorkflowState

    client = login(people["member"])
    assert 'action="/mijn-clb/mijn-bijdragen/bewerken/"' in client.get(PAGE).content.decode()
    form = edit(client, submitted)
    assert form.status_code == 200
    html = form.content.decode()
    assert f'value="{TITLE}"' in html and "elke school een warme maaltijd" in html  # prefilled
    assert "csrfmiddlewaretoken" in html

    response = edit(client, submitted, **edit_data(theme))
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.title == TITLE and not submitted.live  # the row is untouched
    latest = submitted.get_latest_revision_as_object()
    assert latest.title == "Motie Warme lunch op school"
    assert latest.operative_text.endswith("warme lunch te bieden.")
    assert latest.considerations == "Kinderen met honger leren slecht;"
    (state,) = WorkflowState.objects.for_instance(submitted)
    assert state.status == "in_progress"  # still the same moderation
    page = client.get(PAGE).content.decode()
    assert "zijn opgeslagen" in page and ">Motie Warme lunch op school</a>" in page


def test_edit_after_being_sent_back_goes_back_into_moderation(
    bank, people, login, theme, submitted, client, groups
):
    from wagtail.models import WorkflowState

    client.force_login(people["editor"])
    client.post(workflow_action_url(submitted, "reject"), {"comment": "Graag aanvullen."})
    assert WorkflowState.objects.for_instance(submitted).get().status == "needs_changes"

    client.force_login(people["member"])
    response = edit(client, submitted, **edit_data(theme))
    assert response.status_code == 302
    state = WorkflowState.objects.for_instance(submitted).get()
    assert state.status == "in_progress"
    submitted.refresh_from_db()
    assert state.current_task_state.revision == submitted.get_latest_revision()
    assert "opnieuw ter beoordeling" in client.get(PAGE).content.decode()
    assert "In behandeling" in client.get(bank.mine_url).content.decode()

    # The editor approves: the edited text is what gets published.
    client.force_login(people["editor"])
    client.post(workflow_action_url(submitted, "approve"), {"comment": ""})
    submitted.refresh_from_db()
    assert submitted.live and submitted.title == "Motie Warme lunch op school"


def test_another_member_cannot_edit_and_published_is_not_editable(
    bank, people, login, theme, submitted
):
    other = Client()
    other.force_login(people["other_member"])
    assert edit(other, submitted).status_code == 404
    assert edit(other, submitted, **edit_data(theme)).status_code == 404
    assert submitted.get_latest_revision_as_object().title == TITLE

    live = MotionFactory(uploaded_by=people["member"], title="Al gepubliceerd", theme=theme)
    client = login(people["member"])
    assert edit(client, live).status_code == 404
    assert edit(client, live, **edit_data(theme)).status_code == 404
    live.refresh_from_db()
    assert live.title == "Al gepubliceerd"
    assert post(client, "mijn-bijdragen", "bewerken", id="abc").status_code == 404


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"title": ""}, "Vul een titel in."),
        ({"theme": "999999"}, "Kies een thema uit de lijst."),
        ({"theme": "x"}, "Kies een thema uit de lijst."),
    ],
)
def test_a_bad_edit_saves_nothing(bank, people, login, theme, submitted, changes, message):
    client = login(people["member"])
    revisions = submitted.revisions.count()
    response = edit(client, submitted, **edit_data(theme, **changes))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert submitted.revisions.count() == revisions


def test_a_text_submission_keeps_its_required_part(bank, people, login, theme, tilburg):
    draft = MotionFactory(
        live=False, uploaded_by=people["member"], title="Mijn concept", theme=theme
    )
    draft.save_revision(user=people["member"])
    client = login(people["member"])
    response = edit(client, draft, **edit_data(theme, operative_text=" "))
    assert response.status_code == 400
    assert "Vul in wat de motie vraagt" in response.content.decode()
