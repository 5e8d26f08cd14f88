"""
The Content-Security-Policy of the public pages, without a browser: the header is there
and allows scripts from the site itself only, and the rendered HTML needs nothing more
(no inline <script>, no on*= event handler attributes). The browser tests add the other
half: a page that broke the policy fails them.
"""

import re
from html.parser import HTMLParser

from django.core.management import call_command

import pytest

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
