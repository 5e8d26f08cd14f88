"""The motion page: every field, the copyable text, the file and Word links, related
motions, and where it was adapted from and into."""

import datetime
import re

import pytest

from tests.factories.motionbank import ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_html(client, people, bank):
    def get(motion, user="member"):
        client.force_login(people[user])
        response = client.get(bank.motion_url(motion))
        assert response.status_code == 200
        return response.content.decode()

    return get


def test_every_field_is_shown(page_html, make_motion, motion_document, people):
    motion = make_motion(
        title="Schone lucht rond scholen",
        summary="Minder auto's bij de schoolpoort.",
        document_type="amendement",
        date_submitted=datetime.date(2022, 11, 3),
        outcome="verworpen",
        submitters="Sara Schoon, Ali Adem",
        parties="PvdA, GroenLinks",
        findings="",
        considerations="",
        operative_text="",
        amended_proposal="Raadsvoorstel Mobiliteitsplan 2023",
        amendment_change="- Schoolstraten in te voeren.",
        explanation="De lucht bij scholen vies is;\nKinderen gezonde lucht verdienen;",
        source_url="https://raad.example.nl/amendement/7",
        original_file=motion_document,
        uploaded_by=people["other_member"],
        tags=["luchtkwaliteit"],
    )
    html = page_html(motion)
    for text in [
        "<h1>Schone lucht rond scholen</h1>",
        "Minder auto&#x27;s bij de schoolpoort.",
        "Amendement",
        "3 november 2022",
        "Verworpen",
        "Tilburg",
        "Gemeente, Noord-Brabant",
        "Testarmoede",
        "luchtkwaliteit",
        "Sara Schoon, Ali Adem",
        "PvdA, GroenLinks",
        "https://raad.example.nl/amendement/7",
        "Amendement op: Raadsvoorstel Mobiliteitsplan 2023",
        "besluit het ontwerpbesluit als volgt te wijzigen:",
        "De lucht bij scholen vies is;",
        "Kinderen gezonde lucht verdienen;",
        "Schoolstraten in te voeren.",
        "Origineel bestand (PDF)",
        "Gedeeld door",
    ]:
        assert text in html, text


def test_copyable_text_works_without_javascript(page_html, motion):
    html = page_html(motion)
    textarea = re.search(
        r'<textarea id="motion-copy"[^>]*readonly[^>]*>(.*?)</textarea>', html, re.S
    )
    assert textarea
    assert "gehoord de beraadslaging,\n\nconstaterende dat\n- In Tilburg veel kinderen" in (
        textarea.group(1)
    )
    assert '<label for="motion-copy">' in html
    assert 'data-copy-target="motion-copy"' in html and " hidden>" in html
    assert "js/motionbank.js" in html
    assert "<script>" not in html  # no inline scripts: ready for a strict CSP


def test_links_to_word_file_and_adapting(page_html, bank, motion_with_file):
    html = page_html(motion_with_file)
    word_url = bank.motion_url(motion_with_file, route="motion_word")
    assert f'<form id="word" class="form motion-word" method="get" action="{word_url}">' in html
    assert f'href="{word_url}?orgaan=TS0855"' in html  # the original's body, Tilburg
    assert f'href="{bank.motion_url(motion_with_file, route="motion_file")}"' in html
    assert f'href="{bank.upload_url}?gebaseerd_op={motion_with_file.pk}"' in html
    assert "Pas aan voor mijn gemeente" in html


def test_adapted_from_and_into(page_html, bank, make_motion, people):
    original = make_motion(title="Het origineel")
    copy = make_motion(title="De aanpassing", adapted_from=original)
    make_motion(
        title="Verborgen aanpassing",
        adapted_from=original,
        live=False,
        uploaded_by=people["other_member"],
    )
    html = page_html(original)
    assert "Aangepast in" in html
    assert f'href="{bank.motion_url(copy)}"' in html
    assert "Verborgen aanpassing" not in html
    html = page_html(copy)
    assert "Gebaseerd op" in html
    assert f'href="{bank.motion_url(original)}">Het origineel</a>' in html


def test_related_motions_share_theme_and_words(page_html, make_motion, theme):
    motion = make_motion(
        title="Gratis zwemles voor kinderen", findings="- Veel kinderen geen zwemdiploma halen;"
    )
    make_motion(title="Zwemles op school", findings="- Zwemles duur is voor gezinnen;")
    for number in range(6):
        make_motion(
            title=f"Zwemdiploma voor ieder kind {number}",
            findings="- Kinderen zwemles nodig hebben;",
        )
    make_motion(title="Zwemles elders", theme=ThemeFactory())
    html = page_html(motion)
    related = html.split('id="motion-related-heading"')[1].split("</section>")[0]
    titles = re.findall(r'<a href="[^"]+">([^<]+)</a>', related)
    assert len(titles) == 5
    assert "Gratis zwemles voor kinderen" not in titles
    assert "Zwemles elders" not in titles


def test_related_motions_are_found_by_the_words_rare_in_the_bank(make_motion, monkeypatch):
    from motionbank import searching
    from motionbank.models import Motion

    monkeypatch.setattr(searching, "COMMON_MIN", 3)
    for number in range(8):
        make_motion(title=f"Begroting {number}", findings="- De begroting sluitend is;")
    bank = Motion.objects.all()
    text = "begroting begroting begroting begroting zwembad zwembad sauna"
    assert searching.telling_words(text, bank, limit=2) == ["zwembad", "sauna"]
    # Only common words: the least common of them still say something.
    assert searching.telling_words("begroting begroting sluitend", bank, limit=8) == [
        "begroting",
        "sluitend",
    ]


def test_a_related_motion_withdrawn_later_is_no_longer_listed(page_html, make_motion):
    motion = make_motion(title="Gratis zwemles voor kinderen", findings="- Zwemles is duur;")
    make_motion(title="Zwemles op school", findings="- Zwemles is duur;")
    withdrawn = make_motion(title="Zwemles voor ouderen", findings="- Zwemles is duur;")

    def related():
        html = page_html(motion)
        section = html.split('id="motion-related-heading"')[1].split("</section>")[0]
        return re.findall(r'<a href="[^"]+">([^<]+)</a>', section)

    assert "Zwemles voor ouderen" in related()
    # The related motions found are remembered for a while; what is shown is not.
    withdrawn.live = False
    withdrawn.save()
    assert related() == ["Zwemles op school"]


def test_an_old_slug_redirects_to_the_current_one(client, people, bank, motion):
    client.force_login(people["member"])
    response = client.get(f"{bank.url}{motion.pk}-oude-titel/")
    assert response.status_code == 301
    assert response["Location"] == bank.motion_url(motion)


@pytest.mark.parametrize("user", ["member", "editor"])
def test_an_id_that_no_motion_has_is_not_found(client, people, bank, motion, user):
    client.force_login(people[user])
    for pk in [motion.pk + 1000, 0, 2**63 - 1, 2**63, 10**30]:
        response = client.get(f"{bank.url}{pk}-iets/")
        assert response.status_code == 404, pk


def test_one_h1_and_headings_in_order(page_html, motion):
    html = page_html(motion)
    levels = [int(level) for level in re.findall(r"<h([1-6])[ >]", html)]
    assert levels.count(1) == 1
    for before, after in zip(levels, levels[1:], strict=False):
        assert after <= before + 1, levels
