"""
Throttling by the client's real address (home/ratelimit.py): login lockouts (django-axes)
behind the reverse proxy.

Behind nginx every request comes from 127.0.0.1 and X-Forwarded-For names the client
(docs/operations.md); ``TRUSTED_PROXY_COUNT`` says how many proxies write that header.
"""

from django.conf import settings as django_settings
from django.test import Client, RequestFactory

import pytest
from axes.models import AccessAttempt, AccessLog

from home.ratelimit import client_ip
from tests.site_fixtures import PASSWORD

pytestmark = pytest.mark.django_db

PROXY = "127.0.0.1"
ATTACKER, OWNER = "203.0.113.5", "198.51.100.7"
LOGINS = {"site": "/account/inloggen/", "admin": "/admin/login/"}
LOCKOUT_TEXT = "Te vaak een verkeerd wachtwoord"


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
