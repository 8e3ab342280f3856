"""Every formset has an absolute maximum: a tampered TOTAL_FORMS on any admin
page with inline rows is a Dutch form error that keeps what was typed, never
thousands of forms built (a worker held for minutes)."""

import re

import pytest
from django.conf import settings
from django.contrib import admin

from tests.meldpunt.factories import ReporterFactory
from tests.sociale_kaart.factories import LocationFactory, OrganizationFactory

pytestmark = pytest.mark.django_db

HUGE = "1000000"
_TOTAL = re.compile(r'name="([\w-]+)-TOTAL_FORMS"')


@pytest.fixture
def admin_client(coordinator_client):
    coordinator_client.raise_request_exception = False
    return coordinator_client


def _inline_pages():
    """The add page of every registered model whose admin has inlines (a new
    inline joins this test by existing)."""
    return sorted(
        f"/admin/{model._meta.app_label}/{model._meta.model_name}/add/"
        for model, model_admin in admin.site._registry.items()
        if model_admin.inlines
        or type(model_admin).get_inlines is not admin.ModelAdmin.get_inlines
    )


def test_the_pages_with_inline_rows_are_found():
    pages = _inline_pages()
    assert "/admin/sociale_kaart/organization/add/" in pages
    assert "/admin/activiteiten/activity/add/" in pages


@pytest.mark.parametrize("url", _inline_pages())
def test_a_huge_total_forms_is_a_form_error_on_every_admin_inline(admin_client, url):
    _assert_huge_total_forms_refused(admin_client, url)


def test_a_huge_total_forms_is_a_form_error_on_a_report_with_its_people(
    admin_client,
):
    reporter = ReporterFactory(name="Gerrit Testpersoon")
    url = f"/admin/meldpunt/report/{reporter.report.pk}/change/"
    prefixes = _assert_huge_total_forms_refused(admin_client, url)
    assert any("reporter" in prefix for prefix in prefixes)


def _assert_huge_total_forms_refused(admin_client, url) -> list[str]:
    page = admin_client.get(url)
    if page.status_code != 200:
        pytest.skip(f"{url}: not open to coordinators ({page.status_code})")
    prefixes = _TOTAL.findall(page.content.decode())
    if not prefixes:
        pytest.skip(f"{url}: no inline rows a coordinator may add")
    data = {"name": "Buurthuis De Tamme Kastanje"}
    for prefix in prefixes:
        data |= {f"{prefix}-TOTAL_FORMS": HUGE, f"{prefix}-INITIAL_FORMS": "0"}
    response = admin_client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    limit = settings.FORMSET_MAX_NEW_ROWS
    maxima = re.findall(r"Verstuur maximaal (\d+) formulier", html)
    assert maxima
    assert all(int(number) <= limit for number in maxima), maxima
    for prefix in prefixes:
        # The stored rows (a few here) plus `limit` new ones at most were
        # built and shown again, never the 2,000 of Django's default.
        assert f'name="{prefix}-{limit + 10}-' not in html
    return prefixes


def test_stored_rows_beyond_the_maximum_still_save(admin_client, settings):
    settings.FORMSET_MAX_NEW_ROWS = 1
    organization = OrganizationFactory(name="Stichting Welzijn Oost")
    LocationFactory.create_batch(3, organization=organization)
    url = f"/admin/sociale_kaart/organization/{organization.pk}/change/"
    page = admin_client.get(url).content.decode()
    assert page.count("-TOTAL_FORMS") >= 1
    prefix = next(p for p in _TOTAL.findall(page) if "location" in p)
    total = re.search(rf'name="{prefix}-TOTAL_FORMS"[^>]*value="(\d+)"', page)
    assert total and int(total.group(1)) >= 3
    response = admin_client.post(
        url, {f"{prefix}-TOTAL_FORMS": "5", f"{prefix}-INITIAL_FORMS": "3"}
    )
    assert "Verstuur maximaal" in response.content.decode()
    response = admin_client.post(
        url, {f"{prefix}-TOTAL_FORMS": "4", f"{prefix}-INITIAL_FORMS": "3"}
    )
    assert "Verstuur maximaal" not in response.content.decode()
