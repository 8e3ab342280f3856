"""Anyone can bring an activity: a public form without an account, nothing public
until a coordinator approves it, and the proposer hears the outcome by mail."""

import datetime
import email
import email.policy

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from activiteiten.constants import CampaignKind, ProposalStatus
from activiteiten.models import Activity, ActivityProposal
from tests.activiteiten.factories import CampaignFactory
from tests.activiteiten.ical import confirmed_starts, parse_strictly
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

URL = "/activiteiten/activiteit-voorstellen/"
TITLE = "Breicafé in de bieb"


def _next(weekday: int) -> datetime.date:
    """The next such weekday (Monday 0) after a week from today, local date."""
    today = timezone.localdate()
    return today + datetime.timedelta(days=7 + (weekday - today.weekday()) % 7)


def proposal_data(**changes) -> dict:
    start = _next(2)
    data = {
        "title": TITLE,
        "description": "Samen breien met koffie. Breinaalden zijn er.",
        "organizer_name": "Breiclub De Steek",
        "repeat": "weekly",
        "start_date": start.isoformat(),
        "start_time": "14:00",
        "end_time": "16:00",
        "repeat_until": (start + datetime.timedelta(weeks=3)).isoformat(),
        "address": "Dorpsstraat 12, Bleiswijk",
        "kern": "bleiswijk",
        "target_group": "everyone",
        "cost": "€ 2,50 inclusief koffie",
        "registration": "none",
        "registration_contact": "",
        "contact_name": "Sanne Jansen",
        "contact_email": "Sanne.Jansen@voorbeeld.nl",
        "contact_phone": "06 12 34 56 78",
        "privacy_consent": "on",
        "website": "",
        "submission_token": "token-een",
    }
    data.update(changes)
    return data


@pytest.fixture
def campaign():
    """A campaign running over the proposed weeks."""
    return CampaignFactory(
        kind=CampaignKind.OTHER,
        title="Samen de winter door",
        slug="samen-de-winter-door",
        start_date=timezone.localdate(),
        end_date=timezone.localdate() + datetime.timedelta(days=60),
    )


def test_the_form_needs_no_account(client):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    for label in ("Wat organiseert u?", "Hoe vaak?", "Adres", "Voor wie is het?"):
        assert label in html
    assert "Wat kost meedoen?" in html and "Uw e-mailadres" in html


def test_a_proposal_waits_for_a_coordinator_and_is_not_public(client, campaign):
    response = client.post(URL, proposal_data())
    assert response.status_code == 302
    assert response["Location"] == URL + "ontvangen/"
    proposal = ActivityProposal.objects.get()
    assert proposal.status == ProposalStatus.NEW
    assert proposal.contact_email == "sanne.jansen@voorbeeld.nl"
    assert proposal.cost == "€ 2,50 inclusief koffie"
    assert not Activity.objects.exists()
    assert TITLE not in client.get(campaign.get_absolute_url()).content.decode()
    assert (
        b"Breicaf" not in client.get(f"{campaign.get_absolute_url()}agenda.ics").content
    )


def test_bad_input_gets_dutch_messages_and_keeps_what_was_typed(client):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    response = client.post(
        URL,
        proposal_data(
            start_date=yesterday.isoformat(),
            address="",
            kern="",
            cost="",
            contact_email="geen-adres",
            privacy_consent="",
        ),
    )
    assert response.status_code == 200
    html = response.content.decode()
    for message in (
        "Deze datum is al voorbij",
        "Vul een adres in of kies een kern.",
        "Is het gratis, schrijf dan: gratis.",
        "Vul een e-mailadres in zoals naam@voorbeeld.nl.",
        "akkoord gaan met de privacyverklaring",
    ):
        assert message in html
    assert TITLE in html and "Breiclub De Steek" in html
    assert not ActivityProposal.objects.exists()


def test_a_weekly_proposal_needs_an_end_date(client):
    response = client.post(URL, proposal_data(repeat_until=""))
    assert "tot en met welke datum" in response.content.decode()


def test_a_bot_filling_the_hidden_field_stores_nothing(client):
    response = client.post(URL, proposal_data(website="https://spam.example"))
    assert response.status_code == 302
    assert not ActivityProposal.objects.exists()


def test_the_same_form_sent_twice_is_one_proposal(client):
    client.post(URL, proposal_data())
    client.post(URL, proposal_data())
    assert ActivityProposal.objects.count() == 1


def test_many_proposals_from_one_visitor_are_refused(client, settings):
    settings.ACTIVITEITEN_PROPOSALS_PER_HOUR = 2
    for token in ("een", "twee"):
        assert (
            client.post(URL, proposal_data(submission_token=token)).status_code == 302
        )
    response = client.post(URL, proposal_data(submission_token="drie"))
    assert response.status_code == 429
    assert "veel voorstellen verstuurd" in response.content.decode()
    assert TITLE in response.content.decode()
    assert ActivityProposal.objects.count() == 2


def test_the_limit_counts_the_real_client_behind_the_proxy(settings):
    settings.ACTIVITEITEN_PROPOSALS_PER_HOUR = 1
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    first = Client(HTTP_X_FORWARDED_FOR="192.0.2.10")
    second = Client(HTTP_X_FORWARDED_FOR="192.0.2.20")
    assert first.post(URL, proposal_data(submission_token="a")).status_code == 302
    assert second.post(URL, proposal_data(submission_token="b")).status_code == 302
    assert first.post(URL, proposal_data(submission_token="c")).status_code == 429


def _change_url(proposal) -> str:
    return f"/admin/activiteiten/activityproposal/{proposal.pk}/change/"


def _admin_data(proposal, **changes) -> dict:
    data = {
        field: getattr(proposal, field)
        for field in (
            "title",
            "description",
            "organizer_name",
            "repeat",
            "address",
            "kern",
            "target_group",
            "cost",
            "registration",
            "registration_contact",
            "contact_name",
            "contact_email",
            "contact_phone",
            "decision_note",
        )
    }
    data |= {
        "start_date": proposal.start_date.isoformat(),
        "start_time": "14:00",
        "end_time": "16:00",
        "repeat_until": proposal.repeat_until.isoformat(),
        "organization": "",
    }
    data.update(changes)
    return data


def _parsed(message) -> email.message.EmailMessage:
    return email.message_from_bytes(
        message.message().as_bytes(), policy=email.policy.default
    )


def test_approval_puts_it_in_the_programme_and_feed_and_mails_the_proposer(
    client, coordinator_client, campaign, settings, django_capture_on_commit_callbacks
):
    client.post(URL, proposal_data())
    proposal = ActivityProposal.objects.get()
    club = OrganizationFactory(name="Breiclub De Steek")
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            _change_url(proposal),
            _admin_data(proposal, organization=club.pk, invite="on", _approve="1"),
            follow=True,
        )
    assert "staat nu in de agenda" in response.content.decode()
    activity = Activity.objects.get()
    assert list(activity.organizations.all()) == [club]
    assert list(activity.campaigns.all()) == [campaign]
    assert activity.cost == "€ 2,50 inclusief koffie" and not activity.is_free

    programme = Client().get(campaign.get_absolute_url()).content.decode()
    assert programme.count(TITLE) == 4
    feed = Client().get(f"{campaign.get_absolute_url()}agenda.ics").content
    starts = confirmed_starts(parse_strictly(feed), TITLE)
    assert [start.date() for start in starts] == [
        proposal.start_date + datetime.timedelta(weeks=week) for week in range(4)
    ]
    page = Client().get(activity.get_absolute_url()).content.decode()
    for private in ("Sanne", "sanne.jansen", "06 12 34 56 78", "0612345678"):
        assert private not in page

    [outcome] = [m for m in mail.outbox if "staat in de agenda" in m.subject]
    assert outcome.to == ["sanne.jansen@voorbeeld.nl"]
    assert _parsed(outcome)["Reply-To"] == settings.COALITION_EMAIL
    assert activity.get_absolute_url() in outcome.body
    [invitation] = [m for m in mail.outbox if m is not outcome]
    assert invitation.to == ["sanne.jansen@voorbeeld.nl"]
    assert "/partner/" in invitation.body
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.APPROVED and proposal.activity == activity


def _public_texts(activity, campaign, proposal) -> dict[str, str]:
    """What residents read: page, programme, poster, text version, feed."""
    week = f"?week={proposal.start_date.isoformat()}"
    anonymous = Client()
    return {  # iCalendar lines unfolded (RFC 5545 3.1)
        url: anonymous.get(url).content.decode().replace("\r\n ", "")
        for url in (
            activity.get_absolute_url(),
            campaign.get_absolute_url(),
            f"{campaign.get_absolute_url()}afdrukken/",
            f"/activiteiten/deze-week/bleiswijk/{week}",
            f"/activiteiten/deze-week/bleiswijk/tekst.txt{week}",
            f"{campaign.get_absolute_url()}agenda.ics",
        )
    }


@pytest.mark.parametrize("linked", [False, True])
def test_public_pages_name_the_organiser_the_proposer_typed(
    client, coordinator_client, campaign, linked, django_capture_on_commit_callbacks
):
    """Was: approval needed a sociale-kaart organisation, and every public page
    showed that one instead of the resident's "Breiclub De Steek". Linking an
    organisation is now optional; the typed organiser is always shown."""
    client.post(URL, proposal_data())
    proposal = ActivityProposal.objects.get()
    partner = OrganizationFactory(name="Welzijn Lansingerland")
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            _change_url(proposal),
            _admin_data(
                proposal, organization=partner.pk if linked else "", _approve="1"
            ),
            follow=True,
        )
    assert "staat nu in de agenda" in response.content.decode()
    activity = Activity.objects.get()
    assert list(activity.organizations.all()) == ([partner] if linked else [])
    for url, text in _public_texts(activity, campaign, proposal).items():
        assert TITLE in text, url
        assert "Breiclub De Steek" in text, url
        assert ("Welzijn Lansingerland" in text) == linked, url


def test_inviting_the_proposer_needs_an_organisation(client, coordinator_client):
    client.post(URL, proposal_data())
    proposal = ActivityProposal.objects.get()
    response = coordinator_client.post(
        _change_url(proposal),
        _admin_data(proposal, invite="on", _approve="1"),
        follow=True,
    )
    assert "Kies eerst de organisatie op de sociale kaart" in response.content.decode()
    assert not Activity.objects.exists()
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.NEW


def test_rejection_needs_a_reason_and_mails_it(
    client, coordinator_client, django_capture_on_commit_callbacks, settings
):
    client.post(URL, proposal_data())
    proposal = ActivityProposal.objects.get()
    response = coordinator_client.post(
        _change_url(proposal), _admin_data(proposal, _reject="1"), follow=True
    )
    assert "waarom u het voorstel afwijst" in response.content.decode()
    reason = "Deze datum valt samen met de kerstmarkt; kies een andere week."
    with django_capture_on_commit_callbacks(execute=True):
        coordinator_client.post(
            _change_url(proposal),
            _admin_data(proposal, decision_note=reason, _reject="1"),
        )
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.REJECTED
    [outcome] = mail.outbox
    assert outcome.to == ["sanne.jansen@voorbeeld.nl"]
    assert reason in outcome.body
    assert _parsed(outcome)["Reply-To"] == settings.COALITION_EMAIL
    assert not Activity.objects.exists()


def test_a_typed_free_becomes_free(client, coordinator_client, campaign):
    client.post(URL, proposal_data(cost="Gratis"))
    proposal = ActivityProposal.objects.get()
    club = OrganizationFactory()
    coordinator_client.post(
        _change_url(proposal), _admin_data(proposal, organization=club.pk, _approve="1")
    )
    activity = Activity.objects.get()
    assert activity.is_free and activity.cost == ""


def test_coordinators_hear_of_a_new_proposal_without_contact_details(
    client, coordinator, django_capture_on_commit_callbacks
):
    coordinator.email = "coordinator@samenaanzet.example"
    coordinator.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, proposal_data())
    [notice] = mail.outbox
    assert notice.to == ["coordinator@samenaanzet.example"]
    assert TITLE in notice.subject
    proposal = ActivityProposal.objects.get()
    assert f"/admin/activiteiten/activityproposal/{proposal.pk}/change/" in notice.body
    for private in ("Sanne", "sanne.jansen", "0612345678"):
        assert private not in notice.body
