"""The sociale kaart starts with a list of target groups (doelgroepen), so
partners can say who an offer is for and residents can filter on it."""

import json

import pytest
from django.core.management import call_command

from sociale_kaart.models import TargetGroup
from sociale_kaart.services import TARGET_GROUPS_PATH
from tests.sociale_kaart.factories import ServiceFactory

pytestmark = pytest.mark.django_db

NAMES = json.loads(TARGET_GROUPS_PATH.read_text(encoding="utf-8"))["target_groups"]


def test_real_data_brings_the_target_groups(real_data):
    assert set(TargetGroup.objects.values_list("name", flat=True)) == set(NAMES)
    for name in ("ouderen", "mantelzorgers", "jongeren", "iedereen"):
        assert name in NAMES


def test_resident_can_filter_on_who_an_offer_is_for(client, real_data):
    carers = ServiceFactory(name="Mantelzorgcafé")
    carers.target_groups.add(TargetGroup.objects.get(slug="mantelzorgers"))
    ServiceFactory(name="Jongerensoos")
    html = client.get("/sociale-kaart/").content.decode()
    assert 'name="doelgroep" value="mantelzorgers"' in html
    assert 'name="doelgroep" value="ouderen"' in html
    html = client.get("/sociale-kaart/?doelgroep=mantelzorgers").content.decode()
    assert "Mantelzorgcafé" in html and "Jongerensoos" not in html


def test_partner_offer_form_offers_the_target_groups(
    partner_client, partner, real_data
):
    organization = partner.partner_memberships.get().organization
    html = partner_client.get(
        f"/partner/organisatie/{organization.pk}/aanbod/nieuw/"
    ).content.decode()
    assert "mensen met een beperking" in html
    assert html.count('name="target_groups"') == len(NAMES)


def test_loading_again_changes_nothing(real_data, capsys):
    before = list(TargetGroup.objects.values().order_by("pk"))
    call_command("load_real_data")
    assert (
        f"target groups: 0 created, {len(NAMES)} unchanged" in capsys.readouterr().out
    )
    assert list(TargetGroup.objects.values().order_by("pk")) == before


def test_a_coordinators_rename_survives_a_reload(real_data):
    seniors = TargetGroup.objects.get(slug="ouderen")
    seniors.name = "senioren (65+)"
    seniors.save()
    TargetGroup.objects.create(name="Mantelzorgers (jong)", slug="jonge-mantelzorgers")
    call_command("load_real_data", verbosity=0)
    seniors.refresh_from_db()
    assert seniors.name == "senioren (65+)"
    assert not TargetGroup.objects.filter(name="ouderen").exists()
    assert TargetGroup.objects.count() == len(NAMES) + 1


def test_an_existing_name_with_another_slug_is_not_doubled(db):
    TargetGroup.objects.create(name="Ouderen", slug="senioren")
    call_command("load_real_data", verbosity=0)
    assert TargetGroup.objects.filter(name__iexact="ouderen").count() == 1
