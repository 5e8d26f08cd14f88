from django.db import migrations

AUDIENCES = [
    ("raadsleden", "Raadsleden"),
    ("wethouders", "Wethouders"),
    ("burgemeesters", "Burgemeesters"),
    ("statenleden", "Statenleden"),
    ("gedeputeerden", "Gedeputeerden"),
    ("waterschappers", "Waterschapsbestuurders"),
    ("commissieleden", "Commissieleden en burgerleden"),
    ("kandidaten", "Kandidaten en belangstellenden"),
    ("iedereen", "Iedereen"),
]


def load(apps, schema_editor):
    Audience = apps.get_model("home", "Audience")
    for order, (slug, name) in enumerate(AUDIENCES):
        Audience.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
