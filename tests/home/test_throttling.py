"""
Throttling by the client's real address (home/ratelimit.py): login lockouts (django-axes)
behind the reverse proxy, and the rate limits on Wagtail's password forms and on
password-reset requests.

Behind nginx every request comes from 127.0.0.1 and X-Forwarded-For names the client
(docs/operations.md); ``TRUSTED_PROXY_COUNT`` says how many proxies write that header.
"""

import re

from django.conf import settings as django_settings
from django.test import Client, RequestFactory

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest
from axes.models import AccessAttempt, AccessLog

from home.ratelimit import client_ip
from tests.factories import StandardPageFactory
from tests.site_fixtures import PASSWORD

pytestmark = pytest.mark.django_db

PROXY = "127.0.0.1"
ATTACKER, OWNER = "203.0.113.5", "198.51.100.7"
LOGINS = {"site": "/account/inloggen/", "admin": "/admin/login/"}
LOCKOUT_TEXT = "Te vaak een verkeerd wachtwoord"
TOO_MANY_TEXT = "Te veel pogingen in korte tijd"


@pytest.fixture
def behind_proxy(settings):
    """The documented production setup: nginx in front, writing X-Forwarded-For."""
    settings.TRUSTED_PROXY_COUNT = 1


def through_proxy(client, url, data, forwarded):
    return client.post(url, data, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)


def login(client, which, username, password, forwarded):
    data = {"username": username, "password": password}
    return through_proxy(client, LOGINS[which], data, forwarded)


def is_locked_out(response):
    return response.status_code == 429 and LOCKOUT_TEXT in response.content.decode()


# The client's address --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, None, PROXY),
        (0, ATTACKER, PROXY),  # nothing in front: the header is the client's own say
        (1, None, PROXY),  # not through the proxy: its address
        (1, ATTACKER, ATTACKER),  # nginx: proxy_set_header X-Forwarded-For $remote_addr
        (1, f"10.0.0.1, {ATTACKER}", ATTACKER),  # $proxy_add_x_forwarded_for, spoofed left
        (1, "2001:db8::5", "2001:db8::5"),
        (1, "onzin", PROXY),
        (2, f"10.0.0.1, {ATTACKER}, 192.0.2.1", ATTACKER),  # a CDN, then nginx
        (2, ATTACKER, PROXY),  # fewer entries than proxies: not through them all
    ],
)
def test_the_client_address_comes_from_the_trusted_proxies_only(
    settings, proxies, forwarded, expected
):
    settings.TRUSTED_PROXY_COUNT = proxies
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    request = RequestFactory().get("/", REMOTE_ADDR=PROXY, **headers)
    assert client_ip(request) == expected


def test_axes_asks_the_same_address():
    assert django_settings.AXES_CLIENT_IP_CALLABLE == "home.ratelimit.client_ip"
    assert django_settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]


# Login lockouts behind the proxy ------------------------------------------------------------


@pytest.mark.parametrize("which", ["site", "admin"])
def test_an_attacker_does_not_lock_the_owner_out(behind_proxy, people, which):
    user = people["editor"] if which == "admin" else people["member"]
    attacker = Client()
    for number in range(5):
        login(attacker, which, user.username, f"fout-{number}", ATTACKER)

    # The attacker is stopped, even with the right password...
    assert is_locked_out(login(attacker, which, user.username, PASSWORD, ATTACKER))
    # ...and the owner, at another address behind the same proxy, logs in.
    owner = Client()
    response = login(owner, which, user.username, PASSWORD, OWNER)
    assert response.status_code == 302
    assert owner.session["_auth_user_id"] == str(user.pk)

    # The records name the real addresses, never the proxy's.
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [ATTACKER]
    assert list(AccessLog.objects.values_list("ip_address", flat=True)) == [OWNER]


def test_an_attacker_who_writes_the_header_is_stopped_all_the_same(behind_proxy, people):
    """nginx appends the address it sees; what the client wrote before it is ignored."""
    attacker = Client()
    for number in range(5):
        login(attacker, "site", "lid1", f"fout-{number}", f"10.0.0.{number}, {ATTACKER}")
    response = login(attacker, "site", "lid1", PASSWORD, f"10.0.0.99, {ATTACKER}")
    assert is_locked_out(response)
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}


def test_without_a_proxy_a_spoofed_header_is_ignored(people):
    assert django_settings.TRUSTED_PROXY_COUNT == 0  # development and tests
    attacker = Client()
    for number in range(5):
        data = {"username": "lid1", "password": f"fout-{number}"}
        attacker.post(LOGINS["site"], data, REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR=OWNER)
    data = {"username": "lid1", "password": PASSWORD}
    response = attacker.post(
        LOGINS["site"], data, REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR="198.51.100.99"
    )
    assert is_locked_out(response)
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}


# Page and document passwords ----------------------------------------------------------------


@pytest.fixture
def protected(home_page):
    """A page behind a password, and its form's URL."""
    page = StandardPageFactory(parent=home_page, title="Alleen met wachtwoord", slug="geheim")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="sesam-open-u"
    )
    form_url = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    return page, form_url


def lets_in(client, page):
    """Whether the client now sees the page rather than its password form."""
    response = client.get(page.url)
    assert response.status_code == 200
    return "authenticate_with_password" not in response.content.decode()


def try_password(client, form_url, password, forwarded):
    data = {"password": password, "return_url": "/geheim/"}
    return through_proxy(client, form_url, data, forwarded)


def test_wrong_page_passwords_from_one_address_are_refused(behind_proxy, protected):
    page, form_url = protected
    limit = django_settings.RATE_LIMITS["password_form"]["address"][0]
    attacker = Client()
    for number in range(limit):
        response = try_password(attacker, form_url, f"fout-{number}", ATTACKER)
        assert response.status_code == 200, number  # the form again, with its error
        assert TOO_MANY_TEXT not in response.content.decode()

    # Over the limit even the right password is refused, on the form, in Dutch.
    response = try_password(attacker, form_url, "sesam-open-u", ATTACKER)
    assert response.status_code == 429
    html = response.content.decode()
    assert TOO_MANY_TEXT in html
    assert f'action="{form_url}"' in html
    assert "niet correct" not in html  # the password was not even checked
    assert not lets_in(attacker, page)

    # Someone at another address still gets in.
    visitor = Client()
    assert try_password(visitor, form_url, "sesam-open-u", OWNER).status_code == 302
    assert lets_in(visitor, page)


def test_wrong_passwords_for_one_page_are_limited_across_addresses(
    behind_proxy, protected, settings
):
    settings.RATE_LIMITS = {
        **settings.RATE_LIMITS,
        "password_form": {"address": (3, 900), "restriction": (5, 900)},
    }
    page, form_url = protected
    for number in range(5):
        response = try_password(Client(), form_url, "fout", f"203.0.113.{number + 10}")
        assert response.status_code == 200, number
    visitor = Client()
    response = try_password(visitor, form_url, "sesam-open-u", OWNER)
    assert response.status_code == 429
    assert TOO_MANY_TEXT in response.content.decode()
    assert not lets_in(visitor, page)


def test_a_right_page_password_is_not_counted(behind_proxy, protected, settings):
    settings.RATE_LIMITS = {
        **settings.RATE_LIMITS,
        "password_form": {"address": (2, 900), "restriction": (2, 900)},
    }
    _, form_url = protected
    for _ in range(3):
        assert try_password(Client(), form_url, "sesam-open-u", OWNER).status_code == 302


def test_wrong_document_passwords_are_refused_too(behind_proxy, settings):
    settings.RATE_LIMITS = {
        **settings.RATE_LIMITS,
        "password_form": {"address": (3, 900), "restriction": (50, 900)},
    }
    collection = Collection.get_first_root_node().add_child(name="Met wachtwoord")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="sesam-open-u",
    )
    form_url = f"/documenten/authenticate_with_password/{restriction.pk}/"
    attacker = Client()
    for number in range(3):
        assert try_password(attacker, form_url, f"fout-{number}", ATTACKER).status_code == 200
    response = try_password(attacker, form_url, "sesam-open-u", ATTACKER)
    assert response.status_code == 429
    assert TOO_MANY_TEXT in response.content.decode()
    assert try_password(Client(), form_url, "sesam-open-u", OWNER).status_code == 302


# Password reset -----------------------------------------------------------------------------

RESET = "/account/wachtwoord-vergeten/"


def request_reset(email, forwarded):
    return through_proxy(Client(), RESET, {"email": email}, forwarded)


def test_password_reset_requests_for_one_email_are_limited(behind_proxy, people, mailoutbox):
    limit = django_settings.RATE_LIMITS["password_reset"]["email"][0]
    for number in range(limit):
        response = request_reset("lotte@clb-test.nl", f"203.0.113.{number + 10}")
        assert response.status_code == 302, number
    assert len(mailoutbox) == limit

    # From yet another address, and written differently: the same e-mail address.
    response = request_reset(" Lotte@CLB-test.nl", OWNER)
    assert response.status_code == 429
    html = response.content.decode()
    assert TOO_MANY_TEXT in html
    assert '<html lang="nl"' in html
    assert 'name="email"' in html  # the form again
    assert len(mailoutbox) == limit


def test_password_reset_requests_from_one_address_are_limited(behind_proxy, people, mailoutbox):
    limit = django_settings.RATE_LIMITS["password_reset"]["address"][0]
    for number in range(limit):
        response = request_reset(f"iemand-{number}@clb-test.nl", ATTACKER)
        assert response.status_code == 302, number
    response = request_reset("lotte@clb-test.nl", ATTACKER)
    assert response.status_code == 429
    assert TOO_MANY_TEXT in response.content.decode()
    assert mailoutbox == []
    # Another address is not held up.
    assert request_reset("lotte@clb-test.nl", OWNER).status_code == 302
    assert len(mailoutbox) == 1


def _answers(email):
    """Status, redirect and page of each request until (and including) the refusal,
    with the e-mail address and the CSRF token taken out."""
    limit = django_settings.RATE_LIMITS["password_reset"]["email"][0]
    answers = []
    for number in range(limit + 1):
        response = request_reset(email, f"203.0.113.{number + 10}")
        html = response.content.decode().replace(email, "E-MAIL")
        html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
        answers.append((response.status_code, response.get("Location"), html))
    return answers


def test_the_limit_does_not_tell_whether_an_address_has_an_account(
    behind_proxy, people, mailoutbox
):
    known = _answers("lotte@clb-test.nl")
    unknown = _answers("niemand@clb-test.nl")
    assert known == unknown
    assert known[-1][0] == 429
