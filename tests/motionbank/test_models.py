"""The motion bank's models and reference data."""

import datetime

from wagtail.search.backends import get_search_backend

import pytest

from motionbank.models import GoverningBody, Member, Motion, MotionBankPage, Theme
from motionbank.text import normalize_title, overlap
from tests.factories.motionbank import GoverningBodyFactory, MemberFactory

pytestmark = pytest.mark.django_db


def test_motion_copies_tier_province_year_and_keys_on_save(make_motion):
    body = GoverningBodyFactory(name="Veldhoven-test", tier="gemeente", province="Noord-Brabant")
    motion = make_motion(
        title="Financiën: een Eerlijk gemeentefonds!",
        governing_body=body,
        date_submitted=datetime.date(2021, 6, 3),
    )
    assert (motion.tier, motion.province, motion.year) == ("gemeente", "Noord-Brabant", 2021)
    assert motion.slug == "financien-een-eerlijk-gemeentefonds"
    assert motion.title_key == "financien een eerlijk gemeentefonds"


def test_changing_a_governing_body_moves_its_motions_in_filters_and_index(make_motion):
    body = GoverningBodyFactory(name="Verhuisdorp", province="Utrecht")
    motion = make_motion(title="Verhuisde motie", governing_body=body)
    body.province = "Gelderland"
    body.save()
    motion.refresh_from_db()
    assert motion.province == "Gelderland"
    found = get_search_backend().search("verhuisde", Motion.objects.filter(province="Gelderland"))
    assert [m.pk for m in found] == [motion.pk]


def test_display_names_tell_a_province_from_its_city():
    city = GoverningBody(name="Utrecht", tier="gemeente", province="Utrecht")
    province = GoverningBody(name="Utrecht", tier="provincie", province="Utrecht")
    water = GoverningBody(name="Waterschap Aa en Maas", tier="waterschap", province="Noord-Brabant")
    assert (str(city), str(province), str(water)) == (
        "Utrecht",
        "Provincie Utrecht",
        "Waterschap Aa en Maas",
    )
    assert province.assembly == "Provinciale Staten van Utrecht"
    assert water.executive == "het dagelijks bestuur"


def test_reference_data_is_loaded_by_migration():
    """The migration loads 342 municipalities, 12 provinces and 21 water boards (2025)."""
    assert GoverningBody.objects.get(code="GM0855").name == "Tilburg"
    assert GoverningBody.objects.filter(code__startswith="GM").count() == 342
    assert GoverningBody.objects.filter(code__startswith="PV").count() == 12
    assert GoverningBody.objects.filter(code__startswith="WS").count() == 21
    assert Theme.objects.filter(slug="armoede-en-schulden").exists()


def test_member_record(people, breda):
    member = Member.objects.get(user=people["member"])
    assert str(member) == "Lotte Lid"
    assert member.governing_body == breda
    assert Member.for_user(people["other_member"]) is None


def test_a_member_leaving_keeps_their_motions_as_nobodys(make_motion):
    member = MemberFactory()
    motion = make_motion(title="Nalatenschap", uploaded_by=member.user)
    member.user.delete()
    motion.refresh_from_db()
    assert motion.uploaded_by is None
    assert not Member.objects.filter(pk=member.pk).exists()


def test_adaptations_are_linked_both_ways(make_motion):
    original = make_motion(title="Origineel")
    copy = make_motion(title="Kopie", adapted_from=original)
    assert list(original.adaptations.all()) == [copy]
    original.delete()
    copy.refresh_from_db()
    assert copy.adapted_from is None


def test_copy_text_has_the_parts_with_headings(motion):
    text = motion.copy_text
    assert text.startswith(
        "Geen kind buiten spel\n\nDe raad van de gemeente Tilburg, in vergadering bijeen op "
        "[datum],\ngehoord de beraadslaging,\n\nconstaterende dat\n- In Tilburg"
    )
    assert "overwegende dat\n- Kinderen" in text
    assert "verzoekt het college van burgemeester en wethouders\n- Het college" in text
    assert text.endswith("en gaat over tot de orde van de dag.\n[Naam indiener], [fractie]")


def test_motion_url_is_under_the_bank(bank, motion):
    assert motion.get_absolute_url() == f"/motiebank/{motion.pk}-geen-kind-buiten-spel/"


def test_motion_bank_page_rules(home_page, bank):
    assert MotionBankPage.parent_page_types == ["home.HomePage"]
    assert MotionBankPage.subpage_types == []
    assert not MotionBankPage.can_create_at(home_page)  # max_count = 1


def test_text_helpers():
    assert normalize_title("  Geen Kind — buiten spel!! ") == "geen kind buiten spel"
    assert overlap("a b c d e", "a b c d e") == 1.0
    assert overlap("een twee drie vier", "vijf zes zeven acht") == 0.0
