"""
Demo events: a year of CLB activities around today (about six months back and six
ahead), after the activity tables of the annual programmes in shared/seeds: network
meetings per theme and function, vakscholen, the burgemeestersdag, Schaper and Wibaut
sessions, the masterclass financiën, webinars, the ALV.

Idempotent: an event that already exists (same title, same start date) is left alone,
so running the loader twice on one day changes nothing. Events link to the network or
training page with the given slug when the demo site has it.
"""

import calendar
import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils.text import slugify

from wagtail.models import Page

from agenda import dates
from agenda.models import Event, EventFormat, EventType
from home.models import Audience, NetworkPage, TrainingTrackPage

NIEUWSPOORT = ("Nieuwspoort", "Lange Poten 10, 2511 CL Den Haag")
JAARBEURS = ("Jaarbeurs", "Jaarbeursplein 6, 3521 AL Utrecht")
PROVINCIEHUIS_UTRECHT = ("Provinciehuis Utrecht", "Archimedeslaan 6, 3584 BA Utrecht")
STADHUIS_ROTTERDAM = ("Stadhuis Rotterdam", "Coolsingel 40, 3011 AD Rotterdam")
STADHUIS_ZWOLLE = ("Stadhuis Zwolle", "Grote Kerkplein 15, 8011 PK Zwolle")
PROVINCIEHUIS_GELDERLAND = ("Provinciehuis Gelderland", "Markt 11, 6811 CG Arnhem")
PROVINCIEHUIS_BRABANT = ("Provinciehuis Noord-Brabant", "Brabantlaan 1, 5216 TV 's-Hertogenbosch")
PROVINCIEHUIS_ZUID_HOLLAND = ("Provinciehuis Zuid-Holland", "Zuid-Hollandplein 1, 2596 AW Den Haag")
STADHUIS_GRONINGEN = ("Stadhuis Groningen", "Grote Markt 1, 9711 LV Groningen")
STADHUIS_AMSTERDAM = ("Stadhuis Amsterdam", "Amstel 1, 1011 PN Amsterdam")
STADHUIS_NIJMEGEN = ("Stadhuis Nijmegen", "Korte Burchtstraat 20, 6511 RB Nijmegen")
STADSKANTOOR_UTRECHT = ("Stadskantoor Utrecht", "Stadsplateau 1, 3521 AZ Utrecht")

DEMO_DOMAIN = "clb-demo.nl"


@dataclass
class Spec:
    title: str
    start: datetime.datetime
    end: datetime.datetime
    event_type: str
    audiences: list
    description: str
    format: str = EventFormat.IN_PERSON
    venue: tuple = ("", "")
    region: str = "landelijk"
    related: str = ""
    all_day: bool = False
    members_only: bool = False
    cancelled: bool = False
    registration: bool = False
    deadline_days: int = 0
    costs: str = ""
    capacity: str = ""
    series: bool = False
    """Part of a regular series: skipped (not moved) in the holidays."""


# Calendar arithmetic --------------------------------------------------------------------

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY = range(6)


def month(today, offset):
    """(year, month) ``offset`` months from the month of ``today``."""
    first = dates.add_months(today.replace(day=1), offset)
    return first.year, first.month


def weekday_in_month(today, offset, weekday, nth=1):
    """The nth (1, 2...; -1 = last) ``weekday`` of the month ``offset`` months away."""
    year, month_number = month(today, offset)
    days = [
        datetime.date(year, month_number, day)
        for day in range(1, calendar.monthrange(year, month_number)[1] + 1)
        if datetime.date(year, month_number, day).weekday() == weekday
    ]
    return days[nth - 1] if nth > 0 else days[nth]


def in_recess(day):
    """The summer recess and the Christmas holidays: the CLB plans nothing then."""
    return (
        (day.month, day.day) >= (7, 11)
        and day.month <= 8
        or ((day.month, day.day) >= (12, 20) or (day.month, day.day) <= (1, 6))
    )


def outside_recess(specs):
    """Drop series dates in the holidays; move one-off events by whole weeks."""
    for spec in specs:
        if not in_recess(dates.local(spec.start).date()):
            yield spec
        elif not spec.series:
            # Early in a holiday: a few weeks earlier; late in it: a few weeks later.
            month_number = dates.local(spec.start).month
            step = datetime.timedelta(weeks=-1 if month_number in (7, 12) else 1)
            while in_recess(dates.local(spec.start).date()):
                spec.start, spec.end = spec.start + step, spec.end + step
            yield spec


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=dates.local_tz())


def evening(day, start=(19, 30), end=(21, 30)):
    return at(day, *start), at(day, *end)


def whole_day(day, last=None):
    return at(day, 0), at(last or day, 0)


# The programme --------------------------------------------------------------------------


def programme(today):
    """Every demo event, as Specs, relative to ``today``."""
    specs = []

    # Wethouders: every first Friday of the month a digital lunch meeting.
    for offset in range(-2, 6):
        day = weekday_in_month(today, offset, FRIDAY)
        specs.append(
            Spec(
                title="Digitaal wethoudersoverleg",
                start=at(day, 12, 0),
                end=at(day, 13, 0),
                event_type=EventType.NETWORK,
                audiences=["wethouders"],
                format=EventFormat.ONLINE,
                related="wethouders",
                members_only=True,
                series=True,
                description=(
                    "<p>Een uur om met andere PvdA-wethouders de actualiteit door te nemen: "
                    "wat speelt er in je portefeuille, waar loop je tegenaan en wie heeft "
                    "dat al eens opgelost? Af en toe schuift een Kamerlid aan.</p>"
                ),
            )
        )

    # Fractievoorzitters G40: every six weeks, on Tuesday evening, online.
    first = today - datetime.timedelta(days=today.weekday() - TUESDAY + 7 * 24)
    for number in range(9):
        day = first + datetime.timedelta(weeks=6 * number)
        specs.append(
            Spec(
                title="Overleg fractievoorzitters G40",
                start=at(day, 20, 0),
                end=at(day, 21, 30),
                event_type=EventType.NETWORK,
                audiences=["raadsleden"],
                format=EventFormat.ONLINE,
                related="fractievoorzitters-g40",
                members_only=True,
                series=True,
                description=(
                    "<p>De fractievoorzitters uit de veertig grote en middelgrote steden "
                    "wisselen uit hoe zij de lokale politiek aanpakken, en geven de "
                    "Tweede Kamerfractie mee wat er in hun stad speelt.</p>"
                ),
            )
        )

    # Waternetwerk: once a quarter, digital.
    for offset in (-5, -2, 1, 4):
        day = weekday_in_month(today, offset, WEDNESDAY, 2)
        specs.append(
            Spec(
                title="Waternetwerk: kwartaaloverleg",
                start=at(day, 19, 30),
                end=at(day, 21, 0),
                event_type=EventType.NETWORK,
                audiences=["waterschappers"],
                format=EventFormat.ONLINE,
                related="waternetwerk",
                series=True,
                description=(
                    "<p>PvdA-bestuurders in de waterschappen bespreken wat er op tafel "
                    "ligt: dijkversterking, waterkwaliteit, de hoogte van de "
                    "waterschapsbelasting. Goede voorbeelden uit het ene waterschap "
                    "helpen in het andere.</p>"
                ),
            )
        )

    # Burgemeesters: the burgemeestersdag twice a year, the working group, the Kamer.
    for offset, (venue, region, theme) in (
        (-4, (STADHUIS_ZWOLLE, "Overijssel", "openbare orde en veiligheid")),
        (3, (PROVINCIEHUIS_GELDERLAND, "Gelderland", "de burgemeester van de toekomst")),
    ):
        day = weekday_in_month(today, offset, FRIDAY, 3)
        specs.append(
            Spec(
                title="Burgemeestersdag",
                start=whole_day(day)[0],
                end=whole_day(day)[1],
                all_day=True,
                event_type=EventType.NETWORK,
                audiences=["burgemeesters"],
                venue=venue,
                region=region,
                related="burgemeesters",
                registration=True,
                deadline_days=14,
                description=(
                    f"<p>Een dag op locatie voor PvdA-burgemeesters, dit keer over {theme}. "
                    "Met een werkbezoek, een gesprek met collega's en tijd om bij te "
                    "praten.</p>"
                ),
            )
        )
    for offset in (-2, 4):
        day = weekday_in_month(today, offset, MONDAY, 2)
        specs.append(
            Spec(
                title="Burgemeesterswerkgroep",
                start=at(day, 10, 0),
                end=at(day, 12, 0),
                event_type=EventType.NETWORK,
                audiences=["burgemeesters"],
                format=EventFormat.HYBRID,
                venue=NIEUWSPOORT,
                related="burgemeesters",
                members_only=True,
                description=(
                    "<p>De werkgroep volgt wat er verandert rond het ambt en denkt mee "
                    "over het programma van de burgemeestersdag en de ontmoeting met de "
                    "Tweede Kamer.</p>"
                ),
            )
        )
    day = weekday_in_month(today, 1, WEDNESDAY, 3)
    specs.append(
        Spec(
            title="Burgemeesters ontmoeten de Tweede Kamerfractie",
            start=at(day, 16, 0),
            end=at(day, 19, 0),
            event_type=EventType.NETWORK,
            audiences=["burgemeesters"],
            venue=NIEUWSPOORT,
            related="burgemeesters",
            registration=True,
            deadline_days=7,
            description=(
                "<p>Een informele middag in Den Haag waarop burgemeesters en Kamerleden "
                "elkaar bijpraten over wat er in gemeenten speelt, afgesloten met een "
                "hapje.</p>"
            ),
        )
    )

    # Raadsledenvakschool: twice a year on a Saturday.
    for offset, theme in ((-3, "grip op de begroting"), (2, "sterk in het sociaal domein")):
        day = weekday_in_month(today, offset, SATURDAY, 2)
        specs.append(
            Spec(
                title=f"Raadsledenvakschool: {theme}",
                start=at(day, 10, 0),
                end=at(day, 16, 0),
                event_type=EventType.VAKSCHOOL,
                audiences=["raadsleden", "commissieleden"],
                venue=JAARBEURS,
                related="raadsledenvakschool",
                registration=True,
                deadline_days=10,
                costs="Gratis voor leden",
                capacity="Maximaal 150 deelnemers",
                description=(
                    "<p>Een dag bijscholing voor raadsleden en commissieleden: 's ochtends "
                    f"een inleiding over {theme}, 's middags workshops waarin je oefent "
                    "met moties, debat en het werken met je fractie.</p>"
                ),
            )
        )

    # Jan Schaperleergang: four evenings for people who consider standing for the council.
    schaper_topics = [
        "hoe werkt een gemeente?",
        "de raad, het college en jij",
        "je verhaal vertellen",
        "campagne voeren in je wijk",
    ]
    for number, topic in enumerate(schaper_topics):
        day = weekday_in_month(today, 1 + number // 2, THURSDAY, 1 + 2 * (number % 2))
        specs.append(
            Spec(
                title=f"Jan Schaperleergang, avond {number + 1}: {topic}",
                start=at(day, 19, 30),
                end=at(day, 21, 30),
                event_type=EventType.TRAINING,
                audiences=["kandidaten"],
                venue=STADSKANTOOR_UTRECHT,
                region="Utrecht",
                related="jan-schaperleergang",
                registration=True,
                deadline_days=21 + 14 * number,
                costs="Gratis",
                capacity="Maximaal 24 deelnemers",
                description=(
                    "<p>Overweeg je om raadslid te worden? In deze leergang ontdek je in "
                    f"vier avonden wat het werk inhoudt. Deze avond: {topic}</p>"
                ),
            )
        )

    # Wibautleergang: for council members in their first term.
    wibaut_topics = [
        "de eerste honderd dagen",
        "de begroting lezen",
        "debatteren en onderhandelen",
    ]
    for offset, topic in zip((-5, -4, -3), wibaut_topics, strict=True):
        day = weekday_in_month(today, offset, SATURDAY, 1)
        specs.append(
            Spec(
                title=f"Wibautleergang: {topic}",
                start=at(day, 10, 0),
                end=at(day, 15, 0),
                event_type=EventType.TRAINING,
                audiences=["raadsleden", "commissieleden"],
                format=EventFormat.HYBRID,
                venue=STADHUIS_NIJMEGEN,
                region="Gelderland",
                related="wibautleergang",
                members_only=True,
                description=(
                    "<p>Een dag uit de Wibautleergang voor raadsleden en commissieleden "
                    f"die net begonnen zijn. Onderwerp: {topic}.</p>"
                ),
            )
        )
    day = weekday_in_month(today, 5, SATURDAY, 1)
    specs.append(
        Spec(
            title="Wibautleergang: startbijeenkomst nieuwe groep",
            start=at(day, 10, 0),
            end=at(day, 13, 0),
            event_type=EventType.TRAINING,
            audiences=["raadsleden", "commissieleden"],
            venue=JAARBEURS,
            related="wibautleergang",
            registration=True,
            deadline_days=14,
            description=(
                "<p>De aftrap van een nieuwe Wibautleergang: kennismaken met je groep, "
                "je begeleiders en het programma van het komende halfjaar.</p>"
            ),
        )
    )

    # Masterclass financiën: four days in two blocks of two.
    for block, offset in ((1, 2), (2, 3)):
        friday = weekday_in_month(today, offset, FRIDAY, 2)
        specs.append(
            Spec(
                title=f"Masterclass financiën, deel {block}",
                start=at(friday, 10, 0),
                end=at(friday + datetime.timedelta(days=1), 16, 0),
                event_type=EventType.MASTERCLASS,
                audiences=["raadsleden", "wethouders", "statenleden"],
                venue=PROVINCIEHUIS_UTRECHT,
                related="masterclasses",
                registration=True,
                deadline_days=28 if block == 1 else 56,
                costs="€ 150 voor leden, inclusief overnachting",
                capacity="Maximaal 20 deelnemers",
                description=(
                    "<p>In vier dagen, verdeeld over twee blokken, leer je de financiën "
                    "van gemeente of provincie doorgronden: van begroting en "
                    "jaarrekening tot het gemeentefonds en de eigen belastingen. "
                    "Wetenschappers en ervaren wethouders financiën geven les.</p>"
                ),
            )
        )

    # Thematic networks: an evening each, with the spokespeople of one subject.
    def network(offset, weekday, title, related, audiences, text, venue=None, region="landelijk"):
        day = weekday_in_month(today, offset, weekday, 3)
        form = EventFormat.ONLINE if venue is None else EventFormat.IN_PERSON
        if venue is not None and venue[0].startswith("Stadskantoor"):
            form = EventFormat.HYBRID
        return Spec(
            title=title,
            start=at(day, 19, 30),
            end=at(day, 21, 30),
            event_type=EventType.NETWORK,
            audiences=audiences,
            format=form,
            venue=venue or ("", ""),
            region=region,
            related=related,
            registration=venue is not None,
            deadline_days=3,
            description=f"<p>{text}</p>",
        )

    specs += [
        network(
            -4,
            TUESDAY,
            "Netwerk sociaal domein: jeugdzorg die werkt",
            "sociaal-domein-en-jeugdzorg",
            ["raadsleden", "wethouders"],
            "Hoe houd je de jeugdzorg betaalbaar zonder op kwaliteit in te leveren? "
            "Raadsleden en wethouders vergelijken hun aanpak.",
            venue=STADHUIS_ROTTERDAM,
            region="Zuid-Holland",
        ),
        network(
            2,
            WEDNESDAY,
            "Netwerk sociaal domein: armoede en schulden",
            "sociaal-domein-en-jeugdzorg",
            ["raadsleden", "wethouders"],
            "Een avond over het vroeg opsporen van schulden en wat de gemeente zelf kan doen.",
        ),
        network(
            1,
            TUESDAY,
            "Netwerk ruimtelijk domein: de Omgevingswet in de praktijk",
            "ruimtelijk-domein",
            ["raadsleden", "wethouders"],
            "Werken met omgevingsplannen: wat betekent het voor de rol van de raad?",
            venue=STADSKANTOOR_UTRECHT,
            region="Utrecht",
        ),
        network(
            -1,
            THURSDAY,
            "Netwerk wonen: betaalbaar bouwen",
            "wonen-en-volkshuisvesting",
            ["raadsleden", "wethouders", "statenleden"],
            "Woordvoerders wonen uit gemeenten en provincies bespreken met de Kamerfractie "
            "hoe er meer betaalbare huizen komen.",
            venue=NIEUWSPOORT,
        ),
        network(
            3,
            MONDAY,
            "Netwerk natuur en landbouw",
            "natuur-en-landbouw",
            ["statenleden", "gedeputeerden"],
            "De woordvoerders natuur en landbouw in de Staten overleggen met de Kamerfractie "
            "over stikstof, boeren en natuurherstel.",
            venue=PROVINCIEHUIS_BRABANT,
            region="Noord-Brabant",
        ),
        network(
            -2,
            TUESDAY,
            "Netwerk energie en klimaat",
            "energie-en-klimaat",
            ["statenleden", "waterschappers"],
            "Over de regionale energiestrategieën, het volle stroomnet en wat provincies en "
            "waterschappen samen kunnen doen.",
        ),
        network(
            4,
            WEDNESDAY,
            "Netwerk financiën: de voorjaarsnota",
            "financien",
            ["raadsleden", "wethouders"],
            "Hoe lees je een voorjaarsnota, en welke vragen stel je als er geen geld meer is?",
        ),
    ]

    # Functional networks.
    for offset, venue, region, cancelled in (
        (-3, STADHUIS_AMSTERDAM, "Noord-Holland", False),
        (2, STADHUIS_GRONINGEN, "Groningen", True),
    ):
        day = weekday_in_month(today, offset, FRIDAY, -1)
        specs.append(
            Spec(
                title="Netwerk jonge politici",
                start=at(day, 18, 0),
                end=at(day, 21, 0),
                event_type=EventType.NETWORK,
                audiences=["raadsleden", "statenleden", "waterschappers"],
                venue=venue,
                region=region,
                related="jonge-politici",
                cancelled=cancelled,
                description=(
                    "<p>Voor volksvertegenwoordigers tot 35 jaar: samen eten, ervaringen "
                    "delen en een gesprek met een gast uit de landelijke politiek.</p>"
                ),
            )
        )
    for offset, form, members_only in (
        (-5, EventFormat.IN_PERSON, False),
        (1, EventFormat.HYBRID, True),
    ):
        day = weekday_in_month(today, offset, MONDAY, 3)
        specs.append(
            Spec(
                title="Overleg gedeputeerden, dijkgraven en fractievoorzitters",
                start=at(day, 17, 0),
                end=at(day, 19, 30),
                event_type=EventType.NETWORK,
                audiences=["gedeputeerden", "statenleden", "waterschappers"],
                format=form,
                venue=PROVINCIEHUIS_ZUID_HOLLAND,
                related="gedeputeerden-dijkgraven-fractievoorzitters",
                members_only=members_only,
                description=(
                    "<p>Twee keer per jaar praten de bestuurders en fractievoorzitters in "
                    "provincies en waterschappen bij over strategie, met elkaar en met "
                    "de Kamerfractie.</p>"
                ),
            )
        )
    day = weekday_in_month(today, 4, SATURDAY, 2)
    specs.append(
        Spec(
            title="Netwerkdag wethouders, Staten en waterschappen",
            start=whole_day(day)[0],
            end=whole_day(day)[1],
            all_day=True,
            event_type=EventType.TRAINING,
            audiences=["wethouders", "statenleden", "waterschappers"],
            venue=JAARBEURS,
            related="inspiratiesessies-staten-en-waterschappen",
            registration=True,
            deadline_days=14,
            costs="Gratis voor leden",
            description=(
                "<p>Eén dag met workshops over actuele thema's, een plenair gesprek met "
                "Kamerleden en veel gelegenheid om collega's uit andere bestuurslagen te "
                "spreken.</p>"
            ),
        )
    )

    # Webinars.
    webinars = [
        (-4, "Webinar armoede en schulden", ["raadsleden", "wethouders"], True),
        (-1, "Webinar voedselzekerheid in de gemeente", ["raadsleden"], False),
        (1, "Webinar stikstof en de provincie", ["statenleden", "gedeputeerden"], False),
        (3, "Webinar debatteren in de raad", ["raadsleden", "commissieleden"], False),
    ]
    for offset, title, audiences, cancelled in webinars:
        day = weekday_in_month(today, offset, WEDNESDAY, 4 if offset % 2 else 2)
        specs.append(
            Spec(
                title=title,
                start=at(day, 20, 0),
                end=at(day, 21, 0),
                event_type=EventType.WEBINAR,
                audiences=audiences,
                format=EventFormat.ONLINE,
                related="workshops-en-webinars",
                cancelled=cancelled,
                registration=True,
                description=(
                    "<p>Een uur online: een korte inleiding, een voorbeeld uit de "
                    "praktijk en ruimte voor vragen. Na aanmelding krijg je de link.</p>"
                ),
            )
        )

    # Oriëntatieprogramma for candidate aldermen.
    for number, offset in enumerate((4, 5), start=1):
        day = weekday_in_month(today, offset, TUESDAY, 2)
        specs.append(
            Spec(
                title=f"Oriëntatieprogramma kandidaat-wethouders, bijeenkomst {number}",
                start=at(day, 19, 0),
                end=at(day, 22, 0),
                event_type=EventType.TRAINING,
                audiences=["kandidaten", "raadsleden"],
                venue=NIEUWSPOORT,
                related="orientatieprogramma-kandidaat-wethouders",
                registration=True,
                deadline_days=21,
                capacity="Maximaal 16 deelnemers",
                description=(
                    "<p>Wat vraagt het wethouderschap van je, en past het bij je? "
                    "Ervaren wethouders vertellen, en je oefent met een "
                    "collegeonderhandeling.</p>"
                ),
            )
        )

    # Trainers, the festival, the Dag van de Wmo and the ALV.
    day = weekday_in_month(today, -2, SATURDAY, 3)
    specs.append(
        Spec(
            title="Trainersdag op-maattrainers",
            start=at(day, 10, 0),
            end=at(day, 15, 0),
            event_type=EventType.OTHER,
            audiences=["iedereen"],
            venue=STADSKANTOOR_UTRECHT,
            region="Utrecht",
            related="trainingen-op-maat",
            members_only=True,
            description=(
                "<p>De vrijwillige trainers en intervisiebegeleiders van het CLB delen "
                "wat werkt en wat beter kan in de trainingen op maat.</p>"
            ),
        )
    )
    friday = weekday_in_month(today, -2, FRIDAY, 2)
    specs.append(
        Spec(
            title="Festival van het Binnenlands Bestuur",
            start=whole_day(friday)[0],
            end=whole_day(friday, friday + datetime.timedelta(days=1))[1],
            all_day=True,
            event_type=EventType.CONGRESS,
            audiences=["iedereen"],
            venue=JAARBEURS,
            description=(
                "<p>Twee dagen over de toekomst van het lokaal en regionaal bestuur. Het "
                "CLB is er met een eigen programma en een stand.</p>"
            ),
        )
    )
    day = weekday_in_month(today, -1, SATURDAY, 1)
    specs.append(
        Spec(
            title="De Dag van de Wmo",
            start=at(day, 10, 0),
            end=at(day, 15, 30),
            event_type=EventType.TRAINING,
            audiences=["raadsleden", "wethouders"],
            venue=STADHUIS_ROTTERDAM,
            region="Zuid-Holland",
            related="sociaal-domein-en-jeugdzorg",
            description=(
                "<p>Een dag over de Wmo: van huishoudelijke hulp tot beschermd wonen, met "
                "wethouders en raadsleden die laten zien hoe zij het regelen.</p>"
            ),
        )
    )
    day = weekday_in_month(today, 5, SATURDAY, 2)
    specs.append(
        Spec(
            title="Algemene ledenvergadering CLB",
            start=at(day, 10, 30),
            end=at(day, 13, 0),
            event_type=EventType.CONGRESS,
            audiences=["iedereen"],
            format=EventFormat.HYBRID,
            venue=JAARBEURS,
            members_only=True,
            registration=True,
            deadline_days=7,
            description=(
                "<p>De ALV bespreekt het jaarprogramma en de begroting voor het komende "
                "jaar en kiest nieuwe bestuursleden.</p>"
            ),
        )
    )
    return list(outside_recess(specs))


# Loading ----------------------------------------------------------------------------------


class Loader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.pages = {}
        self.audiences = {audience.slug: audience for audience in Audience.objects.all()}

    def related_page(self, slug):
        if not slug:
            return None
        if slug not in self.pages:
            self.pages[slug] = (
                Page.objects.type(NetworkPage, TrainingTrackPage).filter(slug=slug).first()
            )
        return self.pages[slug]

    def exists(self, spec):
        day = dates.local(spec.start).date()
        return Event.objects.filter(
            title=spec.title,
            start__gte=dates.start_of_day(day),
            start__lt=dates.start_of_day(day + datetime.timedelta(days=1)),
        ).exists()

    def create(self, spec):
        online = spec.format != EventFormat.IN_PERSON
        event = Event(
            title=spec.title,
            start=spec.start,
            end=spec.end,
            all_day=spec.all_day,
            format=spec.format,
            venue_name=spec.venue[0] if spec.format != EventFormat.ONLINE else "",
            venue_address=spec.venue[1] if spec.format != EventFormat.ONLINE else "",
            event_type=spec.event_type,
            region=spec.region,
            related_page=self.related_page(spec.related),
            description=spec.description,
            members_only=spec.members_only,
            cancelled=spec.cancelled,
            costs=spec.costs,
            capacity_note=spec.capacity,
            live=False,
        )
        key = f"{slugify(spec.title)[:60]}-{event.uid.hex[:6]}"
        if online:
            event.join_url = f"https://meet.{DEMO_DOMAIN}/{key}"
        if spec.registration:
            event.registration_url = f"https://{DEMO_DOMAIN}/aanmelden/{key}"
            if spec.deadline_days:
                last_day = dates.local(spec.start).date() - datetime.timedelta(
                    days=spec.deadline_days
                )
                event.registration_deadline = at(last_day, 23, 59)
        event.audiences = [
            self.audiences[slug] for slug in spec.audiences if slug in self.audiences
        ]
        event.save()
        event.save_revision().publish()
        return event

    @transaction.atomic
    def run(self, today):
        created = 0
        for spec in programme(today):
            if not self.exists(spec):
                self.create(spec)
                created += 1
        if self.stdout is not None:
            self.stdout.write(f"Agenda: {created} activiteiten aangemaakt.")
        return created


def load(stdout=None, today=None):
    """Load the demo events; returns how many were created."""
    return Loader(stdout=stdout).run(today or dates.today())
