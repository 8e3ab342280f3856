"""One phone rule for every form, the admin's included: real Dutch numbers
(0800, 0900, the municipal 14 010) are accepted and stored in E.164; numbers
are shown the Dutch way as a link that calls them."""

import importlib

import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.test import RequestFactory

from lansingerland.validators import normalize_phone, phone_for_display
from sociale_kaart.models import Organization, Service
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("06-12345678", "+31612345678"),
        ("+31 (0)6 12345678", "+31612345678"),
        ("0031 6 12345678", "+31612345678"),
        ("(010) 800 40 00", "+31108004000"),
        ("0800 1234", "+318001234"),
        ("0800-0223344", "+318000223344"),
        ("0900 1234567", "+319001234567"),
        ("14 010", "+3114010"),
        ("14010", "+3114010"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_real_numbers_are_accepted_and_stored_in_e164(typed, stored):
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12345", "abc", "06 1234", "0800 12", "+31"])
def test_numbers_that_do_not_exist_are_refused_in_dutch(typed):
    with pytest.raises(ValidationError) as refused:
        normalize_phone(typed)
    assert "Dit telefoonnummer klopt niet" in str(refused.value.messages)


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+31612345678", "06 12345678"),
        ("+31108004000", "010 800 4000"),
        ("+3114010", "14 010"),
        ("+318001234", "0800 1234"),
        ("+442079460958", "+44 20 7946 0958"),
        ("bel de receptie", "bel de receptie"),
    ],
)
def test_numbers_are_shown_the_dutch_way(stored, shown):
    assert phone_for_display(stored) == shown


def test_a_number_is_a_link_that_calls_it_and_stays_on_one_line():
    html = Template("{% load phone %}{{ number|phone_link }}").render(
        Context({"number": "+31108004000"})
    )
    assert html == '<a class="phone-number" href="tel:+31108004000">010 800 4000</a>'


def test_organisation_page_shows_a_tappable_number(client):
    organization = OrganizationFactory(phone="+31108004000")
    html = client.get(organization.get_absolute_url()).content.decode()
    assert 'href="tel:+31108004000"' in html
    assert ">010 800 4000</a>" in html
    assert "+31108004000<" not in html


def _admin_form(model, coordinator, data: dict):
    request = RequestFactory().post("/")
    request.user = coordinator
    model_admin = admin.site._registry[model]
    form_class = model_admin.get_form(request)
    return form_class(data=data)


@pytest.mark.parametrize("model", [Organization, Service])
def test_the_admin_follows_the_same_rule(coordinator, model):
    form = _admin_form(model, coordinator, {"phone": "(010) 800 40 00"})
    form.is_valid()
    assert "phone" not in form.errors
    assert form.cleaned_data["phone"] == "+31108004000"
    form = _admin_form(model, coordinator, {"phone": "12345"})
    assert not form.is_valid()
    assert "Dit telefoonnummer klopt niet" in str(form.errors["phone"])


def test_the_admin_shows_a_stored_number_the_dutch_way(coordinator_client):
    organization = OrganizationFactory(phone="+31612345678")
    html = coordinator_client.get(
        f"/admin/sociale_kaart/organization/{organization.pk}/change/"
    ).content.decode()
    assert 'value="06 12345678"' in html


def test_the_partner_list_is_loaded_in_e164(real_data):
    phones = set(Organization.objects.exclude(phone="").values_list("phone", flat=True))
    assert "+31108004000" in phones
    assert all(phone.startswith("+") for phone in phones)


def test_stored_numbers_are_converted_and_unreadable_ones_kept():
    from django.apps import apps

    migration = importlib.import_module(
        "sociale_kaart.migrations.0011_phone_numbers_in_e164"
    )
    converted = OrganizationFactory(phone="(010) 800 40 00")
    kept = OrganizationFactory(phone="bel de receptie")
    migration.store_phones_in_e164(apps, None)
    converted.refresh_from_db()
    kept.refresh_from_db()
    assert converted.phone == "+31108004000"
    assert kept.phone == "bel de receptie"


def test_the_report_shows_the_reporters_number_the_dutch_way(coordinator_client):
    from django.contrib.auth.models import Permission

    from tests.meldpunt.factories import ReporterFactory

    user = coordinator_client.get("/admin/").wsgi_request.user
    user.user_permissions.add(Permission.objects.get(codename="view_personal_data"))
    reporter = ReporterFactory(phone="+31612345678")
    html = coordinator_client.get(
        f"/admin/meldpunt/report/{reporter.report.pk}/change/"
    ).content.decode()
    assert '<a class="phone-number" href="tel:+31612345678">06 12345678</a>' in html
