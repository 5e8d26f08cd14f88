"""
Registration on the site (agenda/registrations.py, docs/agenda.md "Aanmelden op de site"):
places and the waiting list, the mails (through a real SMTP server: the Mijn CLB alert
tests' aiosmtpd fixture), the cancel link, Mijn aanmeldingen, closing, staff's lists and
message, retention, and the page cache.
"""

import datetime
import io
import re
from urllib.parse import quote

from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client, TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import icalendar
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from agenda.models import Event, Registration
from home.groups import ensure_groups
from tests.factories import editor, member
from tests.factories.agenda import EventFactory

pytestmark = pytest.mark.django_db


class CommittingClient(Client):
    """Each request as if it committed: the mails that wait for
    the commit (clbsite.mail) go out before the response returns."""

    def request(self, **request):
        with TestCase.captureOnCommitCallbacks(execute=True):
            return super().request(**request)


@pytest.fixture
def client():
    return CommittingClient()


DAY = datetime.timedelta(days=1)


@pytest.fixture
def groups(db):
    ensure_groups()


def future(days=20):
    return timezone.now() + days * DAY


@pytest.fixture
def vakschool(agenda_page):
    return EventFactory(
        title="Raadsledenvakschool Noord",
        event_type="vakschool",
        start=future(),
        registration_mode="site",
        capacity=2,
    )


def register_url(agenda_page, event):
    return agenda_page.route_url("register", pk=event.pk, slug=event.slug)


def visitor_data(name="Sanne de Vries", email="sanne@gemeente-test.nl", **extra):
    return {
        "name": name,
        "email": email,
        "function": "raadslid",
        "governing_body": "Assen",
        **extra,
    }


def text(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def ics_of(message):
    for part in message.iter_attachments():
        if part.get_content_type() == "text/calendar":
            return icalendar.Calendar.from_ical(part.get_content())
    return None


def cancel_link(message):
    return re.search(r"https://www\.clb\.test(/agenda/afmelden/[\w-]+/)", text(message)).group(1)


def messages_of(response):
    return [str(message) for message in response.context["messages"]] if response.context else []


# The acceptance: a vakschool with two places ------------------------------------------


def test_two_places_a_waiting_list_and_promotion_with_the_right_mails(
    client, groups, agenda_page, vakschool, smtp
):
    lotte = member(first_name="Lotte", last_name="Jansen", email="lotte@clb-test.nl")

    # A member: her details filled in, her account's address.
    client.force_login(lotte)
    page = client.get(agenda_page.event_url(vakschool))
    assert "Nog 2 plaatsen vrij van de 2." in page.content.decode()
    assert page.context["registration_form"].initial["name"] == "Lotte Jansen"
    response = client.post(
        register_url(agenda_page, vakschool),
        {"name": "Lotte Jansen", "function": "wethouder", "governing_body": "Groningen"},
        follow=True,
    )
    assert "Je bent aangemeld." in " ".join(messages_of(response))
    assert "Nog 1 plaats vrij van de 2." in response.content.decode()

    # A visitor takes the last place.
    client.logout()
    client.post(register_url(agenda_page, vakschool), visitor_data())
    # A third lands on the waiting list.
    response = client.post(
        register_url(agenda_page, vakschool),
        visitor_data("Ahmed Bakker", "Ahmed.Bakker@Waterschap-Test.nl"),
        follow=True,
    )
    assert "Vol: wie zich nu aanmeldt, komt op de wachtlijst (1 wachtende)." in (
        response.content.decode()
    )
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "lotte@clb-test.nl": "bevestigd",
        "sanne@gemeente-test.nl": "bevestigd",
        "ahmed.bakker@waterschap-test.nl": "wachtlijst",
    }

    # The confirmations carry the event as a calendar file with its UID.
    for address in ("lotte@clb-test.nl", "sanne@gemeente-test.nl"):
        (confirmation,) = smtp.to(address)
        assert confirmation["Subject"] == "Aangemeld: Raadsledenvakschool Noord"
        calendar = ics_of(confirmation)
        (vevent,) = calendar.walk("VEVENT")
        assert str(vevent["UID"]) == vakschool.ical_uid
        assert "/agenda/afmelden/" in text(confirmation)
    (waiting,) = smtp.to("ahmed.bakker@waterschap-test.nl")
    assert waiting["Subject"] == "Op de wachtlijst: Raadsledenvakschool Noord"
    assert ics_of(waiting) is None
    assert "Alle plaatsen zijn bezet. Je staat op de wachtlijst voor:" in text(waiting)
    assert "/agenda/afmelden/" in text(waiting)

    # The member cancels in Mijn CLB; the waiting list moves up.
    smtp.clear()
    client.force_login(lotte)
    mine = client.get("/mijn-clb/")
    assert "Raadsledenvakschool Noord" in mine.content.decode()
    own = Registration.objects.get(email="lotte@clb-test.nl")
    response = client.post("/mijn-clb/aanmeldingen/annuleer/", {"aanmelding": own.pk})
    assert response.status_code == 302
    (cancelled,) = smtp.to("lotte@clb-test.nl")
    assert cancelled["Subject"] == "Afgemeld: Raadsledenvakschool Noord"
    (promoted,) = smtp.to("ahmed.bakker@waterschap-test.nl")
    assert promoted["Subject"] == "Er is een plaats voor je: Raadsledenvakschool Noord"
    (vevent,) = ics_of(promoted).walk("VEVENT")
    assert str(vevent["UID"]) == vakschool.ical_uid
    ahmed = Registration.objects.get(email="ahmed.bakker@waterschap-test.nl")
    assert ahmed.status == "bevestigd" and ahmed.promoted_at is not None
    assert Registration.objects.get(pk=own.pk).status == "geannuleerd"


def test_the_cancel_link_asks_first_then_cancels_and_promotes(client, agenda_page, vakschool, smtp):
    for number in range(3):
        client.post(
            register_url(agenda_page, vakschool),
            visitor_data(f"Persoon {number}", f"persoon{number}@test.nl"),
        )
    link = cancel_link(smtp.to("persoon0@test.nl")[0])
    # Opening the link (a mail program, a virus scanner) changes nothing.
    page = client.get(link)
    assert page.status_code == 200 and "Ja, meld me af" in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    assert Registration.objects.get(email="persoon0@test.nl").status == "bevestigd"
    response = client.post(link)
    assert "je bent afgemeld" in response.content.decode()
    assert Registration.objects.get(email="persoon0@test.nl").status == "geannuleerd"
    assert Registration.objects.get(email="persoon2@test.nl").status == "bevestigd"
    # Twice: nothing more happens, no second mail.
    smtp.clear()
    again = client.post(link)
    assert "al afgemeld" in again.content.decode()
    assert smtp.messages == []
    assert client.get("/agenda/afmelden/" + "x" * 43 + "/").status_code == 404


# Refusals: twice, bad input, closed, members only ----------------------------------------


def test_registering_twice_is_refused_politely_and_tells_a_visitor_nothing(
    client, agenda_page, vakschool
):
    first = client.post(register_url(agenda_page, vakschool), visitor_data(), follow=True)
    second = client.post(
        register_url(agenda_page, vakschool),
        visitor_data(email=" SANNE@gemeente-test.nl "),
        follow=True,
    )
    # The same answer either way: whether an address is registered does not leak.
    assert messages_of(first) == messages_of(second)
    assert Registration.objects.count() == 1
    # Later (not a double click), the address's owner hears it was registered already.
    Registration.objects.update(created_at=timezone.now() - DAY)
    mail.outbox.clear()
    client.post(register_url(agenda_page, vakschool), visitor_data())
    assert [message.subject for message in mail.outbox] == [
        "Je bent al aangemeld: Raadsledenvakschool Noord"
    ]
    assert mail.outbox[0].to == ["sanne@gemeente-test.nl"]
    assert Registration.objects.count() == 1


def test_a_member_who_registered_sees_it_and_no_second_form(client, groups, agenda_page, vakschool):
    lotte = member(first_name="Lotte", email="lotte@clb-test.nl")
    client.force_login(lotte)
    data = {"name": "Lotte", "function": "raadslid", "governing_body": "Assen"}
    client.post(register_url(agenda_page, vakschool), data)
    response = client.post(register_url(agenda_page, vakschool), data, follow=True)
    assert "Je was al aangemeld" in " ".join(messages_of(response))
    body = response.content.decode()
    assert "Je bent aangemeld." in body and 'name="governing_body"' not in body
    assert Registration.objects.count() == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"email": "sanne@"}, "Dit is geen geldig e-mailadres"),
        ({"email": ""}, "Vul je e-mailadres in."),
        ({"name": "S" * 151}, "Je naam is te lang (hoogstens 150 tekens)."),
        ({"name": "   "}, "Vul je naam in."),
        ({"function": "raadslid\r\nBcc: x@y.nl"}, "Gebruik geen regeleinden of stuurtekens."),
        ({"governing_body": "G" * 151}, "Deze naam is te lang (hoogstens 150 tekens)."),
    ],
)
def test_bad_input_gets_a_dutch_message_and_saves_nothing(
    client, agenda_page, vakschool, changes, message
):
    response = client.post(register_url(agenda_page, vakschool), visitor_data(**changes))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Registration.objects.count() == 0
    assert mail.outbox == []


def test_registration_closes_after_the_deadline(client, agenda_page, vakschool):
    Event.objects.filter(pk=vakschool.pk).update(registration_deadline=timezone.now() - DAY)
    page = client.get(agenda_page.event_url(vakschool)).content.decode()
    assert "Aanmelden is gesloten" in page and 'class="registration__form"' not in page
    response = client.post(register_url(agenda_page, vakschool), visitor_data(), follow=True)
    assert "niet (meer) mogelijk" in " ".join(messages_of(response))
    assert Registration.objects.count() == 0


def test_a_members_only_event_takes_registrations_from_members_only(client, groups, agenda_page):
    event = EventFactory(start=future(), registration_mode="site", members_only=True)
    url = register_url(agenda_page, event)
    assert client.post(url, visitor_data()).status_code == 404
    client.force_login(member(email="lid@clb-test.nl"))
    client.post(url, visitor_data())
    assert list(Registration.objects.values_list("email", flat=True)) == ["lid@clb-test.nl"]


def test_a_get_of_the_form_address_goes_to_the_event(client, agenda_page, vakschool):
    response = client.get(register_url(agenda_page, vakschool))
    assert response.status_code == 302
    assert response["Location"] == agenda_page.event_url(vakschool)


# The event is cancelled: registrants are mailed once ------------------------------------


def test_cancelling_the_event_mails_its_registrants_once(
    client, agenda_page, vakschool, smtp, django_capture_on_commit_callbacks
):
    for number in range(3):
        client.post(
            register_url(agenda_page, vakschool),
            visitor_data(f"Persoon {number}", f"persoon{number}@test.nl"),
        )
    smtp.clear()
    staff = editor()
    vakschool.cancelled = True
    with django_capture_on_commit_callbacks(execute=True):
        vakschool.save_revision(user=staff).publish(user=staff)
    assert sorted(rcpt for rcpts, _m in smtp.messages for rcpt in rcpts) == [
        "persoon0@test.nl",
        "persoon1@test.nl",
        "persoon2@test.nl",
    ]
    message = smtp.to("persoon0@test.nl")[0]
    assert message["Subject"] == "Gaat niet door: Raadsledenvakschool Noord"
    (vevent,) = ics_of(message).walk("VEVENT")
    assert str(vevent["STATUS"]) == "CANCELLED"
    # Publishing again (a typo fixed) sends nothing more.
    smtp.clear()
    vakschool.refresh_from_db()
    vakschool.title = "Raadsledenvakschool Noord (vervalt)"
    with django_capture_on_commit_callbacks(execute=True):
        vakschool.save_revision(user=staff).publish(user=staff)
    assert smtp.messages == []
    page = client.get(agenda_page.event_url(vakschool)).content.decode()
    assert 'class="registration__form"' not in page


def test_more_places_promote_the_waiting_list(client, agenda_page, vakschool):
    for number in range(3):
        client.post(
            register_url(agenda_page, vakschool),
            visitor_data(f"Persoon {number}", f"persoon{number}@test.nl"),
        )
    staff = editor()
    vakschool.capacity = 3
    vakschool.save_revision(user=staff).publish(user=staff)
    assert Registration.objects.confirmed().count() == 3


# Staff: the attendee list, its export and a message ----------------------------------------


def test_staff_see_counts_the_attendee_list_a_safe_export_and_send_a_message(
    client, groups, agenda_page, vakschool
):
    client.post(register_url(agenda_page, vakschool), visitor_data(name="=HYPERLINK(1)"))
    client.post(register_url(agenda_page, vakschool), visitor_data("Piet", "piet@test.nl"))
    client.post(register_url(agenda_page, vakschool), visitor_data("Kees", "kees@test.nl"))
    client.force_login(editor())

    listing = client.get(reverse("wagtailsnippets_agenda_event:list")).content.decode()
    assert "2/2" in listing and "(+1 wachtlijst)" in listing

    attendees = client.get(reverse("agenda_registrations:index") + f"?event={vakschool.pk}")
    body = attendees.content.decode()
    assert attendees.status_code == 200
    assert "2 aangemeld, 1 op de wachtlijst" in body and "piet@test.nl" in body
    found = client.get(reverse("agenda_registrations:index") + "?q=piet").content.decode()
    assert "piet@test.nl" in found and "kees@test.nl" not in found

    export = client.get(reverse("agenda_registrations:index") + f"?event={vakschool.pk}&export=csv")
    csv_text = b"".join(export.streaming_content).decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in csv_text and "piet@test.nl" in csv_text

    mail.outbox.clear()
    url = reverse("agenda_registrant_message", args=[vakschool.pk])
    empty = client.post(url, {"subject": "", "text": ""})
    assert empty.status_code == 200 and mail.outbox == []
    client.post(url, {"subject": "Route", "text": "Parkeren kan achter het stadhuis."})
    assert sorted(message.to[0] for message in mail.outbox) == [
        "piet@test.nl",
        "sanne@gemeente-test.nl",
    ]
    assert mail.outbox[0].subject == "Raadsledenvakschool Noord: Route"
    assert "Parkeren kan achter het stadhuis." in mail.outbox[0].body
    mail.outbox.clear()
    client.post(url, {"subject": "Route", "text": "Ook wachtenden.", "include_waiting": "on"})
    assert len(mail.outbox) == 3


def test_members_cannot_send_a_message_or_see_the_list(client, groups, vakschool):
    client.force_login(member())
    url = reverse("agenda_registrant_message", args=[vakschool.pk])
    assert client.post(url, {"subject": "x", "text": "y"}).status_code == 302
    assert mail.outbox == []


# Retention --------------------------------------------------------------------------------


def test_registrations_are_deleted_the_configured_time_after_the_event(
    settings, client, agenda_page
):
    settings.REGISTRATION_RETENTION_DAYS = 30
    old = EventFactory(start=timezone.now() - 40 * DAY, registration_mode="site")
    recent = EventFactory(start=timezone.now() - 20 * DAY, registration_mode="site")
    for event in (old, recent):
        Registration.objects.create(event=event, name="A", email="a@test.nl")
    out = io.StringIO()
    call_command("delete_old_registrations", stdout=out)
    assert "1 aanmelding(en) verwijderd" in out.getvalue()
    assert list(Registration.objects.values_list("event", flat=True)) == [recent.pk]
    call_command("delete_old_registrations", "--dagen", "10", stdout=out)
    assert Registration.objects.count() == 0


# The page cache: the places shown are those of now ---------------------------------------


def test_the_places_shown_are_current_with_the_page_cache(settings, client, agenda_page, vakschool):
    settings.CACHE_MIDDLEWARE_SECONDS = 60
    url = agenda_page.event_url(vakschool)
    assert "Nog 2 plaatsen vrij" in client.get(url).content.decode()
    client.post(register_url(agenda_page, vakschool), visitor_data())
    client.cookies.clear()  # an anonymous visitor without any cookie
    assert "Nog 1 plaats vrij van de 2." in client.get(url).content.decode()
    response = client.get(url)
    assert "private" in response["Cache-Control"]


# A member's data ---------------------------------------------------------------------------


def test_a_members_registrations_are_in_their_data_and_go_with_them(
    client, groups, agenda_page, vakschool
):
    from home.memberdata import member_data_parts

    lotte = member(email="lotte@clb-test.nl")
    client.force_login(lotte)
    client.post(register_url(agenda_page, vakschool), visitor_data())
    (part,) = [part for part in member_data_parts() if part.key == "event_registrations"]
    (row,) = part.export(lotte)
    assert row["event"] == "Raadsledenvakschool Noord" and row["status"] == "bevestigd"
    assert part.remove(lotte) is True
    assert Registration.objects.count() == 0
    client.post(register_url(agenda_page, vakschool), visitor_data())
    lotte.delete()
    assert Registration.objects.count() == 0


def test_mail_headers_and_links_are_absolute(client, agenda_page, vakschool, smtp):
    client.post(register_url(agenda_page, vakschool), visitor_data())
    (message,) = smtp.to("sanne@gemeente-test.nl")
    assert message.get_content_type() == "multipart/mixed"
    assert "https://www.clb.test/agenda/" in text(message)
    assert message["Auto-Submitted"] == "auto-generated"


# No request a visitor can craft gives a server error ------------------------------------

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FIELDS = st.sampled_from(["name", "email", "function", "governing_body", "csrfmiddlewaretoken"])


@FUZZ
@given(data=st.dictionaries(FIELDS, st.text(max_size=300), max_size=5))
@example(data={"name": "\x00", "email": "a@b.nl", "function": "x", "governing_body": "y"})
@example(
    data={"name": "A", "email": "a@" + "b" * 300 + ".nl", "function": "x", "governing_body": "y"}
)
def test_no_registration_form_input_gives_a_server_error(client, agenda_page, vakschool, data):
    before = Registration.objects.count()
    response = client.post(register_url(agenda_page, vakschool), data)
    assert response.status_code in (302, 400)
    if response.status_code == 400:
        assert Registration.objects.count() == before
        assert "Controleer het formulier" in response.content.decode()


@FUZZ
@given(token=st.text(max_size=120), method=st.sampled_from(["get", "post"]))
@example(token="x" * 43, method="post")
@example(token="%00" * 30, method="get")
def test_no_cancel_link_gives_a_server_error(client, agenda_page, vakschool, token, method):
    Registration.objects.create(event=vakschool, name="A", email="a@test.nl")
    url = "/agenda/afmelden/" + quote(token, safe="") + "/"
    response = getattr(client, method)(url)
    assert response.status_code in (200, 301, 302, 404)
    assert Registration.objects.get(email="a@test.nl").status == "bevestigd"
    Registration.objects.all().delete()


def test_the_listings_counts_cost_no_query_per_event(client, groups, agenda_page):
    client.force_login(editor())
    url = reverse("wagtailsnippets_agenda_event:list")

    def queries_with(count):
        for number in range(count):
            event = EventFactory(start=future(), registration_mode="site", capacity=5)
            Registration.objects.create(event=event, name="A", email=f"a{number}@test.nl")
        client.get(url)  # the first request after changes fills per-process caches
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured), response.content.decode()

    few, _html = queries_with(2)
    many, html = queries_with(6)
    assert html.count("1/5") == 8
    assert many == few
