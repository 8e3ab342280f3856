"""A database made by main before the layout change (issue 16) migrates
forward with its data: the sociale kaart's change history moved from the
partners app to sociale_kaart in the migration state only, so its rows, and
the coordinators' permission to read them, are all still there."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from sociale_kaart.models import Organization

pytestmark = pytest.mark.django_db(transaction=True)

#: The leaf migrations of partners and sociale_kaart on main before the move.
MAIN_LEAVES = [
    ("partners", "0006_history_description_length_limit"),
    ("sociale_kaart", "0004_description_length_limit"),
]


def _migrate(targets) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())


def _saved_on_main(model_name: str, changes: dict | None = None, **values):
    """A sociale kaart row as main saved it: written with main's models (its
    schema lacks today's later columns, such as the public uuid), with the
    change-history rows main's partners app kept: one for the creation and
    one per change in ``changes``."""
    state = MigrationExecutor(connection).loader.project_state(MAIN_LEAVES).apps
    model = state.get_model("sociale_kaart", model_name)
    history = state.get_model("partners", f"Historical{model_name}")
    row = model.objects.create(**values)
    for kind, update in [("+", {}), *([("~", changes)] if changes else [])]:
        for name, value in update.items():
            setattr(row, name, value)
        row.save()
        history.objects.create(
            **{f.attname: getattr(row, f.attname) for f in model._meta.concrete_fields},
            history_date=timezone.now(),
            history_type=kind,
        )
    return row


def test_history_and_its_permissions_survive_the_move():
    _migrate(MAIN_LEAVES)
    try:
        organization = _saved_on_main(
            "Organization",
            changes={"phone": "010 765 43 21"},
            name="Buurthuis De Kroon",
            slug="buurthuis-de-kroon",
        )
        _saved_on_main("Location", organization_id=organization.pk, street="Kerkstraat")
        history_before = ["010 765 43 21", ""]
        # On main the history's content types belonged to partners.
        ContentType.objects.filter(
            app_label="sociale_kaart", model="historicalorganization"
        ).delete()
        old_type, _ = ContentType.objects.get_or_create(
            app_label="partners", model="historicalorganization"
        )
        permission, _ = Permission.objects.get_or_create(
            content_type=old_type,
            codename="view_historicalorganization",
            defaults={"name": "Can view historical organisatie"},
        )
        Group.objects.create(name="coördinatoren").permissions.add(permission)
    finally:
        _migrate(None)

    organization = Organization.objects.get(name="Buurthuis De Kroon")
    history = list(organization.history.values_list("phone", flat=True))
    assert history == history_before
    assert history[0] == "010 765 43 21"
    assert organization.locations.get().history.count() == 1
    coordinators = Group.objects.get(name="coördinatoren")
    assert coordinators.permissions.get().content_type.app_label == "sociale_kaart"
