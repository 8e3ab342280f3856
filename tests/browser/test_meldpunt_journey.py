"""A report typed in a real browser travels through triage, referral, the
partner's link, closing and anonymisation (headless Debian Chromium)."""

import datetime as dt
import io
import re

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from meldpunt.models import Report
from tests.conftest import otp_verify
from tests.sociale_kaart.factories import OrganizationFactory


@pytest.mark.django_db(transaction=True)
def test_report_from_browser_to_anonymisation(live_server, browser, coordinator):
    # Other browser tests sent reports from this address to the same live
    # server: start with an empty per-address limit (kept in the cache).
    cache.clear()
    partner = OrganizationFactory(name="Buurthuis 't Anker", email="anker@example.nl")
    page = browser.new_page(java_script_enabled=False)

    # Resident: choose the kind, fill in, review, send.
    page.goto(f"{live_server.url}/meldpunt/")
    page.get_by_label("Ik maak me zorgen om iemand").check()
    page.get_by_role("button", name="Verder").click()
    page.get_by_label("Uw bericht").fill("Mijn buurman komt de deur niet meer uit.")
    page.get_by_label("Naam van de persoon").fill("Kees de Boer")
    page.get_by_label("komt weinig of nooit buiten").check()
    page.get_by_label("Uw e-mailadres").fill("Jan@Example.nl")
    page.get_by_label("Uw telefoonnummer").fill("06 123 456 78")
    page.get_by_label("De organisatie die mijn melding oppakt").check()
    page.get_by_label("Ik ga akkoord met de privacyverklaring.").check()
    page.get_by_role("button", name="Verder naar controleren").click()
    assert "Kees de Boer" in page.content()
    page.get_by_role("button", name="Melding versturen").click()
    reference = page.locator(".reference").inner_text()
    report = Report.objects.get()
    assert reference == report.formatted_reference
    assert report.reporter.email == "jan@example.nl"

    # Coordinator: triage and referral in the admin.
    client = Client()
    client.force_login(coordinator)
    otp_verify(client, coordinator)
    admin = browser.new_context()
    admin.add_cookies(
        [
            {
                "name": django_settings.SESSION_COOKIE_NAME,
                "value": client.cookies[django_settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    admin_page = admin.new_page()
    admin_page.goto(f"{live_server.url}/admin/meldpunt/report/{report.pk}/status/")
    admin_page.get_by_label("Nieuwe status").select_option("triage")
    admin_page.get_by_role("button", name="Opslaan").click()
    admin_page.goto(
        f"{live_server.url}/admin/meldpunt/report/{report.pk}/doorverwijzen/"
    )
    admin_page.get_by_label("Partner:", exact=True).select_option(str(partner.pk))
    admin_page.get_by_role("button", name="Opslaan").click()
    report.refresh_from_db()
    assert report.status == "referred"

    # Partner: opens the mailed link, accepts, records contact and the outcome.
    [to_partner] = [m for m in mail.outbox if m.to == ["anker@example.nl"]]
    link = re.search(r"https?://\S+/meldpunt/partner/\S+/", to_partner.body).group(0)
    path = link.split("/meldpunt/", 1)[1]
    page.goto(f"{live_server.url}/meldpunt/{path}")
    assert "Kees de Boer" not in page.content()  # nothing personal before the code
    page.get_by_role("button", name="Mail mij een code").click()
    code_mail = [m for m in mail.outbox if m.to == ["anker@example.nl"]][-1]
    code = re.search(r"^(\d{6})$", code_mail.body, re.MULTILINE).group(1)
    page.get_by_label("Code uit de mail").fill(code)
    page.get_by_role("button", name="Gegevens tonen").click()
    assert "Kees de Boer" in page.content() and "jan@example.nl" in page.content()
    page.get_by_role("button", name="Ik neem de melding aan").click()
    page.get_by_role("group", name="Weet de persoon nu van de melding?").get_by_label(
        "ja", exact=True
    ).check()
    page.get_by_role("button", name="Contact vastleggen").click()
    page.get_by_label("Uitkomst").select_option("help-accepted")
    page.get_by_label("Korte toelichting").fill("Meneer komt naar de soos.")
    page.get_by_role("button", name="Uitkomst versturen").click()
    report.refresh_from_db()
    assert report.status == "closed" and report.outcome == "help-accepted"

    page.close()
    admin.close()

    # Retention: after the period the personal data is gone.
    Report.objects.filter(pk=report.pk).update(
        closed_at=timezone.now()
        - dt.timedelta(days=django_settings.MELDPUNT_ANONYMISE_AFTER_DAYS)
    )
    call_command("meldpunt_retention", stdout=io.StringIO())
    report.refresh_from_db()
    assert report.anonymised_at is not None
    assert not hasattr(Report.objects.get(pk=report.pk), "reporter")
