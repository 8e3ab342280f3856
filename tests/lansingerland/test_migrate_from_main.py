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


def _migrate(targets):
    """Migrate to ``targets`` (all leaves when None); returns the apps of the
    state reached, whose models match the tables at that point."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def _with_history(apps, model_label: str, history_label: str, **values):
    """Create a row with main's model and its change-history row, as
    simple-history did on main (same columns, ``+``)."""
    model = apps.get_model(model_label)
    row = model.objects.create(**values)
    history = apps.get_model(history_label)
    fields = {
        field.attname: getattr(row, field.attname)
        for field in model._meta.concrete_fields
    }
    history.objects.create(**fields, history_date=timezone.now(), history_type="+")
    return row


def test_history_and_its_permissions_survive_the_move():
    old = _migrate(MAIN_LEAVES)
    try:
        # Rows written with main's models (the tables as main left them).
        organization = _with_history(
            old,
            "sociale_kaart.Organization",
            "partners.HistoricalOrganization",
            name="Buurthuis De Kroon",
            slug="buurthuis-de-kroon",
            phone="010 765 43 21",
        )
        _with_history(
            old,
            "sociale_kaart.Location",
            "partners.HistoricalLocation",
            organization=organization,
            name="Buurthuis De Kroon",
            street="Kroonlaan",
            house_number=3,
            postcode="2651 AB",
            place="Berkel en Rodenrijs",
            kern="berkel-en-rodenrijs",
        )
        history_before = ["010 765 43 21"]
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
