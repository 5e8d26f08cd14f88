from django.db import migrations

THEMES = [
    ("wonen", "Wonen"),
    ("sociaal-domein", "Sociaal domein"),
    ("zorg", "Zorg"),
    ("armoede-en-schulden", "Armoede en schulden"),
    ("werk-en-inkomen", "Werk en inkomen"),
    ("klimaat-en-energie", "Klimaat en energie"),
    ("natuur-en-landbouw", "Natuur en landbouw"),
    ("water", "Water"),
    ("financien", "Financiën"),
    ("veiligheid", "Veiligheid"),
    ("onderwijs", "Onderwijs"),
    ("democratie-en-bestuur", "Democratie en bestuur"),
    ("mobiliteit", "Mobiliteit"),
    ("cultuur-en-sport", "Cultuur en sport"),
    ("voedsel", "Voedsel"),
]


def load(apps, schema_editor):
    Theme = apps.get_model("motionbank", "Theme")
    for order, (slug, name) in enumerate(THEMES):
        Theme.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("motionbank", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
