"""The password-reset mail links to the site's configured address (WAGTAILADMIN_BASE_URL),
never to the host the request named."""

import re

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_reset_link_uses_the_base_url(client, settings, mailoutbox):
    settings.WAGTAILADMIN_BASE_URL = "https://www.clb.example.org"
    UserFactory(username="vergeetachtig", email="vergeet@clb-test.nl")
    response = client.post(
        "/account/wachtwoord-vergeten/", {"email": "vergeet@clb-test.nl"}, HTTP_HOST="localhost"
    )
    assert response.status_code == 302
    (message,) = mailoutbox
    links = re.findall(r"https?://\S+", message.body)
    assert len(links) == 1
    assert links[0].startswith("https://www.clb.example.org/account/wachtwoord-herstellen/")
    assert "localhost" not in message.body
