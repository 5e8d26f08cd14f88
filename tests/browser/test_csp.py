"""
The Content-Security-Policy of the public pages, without a browser: the header is there
and allows scripts from the site itself only, and the rendered HTML needs nothing more
(no inline <script>, no on*= event handler attributes). The browser tests add the other
half: a page that broke the policy fails them.

Wagtail's preview is the one response that may be framed, by the admin's own origin only
(clbsite/preview.py): checked here on the headers, and in the browser through the
editor's preview panel.
"""

import re
from html.parser import HTMLParser

from django.core.management import call_command
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest
from playwright.sync_api import expect

from motionbank.models import Motion

pytestmark = pytest.mark.django_db

PUBLIC_URLS = [
    "/",
    "/over-het-clb/",
    "/over-het-clb/toegankelijkheid/",
    "/netwerken/",
    "/netwerken/wethouders/",
    "/scholing/",
    "/scholing/jan-schaperleergang/",
    "/onderzoek/",
    "/onderzoek/afgehaakt-nederland/",
    "/handreikingen/",
    "/handreikingen/armoede/",
    "/zoeken/?q=armoede",
    "/agenda/",
    "/agenda/?soort=webinar",
    "/agenda/archief/",
    "/account/inloggen/",
    "/account/wachtwoord-vergeten/",
]
MEMBER_URLS = ["/motiebank/", "/motiebank/?q=college", "/motiebank/delen/"]


class InlineCode(HTMLParser):
    """Collects inline scripts and event handler attributes."""

    def __init__(self):
        super().__init__()
        self.problems = []

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        if tag == "script" and not names.get("src"):
            self.problems.append(f"<script> without src at line {self.getpos()[0]}")
        for name, _value in attrs:
            if name.lower().startswith("on"):
                self.problems.append(f"<{tag} {name}=...> at line {self.getpos()[0]}")


def directives(header):
    policy = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            policy[words[0].lower()] = words[1:]
    return policy


def assert_strict_policy(response, url):
    assert response.status_code in (200, 404), f"{url}: {response.status_code}"
    header = response.headers.get("Content-Security-Policy")
    assert header, f"{url} has no Content-Security-Policy header"
    policy = directives(header)
    script_src = policy.get("script-src", policy.get("default-src"))
    assert script_src is not None, f"{url}: no script-src: {header}"
    assert "'self'" in script_src, f"{url}: {header}"
    assert "'unsafe-inline'" not in header, f"{url}: {header}"
    assert "'unsafe-eval'" not in header, f"{url}: {header}"
    parser = InlineCode()
    parser.feed(response.content.decode())
    assert not parser.problems, f"{url}:\n" + "\n".join(parser.problems)


@pytest.fixture
def demo_site():
    call_command("load_demo_content", verbosity=0)


def test_public_pages_carry_a_strict_policy_and_need_no_inline_code(client, demo_site):
    agenda = client.get("/agenda/").content.decode()
    event_url = re.search(r'href="(/agenda/\d+-[-\w]+/)"', agenda).group(1)
    urls = [*PUBLIC_URLS, event_url, "/bestaat-niet/"]
    for url in urls:
        assert_strict_policy(client.get(url, follow=True), url)


def test_member_pages_need_no_inline_code(client, demo_site, django_user_model):
    client.force_login(django_user_model.objects.get(username="lid"))
    motion = Motion.objects.filter(live=True).first()
    urls = [
        *MEMBER_URLS,
        f"/motiebank/{motion.pk}-{motion.slug}/",
        "/motiebank/mijn-bijdragen/",
        "/agenda/mijn-agenda-feed/",
    ]
    for url in urls:
        assert_strict_policy(client.get(url), url)


# Wagtail's preview (clbsite/preview.py) ------------------------------------------------


def page_preview_data(page, **changes):
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


def event_preview_data(event, **changes):
    return {
        "title": event.title,
        "start": "2026-03-12 19:30",
        "end": "2026-03-12 21:30",
        "format": "fysiek",
        "venue_name": "Nieuwspoort",
        "venue_address": "Lange Poten 10, 2511 CL Den Haag",
        "join_url": "",
        "region": "landelijk",
        "event_type": "netwerkbijeenkomst",
        "audiences": [],
        "related_page": "",
        "description": rich_text("<p>Woordvoerders wisselen ervaringen uit.</p>"),
        "registration_url": "",
        "registration_deadline": "",
        "costs": "",
        "capacity_note": "",
        "go_live_at": "",
        "expire_at": "",
        **changes,
    }


def test_previews_may_be_framed_by_the_admin_only(client, site, people, settings):
    """The admin's preview panel frames the preview: its response allows the site's own
    origin as a frame ancestor, and nothing else about the policy changes. Every other
    page still refuses to be framed."""
    settings.X_FRAME_OPTIONS = "DENY"  # as in production
    client.force_login(people["editor"])
    about = site.pages["home.StandardPage"]
    event = site.events["public"]
    previews = [
        (
            reverse("wagtailadmin_pages:preview_on_edit", args=[about.pk]),
            page_preview_data(about, title="Over het CLB, herschreven"),
            "Over het CLB, herschreven",
        ),
        (
            reverse("wagtailsnippets_agenda_event:preview_on_edit", args=[event.pk]),
            event_preview_data(event, title="Netwerkavond, verplaatst"),
            "Netwerkavond, verplaatst",
        ),
    ]
    for url, data, title in previews:
        assert client.post(url, data).json()["is_valid"], url
        response = client.get(url, {"in_preview_panel": "true"})
        assert title in response.content.decode(), url
        policy = directives(response.headers["Content-Security-Policy"])
        assert policy["frame-ancestors"] == ["'self'"], url
        assert policy["script-src"] == ["'self'"], url
        assert response.headers["X-Frame-Options"] == "SAMEORIGIN", url

    client.logout()
    for url in (about.url, event.get_url()):
        response = client.get(url)
        assert response.status_code == 200, url
        policy = directives(response.headers["Content-Security-Policy"])
        assert policy["frame-ancestors"] == ["'none'"], url
        assert response.headers["X-Frame-Options"] == "DENY", url


EDITOR = ("redactie", "clb-redactie-demo")


def test_editor_sees_the_preview_of_a_page_and_an_event(page):
    """In a real browser: the preview panel of the page editor and of the event editor
    shows the page (a frame-ancestors 'none' would leave it blank and report a CSP
    violation, which fails the test)."""
    from agenda.models import Event
    from home.models import NetworkPage

    call_command("load_demo_content", verbosity=0)
    network = NetworkPage.objects.live().get(slug="wethouders")
    event = Event.objects.filter(live=True).order_by("start").first()

    page.goto("/admin/login/")
    page.locator("#id_username").fill(EDITOR[0])
    page.locator("#id_password").fill(EDITOR[1])
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(re.compile(r"/admin/$"))

    for edit_url, title in (
        (reverse("wagtailadmin_pages:edit", args=[network.pk]), network.title),
        (reverse("wagtailsnippets_agenda_event:edit", args=[event.pk]), event.title),
    ):
        page.goto(edit_url)
        page.locator('button[data-side-panel-toggle="preview"]').click()
        preview = page.frame_locator("#w-preview-iframe")
        expect(preview.get_by_role("heading", level=1)).to_have_text(title)
