"""History rows carry the public UUID of their record, so restoring an old
version keeps the UUID the open data published (a shared migration-time
default would hand every restored record the same one)."""

import uuid

from django.db import migrations, models

HISTORY = {
    "historicalorganization": "organization",
    "historicallocation": "location",
    "historicalservice": "service",
}


def copy_uuids(apps, schema_editor):
    for history_name, model_name in HISTORY.items():
        history = apps.get_model("sociale_kaart", history_name)
        live = dict(
            apps.get_model("sociale_kaart", model_name).objects.values_list(
                "pk", "uuid"
            )
        )
        gone: dict[int, uuid.UUID] = {}
        rows = list(history.objects.only("history_id", "id"))
        for row in rows:
            row.uuid = live.get(row.id) or gone.setdefault(row.id, uuid.uuid4())
        history.objects.bulk_update(rows, ["uuid"], batch_size=500)


def uuid_field():
    return models.UUIDField(
        db_index=True,
        default=uuid.uuid4,
        editable=False,
        help_text="Vaste id in de open data (HSDS); verandert nooit.",
        verbose_name="publieke id",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0007_history_moves_to_sociale_kaart"),
        ("sociale_kaart", "0008_email_deliverable_by_the_mail_queue"),
    ]

    operations = [
        *(
            migrations.AddField(model_name=name, name="uuid", field=uuid_field())
            for name in HISTORY
        ),
        migrations.RunPython(copy_uuids, migrations.RunPython.noop),
    ]
