"""Stable public UUIDs for the HSDS open data, and the open data's licence
(one settings row, CC0 until a coordinator chooses another).

Existing rows get a random UUID once (the rows keep it through every later
edit and every re-run of ``load_real_data``, which never recreates a row).
"""

import uuid

from django.db import migrations, models

MODELS = ("organization", "location", "service", "theme", "targetgroup")


def fill_uuids(apps, schema_editor):
    for name in MODELS:
        model = apps.get_model("sociale_kaart", name)
        rows = list(model.objects.filter(uuid__isnull=True).only("pk"))
        for row in rows:
            row.uuid = uuid.uuid4()
        model.objects.bulk_update(rows, ["uuid"], batch_size=500)


def create_settings(apps, schema_editor):
    apps.get_model("sociale_kaart", "OpenDataSettings").objects.get_or_create(pk=1)


def uuid_field(**kwargs):
    return models.UUIDField(
        verbose_name="publieke id",
        editable=False,
        help_text="Vaste id in de open data (HSDS); verandert nooit.",
        **kwargs,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("sociale_kaart", "0005_history_moves_here_from_partners"),
    ]

    operations = [
        *(
            migrations.AddField(model_name=name, name="uuid", field=uuid_field(null=True))
            for name in MODELS
        ),
        migrations.RunPython(fill_uuids, migrations.RunPython.noop),
        *(
            migrations.AlterField(
                model_name=name,
                name="uuid",
                field=uuid_field(default=uuid.uuid4, unique=True),
            )
            for name in MODELS
        ),
        migrations.CreateModel(
            name="OpenDataSettings",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "licence",
                    models.CharField(
                        choices=[
                            ("CC0-1.0", "CC0 1.0: vrij te gebruiken, zonder voorwaarden"),
                            ("CC-BY-4.0", "CC BY 4.0: vrij te gebruiken met naamsvermelding"),
                            ("CC-BY-SA-4.0", "CC BY-SA 4.0: naamsvermelding, gelijk delen"),
                        ],
                        default="CC0-1.0",
                        help_text=(
                            "Onder deze licentie mag iedereen de open data van de "
                            "sociale kaart hergebruiken. CC0 is gebruikelijk voor "
                            "open data van de overheid."
                        ),
                        max_length=20,
                        verbose_name="licentie",
                    ),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="gewijzigd op")),
            ],
            options={"verbose_name": "open data", "verbose_name_plural": "open data"},
        ),
        migrations.RunPython(create_settings, migrations.RunPython.noop),
    ]
