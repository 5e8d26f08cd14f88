"""The demo motion bank (motionbank/demo/motions.jsonl) is worth searching: enough items
of every type, tier and province, recent, of realistic length, each with its source."""

import datetime
import statistics
from collections import Counter
from urllib.parse import urlsplit

import pytest

from home.provinces import PROVINCES
from motionbank.demo.loader import MOTIONS_FILE
from motionbank.documents import PART_FIELDS
from motionbank.io import Lookups, read_rows, validate_row
from motionbank.models.motions import DocumentType
from motionbank.models.reference import Tier

pytestmark = pytest.mark.django_db


@pytest.fixture
def bank():
    """Every row of the demo file as the importer validates it."""
    lookups = Lookups()
    items = []
    for line, raw in read_rows(MOTIONS_FILE):
        values, reason = validate_row(raw, lookups)
        assert reason is None, f"regel {line}: {reason}"
        items.append(values)
    return items


def words(values):
    text = " ".join([values["summary"], *(values[name] for name in PART_FIELDS)])
    return len(text.split())


def test_the_demo_bank_is_large_and_varied(bank):
    assert len(bank) >= 300
    types = Counter(values["document_type"] for values in bank)
    assert set(types) == set(DocumentType.values)
    # Mostly motions, then written questions and amendments, a few initiative proposals.
    assert (
        types["motie"]
        > types["schriftelijke_vragen"]
        > types["amendement"]
        > types["initiatiefvoorstel"]
    )
    tiers = Counter(values["governing_body"].tier for values in bank)
    assert set(tiers) == set(Tier.values)
    assert tiers[Tier.MUNICIPALITY] > tiers[Tier.PROVINCE] + tiers[Tier.WATER_BOARD]
    assert {values["governing_body"].province for values in bank} == set(PROVINCES)
    assert len({values["theme"] for values in bank}) == 15
    assert len({values["outcome"] for values in bank}) == 5


def test_the_demo_bank_is_recent_but_not_from_the_future(bank):
    dates = [values["date_submitted"] for values in bank]
    assert max(dates) <= datetime.date(2026, 12, 1)
    years = Counter(date.year for date in dates)
    assert all(years[year] >= 10 for year in range(2019, 2027))
    for values in bank:
        if values["answered_on"]:
            assert values["date_submitted"] < values["answered_on"] <= datetime.date(2026, 12, 1)


def test_the_demo_items_have_realistic_length_and_a_source(bank):
    assert statistics.median(words(values) for values in bank) >= 150
    for values in bank:
        assert values["submitters"] and "PvdA" in values["parties"], values["title"]
        url = urlsplit(values["source_url"])
        assert url.scheme == "https" and url.hostname and url.path.startswith("/document/")


def test_every_type_has_the_parts_it_needs(bank):
    from motionbank.documents import missing_parts

    for values in bank:
        assert not missing_parts(values["document_type"], values), values["title"]
    questions = [v for v in bank if v["document_type"] == "schriftelijke_vragen"]
    assert any(v["answers"] and v["answered_on"] for v in questions)
    assert any(not v["answers"] for v in questions)
