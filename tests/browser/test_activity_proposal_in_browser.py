"""A resident proposes an activity in a real browser without JavaScript; after a
coordinator's approval it is in the programme (headless Debian Chromium)."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from activiteiten.constants import ProposalStatus
from activiteiten.models import ActivityProposal, Campaign
from activiteiten.proposals import proposal_approve
from sociale_kaart.models import Organization


@pytest.mark.django_db(transaction=True)
def test_resident_proposes_and_the_approved_activity_is_in_the_programme(
    live_server, browser, site_data, coordinator
):
    cache.clear()
    today = timezone.localdate()
    first = today + datetime.timedelta(days=3)
    page = browser.new_page(java_script_enabled=False)

    page.goto(f"{live_server.url}/activiteiten/")
    page.get_by_role("link", name="Activiteit voorstellen").click()
    page.get_by_label("Wat organiseert u?").fill("Samen kerstkaarten maken")
    page.get_by_label("Vertel er iets meer over").fill("Kaarten maken met koffie.")
    page.get_by_label("Wie organiseert het?").fill("Buurtgroep De Hoek")
    page.get_by_label("één keer").check()
    page.get_by_label("Datum (de eerste keer)").fill(first.isoformat())
    page.get_by_label("Begintijd").fill("14:00")
    page.get_by_label("Eindtijd").fill("16:00")
    page.get_by_label("Of alleen het dorp").select_option("bergschenhoek")
    page.get_by_label("Wat kost meedoen?").fill("€ 1 voor materiaal")
    page.get_by_label("Uw naam").fill("Fatma Yilmaz")
    page.get_by_label("Uw e-mailadres").fill("fatma@voorbeeld.nl")
    page.get_by_label("Ik ga akkoord met de privacyverklaring.").check()
    page.get_by_role("button", name="Voorstel versturen").click()

    assert page.get_by_role("heading", name="Dank u wel voor uw voorstel").is_visible()
    proposal = ActivityProposal.objects.get()
    assert proposal.status == ProposalStatus.NEW
    assert proposal.cost == "€ 1 voor materiaal"

    activity = proposal_approve(
        proposal=proposal,
        organization=Organization.objects.order_by("name").first(),
        user=coordinator,
    )
    # Every campaign running on its date (December 2026 on 6 December 2026,
    # from the yearly rules) lists it.
    running = list(Campaign.objects.current(first))
    assert set(activity.campaigns.all()) == set(running)
    for campaign in running:
        page.goto(f"{live_server.url}{campaign.get_absolute_url()}")
        assert page.get_by_role("link", name="Samen kerstkaarten maken").is_visible()
    page.goto(f"{live_server.url}{activity.get_absolute_url()}")
    assert page.get_by_text("€ 1 voor materiaal").is_visible()
    assert "Fatma" not in page.content()
