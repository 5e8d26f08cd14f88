"""
Demo content for the CLB site: Dutch texts for every page, written from the facts in
the CLB's own annual programmes (2018, 2020, 2021), the annual report 2016 and the
"Wat we doen" page. Only data; home/demo/loader.py turns it into pages.

Addresses, e-mail addresses and phone numbers are fictitious demo values.
"""

# ---------------------------------------------------------------------------------------
# Footer and people
# ---------------------------------------------------------------------------------------

FOOTER = {
    "organisation": "Centrum voor Lokaal Bestuur",
    "address": "Voorbeeldgracht 12\n1011 AB Amsterdam\n(demo-adres)",
    "email": "info@clb-demo.nl",
    "phone": "020 123 45 67",
    "linkedin_url": "https://www.linkedin.com/company/clb-demo",
    "bluesky_url": "",
    "instagram_url": "",
    "facebook_url": "",
    "youtube_url": "",
}

PEOPLE = [
    {
        "key": "kalk",
        "name": "Jacqueline Kalk",
        "role": "secretaris/directeur",
        "email": "j.kalk@clb-demo.nl",
        "phone": "",
    },
    {
        "key": "keman",
        "name": "Jan Erik Keman",
        "role": "eindredacteur Lokaal Bestuur en communicatiemedewerker",
        "email": "j.keman@clb-demo.nl",
        "phone": "",
    },
    {
        "key": "kuilman",
        "name": "Sofie Kuilman",
        "role": "allround medewerker",
        "email": "s.kuilman@clb-demo.nl",
        "phone": "",
    },
    {
        "key": "leerink",
        "name": "Gert Jan Leerink",
        "role": "projectmedewerker middenbestuur",
        "email": "g.leerink@clb-demo.nl",
        "phone": "",
    },
    {
        "key": "kock",
        "name": "Marianne Kock",
        "role": "projectmedewerker sociaal domein",
        "email": "m.kock@clb-demo.nl",
        "phone": "",
    },
    {
        "key": "terpstra",
        "name": "Djairo Terpstra",
        "role": "medewerker opleidingen",
        "email": "d.terpstra@clb-demo.nl",
        "phone": "",
    },
]

# ---------------------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------------------

HOME = {
    "title": "Home",
    "hero_title": "Samen maken we het verschil, dichtbij huis",
    "hero_text": (
        "Het Centrum voor Lokaal Bestuur is de vereniging van alle PvdA’ers die besturen "
        "of volksvertegenwoordiger zijn in een gemeente, provincie of waterschap. We brengen "
        "je in contact met collega’s, helpen je met kennis en scholing en geven je "
        "instrumenten om sociaal-democratische ideeën waar te maken."
    ),
    "hero_link_label": "Naar de motiebank",
    "introduction": (
        "<p>Misschien zit je net in de raad. Misschien ben je al jaren wethouder, "
        "Statenlid of hoogheemraad. Hoe dan ook: bij het CLB vind je mensen die tegen "
        "dezelfde vragen aanlopen als jij. Wij zorgen dat je ze leert kennen, dat je "
        "goed voorbereid het debat in gaat en dat je niet alles zelf hoeft uit te "
        "vinden.</p>"
    ),
    "sections": [
        {
            "page": "motiebank",
            "title": "",
            "text": (
                "Zoek moties, schriftelijke vragen en amendementen van PvdA’ers uit het "
                "hele land. Pas ze aan voor jouw gemeente, provincie of waterschap en deel "
                "je eigen werk met anderen."
            ),
            "link_label": "Naar de motiebank",
        },
        {
            "page": "netwerken",
            "title": "",
            "text": (
                "Ontmoet collega’s met dezelfde functie of hetzelfde onderwerp, van "
                "fractievoorzitters in de G40 tot waterschapsbestuurders. Vaak schuiven "
                "Kamerleden aan."
            ),
            "link_label": "Bekijk alle netwerken",
        },
        {
            "page": "scholing",
            "title": "",
            "text": (
                "Van de Jan Schaperleergang voor wie raadslid wil worden tot masterclasses "
                "voor ervaren bestuurders: we helpen je groeien in je rol."
            ),
            "link_label": "Bekijk het scholingsaanbod",
        },
        {
            "page": "agenda",
            "title": "",
            "text": (
                "Vakscholen, netwerkbijeenkomsten, webinars en trainingen: hier zie je "
                "wat eraan komt en meld je je direct aan."
            ),
            "link_label": "Naar de agenda",
        },
        {
            "page": "onderzoek",
            "title": "",
            "text": (
                "We doen praktijkgericht onderzoek naar wat lokale en regionale politiek "
                "raakt. Nu werken we aan de kloof tussen het bestuur en mensen die zijn "
                "afgehaakt."
            ),
            "link_label": "Lees over ons onderzoek",
        },
    ],
    "body": [
        {
            "type": "key_figures",
            "value": {
                "heading": "Het CLB in cijfers",
                "figures": [
                    {"figure": "1.199", "label": "leden op 1 oktober 2020"},
                    {"figure": "659", "label": "raadsleden in 2020"},
                    {"figure": "117", "label": "wethouders in 2020"},
                    {"figure": "1902", "label": "het jaar waarin onze voorloper begon"},
                ],
            },
        },
        {"type": "heading", "value": {"text": "Wat het CLB voor je doet", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Lokale en regionale politiek is vaak hard werken met weinig tijd. Een "
                "raadslid besteedt er gemiddeld zo’n zestien uur per week aan, naast werk en "
                "gezin. Daarom nemen we je zoveel mogelijk werk uit handen:</p>"
                "<ul>"
                "<li><strong>Netwerken</strong> per functie en per onderwerp, waar je "
                "ervaringen uitwisselt en samen optrekt met woordvoerders in de Tweede en "
                "Eerste Kamer.</li>"
                "<li><strong>Scholing</strong> voor elke fase: voordat je gekozen bent, in "
                "je eerste jaar en tijdens de rest van je termijn.</li>"
                "<li><strong>Handreikingen</strong> over actuele onderwerpen, met "
                "achtergrond en kant-en-klare politieke instrumenten.</li>"
                "<li><strong>Advies</strong> over inhoud, procedures en lastige situaties, "
                "voor jou persoonlijk of voor je hele fractie.</li>"
                "<li><strong>De nieuwsbrief Lokaal Bestuur</strong>, elke week met nieuws "
                "en opinie uit gemeenten, provincies en waterschappen.</li>"
                "</ul>"
            ),
        },
        {
            "type": "quote",
            "value": {
                "quote": "Samen weten we meer.",
                "attribution": "Het motto van alle scholing van het CLB",
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Aan de slag met een actueel onderwerp?",
                "text": (
                    "In onze handreikingen vind je achtergrond, voorbeeldmoties en "
                    "schriftelijke vragen over onder meer wonen, armoede, werk en stikstof."
                ),
                "button_label": "Bekijk de handreikingen",
                "page": "handreikingen",
            },
        },
    ],
}

# ---------------------------------------------------------------------------------------
# Standard pages: about the CLB, contact, accessibility, privacy, newsletter
# ---------------------------------------------------------------------------------------

MEMBER_TABLE = [
    ["Functie", "2010", "2014", "2015", "2016", "2017", "2018", "2019", "2020"],
    ["Leden gebiedscommissies", "226", "37", "35", "36", "36", "39", "39", "37"],
    ["DB-leden gebiedscommissies", "50", "8", "12", "11", "11", "5", "4", "3"],
    ["Raadsleden", "2126", "955", "921", "892", "887", "687", "655", "659"],
    ["Wethouders", "438", "152", "140", "146", "142", "112", "114", "117"],
    ["Burgemeesters", "102", "99", "89", "85", "81", "69", "65", "67"],
    ["Statenleden", "111", "105", "63", "63", "62", "62", "53", "53"],
    ["Gedeputeerden", "20", "14", "6", "6", "6", "7", "11", "10"],
    ["Commissarissen van de Koning", "3", "3", "3", "2", "1", "2", "3", "3"],
    ["Waterschappen (AB en DB)", "62", "56", "48", "47", "49", "49", "49", "49"],
    ["Totaal gewone leden", "3138", "1429", "1314", "1288", "1275", "–", "993", "998"],
    ["Buitengewone leden", "–", "132", "149", "165", "183", "198", "210", "201"],
    [
        "Totaal inclusief buitengewone leden",
        "3138",
        "1561",
        "1463",
        "1453",
        "1454",
        "1230",
        "1203",
        "1199",
    ],
]

STANDARD_PAGES = [
    {
        "key": "over",
        "slug": "over-het-clb",
        "title": "Over het CLB",
        "introduction": (
            "Het Centrum voor Lokaal Bestuur verbindt en ondersteunt alle PvdA’ers in "
            "gemeenten, provincies en waterschappen. Hier lees je wie we zijn, wat we doen "
            "en hoe de vereniging in elkaar zit."
        ),
        "show_in_menus": True,
        "body": [
            {"type": "heading", "value": {"text": "Wie we zijn", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Het CLB is de bestuurdersvereniging van de PvdA. Iedereen die namens "
                    "de partij in een gemeenteraad, college, Provinciale Staten of "
                    "waterschapsbestuur zit, is lid. Dat geldt ook voor burgemeesters, "
                    "gedeputeerden en commissarissen van de Koning, en voor PvdA’ers in "
                    "gebiedscommissies. Daarnaast hebben we buitengewone leden.</p>"
                    "<p>Onze geschiedenis gaat terug tot 1902. In dat jaar richtten "
                    "sociaal-democratische raadsleden in Zwolle de voorloper van het CLB op. "
                    "Er waren er toen nog maar weinig, en ze stonden er vaak alleen voor. Ze "
                    "wilden elkaar kunnen vinden, van elkaars ervaringen leren en samen "
                    "sterker staan. Die behoefte is in ruim honderd jaar niet kleiner "
                    "geworden. In 2022 vierden we ons 120-jarig bestaan.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Ons doel en onze kerntaken", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>We willen dat sociaal-democratische uitgangspunten zo goed mogelijk "
                    "worden toegepast in gemeenten en gebiedscommissies, in provincies en "
                    "waterschappen, en ook in andere regionale overheden. Daarvoor doen we zes "
                    "dingen:</p>"
                    "<ul>"
                    "<li>we zetten netwerken op en houden ze draaiende, voor onze leden en "
                    "voor PvdA’ers in andere bestuurslagen;</li>"
                    "<li>we organiseren bijeenkomsten waar je inhoudelijk bijleert en met "
                    "elkaar in debat gaat;</li>"
                    "<li>we helpen bij het vormen van meningen en standpunten over lokale "
                    "en regionale politiek;</li>"
                    "<li>we geven informatie en advies en doen onderzoek dat je in de "
                    "praktijk kunt gebruiken;</li>"
                    "<li>we leggen verbindingen tussen politici in gemeente, provincie, "
                    "waterschap, Den Haag en Brussel;</li>"
                    "<li>we ontwikkelen scholing voor leden en voor mensen die lid willen "
                    "worden, en voeren die ook zelf uit.</li>"
                    "</ul>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Zelfstandig, en toch dicht bij de PvdA", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Het CLB is een eigen vereniging met rechtspersoonlijkheid. We horen "
                    "bij de neveninstellingen van de PvdA. Onze leden "
                    "stellen elk jaar zelf het jaarprogramma en de begroting vast, tijdens "
                    "de Algemene Ledenvergadering (ALV).</p>"
                    "<p>Binnen de partij zijn wij de plek waar het lokale en regionale "
                    "geluid samenkomt. Over onderwerpen die gemeenten en provincies raken, "
                    "willen we het debat sturen en de agenda mee bepalen. Dat doen we door "
                    "onze leden te voorzien van informatie en, waar dat nodig is, van "
                    "moties en schriftelijke vragen. En we stappen zelf naar de "
                    "Kamerfracties en het partijbestuur als er iets moet gebeuren.</p>"
                    "<p>Onze voorzitter heeft een adviserende rol in het landelijk bestuur "
                    "van de PvdA. Kan de voorzitter niet, dan neemt de secretaris/directeur "
                    "die plek in. Het CLB wordt betaald uit een deel van de extra "
                    "contributie die PvdA-leden met een politiek inkomen in gemeente, regio "
                    "of provincie afdragen.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Het bestuur", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Het bestuur telt een voorzitter, een penningmeester en vier leden die "
                    "elk een eigen portefeuille hebben. Twee adviserende leden denken mee. "
                    "Niemand in het bestuur krijgt voor dit werk betaald. In het "
                    "jaarprogramma voor 2021 zag het bestuur er zo uit:</p>"
                    "<ul>"
                    "<li><strong>Leen Verbeek</strong>, voorzitter (commissaris van de "
                    "Koning in Flevoland)</li>"
                    "<li><strong>Yusuf Çelik</strong>, penningmeester (fractievoorzitter in "
                    "Tilburg)</li>"
                    "<li><strong>Bauke Arends</strong>, lid (burgemeester van Westland)</li>"
                    "<li><strong>Marijn van Ballegooijen</strong>, lid (wethouder in "
                    "Amstelveen; trad af op 14 november 2020)</li>"
                    "<li><strong>Ralph van Hertum</strong>, lid (Statenlid in Zeeland)</li>"
                    "<li><strong>Constantijn Janssen op de Haar</strong>, lid (hoogheemraad "
                    "bij De Stichtse Rijnlanden)</li>"
                    "<li><strong>Hélène Oppatja</strong>, adviserend lid namens het "
                    "partijbestuur</li>"
                    "<li><strong>Jacqueline Kalk</strong>, adviserend lid als secretaris van "
                    "het CLB</li>"
                    "</ul>"
                ),
            },
            {"type": "heading", "value": {"text": "Het team", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Het dagelijkse werk doet een klein vast team van samen drie "
                    "voltijdbanen. <strong>Jacqueline Kalk</strong> is secretaris en "
                    "directeur. <strong>Jan Erik Keman</strong> is eindredacteur van de "
                    "nieuwsbrief Lokaal Bestuur en zorgt voor de communicatie. "
                    "<strong>Sofie Kuilman</strong> is allround medewerker en jouw eerste "
                    "aanspreekpunt voor veel praktische vragen.</p>"
                    "<p>Eind 2020 kwamen er tijdelijk twee projectmedewerkers bij, elk voor "
                    "een deel van de week. <strong>Gert Jan Leerink</strong> richtte zich op "
                    "het middenbestuur: provincies en waterschappen. <strong>Marianne "
                    "Kock</strong> werkte aan het sociaal domein. Voor de trainingen op maat "
                    "kunnen we rekenen op een groep vrijwillige trainers, en een aantal "
                    "freelancers schrijft mee aan de nieuwsbrief.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Onze leden in cijfers", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Sinds 2010 is het aantal leden flink gedaald. Dat hangt vooral "
                    "samen met verkiezingsuitslagen: wie minder zetels haalt, heeft minder "
                    "raadsleden, wethouders en Statenleden. Ook gemeentelijke herindelingen "
                    "kosten zetels. Tegelijk groeide het aantal buitengewone leden. In de "
                    "tabel zie je per functie hoeveel leden het CLB had. Voor 2010 gaat het "
                    "om de stand op 1 januari, voor de andere jaren om de stand op "
                    "1 oktober.</p>"
                ),
            },
            {
                "type": "table",
                "value": {
                    "table_caption": (
                        "Aantal CLB-leden per functie, 2010 tot en met 2020 (– = niet bekend)"
                    ),
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "data": MEMBER_TABLE,
                },
            },
            {
                "type": "key_figures",
                "value": {
                    "heading": "In één oogopslag (1 oktober 2020)",
                    "figures": [
                        {"figure": "1.199", "label": "leden in totaal"},
                        {"figure": "659", "label": "raadsleden"},
                        {"figure": "117", "label": "wethouders"},
                        {"figure": "67", "label": "burgemeesters"},
                        {"figure": "53", "label": "Statenleden"},
                        {"figure": "49", "label": "leden van een waterschapsbestuur"},
                    ],
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Vragen over het CLB of je lidmaatschap?",
                    "text": "Op de contactpagina lees je wie je waarvoor kunt benaderen.",
                    "button_label": "Neem contact op",
                    "page": "contact",
                },
            },
        ],
        "children": [
            {
                "key": "contact",
                "slug": "contact",
                "title": "Contact",
                "introduction": (
                    "Heb je een vraag, een idee of loop je ergens tegenaan? Neem gerust "
                    "contact met ons op. Hieronder lees je wie je waarvoor kunt benaderen."
                ),
                "show_in_menus": True,
                "body": [
                    {"type": "heading", "value": {"text": "Zo bereik je ons", "level": "h2"}},
                    {
                        "type": "paragraph",
                        "value": (
                            '<p>Mail naar <a href="mailto:info@clb-demo.nl">'
                            "info@clb-demo.nl</a> of bel 020 123 45 67 op werkdagen tussen "
                            "9.00 en 17.00 uur. We zijn een klein team. Krijg je niemand "
                            "te pakken? Spreek dan een bericht in of stuur een mail. We "
                            "reageren meestal binnen twee werkdagen.</p>"
                            "<p>Let op: dit zijn voorbeeldgegevens voor de demoversie van "
                            "deze website.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Wie helpt je waarmee?", "level": "h2"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<ul>"
                            "<li><strong>Lidmaatschap, je account en aanmelden voor "
                            "bijeenkomsten:</strong> Sofie Kuilman, allround medewerker.</li>"
                            "<li><strong>De nieuwsbrief Lokaal Bestuur, artikelen en "
                            "tips voor de redactie:</strong> Jan Erik Keman, "
                            "eindredacteur.</li>"
                            "<li><strong>Advies over inhoud of procedures, de netwerken "
                            "voor wethouders, burgemeesters en fractievoorzitters, en "
                            "vragen aan het bestuur:</strong> Jacqueline Kalk, "
                            "secretaris/directeur.</li>"
                            "<li><strong>Leergangen, vakscholen en workshops:</strong> "
                            "Djairo Terpstra, medewerker opleidingen.</li>"
                            "<li><strong>Jeugdzorg, Wmo, werk en inkomen:</strong> Marianne "
                            "Kock, projectmedewerker sociaal domein.</li>"
                            "<li><strong>Provincies en waterschappen:</strong> Gert Jan "
                            "Leerink, projectmedewerker middenbestuur.</li>"
                            "</ul>"
                            "<p>Gaat het om spanningen of een conflict binnen je fractie of "
                            "afdeling? Ook dan kun je bij ons terecht. Samen met het "
                            "partijbureau zoeken we dan naar ervaren partijgenoten die "
                            "kunnen bemiddelen. Zo’n gesprek behandelen we "
                            "vertrouwelijk.</p>"
                        ),
                    },
                    {
                        "type": "accordion",
                        "value": {
                            "heading": "Veelgestelde vragen",
                            "items": [
                                {
                                    "question": "Wie is lid van het CLB?",
                                    "answer": (
                                        "<p>Alle PvdA’ers die in een gemeente, provincie of "
                                        "waterschap volksvertegenwoordiger of bestuurder "
                                        "zijn, zijn lid. Denk aan raadsleden, wethouders, "
                                        "burgemeesters, Statenleden, gedeputeerden, "
                                        "commissarissen van de Koning en leden van een "
                                        "waterschapsbestuur. Ook PvdA’ers in "
                                        "gebiedscommissies horen erbij.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Ik ben burgerraadslid, schaduwraadslid of "
                                        "fractiemedewerker. Kan ik meedoen?"
                                    ),
                                    "answer": (
                                        "<p>Vaak wel. Veel van onze bijeenkomsten en "
                                        "trainingen staan ook open voor "
                                        "burgerraadsleden, schaduwraadsleden en "
                                        "fractiemedewerkers. Bij elke activiteit in de "
                                        "agenda staat voor wie die bedoeld is. Wil je "
                                        "weten of je buitengewoon lid kunt worden? Mail "
                                        "ons, dan kijken we met je mee.</p>"
                                    ),
                                },
                                {
                                    "question": "Wat kost het lidmaatschap?",
                                    "answer": (
                                        "<p>Je betaalt het CLB niet apart. Als PvdA’er met "
                                        "een politiek inkomen draag je een extra "
                                        "contributie af aan de partij. Een deel daarvan "
                                        "gaat naar het CLB.</p>"
                                    ),
                                },
                                {
                                    "question": "Hoe krijg ik een account voor de motiebank?",
                                    "answer": (
                                        "<p>De motiebank is alleen voor leden. Heb je nog "
                                        "geen account, of werkt je inlog niet meer? Stuur "
                                        "een mail met je naam, je functie en de gemeente, "
                                        "provincie of het waterschap waar je actief bent "
                                        "naar info@clb-demo.nl. We controleren of je lid "
                                        "bent en sturen je dan een link om een wachtwoord "
                                        "te kiezen.</p>"
                                    ),
                                },
                                {
                                    "question": "Ik ben mijn wachtwoord vergeten.",
                                    "answer": (
                                        "<p>Klik op de inlogpagina op ‘Wachtwoord "
                                        "vergeten’. Je krijgt dan een mail waarmee je een "
                                        "nieuw wachtwoord instelt. Komt er geen mail? Kijk "
                                        "in je map met ongewenste e-mail of neem contact "
                                        "met ons op.</p>"
                                    ),
                                },
                                {
                                    "question": "Hoe meld ik me aan voor een training?",
                                    "answer": (
                                        "<p>Kijk in de agenda of op de pagina van de "
                                        "training. Daar staat hoe je je aanmeldt en tot "
                                        "wanneer dat kan. Voor een training op maat voor "
                                        "je hele fractie neem je rechtstreeks contact met "
                                        "ons op. Dan bespreken we eerst wat jullie "
                                        "nodig hebben.</p>"
                                    ),
                                },
                                {
                                    "question": "Kan ik me weer afmelden?",
                                    "answer": (
                                        "<p>Ja. Laat het ons zo snel mogelijk weten, dan "
                                        "kan iemand anders je plek krijgen. Bij trainingen "
                                        "met kosten staat op de pagina van de training tot "
                                        "wanneer je kosteloos kunt afzeggen.</p>"
                                    ),
                                },
                                {
                                    "question": "Hoe kom ik in een netwerk of appgroep?",
                                    "answer": (
                                        "<p>Op de pagina van elk netwerk staat wie de "
                                        "contactpersoon is. Stuur die een bericht met je "
                                        "naam, functie en telefoonnummer, dan zorgen we "
                                        "dat je wordt toegevoegd.</p>"
                                    ),
                                },
                            ],
                        },
                    },
                ],
            },
            {
                "key": "nieuwsbrief",
                "slug": "nieuwsbrief-lokaal-bestuur",
                "title": "Nieuwsbrief Lokaal Bestuur",
                "introduction": (
                    "Lokaal Bestuur is de nieuwsbrief van het CLB. Elke week lees je erin "
                    "wat er speelt in gemeenten, provincies en waterschappen."
                ),
                "show_in_menus": True,
                "body": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>In Lokaal Bestuur vind je nieuws, achtergronden en opinie "
                            "over lokale en regionale politiek. We laten zien wat ergens "
                            "goed gaat, maar ook wat misgaat. We leggen uit wat nieuwe "
                            "plannen uit Den Haag betekenen voor jouw gemeente, provincie of "
                            "waterschap. En we zetten onderwerpen op de agenda die volgens "
                            "sociaal-democraten aandacht verdienen.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Van blad naar nieuwsbrief", "level": "h2"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Lokaal Bestuur begon als gedrukt blad. In 2016 verschenen er "
                            "nog vier nummers op papier, naast ruim twintig digitale "
                            "nieuwsbrieven. In 2018 stopte het blad op papier en ging "
                            "Lokaal Bestuur digitaal verder, eerst om de week. Sinds het voorjaar van 2020 komt "
                            "de nieuwsbrief elke week uit, op zondagochtend. Daardoor kunnen "
                            "we sneller inspelen op wat er gebeurt.</p>"
                            "<p>Dat lezers dat waarderen, zien we terug in de cijfers. Tussen "
                            "half maart en begin oktober 2020 telden we zo’n 8.700 bezoekers, "
                            "tegen ongeveer 7.400 in dezelfde periode een jaar eerder.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Wie maken Lokaal Bestuur?", "level": "h2"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Eindredacteur Jan Erik Keman stelt elke editie samen. Hij "
                            "werkt met een groep freelancers en met een redactie waarin "
                            "politici uit alle bestuurslagen zitten. Zij bespreken de "
                            "afgelopen nummers en komen met ideeën voor nieuwe verhalen.</p>"
                            "<p>Heb je een tip, een mooi voorbeeld uit je eigen gemeente of "
                            "een opiniestuk? Stuur het naar "
                            '<a href="mailto:redactie@clb-demo.nl">redactie@clb-demo.nl</a>. '
                            "We lezen alles.</p>"
                        ),
                    },
                ],
            },
            {
                "key": "toegankelijkheid",
                "slug": "toegankelijkheid",
                "title": "Toegankelijkheidsverklaring",
                "introduction": (
                    "We willen dat iedereen deze website kan gebruiken, ook als je slecht "
                    "ziet, alleen een toetsenbord gebruikt of met een schermlezer werkt. "
                    "Hier lees je hoe ver we daarmee zijn."
                ),
                "show_in_menus": False,
                "body": [
                    {"type": "heading", "value": {"text": "Onze ambitie", "level": "h2"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Het Centrum voor Lokaal Bestuur wil dat deze website voldoet "
                            "aan de Web Content Accessibility Guidelines (WCAG), versie 2.1, "
                            "op niveau AA. Dat is de norm die ook voor overheidswebsites "
                            "geldt. We houden daar rekening mee bij elke nieuwe pagina en "
                            "elke aanpassing aan de website.</p>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Hoe we hebben getest", "level": "h2"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>We hebben de belangrijkste soorten pagina’s gecontroleerd: de "
                            "homepage, de overzichten van netwerken, scholing, onderzoek en "
                            "handreikingen, losse pagina’s daaronder, de agenda, de "
                            "motiebank, het zoeken en de formulieren.</p>"
                            "<ul>"
                            "<li><strong>Automatische controle:</strong> met axe-core hebben "
                            "we de pagina’s gescand op veelvoorkomende fouten, zoals "
                            "ontbrekende alternatieve teksten, te weinig kleurcontrast en "
                            "formuliervelden zonder label.</li>"
                            "<li><strong>Toetsenbordtest:</strong> we hebben de pagina’s "
                            "doorlopen zonder muis. We keken of je overal bij kunt met de "
                            "Tab-toets, of je steeds ziet waar je bent en of menu’s en "
                            "uitklaplijsten goed werken.</li>"
                            "</ul>"
                            "<p>Een automatische scan vindt niet alle problemen. We hebben "
                            "de website nog niet laten keuren door een onafhankelijke "
                            "deskundige. Daarom zeggen we niet dat de website volledig "
                            "voldoet, maar dat we ernaar streven.</p>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Wat nog niet goed gaat", "level": "h2"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<ul>"
                            "<li><strong>Oudere pdf-documenten.</strong> Een deel van de "
                            "handreikingen, publicaties en jaarstukken is gemaakt voordat we "
                            "op toegankelijkheid letten. Die documenten zijn soms niet goed "
                            "leesbaar met een schermlezer, bijvoorbeeld omdat koppen of "
                            "tabellen niet als zodanig zijn gemarkeerd. Nieuwe documenten "
                            "maken we wel toegankelijk. Heb je een ouder document nodig in "
                            "een andere vorm? Vraag het ons, dan helpen we je.</li>"
                            "<li><strong>Moties van leden.</strong> Leden kunnen zelf "
                            "documenten uploaden in de motiebank. Wij kunnen niet "
                            "garanderen dat al die bestanden toegankelijk zijn.</li>"
                            "</ul>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Een probleem melden", "level": "h2"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Kom je iets tegen dat je niet kunt lezen of gebruiken? Laat "
                            "het ons weten via "
                            '<a href="mailto:toegankelijkheid@clb-demo.nl">'
                            "toegankelijkheid@clb-demo.nl</a> of bel 020 123 45 67. Vertel "
                            "op welke pagina het was, wat er misging en welk hulpmiddel je "
                            "gebruikt, als je dat wilt delen. Je krijgt binnen vijf "
                            "werkdagen een reactie. Lukt een oplossing niet meteen, dan "
                            "zoeken we samen naar een andere manier om je de informatie te "
                            "geven.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": "<p><em>Deze verklaring is opgesteld op 22 november 2026.</em></p>",
                    },
                ],
            },
            {
                "key": "privacy",
                "slug": "privacy",
                "title": "Privacyverklaring",
                "introduction": (
                    "Voor een deel van deze website heb je een account nodig. Hier lees je "
                    "welke gegevens we dan van je bewaren, waarom we dat doen en welke "
                    "rechten je hebt."
                ),
                "show_in_menus": False,
                "body": [
                    {
                        "type": "heading",
                        "value": {"text": "Welke gegevens we bewaren", "level": "h2"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Als je als lid een account hebt, bewaren we:</p>"
                            "<ul>"
                            "<li>je naam en je e-mailadres;</li>"
                            "<li>je functie, bijvoorbeeld raadslid, wethouder of Statenlid;</li>"
                            "<li>het bestuursorgaan waarin je zit, zoals de gemeenteraad van "
                            "jouw gemeente of het algemeen bestuur van jouw waterschap;</li>"
                            "<li>de moties, schriftelijke vragen en amendementen die je in de "
                            "motiebank zet.</li>"
                            "</ul>"
                            "<p>Meld je je aan voor een activiteit, dan bewaren we ook dat je "
                            "je hebt aangemeld, en eventueel wat je ons daarbij laat weten, "
                            "zoals een dieetwens.</p>"
                        ),
                    },
                    {
                        "type": "heading",
                        "value": {"text": "Waarom we die gegevens nodig hebben", "level": "h2"},
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>We gebruiken je gegevens alleen voor ons werk als vereniging: "
                            "om te controleren dat je lid bent, zodat alleen leden bij de "
                            "motiebank kunnen; om bij een motie te laten zien wie die heeft "
                            "ingediend en in welke gemeente, provincie of welk waterschap, "
                            "zodat collega’s contact kunnen opnemen; en om je te laten weten "
                            "hoe het zit met een activiteit waarvoor je je hebt aangemeld. We "
                            "verkopen je gegevens nooit en geven ze niet door aan anderen, "
                            "tenzij de wet ons daartoe verplicht.</p>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Hoe lang we ze bewaren", "level": "h2"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Je account en de gegevens daarin bewaren we zolang je lid "
                            "bent. Stopt je lidmaatschap, bijvoorbeeld omdat je termijn erop "
                            "zit, dan verwijderen we je account binnen drie maanden. "
                            "Aanmeldingen voor activiteiten verwijderen we uiterlijk een jaar "
                            "na de activiteit.</p>"
                            "<p>De moties en andere stukken die je hebt gedeeld, blijven wel "
                            "in de motiebank staan. Ze zijn immers aangenomen of ingediend in "
                            "een openbare vergadering en blijven nuttig voor andere leden. We "
                            "halen dan wel je naam en je e-mailadres weg. Bij de motie staat "
                            "daarna alleen nog de gemeente, provincie of het waterschap en de "
                            "datum.</p>"
                        ),
                    },
                    {"type": "heading", "value": {"text": "Jouw rechten", "level": "h2"}},
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Je mag altijd vragen welke gegevens we van je hebben. Klopt "
                            "er iets niet, dan passen we het aan. Je kunt ons ook vragen je "
                            "account en je gegevens te verwijderen, ook als je nog lid bent. "
                            "Wil je dat een motie helemaal uit de motiebank verdwijnt? Ook "
                            "dat kan. Stuur je verzoek naar "
                            '<a href="mailto:privacy@clb-demo.nl">privacy@clb-demo.nl</a>. '
                            "We reageren binnen een maand.</p>"
                            "<p>Ben je het niet eens met hoe we met je gegevens omgaan? "
                            "Laat het ons eerst weten, dan zoeken we samen een oplossing. "
                            "Je hebt ook altijd het recht om een klacht in te dienen bij de "
                            "Autoriteit Persoonsgegevens.</p>"
                        ),
                    },
                ],
            },
        ],
    },
]

# ---------------------------------------------------------------------------------------
# Networks
# ---------------------------------------------------------------------------------------

NETWORK_INDEX = {
    "key": "netwerken",
    "slug": "netwerken",
    "title": "Netwerken",
    "introduction": (
        "In onze netwerken ontmoet je collega’s met dezelfde functie of met hetzelfde "
        "onderwerp in je portefeuille. Je deelt kennis, wisselt ervaringen uit en trekt "
        "samen op met woordvoerders in de Tweede en Eerste Kamer."
    ),
    "body": [
        {
            "type": "paragraph",
            "value": (
                "<p>Het CLB is in de eerste plaats een netwerkorganisatie. We brengen leden "
                "bij elkaar op twee manieren. In <strong>functionele netwerken</strong> "
                "ontmoet je mensen met dezelfde rol, zoals fractievoorzitters, wethouders of "
                "burgemeesters. In <strong>thematische netwerken</strong> gaat het om een "
                "onderwerp, zoals wonen, jeugdzorg of natuur en landbouw. Soms combineren we "
                "functies in één netwerk, bijvoorbeeld gedeputeerden, dijkgraven en "
                "fractievoorzitters in de Staten.</p>"
                "<p>Waar het zinvol is, slaan we een brug naar andere bestuurslagen. Kamerleden "
                "schuiven regelmatig aan, en wat jullie uit de praktijk vertellen, nemen zij "
                "mee naar Den Haag. Andersom hoor je als eerste wat er in de Kamer speelt.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Hoe een netwerk werkt", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Sommige netwerken komen een paar keer per jaar samen, andere elke maand "
                "online. Bijeenkomsten waar het vooral om informatie en overleg gaat, houden "
                "we vaak digitaal. Dan hoeft niemand uren te reizen en kunnen ook leden uit de "
                "randen van het land makkelijk meedoen. Voor ontmoeting en verdieping zien we "
                "elkaar graag in het echt. Veel netwerken hebben daarnaast een eigen "
                "appgroep, voor snelle vragen tussendoor.</p>"
                "<p>Uit netwerken komen vaak concrete dingen voort: moties, schriftelijke "
                "vragen, opiniestukken of een handreiking. Die delen we in de motiebank, "
                "zodat ook anderen ermee verder kunnen.</p>"
                "<p>Mis je een netwerk voor jouw functie of onderwerp? Laat het ons weten. We "
                "organiseren ook bijeenkomsten op aanvraag als een groep leden daar behoefte "
                "aan heeft.</p>"
            ),
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Meedoen aan een netwerk?",
                "text": (
                    "Op elke netwerkpagina staat een contactpersoon. Twijfel je welk netwerk "
                    "bij je past? Neem contact met ons op."
                ),
                "button_label": "Neem contact op",
                "page": "contact",
            },
        },
    ],
}

NETWORKS = [
    {
        "key": "fractievoorzitters-g40",
        "slug": "fractievoorzitters-g40",
        "title": "Fractievoorzitters G40",
        "introduction": (
            "Het netwerk voor PvdA-fractievoorzitters in de grote en middelgrote steden "
            "van het G40-stedennetwerk."
        ),
        "kind": "functioneel",
        "audiences": ["raadsleden"],
        "audience_note": (
            "Voor fractievoorzitters van de PvdA in de gemeenten van de G40. Vroeger heette "
            "dit netwerk G38, naar het aantal steden dat toen meedeed."
        ),
        "meeting_frequency": "Ongeveer elke zes weken een online bijeenkomst",
        "meeting_format": "digitaal",
        "app_group": (
            "De fractievoorzitters hebben een eigen appgroep. Je wordt toegevoegd zodra je je "
            "bij de contactpersoon meldt."
        ),
        "contact": "kalk",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Als fractievoorzitter in een grote stad draag je veel op je "
                    "schouders. Je leidt de fractie, voert het woord in de belangrijkste "
                    "debatten en bent het gezicht van de PvdA in je stad. Tegelijk lijken de "
                    "vraagstukken in de steden sterk op elkaar: tekorten in het sociaal "
                    "domein, een krappe woningmarkt, de begroting die elk jaar weer knelt. "
                    "Dan is het goed om te weten hoe collega’s elders het aanpakken.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat we doen", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>In dit netwerk wissel je ervaringen, informatie en strategie uit. "
                    "Hoe voer je oppositie als de middelen ontbreken? Wat doe je als een "
                    "coalitie wankelt? Welke motie heeft ergens echt iets opgeleverd? We "
                    "komen ongeveer om de zes weken online bij elkaar. Dat is kort en "
                    "praktisch, zodat het ook in een volle agenda past.</p>"
                    "<p>Het netwerk voedt ook de Tweede Kamerfractie. Wat jullie in de "
                    "steden zien gebeuren, geven we door aan de Kamerleden. Zij praten "
                    "jullie op hun beurt bij over wat er in Den Haag op de steden afkomt. "
                    "Daarnaast versterkt het netwerk gewoon de onderlinge band: je weet wie "
                    "je kunt bellen.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Van twee keer per jaar naar online", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Jarenlang kwamen de fractievoorzitters twee keer per jaar fysiek bij "
                    "elkaar, met daarnaast een paar appgroepen. Toen we in 2020 "
                    "noodgedwongen online gingen vergaderen, bleek dat goed te bevallen. "
                    "Sindsdien zien we elkaar vaker dan vroeger.</p>"
                ),
            },
        ],
    },
    {
        "key": "wethouders",
        "slug": "wethouders",
        "title": "Wethouders",
        "introduction": (
            "Voor PvdA-wethouders: maandelijks online de actualiteit bespreken en één keer "
            "per jaar samen op pad om bij te leren."
        ),
        "kind": "functioneel",
        "audiences": ["wethouders"],
        "audience_note": (
            "Voor alle PvdA-wethouders, ook als je tussentijds bent begonnen of net bent "
            "gestart na de verkiezingen."
        ),
        "meeting_frequency": (
            "Elke eerste vrijdag van de maand online, daarnaast één fysieke bijeenkomst per jaar"
        ),
        "meeting_format": "beide",
        "app_group": (
            "Wethouders delen tips en vragen in appgroepen, onder meer per portefeuille. Meld "
            "je bij de contactpersoon om te worden toegevoegd."
        ),
        "contact": "kalk",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Als wethouder zit je op het snijvlak van twee werelden. Aan de ene "
                    "kant staat wat je politiek wilt bereiken. Aan de andere kant staan de "
                    "ambtelijke werkelijkheid, een krappe begroting en de afspraken in het "
                    "college. Die spanning tussen de politieke agenda en de dagelijkse "
                    "praktijk is een vast onderwerp in dit netwerk.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Elke maand online", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Op de eerste vrijdag van elke maand is er een online bijeenkomst. "
                    "Je hoort wat collega’s bezighoudt, bespreekt nieuwe wetten en "
                    "regelingen en krijgt snel antwoord op vragen waar je zelf mee zit. Er "
                    "is geen vaste aanwezigheidsplicht: je sluit aan als het jou uitkomt.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Eén keer per jaar samen op pad", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Eén keer per jaar komen we fysiek bij elkaar. Die dag combineert "
                    "bijscholing met ontmoeting: een excursie naar een plek waar iets "
                    "bijzonders gebeurt, gevolgd door een stevige discussie. Je werkt aan "
                    "vaardigheden, verdiept je in een actueel thema en scherpt je eigen "
                    "profiel als wethouder die vanuit waarden werkt.</p>"
                    "<p>Ook de uitwisseling met de Tweede Kamerfractie hoort erbij. Zo "
                    "weten Kamerleden wat hun plannen in de praktijk betekenen, en weet jij "
                    "eerder wat eraan komt.</p>"
                    "<p>Voor wethouders met dezelfde portefeuille organiseren we soms aparte "
                    "bijeenkomsten. In het verleden waren er bijvoorbeeld netwerken voor "
                    "wethouders Wmo en wethouders sociale zaken, en dachten wethouders met "
                    "Kamerlid John Kerstens na over regionale samenwerking op de "
                    "arbeidsmarkt.</p>"
                ),
            },
        ],
    },
    {
        "key": "burgemeesters",
        "slug": "burgemeesters",
        "title": "Burgemeesters",
        "introduction": (
            "Twee keer per jaar een burgemeestersdag, met ruimte voor ontmoeting, verdieping "
            "en gesprek met de Tweede Kamerfractie."
        ),
        "kind": "functioneel",
        "audiences": ["burgemeesters"],
        "audience_note": ("Voor alle PvdA-burgemeesters, ook als je waarnemend burgemeester bent."),
        "meeting_frequency": "Twee burgemeestersdagen per jaar; de werkgroep komt ook twee keer per jaar bijeen",
        "meeting_format": "fysiek",
        "app_group": "",
        "contact": "kalk",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Een burgemeester staat boven de partijen, maar komt niet uit het "
                    "niets. Veel PvdA-burgemeesters voelen zich verbonden met de waarden "
                    "waarvoor ze ooit de politiek in gingen. Tegelijk is het ambt soms "
                    "eenzaam. In dit netwerk vind je collega’s die precies weten waar je "
                    "mee te maken hebt.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "De burgemeestersdag", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Twee keer per jaar organiseren we een burgemeestersdag. Eén keer "
                    "ontvangen de burgemeesters de Tweede Kamerfractie, in een informele "
                    "sfeer. Dat is hét moment om Kamerleden te vertellen wat wetten en "
                    "plannen in de praktijk betekenen. De andere dag vindt plaats op "
                    "locatie, ergens in het land.</p>"
                    "<p>Een vast thema is openbare orde en veiligheid. Daarnaast werken we "
                    "samen aan een beeld van de PvdA-burgemeester van de toekomst: wat "
                    "vraagt het ambt straks van je, en hoe geef je er vanuit "
                    "sociaal-democratische waarden invulling aan? Eerder kwamen onder meer "
                    "de opvang van vluchtelingen en de participatiesamenleving aan bod.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "De burgemeesterswerkgroep", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Een kleine werkgroep van ongeveer tien burgemeesters houdt de "
                    "ontwikkelingen rond het ambt en de functie van burgemeester in de "
                    "gaten. De werkgroep denkt mee over de opzet van de burgemeestersdagen en "
                    "de ontmoeting met de Kamer. Zin om mee te doen? Neem contact op met de "
                    "contactpersoon.</p>"
                    "<p>Het CLB doet ook mee aan het landelijke netwerk ‘weerbaar bestuur’. "
                    "Daar gaat het onder meer over de vraag hoe bestuurders zich kunnen "
                    "wapenen tegen intimidatie en bedreiging.</p>"
                ),
            },
        ],
    },
    {
        "key": "jonge-politici",
        "slug": "jonge-politici",
        "title": "Jonge politici",
        "introduction": (
            "Een netwerk voor jonge PvdA’ers in gemeente, provincie en waterschap: om elkaar "
            "te leren kennen, van elkaar te leren en elkaar scherp te houden."
        ),
        "kind": "functioneel",
        "audiences": ["raadsleden", "statenleden", "waterschappers", "commissieleden"],
        "audience_note": (
            "Voor jonge raadsleden, Statenleden, waterschapsbestuurders, burgerraadsleden en "
            "commissieleden. Voel je je aangesproken? Dan ben je welkom."
        ),
        "meeting_frequency": "Een paar keer per jaar, in overleg met de deelnemers",
        "meeting_format": "beide",
        "app_group": (
            "Het netwerk heeft een eigen appgroep voor snelle vragen en tips. Vraag de "
            "contactpersoon om je toe te voegen."
        ),
        "contact": "kuilman",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Ben je jong en zit je in de politiek, dan ben je in je fractie of "
                    "in de raadszaal vaak een van de weinigen van je leeftijd. Je combineert "
                    "het raadswerk met een studie, een eerste baan of een jong gezin. En je "
                    "merkt dat mensen soms anders naar je kijken. Dat vraagt om een eigen "
                    "plek om ervaringen te delen.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat je er vindt", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>In dit netwerk ontmoet je leeftijdsgenoten uit het hele land en uit "
                    "alle bestuurslagen. Je praat over wat je tegenkomt: hoe maak je je "
                    "punt in een debat met ervaren tegenstanders, hoe houd je het vol naast "
                    "je werk, hoe ga je om met reacties op sociale media? Je deelt "
                    "voorbeelden van wat werkt, en je helpt elkaar als het even tegenzit.</p>"
                    "<p>Ook de inhoud komt aan bod. Veel onderwerpen raken jonge mensen "
                    "direct, zoals het vinden van een betaalbare woning, werk en de "
                    "toekomst van het klimaat. Samen bedenk je hoe je die onderwerpen op de "
                    "agenda zet in je eigen gemeente, provincie of waterschap.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Meedoen", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>We spreken elkaar een paar keer per jaar, soms online en soms "
                    "fysiek. Het netwerk bepaalt zelf welke onderwerpen het wil "
                    "bespreken; het CLB zorgt voor de organisatie. Meld je aan bij de "
                    "contactpersoon, dan hoor je wanneer de volgende bijeenkomst is.</p>"
                ),
            },
        ],
    },
    {
        "key": "gedeputeerden-dijkgraven-fractievoorzitters",
        "slug": "gedeputeerden-dijkgraven-fractievoorzitters",
        "title": "Gedeputeerden, dijkgraven en fractievoorzitters in de Staten",
        "introduction": (
            "Eén netwerk voor de PvdA-kopstukken in provincies en waterschappen, samen met "
            "woordvoerders uit de Tweede en Eerste Kamer."
        ),
        "kind": "functioneel",
        "audiences": ["gedeputeerden", "statenleden", "waterschappers"],
        "audience_note": (
            "Voor gedeputeerden, fractievoorzitters in Provinciale Staten, dijkgraven en "
            "leden van het dagelijks bestuur van een waterschap."
        ),
        "meeting_frequency": "Twee bijeenkomsten per jaar, en vaker als de actualiteit erom vraagt",
        "meeting_format": "beide",
        "app_group": ("Er is een appgroep voor snelle afstemming tussen de bijeenkomsten door."),
        "contact": "leerink",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Provincies en waterschappen hebben de afgelopen jaren een veel "
                    "grotere rol gekregen. Wonen, klimaat, de regionale energiestrategieën, "
                    "de energietransitie en de landbouw: bij veel grote opgaven liggen de "
                    "belangrijkste keuzes in het middenbestuur. Wie daar namens de PvdA "
                    "bestuurt of een fractie leidt, heeft veel aan collega’s in andere "
                    "provincies en waterschappen.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Samen in één netwerk", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Vroeger hadden gedeputeerden, Statenfracties en waterschappers elk "
                    "hun eigen overleg. Sinds 2018 zitten ze in één netwerk. Dat past bij "
                    "een kleinere vereniging, maar vooral ook bij de inhoud: water, ruimte, "
                    "natuur en energie houden zich niet aan de grenzen van een "
                    "bestuurslaag.</p>"
                    "<p>We komen minstens twee keer per jaar bij elkaar. Je deelt ervaringen "
                    "en informatie, en stemt strategie af. Wat doe je als coalitiepartij, en "
                    "wat als je in de oppositie zit? Woordvoerders uit de Tweede en Eerste "
                    "Kamer schuiven aan. Zo hoor je vroeg wat er landelijk speelt, en "
                    "kunnen zij rekening houden met wat er in de regio gebeurt.</p>"
                    "<p>Naast de netwerkbijeenkomsten werken we aan de inhoud. Denk aan "
                    "stikstof, de verdeling van geld tussen Rijk en provincies, of de vraag "
                    "hoe je als waterschap je sociale gezicht laat zien.</p>"
                ),
            },
        ],
    },
    {
        "key": "statenleden",
        "slug": "statenleden",
        "title": "Statenleden",
        "introduction": (
            "Inspiratie, scholing en contact met collega’s in andere provincies, met "
            "waterschappers en met de Kamer."
        ),
        "kind": "functioneel",
        "audiences": ["statenleden", "gedeputeerden"],
        "audience_note": (
            "Voor alle PvdA-Statenleden. Gedeputeerden zijn bij de inspiratiesessies en de "
            "netwerkdag ook van harte welkom."
        ),
        "meeting_frequency": "Inspiratiesessies door het jaar heen en één netwerkdag per jaar",
        "meeting_format": "beide",
        "app_group": (
            "Woordvoerders in de Staten zijn per onderwerp met elkaar en met Kamerleden "
            "verbonden in appgroepen. Vraag de contactpersoon welke groep bij jou past."
        ),
        "contact": "leerink",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Als Statenlid beslis je over onderwerpen die niet altijd het "
                    "journaal halen, maar wel grote gevolgen hebben: natuur, landbouw, "
                    "mobiliteit, energie, ruimte en wonen. De PvdA-fracties in de Staten "
                    "zijn vaak klein. Des te belangrijker is het dat je weet wat collega’s "
                    "in andere provincies doen.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Inspiratiesessies", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Voor Statenleden, gedeputeerden en waterschappers organiseren we "
                    "inspiratiesessies. Je verdiept je in een actueel onderwerp, hoort hoe "
                    "het elders gaat en werkt aan je vaardigheden. Eerder ging een studiedag "
                    "bijvoorbeeld over de samenwerking met raadsleden en over water en "
                    "veiligheid in de eigen omgeving.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "De jaarlijkse netwerkdag", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Eén keer per jaar is er een netwerkdag voor wethouders, Statenleden "
                    "en waterschappers samen, meestal in de Tweede Kamer. Je praat bij over "
                    "landelijke ontwikkelingen, wisselt strategieën uit en ontmoet de "
                    "Kamerfractie. Zo loopt informatie twee kanten op: van de provincie naar "
                    "Den Haag en terug.</p>"
                    "<p>Ben je woordvoerder natuur en landbouw, of energie en klimaat? Dan "
                    "is er ook een apart thematisch netwerk voor jou. Die vind je hieronder "
                    "bij de andere netwerken.</p>"
                ),
            },
        ],
    },
    {
        "key": "natuur-en-landbouw",
        "slug": "natuur-en-landbouw",
        "title": "Natuur en landbouw",
        "introduction": (
            "Het netwerk voor woordvoerders natuur en landbouw in de Provinciale Staten, in "
            "nauw contact met de portefeuillehouder in de Tweede Kamer."
        ),
        "kind": "thematisch",
        "audiences": ["statenleden", "gedeputeerden"],
        "audience_note": (
            "Voor woordvoerders natuur en landbouw in Provinciale Staten. Gedeputeerden met "
            "deze onderwerpen in hun portefeuille kunnen ook aansluiten."
        ),
        "meeting_frequency": "Minstens één landelijke bijeenkomst per jaar, vaker als het nodig is",
        "meeting_format": "beide",
        "app_group": (
            "In de appgroep zitten de woordvoerders uit de Staten en de Tweede Kamer. Handig "
            "om snel een motie of vraag te delen."
        ),
        "contact": "leerink",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Weinig onderwerpen liggen zo gevoelig als natuur en landbouw. "
                    "Provincies moeten de natuur herstellen, vergunningen verlenen en "
                    "tegelijk boeren perspectief bieden. Sinds de uitspraken over stikstof "
                    "is dat er niet makkelijker op geworden. In dit netwerk helpen "
                    "woordvoerders elkaar om daar een eerlijk en herkenbaar PvdA-verhaal "
                    "over te vertellen.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Samen met de Tweede Kamer", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>De woordvoerders in de Staten overleggen regelmatig met de "
                    "portefeuillehouder natuur en landbouw in de Tweede Kamer. Zo sluiten "
                    "landelijke en provinciale inzet beter op elkaar aan. De Kamer hoort "
                    "wat er in de provincies gebeurt, en de Statenleden weten wat er "
                    "landelijk op hen afkomt.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Moties en vragen delen", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>De leden van het netwerk wisselen actief moties en schriftelijke "
                    "vragen uit. Waarom zelf het wiel uitvinden als een collega in een "
                    "andere provincie al een goede tekst heeft? In het verleden werkte het "
                    "netwerk ook samen aan voorstellen voor het landelijke "
                    "verkiezingsprogramma.</p>"
                    "<p>Wil je je verdiepen in stikstof? Lees dan ook onze handreiking "
                    "over dit onderwerp. Daarin vind je achtergrond en voorbeelden van "
                    "moties en vragen.</p>"
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Handreiking stikstof",
                    "text": "Achtergrond en kant-en-klare instrumenten voor Statenleden.",
                    "button_label": "Lees de handreiking",
                    "page": "handreiking-stikstof",
                },
            },
        ],
    },
    {
        "key": "energie-en-klimaat",
        "slug": "energie-en-klimaat",
        "title": "Energie en klimaat",
        "introduction": (
            "Woordvoerders energie en klimaat uit de Staten en de waterschappen, samen met "
            "hun collega’s in de Tweede en Eerste Kamer."
        ),
        "kind": "thematisch",
        "audiences": ["statenleden", "gedeputeerden", "waterschappers"],
        "audience_note": (
            "Voor woordvoerders energie en klimaat in Provinciale Staten en voor "
            "waterschapsbestuurders die met deze onderwerpen bezig zijn."
        ),
        "meeting_frequency": "Minstens één landelijke bijeenkomst per jaar",
        "meeting_format": "beide",
        "app_group": (
            "Woordvoerders uit de Staten, de waterschappen en de Kamers houden elkaar op de "
            "hoogte via een gezamenlijke appgroep."
        ),
        "contact": "leerink",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>De overstap naar duurzame energie gebeurt voor een groot deel in de "
                    "regio. Provincies en gemeenten maken samen regionale "
                    "energiestrategieën (RES’en), zoeken plekken voor wind- en zonneparken "
                    "en moeten zorgen dat het stroomnet het aankan. Ook waterschappen "
                    "spelen een rol, bijvoorbeeld omdat ze zelf energie opwekken en veel "
                    "grond en daken beheren.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Van regio tot Kamer", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>In dit netwerk zitten de woordvoerders energie en klimaat uit de "
                    "Staten en de waterschappen aan tafel met de woordvoerders uit de "
                    "Tweede én de Eerste Kamer. Je deelt kennis en ervaringen en bespreekt "
                    "hoe de landelijke klimaatdoelen in de regio uitpakken. Wie betaalt er, "
                    "wie profiteert er, en hoe zorg je dat de energierekening voor mensen "
                    "met een kleine portemonnee niet uit de hand loopt?</p>"
                    "<p>Het netwerk werkt ook aan instrumenten: moties en schriftelijke "
                    "vragen die je in je eigen provincie of waterschap kunt gebruiken. "
                    "Eerder stemden leden met de Kamerwoordvoerder af over het verduurzamen "
                    "van woningen en over de salderingsregeling.</p>"
                ),
            },
        ],
    },
    {
        "key": "waternetwerk",
        "slug": "waternetwerk",
        "title": "Waternetwerk",
        "introduction": (
            "Het netwerk voor PvdA’ers in de besturen van de waterschappen: samen werken aan "
            "het rode gezicht van het waterschap."
        ),
        "kind": "functioneel",
        "audiences": ["waterschappers"],
        "audience_note": (
            "Voor leden van het algemeen en dagelijks bestuur van een waterschap, inclusief "
            "dijkgraven en hoogheemraden."
        ),
        "meeting_frequency": "Gemiddeld één online bijeenkomst per kwartaal, vaker bij actuele ontwikkelingen",
        "meeting_format": "beide",
        "app_group": (
            "Waterschappers houden contact via een eigen appgroep. Meld je bij de "
            "contactpersoon om mee te doen."
        ),
        "contact": "leerink",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Het waterschap is een van de oudste bestuursvormen van "
                    "Nederland, maar voor veel mensen nog altijd een onbekende. Toch gaat het "
                    "over zaken die iedereen raken: droge voeten, schoon water en een "
                    "eerlijke waterschapsbelasting. Daar valt een duidelijke "
                    "sociaal-democratische keuze in te maken.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Het rode gezicht van het waterschap", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Het waternetwerk helpt je om die keuze zichtbaar te maken. Je deelt "
                    "kennis en ervaringen, en we maken goede voorbeelden uit het ene "
                    "waterschap toegankelijk voor het andere. Denk aan kwijtschelding voor "
                    "mensen met een laag inkomen, aan klimaatadaptatie of aan de vraag hoe "
                    "je als waterschap een goede werkgever bent.</p>"
                    "<p>We komen gemiddeld één keer per kwartaal online bijeen, en vaker "
                    "als er iets belangrijks speelt. Af en toe is er een grotere bijeenkomst "
                    "voor iedereen. Woordvoerders uit de Tweede Kamer zijn regelmatig "
                    "aanwezig.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat het netwerk oplevert", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Leden van het netwerk hebben samen moties en schriftelijke vragen "
                    "gemaakt en gedeeld. Ook leverden ze voorstellen aan voor "
                    "verkiezingsprogramma’s, zowel landelijk als voor de "
                    "gemeenteraadsverkiezingen. Zo klinkt het geluid van de waterschappers "
                    "door in de hele partij.</p>"
                ),
            },
        ],
    },
    {
        "key": "sociaal-domein",
        "slug": "sociaal-domein-en-jeugdzorg",
        "title": "Sociaal domein en jeugdzorg",
        "introduction": (
            "Jeugdzorg, Wmo, werk en inkomen: in dit netwerk zoeken raadsleden en "
            "wethouders samen naar een sociaal-democratische aanpak."
        ),
        "kind": "thematisch",
        "audiences": ["raadsleden", "wethouders"],
        "audience_note": (
            "Voor raadsleden en wethouders met jeugd, zorg, Wmo, werk of inkomen in hun "
            "portefeuille. Commissieleden en fractiemedewerkers zijn ook welkom."
        ),
        "meeting_frequency": "Twee landelijke bijeenkomsten per jaar, vaak gekoppeld aan een vakschool",
        "meeting_format": "beide",
        "app_group": (
            "Er zijn appgroepen voor woordvoerders in het sociaal domein. De contactpersoon "
            "voegt je toe."
        ),
        "contact": "kock",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Sinds 2015 zijn gemeenten verantwoordelijk voor de jeugdzorg, een "
                    "groot deel van de zorg en ondersteuning thuis en de begeleiding naar "
                    "werk. Die overdracht ging gepaard met mooie beloften over ruimte voor "
                    "eigen beleid, maar ook met forse bezuinigingen. Veel gemeenten kampen "
                    "sindsdien met tekorten. Goede ideeën, zoals eerder ingrijpen, meer "
                    "vertrouwen in professionals en hulp dicht bij huis, komen daardoor "
                    "onder druk te staan.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat we samen doen", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>In dit netwerk deel je kennis en ervaringen en zoek je samen naar "
                    "vernieuwing. Hoe houd je als raad grip op de jeugdzorg als die via "
                    "een regionale samenwerking is ingekocht? Wat kun je doen tegen lange "
                    "wachtlijsten? En hoe zorg je dat mensen in de bijstand echt kansen "
                    "krijgen?</p>"
                    "<p>Per jaar zijn er minstens twee landelijke bijeenkomsten, waar we "
                    "graag een flinke groep leden verwelkomen. Vaak koppelen we die aan de "
                    "raadsledenvakschool of een bijeenkomst voor wethouders. We stemmen af "
                    "met de woordvoerders van de Tweede Kamerfractie, zodat jouw ervaringen "
                    "in Den Haag terechtkomen.</p>"
                    "<p>Het netwerk levert ook bruikbare instrumenten op, zoals moties en "
                    "schriftelijke vragen. Je vindt ze in de motiebank.</p>"
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Meer over het project sociaal domein",
                    "text": "Onderzoek, bijeenkomsten en instrumenten voor raadsleden en wethouders.",
                    "button_label": "Naar het project",
                    "page": "project-sociaal-domein",
                },
            },
        ],
    },
    {
        "key": "wonen",
        "slug": "wonen-en-volkshuisvesting",
        "title": "Wonen en volkshuisvesting",
        "introduction": (
            "Voor iedereen die wonen in de portefeuille heeft: samen werken aan betaalbare "
            "huizen voor iedereen."
        ),
        "kind": "thematisch",
        "audiences": ["raadsleden", "wethouders", "statenleden", "gedeputeerden"],
        "audience_note": (
            "Voor wethouders, raadsleden, Statenleden en gedeputeerden met wonen of "
            "volkshuisvesting in hun portefeuille."
        ),
        "meeting_frequency": "Minstens één landelijke bijeenkomst per jaar",
        "meeting_format": "beide",
        "app_group": (
            "In de appgroep wonen delen woordvoerders nieuws, vragen en goede voorbeelden."
        ),
        "contact": "kalk",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Een goed en betaalbaar huis is een basisbehoefte. Toch is het voor "
                    "steeds meer mensen onbereikbaar. In de meeste gemeenten zijn er te "
                    "weinig sociale huurwoningen en te weinig woningen in het middensegment. "
                    "Jongeren, starters en mensen met een gewoon inkomen zijn daar de dupe "
                    "van. Voor sociaal-democraten is wonen daarom een kernthema.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat het netwerk doet", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>In dit netwerk komen wethouders, raadsleden en Statenleden samen die "
                    "met wonen bezig zijn. Je deelt kennis en ervaringen en werkt aan "
                    "moties en schriftelijke vragen die je direct kunt gebruiken. Wat kun "
                    "je als gemeente zelf doen tegen een oververhitte woningmarkt? Hoe maak "
                    "je goede afspraken met woningcorporaties? En hoe zorg je dat nieuwe "
                    "woningen ook echt betaalbaar blijven?</p>"
                    "<p>We stemmen af met de woordvoerders wonen in de Tweede Kamer. Waar "
                    "het kan, combineren we de bijeenkomsten met een vakschool voor "
                    "raadsleden of wethouders. Eerdere bijeenkomsten trokken tientallen "
                    "deelnemers en gingen onder meer over het verduurzamen van "
                    "woningen.</p>"
                    "<p>Zoek je een overzicht van wat je lokaal kunt doen? In de handreiking "
                    "wonen zetten we de instrumenten op een rij.</p>"
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Handreiking wonen",
                    "text": "Lokale instrumenten voor een woningmarkt die weer werkt voor iedereen.",
                    "button_label": "Lees de handreiking",
                    "page": "handreiking-wonen",
                },
            },
        ],
    },
    {
        "key": "ruimtelijk-domein",
        "slug": "ruimtelijk-domein",
        "title": "Ruimtelijk domein",
        "introduction": (
            "Omgevingswet, energietransitie en de inrichting van stad en land: dit netwerk "
            "helpt je grip te houden op de ruimte."
        ),
        "kind": "thematisch",
        "audiences": ["raadsleden", "wethouders", "statenleden"],
        "audience_note": (
            "Voor raadsleden, wethouders en Statenleden met ruimtelijke ordening, omgeving of "
            "energie in hun portefeuille."
        ),
        "meeting_frequency": "Minstens één landelijke bijeenkomst per jaar",
        "meeting_format": "beide",
        "app_group": "",
        "contact": "leerink",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Nederland is klein en iedereen wil er iets mee. Woningen, "
                    "bedrijven, natuur, landbouw, wind- en zonneparken en wegen vragen "
                    "allemaal om ruimte. De keuzes die je daarin maakt, bepalen voor "
                    "tientallen jaren hoe een dorp, stad of streek eruitziet. Met de "
                    "Omgevingswet is ook de manier waarop je als raad zulke keuzes maakt "
                    "flink veranderd.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Kennis en instrumenten", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>In dit netwerk deel je kennis en ervaringen over het fysieke domein. "
                    "Hoe stel je als raad kaders vast in een omgevingsvisie? Hoe betrek je "
                    "inwoners op tijd bij plannen in hun buurt? En hoe zorg je dat de "
                    "lusten en lasten van de energietransitie eerlijk worden verdeeld?</p>"
                    "<p>Samen ontwikkelen we moties en schriftelijke vragen die je kunt "
                    "gebruiken. We stemmen af met de woordvoerders in de Tweede Kamer en "
                    "koppelen de bijeenkomsten waar mogelijk aan een vakschool, zodat je "
                    "op één dag zowel bijleert als collega’s ontmoet.</p>"
                ),
            },
        ],
    },
    {
        "key": "financien",
        "slug": "financien",
        "title": "Financiën van gemeenten en provincies",
        "introduction": (
            "Over begrotingen, tekorten en de verdeling van geld tussen het Rijk en de "
            "andere overheden."
        ),
        "kind": "thematisch",
        "audiences": ["raadsleden", "wethouders", "statenleden", "gedeputeerden", "waterschappers"],
        "audience_note": (
            "Voor woordvoerders financiën en wethouders, gedeputeerden en "
            "waterschapsbestuurders met financiën in hun portefeuille."
        ),
        "meeting_frequency": "Wisselend, afhankelijk van de begrotingscyclus en de actualiteit",
        "meeting_format": "digitaal",
        "app_group": "",
        "contact": "kalk",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Geld is nooit een doel op zich, maar zonder geld gebeurt er weinig. "
                    "Veel gemeenten hebben al jaren tekorten, vooral in het sociaal domein. "
                    "De coronacrisis maakte die tekorten nog groter. Wie politieke keuzes "
                    "wil maken, moet dus de begroting kunnen lezen en weten waar de "
                    "ruimte zit.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "De financiële verhoudingen op tafel", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Hoe het geld tussen het Rijk, de gemeenten en de provincies wordt "
                    "verdeeld, is een terugkerend onderwerp binnen het CLB. We bespreken het "
                    "regelmatig met de woordvoerders in de Tweede en de Eerste Kamer. Wat "
                    "jij in je gemeente merkt van tekorten en nieuwe taken, is voor hen "
                    "onmisbare informatie.</p>"
                    "<p>In dit netwerk deel je ook praktische kennis. Hoe herken je een "
                    "sluitende begroting die in werkelijkheid niet sluit? Welke vragen stel "
                    "je bij de jaarrekening? En hoe maak je in een tijd van bezuinigingen "
                    "toch sociale keuzes?</p>"
                    "<p>Wil je je echt in financiën verdiepen? Volg dan een workshop of de "
                    "meerdaagse masterclass financiën.</p>"
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Masterclasses",
                    "text": "Verdieping in kleine groepen, waaronder een vierdaagse masterclass financiën.",
                    "button_label": "Bekijk de masterclasses",
                    "page": "masterclasses",
                },
            },
        ],
    },
    {
        "key": "regionale-netwerken",
        "slug": "regionale-netwerken-en-thema-s-op-aanvraag",
        "title": "Regionale netwerken en thema’s op aanvraag",
        "introduction": (
            "Wil je met PvdA’ers in jouw regio of rond één onderwerp aan de slag? Het CLB "
            "helpt je een bijeenkomst op te zetten."
        ),
        "kind": "functioneel",
        "audiences": ["iedereen"],
        "audience_note": (
            "Voor elke groep CLB-leden die samen iets wil organiseren, in een regio of rond "
            "een gedeeld onderwerp."
        ),
        "meeting_frequency": "Op aanvraag",
        "meeting_format": "beide",
        "app_group": "",
        "contact": "kuilman",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Niet alles laat zich landelijk regelen. Gemeenten werken in de regio "
                    "samen in gemeenschappelijke regelingen, en wat in de ene regio "
                    "speelt, is in de andere onbekend. Daarom ondersteunen we ook "
                    "regionale netwerken. Het initiatief ligt bij de leden zelf; wij "
                    "helpen met de organisatie en, waar dat kan, met een financiële "
                    "bijdrage.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Voorbeelden uit de praktijk", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>In Flevoland vroegen het gewestbestuur en de PvdA-fractie in "
                    "Noordoostpolder om een regiodag. Die stond in het teken van het opnieuw "
                    "op scherp zetten van de samenwerking. In Oost-Groningen was er een bijeenkomst met "
                    "toenmalig staatssecretaris Jetta Klijnsma over de problemen in de "
                    "sociale werkvoorziening. Daar kwamen ook schriftelijke vragen uit "
                    "voort die fracties konden gebruiken.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Thema’s op aanvraag", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Soms ontstaat er ineens behoefte aan een bijeenkomst over een "
                    "onderwerp dat nog geen eigen netwerk heeft. In het verleden ging het "
                    "bijvoorbeeld over voedselzekerheid en over de luchtvaart. Heeft een "
                    "groep leden zo’n vraag, dan kijken we samen wat er nodig is: één "
                    "bijeenkomst, een reeks gesprekken of een appgroep.</p>"
                    "<p>Heb je een idee? Neem contact op met de contactpersoon. Vertel wie "
                    "je wilt bereiken en waarover, dan denken we met je mee.</p>"
                ),
            },
        ],
    },
]

# ---------------------------------------------------------------------------------------
# Training
# ---------------------------------------------------------------------------------------

TRAINING_INDEX = {
    "key": "scholing",
    "slug": "scholing",
    "title": "Scholing en training",
    "introduction": (
        "Goed voorbereid aan je politieke werk beginnen, en blijven leren zolang je het "
        "doet. Het CLB biedt scholing voor elke fase en elke functie."
    ),
    "body": [
        {
            "type": "paragraph",
            "value": (
                "<p>Politiek bedrijven leer je niet uit een boek. Je leert het door het te "
                "doen, en door te praten met mensen die je voorgingen. Daarom is onze scholing "
                "altijd praktisch en altijd samen met anderen. Ons motto is niet voor niets: "
                "samen weten we meer.</p>"
                "<p>In al onze trainingen komen drie dingen terug: wat er nu speelt in de "
                "lokale en regionale politiek, de vaardigheden die je nodig hebt, en je eigen "
                "profiel als PvdA’er. Het CLB is zelf verantwoordelijk voor de inhoud en de "
                "organisatie van het aanbod.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Een route voor elke fase", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<ul>"
                "<li><strong>Overweeg je om raadslid te worden?</strong> Begin met de Jan "
                "Schaperleergang.</li>"
                "<li><strong>Net gekozen, of aan de slag als commissielid?</strong> Volg de "
                "Wibautleergang.</li>"
                "<li><strong>Al een tijdje bezig?</strong> Kom naar de raadsledenvakschool, "
                "volg een workshop of schrijf je in voor een masterclass.</li>"
                "<li><strong>Denk je aan het wethouderschap?</strong> Doe mee aan het "
                "oriëntatieprogramma voor kandidaat-wethouders.</li>"
                "<li><strong>Wil je als fractie een stap zetten?</strong> Vraag een training "
                "op maat aan.</li>"
                "</ul>"
                "<p>Een deel van het aanbod is landelijk, een deel regionaal en een deel "
                "online. Waar het om persoonlijke ontwikkeling gaat, zien we je het liefst in "
                "het echt. Vaak staan onze trainingen ook open voor burgerraadsleden, "
                "schaduwraadsleden en fractiemedewerkers.</p>"
            ),
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Wanneer is de volgende training?",
                "text": "In de agenda zie je alle trainingen en bijeenkomsten die eraan komen.",
                "button_label": "Naar de agenda",
                "page": "agenda",
            },
        },
    ],
}

TRAININGS = [
    {
        "key": "schaper",
        "slug": "jan-schaperleergang",
        "title": "Jan Schaperleergang",
        "introduction": (
            "Speel je met de gedachte om raadslid te worden? In de Jan Schaperleergang ontdek "
            "je wat het werk inhoudt en of het bij je past."
        ),
        "audiences": ["kandidaten", "iedereen"],
        "audience_note": (
            "Voor iedereen met belangstelling voor het raadslidmaatschap, ook als je nog niet "
            "weet of je je kandidaat wilt stellen."
        ),
        "modules": [
            {
                "title": "Hoe werkt de gemeente?",
                "description": (
                    "De taken van de gemeente, de rol van raad, college en burgemeester, en "
                    "hoe een besluit tot stand komt."
                ),
            },
            {
                "title": "Het werk van een raadslid",
                "description": (
                    "Wat doe je op een gewone dag als raadslid? Over fractievergaderingen, "
                    "commissies, stukken lezen en contact met inwoners."
                ),
            },
            {
                "title": "Sociaal-democratische politiek dichtbij",
                "description": (
                    "Hoe vertaal je PvdA-idealen naar keuzes in jouw gemeente, van wonen tot "
                    "jeugdzorg?"
                ),
            },
            {
                "title": "Je instrumenten",
                "description": (
                    "Schriftelijke vragen, moties, amendementen en initiatiefvoorstellen: wat "
                    "zijn ze en wanneer gebruik je welk instrument?"
                ),
            },
            {
                "title": "Debatteren en overtuigen",
                "description": "Oefenen met het woord voeren, kort en helder je punt maken.",
            },
            {
                "title": "Past het bij mij?",
                "description": (
                    "Een eerlijk gesprek over de tijd die het kost, de combinatie met werk en "
                    "gezin, en de weg naar een plek op de lijst."
                ),
            },
        ],
        "duration": "Wordt per leergang bekendgemaakt",
        "cost": "Wordt per leergang bekendgemaakt",
        "registration": (
            "<p>Je kunt je aanmelden via de agenda zodra een nieuwe leergang is gepland. "
            "Vaak loopt de aanmelding ook via je eigen afdeling. Twijfel je of de leergang "
            "iets voor je is? Neem gerust contact op, dan bespreken we het samen.</p>"
        ),
        "registration_url": "",
        "contact": "terpstra",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Raadslid zijn is mooi werk. Je beslist mee over je eigen buurt, je "
                    "komt op voor mensen die minder makkelijk gehoord worden en je ziet "
                    "resultaat dichtbij. Maar het is ook veel werk: een raadslid is er "
                    "gemiddeld zo’n zestien uur per week mee bezig, meestal naast een "
                    "gewone baan. Het is dus verstandig om vooraf goed te weten waar je aan "
                    "begint.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat je leert", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>In de Jan Schaperleergang maak je kennis met alle kanten van het "
                    "raadswerk. Je leert hoe een gemeente werkt, welke instrumenten je als "
                    "raadslid hebt en hoe je de idealen van de PvdA omzet in concrete "
                    "voorstellen. Ervaren raadsleden vertellen over hun werk, en je oefent "
                    "zelf met debatteren en presenteren.</p>"
                    "<p>Minstens zo belangrijk: je ontmoet anderen die dezelfde stap "
                    "overwegen. Veel deelnemers houden na afloop contact met elkaar.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Op weg naar de verkiezingen", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>We organiseren de leergang vooral in de aanloop naar de "
                    "gemeenteraadsverkiezingen. Let op: meedoen is geen garantie voor een "
                    "plek op de kandidatenlijst. Die keuze maakt je afdeling. Wel sta je na "
                    "de leergang sterker als je je kandidaat stelt. Samen met het "
                    "partijbureau ondersteunen we ook de commissies die de kandidaten "
                    "selecteren.</p>"
                ),
            },
        ],
    },
    {
        "key": "wibaut",
        "slug": "wibautleergang",
        "title": "Wibautleergang",
        "introduction": (
            "Net gekozen in de raad, of aan de slag als commissielid? De Wibautleergang helpt "
            "je om snel en stevig te starten."
        ),
        "audiences": ["raadsleden", "commissieleden"],
        "audience_note": (
            "Voor nieuwe PvdA-raadsleden en voor commissieleden en burgerraadsleden die net "
            "zijn begonnen."
        ),
        "modules": [
            {
                "title": "De eerste honderd dagen",
                "description": (
                    "Je weg vinden in het raadhuis: de agenda, de stukken, de ambtenaren en je "
                    "eigen fractie."
                ),
            },
            {
                "title": "Geld en begroting",
                "description": (
                    "Hoe lees je een begroting, waar zit de politieke ruimte en welke vragen "
                    "stel je bij de jaarrekening?"
                ),
            },
            {
                "title": "Samenwerken en onderhandelen",
                "description": (
                    "Samenwerken binnen je fractie, met andere partijen en in de regio. Met een "
                    "training onderhandelen."
                ),
            },
            {
                "title": "Het sociaal domein",
                "description": (
                    "Jeugdzorg, Wmo en werk: de grootste taken van de gemeente en de keuzes die "
                    "je daarin als raad maakt."
                ),
            },
            {
                "title": "Jouw PvdA-profiel",
                "description": (
                    "Hoe word je herkenbaar als sociaal-democraat, in de raadszaal en daarbuiten?"
                ),
            },
        ],
        "duration": "Wordt per leergang bekendgemaakt",
        "cost": "Wordt per leergang bekendgemaakt",
        "registration": (
            "<p>Na de gemeenteraadsverkiezingen nodigen we alle nieuwe PvdA-raadsleden "
            "persoonlijk uit. Ben je commissielid of burgerraadslid, of ben je tussentijds "
            "begonnen? Meld je dan aan via de agenda of mail ons.</p>"
        ),
        "registration_url": "",
        "contact": "terpstra",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>De eerste maanden in de raad zijn intensief. Je krijgt stapels "
                    "stukken, moet je weg vinden in een nieuwe organisatie en staat "
                    "tegelijk al in het debat. De Wibautleergang is er om je in die periode "
                    "houvast te geven.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat de leergang je biedt", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>In een reeks bijeenkomsten leer je de kneepjes van het vak. Je "
                    "verdiept je in de begroting, in het sociaal domein en in de "
                    "instrumenten die je als raadslid hebt. Je oefent met onderhandelen en "
                    "samenwerken, want zonder anderen krijg je in de raad weinig voor "
                    "elkaar. En je werkt aan je eigen profiel: waar wil jij de komende vier "
                    "jaar het verschil maken?</p>"
                    "<p>Je volgt de leergang samen met andere nieuwe raadsleden uit het "
                    "hele land. Zo bouw je meteen een netwerk op van mensen die in "
                    "hetzelfde schuitje zitten.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Ook voor nieuwe fracties", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Na verkiezingen begint vaak ook de fractie als geheel opnieuw. Voor "
                    "nieuwe fracties organiseren we startbijeenkomsten, waarin jullie "
                    "afspraken maken over de taakverdeling en de koers voor de komende "
                    "periode. Dat kan ook in de vorm van een training op maat.</p>"
                ),
            },
        ],
    },
    {
        "key": "vakschool",
        "slug": "raadsledenvakschool",
        "title": "Raadsledenvakschool",
        "introduction": (
            "Twee keer per jaar een dag vol workshops, inspiratie en ontmoeting voor "
            "raadsleden uit het hele land."
        ),
        "audiences": ["raadsleden", "commissieleden"],
        "audience_note": (
            "Voor PvdA-raadsleden en andere volksvertegenwoordigers. Ook burgerraadsleden, "
            "schaduwraadsleden en fractiemedewerkers zijn welkom."
        ),
        "modules": [
            {
                "title": "Debatteren in de raad",
                "description": "Scherper en overtuigender het debat voeren, met veel oefening.",
            },
            {
                "title": "Sociaal begroten",
                "description": (
                    "Hoe maak je van de begroting een instrument voor eerlijke keuzes?"
                ),
            },
            {
                "title": "Grip op gemeenschappelijke regelingen",
                "description": (
                    "Hoe houd je als raad zicht op wat er in regionale samenwerkingen gebeurt?"
                ),
            },
            {
                "title": "Sociaal aanbesteden",
                "description": (
                    "Eisen stellen aan goed werk en eerlijke lonen als de gemeente iets inkoopt."
                ),
            },
            {
                "title": "Actuele thema’s",
                "description": (
                    "Elke editie een of meer onderwerpen die op dat moment spelen, zoals "
                    "eerder de opvang van vluchtelingen."
                ),
            },
        ],
        "duration": "Twee keer per jaar; de opzet van elke editie staat in de agenda",
        "cost": "Wordt per editie bekendgemaakt",
        "registration": (
            "<p>Je meldt je aan via de agenda. Bij aanmelding kies je ook welke workshops je "
            "wilt volgen. Vol is vol, dus wacht niet te lang.</p>"
        ),
        "registration_url": "",
        "contact": "terpstra",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>De raadsledenvakschool is een van onze best bezochte activiteiten. "
                    "Er komen vaak meer dan honderd raadsleden op af. Je kiest uit een reeks "
                    "workshops over inhoud en vaardigheden, luistert naar een inspirerende "
                    "spreker en spreekt tussendoor collega’s uit andere gemeenten.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat je er haalt", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Elke editie heeft een eigen programma, afgestemd op wat er op dat "
                    "moment speelt. Eerder waren er workshops over debatteren in de raad, "
                    "socialistisch begroten, gemeenschappelijke regelingen, sociaal "
                    "aanbesteden en de opvang van vluchtelingen. Je gaat naar huis met "
                    "nieuwe kennis, praktische tips en vaak ook een motie of vraag die je "
                    "direct kunt gebruiken.</p>"
                    "<p>We werken daarbij graag samen met politici uit andere "
                    "bestuurslagen. Zo schuiven er regelmatig Kamerleden, wethouders of "
                    "Statenleden aan bij een workshop.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "De Dag van …", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Naast de vakschool organiseren we soms een themadag rond één "
                    "onderwerp, zoals de Wmo, wonen of de samenhang in het sociaal domein. "
                    "Die dagen vullen de vakschool aan en koppelen we waar mogelijk aan een "
                    "bijeenkomst van een van onze netwerken.</p>"
                ),
            },
        ],
    },
    {
        "key": "op-maat",
        "slug": "trainingen-op-maat",
        "title": "Trainingen op maat voor fracties",
        "introduction": (
            "Elke fractie heeft haar eigen dynamiek en dilemma’s. Met een training op maat "
            "werken jullie precies aan wat jullie nodig hebben."
        ),
        "audiences": ["raadsleden", "statenleden", "waterschappers", "commissieleden"],
        "audience_note": (
            "Voor fracties in gemeenteraden, Provinciale Staten en waterschappen, inclusief "
            "commissieleden en fractiemedewerkers."
        ),
        "modules": [
            {
                "title": "Kennismaking en intake",
                "description": (
                    "Een gesprek met de trainer over jullie vraag, de situatie in de fractie en "
                    "wat jullie willen bereiken."
                ),
            },
            {
                "title": "De training",
                "description": (
                    "Een of meer bijeenkomsten met een programma dat speciaal voor jullie is "
                    "gemaakt."
                ),
            },
            {
                "title": "Terugblik",
                "description": (
                    "Na afloop kijken jullie samen met de trainer terug: wat is er veranderd en "
                    "wat is er nog nodig?"
                ),
            },
        ],
        "duration": "In overleg, afhankelijk van jullie vraag",
        "cost": "In overleg; vraag naar de mogelijkheden",
        "registration": (
            "<p>Neem contact met ons op en vertel kort waar jullie als fractie mee zitten. We "
            "zoeken dan een trainer die bij jullie vraag past en plannen een eerste "
            "gesprek.</p>"
        ),
        "registration_url": "",
        "contact": "kalk",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>In vier jaar tijd komt elke fractie wel eens op een punt waarop het "
                    "goed is om even stil te staan. Misschien omdat het goed gaat en jullie "
                    "nog meer willen bereiken. Misschien omdat het schuurt. Een training op "
                    "maat helpt jullie om samen de balans op te maken.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Vragen waar fracties mee zitten", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<ul>"
                    "<li>Doen we de goede dingen, en maken we de juiste keuzes?</li>"
                    "<li>Hoe werken we samen binnen de fractie, en met de andere partijen?</li>"
                    "<li>Wat is voor ons een goede strategie in de oppositie?</li>"
                    "<li>Hoe houden we contact met de kiezers, ook buiten de "
                    "verkiezingstijd?</li>"
                    "<li>Welke plannen willen we per se gerealiseerd hebben voordat er weer "
                    "verkiezingen zijn?</li>"
                    "</ul>"
                    "<p>Herken je een of meer van deze vragen? Dan is een training op maat "
                    "misschien iets voor jullie.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Hoe het werkt", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Het CLB werkt met een vaste groep vrijwillige trainers. Veel van hen "
                    "hebben zelf politieke ervaring. Ze komen elk jaar bij elkaar om "
                    "ervaringen uit te wisselen en het aanbod te verbeteren. Na een "
                    "kennismaking stelt de trainer een programma samen dat past bij jullie "
                    "vraag: over samenwerking, over de koers van de fractie of over hoe "
                    "jullie je naar buiten toe profileren.</p>"
                    "<p>Is er sprake van een ernstig conflict in de fractie of afdeling? "
                    "Dan is een training vaak niet genoeg. Neem in dat geval contact met ons "
                    "op. Samen met het partijbureau kijken we dan wie kan helpen "
                    "bemiddelen.</p>"
                ),
            },
        ],
    },
    {
        "key": "masterclasses",
        "slug": "masterclasses",
        "title": "Masterclasses",
        "introduction": (
            "Verdieping in een kleine groep op een urgent onderwerp, waarbij wetenschap en "
            "praktijk samenkomen."
        ),
        "audiences": ["raadsleden", "wethouders", "statenleden", "gedeputeerden", "waterschappers"],
        "audience_note": (
            "Voor leden die zich echt willen verdiepen in een onderwerp. Het aantal plaatsen "
            "per masterclass is beperkt."
        ),
        "modules": [
            {
                "title": "Masterclass financiën (vier dagen)",
                "description": (
                    "Vier dagen diep in de financiën van de gemeente: begroting, "
                    "verhoudingen met het Rijk en het maken van politieke keuzes als het geld "
                    "krap is."
                ),
            },
            {
                "title": "Masterclass wonen",
                "description": (
                    "Wat kun je lokaal en regionaal doen om de woningmarkt weer voor iedereen "
                    "te laten werken?"
                ),
            },
            {
                "title": "Masterclass duurzaamheid",
                "description": (
                    "De energietransitie en klimaatopgave, vertaald naar keuzes in gemeente, "
                    "provincie en waterschap."
                ),
            },
        ],
        "duration": "Verschilt per masterclass; de masterclass financiën beslaat vier dagen",
        "cost": "Wordt per masterclass bekendgemaakt",
        "registration": (
            "<p>Masterclasses kondigen we aan in de agenda en in de nieuwsbrief Lokaal "
            "Bestuur. Omdat de groepen klein zijn, vragen we je bij aanmelding kort te "
            "vertellen waarom je wilt deelnemen.</p>"
        ),
        "registration_url": "",
        "contact": "kalk",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Sommige onderwerpen zijn zo urgent en ingewikkeld dat een workshop "
                    "van een uur niet genoeg is. Voor die onderwerpen organiseren we "
                    "masterclasses. Je werkt in een kleine groep, zodat er ruimte is voor "
                    "vragen, discussie en je eigen praktijkvoorbeelden.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wetenschap en praktijk", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>In elke masterclass combineren we wetenschap met praktijk. "
                    "Onderzoekers laten zien wat er bekend is over een onderwerp. "
                    "Bestuurders en volksvertegenwoordigers vertellen hoe het in de "
                    "dagelijkse politiek uitpakt. Daarna ga je zelf aan de slag met de "
                    "vraag wat het betekent voor jouw gemeente, provincie of waterschap.</p>"
                    "<p>Eerdere masterclasses gingen onder meer over wonen en over "
                    "duurzaamheid.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "De vierdaagse masterclass financiën", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Veel gemeenten hebben het financieel zwaar. Wie de begroting "
                    "begrijpt, kan scherpere vragen stellen en betere voorstellen doen. In "
                    "de masterclass financiën neem je daar vier dagen de tijd voor. Je leert "
                    "hoe de geldstromen tussen Rijk en gemeente lopen, waar in de begroting "
                    "de politieke keuzes zitten en hoe je ook in krappe tijden sociale "
                    "prioriteiten stelt.</p>"
                ),
            },
        ],
    },
    {
        "key": "kandidaat-wethouders",
        "slug": "orientatieprogramma-kandidaat-wethouders",
        "title": "Oriëntatieprogramma voor kandidaat-wethouders",
        "introduction": (
            "Denk je erover om wethouder te worden? In dit programma verken je wat het ambt "
            "van je vraagt, voordat de verkiezingen en de collegevorming beginnen."
        ),
        "audiences": ["kandidaten", "raadsleden"],
        "audience_note": (
            "Voor PvdA’ers die overwegen wethouder te worden, zoals fractievoorzitters, "
            "raadsleden en mensen met bestuurlijke ervaring elders."
        ),
        "modules": [
            {
                "title": "Het ambt van wethouder",
                "description": (
                    "Wat doet een wethouder, hoe verhoud je je tot raad, college en "
                    "ambtenaren, en wat vraagt het van je privéleven?"
                ),
            },
            {
                "title": "Van programma naar coalitieakkoord",
                "description": (
                    "Hoe verloopt de collegevorming en hoe houd je je idealen overeind aan de "
                    "onderhandelingstafel?"
                ),
            },
            {
                "title": "Integriteit en weerbaarheid",
                "description": (
                    "Integer besturen, omgaan met druk van buiten en wat je vooraf moet weten "
                    "over een integriteitstoets."
                ),
            },
            {
                "title": "Je eigen profiel",
                "description": (
                    "Waar liggen je sterke punten, en welke portefeuille past bij jou?"
                ),
            },
        ],
        "duration": "Wordt per programma bekendgemaakt",
        "cost": "Wordt per programma bekendgemaakt",
        "registration": (
            "<p>Het programma wordt gehouden in de aanloop naar de "
            "gemeenteraadsverkiezingen. Meld je aan via de agenda of neem contact op als je "
            "eerst wilt overleggen of het programma bij je past.</p>"
        ),
        "registration_url": "",
        "contact": "kalk",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Na de gemeenteraadsverkiezingen gaat het vaak snel. Binnen een paar "
                    "weken kan er een coalitie staan, en moet er een wethouder klaarstaan. "
                    "Wie dan pas gaat nadenken over wat het ambt inhoudt, loopt achter. "
                    "Daarom kun je je met dit programma al ruim voor de verkiezingen "
                    "oriënteren.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat je doet", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>In het programma spreek je met ervaren (oud-)wethouders over hun "
                    "werk. Je leert hoe de collegevorming verloopt en hoe je onderhandelt "
                    "zonder je idealen kwijt te raken. Je staat stil bij integriteit en bij "
                    "de druk die het ambt met zich meebrengt. En je krijgt een eerlijk beeld "
                    "van wat het wethouderschap vraagt, ook van je omgeving.</p>"
                    "<p>Aan het eind weet je beter of het wethouderschap iets voor je is, en "
                    "wat je nog nodig hebt om er klaar voor te zijn.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Ook voor andere functies", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>We willen vergelijkbare programma’s ook aanbieden voor andere "
                    "bestuurlijke functies. Ben je bijvoorbeeld geïnteresseerd in een rol "
                    "als gedeputeerde of in het dagelijks bestuur van een waterschap? Laat "
                    "het ons weten.</p>"
                    "<p>Het CLB beheert ook een databank voor kandidaat-wethouders van de "
                    "PvdA. Fracties die een wethouder zoeken, kunnen daar een beroep op "
                    "doen.</p>"
                ),
            },
        ],
    },
    {
        "key": "workshops",
        "slug": "workshops-en-webinars",
        "title": "Workshops en webinars",
        "introduction": (
            "Kort, praktisch en vaak online: workshops en webinars over vaardigheden en "
            "actuele onderwerpen."
        ),
        "audiences": ["iedereen"],
        "audience_note": (
            "Voor alle leden. Bij elke workshop of elk webinar staat in de agenda voor welke "
            "functie die vooral bedoeld is."
        ),
        "modules": [
            {
                "title": "Debatteren",
                "description": "Je argumenten scherp krijgen en overeind blijven in het debat.",
            },
            {
                "title": "Financiën",
                "description": "De begroting en de jaarrekening doorgronden, stap voor stap.",
            },
            {
                "title": "Sociaal domein",
                "description": (
                    "Verdiepingssessies voor raadsleden en wethouders over jeugdzorg, Wmo en werk."
                ),
            },
            {
                "title": "Intervisie",
                "description": (
                    "In een kleine groep onder begeleiding praten over situaties uit je eigen "
                    "praktijk."
                ),
            },
        ],
        "duration": "Meestal een avond of een dagdeel",
        "cost": "Wordt per workshop bekendgemaakt",
        "registration": (
            "<p>Je meldt je aan via de agenda. Voor online bijeenkomsten krijg je vooraf een "
            "link toegestuurd.</p>"
        ),
        "registration_url": "",
        "contact": "terpstra",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Niet iedereen heeft tijd voor een hele leergang. Daarom bieden we ook "
                    "kortere workshops en webinars aan. Je volgt ze vaak vanaf je eigen "
                    "keukentafel, zonder reistijd. Dat maakt het makkelijker om mee te doen, "
                    "ook als je ver van de Randstad woont.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat we aanbieden", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Er zijn workshops om je vaardigheden te versterken, zoals debatteren "
                    "en het lezen van een begroting. Daarnaast houden we webinars over "
                    "actuele onderwerpen voor een specifieke groep leden. Als er iets "
                    "belangrijks verandert, bijvoorbeeld een nieuwe wet of een grote "
                    "landelijke maatregel, kunnen we snel een webinar organiseren.</p>"
                    "<p>Voor raadsleden en wethouders organiseren we verdiepingssessies "
                    "over het sociaal domein. En wie behoefte heeft aan reflectie op het "
                    "eigen werk, kan meedoen aan een intervisiegroep onder begeleiding van "
                    "een ervaren begeleider.</p>"
                    "<p>Heb je een idee voor een workshop of webinar? We horen het graag.</p>"
                ),
            },
        ],
    },
    {
        "key": "inspiratie-staten-water",
        "slug": "inspiratiesessies-staten-en-waterschappen",
        "title": "Inspiratiesessies voor Staten en waterschappen",
        "introduction": (
            "Verdieping en ontmoeting voor Statenleden, gedeputeerden en waterschapsbestuurders."
        ),
        "audiences": ["statenleden", "gedeputeerden", "waterschappers"],
        "audience_note": (
            "Voor PvdA-Statenleden, gedeputeerden en leden van een waterschapsbestuur."
        ),
        "modules": [
            {
                "title": "Actuele thema’s in het middenbestuur",
                "description": (
                    "Onderwerpen als energie, stikstof, water en wonen, en wat ze vragen van "
                    "provincies en waterschappen."
                ),
            },
            {
                "title": "Samenwerken met gemeenten",
                "description": (
                    "Hoe versterk je de samenwerking met raadsleden en wethouders in je "
                    "provincie of waterschap?"
                ),
            },
            {
                "title": "Vaardigheden",
                "description": (
                    "Werken aan je rol als volksvertegenwoordiger of bestuurder in een kleine "
                    "fractie."
                ),
            },
        ],
        "duration": "Wordt per sessie bekendgemaakt",
        "cost": "Wordt per sessie bekendgemaakt",
        "registration": "<p>De sessies staan in de agenda. Daar meld je je ook aan.</p>",
        "registration_url": "",
        "contact": "leerink",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Voor Statenleden en waterschappers is er minder aanbod dan voor "
                    "raadsleden. Toch zijn de opgaven minstens zo groot. Daarom organiseren "
                    "we inspiratiesessies speciaal voor het middenbestuur.</p>"
                    "<p>In een sessie duik je in een actueel onderwerp, hoor je van experts "
                    "en van collega’s hoe zij het aanpakken en werk je aan je eigen "
                    "vaardigheden. Eerder stond een studiedag in het teken van de "
                    "samenwerking met raadsleden en van water en veiligheid dicht bij "
                    "huis.</p>"
                    "<p>Het programma stellen we samen met de deelnemers op. Speelt er in "
                    "jouw provincie of waterschap iets waar je collega’s graag over hoort, "
                    "of zoek je zelf hulp bij een lastig dossier? Geef het door, dan nemen "
                    "we het mee in een volgende sessie.</p>"
                    "<p>De sessies zijn ook een goede plek om collega’s uit andere provincies "
                    "en waterschappen te leren kennen. Eén keer per jaar komen Statenleden en "
                    "waterschappers bovendien samen met wethouders op de netwerkdag in de "
                    "Tweede Kamer.</p>"
                ),
            },
        ],
    },
]

# ---------------------------------------------------------------------------------------
# Research
# ---------------------------------------------------------------------------------------

RESEARCH_INDEX = {
    "key": "onderzoek",
    "slug": "onderzoek",
    "title": "Onderzoek",
    "introduction": (
        "Het CLB doet onderzoek dat je in de praktijk kunt gebruiken: om een standpunt te "
        "onderbouwen, een debat voor te bereiden of een nieuw onderwerp te agenderen."
    ),
    "body": [
        {
            "type": "paragraph",
            "value": (
                "<p>Ons onderzoek staat dicht bij de dagelijkse politiek. Soms is het een "
                "groot project dat een paar jaar loopt, zoals ons onderzoek naar het "
                "middenbestuur. Soms is het een korte enquête onder leden, bijvoorbeeld om te "
                "weten hoe gemeenten met zorgverzekeraars samenwerken of wat de gevolgen van "
                "een crisis zijn voor de lokale samenleving. Vaak doen we dat samen met de "
                "Tweede Kamerfractie of met de Wiardi Beckman Stichting.</p>"
                "<p>De uitkomsten delen we in de nieuwsbrief Lokaal Bestuur, in bijeenkomsten "
                "van de netwerken en in publicaties die je hier kunt downloaden. Waar het kan, "
                "vertalen we ze naar moties, vragen en handreikingen.</p>"
            ),
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Doe mee met onderzoek",
                "text": (
                    "Heb je een vraag die we zouden moeten onderzoeken, of wil je meedoen aan "
                    "een project? Laat het ons weten."
                ),
                "button_label": "Neem contact op",
                "page": "contact",
            },
        },
    ],
}

RESEARCH_PROJECTS = [
    {
        "key": "afgehaakt-nederland",
        "slug": "afgehaakt-nederland",
        "title": "Afgehaakt Nederland",
        "introduction": (
            "Hoe overbruggen we de kloof tussen het Nederland dat bestuurt en het Nederland "
            "dat zich niet meer gehoord voelt?"
        ),
        "status": "lopend",
        "start_year": 2023,
        "end_year": None,
        "lead": None,
        "summary": (
            "Een groeiende groep Nederlanders heeft weinig vertrouwen meer in de politiek en "
            "doet niet meer mee. In dit project onderzoeken we hoe die kloof er lokaal uitziet "
            "en wat PvdA-politici in gemeente, provincie en waterschap eraan kunnen doen. Het "
            "project loopt nog."
        ),
        "body": [
            {"type": "heading", "value": {"text": "Waarom dit onderzoek", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Bij gemeenteraadsverkiezingen blijven veel meer kiezers thuis dan "
                    "bij Kamerverkiezingen. In sommige wijken stemt maar een klein deel. "
                    "Wie niet stemt, wordt ook minder gehoord. Zo ontstaat een kloof tussen "
                    "mensen die het bestuur goed weten te vinden en mensen die het gevoel "
                    "hebben dat de politiek niet voor hen is. Voor een partij die wil "
                    "opkomen voor mensen met minder kansen, is dat een wezenlijk "
                    "probleem.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat we onderzoeken", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>We kijken naar drie vragen:</p>"
                    "<ol>"
                    "<li>Wie zijn de mensen die zijn afgehaakt, en waarom haakten ze af?</li>"
                    "<li>Welke rol spelen de gemeente, de provincie en het waterschap daarin, "
                    "bijvoorbeeld door de manier waarop ze met inwoners omgaan?</li>"
                    "<li>Wat werkt om weer in contact te komen? Welke voorbeelden zijn er van "
                    "raadsleden, wethouders en fracties die dat lukt?</li>"
                    "</ol>"
                    "<p>We praten daarvoor met leden, met inwoners en met mensen die in "
                    "wijken en dorpen werken. We verzamelen voorbeelden uit het hele land.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Doe mee", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Heb je in je eigen gemeente ervaring met het bereiken van mensen die "
                    "niet meer meedoen? Of juist met wat niet werkte? We horen graag van je. "
                    "Alle ervaringen helpen om het onderzoek rijker te maken. De uitkomsten "
                    "vertalen we straks naar bijeenkomsten, trainingen en instrumenten die je "
                    "zelf kunt gebruiken.</p>"
                ),
            },
        ],
        "findings": "",
        "publications": [
            {
                "title": "Afgehaakt Nederland: opzet van het onderzoek",
                "filename": "afgehaakt-nederland-opzet.pdf",
                "paragraphs": [
                    "Dit document beschrijft de opzet van het project Afgehaakt Nederland van "
                    "het Centrum voor Lokaal Bestuur. Het project gaat over de afstand tussen "
                    "het bestuur en de mensen die zich niet meer vertegenwoordigd voelen.",
                    "Aanleiding is de lage opkomst bij lokale verkiezingen en het geringe "
                    "vertrouwen dat een deel van de inwoners in de politiek heeft. Dat raakt "
                    "juist de groepen voor wie de sociaal-democratie wil opkomen.",
                    "We werken met drie onderzoeksvragen. Wie zijn de mensen die zijn "
                    "afgehaakt? Welke rol spelen lokale en regionale overheden daarin? En wat "
                    "werkt om het contact te herstellen?",
                    "Het onderzoek bestaat uit gesprekken met leden van het CLB, met inwoners "
                    "en met professionals in wijken en dorpen. Daarnaast verzamelen we "
                    "voorbeelden van fracties en bestuurders die erin slagen nieuwe groepen "
                    "te bereiken.",
                    "De resultaten willen we omzetten in praktische hulpmiddelen: "
                    "bijeenkomsten, onderdelen van onze trainingen en voorbeelden van moties "
                    "en initiatiefvoorstellen.",
                    "Leden die willen bijdragen, kunnen zich melden bij het CLB. Elke "
                    "ervaring, geslaagd of niet, helpt.",
                ],
            },
        ],
    },
    {
        "key": "middenbestuur",
        "slug": "de-mens-terug-in-het-middenbestuur",
        "title": "De mens terug in het middenbestuur",
        "introduction": (
            "Provincies en waterschappen beslissen over de grote opgaven van deze tijd. Hoe "
            "zorg je dat daarbij de mens voorop blijft staan?"
        ),
        "status": "afgerond",
        "start_year": 2021,
        "end_year": 2022,
        "lead": "leerink",
        "summary": (
            "Het middenbestuur, de provincies en waterschappen, is steeds belangrijker "
            "geworden voor onderwerpen als wonen, klimaat, energie en landbouw. Dit project "
            "ontwikkelde nieuwe inzichten en een agenda om PvdA’ers in de provincies en "
            "waterschappen te helpen hun sociaal-democratische idealen waar te maken. Het "
            "onderzoek werd in 2022 afgerond."
        ),
        "body": [
            {"type": "heading", "value": {"text": "Aanleiding", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Lange tijd keken we naar provincies en waterschappen vooral vanuit "
                    "hun wettelijke taken. Maar de werkelijkheid is veranderd. Door de "
                    "woningnood, de klimaatverandering, de regionale energiestrategieën, de "
                    "energietransitie en de problemen in de landbouw liggen veel van de "
                    "grote maatschappelijke vraagstukken nu bij het middenbestuur. De vraag "
                    "is dan niet meer alleen wat een provincie moet doen, maar welke opgave "
                    "er ligt en wat daarvoor nodig is.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Aanpak", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Projectmedewerker Gert Jan Leerink voerde het project uit, in gesprek "
                    "met Statenleden, gedeputeerden en waterschapsbestuurders. Zo "
                    "ontstond een beeld van wat PvdA’ers in het middenbestuur nodig hebben om "
                    "hun werk goed te doen en om zichtbaar te zijn.</p>"
                    "<p>De titel zegt waar het om draait. Bij grote opgaven als stikstof, "
                    "energie en water gaat het debat al snel over normen, kaarten en "
                    "procedures. Wij wilden de vraag terugbrengen wat al die keuzes "
                    "betekenen voor de mensen die er wonen en werken.</p>"
                ),
            },
        ],
        "findings": (
            "<p>De rol van provincies en waterschappen is sterk gegroeid. Het project "
            "bracht drie lijnen naar voren die PvdA’ers in het middenbestuur houvast "
            "geven:</p>"
            "<ul>"
            "<li><strong>Denk vanuit de opgave.</strong> Kijk niet alleen naar wat je "
            "wettelijk moet, maar naar wat er in de regio nodig is om wonen, energie, natuur "
            "en landbouw in balans te brengen.</li>"
            "<li><strong>Houd de mens in beeld.</strong> Grote plannen landen in dorpen en "
            "wijken. Wie inwoners vroeg betrekt en eerlijk verdeelt wie de lasten draagt, "
            "bouwt draagvlak op.</li>"
            "<li><strong>Werk samen over grenzen heen.</strong> Gemeenten, provincies en "
            "waterschappen hebben elkaar nodig. PvdA’ers in verschillende bestuurslagen "
            "kunnen elkaar daarin versterken.</li>"
            "</ul>"
        ),
        "publications": [
            {
                "title": "De mens terug in het middenbestuur",
                "filename": "de-mens-terug-in-het-middenbestuur.pdf",
                "paragraphs": [
                    "Deze publicatie vat het project De mens terug in het middenbestuur "
                    "samen. Het project liep van 2021 tot en met 2022 en richtte zich op "
                    "PvdA’ers in Provinciale Staten en in de besturen van waterschappen.",
                    "Provincies en waterschappen zijn de afgelopen jaren veel belangrijker "
                    "geworden. Bij vraagstukken als wonen, klimaat, energie en landbouw "
                    "worden de beslissende keuzes steeds vaker in het middenbestuur gemaakt.",
                    "Daarmee verschuift ook de blik. Waar vroeger vooral de wettelijke "
                    "kerntaken centraal stonden, gaat het nu om de opgave in de regio en om "
                    "de vraag hoe je die samen met anderen aanpakt.",
                    "In gesprekken en bijeenkomsten met Statenleden, gedeputeerden en "
                    "waterschapsbestuurders is verkend wat sociaal-democratische politiek in "
                    "het middenbestuur betekent en wat er nodig is om die zichtbaar te maken.",
                    "Een rode draad is dat de mens uit beeld dreigt te raken als het debat "
                    "alleen over normen en procedures gaat. Wie laat zien wat keuzes "
                    "betekenen voor inwoners, boeren en werknemers, maakt het verschil.",
                    "Het CLB gebruikt de uitkomsten in zijn netwerken, inspiratiesessies en "
                    "scholing voor Statenleden en waterschappers.",
                ],
            },
        ],
    },
    {
        "key": "project-sociaal-domein",
        "slug": "sociaal-domein",
        "title": "Sociaal domein",
        "introduction": (
            "Hoe maak je in de jeugdzorg, de Wmo en het werk- en inkomensbeleid "
            "sociaal-democratische keuzes als het geld krap is?"
        ),
        "status": "afgerond",
        "start_year": 2019,
        "end_year": 2021,
        "lead": "kock",
        "summary": (
            "Sinds 2015 voeren gemeenten grote taken uit in het sociaal domein, met minder "
            "geld dan nodig. Dit project onderzocht hoe raadsleden en wethouders daar op een "
            "sociaal-democratische manier mee verder kunnen. Het leverde verdiepend onderzoek, "
            "inspirerende bijeenkomsten, handreikingen, trainingen en politieke instrumenten "
            "op."
        ),
        "body": [
            {"type": "heading", "value": {"text": "Aanleiding", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>In 2015 kregen gemeenten de verantwoordelijkheid voor de jeugdzorg, "
                    "een groot deel van de langdurige ondersteuning en de Participatiewet. "
                    "Die decentralisaties kwamen met beloften van beleidsvrijheid, maar ook "
                    "met flinke kortingen op het budget. Ideeën als eerder ingrijpen, meer ruimte voor "
                    "professionals en hulp dicht bij huis kwamen daardoor steeds meer in de "
                    "knel.</p>"
                    "<p>Voor veel lokale politici domineert het sociaal domein de agenda. "
                    "De tekorten lopen op, de samenwerking in gemeenschappelijke regelingen "
                    "is ondoorzichtig en de democratische controle schiet vaak tekort. De "
                    "coronacrisis voegde daar nog een laag aan toe, bijvoorbeeld door een "
                    "groter beroep op de bijstand en op de jeugdzorg.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat het project deed", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Onder leiding van projectmedewerker Marianne Kock zocht het project "
                    "antwoord op de vraag hoe raadsleden en wethouders in het sociaal domein "
                    "sociaal-democratische keuzes kunnen maken. Dat gebeurde op drie "
                    "manieren:</p>"
                    "<ul>"
                    "<li>verdiepend onderzoek naar wat er in gemeenten gebeurt en wat "
                    "werkt;</li>"
                    "<li>bijeenkomsten waar raadsleden en wethouders elkaar inspireren;</li>"
                    "<li>handreikingen, trainingen en politieke instrumenten, zoals moties "
                    "en schriftelijke vragen.</li>"
                    "</ul>"
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Netwerk sociaal domein en jeugdzorg",
                    "text": "Het netwerk zet het werk van het project voort.",
                    "button_label": "Naar het netwerk",
                    "page": "sociaal-domein",
                },
            },
        ],
        "findings": (
            "<p>Uit de bijeenkomsten en gesprekken kwamen een paar rode draden naar voren die "
            "raadsleden en wethouders direct kunnen gebruiken:</p>"
            "<ul>"
            "<li><strong>Blijf investeren in preventie.</strong> Bezuinigen op vroeg "
            "ingrijpen lijkt verleidelijk, maar leidt later vaak tot duurdere zorg.</li>"
            "<li><strong>Geef professionals ruimte.</strong> Minder regels en meer "
            "vertrouwen maken hulp beter en vaak ook goedkoper.</li>"
            "<li><strong>Neem als raad de regie terug.</strong> Stel vragen over "
            "gemeenschappelijke regelingen en vraag om informatie die je echt helpt om te "
            "sturen.</li>"
            "<li><strong>Maak de tekorten politiek.</strong> Laat zien wat de tekorten "
            "betekenen voor inwoners, en trek samen op richting Den Haag.</li>"
            "</ul>"
        ),
        "publications": [
            {
                "title": "Sociaal domein: keuzes maken als het geld krap is",
                "filename": "sociaal-domein-keuzes-maken.pdf",
                "paragraphs": [
                    "Deze publicatie hoort bij het project Sociaal domein van het Centrum "
                    "voor Lokaal Bestuur. Ze is bedoeld voor raadsleden en wethouders die met "
                    "jeugdzorg, Wmo of werk en inkomen bezig zijn.",
                    "In 2015 kregen gemeenten er grote taken bij. De overdracht ging gepaard "
                    "met beloften over beleidsvrijheid, maar ook met forse kortingen op het "
                    "budget. Veel gemeenten hebben sindsdien tekorten.",
                    "Daardoor komen goede ideeën onder druk te staan: eerder ingrijpen, "
                    "vertrouwen in professionals en hulp dicht bij huis. Juist die ideeën "
                    "passen bij een sociaal-democratische aanpak.",
                    "Een apart punt van zorg is de democratische controle. Veel taken zijn "
                    "belegd in regionale samenwerkingen. Voor raadsleden is het moeilijk om "
                    "daar zicht op te houden.",
                    "We geven raadsleden en wethouders vier aandachtspunten mee: blijf "
                    "investeren in preventie, geef professionals ruimte, neem als raad de "
                    "regie terug en maak de tekorten tot een politiek onderwerp.",
                    "Bij deze publicatie horen voorbeelden van moties en schriftelijke vragen. "
                    "Leden vinden die in de motiebank van het CLB.",
                ],
            },
        ],
    },
    {
        "key": "project-wonen",
        "slug": "wonen",
        "title": "Wonen",
        "introduction": (
            "Betaalbaar wonen is een kernthema van de sociaal-democratie. Dit project bracht in "
            "kaart wat je er lokaal aan kunt doen."
        ),
        "status": "afgerond",
        "start_year": 2020,
        "end_year": 2021,
        "lead": None,
        "summary": (
            "Door de aanhoudende wooncrisis is er in bijna elke gemeente een tekort aan "
            "betaalbare woningen en aan huizen in het middensegment. In 2020 maakte het CLB daarom een handreiking met de "
            "instrumenten die lokale politici zelf hebben om de woningmarkt bij te sturen. In "
            "2021 brachten we die verder onder de aandacht en werkten we hem bij waar nodig."
        ),
        "body": [
            {"type": "heading", "value": {"text": "Aanleiding", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Een dak boven je hoofd is een basisbehoefte. Maar door de wooncrisis "
                    "lukt het steeds meer mensen niet om een passende woning te vinden. In "
                    "de meeste gemeenten zijn er te weinig betaalbare en middeldure "
                    "woningen. Starters, jongeren, mensen met een gewoon inkomen en "
                    "spoedzoekers komen er niet tussen.</p>"
                    "<p>Veel raadsleden hebben het gevoel dat de knoppen vooral in Den Haag "
                    "zitten. Dat klopt maar deels. Ook lokaal heb je instrumenten in "
                    "handen.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat het project opleverde", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Het belangrijkste resultaat is de handreiking wonen. Daarin staan de "
                    "instrumenten op een rij waarmee je als gemeente de op hol geslagen "
                    "woningmarkt kunt reguleren, met voorbeelden van moties en vragen. In 2021 "
                    "hebben we de handreiking verder onder de aandacht gebracht, onder meer "
                    "in het netwerk wonen, en bijgewerkt waar dat nodig was.</p>"
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Lees de handreiking wonen",
                    "text": "Alle lokale instrumenten op een rij, met voorbeeldmoties.",
                    "button_label": "Naar de handreiking",
                    "page": "handreiking-wonen",
                },
            },
        ],
        "findings": (
            "<p>Gemeenten hebben meer mogelijkheden dan vaak wordt gedacht. Met een woonvisie "
            "en prestatieafspraken met corporaties leg je vast wat er gebouwd wordt. Met een "
            "doelgroepenverordening kun je een deel van de nieuwbouw reserveren voor sociale "
            "huur en middeldure huur. En met een huisvestingsverordening bepaal je mee wie "
            "voorrang krijgt. Het werkt het best als gemeenten in de regio samen optrekken.</p>"
        ),
        "publications": [
            {
                "title": "Wonen: de lokale instrumenten op een rij",
                "filename": "wonen-lokale-instrumenten.pdf",
                "paragraphs": [
                    "Deze publicatie hoort bij het project Wonen van het Centrum voor Lokaal "
                    "Bestuur. Ze geeft een overzicht van wat gemeenten zelf kunnen doen aan "
                    "de tekorten op de woningmarkt.",
                    "In de woonvisie leg je vast welke woningen de gemeente nodig heeft en "
                    "voor wie. Een goede woonvisie is de basis voor alle andere afspraken.",
                    "Met prestatieafspraken maken gemeente, woningcorporaties en huurders "
                    "afspraken over nieuwbouw, betaalbaarheid en verduurzaming. Als raad kun "
                    "je vragen om die afspraken ambitieus en controleerbaar te maken.",
                    "Met een doelgroepenverordening kan de gemeente bij nieuwbouw een deel "
                    "van de woningen reserveren voor sociale huur of middeldure huur.",
                    "Met een huisvestingsverordening kan de gemeente regels stellen over wie "
                    "voorrang krijgt bij het toewijzen van woningen, bijvoorbeeld mensen met "
                    "een band met de gemeente of mensen die met spoed een woning nodig hebben.",
                    "Woningmarkten houden niet op bij de gemeentegrens. Regionale afspraken "
                    "voorkomen dat gemeenten de opgave op elkaar afschuiven.",
                ],
            },
        ],
    },
    {
        "key": "lokale-samenwerking",
        "slug": "samenwerken-met-andere-partijen",
        "title": "Samenwerken met andere partijen bij verkiezingen",
        "introduction": (
            "Steeds meer afdelingen gaan de verkiezingen in met een lijstcombinatie of als "
            "onderdeel van een nieuwe lokale partij. Wat betekent dat voor de PvdA?"
        ),
        "status": "afgerond",
        "start_year": 2016,
        "end_year": 2018,
        "lead": None,
        "summary": (
            "In 2016 publiceerde het CLB een verkenning over samenwerking met andere partijen "
            "bij de gemeenteraadsverkiezingen van 2018. In 2018 volgde een uitgebreid "
            "onderzoek naar afdelingen die met een lijstcombinatie of als nieuwe lokale partij "
            "meedoen. Het advies van het CLB werd door het partijbestuur overgenomen."
        ),
        "body": [
            {"type": "heading", "value": {"text": "Aanleiding", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Het politieke landschap is versplinterd. Lokale partijen zijn "
                    "sterk, en landelijke partijen worden kleiner. Ook binnen de PvdA zien "
                    "we dat. Steeds meer afdelingen kiezen ervoor om samen met andere "
                    "partijen de verkiezingen in te gaan, in een lijstcombinatie of als "
                    "nieuwe lokale partij. Dat roept vragen op. Wat levert het op, en wat "
                    "kost het?</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat we deden", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>In 2016 brachten we een publicatie uit over samenwerking met andere "
                    "partijen bij de gemeenteraadsverkiezingen van 2018. In 2018 hebben we "
                    "de ontwikkeling grondig onderzocht en een advies geschreven over hoe "
                    "de partij zich daartoe kan verhouden. Het partijbestuur heeft dat "
                    "advies overgenomen en verder uitgewerkt met het oog op de verkiezingen "
                    "van 2022.</p>"
                ),
            },
        ],
        "findings": (
            "<p>Het CLB en het partijbestuur vinden het niet wenselijk dat PvdA-afdelingen "
            "opgaan in een nieuwe lokale partij. De belangrijkste redenen:</p>"
            "<ul>"
            "<li>Traditionele kiezers van alle betrokken partijen haken af, en de PvdA is "
            "niet meer herkenbaar.</li>"
            "<li>In veel gemeenten is de PvdA-afdeling nog altijd groter dan die van andere "
            "linkse partijen. Een tijdelijk slechte uitslag is geen reden om daar afstand van "
            "te nemen.</li>"
            "<li>In fusiepartijen ontstaat vaak onenigheid.</li>"
            "</ul>"
            "<p>De PvdA kiest voor herkenbare sociaal-democratische politici, ook lokaal. "
            "Tegelijk krijgen raadsleden en afdelingen alle ruimte voor hun eigen lokale "
            "verhaal: zij kennen hun gemeente het best. En samenwerking met andere fracties, "
            "bijvoorbeeld in de regio, blijft hard nodig.</p>"
        ),
        "publications": [
            {
                "title": "Samenwerking met andere partijen bij gemeenteraadsverkiezingen",
                "filename": "samenwerking-andere-partijen.pdf",
                "paragraphs": [
                    "Deze publicatie gaat over de vraag hoe PvdA-afdelingen zich kunnen "
                    "verhouden tot samenwerking met andere partijen bij "
                    "gemeenteraadsverkiezingen.",
                    "De lokale politiek is versnipperd geraakt. Lokale partijen halen veel "
                    "stemmen en landelijke partijen worden kleiner. Dat maakt samenwerking "
                    "aantrekkelijk, maar ook riskant.",
                    "Opgaan in een nieuwe lokale partij heeft grote nadelen. De PvdA wordt "
                    "onherkenbaar, trouwe kiezers haken af en in zulke fusiepartijen ontstaan "
                    "vaak conflicten.",
                    "De PvdA-afdeling is in veel gemeenten nog steeds een van de grootste "
                    "linkse verenigingen. Een slechte uitslag op één moment is geen goede "
                    "reden om die positie op te geven.",
                    "Wat wel werkt: een eigen, herkenbaar lokaal verhaal, en daarnaast "
                    "samenwerking met andere fracties op onderwerpen waar je het over eens "
                    "bent, bijvoorbeeld in regionale samenwerkingsverbanden.",
                ],
            },
        ],
    },
    {
        "key": "van-waarde-lokaal",
        "slug": "van-waarde-lokaal",
        "title": "Van Waarde Lokaal",
        "introduction": (
            "Hoe ziet de ‘verzorgingsstad’ eruit na de decentralisaties? Samen met de Wiardi "
            "Beckman Stichting gingen we op onderzoek in de praktijk."
        ),
        "status": "afgerond",
        "start_year": 2016,
        "end_year": 2016,
        "lead": None,
        "summary": (
            "Met de Wiardi Beckman Stichting onderzocht het CLB de gevolgen van de "
            "decentralisaties in het sociaal domein. We gingen op expeditie naar Rotterdam, "
            "waar de Participatiewet centraal stond, en organiseerden een symposium over "
            "gelukkig ouder worden."
        ),
        "body": [
            {"type": "heading", "value": {"text": "Het idee", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Na de grote decentralisaties van 2015 wilden we weten hoe de nieuwe "
                    "taken in de praktijk uitpakken. Niet vanachter een bureau, maar ter "
                    "plekke. Daarom zetten we samen met de Wiardi Beckman Stichting "
                    "expedities op, telkens gericht op één thema, één groep of één regio.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat we deden", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>In januari 2016 trokken we naar Rotterdam. Daar stond de "
                    "Participatiewet centraal, met speciale aandacht voor de gevolgen van "
                    "de tegenprestatie voor bewoners van Rotterdam-Zuid. Een tweede "
                    "expeditie zou naar Overijssel gaan, over zelfstandig blijven wonen als "
                    "je ouder wordt. Die werd afgelast omdat er te weinig aanmeldingen "
                    "waren.</p>"
                    "<p>In december volgde het symposium ‘Gelukkig ouder worden’, samen met "
                    "de Wiardi Beckman Stichting. Daar kwamen zo’n tweehonderd mensen op "
                    "af.</p>"
                    "<p>Omdat de expedities te weinig leden trokken, hebben we besloten deze "
                    "vorm niet voort te zetten.</p>"
                ),
            },
        ],
        "findings": (
            "<p>De bevindingen zijn gedeeld in het blad Lokaal Bestuur, in de nieuwsbrief en "
            "via video’s op ons YouTube-kanaal.</p>"
        ),
        "publications": [],
    },
    {
        "key": "gemeenten-en-zorgverzekeraars",
        "slug": "gemeenten-en-zorgverzekeraars",
        "title": "Gemeenten en zorgverzekeraars",
        "introduction": (
            "Wat kunnen gemeenten en zorgverzekeraars samen doen? Een enquête onder "
            "wethouders bracht het in kaart."
        ),
        "status": "afgerond",
        "start_year": 2016,
        "end_year": 2016,
        "lead": None,
        "summary": (
            "Op verzoek van het netwerk van wethouders Wmo hield het CLB in 2016 een enquête "
            "over de samenwerking tussen gemeenten en zorgverzekeraars. De uitkomsten staan in "
            "de publicatie ‘Gemeenten en zorgverzekeraars, wat zijn de mogelijkheden?’."
        ),
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Sinds de decentralisaties zijn gemeenten en zorgverzekeraars sterker "
                    "op elkaar aangewezen. De gemeente gaat over ondersteuning thuis, de "
                    "verzekeraar over de zorg die onder de zorgverzekering valt. Voor "
                    "inwoners loopt dat door elkaar heen. Goede samenwerking is dus in "
                    "ieders belang.</p>"
                    "<p>Wethouders in het Wmo-netwerk vroegen het CLB om uit te zoeken hoe "
                    "die samenwerking in de praktijk verloopt. We zetten een enquête uit en "
                    "bespraken de uitkomsten met het netwerk en met de Tweede "
                    "Kamerfractie.</p>"
                    "<p>In hetzelfde jaar deden we ook kleinere peilingen, onder meer naar "
                    "de zittingsduur van wethouders en hun kansen op de arbeidsmarkt daarna, "
                    "en naar de besluitvorming over de opvang van vluchtelingen.</p>"
                ),
            },
        ],
        "findings": (
            "<p>Er is veel mogelijk, maar het hangt sterk af van de afspraken die een "
            "gemeente zelf maakt. Kansrijk zijn vooral gezamenlijke investeringen in "
            "preventie en een gemeentelijke collectieve zorgverzekering voor inwoners met een "
            "laag inkomen. Leden kunnen gebruikmaken van moties van het CLB over de gebundelde inzet "
            "van preventiemiddelen en over preventie door gemeenten en zorgverzekeraars "
            "samen.</p>"
        ),
        "publications": [
            {
                "title": "Gemeenten en zorgverzekeraars, wat zijn de mogelijkheden?",
                "filename": "gemeenten-en-zorgverzekeraars.pdf",
                "paragraphs": [
                    "Deze publicatie geeft de uitkomsten weer van een enquête die het Centrum "
                    "voor Lokaal Bestuur in 2016 hield onder wethouders met de Wmo in hun "
                    "portefeuille.",
                    "Gemeenten en zorgverzekeraars hebben sinds de decentralisaties met "
                    "dezelfde inwoners te maken. Wat de een bespaart, kan bij de ander tot "
                    "hogere kosten leiden. Samenwerking voorkomt dat.",
                    "Een eerste kans ligt bij preventie. Door middelen te bundelen kunnen "
                    "gemeente en verzekeraar samen investeren in het voorkomen van zorg.",
                    "Een tweede kans is de collectieve zorgverzekering die veel gemeenten "
                    "aanbieden aan inwoners met een laag inkomen. Goede afspraken over de "
                    "dekking maken die verzekering waardevol.",
                    "Een derde kans ligt in de wijk: afspraken over de samenwerking tussen "
                    "wijkteams en wijkverpleging maken de hulp voor inwoners beter.",
                    "Voor raadsleden en wethouders zijn voorbeeldmoties beschikbaar in de "
                    "motiebank van het CLB.",
                ],
            },
        ],
    },
]

# ---------------------------------------------------------------------------------------
# Guidance documents (handreikingen)
# ---------------------------------------------------------------------------------------

GUIDANCE_INDEX = {
    "key": "handreikingen",
    "slug": "handreikingen",
    "title": "Handreikingen",
    "introduction": (
        "Een handreiking geeft je achtergrond bij een actueel onderwerp én instrumenten om "
        "er meteen mee aan de slag te gaan: voorbeeldmoties, schriftelijke vragen en "
        "amendementen."
    ),
    "body": [
        {
            "type": "paragraph",
            "value": (
                "<p>Soms verandert er ineens veel tegelijk. Het kabinet kondigt maatregelen "
                "aan, een rechter doet een uitspraak of een crisis zet alles op zijn kop. "
                "Als lokale of regionale politicus moet je dan snel weten wat het betekent en "
                "wat je kunt doen. Daarvoor maakt het CLB handreikingen.</p>"
                "<p>Elke handreiking bestaat uit twee delen. Eerst leggen we uit wat er "
                "speelt en welke politieke keuzes er te maken zijn. Daarna vind je "
                "instrumenten die je kunt gebruiken: een motie, een set schriftelijke vragen "
                "of een amendement. Stem ze af op de situatie in jouw gemeente, provincie of "
                "waterschap, en je kunt ermee aan de slag.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "De handreikingen van 2020", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>In 2020 maakten we handreikingen over de steunmaatregelen in de "
                "coronacrisis, over werk, armoede, wonen, stikstof en voedselzekerheid. "
                "Daarna kiezen we nieuwe onderwerpen steeds op basis van wat er op dat "
                "moment politiek speelt. Mis je een onderwerp? Laat het ons weten.</p>"
            ),
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Meer voorbeelden zoeken?",
                "text": (
                    "In de motiebank vind je moties en vragen van collega’s uit het hele land."
                ),
                "button_label": "Naar de motiebank",
                "page": "motiebank",
            },
        },
    ],
}

GUIDANCE = [
    {
        "key": "handreiking-steunmaatregelen",
        "slug": "steunmaatregelen-coronacrisis",
        "title": "Steunmaatregelen in de coronacrisis",
        "introduction": (
            "Welke steun kwam er van het Rijk, wat konden gemeenten en provincies zelf doen, en "
            "welke politieke keuzes horen daarbij?"
        ),
        "theme": "financien",
        "publication_date": "2020-04-16",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>In het voorjaar van 2020 kwam het land vrijwel tot stilstand. Het "
                    "kabinet kondigde in hoog tempo steunpakketten aan voor ondernemers, "
                    "werkenden en instellingen. Een deel daarvan moesten gemeenten zelf "
                    "uitvoeren, zoals de tijdelijke regeling voor zelfstandig ondernemers "
                    "(Tozo). Daarnaast konden gemeenten en provincies eigen maatregelen "
                    "nemen.</p>"
                    "<p>Er was veel behoefte aan informatie. Daarom ging ook onze nieuwsbrief "
                    "Lokaal Bestuur vanaf dat moment elke week verschijnen, en maakten we deze "
                    "handreiking.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Welke keuzes zijn er?", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Steun kost geld, en dat geld kan maar één keer worden uitgegeven. "
                    "Help je eerst de ondernemers, of de mensen die hun flexbaan kwijtraken? "
                    "Geef je uitstel van lokale belastingen aan iedereen, of alleen aan wie "
                    "het echt nodig heeft? En hoe voorkom je dat sportclubs, culturele "
                    "instellingen en buurthuizen omvallen? Vanuit sociaal-democratisch "
                    "oogpunt ligt de nadruk op mensen die het minst te besteden hebben en "
                    "op de voorzieningen die een gemeenschap bij elkaar houden.</p>"
                    "<p>Let ook op de lange termijn. De kosten van de crisis drukken nog "
                    "jaren op de begroting. Vraag het college om bij te houden wat de crisis "
                    "kost en welk deel het Rijk vergoedt.</p>"
                ),
            },
        ],
        "document": {
            "title": "Handreiking steunmaatregelen in de coronacrisis",
            "filename": "handreiking-steunmaatregelen-corona.pdf",
            "paragraphs": [
                "Deze handreiking helpt raadsleden, Statenleden en bestuurders om grip te "
                "krijgen op de steunmaatregelen tijdens de coronacrisis.",
                "Het Rijk heeft verschillende steunpakketten aangekondigd. Een deel daarvan "
                "wordt uitgevoerd door gemeenten, zoals de tijdelijke regeling voor "
                "zelfstandig ondernemers. Gemeenten moeten die snel en zorgvuldig uitvoeren.",
                "Naast de landelijke regelingen kunnen gemeenten en provincies eigen "
                "maatregelen nemen. Denk aan uitstel van lokale belastingen, een "
                "noodfonds voor verenigingen of extra ondersteuning voor mensen met schulden.",
                "Elke maatregel vraagt om een keuze. Sociaal-democraten kijken eerst naar "
                "mensen die tussen wal en schip vallen, zoals flexwerkers, jongeren en "
                "mensen met een klein inkomen.",
                "De crisis heeft ook gevolgen voor de begroting. Vraag het college om de "
                "extra kosten en gemiste inkomsten bij te houden, en om duidelijkheid over "
                "de compensatie door het Rijk.",
                "Achter in deze handreiking staan voorbeelden van een motie, schriftelijke "
                "vragen en een vraag voor de begrotingsbehandeling.",
            ],
        },
        "instruments": [
            {
                "kind": "motie",
                "title": "Motie: niemand tussen wal en schip",
                "text": (
                    "<p><strong>De raad, in vergadering bijeen op [datum],</strong></p>"
                    "<p><strong>constaterende dat</strong></p>"
                    "<ul><li>veel inwoners door de coronacrisis plotseling inkomen "
                    "verliezen;</li><li>vooral flexwerkers, jongeren en zzp’ers met een "
                    "klein inkomen daardoor snel in de problemen komen;</li></ul>"
                    "<p><strong>overwegende dat</strong></p>"
                    "<ul><li>niet iedereen de weg vindt naar de landelijke en gemeentelijke "
                    "regelingen;</li><li>vroeg helpen voorkomt dat geldzorgen uitgroeien "
                    "tot schulden;</li></ul>"
                    "<p><strong>verzoekt het college</strong></p>"
                    "<ul><li>actief contact te zoeken met inwoners die hun inkomen "
                    "verliezen en hen te wijzen op alle steun waar ze recht op hebben;</li>"
                    "<li>een aanvraag voor bijstand of schuldhulp zonder wachttijd in "
                    "behandeling te nemen;</li><li>de raad binnen drie maanden te "
                    "informeren over het bereik van deze aanpak,</li></ul>"
                    "<p>en gaat over tot de orde van de dag.</p>"
                ),
            },
            {
                "kind": "schriftelijke_vragen",
                "title": "Schriftelijke vragen over de uitvoering van de Tozo",
                "text": (
                    "<ol>"
                    "<li>Hoeveel aanvragen voor de Tozo heeft de gemeente ontvangen, en "
                    "hoeveel daarvan zijn inmiddels afgehandeld?</li>"
                    "<li>Hoe lang moeten ondernemers gemiddeld wachten op een besluit en op "
                    "de uitbetaling?</li>"
                    "<li>Welke groepen zelfstandigen vallen buiten de regeling, en welke "
                    "hulp biedt de gemeente hun?</li>"
                    "</ol>"
                ),
            },
            {
                "kind": "begrotingsvraag",
                "title": "Vraag bij de begroting: wat kost de crisis?",
                "text": (
                    "<p>Kan het college een overzicht geven van de extra kosten en de gemiste "
                    "inkomsten door de coronacrisis, per beleidsterrein? Welk deel daarvan "
                    "wordt door het Rijk gecompenseerd, en hoe gaat het college om met het "
                    "deel dat niet wordt vergoed?</p>"
                ),
            },
            {
                "kind": "actie",
                "title": "Actie: bel je verenigingen",
                "text": (
                    "<p>Maak met je fractie een lijst van sportclubs, culturele instellingen "
                    "en buurthuizen in je gemeente. Bel ze op en vraag hoe het gaat en wat ze "
                    "nodig hebben. Gebruik wat je hoort voor je inbreng in de raad.</p>"
                ),
            },
        ],
    },
    {
        "key": "handreiking-werk",
        "slug": "werk",
        "title": "Werk",
        "introduction": (
            "Goed werk voor iedereen, juist als de economie hapert. Wat kan de gemeente doen "
            "voor mensen die hun baan verliezen of moeilijk aan de slag komen?"
        ),
        "theme": "werk-en-inkomen",
        "publication_date": "2020-06-11",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Werk is meer dan een inkomen. Het geeft zekerheid, contacten en "
                    "eigenwaarde. Toch staat goed werk onder druk. Steeds meer mensen werken "
                    "met een tijdelijk contract, via een uitzendbureau of een "
                    "payrollconstructie. In een crisis zijn zij als eersten hun baan kwijt. "
                    "Jongeren die net van school komen, hebben het extra moeilijk.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat de gemeente kan doen", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>De gemeente is verantwoordelijk voor de Participatiewet en helpt "
                    "mensen in de bijstand op weg naar werk. Maar ze is ook zelf werkgever, "
                    "opdrachtgever en inkoper. Op al die plekken kun je het verschil "
                    "maken:</p>"
                    "<ul>"
                    "<li>als werkgever: vaste contracten in plaats van payroll en "
                    "schijnconstructies;</li>"
                    "<li>als inkoper: eisen stellen aan eerlijke lonen en aan werkplekken "
                    "voor mensen met een afstand tot de arbeidsmarkt;</li>"
                    "<li>als uitvoerder van de Participatiewet: mensen perspectief bieden in "
                    "plaats van alleen controle;</li>"
                    "<li>samen met de regio: afspraken met werkgevers en onderwijs om mensen "
                    "die hun baan verliezen snel van werk naar werk te helpen.</li>"
                    "</ul>"
                ),
            },
        ],
        "document": {
            "title": "Handreiking werk",
            "filename": "handreiking-werk.pdf",
            "paragraphs": [
                "Deze handreiking gaat over de rol van de gemeente bij goed werk voor "
                "iedereen. Ze is bedoeld voor raadsleden en wethouders.",
                "De arbeidsmarkt is de afgelopen jaren flexibeler geworden. Dat biedt "
                "sommigen vrijheid, maar voor veel mensen betekent het vooral onzekerheid. In "
                "een economische crisis verliezen flexwerkers en jongeren als eersten hun "
                "werk.",
                "De gemeente voert de Participatiewet uit. Een sociaal-democratische aanpak "
                "kijkt naar wat mensen wel kunnen en biedt begeleiding, scholing en "
                "vertrouwen.",
                "De gemeente is ook zelf werkgever. Ze kan het goede voorbeeld geven door "
                "geen gebruik te maken van payrolling en door mensen met een afstand tot de "
                "arbeidsmarkt in dienst te nemen.",
                "Bij het inkopen van diensten kan de gemeente eisen stellen aan "
                "arbeidsvoorwaarden en aan werkgelegenheid voor mensen die moeilijk aan de "
                "slag komen.",
                "Werk houdt niet op bij de gemeentegrens. In de arbeidsmarktregio maken "
                "gemeenten, werkgevers en scholen samen afspraken om mensen van werk naar "
                "werk te helpen.",
            ],
        },
        "instruments": [
            {
                "kind": "motie",
                "title": "Motie: de gemeente als goede werkgever",
                "text": (
                    "<p><strong>De raad, in vergadering bijeen op [datum],</strong></p>"
                    "<p><strong>constaterende dat</strong></p>"
                    "<ul><li>de gemeente voor een deel van haar werk gebruikmaakt van "
                    "payrollconstructies en tijdelijke contracten;</li></ul>"
                    "<p><strong>overwegende dat</strong></p>"
                    "<ul><li>de gemeente als werkgever het goede voorbeeld hoort te "
                    "geven;</li><li>structureel werk hoort bij een vast contract;</li></ul>"
                    "<p><strong>verzoekt het college</strong></p>"
                    "<ul><li>te stoppen met het inzetten van payrollconstructies voor "
                    "structureel werk;</li><li>medewerkers die al langer op een tijdelijke "
                    "basis werken een vaste aanstelling aan te bieden;</li><li>de raad "
                    "jaarlijks te informeren over het aandeel flexibele contracten,</li></ul>"
                    "<p>en gaat over tot de orde van de dag.</p>"
                ),
            },
            {
                "kind": "schriftelijke_vragen",
                "title": "Schriftelijke vragen over jeugdwerkloosheid",
                "text": (
                    "<ol>"
                    "<li>Hoeveel jongeren tot 27 jaar in onze gemeente hebben het afgelopen "
                    "jaar hun baan verloren of een uitkering aangevraagd?</li>"
                    "<li>Hoe worden jongeren die van school komen en geen werk vinden in "
                    "beeld gebracht en begeleid?</li>"
                    "<li>Welke afspraken heeft de gemeente met scholen en werkgevers in de "
                    "regio om te voorkomen dat jongeren tussen wal en schip raken?</li>"
                    "</ol>"
                ),
            },
            {
                "kind": "amendement",
                "title": "Amendement: sociaal inkopen",
                "text": (
                    "<p>Voeg aan het inkoopbeleid toe dat de gemeente bij opdrachten boven "
                    "een nader te bepalen bedrag eisen stelt aan eerlijke arbeidsvoorwaarden "
                    "en dat een deel van de opdrachtwaarde wordt besteed aan werk voor "
                    "mensen met een afstand tot de arbeidsmarkt.</p>"
                ),
            },
        ],
    },
    {
        "key": "handreiking-armoede",
        "slug": "armoede",
        "title": "Armoede",
        "introduction": (
            "Geen kind hoort op te groeien in armoede en niemand hoort weg te zakken in "
            "schulden. Wat kun je daar lokaal aan doen?"
        ),
        "theme": "armoede-en-schulden",
        "publication_date": "2020-05-14",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Armoede is hardnekkig. Ook in een rijk land als Nederland groeien "
                    "kinderen op in gezinnen waar aan het eind van de maand geen geld meer "
                    "is. Schulden zorgen voor stress, maken ziek en houden mensen vast. En "
                    "een crisis zoals de coronacrisis trekt nieuwe groepen over de rand: "
                    "ondernemers, flexwerkers en jongeren.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Lokale mogelijkheden", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>De gemeente heeft veel instrumenten. Met bijzondere bijstand en "
                    "minimaregelingen help je mensen met een laag inkomen. Met een "
                    "kindpakket zorg je dat kinderen mee kunnen doen met sport, muziek of een "
                    "schoolreisje. Met vroegsignalering spoor je betalingsachterstanden op "
                    "voordat ze uitgroeien tot schulden. En met goede schuldhulpverlening "
                    "help je mensen weer op weg.</p>"
                    "<p>Het CLB heeft al eerder een pakket gemaakt rond kinderen in armoede, "
                    "met een initiatiefvoorstel, een convenant, moties en schriftelijke "
                    "vragen. Ook zijn er moties beschikbaar over schulden bij jongeren. In "
                    "deze handreiking vind je een selectie, bijgewerkt voor deze tijd.</p>"
                ),
            },
        ],
        "document": {
            "title": "Handreiking armoede",
            "filename": "handreiking-armoede.pdf",
            "paragraphs": [
                "Deze handreiking gaat over armoede en schulden, en over wat gemeenten "
                "daaraan kunnen doen.",
                "Armoede treft kinderen extra hard. Wie opgroeit zonder geld voor sport, "
                "cultuur of een verjaardagscadeautje, loopt kansen mis die andere kinderen "
                "vanzelfsprekend vinden.",
                "Schulden ontstaan vaak sluipend. Een gemiste huurbetaling of "
                "zorgpremie kan snel oplopen. Met vroegsignalering kunnen gemeenten, "
                "verhuurders en energieleveranciers samen eerder hulp bieden.",
                "Jongeren lopen een bijzonder risico. Ze hebben vaak weinig ervaring met "
                "geldzaken en raken makkelijk in de problemen met bijvoorbeeld "
                "telefoonabonnementen of kopen op afbetaling.",
                "Gemeenten kunnen met minimaregelingen, bijzondere bijstand en een "
                "kindpakket het verschil maken. Belangrijk is dat de regelingen eenvoudig "
                "zijn en dat mensen ze ook echt weten te vinden.",
                "De coronacrisis brengt nieuwe groepen in de problemen. Ondernemers en "
                "flexwerkers die nooit eerder hulp nodig hadden, kennen de weg vaak niet.",
                "In deze handreiking staan voorbeelden van een motie, een initiatiefvoorstel "
                "en schriftelijke vragen.",
            ],
        },
        "instruments": [
            {
                "kind": "motie",
                "title": "Motie: vroeg erbij bij betalingsachterstanden",
                "text": (
                    "<p><strong>De raad, in vergadering bijeen op [datum],</strong></p>"
                    "<p><strong>constaterende dat</strong></p>"
                    "<ul><li>veel inwoners pas hulp zoeken als hun schulden al hoog zijn "
                    "opgelopen;</li></ul>"
                    "<p><strong>overwegende dat</strong></p>"
                    "<ul><li>vroeg ingrijpen veel leed en hoge kosten voorkomt;</li><li>"
                    "verhuurders, energie- en waterbedrijven en zorgverzekeraars "
                    "achterstanden vaak als eersten zien;</li></ul>"
                    "<p><strong>verzoekt het college</strong></p>"
                    "<ul><li>met deze partijen afspraken te maken over het vroeg signaleren "
                    "van betalingsachterstanden;</li><li>inwoners met een achterstand "
                    "binnen korte tijd persoonlijk hulp aan te bieden;</li><li>de raad over "
                    "een jaar te laten weten hoeveel inwoners zo zijn bereikt,</li></ul>"
                    "<p>en gaat over tot de orde van de dag.</p>"
                ),
            },
            {
                "kind": "initiatiefvoorstel",
                "title": "Initiatiefvoorstel: een kindpakket voor elk kind",
                "text": (
                    "<p>Met dit voorstel krijgt elk kind uit een gezin met een laag inkomen "
                    "recht op een pakket voorzieningen: lidmaatschap van een sport- of "
                    "muziekvereniging, deelname aan schoolreisjes en een bijdrage voor "
                    "schoolspullen. De aanvraag is eenvoudig en loopt via één loket. Scholen "
                    "en wijkteams helpen ouders de weg te vinden. Het voorstel bevat een "
                    "dekkingsvoorstel en een evaluatie na twee jaar.</p>"
                ),
            },
            {
                "kind": "schriftelijke_vragen",
                "title": "Schriftelijke vragen over het bereik van minimaregelingen",
                "text": (
                    "<ol>"
                    "<li>Hoeveel huishoudens komen in aanmerking voor de minimaregelingen van "
                    "de gemeente, en hoeveel maken er daadwerkelijk gebruik van?</li>"
                    "<li>Wat doet het college om inwoners die geen gebruik maken van de "
                    "regelingen actief te bereiken?</li>"
                    "<li>Hoeveel kinderen in onze gemeente groeien op in een gezin met een "
                    "laag inkomen, en hoeveel van hen worden bereikt met het "
                    "kindpakket?</li>"
                    "</ol>"
                ),
            },
        ],
    },
    {
        "key": "handreiking-wonen",
        "slug": "wonen",
        "title": "Wonen",
        "introduction": (
            "De woningmarkt is op hol geslagen. Met deze handreiking zie je welke "
            "instrumenten je lokaal hebt om bij te sturen."
        ),
        "theme": "wonen",
        "publication_date": "2020-09-24",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Wonen is een basisbehoefte, maar steeds minder mensen kunnen een "
                    "passend huis vinden. In de meeste gemeenten is er een groot tekort aan "
                    "sociale huurwoningen en aan betaalbare woningen in het middensegment. "
                    "Beleggers kopen woningen op om ze voor hoge prijzen te verhuren. En "
                    "wie een woning zoekt, staat jaren op een wachtlijst.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Je lokale gereedschapskist", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Veel regels over wonen worden landelijk gemaakt. Toch heeft de "
                    "gemeente meer in handen dan vaak gedacht:</p>"
                    "<ul>"
                    "<li><strong>De woonvisie:</strong> hierin leg je vast hoeveel en welke "
                    "woningen er nodig zijn, en voor wie.</li>"
                    "<li><strong>Prestatieafspraken:</strong> afspraken met corporaties en "
                    "huurdersorganisaties over nieuwbouw, huurprijzen en "
                    "verduurzaming.</li>"
                    "<li><strong>De doelgroepenverordening:</strong> hiermee reserveer je "
                    "bij nieuwbouw een deel van de woningen voor sociale of middeldure "
                    "huur.</li>"
                    "<li><strong>De huisvestingsverordening:</strong> hiermee bepaal je mee "
                    "wie voorrang krijgt bij het toewijzen van woningen.</li>"
                    "<li><strong>Afspraken bij verkoop van grond:</strong> bijvoorbeeld een "
                    "verplichting om een nieuwe koopwoning zelf te bewonen.</li>"
                    "</ul>"
                ),
            },
        ],
        "document": {
            "title": "Handreiking wonen",
            "filename": "handreiking-wonen.pdf",
            "paragraphs": [
                "Deze handreiking zet op een rij wat gemeenten zelf kunnen doen aan de "
                "problemen op de woningmarkt. Ze is bedoeld voor raadsleden, wethouders en "
                "Statenleden.",
                "Het tekort aan betaalbare woningen raakt vooral starters, jongeren, "
                "mensen met een middeninkomen en mensen die met spoed een huis nodig hebben.",
                "De woonvisie is het vertrekpunt. Een goede woonvisie maakt duidelijk "
                "hoeveel sociale huur, middeldure huur en betaalbare koop er nodig is.",
                "Met prestatieafspraken leggen gemeente, corporaties en huurders vast wat "
                "er de komende jaren gebouwd, verbeterd en verduurzaamd wordt.",
                "Een doelgroepenverordening geeft de gemeente de mogelijkheid om bij "
                "nieuwbouw een minimum aandeel betaalbare woningen af te dwingen.",
                "Via de huisvestingsverordening kan de gemeente regelen wie voorrang krijgt. "
                "Bij de verkoop van grond kan ze afspraken maken die voorkomen dat nieuwe "
                "woningen direct worden doorverhuurd.",
                "Samenwerking in de regio is onmisbaar. Anders schuiven gemeenten de opgave "
                "naar elkaar door.",
            ],
        },
        "instruments": [
            {
                "kind": "motie",
                "title": "Motie: betaalbaar bouwen met een doelgroepenverordening",
                "text": (
                    "<p><strong>De raad, in vergadering bijeen op [datum],</strong></p>"
                    "<p><strong>constaterende dat</strong></p>"
                    "<ul><li>de wachttijd voor een sociale huurwoning in onze gemeente "
                    "[aantal] jaar bedraagt;</li><li>er nauwelijks woningen in het "
                    "middensegment worden gebouwd;</li></ul>"
                    "<p><strong>overwegende dat</strong></p>"
                    "<ul><li>een doelgroepenverordening de gemeente in staat stelt bij "
                    "nieuwbouw een aandeel betaalbare woningen vast te leggen;</li></ul>"
                    "<p><strong>verzoekt het college</strong></p>"
                    "<ul><li>binnen zes maanden een doelgroepenverordening aan de raad voor "
                    "te leggen;</li><li>daarin een minimum aandeel sociale huur en "
                    "middeldure huur bij nieuwbouw op te nemen,</li></ul>"
                    "<p>en gaat over tot de orde van de dag.</p>"
                ),
            },
            {
                "kind": "schriftelijke_vragen",
                "title": "Schriftelijke vragen over de prestatieafspraken",
                "text": (
                    "<ol>"
                    "<li>Hoeveel sociale huurwoningen zijn er volgens de prestatieafspraken "
                    "de afgelopen drie jaar gebouwd, en hoeveel waren er afgesproken?</li>"
                    "<li>Wat is de gemiddelde wachttijd voor een sociale huurwoning, en hoe "
                    "heeft die zich ontwikkeld?</li>"
                    "<li>Hoe worden huurdersorganisaties betrokken bij het maken en "
                    "controleren van de afspraken?</li>"
                    "</ol>"
                ),
            },
            {
                "kind": "amendement",
                "title": "Amendement: zelfbewoning bij nieuwe koopwoningen",
                "text": (
                    "<p>Voeg aan het voorstel tot gronduitgifte toe dat kopers van nieuwe "
                    "koopwoningen tot een bepaalde prijs de woning gedurende een vaste "
                    "periode zelf moeten bewonen, en dat dit privaatrechtelijk wordt "
                    "vastgelegd in de koopovereenkomst.</p>"
                ),
            },
        ],
    },
    {
        "key": "handreiking-stikstof",
        "slug": "stikstof",
        "title": "Stikstof",
        "introduction": (
            "Sinds de uitspraak over de stikstofregels ligt veel stil. Wat betekent dat voor "
            "provincies, en welke keuzes kun je als Statenlid maken?"
        ),
        "theme": "natuur-en-landbouw",
        "publication_date": "2020-07-09",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>In 2019 oordeelde de Raad van State dat de manier waarop Nederland "
                    "vergunningen voor stikstofuitstoot verleende, niet deugde. Sindsdien "
                    "lopen veel projecten vertraging op: woningbouw, wegen, maar ook "
                    "uitbreidingen van boerenbedrijven. Tegelijk gaat het slecht met veel "
                    "kwetsbare natuur.</p>"
                    "<p>Provincies staan midden in dit vraagstuk. Zij verlenen vergunningen, "
                    "zijn verantwoordelijk voor natuurbeheer en werken met boeren, "
                    "natuurorganisaties en gemeenten aan oplossingen per gebied.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Een sociaal-democratische koers", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Voor de PvdA gaan natuurherstel en perspectief voor boeren samen. "
                    "De lasten mogen niet alleen bij de boer of bij de woningzoekende "
                    "terechtkomen. Dat vraagt om een eerlijke verdeling van de schaarse "
                    "stikstofruimte, met voorrang voor wat maatschappelijk het meest nodig "
                    "is, zoals betaalbare woningen. En het vraagt om een aanpak per gebied "
                    "waarin boeren, bewoners en natuurorganisaties samen aan tafel zitten.</p>"
                ),
            },
        ],
        "document": {
            "title": "Handreiking stikstof",
            "filename": "handreiking-stikstof.pdf",
            "paragraphs": [
                "Deze handreiking is bedoeld voor Statenleden en gedeputeerden, en voor "
                "raadsleden die met de gevolgen van de stikstofproblemen te maken hebben.",
                "In 2019 oordeelde de hoogste bestuursrechter dat het toenmalige systeem van "
                "stikstofvergunningen niet voldeed. Daardoor liepen veel projecten "
                "vertraging op.",
                "Provincies hebben een sleutelrol. Zij verlenen vergunningen, beheren "
                "natuurgebieden en begeleiden gebiedsprocessen.",
                "De ruimte voor nieuwe stikstofuitstoot is schaars. Provincies moeten "
                "kiezen waarvoor ze die ruimte gebruiken. Sociaal-democraten geven voorrang "
                "aan projecten van groot maatschappelijk belang, zoals betaalbare woningen.",
                "Natuurherstel en een toekomst voor de landbouw horen bij elkaar. Een "
                "gebiedsgerichte aanpak waarin boeren, bewoners en natuurorganisaties samen "
                "werken, biedt de beste kans op draagvlak.",
                "Achter in deze handreiking vind je een voorbeeldmotie en schriftelijke "
                "vragen voor Provinciale Staten.",
            ],
        },
        "instruments": [
            {
                "kind": "motie",
                "title": "Motie: stikstofruimte eerst voor maatschappelijke projecten",
                "text": (
                    "<p><strong>Provinciale Staten van [provincie], in vergadering bijeen op "
                    "[datum],</strong></p>"
                    "<p><strong>constaterende dat</strong></p>"
                    "<ul><li>de beschikbare ruimte voor nieuwe stikstofuitstoot beperkt "
                    "is;</li><li>daardoor de bouw van woningen in de provincie "
                    "vertraagt;</li></ul>"
                    "<p><strong>overwegende dat</strong></p>"
                    "<ul><li>schaarse ruimte eerlijk en met oog voor het algemeen belang "
                    "verdeeld moet worden;</li></ul>"
                    "<p><strong>verzoeken Gedeputeerde Staten</strong></p>"
                    "<ul><li>bij de verdeling van vrijkomende stikstofruimte voorrang te "
                    "geven aan betaalbare woningbouw en andere projecten van groot "
                    "maatschappelijk belang;</li><li>een deel van de vrijkomende ruimte te "
                    "gebruiken voor natuurherstel;</li><li>Provinciale Staten twee keer per "
                    "jaar te informeren over de verdeling,</li></ul>"
                    "<p>en gaan over tot de orde van de dag.</p>"
                ),
            },
            {
                "kind": "schriftelijke_vragen",
                "title": "Schriftelijke vragen over vastgelopen projecten",
                "text": (
                    "<ol>"
                    "<li>Hoeveel projecten in onze provincie liggen stil of lopen vertraging "
                    "op door de stikstofproblemen, en om wat voor projecten gaat het?</li>"
                    "<li>Hoeveel woningen zijn daardoor nog niet gebouwd?</li>"
                    "<li>Welke gebieden hebben de hoogste prioriteit voor natuurherstel, en "
                    "hoe worden boeren in die gebieden betrokken?</li>"
                    "</ol>"
                ),
            },
            {
                "kind": "actie",
                "title": "Actie: ga het gebied in",
                "text": (
                    "<p>Organiseer met je fractie een bezoek aan een boer en een "
                    "natuurbeheerder in hetzelfde gebied. Luister naar beide kanten en "
                    "deel wat je hoort in het netwerk natuur en landbouw.</p>"
                ),
            },
        ],
    },
    {
        "key": "handreiking-voedselzekerheid",
        "slug": "voedselzekerheid",
        "title": "Voedselzekerheid",
        "introduction": (
            "Genoeg gezond eten is niet voor iedereen vanzelfsprekend. Wat kunnen gemeenten en "
            "provincies doen tegen voedselarmoede?"
        ),
        "theme": "voedsel",
        "publication_date": "2020-11-12",
        "body": [
            {
                "type": "paragraph",
                "value": (
                    "<p>Voor steeds meer mensen is een gezonde maaltijd op tafel geen "
                    "vanzelfsprekendheid. De voedselbanken zagen in 2020 nieuwe groepen "
                    "binnenkomen. Kinderen gaan zonder ontbijt naar school. En gezond eten is "
                    "vaak duurder dan ongezond eten. Voedselzekerheid is daarmee een "
                    "onderwerp dat raakt aan armoede, gezondheid en gelijke kansen.</p>"
                ),
            },
            {"type": "heading", "value": {"text": "Wat je kunt doen", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Gemeenten kunnen voedselbanken en andere initiatieven steunen, maar "
                    "ook verder kijken. Wie bij de voedselbank aanklopt, heeft vaak ook "
                    "schulden of andere problemen. Goede samenwerking tussen voedselbank, "
                    "schuldhulpverlening en wijkteam helpt mensen verder dan een pakket "
                    "alleen. Daarnaast kun je werken aan gezond eten op school, in de "
                    "buurt en in de kantine van de sportclub.</p>"
                    "<p>Ook provincies spelen een rol, bijvoorbeeld door korte ketens tussen "
                    "boer en consument te stimuleren. Zo gaat eerlijk voedsel samen met een "
                    "eerlijke prijs voor de boer.</p>"
                ),
            },
        ],
        "document": {
            "title": "Handreiking voedselzekerheid",
            "filename": "handreiking-voedselzekerheid.pdf",
            "paragraphs": [
                "Deze handreiking gaat over voedselzekerheid: de zekerheid dat iedereen "
                "genoeg gezond eten heeft.",
                "Voedselarmoede komt in Nederland vaker voor dan veel mensen denken. In 2020 "
                "meldden voedselbanken dat er nieuwe groepen bij kwamen.",
                "Hulp bij voedsel werkt het best als die samengaat met hulp bij "
                "onderliggende problemen, zoals schulden. Samenwerking tussen voedselbank, "
                "schuldhulp en wijkteam is daarom belangrijk.",
                "Scholen zijn een goede plek om kinderen te bereiken. Een gezond ontbijt of "
                "een gezonde lunch helpt kinderen om mee te komen in de klas.",
                "Gemeenten en provincies kunnen met een lokale of regionale voedselstrategie "
                "gezond voedsel, eerlijke prijzen voor boeren en minder verspilling met "
                "elkaar verbinden.",
                "Achter in deze handreiking staan een voorbeeldmotie, schriftelijke vragen "
                "en een idee voor een initiatiefvoorstel.",
            ],
        },
        "instruments": [
            {
                "kind": "motie",
                "title": "Motie: van voedselpakket naar perspectief",
                "text": (
                    "<p><strong>De raad, in vergadering bijeen op [datum],</strong></p>"
                    "<p><strong>constaterende dat</strong></p>"
                    "<ul><li>steeds meer inwoners een beroep doen op de voedselbank;</li>"
                    "<li>veel van hen ook met schulden of andere problemen kampen;</li></ul>"
                    "<p><strong>overwegende dat</strong></p>"
                    "<ul><li>een voedselpakket acute nood lenigt, maar de oorzaak niet "
                    "wegneemt;</li></ul>"
                    "<p><strong>verzoekt het college</strong></p>"
                    "<ul><li>met de voedselbank afspraken te maken zodat iedere klant een "
                    "aanbod krijgt voor schuldhulp en ondersteuning vanuit het "
                    "wijkteam;</li><li>de voedselbank te ondersteunen bij huisvesting en "
                    "logistiek;</li><li>de raad binnen een half jaar over de resultaten te "
                    "informeren,</li></ul>"
                    "<p>en gaat over tot de orde van de dag.</p>"
                ),
            },
            {
                "kind": "schriftelijke_vragen",
                "title": "Schriftelijke vragen over voedselarmoede",
                "text": (
                    "<ol>"
                    "<li>Hoeveel huishoudens in onze gemeente maken gebruik van de "
                    "voedselbank, en hoe heeft dat aantal zich het afgelopen jaar "
                    "ontwikkeld?</li>"
                    "<li>Hoeveel kinderen leven in die huishoudens?</li>"
                    "<li>Hoe werken de voedselbank, de schuldhulpverlening en de wijkteams "
                    "samen, en waar loopt die samenwerking vast?</li>"
                    "</ol>"
                ),
            },
            {
                "kind": "initiatiefvoorstel",
                "title": "Initiatiefvoorstel: een gezond ontbijt op school",
                "text": (
                    "<p>Met dit voorstel biedt de gemeente scholen in wijken met veel "
                    "armoede de mogelijkheid om leerlingen elke schooldag een gezond ontbijt "
                    "te geven. De gemeente werkt daarvoor samen met scholen, lokale "
                    "ondernemers en vrijwilligers. Na een jaar volgt een evaluatie met "
                    "leerkrachten en ouders.</p>"
                ),
            },
        ],
    },
]

# ---------------------------------------------------------------------------------------
# Motion bank and agenda
# ---------------------------------------------------------------------------------------

MOTION_BANK = {
    "key": "motiebank",
    "slug": "motiebank",
    "title": "Motiebank",
    "introduction": (
        "In de motiebank delen PvdA’ers uit het hele land hun moties, schriftelijke vragen "
        "en amendementen. Gebruik ze als inspiratie en deel je eigen werk, zodat collega’s "
        "elders er ook iets aan hebben."
    ),
    "body": [
        {
            "type": "heading",
            "value": {"text": "Jouw instrumenten als volksvertegenwoordiger", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<p>Als raadslid, Statenlid of lid van een waterschapsbestuur heb je een paar "
                "krachtige middelen in handen:</p>"
                "<ul>"
                "<li><strong>Schriftelijke vragen</strong> gebruik je om iets uit te zoeken "
                "of om een onderwerp op de agenda te krijgen. Het college moet ze "
                "beantwoorden, en de antwoorden zijn openbaar.</li>"
                "<li>Met een <strong>motie</strong> spreekt de raad of de Staten een wens of "
                "oordeel uit. Zo stuur je de besluitvorming bij en geef je er een eigen kleur "
                "aan.</li>"
                "<li>Met een <strong>amendement</strong> verander je de tekst van een voorstel "
                "waarover wordt besloten, bijvoorbeeld een verordening of de begroting.</li>"
                "<li>Met een <strong>initiatiefvoorstel</strong> kom je zelf met een "
                "uitgewerkt plan, in plaats van te wachten op het college.</li>"
                "</ul>"
                "<p>Een goede motie schrijven kost tijd. Vaak heeft een collega in een andere "
                "gemeente al precies het stuk gemaakt dat jij zoekt. Daar is de motiebank "
                "voor.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Zo werkt de motiebank", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>De motiebank is alleen voor leden van het CLB. Log in met je account. "
                "Je ziet dan meteen de nieuwste moties en vragen. Je kunt zoeken op "
                "trefwoord en filteren op thema, op soort instrument en op bestuurslaag. Bij "
                "elk stuk zie je waar en wanneer het is ingediend en wat ermee is gebeurd: "
                "aangenomen, verworpen of ingetrokken.</p>"
                "<p>Het CLB vult de motiebank ook zelf, met voorbeelden uit onze "
                "handreikingen en uit de netwerken. Die zijn zo geschreven dat je ze "
                "makkelijk kunt overnemen.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Tips voor hergebruik", "level": "h3"}},
        {
            "type": "paragraph",
            "value": (
                "<ol>"
                "<li><strong>Maak het lokaal.</strong> Vervang algemene zinnen door feiten en "
                "cijfers uit je eigen gemeente, provincie of waterschap.</li>"
                "<li><strong>Check de feiten.</strong> Regels en bedragen veranderen. Ga na "
                "of wat in de tekst staat nog klopt.</li>"
                "<li><strong>Zoek medestanders.</strong> Een motie die andere fracties mee "
                "indienen, maakt meer kans.</li>"
                "<li><strong>Vraag de indiener om raad.</strong> Bij elk stuk staat wie het "
                "heeft gemaakt. Een kort telefoontje levert vaak nuttige tips op.</li>"
                "</ol>"
            ),
        },
        {"type": "heading", "value": {"text": "Deel je eigen werk", "level": "h3"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Heb je een motie ingediend, vragen gesteld of een amendement gemaakt? "
                "Zet het in de motiebank. Dat kost een paar minuten: je uploadt het stuk, "
                "kiest een thema en vermeldt de uitkomst. Zo help je collega’s elders, en "
                "laat je zien wat de PvdA overal in het land voor elkaar krijgt.</p>"
            ),
        },
        {
            "type": "accordion",
            "value": {
                "heading": "Vragen over de motiebank",
                "items": [
                    {
                        "question": "Wie kan de motiebank gebruiken?",
                        "answer": (
                            "<p>Alle leden van het CLB: raadsleden, wethouders, "
                            "burgemeesters, Statenleden, gedeputeerden en "
                            "waterschapsbestuurders van de PvdA.</p>"
                        ),
                    },
                    {
                        "question": "Ik heb nog geen account. Hoe kom ik erin?",
                        "answer": (
                            "<p>Stuur een mail naar info@clb-demo.nl met je naam, je functie "
                            "en de gemeente, provincie of het waterschap waar je actief bent. "
                            "Je krijgt dan een link om je account te activeren.</p>"
                        ),
                    },
                    {
                        "question": "Wat gebeurt er met mijn moties als ik stop?",
                        "answer": (
                            "<p>Je moties blijven in de motiebank staan, zodat anderen ze "
                            "kunnen blijven gebruiken. We halen dan wel je naam weg. Lees er "
                            "meer over in onze privacyverklaring.</p>"
                        ),
                    },
                    {
                        "question": "Mag ik een motie letterlijk overnemen?",
                        "answer": (
                            "<p>Ja, daar is de motiebank voor. Stem de tekst wel af op je "
                            "eigen situatie. Dat maakt je verhaal sterker.</p>"
                        ),
                    },
                ],
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Op zoek naar achtergrond?",
                "text": (
                    "In onze handreikingen lees je meer over actuele onderwerpen, met "
                    "voorbeeldmoties en vragen."
                ),
                "button_label": "Bekijk de handreikingen",
                "page": "handreikingen",
            },
        },
    ],
}

AGENDA = {
    "key": "agenda",
    "slug": "agenda",
    "title": "Agenda",
    "introduction": (
        "Netwerkbijeenkomsten, vakscholen, trainingen en webinars van het CLB. Kijk wat er "
        "gepland staat en meld je direct aan."
    ),
    "body": [],
}
