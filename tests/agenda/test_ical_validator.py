"""The strict checker itself: it must reject what calendar programs reject."""

import pytest

from tests.agenda.ical_validator import validate

GOOD = (
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Test//NL\r\n"
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/Amsterdam\r\n"
    "BEGIN:STANDARD\r\n"
    "DTSTART:20261025T030000\r\n"
    "TZOFFSETFROM:+0200\r\n"
    "TZOFFSETTO:+0100\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:1@clb.nl\r\n"
    "DTSTAMP:20260301T110000Z\r\n"
    "DTSTART;TZID=Europe/Amsterdam:20260312T193000\r\n"
    "DTEND;TZID=Europe/Amsterdam:20260312T213000\r\n"
    "SUMMARY:Netwerk\\, wonen\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_accepts_a_good_calendar():
    assert validate(GOOD.encode()) == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda s: s.replace("\r\n", "\n"), "CRLF"),
        (lambda s: s.replace("SUMMARY:Netwerk\\, wonen", "SUMMARY:" + "x" * 80), "octets"),
        (lambda s: s.replace("SUMMARY:Netwerk\\, wonen", "SUMMARY:Netwerk, wonen"), "unescaped"),
        (lambda s: s.replace("UID:1@clb.nl\r\n", ""), "exactly one UID"),
        (lambda s: s.replace("DTSTAMP:20260301T110000Z\r\n", ""), "exactly one DTSTAMP"),
        (lambda s: s.replace("VERSION:2.0\r\n", ""), "exactly one VERSION"),
        (lambda s: s.replace("PRODID:-//Test//NL\r\n", ""), "exactly one PRODID"),
        (
            lambda s: s.replace("TZID:Europe/Amsterdam\r\n", "TZID:Europe/Brussels\r\n"),
            "no VTIMEZONE",
        ),
        (
            lambda s: s.replace(
                "DTEND;TZID=Europe/Amsterdam:20260312T213000", "DTEND;VALUE=DATE:20260313"
            ),
            "different value types",
        ),
        (lambda s: s.replace("DTSTAMP:20260301T110000Z", "DTSTAMP:20260301T110000"), "must be UTC"),
        (lambda s: s.replace("END:VEVENT\r\n", ""), "does not close"),
        (lambda s: s.replace("213000", "183000"), "DTEND before DTSTART"),
    ],
)
def test_rejects(change, problem):
    problems = validate(change(GOOD).encode())
    assert any(problem in item for item in problems), problems


def test_a_fold_must_not_split_a_character():
    folded = GOOD.replace("SUMMARY:Netwerk\\, wonen", "SUMMARY:" + "é" * 33 + "\r\n " + "é" * 5)
    assert validate(folded.encode()) == []
    broken = ("SUMMARY:" + "é" * 40).encode()
    split = broken[:75] + b"\r\n " + broken[75:]
    data = GOOD.encode().replace(b"SUMMARY:Netwerk\\, wonen", split)
    assert any("not UTF-8" in item for item in validate(data))
