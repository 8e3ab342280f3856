"""In Chromium: a coordinator's session ends while a note is being typed. The
page warns before the end (JavaScript); the note sent after the end leads to
the login, and after password and app code the note is back in the form, not
yet saved. With JavaScript off the same works."""

import datetime

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice

from meldpunt.models import Note
from tests.lansingerland.staff import add_authenticator_app, current_code
from tests.meldpunt.factories import ReportFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "a-long-test-password"
TEXT = "Buurvrouw gebeld: zij komt donderdag langs bij mevrouw Bakker."


def _log_in(page, code: str) -> None:
    page.get_by_label("Gebruikersnaam").fill("coordinator")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.locator("#id_otp_token").fill(code)
    with page.expect_navigation():
        page.locator("input[type=submit], button[type=submit]").first.click()


@pytest.mark.parametrize(
    "browser_context_options",
    [
        {"viewport": {"width": 1280, "height": 900}},
        {"viewport": {"width": 1280, "height": 900}, "java_script_enabled": False},
    ],
    ids=["javascript", "without-javascript"],
)
def test_note_typed_when_the_session_ends_comes_back(page, live_server, coordinator):
    app = add_authenticator_app(coordinator)
    # An app code counts once: the second login uses a backup code.
    backup = StaticDevice.objects.create(user=coordinator, name="Reservecodes")
    backup.token_set.create(token="reserve1")
    report = ReportFactory()
    page.goto("/admin/login/?next=/admin/")
    _log_in(page, current_code(app))
    page.goto(f"/admin/meldpunt/report/{report.pk}/notitie/")
    page.get_by_label("Notitie").fill(TEXT)
    Session.objects.update(expire_date=timezone.now() - datetime.timedelta(seconds=1))
    with page.expect_navigation():
        page.get_by_role("button", name="Opslaan").click()

    assert "/admin/login/" in page.url
    assert "Bakker" not in page.url
    _log_in(page, "reserve1")
    assert page.get_by_label("Notitie").input_value() == TEXT
    assert page.get_by_text("nog niet opgeslagen").is_visible()
    assert not Note.objects.exists()
    with page.expect_navigation():
        page.get_by_role("button", name="Opslaan").click()
    assert Note.objects.get().text == TEXT


def test_page_warns_before_the_session_ends_and_the_user_can_stay(
    page, live_server, coordinator, settings
):
    settings.STAFF_SESSION_IDLE_MINUTES = 0.05
    app = add_authenticator_app(coordinator)
    page.goto("/admin/login/?next=/admin/")
    _log_in(page, current_code(app))
    warning = page.get_by_role("alert").filter(has_text="Over 2 minuten")
    warning.wait_for(timeout=10_000)
    page.get_by_role("button", name="Ingelogd blijven").click()
    warning.wait_for(state="detached", timeout=5_000)
