"""gunicorn.conf.py fills the search columns and compiles templates before forking."""

import logging
import runpy
from pathlib import Path

from django.db import connection

import pytest

from motionbank.models import Motion
from search.fastindex import registry
from tests.factories.motionbank import MotionFactory

CONFIG = Path(__file__).resolve().parent.parent / "gunicorn.conf.py"


class Server:
    log = logging.getLogger("gunicorn-test")


@pytest.mark.django_db(transaction=True)
def test_the_master_loads_search_columns_and_leaves_no_connection_open():
    MotionFactory.create_batch(3)
    config = runpy.run_path(str(CONFIG))
    assert config["preload_app"] is True
    registry.reset()
    config["when_ready"](Server())
    if not (connection.vendor == "sqlite" and connection.is_in_memory_db()):
        # Forked workers must not share it (Django never closes an in-memory SQLite).
        assert connection.connection is None
    assert ("motionbank.motion", "default") in registry._stores
    assert len(registry._stores[("motionbank.motion", "default")]) == Motion.objects.count()


@pytest.mark.django_db(transaction=True)
def test_what_the_master_loaded_is_frozen_for_the_garbage_collector():
    """Workers' collections skip what they inherit (gc.freeze() before forking)."""
    import gc

    config = runpy.run_path(str(CONFIG))
    try:
        config["when_ready"](Server())
        assert gc.get_freeze_count() > 10_000  # modules, templates, the columns' objects
    finally:
        gc.unfreeze()
