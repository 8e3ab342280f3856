"""The back office reads as natural Dutch, for the eye and for screen readers:
no English hidden texts, no "Selecteer melding om te wijzigen", one date
format, and tables a keyboard can scroll."""

import datetime

import pytest
from django.utils import timezone

from tests.meldpunt.factories import ReportFactory
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_start_page_names_its_columns_in_dutch(coordinator_client):
    html = coordinator_client.get("/admin/").content.decode()
    for english in ("Model name", "Add link", "Change or view list link"):
        assert english not in html
    assert "Onderdeel" in html


def test_list_icons_are_read_in_dutch(coordinator_client):
    OrganizationFactory(is_coalition_partner=False)
    html = coordinator_client.get("/admin/sociale_kaart/organization/").content.decode()
    assert 'alt="Search"' not in html and 'alt="Zoeken"' in html
    assert 'alt="False"' not in html and 'alt="True"' not in html
    assert 'alt="nee"' in html or 'alt="ja"' in html


def test_list_is_titled_with_what_it_lists(coordinator_client):
    ReportFactory()
    html = coordinator_client.get("/admin/meldpunt/report/").content.decode()
    assert "om te wijzigen" not in html
    assert "<h1>Meldingen</h1>" in html
    assert "<title>Meldingen |" in html


def test_tables_scroll_in_a_box_the_keyboard_reaches(coordinator_client):
    ReportFactory()
    html = coordinator_client.get("/admin/meldpunt/report/").content.decode()
    assert 'class="results lansingerland-scroll" tabindex="0" role="region"' in html


def test_report_dates_use_the_admin_date_format(coordinator_client):
    received = timezone.make_aware(datetime.datetime(2026, 11, 27, 10, 15))
    report = ReportFactory(first_contact_due=datetime.date(2026, 12, 1))
    type(report).objects.filter(pk=report.pk).update(created_at=received)
    html = coordinator_client.get("/admin/meldpunt/report/").content.decode()
    assert "27 november 2026 10:15" in html
    assert "1 december 2026" in html
    assert "27-11-2026" not in html
