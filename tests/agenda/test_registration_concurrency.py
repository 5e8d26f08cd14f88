"""
Two people asking for the last place at the same moment: one gets it, the other the
waiting list (agenda/registrations.py locks the event's row and then counts). Real
concurrent transactions on two database connections, which only PostgreSQL gives: on
SQLite every write transaction runs alone anyway. CI runs this with DATABASE_URL set to
PostgreSQL.
"""

import datetime
import threading

from django.db import connection, connections
from django.utils import timezone

import pytest

from agenda import registrations
from agenda.models import Registration
from tests.factories.agenda import EventFactory

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL (row locks and concurrent transactions); SQLite "
        "serialises every write transaction, so there is no race to test",
    ),
    pytest.mark.django_db(transaction=True),
]


def register_at_once(event, addresses):
    """Each address registers in its own thread and connection, released together."""
    barrier = threading.Barrier(len(addresses))
    outcomes, errors = {}, []

    def run(address):
        try:
            barrier.wait(timeout=30)
            outcome = registrations.register(
                event, name=address, email=address, function="raadslid", governing_body="X"
            )
            outcomes[address] = outcome.registration.status
        except Exception as error:  # reported below, never swallowed
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(address,)) for address in addresses]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return outcomes


def test_two_people_for_the_last_place_one_gets_it_the_other_waits():
    event = EventFactory(
        start=timezone.now() + datetime.timedelta(days=10), registration_mode="site", capacity=1
    )
    for _round in range(5):
        Registration.objects.all().delete()
        outcomes = register_at_once(event, ["een@test.nl", "twee@test.nl"])
        assert sorted(outcomes.values()) == ["bevestigd", "wachtlijst"]
        assert Registration.objects.confirmed().count() == 1


def test_the_same_address_twice_at_once_registers_once():
    event = EventFactory(
        start=timezone.now() + datetime.timedelta(days=10), registration_mode="site", capacity=5
    )
    register_at_once(event, ["zelfde@test.nl", "ZELFDE@test.nl", "zelfde@test.nl "])
    assert Registration.objects.filter(event=event).count() == 1


def test_a_cancellation_and_a_new_registration_at_once_never_overbook():
    event = EventFactory(
        start=timezone.now() + datetime.timedelta(days=10), registration_mode="site", capacity=1
    )
    first = registrations.register(event, name="A", email="a@test.nl").registration
    registrations.register(event, name="B", email="b@test.nl")  # waiting
    barrier = threading.Barrier(2)
    errors = []

    def cancel():
        try:
            barrier.wait(timeout=30)
            registrations.cancel(first)
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    def join():
        try:
            barrier.wait(timeout=30)
            registrations.register(event, name="C", email="c@test.nl")
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=cancel), threading.Thread(target=join)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert Registration.objects.confirmed().count() == 1
    # B was waiting first: B has the place whoever ran first, C waits.
    assert Registration.objects.get(email="b@test.nl").status == "bevestigd"
    assert Registration.objects.get(email="c@test.nl").status == "wachtlijst"
