"""
The attack surface: login throttling (django-axes) on the site login and the admin
login, CSRF on every form, Argon2 password hashing, secure cookies and HSTS in
production, no open redirects after logging in, and Wagtail's password forms that never
let anyone into what is restricted to groups. (The Content-Security-Policy has its own
tests.)
"""

import datetime
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import resolve
from django.utils import timezone

from wagtail.models import CollectionViewRestriction, PageViewRestriction

import pytest
from axes.models import AccessAttempt

from agenda.models import CalendarFeedToken
from motionbank.models import Motion
from tests.site_fixtures import PASSWORD
from tests.urlconf_walk import walk

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_media_root")]

User = get_user_model()
LOCKOUT_TEXT = "Te vaak een verkeerd wachtwoord"
LOGINS = {"site": "/account/inloggen/", "admin": "/admin/login/"}
IP = "10.9.8.7"


def attempt(client, which, username, password, ip=IP):
    return client.post(LOGINS[which], {"username": username, "password": password}, REMOTE_ADDR=ip)


def is_locked_out(response):
    return response.status_code in (403, 429) and LOCKOUT_TEXT in response.content.decode()


# Login throttling -------------------------------------------------------------------------


def test_axes_is_configured(settings):
    assert "axes" in django_settings.INSTALLED_APPS
    assert "axes.middleware.AxesMiddleware" in django_settings.MIDDLEWARE
    assert django_settings.AUTHENTICATION_BACKENDS[0].startswith("axes.backends.")
    assert django_settings.AXES_FAILURE_LIMIT == 5
    assert django_settings.AXES_RESET_ON_SUCCESS is True
    assert django_settings.AXES_LOCKOUT_TEMPLATE == "registration/lockout.html"


@pytest.mark.parametrize("which", ["site", "admin"])
def test_repeated_failures_lock_the_account_out_with_a_dutch_page(client, people, which):
    user = people["editor"] if which == "admin" else people["member"]
    for number in range(1, 5):
        response = attempt(client, which, user.username, f"fout-{number}")
        assert response.status_code == 200, number  # the form again, with its error
        assert not is_locked_out(response)
    response = attempt(client, which, user.username, "fout-5")
    assert is_locked_out(response)
    assert response.status_code == 429  # django-axes' AXES_HTTP_RESPONSE_CODE
    html = response.content.decode()
    assert '<html lang="nl"' in html
    assert "Wachtwoord vergeten?" in html

    # Now even the right password is refused, and nobody is logged in.
    response = attempt(client, which, user.username, PASSWORD)
    assert is_locked_out(response)
    assert "_auth_user_id" not in client.session


def test_the_lockout_applies_to_both_login_pages(client, people):
    """Failures on the site login count for the admin login too (one account)."""
    for number in range(5):
        attempt(client, "site", "redacteur", f"fout-{number}")
    assert is_locked_out(attempt(client, "admin", "redacteur", PASSWORD))


def test_other_accounts_and_addresses_are_not_locked_out(client, people):
    for number in range(5):
        attempt(client, "site", "lid1", f"fout-{number}")
    assert is_locked_out(attempt(client, "site", "lid1", PASSWORD))
    response = attempt(Client(), "site", "lid2", PASSWORD)
    assert response.status_code == 302
    response = attempt(Client(), "site", "lid1", PASSWORD, ip="10.0.0.99")
    assert response.status_code == 302


def test_the_lockout_ends_after_the_cool_off(client, people, settings):
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=10)
    for number in range(5):
        attempt(client, "site", "lid1", f"fout-{number}")
    assert is_locked_out(attempt(client, "site", "lid1", PASSWORD))

    # Nine minutes later: still locked out.
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=9))
    assert is_locked_out(attempt(client, "site", "lid1", PASSWORD))

    # Eleven minutes after the last failure: the right password works again.
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=11))
    response = attempt(client, "site", "lid1", PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(people["member"].pk)


def test_the_default_cool_off_is_half_an_hour():
    from clbsite.settings import base

    assert base.AXES_COOLOFF_TIME == 0.5  # hours, as the lockout page says


def test_a_successful_login_resets_the_count(client, people):
    for number in range(4):
        attempt(client, "site", "lid1", f"fout-{number}")
    assert attempt(client, "site", "lid1", PASSWORD).status_code == 302
    client.post("/account/uitloggen/")
    assert not AccessAttempt.objects.filter(username="lid1").exists()
    for number in range(4):
        response = attempt(client, "site", "lid1", f"weer-fout-{number}")
        assert not is_locked_out(response), number
    assert attempt(client, "site", "lid1", PASSWORD).status_code == 302


# No open redirect after logging in ----------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"],
)
def test_login_never_redirects_to_another_site(client, people, target):
    response = client.post(
        "/account/inloggen/",
        {"username": "lid1", "password": PASSWORD, "next": target},
        REMOTE_ADDR=IP,
    )
    assert response.status_code == 302
    assert response["Location"] == django_settings.LOGIN_REDIRECT_URL


# CSRF ---------------------------------------------------------------------------------------


@pytest.fixture
def csrf_client():
    return Client(enforce_csrf_checks=True)


def token_of(client, url):
    """Load a page with a form, as a browser would, and return the CSRF token."""
    response = client.get(url)
    assert response.status_code == 200, url
    return client.cookies["csrftoken"].value


def test_login_needs_the_csrf_token(csrf_client, people):
    response = csrf_client.post("/account/inloggen/", {"username": "lid1", "password": PASSWORD})
    assert response.status_code == 403
    assert "_auth_user_id" not in csrf_client.session
    token = token_of(csrf_client, "/account/inloggen/")
    response = csrf_client.post(
        "/account/inloggen/",
        {"username": "lid1", "password": PASSWORD, "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302


def test_admin_login_needs_the_csrf_token(csrf_client, people):
    response = csrf_client.post("/admin/login/", {"username": "redacteur", "password": PASSWORD})
    assert response.status_code == 403
    assert "_auth_user_id" not in csrf_client.session


def test_password_reset_needs_the_csrf_token(csrf_client, people, mailoutbox):
    response = csrf_client.post("/account/wachtwoord-vergeten/", {"email": "lotte@clb-test.nl"})
    assert response.status_code == 403
    assert mailoutbox == []
    token = token_of(csrf_client, "/account/wachtwoord-vergeten/")
    response = csrf_client.post(
        "/account/wachtwoord-vergeten/",
        {"email": "lotte@clb-test.nl", "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    assert len(mailoutbox) == 1


def test_setting_a_new_password_needs_the_csrf_token(csrf_client, people, mailoutbox):
    token = token_of(csrf_client, "/account/wachtwoord-vergeten/")
    csrf_client.post(
        "/account/wachtwoord-vergeten/",
        {"email": "lotte@clb-test.nl", "csrfmiddlewaretoken": token},
    )
    link = re.search(r"/account/wachtwoord-herstellen/\S+/", mailoutbox[0].body).group(0)
    form_url = csrf_client.get(link)["Location"]  # Django swaps the token for the session
    assert csrf_client.get(form_url).status_code == 200
    new = {"new_password1": "nieuw-wachtwoord-2025!", "new_password2": "nieuw-wachtwoord-2025!"}
    assert csrf_client.post(form_url, new).status_code == 403
    people["member"].refresh_from_db()
    assert people["member"].check_password(PASSWORD)


def test_upload_needs_the_csrf_token(csrf_client, site, people, tilburg, theme):
    csrf_client.force_login(people["member"])
    data = {
        "document_type": "motie",
        "title": "Motie Via een andere site",
        "governing_body": tilburg.pk,
        "date_submitted": "2024-09-19",
        "outcome": "aangenomen",
        "theme": theme.pk,
        "operative_text": "Verzoekt het college iets.",
    }
    assert csrf_client.post(site.bank.upload_url, data).status_code == 403
    assert not Motion.objects.filter(title="Motie Via een andere site").exists()
    token = token_of(csrf_client, site.bank.upload_url)
    response = csrf_client.post(site.bank.upload_url, {**data, "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert Motion.objects.filter(title="Motie Via een andere site").exists()


def test_resetting_the_personal_feed_needs_the_csrf_token(csrf_client, site, people):
    csrf_client.force_login(people["member"])
    url = site.agenda.route_url("feed_token")
    before = site.tokens["member"].token
    assert csrf_client.post(url, {"action": "reset"}).status_code == 403
    assert CalendarFeedToken.objects.get(user=people["member"]).token == before
    token = token_of(csrf_client, url)
    response = csrf_client.post(url, {"action": "reset", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert CalendarFeedToken.objects.get(user=people["member"]).token != before


def test_logout_needs_the_csrf_token(csrf_client, site, people):
    csrf_client.force_login(people["member"])
    assert csrf_client.post("/account/uitloggen/").status_code == 403
    assert csrf_client.session["_auth_user_id"] == str(people["member"].pk)
    token = token_of(csrf_client, site.pages["home.HomePage"].url)  # the header's logout
    assert csrf_client.post("/account/uitloggen/", {"csrfmiddlewaretoken": token}).status_code in (
        200,
        302,
    )
    assert "_auth_user_id" not in csrf_client.session


def test_removing_a_member_in_the_admin_needs_the_csrf_token(csrf_client, people):
    editor = people["editor"]  # with the permission, so that only the token is missing
    editor.user_permissions.add(Permission.objects.get(codename="manage_member_data"))
    csrf_client.force_login(editor)
    url = f"/admin/motiebank/leden/{people['member'].pk}/verwijderen/"
    assert csrf_client.post(url).status_code == 403
    assert User.objects.filter(username="lid1").exists()


# The newsletter's subscribe form sits on cached public pages, where a CSRF token would be
# another visitor's; its view refuses posts from other sites by Sec-Fetch-Site and Origin
# instead (newsletter/views.py, tests/newsletter/test_subscribe.py).
NO_TOKEN_FORMS = {"newsletter/includes/subscribe_form.html"}


def test_every_post_form_in_the_templates_has_a_csrf_token():
    forms = 0
    templates = Path(django_settings.BASE_DIR, "templates")
    for path in templates.rglob("*.html"):
        if path.relative_to(templates).as_posix() in NO_TOKEN_FORMS:
            continue
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"<form\b([^>]*)>(.*?)</form>", text, re.S | re.I):
            if re.search(r"method=[\"']post[\"']", match.group(1), re.I):
                forms += 1
                assert "{% csrf_token %}" in match.group(2), path
    assert forms >= 6


# Wagtail's admin API is built on Django REST framework, whose views are csrf_exempt
# because its SessionAuthentication checks the token itself (tested below).
ADMIN_API = "admin/api/main/"
# The one-click unsubscribe of the alert mails: a mail client POSTs it without a session or
# a token of ours (RFC 8058); the signed token in the URL says whose alerts go off, and it
# can do nothing else (tests/motionbank/test_alerts.py).
ONE_CLICK_UNSUBSCRIBE = "mijn-clb/afmelden/"
# The newsletter: its one-click unsubscribe (as above), and signing up from the form on
# cached pages, which checks Sec-Fetch-Site and Origin instead (newsletter/views.py).
NEWSLETTER_EXEMPT = ("nieuwsbrief/afmelden/", "nieuwsbrief/aanmelden/")


def test_no_view_of_the_site_is_csrf_exempt():
    """Every view, the admin's too, found from the URL configuration."""
    exempt = [route.pattern for route in walk() if getattr(_view(route), "csrf_exempt", False)]
    assert exempt
    assert [
        pattern
        for pattern in exempt
        if not pattern.startswith((ADMIN_API, ONE_CLICK_UNSUBSCRIBE, *NEWSLETTER_EXEMPT))
    ] == []


def test_the_admin_api_checks_the_csrf_token_itself(csrf_client, site, people):
    csrf_client.force_login(people["editor"])
    page = site.pages["home.StandardPage"]
    response = csrf_client.post(
        f"/admin/api/main/pages/{page.pk}/action/unpublish/",
        "{}",
        content_type="application/json",
    )
    assert response.status_code == 403
    assert "CSRF" in response.content.decode()
    page.refresh_from_db()
    assert page.live


def _view(route):
    return resolve(route.example).func


# Wagtail's password forms never open what is restricted to groups ------------------------


def test_the_password_forms_of_group_restrictions_let_nobody_in(client, site):
    collection = CollectionViewRestriction.objects.get(collection__name="Motiebank")
    page = PageViewRestriction.objects.get(page=site.bank)
    forms = [
        f"/documenten/authenticate_with_password/{collection.pk}/",
        f"/_util/authenticate_with_password/{page.pk}/{site.bank.pk}/",
    ]
    for url in forms:
        for password in ["", " ", "Leden", "None"]:
            response = client.post(url, {"password": password, "return_url": "/motiebank/"})
            assert response.status_code == 200, (url, password)  # the form again
    document = site.motions["live"].original_file
    assert client.get(document.url).status_code == 302
    assert client.get(site.bank.url).status_code == 302


# Passwords: Argon2 -------------------------------------------------------------------------


def test_argon2_is_the_first_hasher_of_the_base_and_production_settings():
    from clbsite.settings import base

    assert base.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    # The test settings use MD5 for speed, and only the test settings.
    assert django_settings.PASSWORD_HASHERS == ["django.contrib.auth.hashers.MD5PasswordHasher"]


def test_a_user_created_with_the_base_hashers_gets_an_argon2_hash(settings):
    from clbsite.settings import base

    settings.PASSWORD_HASHERS = base.PASSWORD_HASHERS
    user = User.objects.create_user("nieuw", password=PASSWORD)
    assert user.password.startswith("argon2$argon2id$")
    assert user.check_password(PASSWORD)


# Production settings, in a fresh process ----------------------------------------------------

PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-secret-key-for-the-security-test-0123456789abcdef",
    "ALLOWED_HOSTS": "clb.example.org",
    "DATABASE_URL": "postgres://clb:secret@db.example.invalid:5432/clb",
}

PRODUCTION_SCRIPT = """
import json
import django
django.setup()
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client

user = User(username="nieuw")
user.set_password("een-goed-wachtwoord-42")
https = Client(HTTP_HOST="clb.example.org").get("/robots.txt", secure=True)
http = Client(HTTP_HOST="clb.example.org").get("/robots.txt")
print(json.dumps({
    "hash": user.password,
    "settings": {name: getattr(settings, name) for name in (
        "DEBUG", "SESSION_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "CSRF_COOKIE_SECURE",
        "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD", "SECURE_CONTENT_TYPE_NOSNIFF", "X_FRAME_OPTIONS",
        "SECURE_PROXY_SSL_HEADER", "AXES_ENABLED", "WAGTAILDOCS_SERVE_METHOD",
    )},
    "hsts": https.headers.get("Strict-Transport-Security"),
    "https_status": https.status_code,
    "http_status": http.status_code,
    "http_location": http.headers.get("Location"),
}))
"""


@pytest.fixture(scope="module")
def production():
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in PRODUCTION_ENV and key != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    env.update(PRODUCTION_ENV)
    env["DJANGO_SETTINGS_MODULE"] = "clbsite.settings.production"
    result = subprocess.run(
        [sys.executable, "-c", PRODUCTION_SCRIPT],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.django_db(False)
def test_production_hashes_passwords_with_argon2(production):
    assert production["hash"].startswith("argon2$argon2id$")


@pytest.mark.django_db(False)
def test_production_cookies_are_secure_and_hsts_is_on(production):
    values = production["settings"]
    assert values["DEBUG"] is False
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 365 * 24 * 3600
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SECURE_HSTS_PRELOAD"] is True
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"] is True
    assert values["X_FRAME_OPTIONS"] == "DENY"
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["AXES_ENABLED"] is True
    assert values["WAGTAILDOCS_SERVE_METHOD"] == "serve_view"


@pytest.mark.django_db(False)
def test_production_answers_with_hsts_and_sends_http_to_https(production):
    assert production["https_status"] == 200
    assert production["hsts"] == "max-age=31536000; includeSubDomains; preload"
    assert production["http_status"] == 301
    assert production["http_location"] == "https://clb.example.org/robots.txt"
