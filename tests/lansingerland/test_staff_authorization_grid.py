"""Gate: a coordinator without the personal-data permission reaches no
personal data through any page, link, export or mail preview.

Every GET route of the URL conf (admin included, converters filled from the
fixture set) is opened as a staff member holding every permission except
``meldpunt.view_personal_data``; the status mail preview is asked for too.
None may show the reporter's or the person concerned's details, or the
partner's signed link that would open them.
"""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from meldpunt.models import Report
from tests.conftest import otp_verify

from .gate.fixtures import build_world
from .gate.urls import routes

pytestmark = pytest.mark.django_db

PERSONAL = [
    "Gerrit Testpersoon",
    "gerrit.testpersoon@voorbeeld.nl",
    "0687654321",
    "Els Bakker",
    "Dorpsstraat 1",
    "/meldpunt/partner/",
]


@pytest.fixture
def limited_coordinator(django_user_model):
    user = django_user_model.objects.create_user(username="stagiair", is_staff=True)
    user.user_permissions.set(
        Permission.objects.exclude(
            content_type__app_label="meldpunt", codename="view_personal_data"
        )
    )
    return user


def test_no_page_export_or_preview_shows_personal_data(partner, limited_coordinator):
    world = build_world(partner)
    report = Report.objects.get()
    report.reporter.email = "gerrit.testpersoon@voorbeeld.nl"
    report.reporter.phone = "0687654321"
    report.reporter.save()
    client = Client(raise_request_exception=False)
    client.force_login(limited_coordinator)
    otp_verify(client, limited_coordinator)
    leaks = []
    for route in routes():
        if "logout" in route.name or route.name.endswith("_delete"):
            continue
        filled = world.fill(route)
        if route.name.startswith("admin:meldpunt_report"):
            filled |= {k: report.pk for k in filled if k in ("pk", "object_id")}
        response = client.get(route.url(filled))
        if getattr(response, "streaming", False):
            continue
        text = response.content.decode(errors="replace")
        # The link page names its own address; elsewhere the link is a leak.
        own_link = route.name == "meldpunt:partner_referral"
        checked = PERSONAL[:-1] if own_link else PERSONAL
        leaks += [f"{route.url(filled)}: {item}" for item in checked if item in text]
    preview = client.post(
        f"/admin/meldpunt/report/{report.pk}/status/",
        {"to_status": "in_contact", "reporter_message": "Tot gauw.", "preview": "1"},
    )
    text = preview.content.decode(errors="replace")
    leaks += [f"status preview: {item}" for item in PERSONAL if item in text]
    assert leaks == []
