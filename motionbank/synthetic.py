# ruff: noqa: E501  (phrase lists: long lines are sentences)
"""
Synthetic but realistic Dutch motions, fast: for benchmarks (100,000 and 1,000,000
motions) and for filling a development database. Used by `manage.py generate_motions`.

    from motionbank.synthetic import generate
    generate(100_000, seed=1)

Motions are built in memory from phrase lists per theme, written in batches with
bulk_create and indexed in bulk through every search backend (add_bulk). The spread over
governing bodies (larger municipalities more often), themes, outcomes, years and document
types resembles a real motion bank. With the same seed the same motions come out.
"""

import datetime
import itertools
import random
import time

from django.db import transaction
from django.utils import timezone

from wagtail.search.backends import get_search_backends

from modelcluster.queryset import FakeQuerySet
from taggit.models import Tag

from .io import set_tags
from .models import GoverningBody, Motion, Theme
from .models.motions import DocumentType, Outcome
from .models.reference import Tier

DEFAULT_BATCH = 2000
FIRST_YEAR = 2012

# Larger municipalities (G40 and similar) share more motions than small ones.
LARGE = {
    "Amsterdam",
    "Rotterdam",
    "'s-Gravenhage",
    "Utrecht",
    "Eindhoven",
    "Groningen",
    "Tilburg",
    "Almere",
    "Breda",
    "Nijmegen",
    "Apeldoorn",
    "Arnhem",
    "Haarlem",
    "Enschede",
    "Amersfoort",
    "Zaanstad",
    "Haarlemmermeer",
    "'s-Hertogenbosch",
    "Zwolle",
    "Leiden",
    "Maastricht",
    "Dordrecht",
    "Zoetermeer",
    "Ede",
    "Leeuwarden",
    "Alkmaar",
    "Emmen",
    "Delft",
    "Deventer",
    "Venlo",
    "Helmond",
    "Oss",
    "Heerlen",
    "Hilversum",
    "Sittard-Geleen",
    "Amstelveen",
    "Lelystad",
    "Schiedam",
    "Vlaardingen",
    "Gouda",
    "Hengelo",
    "Roosendaal",
}

PARTNERS = [
    "GroenLinks",
    "SP",
    "D66",
    "CDA",
    "ChristenUnie",
    "Partij voor de Dieren",
    "VVD",
    "Volt",
    "50PLUS",
    "Lokaal Belang",
    "Stadspartij",
    "Dorpenlijst",
]
FIRST_NAMES = [
    "Anouk",
    "Bram",
    "Fatima",
    "Daan",
    "Emma",
    "Hassan",
    "Ilse",
    "Jeroen",
    "Kim",
    "Lars",
    "Mirjam",
    "Nadia",
    "Olaf",
    "Priya",
    "Ruud",
    "Sanne",
    "Tom",
    "Yasmina",
    "Wouter",
    "Zeynep",
    "Marieke",
    "Joost",
    "Esther",
    "Mohamed",
    "Linda",
    "Sjoerd",
    "Naima",
    "Gert-Jan",
]
LAST_NAMES = [
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Dijk",
    "El Idrissi",
    "Yilmaz",
    "Kramer",
    "van den Berg",
    "Dekker",
    "Brouwer",
    "de Graaf",
    "Postma",
    "Wijnands",
    "Hoekstra",
]
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "september",
    "oktober",
    "november",
    "december",
]

# Per theme: subjects, findings, considerations, requests and tags. {body} is the
# governing body, {subject} the subject, {n} and {pct} numbers.
THEMES = {
    "armoede-en-schulden": {
        "subjects": [
            "kinderarmoede",
            "schuldhulpverlening",
            "energiearmoede",
            "de minimaregeling",
            "vroegsignalering van schulden",
            "het kindpakket",
            "schulden bij jongeren",
        ],
        "findings": [
            "in {body} ongeveer {n} kinderen opgroeien in een gezin met een laag inkomen",
            "het aantal huishoudens dat zich meldt bij de schuldhulpverlening met {pct} procent is gestegen",
            "veel inwoners de regelingen waar zij recht op hebben niet kennen of niet aanvragen",
            "schulden bij jongeren vaak beginnen met een telefoonabonnement of een zorgpremie",
            "de wachttijd voor een eerste gesprek bij de schuldhulp in {body} oploopt tot {w} weken",
        ],
        "considerations": [
            "armoede kinderen kansen ontneemt op school, in de sport en in hun sociale leven",
            "vroeg ingrijpen bij betalingsachterstanden goedkoper is dan later saneren",
            "niemand zich hoeft te schamen voor geldzorgen en hulp laagdrempelig moet zijn",
            "een integrale aanpak van inkomen, werk en zorg nodig is om de cirkel te doorbreken",
        ],
        "requests": [
            "de inkomensgrens van de minimaregelingen te verhogen naar 130 procent van het sociaal minimum",
            "een kindpakket in te voeren waarmee kinderen zonder papierwerk kunnen meedoen",
            "afspraken te maken met woningcorporaties, energie- en zorgverzekeraars over vroegsignalering",
            "de wachttijd voor schuldhulpverlening terug te brengen tot hoogstens twee weken",
            "jaarlijks te rapporteren over het bereik van de armoederegelingen",
        ],
        "tags": ["kinderarmoede", "schuldhulp", "minima", "vroegsignalering", "energiearmoede"],
    },
    "wonen": {
        "subjects": [
            "betaalbare huurwoningen",
            "de woningbouwopgave",
            "huisjesmelkers",
            "woningdelen",
            "starterswoningen",
            "de opkoopbescherming",
            "flexwonen",
        ],
        "findings": [
            "de wachttijd voor een sociale huurwoning in {body} gemiddeld {y} jaar bedraagt",
            "in de afgelopen jaren {pct} procent van de goedkope koopwoningen is opgekocht door beleggers",
            "er in {body} nog {n} woningen gebouwd moeten worden om aan de vraag te voldoen",
            "huurders steeds vaker klagen over achterstallig onderhoud en schimmel",
        ],
        "considerations": [
            "wonen een grondrecht is en geen verdienmodel",
            "starters, jongeren en mensen met een middeninkomen nauwelijks nog een woning kunnen vinden",
            "de gemeente met het omgevingsplan en prestatieafspraken sturing kan geven",
            "goed verhuurderschap bescherming van huurders vraagt",
        ],
        "requests": [
            "bij nieuwbouw minstens 40 procent sociale huur vast te leggen",
            "de opkoopbescherming in te voeren voor woningen tot de NHG-grens",
            "een huurteam in te stellen dat huurders helpt bij klachten en huurverlaging",
            "met de woningcorporaties prestatieafspraken te maken over verduurzaming en nieuwbouw",
            "een vergunningplicht voor goed verhuurderschap in te voeren",
        ],
        "tags": ["sociale huur", "woningbouw", "huurders", "opkoopbescherming", "starters"],
    },
    "sociaal-domein": {
        "subjects": [
            "de Wmo-voorzieningen",
            "de toegang tot ondersteuning",
            "mantelzorg",
            "het sociaal wijkteam",
            "de eigen bijdrage",
            "de inkoop van zorg",
        ],
        "findings": [
            "het aantal meldingen bij het sociaal wijkteam in {body} met {pct} procent is toegenomen",
            "mantelzorgers aangeven overbelast te raken en weinig respijtzorg te vinden",
            "de kosten van de Wmo de begroting jaarlijks overschrijden",
            "inwoners verschillende loketten moeten langs voor samenhangende vragen",
        ],
        "considerations": [
            "ondersteuning dichtbij en zonder drempels het beste werkt",
            "de gemeente sinds de decentralisaties verantwoordelijk is voor passende zorg",
            "bezuinigen op preventie later tot hogere kosten leidt",
            "de raad zijn controlerende rol alleen kan vervullen met goede informatie",
        ],
        "requests": [
            "een onafhankelijke cliëntondersteuner actief aan te bieden bij elk keukentafelgesprek",
            "respijtzorg voor mantelzorgers zonder eigen bijdrage beschikbaar te stellen",
            "één toegang voor zorg, werk en inkomen in te richten",
            "de raad twee keer per jaar te informeren over wachttijden en uitgaven in het sociaal domein",
        ],
        "tags": ["Wmo", "mantelzorg", "wijkteam", "decentralisaties"],
    },
    "zorg": {
        "subjects": [
            "de jeugdzorg",
            "wachtlijsten in de jeugd-GGZ",
            "huisartsenzorg in de wijk",
            "preventie met zorgverzekeraars",
            "de ambulancezorg",
        ],
        "findings": [
            "kinderen in {body} gemiddeld {w} weken wachten op jeugdhulp",
            "de uitgaven aan jeugdzorg de afgelopen jaren met {pct} procent zijn gestegen",
            "er in sommige wijken geen huisarts meer nieuwe patiënten aanneemt",
            "gemeente en zorgverzekeraar elk apart preventieprogramma's financieren",
        ],
        "considerations": [
            "elk kind recht heeft op tijdige en passende hulp",
            "marktwerking in de jeugdzorg tot versnippering en hoge overheadkosten leidt",
            "samenwerking met zorgverzekeraars preventie effectiever kan maken",
        ],
        "requests": [
            "met de regiogemeenten te komen tot minder aanbieders en langjarige contracten",
            "een praktijkondersteuner jeugd bij alle huisartsen in te zetten",
            "met de zorgverzekeraar een gezamenlijk preventieakkoord te sluiten",
            "de wachtlijsten in de jeugdzorg elk kwartaal aan de raad te rapporteren",
        ],
        "tags": ["jeugdzorg", "wachtlijsten", "preventie", "huisartsen"],
    },
    "werk-en-inkomen": {
        "subjects": [
            "goed werk",
            "payrolling",
            "anoniem solliciteren",
            "de participatiewet",
            "de tegenprestatie in de bijstand",
            "beschut werk",
        ],
        "findings": [
            "de gemeente zelf medewerkers via payrollconstructies en flexcontracten inhuurt",
            "werkzoekenden met een migratieachtergrond minder vaak worden uitgenodigd voor een gesprek",
            "in {body} {n} mensen een bijstandsuitkering ontvangen",
            "de plaatsen voor beschut werk niet allemaal worden benut",
        ],
        "considerations": [
            "de overheid als werkgever het goede voorbeeld hoort te geven",
            "iedereen gelijke kansen verdient op de arbeidsmarkt",
            "vertrouwen in plaats van wantrouwen het uitgangspunt in de bijstand moet zijn",
        ],
        "requests": [
            "geen payrollconstructies meer te gebruiken voor structureel werk",
            "bij vacatures van de gemeente anoniem solliciteren in te voeren",
            "ruimte te bieden voor bijverdienen in de bijstand zonder direct te korten",
            "alle beschikbare plaatsen voor beschut werk in te vullen",
        ],
        "tags": ["goed werk", "payroll", "bijstand", "arbeidsmarktdiscriminatie"],
    },
    "klimaat-en-energie": {
        "subjects": [
            "de regionale energiestrategie",
            "isolatie van huurwoningen",
            "lokaal eigendom",
            "de warmtetransitie",
            "zonnepanelen op daken",
            "een energiecoöperatie",
        ],
        "findings": [
            "de RES-regio afspraken heeft gemaakt over {n} gigawattuur duurzame opwek",
            "veel huurders hoge energierekeningen betalen door slecht geïsoleerde woningen",
            "de opbrengsten van wind- en zonneparken vaak buiten de regio terechtkomen",
            "een groot deel van de daken in {body} nog geen zonnepanelen heeft",
        ],
        "considerations": [
            "de energietransitie eerlijk moet zijn en de lasten niet bij lage inkomens mogen liggen",
            "inwoners meer draagvlak voelen als zij kunnen meedelen in de opbrengsten",
            "isoleren de goedkoopste energie is die er bestaat",
        ],
        "requests": [
            "bij nieuwe wind- en zonneprojecten minstens 50 procent lokaal eigendom na te streven",
            "een isolatieoffensief te starten voor de slechtst geïsoleerde huurwoningen",
            "energiecoaches in te zetten in wijken met veel energiearmoede",
            "een fonds op te richten dat bewoners helpt hun woning te verduurzamen",
        ],
        "tags": ["RES", "isolatie", "lokaal eigendom", "warmtetransitie"],
    },
    "natuur-en-landbouw": {
        "subjects": [
            "stikstof en natuurherstel",
            "de boeren in het buitengebied",
            "biodiversiteit",
            "het landelijk gebied",
            "voedselzekerheid",
        ],
        "findings": [
            "de natuur in de Natura 2000-gebieden van {body} onder druk staat door stikstof",
            "boeren onzekerheid ervaren over de toekomst van hun bedrijf",
            "het aantal insecten en weidevogels sterk is afgenomen",
            "er een gebiedsproces loopt zonder duidelijke rol voor inwoners",
        ],
        "considerations": [
            "natuurherstel en een toekomst voor de landbouw samen moeten gaan",
            "boeren een eerlijke prijs moeten krijgen voor duurzaam voedsel",
            "heldere keuzes nodig zijn om vergunningverlening weer op gang te krijgen",
        ],
        "requests": [
            "in het gebiedsprogramma voorrang te geven aan herstel van de meest kwetsbare natuur",
            "boeren die willen omschakelen naar natuurinclusieve landbouw actief te ondersteunen",
            "bermen en groenstroken ecologisch te beheren",
            "inwoners en boeren een vaste plek te geven aan de tafel van het gebiedsproces",
        ],
        "tags": ["stikstof", "natuurherstel", "boeren", "biodiversiteit"],
    },
    "water": {
        "subjects": [
            "droogte en grondwater",
            "de kwijtschelding van de waterschapsbelasting",
            "waterkwaliteit",
            "klimaatadaptatie",
            "wateroverlast",
        ],
        "findings": [
            "de grondwaterstand in droge zomers steeds verder daalt",
            "huishoudens met een laag inkomen moeite hebben de waterschapsbelasting te betalen",
            "de waterkwaliteit in veel sloten en beken niet voldoet aan de Kaderrichtlijn Water",
            "hevige buien steeds vaker tot wateroverlast in straten en kelders leiden",
        ],
        "considerations": [
            "schoon en voldoende water een gedeelde verantwoordelijkheid is",
            "kwijtschelding moet aansluiten bij die van gemeenten",
            "vasthouden van water in natte perioden droogte later kan voorkomen",
        ],
        "requests": [
            "de kwijtscheldingsnorm gelijk te trekken met die van de gemeenten in het gebied",
            "een plan te maken om meer water vast te houden in het voorjaar",
            "samen met de gemeenten te investeren in het afkoppelen van regenwater",
            "een jaarlijkse rapportage over waterkwaliteit aan het algemeen bestuur voor te leggen",
        ],
        "tags": ["kwijtschelding", "droogte", "waterkwaliteit", "klimaatadaptatie"],
    },
    "financien": {
        "subjects": [
            "de gemeentelijke begroting",
            "lokale lasten",
            "de reservepositie",
            "het ravijnjaar",
            "de financiële verhoudingen met het Rijk",
        ],
        "findings": [
            "de begroting van {body} voor de komende jaren een tekort laat zien van {n} duizend euro",
            "de lokale lasten voor huishoudens met {pct} procent stijgen",
            "het Rijk gemeenten taken geeft zonder voldoende middelen",
        ],
        "considerations": [
            "bezuinigingen niet mogen neerkomen op de inwoners die het al zwaar hebben",
            "sterkste schouders de zwaarste lasten horen te dragen",
            "de raad tijdig keuzes moet kunnen maken",
        ],
        "requests": [
            "bij bezuinigingen eerst te kijken naar inhuur en externe advisering",
            "de kwijtschelding van lokale lasten te handhaven",
            "met andere gemeenten bij het Rijk aan te dringen op structureel voldoende middelen",
            "de raad scenario's voor te leggen voordat er keuzes worden gemaakt",
        ],
        "tags": ["begroting", "lokale lasten", "gemeentefonds"],
    },
    "veiligheid": {
        "subjects": [
            "ondermijning",
            "jeugdcriminaliteit",
            "verkeersveiligheid rond scholen",
            "de wijkagent",
            "straatintimidatie",
        ],
        "findings": [
            "jongeren in {body} steeds jonger worden geronseld door criminele netwerken",
            "bewoners de wijkagent nauwelijks nog zien",
            "er rond scholen regelmatig gevaarlijke verkeerssituaties ontstaan",
            "vrouwen en meisjes melden dat zij op straat worden lastiggevallen",
        ],
        "considerations": [
            "preventie en perspectief voor jongeren het beste middel tegen criminaliteit zijn",
            "veiligheid een basisvoorwaarde is voor een prettige wijk",
            "de burgemeester en de raad samen verantwoordelijk zijn voor lokaal veiligheidsbeleid",
        ],
        "requests": [
            "te investeren in jongerenwerk in de wijken met de meeste risico's",
            "bij het Rijk aan te dringen op voldoende wijkagenten",
            "rond alle basisscholen schoolzones met een snelheid van 30 kilometer in te richten",
            "een aanpak tegen straatintimidatie op te stellen met inwoners en ondernemers",
        ],
        "tags": ["ondermijning", "jongeren", "wijkagent", "verkeersveiligheid"],
    },
    "onderwijs": {
        "subjects": [
            "kansengelijkheid",
            "vroegschoolse educatie",
            "laaggeletterdheid",
            "schoolgebouwen",
            "het lerarentekort",
        ],
        "findings": [
            "in {body} naar schatting {n} volwassenen moeite hebben met lezen en schrijven",
            "veel schoolgebouwen verouderd zijn en een slecht binnenklimaat hebben",
            "niet alle peuters met een taalachterstand voorschoolse educatie krijgen",
        ],
        "considerations": [
            "onderwijs de belangrijkste sleutel is voor gelijke kansen",
            "investeren in jonge kinderen zich later dubbel terugbetaalt",
        ],
        "requests": [
            "alle peuters met een indicatie 16 uur voorschoolse educatie aan te bieden",
            "een taalhuis in te richten in de bibliotheek",
            "een meerjarenplan voor gezonde schoolgebouwen op te stellen",
        ],
        "tags": ["kansengelijkheid", "laaggeletterdheid", "VVE", "schoolgebouwen"],
    },
    "democratie-en-bestuur": {
        "subjects": [
            "de opkomst bij verkiezingen",
            "burgerparticipatie",
            "de rekenkamer",
            "gemeenschappelijke regelingen",
            "de bereikbaarheid van het stadhuis",
        ],
        "findings": [
            "de opkomst bij de laatste verkiezingen in sommige wijken onder de {pct} procent lag",
            "de raad weinig zicht heeft op besluiten in gemeenschappelijke regelingen",
            "inwoners zich niet gehoord voelen bij grote projecten",
        ],
        "considerations": [
            "een sterke lokale democratie begint bij betrokken inwoners",
            "democratische controle niet mag verdwijnen in regionale samenwerking",
        ],
        "requests": [
            "een plan op te stellen om de opkomst in wijken met een lage opkomst te verhogen",
            "de raad structureel te betrekken bij de begrotingen van gemeenschappelijke regelingen",
            "een burgerberaad te organiseren over een groot maatschappelijk vraagstuk",
        ],
        "tags": ["opkomst", "participatie", "burgerberaad", "gemeenschappelijke regelingen"],
    },
}
GENERIC = {
    "subjects": ["de dienstverlening aan inwoners", "de leefbaarheid in de wijken"],
    "findings": ["inwoners van {body} hierover regelmatig hun zorgen uiten"],
    "considerations": ["de gemeente hier een duidelijke rol en verantwoordelijkheid heeft"],
    "requests": ["binnen zes maanden met voorstellen naar de raad te komen"],
    "tags": ["leefbaarheid"],
}
TITLE_PATTERNS = [
    "Motie {Subject}",
    "{Subject}: tijd voor actie",
    "Werk maken van {subject}",
    "{Subject} in {body}",
    "Eerlijk en betaalbaar: {subject}",
]
QUESTION_INTROS = [
    "Recent kwam in het nieuws dat {finding}.",
    "Uit cijfers van de gemeente blijkt dat {finding}.",
]
QUESTION_PATTERNS = [
    "Bent u bekend met het feit dat {finding}?",
    "Hoeveel inwoners van {body} hebben hiermee te maken?",
    "Bent u bereid {request}?",
    "Welke stappen zet u om {subject} te verbeteren, en wanneer?",
    "Kunt u de raad informeren over de kosten en de planning?",
]


def _cap(text):
    return text[:1].upper() + text[1:]


class Generator:
    """Holds the reference data and random source; makes unsaved Motion objects."""

    def __init__(self, seed=None, today=None):
        self.random = random.Random(seed)
        self.today = today or timezone.localdate()
        bodies = list(GoverningBody.objects.filter(active=True))
        if not bodies:
            raise ValueError("Er zijn geen bestuursorganen; draai eerst migrate.")
        self.bodies = bodies
        # Cumulative weights, computed once: random.choices is then O(log n) per pick.
        self.body_weights = list(itertools.accumulate(self._weight(body) for body in bodies))
        themes = list(Theme.objects.all())
        if not themes:
            raise ValueError("Er zijn geen thema's; draai eerst migrate.")
        self.themes = themes
        self.theme_weights = list(
            itertools.accumulate(3 if theme.slug in THEMES else 1 for theme in themes)
        )
        self.years = list(range(FIRST_YEAR, self.today.year + 1))
        self.year_weights = list(
            itertools.accumulate(1 + (year - FIRST_YEAR) for year in self.years)
        )

    @staticmethod
    def _weight(body):
        if body.tier == Tier.MUNICIPALITY:
            return 6 if body.name in LARGE else 1
        if body.tier == Tier.PROVINCE:
            return 4
        return 2

    def _document_type(self):
        return self.random.choices(
            [
                DocumentType.MOTION,
                DocumentType.WRITTEN_QUESTIONS,
                DocumentType.AMENDMENT,
                DocumentType.INITIATIVE,
            ],
            weights=[70, 18, 9, 3],
        )[0]

    def _outcome(self, document_type):
        if document_type == DocumentType.WRITTEN_QUESTIONS:
            return Outcome.UNKNOWN
        return self.random.choices(
            [Outcome.ADOPTED, Outcome.REJECTED, Outcome.WITHDRAWN, Outcome.HELD, Outcome.UNKNOWN],
            weights=[45, 33, 7, 5, 10],
        )[0]

    def _date(self):
        year = self.random.choices(self.years, cum_weights=self.year_weights)[0]
        start = datetime.date(year, 1, 1)
        end = min(datetime.date(year, 12, 31), self.today)
        return start + datetime.timedelta(days=self.random.randint(0, (end - start).days))

    def _fill(self, template, body, subject, phrases):
        rnd = self.random
        return template.format(
            body=body.name,
            subject=subject,
            Subject=_cap(subject),
            n=rnd.choice([120, 350, 800, 1500, 2400, 4000, 6500]),
            pct=rnd.choice([8, 12, 15, 20, 25, 30, 40]),
            w=rnd.choice([6, 8, 10, 12, 16, 20]),
            y=rnd.choice([5, 7, 9, 11, 14]),
            finding=phrases.get("finding", ""),
            request=phrases.get("request", ""),
        )

    def _sample(self, items, low, high):
        return self.random.sample(items, min(len(items), self.random.randint(low, high)))

    def motion(self):
        rnd = self.random
        body = rnd.choices(self.bodies, cum_weights=self.body_weights)[0]
        theme = rnd.choices(self.themes, cum_weights=self.theme_weights)[0]
        words = THEMES.get(theme.slug, GENERIC)
        subject = rnd.choice(words["subjects"])
        document_type = self._document_type()
        date = self._date()

        findings = [self._fill(f, body, subject, {}) for f in self._sample(words["findings"], 1, 3)]
        considerations = [
            self._fill(c, body, subject, {}) for c in self._sample(words["considerations"], 1, 3)
        ]
        requests = self._sample(words["requests"], 1, 3)
        month = rnd.choice(MONTHS)
        if document_type == DocumentType.WRITTEN_QUESTIONS:
            title = f"Schriftelijke vragen over {subject}"
            intro = self._fill(rnd.choice(QUESTION_INTROS), body, subject, {"finding": findings[0]})
            questions = [
                self._fill(
                    q,
                    body,
                    subject,
                    {"finding": rnd.choice(findings), "request": rnd.choice(requests)},
                )
                for q in QUESTION_PATTERNS[: rnd.randint(3, 5)]
            ]
            finding_text = intro
            consideration_text = ""
            operative = "\n".join(f"{i}. {q}" for i, q in enumerate(questions, start=1))
            summary = f"Vragen aan het college over {subject} in {body.name}."
        else:
            title = self._fill(rnd.choice(TITLE_PATTERNS), body, subject, {})
            if document_type == DocumentType.AMENDMENT:
                title = f"Amendement {subject}"
            elif document_type == DocumentType.INITIATIVE:
                title = f"Initiatiefvoorstel {subject}"
            finding_text = "\n".join(f"- {_cap(f)};" for f in findings)
            consideration_text = "\n".join(f"- {_cap(c)};" for c in considerations)
            asks = [
                *requests[:-1],
                f"{requests[-1]} en de raad hierover vóór {month} {date.year + 1} te informeren",
            ]
            operative = "\n".join(f"- {_cap(r)};" for r in asks)
            summary = f"Vraagt het college {requests[0]}."
        first, last = rnd.choice(FIRST_NAMES), rnd.choice(LAST_NAMES)
        submitters = f"{first} {last}"
        parties = ["PvdA", *self._sample(PARTNERS, 0, 2)]
        if date.year >= 2023 and rnd.random() < 0.4:
            parties[0] = "GroenLinks-PvdA"
        motion = Motion(
            title=title[:300],
            summary=summary,
            document_type=document_type,
            date_submitted=date,
            governing_body=body,
            submitters=submitters,
            parties=", ".join(parties),
            outcome=self._outcome(document_type),
            theme=theme,
            findings=finding_text,
            considerations=consideration_text,
            operative_text=operative,
            live=True,
            has_unpublished_changes=False,
        )
        motion.fill_derived()
        tags = self._sample(words["tags"], 0, 2)
        return motion, tags


def generate(count, *, seed=None, batch_size=DEFAULT_BATCH, index=True, stdout=None):
    """Create ``count`` live synthetic motions; return (created, seconds)."""
    generator = Generator(seed=seed)
    backends = list(get_search_backends(with_auto_update=True)) if index else []
    started = time.monotonic()
    created = 0
    now = timezone.now()
    while created < count:
        size = min(batch_size, count - created)
        pairs = [generator.motion() for _ in range(size)]
        motions = [motion for motion, _tags in pairs]
        for motion in motions:
            motion.first_published_at = motion.last_published_at = now
        with transaction.atomic():
            Motion.objects.bulk_create(motions)
            known = set_tags({motion.pk: tags for motion, tags in pairs if tags})
            if backends:
                _index(backends, pairs, known)
        created += size
        if stdout is not None:
            rate = created / max(time.monotonic() - started, 1e-6)
            stdout.write(f"{created}/{count} moties ({rate:.0f} per seconde)")
    return created, time.monotonic() - started


def with_tags_in_memory(pairs, known):
    """The motions just made, ready to index as they are in memory: their governing body
    and theme are attached, and their tags are put where the tag manager looks for
    prefetched ones, so indexing costs no query per motion."""
    motions = []
    for motion, tags in pairs:
        motion._prefetched_objects_cache = {
            "tags": FakeQuerySet(Tag, [known[name] for name in tags])
        }
        motions.append(motion)
    return motions


def _index(backends, pairs, known):
    motions = with_tags_in_memory(pairs, known)
    for backend in backends:
        backend.add_bulk(Motion, motions)
