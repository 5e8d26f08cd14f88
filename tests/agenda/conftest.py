import pytest

from agenda import dates
from tests.factories.agenda import AgendaPageFactory, local


@pytest.fixture
def freeze(monkeypatch):
    """freeze(moment): the agenda's clock stands still at ``moment`` (an aware datetime)."""

    def set_now(moment):
        monkeypatch.setattr(dates, "now", lambda: moment)
        return moment

    return set_now


@pytest.fixture
def now(freeze):
    """A fixed "now" for tests that do not care which: Sunday 1 March 2026, 12.00 local."""
    return freeze(local(2026, 3, 1, 12, 0))


@pytest.fixture
def agenda_page(home_page):
    return AgendaPageFactory(parent=home_page)
