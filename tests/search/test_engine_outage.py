"""The outage drill over the wire, with an osmem-server of the test's own: the engine
hangs (a socket that accepts and never answers), is killed, and comes back empty.
Throughout, answers come from the database within the engine's timeout plus half a
second, with the notice, suggestions too; a motion saved during the outage is not lost:
``reconcile_index`` puts it, and everything else, back into the empty engine.

Run by .ci/run's engine pass (SEARCH_ENGINE names an OpenSearch engine there); skipped
without ELASTICSEARCH_URL.
"""

import contextlib
import io
import socket
import threading
import time
from functools import partial

from django.core.management import call_command

from wagtail.search.backends import get_search_backend

import pytest

from motionbank.models import Motion
from search.backends.fallback import breaker
from search.engine import FALLBACK_NOTICE, faceted_search
from tests.engine_fixtures import ENGINE_URL, engine_params
from tests.search.test_engine import motion_facets

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.elasticsearch,
    pytest.mark.skipif(not ENGINE_URL, reason="ELASTICSEARCH_URL is not set"),
]

TIMEOUT = 1.0
WITHIN = TIMEOUT + 0.5


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class HungEngine:
    """Listens on the engine's port, accepts every connection and never answers."""

    def __init__(self, port):
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", port))
        self.listener.listen(16)
        self.accepted = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        with contextlib.suppress(OSError):
            while True:
                connection, _ = self.listener.accept()
                self.accepted.append(connection)

    def close(self):
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        for connection in self.accepted:
            connection.close()
        self.thread.join(timeout=2)


@pytest.fixture
def drill(settings):
    """An osmem-server on a free port as the site's engine (writes go to it as in
    production), the database backend as its fallback."""
    from osmem_server import OsmemServer

    port = free_port()
    servers = [OsmemServer.start(addr=f"127.0.0.1:{port}", japanese=False)]
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": engine_params(
            f"http://127.0.0.1:{port}",
            prefix="clb_drill_",
            TIMEOUT=TIMEOUT,
            BACKOFF=30,
            AUTO_UPDATE=True,
        ),
        "database": settings.WAGTAILSEARCH_BACKENDS["database"],
    }
    breaker.reset()

    def restart():
        servers.append(OsmemServer.start(addr=f"127.0.0.1:{port}", japanese=False))

    yield port, servers, restart
    breaker.reset()
    for server in servers:
        server.close()


def timed(call):
    started = time.monotonic()
    outcome = call()
    return outcome, time.monotonic() - started


def motion_search(query):
    return faceted_search(
        Motion.objects.live(), query=query, facets=motion_facets(), backend=get_search_backend()
    )


def titles(results):
    return {item.title for item in results}


def test_hung_killed_and_restarted_empty(drill, make_motion, client, home_page):
    from tests.engine_fixtures import empty_indexes
    from tests.factories import StandardPageFactory

    port, servers, restart = drill
    engine = get_search_backend()
    empty_indexes(engine)
    make_motion("Armoede bestrijden met een minimaregeling")
    StandardPageFactory(parent=home_page, title="Over de motiebank")
    for model in (Motion, type(home_page)):
        engine.get_index_for_model(model).refresh()

    healthy = motion_search("armoede")
    assert healthy.total == 1 and not healthy.notice

    # 1. Hung: the process is gone and something on its port accepts and never answers.
    servers[0].process.kill()
    servers[0].process.wait()
    hung = HungEngine(port)
    try:
        outcome, took = timed(lambda: motion_search("armoede"))
        assert took < WITHIN
        assert outcome.total == 1 and outcome.notice == FALLBACK_NOTICE

        breaker.reset()
        suggested, took = timed(
            lambda: list(get_search_backend().autocomplete("armo", Motion.objects.live()))
        )
        assert took < WITHIN
        assert titles(suggested) == {"Armoede bestrijden met een minimaregeling"}

        # A page: its own rendering plus at most the wait for the engine. The same request
        # again, with the breaker open, is the rendering alone.
        for path, query, expected in (
            ("/zoeken/suggesties/", "motieb", "Over de motiebank"),
            ("/zoeken/", "motiebank", "De zoekmachine is even niet bereikbaar"),
        ):
            breaker.reset()
            response, took = timed(partial(client.get, path, {"q": query}))
            assert expected in response.content.decode()
            _, rendering = timed(partial(client.get, path, {"q": query}))
            assert took - rendering < WITHIN, path

        # A motion saved now reaches the database index; the engine's write fails.
        breaker.reset()
        make_motion("Fietspaden langs de dijk", theme="water")
        assert motion_search("fietspaden").total == 1
    finally:
        hung.close()

    # 2. Killed: nothing listens on the port.
    breaker.reset()
    outcome, took = timed(lambda: motion_search("fietspaden"))
    assert took < WITHIN
    assert outcome.total == 1 and outcome.notice == FALLBACK_NOTICE

    # 3. Restarted empty: no index at all, until reconcile_index puts everything back.
    restart()
    breaker.reset()
    outcome, took = timed(lambda: motion_search("fietspaden"))
    assert took < WITHIN
    assert outcome.total == 1 and outcome.notice == FALLBACK_NOTICE

    out = io.StringIO()
    call_command("reconcile_index", "--backend", "default", stdout=out)
    assert "motionbank.Motion: 2 ontbrekend" in out.getvalue()
    breaker.reset()
    engine = get_search_backend()
    for model in (Motion, type(home_page)):
        engine.get_index_for_model(model).refresh()

    back = motion_search("fietspaden")
    assert back.total == 1 and not back.notice  # from the engine, with the outage's write
    assert titles(back.results) == {"Fietspaden langs de dijk"}
    suggested = engine.autocomplete("armo", Motion.objects.live())
    assert titles(suggested) == {"Armoede bestrijden met een minimaregeling"}
    assert not suggested.used_fallback
    response = client.get("/zoeken/", {"q": "motiebank"})
    assert "De zoekmachine is even niet bereikbaar" not in response.content.decode()
    assert "Over de motiebank" in response.content.decode()
