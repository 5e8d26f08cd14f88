"""The twelve provinces of the Netherlands: shared reference data of the motion bank
(governing bodies, motions) and the agenda (an event's region)."""

PROVINCES = [
    "Groningen",
    "Fryslân",
    "Drenthe",
    "Overijssel",
    "Flevoland",
    "Gelderland",
    "Utrecht",
    "Noord-Holland",
    "Zuid-Holland",
    "Zeeland",
    "Noord-Brabant",
    "Limburg",
]
PROVINCE_CHOICES = [(name, name) for name in PROVINCES]
