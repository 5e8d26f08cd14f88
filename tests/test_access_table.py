"""
Who gets what, for every URL the site serves: anonymous visitors, logged-in people who
are not members, a member, another member and an editor (Redactie).

The table below is checked against the site itself: the URL configuration, every page
type Wagtail knows and every route of every routable page. A new URL pattern, page type
or route that the table does not cover fails ``test_the_table_covers_every_url``, so
nobody can add a URL without deciding who may see it. The Wagtail admin (hundreds of
patterns) is swept separately: every one of its URLs sends anyone who is not an editor
to the admin login, except the handful that must be public (login, password reset).
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.conf import settings as django_settings
from django.urls import URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import (
    BaseViewRestriction,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    get_page_models,
)

import pytest

from home.mijnclb_views import unsubscribe_token
from newsletter.links import unsubscribe_path
from tests.factories import StandardPageFactory
from tests.site_fixtures import ROLES
from tests.urlconf_walk import walk

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_media_root")]

LOGIN = "login"  # a redirect to the Dutch login page, with the way back
ADMIN_LOGIN = "admin login"  # a redirect to Wagtail's admin login, with the way back


@dataclass(frozen=True)
class Redirect:
    """A redirect to the URL ``to(site, people)`` (status 301 or 302)."""

    to: Callable


def everyone(expected):
    return dict.fromkeys(ROLES, expected)


def members(expected=200, *, other_member=None):
    """Members and editors get ``expected``; anonymous visitors log in first, logged-in
    non-members are refused with the 403 page."""
    return {
        "anonymous": LOGIN,
        "non_member": 403,
        "member": expected,
        "other_member": expected if other_member is None else other_member,
        "editor": expected,
    }


def editors_only():
    return {**dict.fromkeys(ROLES, ADMIN_LOGIN), "editor": 200}


MEMBERS = ("member", "other_member", "editor")


@dataclass(frozen=True)
class Row:
    name: str
    covers: tuple  # keys of test_the_table_covers_every_url
    url: Callable  # (site, people) -> URL
    expect: dict  # role -> status, LOGIN, ADMIN_LOGIN or Redirect
    secrets: tuple = ()  # text that only the roles in ``shown_to`` may see
    shown_to: tuple = ()


def page_row(label, **kwargs):
    return Row(
        name=f"page {label}",
        covers=(f"page:{label}", "url:wagtail_serve"),
        url=lambda site, people: site.pages[label].url,
        expect=kwargs.pop("expect", everyone(200)),
        **kwargs,
    )


def bank_route(route, **kwargs):
    return f"route:motionbank.MotionBankPage:{route}"


def agenda_route(route):
    return f"route:agenda.AgendaPage:{route}"


def motion_url(name, route="motion"):
    return lambda site, people: site.bank.motion_url(site.motions[name], route=route)


def event_url(name):
    return lambda site, people: site.agenda.event_url(site.events[name])


def event_ics_url(name):
    return lambda site, people: site.agenda.event_ics_url(site.events[name])


def feed_url(token_owner):
    return lambda site, people: site.agenda.file_url(
        "personal_feed", token=site.tokens[token_owner].token
    )


def news_route(route):
    return f"route:news.NewsIndexPage:{route}"


NEWS_HIDDEN = ("Nieuwsbericht in concept", "Nieuwsbericht achter login")


def member_admin_url(action):
    return lambda site, people: f"/admin/motiebank/leden/{people['member'].pk}/{action}/"


ICS = ".ics"
TABLE = [
    # The account pages (Django's auth views with Dutch templates) ------------------
    Row("login", ("url:login",), lambda s, p: "/account/inloggen/", everyone(200)),
    # Logging out is a POST (tests/test_security.py); a GET is refused.
    Row("logout by GET", ("url:logout",), lambda s, p: "/account/uitloggen/", everyone(405)),
    Row(
        "password reset",
        ("url:password_reset",),
        lambda s, p: "/account/wachtwoord-vergeten/",
        everyone(200),
    ),
    Row(
        "password reset sent",
        ("url:password_reset_done",),
        lambda s, p: "/account/wachtwoord-vergeten/verstuurd/",
        everyone(200),
    ),
    Row(
        "password reset link that is not valid",
        ("url:password_reset_confirm",),
        lambda s, p: "/account/wachtwoord-herstellen/MQ/ongeldig-token/",
        everyone(200),
        secrets=('type="password"',),  # no form to set a password with
    ),
    Row(
        "password reset complete",
        ("url:password_reset_complete",),
        lambda s, p: "/account/wachtwoord-herstellen/klaar/",
        everyone(200),
    ),
    # Wagtail's own front-end login (for pages an editor restricts to logged-in people)
    # shows our Dutch login page.
    Row(
        "Wagtail's front-end login",
        ("url:wagtailcore_login",),
        lambda s, p: "/_util/login/",
        everyone(200),
        secrets=("Inloggen voor leden",),
        shown_to=ROLES,
    ),
    # Site search: members-only events and motions only for members ------------------
    Row(
        "site search for a members-only event",
        ("url:search",),
        lambda s, p: "/zoeken/?q=ledenavond",
        everyone(200),
        secrets=("Besloten ledenavond",),
        shown_to=MEMBERS,
    ),
    Row(
        "site search for a motion",
        ("url:search",),
        lambda s, p: "/zoeken/?q=schone+lucht",
        everyone(200),
        secrets=("Motie Schone lucht",),
        shown_to=MEMBERS,
    ),
    Row(
        "site search never shows a draft",
        ("url:search",),
        lambda s, p: "/zoeken/?q=behandeling+conceptavond",
        everyone(200),
        secrets=("Nog in behandeling", "Conceptavond"),
    ),
    Row(
        "search suggestions",
        ("url:search_suggestions",),
        lambda s, p: "/zoeken/suggesties/?q=besloten",
        everyone(200),
        secrets=("Besloten ledenavond",),
        shown_to=MEMBERS,
    ),
    # Crawlers ------------------------------------------------------------------------
    Row(
        "sitemap",
        ("url:sitemap",),
        lambda s, p: "/sitemap.xml",
        everyone(200),
        secrets=("/motiebank/", "besloten-ledenavond", "conceptavond"),
    ),
    Row(
        "robots.txt",
        ("url:robots_txt",),
        lambda s, p: "/robots.txt",
        everyone(200),
        secrets=("Disallow: /motiebank/", "Disallow: /admin/"),
        shown_to=ROLES,
    ),
    # Documents: a public handreiking for all; a motion's file only through its motion --
    Row(
        "public handreiking PDF",
        ("url:wagtaildocs_serve",),
        lambda s, p: s.documents["handreiking"].url,
        everyone(200),
    ),
    Row(
        "a live motion's original file at Wagtail's document URL",
        ("url:wagtaildocs_serve",),
        lambda s, p: s.motions["live"].original_file.url,
        {
            **members(Redirect(motion_url("live", "motion_file"))),
            "editor": 200,
        },
    ),
    Row(
        "a member's draft motion's file at Wagtail's document URL",
        ("url:wagtaildocs_serve",),
        lambda s, p: s.motions["draft"].original_file.url,
        {
            **members(Redirect(motion_url("draft", "motion_file")), other_member=404),
            "editor": 200,
        },
    ),
    Row(
        "a document that does not exist",
        ("url:wagtaildocs_serve",),
        lambda s, p: "/documenten/999999/bestaat-niet.pdf",
        everyone(404),
    ),
    # Wagtail's password forms for restricted collections and pages. Ours are restricted
    # to groups, never by a password: the form can be shown but never lets anyone in
    # (tests/test_security.py posts to them).
    Row(
        "password form of the motion files' collection",
        ("url:wagtaildocs_authenticate_with_password",),
        lambda s, p: (
            "/documenten/authenticate_with_password/"
            f"{CollectionViewRestriction.objects.get(collection__name='Motiebank').pk}/"
        ),
        everyone(200),
    ),
    Row(
        "password form of the motion bank page",
        ("url:wagtailcore_authenticate_with_password",),
        lambda s, p: (
            "/_util/authenticate_with_password/"
            f"{PageViewRestriction.objects.get(page=s.bank).pk}/{s.bank.pk}/"
        ),
        everyone(200),
    ),
    # Pages: every page type ----------------------------------------------------------
    page_row("home.HomePage", secrets=("Besloten ledenavond",), shown_to=MEMBERS),
    page_row("home.StandardPage"),
    page_row("home.NetworkIndexPage"),
    page_row("home.NetworkPage"),
    page_row("home.TrainingIndexPage"),
    page_row("home.TrainingTrackPage"),
    page_row("research.ResearchIndexPage"),
    page_row("research.ResearchProjectPage"),
    page_row("research.GuidanceIndexPage"),
    page_row(
        "research.GuidanceDocumentPage",
        secrets=("/documenten/",),  # the download link of the handreiking
        shown_to=ROLES,
    ),
    Row(
        "a page that does not exist",
        ("url:wagtail_serve",),
        lambda s, p: "/bestaat-niet/",
        everyone(404),
    ),
    # The news: drafts and articles behind a login never listed nor in the feeds; the
    # motions an article names only for members ----------------------------------------
    Row(
        "the news archive",
        (news_route("index"), "page:news.NewsIndexPage", "url:wagtail_serve"),
        lambda s, p: s.pages["news.NewsIndexPage"].url + "?thema=testarmoede",
        everyone(200),
        secrets=("Openbaar nieuwsbericht",),
        shown_to=ROLES,
    ),
    Row(
        "the news archive never lists a draft or a private article",
        (news_route("index"),),
        lambda s, p: s.pages["news.NewsIndexPage"].url,
        everyone(200),
        secrets=NEWS_HIDDEN,
    ),
    Row(
        "a news article: its motion named to members only",
        ("page:news.NewsArticlePage", "url:wagtail_serve"),
        lambda s, p: s.pages["news.NewsArticlePage"].url,
        everyone(200),
        secrets=("Motie Schone lucht",),
        shown_to=MEMBERS,
    ),
    Row("a draft article", ("url:wagtail_serve",), lambda s, p: "/nieuws/concept/", everyone(404)),
    Row(
        "an article behind a login",
        ("url:wagtail_serve",),
        lambda s, p: "/nieuws/besloten/",
        {**everyone(200), "anonymous": LOGIN},
    ),
    Row(
        "the news feed (Atom)",
        (news_route("feed"),),
        lambda s, p: s.pages["news.NewsIndexPage"].url + "feed/",
        everyone(200),
        secrets=NEWS_HIDDEN,
    ),
    Row(
        "the news feed (RSS) has the public article",
        (news_route("feed_rss"),),
        lambda s, p: s.pages["news.NewsIndexPage"].url + "feed/rss/",
        everyone(200),
        secrets=("Openbaar nieuwsbericht",),
        shown_to=ROLES,
    ),
    Row(
        "the network page shows the news that names it, never a draft",
        ("page:home.NetworkPage",),
        lambda s, p: s.pages["home.NetworkPage"].url,
        everyone(200),
        secrets=("Openbaar nieuwsbericht",),
        shown_to=ROLES,
    ),
    # The motion bank (members only; another member's draft is a 404) -----------------
    Row(
        "motion bank search",
        (bank_route("search"), "page:motionbank.MotionBankPage", "url:wagtail_serve"),
        lambda s, p: s.bank.url + "?q=lucht",
        members(),
        secrets=("Motie Schone lucht",),
        shown_to=MEMBERS,
    ),
    Row(
        "a draft is never found in the motion bank, not even by its uploader",
        (bank_route("search"),),
        lambda s, p: s.bank.url + "?q=behandeling",
        members(),
        secrets=("Motie Nog in behandeling",),
    ),
    Row("a live motion", (bank_route("motion"),), motion_url("live"), members()),
    Row(
        "a member's draft motion",
        (bank_route("motion"),),
        motion_url("draft"),
        members(other_member=404),
    ),
    Row(
        "a motion with the wrong slug",
        (bank_route("motion"),),
        lambda s, p: f"{s.bank.url}{s.motions['live'].pk}-verkeerd/",
        members(Redirect(motion_url("live"))),
    ),
    Row(
        "a motion that does not exist",
        (bank_route("motion"),),
        lambda s, p: f"{s.bank.url}999999-bestaat-niet/",
        members(404),
    ),
    Row(
        "a motion's short URL",
        (bank_route("motion_short"),),
        lambda s, p: f"{s.bank.url}{s.motions['live'].pk}/",
        members(Redirect(motion_url("live"))),
    ),
    Row(
        "a draft's short URL",
        (bank_route("motion_short"),),
        lambda s, p: f"{s.bank.url}{s.motions['draft'].pk}/",
        members(Redirect(motion_url("draft")), other_member=404),
    ),
    Row(
        "a live motion's file",
        (bank_route("motion_file"),),
        motion_url("live", "motion_file"),
        members(),
    ),
    Row(
        "a member's draft motion's file",
        (bank_route("motion_file"),),
        motion_url("draft", "motion_file"),
        members(other_member=404),
    ),
    Row(
        "a live motion as Word",
        (bank_route("motion_word"),),
        motion_url("live", "motion_word"),
        members(),
    ),
    Row(
        "a member's draft motion as Word",
        (bank_route("motion_word"),),
        motion_url("draft", "motion_word"),
        members(other_member=404),
    ),
    Row(
        "reageer on a live motion",
        (bank_route("motion_reply"),),
        motion_url("live", "motion_reply"),
        members(),
        # The form for others; its submitter (other_member) is told it is their own.
        secrets=('name="message"',),
        shown_to=("member", "editor"),
    ),
    Row(
        "reageer on a draft",
        (bank_route("motion_reply"),),
        motion_url("draft", "motion_reply"),
        members(404),
    ),
    Row("the upload form", (bank_route("upload"),), lambda s, p: s.bank.upload_url, members()),
    Row(
        "my submissions",
        (bank_route("mine"),),
        lambda s, p: s.bank.mine_url,
        members(),
        secrets=("Motie Nog in behandeling",),
        shown_to=("member",),
    ),
    # The agenda: members-only events for members only, never in the public feed ------
    Row(
        "the agenda",
        (agenda_route("index"), "page:agenda.AgendaPage", "url:wagtail_serve"),
        lambda s, p: s.agenda.url,
        everyone(200),
        secrets=("Besloten ledenavond",),
        shown_to=MEMBERS,
    ),
    Row(
        "the agenda never shows a draft",
        (agenda_route("index"),),
        lambda s, p: s.agenda.url,
        everyone(200),
        secrets=("Conceptavond",),
    ),
    Row(
        "the archive",
        (agenda_route("archive"),),
        lambda s, p: s.agenda.route_url("archive"),
        everyone(200),
        secrets=("Vorig jaar",),
        shown_to=ROLES,
    ),
    Row(
        "the public feed never has members-only events",
        (agenda_route("feed"), "url:calendar_file"),
        lambda s, p: s.agenda.file_url("feed"),
        everyone(200),
        secrets=("Besloten ledenavond", "Conceptavond"),
    ),
    Row(
        "the public feed has the public events",
        (agenda_route("feed"), "url:calendar_file"),
        lambda s, p: s.agenda.file_url("feed"),
        everyone(200),
        secrets=("Openbare netwerkavond",),
        shown_to=ROLES,
    ),
    # A personal feed's URL is its key (calendar programs cannot log in): it gives the
    # member's feed to whoever has it, and nothing for a token of someone who is not (or
    # no longer) a member.
    Row(
        "a member's personal feed",
        (agenda_route("personal_feed"), "url:calendar_file"),
        feed_url("member"),
        everyone(200),
        secrets=("Besloten ledenavond",),
        shown_to=ROLES,
    ),
    Row(
        "the personal feed of someone who is not a member",
        (agenda_route("personal_feed"), "url:calendar_file"),
        feed_url("non_member"),
        everyone(404),
    ),
    Row(
        "a personal feed with a made-up token",
        (agenda_route("personal_feed"), "url:calendar_file"),
        lambda s, p: s.agenda.file_url("personal_feed", token="x" * 43),
        everyone(404),
    ),
    Row(
        "my feed address: each member sees only their own token",
        (agenda_route("feed_token"),),
        lambda s, p: s.agenda.route_url("feed_token"),
        members(),
        secrets=(lambda s, p: s.tokens["member"].token,),
        shown_to=("member",),
    ),
    Row(
        "a public event",
        (agenda_route("event"),),
        event_url("public"),
        everyone(200),
        secrets=("Openbare netwerkavond",),
        shown_to=ROLES,
    ),
    Row(
        "a members-only event",
        (agenda_route("event"),),
        event_url("members only"),
        {**everyone(404), "member": 200, "other_member": 200, "editor": 200},
    ),
    Row("a draft event", (agenda_route("event"),), event_url("draft"), everyone(404)),
    Row(
        "an event with the wrong slug",
        (agenda_route("event"),),
        lambda s, p: s.agenda.route_url("event", pk=s.events["public"].pk, slug="verkeerd"),
        everyone(Redirect(event_url("public"))),
    ),
    Row(
        "an event that does not exist",
        (agenda_route("event"),),
        lambda s, p: s.agenda.route_url("event", pk=999999, slug="bestaat-niet"),
        everyone(404),
    ),
    Row(
        "a public event's calendar file",
        (agenda_route("event_ics"), "url:calendar_file"),
        event_ics_url("public"),
        everyone(200),
    ),
    Row(
        "a members-only event's calendar file",
        (agenda_route("event_ics"), "url:calendar_file"),
        event_ics_url("members only"),
        {**everyone(404), "member": 200, "other_member": 200, "editor": 200},
    ),
    Row(
        "a draft event's calendar file",
        (agenda_route("event_ics"), "url:calendar_file"),
        event_ics_url("draft"),
        everyone(404),
    ),
    # Registration on the site: the form's address takes POSTs (tests/agenda/
    # test_registration.py); a GET goes back to the event page, for those who may see it.
    Row(
        "registering for a public event by GET",
        (agenda_route("register"),),
        lambda s, p: s.agenda.route_url(
            "register", pk=s.events["public"].pk, slug=s.events["public"].slug
        ),
        everyone(Redirect(event_url("public"))),
    ),
    Row(
        "registering for a members-only event by GET",
        (agenda_route("register"),),
        lambda s, p: s.agenda.route_url(
            "register", pk=s.events["members only"].pk, slug=s.events["members only"].slug
        ),
        {
            **everyone(404),
            **dict.fromkeys(MEMBERS, Redirect(event_url("members only"))),
        },
    ),
    Row(
        "registering for a draft event by GET",
        (agenda_route("register"),),
        lambda s, p: s.agenda.route_url(
            "register", pk=s.events["draft"].pk, slug=s.events["draft"].slug
        ),
        everyone(404),
    ),
    # The cancel link of the mails: whoever has the token (it is the secret); it asks
    # before it cancels (a POST). A wrong token is a 404.
    Row(
        "a registration's cancel link",
        (agenda_route("cancel_registration"),),
        lambda s, p: s.agenda.route_url("cancel_registration", token=s.registrations["public"]),
        everyone(200),
        secrets=("Lotte Registrant",),
        shown_to=ROLES,
    ),
    Row(
        "a cancel link with a wrong token",
        (agenda_route("cancel_registration"),),
        lambda s, p: s.agenda.route_url("cancel_registration", token="x" * 43),
        everyone(404),
    ),
    Row(
        "Mijn CLB: cancelling a registration by GET",
        ("url:mijn_clb_action",),
        lambda s, p: "/mijn-clb/aanmeldingen/annuleer/",
        members(405),
    ),
    # Mijn CLB: members only, each member sees only their own things ---------------------
    Row(
        "Mijn CLB",
        ("url:mijn_clb",),
        lambda s, p: "/mijn-clb/",
        members(),
        secrets=("Notitie van Lotte", "Zoekopdracht van Lotte"),
        shown_to=("member",),
    ),
    Row(
        "Mijn CLB: changing the password",
        ("url:mijn_clb_password",),
        lambda s, p: "/mijn-clb/wachtwoord/",
        members(),
    ),
    # The forms of the sections take POSTs only (tests/motionbank/test_mijn_clb.py: another
    # member's saved items by id are a 404).
    Row(
        "Mijn CLB: a section's form by GET",
        ("url:mijn_clb_action",),
        lambda s, p: "/mijn-clb/bewaarde-moties/verwijder/",
        members(405),
    ),
    Row(
        "Mijn CLB: editing a submission by GET",
        ("url:mijn_clb_action",),
        lambda s, p: "/mijn-clb/mijn-bijdragen/bewerken/",
        members(405),
    ),
    Row(
        "Mijn CLB: changing function and governing body by GET",
        ("url:mijn_clb_action",),
        lambda s, p: "/mijn-clb/functie/wijzig/",
        members(405),
    ),
    # The unsubscribe link of the alert mails works without logging in.
    Row(
        "the unsubscribe link of the alert mails",
        ("url:mijn_clb_unsubscribe",),
        lambda s, p: f"/mijn-clb/afmelden/{unsubscribe_token(p['member'])}/",
        everyone(200),
        secrets=("Zoekopdracht van Lotte", "lotte@clb-test.nl"),
    ),
    Row(
        "an unsubscribe link that is not valid",
        ("url:mijn_clb_unsubscribe",),
        lambda s, p: "/mijn-clb/afmelden/vals/",
        everyone(404),
    ),
    # The link that confirms a new e-mail address (sent to that address) needs no login.
    Row(
        "an e-mail confirmation link that is not valid",
        ("url:mijn_clb_confirm_email",),
        lambda s, p: "/mijn-clb/e-mail-bevestigen/vals/",
        everyone(404),
    ),
    # The newsletter: public pages, never a draft issue; its links work without a login --
    Row(
        "the newsletter page",
        (
            "page:newsletter.NewsletterIndexPage",
            "route:newsletter.NewsletterIndexPage:index_view",
            "url:wagtail_serve",
        ),
        lambda s, p: s.newsletter.url,
        everyone(200),
        secrets=("Lokaal Bestuur december",),
        shown_to=ROLES,
    ),
    Row(
        "the newsletter page never shows a draft issue",
        ("route:newsletter.NewsletterIndexPage:index_view",),
        lambda s, p: s.newsletter.url,
        everyone(200),
        secrets=("Conceptnummer",),
    ),
    Row(
        "the newsletter archive never shows a draft issue",
        ("route:newsletter.NewsletterIndexPage:archive_view",),
        lambda s, p: s.newsletter.url + "archief/",
        everyone(200),
        secrets=("Conceptnummer",),
    ),
    page_row("newsletter.NewsletterIssuePage"),
    Row(
        "a draft newsletter issue",
        ("url:wagtail_serve",),
        lambda s, p: s.newsletter.url + s.newsletter_draft.slug + "/",
        everyone(404),
    ),
    Row(
        "the newsletter's subscribe form",
        ("url:newsletter_subscribe",),
        lambda s, p: "/nieuwsbrief/aanmelden/",
        everyone(200),
        secrets=("abonnee@voorbeeld.nl",),
    ),
    Row(
        "a newsletter confirmation link that is not valid",
        ("url:newsletter_confirm",),
        lambda s, p: "/nieuwsbrief/bevestigen/vals/",
        everyone(404),
    ),
    # The unsubscribe link names its subscriber's address, to whoever has the link.
    Row(
        "a subscriber's unsubscribe link",
        ("url:newsletter_unsubscribe",),
        lambda s, p: unsubscribe_path(s.subscriber),
        everyone(200),
        secrets=("abonnee@voorbeeld.nl",),
        shown_to=("anonymous", "non_member", "member", "other_member", "editor"),
    ),
    Row(
        "a newsletter unsubscribe link that is not valid",
        ("url:newsletter_unsubscribe",),
        lambda s, p: "/nieuwsbrief/afmelden/vals/",
        everyone(404),
    ),
    # The admin: editors only (and test_every_admin_url_needs_an_editor) ----------------
    Row("the admin dashboard", ("admin/",), lambda s, p: "/admin/", editors_only()),
    Row(
        "the admin login",
        ("admin/",),
        lambda s, p: "/admin/login/",
        {**everyone(200), "editor": Redirect(lambda s, p: "/admin/")},
    ),
    Row(
        "the motions in the admin",
        ("admin/",),
        lambda s, p: "/admin/snippets/motionbank/motion/",
        editors_only(),
        secrets=("Motie Nog in behandeling",),
        shown_to=("editor",),
    ),
    Row(
        "the newsletter's subscribers in the admin",
        ("admin/",),
        lambda s, p: "/admin/nieuwsbrief/abonnees/",
        editors_only(),
        secrets=("abonnee@voorbeeld.nl",),
        shown_to=("editor",),
    ),
    Row(
        "the newsletter's subscribers exported",
        ("admin/",),
        lambda s, p: "/admin/nieuwsbrief/abonnees/?export=csv",
        editors_only(),
        secrets=("abonnee@voorbeeld.nl",),
        shown_to=("editor",),
    ),
    Row(
        "sending a newsletter issue in the admin",
        ("admin/",),
        lambda s, p: f"/admin/nieuwsbrief/nummers/{s.newsletter_draft.pk}/verzenden/",
        editors_only(),
        secrets=("Conceptnummer",),
        shown_to=("editor",),
    ),
    Row(
        "the members in the admin",
        ("admin/",),
        lambda s, p: "/admin/motionbank/member/",
        editors_only(),
        secrets=("Lotte Lid",),
        shown_to=("editor",),
    ),
    Row(
        "saved-search counts in the admin: counts, never what members saved",
        ("admin/",),
        lambda s, p: "/admin/motiebank/zoekopdrachten/",
        editors_only(),
        secrets=("Zoekopdracht van Lotte", "Notitie van Lotte"),
    ),
    # A member's data: only with the permission manage_member_data, which Redactie does
    # not have; Wagtail sends an editor without it back to the dashboard with a message
    # (the whole role table: tests/motionbank/test_member_data_admin.py).
    Row(
        "a member's data in the admin",
        ("admin/",),
        member_admin_url("gegevens"),
        {**editors_only(), "editor": Redirect(lambda s, p: "/admin/")},
        secrets=("lotte@clb-test.nl",),
    ),
    Row(
        "removing a member in the admin (the confirmation)",
        ("admin/",),
        member_admin_url("verwijderen"),
        {**editors_only(), "editor": Redirect(lambda s, p: "/admin/")},
    ),
]


# The table covers the site ---------------------------------------------------------------


def required_keys():
    """What the site serves: every URL pattern outside the admin (the admin as one, swept
    below), every page type, every route of every routable page."""
    keys = set()
    for entry in get_resolver().url_patterns:
        if isinstance(entry, URLResolver) and str(entry.pattern) == "admin/":
            keys.add("admin/")
    for route in walk():
        if not route.pattern.startswith("admin/"):
            keys.add(f"url:{route.name or route.pattern}")
    for model in get_page_models():
        if model is Page:
            continue  # the tree's root, never served
        keys.add(f"page:{model._meta.label}")
        if issubclass(model, RoutablePageMixin):
            seen = set()
            for pattern in model.get_subpage_urls():
                regex = pattern.pattern.regex.pattern
                if regex not in seen:  # else shadowed: RoutablePageMixin's own index_route
                    keys.add(f"route:{model._meta.label}:{pattern.name}")
                seen.add(regex)
    return keys


def test_the_table_covers_every_url():
    covered = {key for row in TABLE for key in row.covers}
    required = required_keys()
    assert required - covered == set(), "URLs, page types or routes without a row in TABLE"
    assert covered - required == set(), "rows for URLs the site no longer serves"


def test_the_development_urlconf_serves_no_documents(settings):
    """In development (DEBUG) only images are served from MEDIA_ROOT: never documents."""
    import importlib.util

    path = django_settings.BASE_DIR / "clbsite" / "urls.py"
    settings.DEBUG = True
    spec = importlib.util.spec_from_file_location("clbsite_urls_with_debug", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert resolve("/media/images/foto.jpg", urlconf=module).url_name is None  # served
    for path in ("/media/documents/motie.pdf", "/media/documents/../images/x", "/media/x"):
        with pytest.raises(Resolver404):
            resolve(path, urlconf=module)


# Each row, for each role -----------------------------------------------------------------


def _check(response, expected, url, site, people):
    where = response.get("Location", "")
    if expected in (LOGIN, ADMIN_LOGIN):
        login = "/account/inloggen/" if expected == LOGIN else "/admin/login/"
        assert response.status_code == 302, (url, response.status_code)
        target = urlsplit(where)
        assert target.path == login, where
        assert parse_qs(target.query)["next"] == [url], where
    elif isinstance(expected, Redirect):
        assert response.status_code in (301, 302), (url, response.status_code)
        assert where == expected.to(site, people)
    else:
        assert response.status_code == expected, (url, response.status_code, where)


def _body(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


@pytest.mark.parametrize("role", ROLES)
def test_every_row_for_every_role(site, people, client_for, role):
    client = client_for(people.get(role))
    failures = []
    for row in TABLE:
        url = row.url(site, people)
        response = client.get(url)
        try:
            _check(response, row.expect[role], url, site, people)
            if row.secrets and response.status_code == 200:
                body = _body(response)
                for secret in row.secrets:
                    text = secret(site, people) if callable(secret) else secret
                    if (text in body) != (role in row.shown_to):
                        problem = "missing" if role in row.shown_to else "shown"
                        failures.append(f"{row.name} ({url}): {text!r} {problem}")
        except AssertionError as error:
            failures.append(f"{row.name} ({url}): {error}")
    assert not failures, f"{role}:\n" + "\n".join(failures)


# The admin: every URL needs an editor ---------------------------------------------------

# Admin URLs that must answer without a login: logging in and resetting a password, the
# admin's translations and icons (no data).
PUBLIC_ADMIN_URLS = {
    "wagtailadmin_login",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


def admin_routes():
    routes = [route for route in walk() if route.pattern.startswith("admin/")]
    assert len(routes) > 100  # Wagtail's admin, with the snippets and modeladmin views
    return routes


def test_every_admin_url_example_resolves_to_its_pattern():
    for route in admin_routes():
        match = resolve(route.example)
        assert match.url_name == route.name, (route, match.url_name)


@pytest.mark.parametrize("role", ["anonymous", "non_member", "member"])
def test_every_admin_url_needs_an_editor(site, people, client_for, role):
    """All admin URLs (with placeholder ids) send non-editors to the admin login."""
    client = client_for(people.get(role))
    failures = []
    for route in admin_routes():
        response = client.get(route.example)
        if route.name in PUBLIC_ADMIN_URLS:
            assert response.status_code == 200, route
            continue
        where = urlsplit(response.get("Location", ""))
        if response.status_code != 302 or where.path != "/admin/login/":
            failures.append(f"{route.pattern} ({route.example}): {response.status_code}")
    assert not failures, "\n".join(failures)
    assert {route.name for route in admin_routes()} >= PUBLIC_ADMIN_URLS


# Files are never reachable at a public media URL ------------------------------------------


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("which", ["live", "draft"])
def test_motion_files_are_not_served_from_media(site, people, client_for, role, which):
    document = site.motions[which].original_file
    assert document.file.name.startswith("documents/")
    assert (django_settings.MEDIA_ROOT / document.file.name).exists()
    client = client_for(people.get(role))
    for url in (
        f"{django_settings.MEDIA_URL}{document.file.name}",
        document.file.url,  # what the storage would call its URL
        f"/{document.file.name}",
    ):
        assert client.get(url).status_code == 404, url


# Wagtail's own page privacy leads to the Dutch login page -------------------------------


def test_a_page_an_editor_restricts_to_logged_in_people_uses_the_dutch_login(
    site, people, client_for
):
    page = StandardPageFactory(parent=site.pages["home.HomePage"], title="Intern", slug="intern")
    PageViewRestriction.objects.create(page=page, restriction_type=BaseViewRestriction.LOGIN)
    response = client_for(None).get(page.url)
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert target.path == "/account/inloggen/"
    assert parse_qs(target.query)["next"] == [page.url]
    assert client_for(people["non_member"]).get(page.url).status_code == 200
