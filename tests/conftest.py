import shutil

from django.conf import settings

from wagtail.models import Page, Site

import pytest

# Fixtures for a small site with members, staff and motions (tests/site_fixtures.py).
# The search engine of the engine pass, when ELASTICSEARCH_URL is set (tests/engine_fixtures.py).
# A real SMTP server for delivery tests, the fixture `smtp` (tests/mailserver.py).
pytest_plugins = ["tests.site_fixtures", "tests.engine_fixtures", "tests.mailserver"]


@pytest.fixture(autouse=True, scope="session")
def _clean_media():
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture
def home_page(db):
    """A HomePage as the root of the default site (Wagtail's welcome page removed)."""
    from tests.factories import HomePageFactory

    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: what an earlier test cached (the site's
    menu and footer, related motions) described rows rolled back since."""
    from django.core.cache import caches

    for alias in caches:
        caches[alias].clear()
    yield


@pytest.fixture(autouse=True)
def _fresh_search_memory():
    """Each test starts with empty in-memory search columns (search/fastindex): the
    rows they described may have been rolled back with the previous test."""
    from search.fastindex.registry import reset

    reset()
    yield
    reset()


@pytest.fixture(autouse=True)
def _background_tasks_must_not_fail(request):
    """A background task (indexing, text extraction...) that fails fails the test: the
    immediate task backend would otherwise only log it. Mark a test with
    ``@pytest.mark.task_failures_expected`` when failing is the point."""
    from django_tasks.base import TaskResultStatus
    from django_tasks.signals import task_finished

    failures = []

    def collect(sender, task_result, **kwargs):
        if task_result.status == TaskResultStatus.FAILED:
            failures.append(f"{task_result.task.module_path}: {task_result.errors[-1].traceback}")

    task_finished.connect(collect, weak=False)
    yield failures
    task_finished.disconnect(collect)
    if failures and not request.node.get_closest_marker("task_failures_expected"):
        pytest.fail("A background task failed:\n" + "\n".join(failures), pytrace=False)
