import csv
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "governing_bodies.csv"


def load(apps, schema_editor):
    """The 342 municipalities, 12 provinces and 21 water boards (division of 1 January 2025).
    Existing rows (matched on code) are left as staff edited them."""
    GoverningBody = apps.get_model("motionbank", "GoverningBody")
    existing = set(GoverningBody.objects.values_list("code", flat=True))
    with DATA.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["code"] not in existing]
    GoverningBody.objects.bulk_create(
        GoverningBody(code=row["code"], name=row["name"], tier=row["tier"],
                      province=row["province"])
        for row in rows
    )


class Migration(migrations.Migration):
    dependencies = [("motionbank", "0002_default_themes")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
