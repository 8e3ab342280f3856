"""Who may do what in the partner area: every role against every page of one
organisation's objects, read (GET) and change (POST).

The objects all belong to organisation A: the organisation, a location, an
offer, an activity and a referral. A role that may not reach a page gets a 404
or a 403 (an anonymous visitor the login page), and a POST from it changes
nothing anywhere: no saved field, no history row, no pending change, no
answered referral. The per-feature test files hold the detailed cases (a
foreign id inside a form, the approval flow); this file keeps the whole grid
in one place so a new page or a new role cannot slip through.
"""

import datetime

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import timezone

from partners.constants import MembershipRole
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.conftest import otp_verify
from tests.meldpunt.factories import ReferralFactory
from tests.partners.factories import MembershipFactory, UserFactory
from tests.sociale_kaart.factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db

EDITOR_PAGES = {
    # name: (url name, kwargs from the objects, methods)
    "organisation": ("organization_edit", ("org",), ("GET", "POST")),
    "location": ("location_edit", ("org", "location"), ("GET", "POST")),
    "new location": ("location_create", ("org",), ("GET", "POST")),
    "history": ("organization_history", ("org",), ("GET",)),
    "confirm listing": ("organization_confirm", ("org",), ("POST",)),
    "offer list": ("offer_list", ("org",), ("GET",)),
    "new offer": ("offer_create", ("org",), ("GET", "POST")),
    "offer": ("offer_edit", ("org", "service"), ("GET", "POST")),
    "activity list": ("activity_list", ("org",), ("GET",)),
    "new activity": ("activity_create", ("org",), ("GET", "POST")),
    "activity": ("activity_edit", ("org", "activity"), ("GET", "POST")),
    "cancel a date": ("activity_cancel_date", ("org", "activity"), ("GET", "POST")),
    "undo a date": ("activity_restore_date", ("org", "activity"), ("POST",)),
    "cancel activity": ("activity_cancel", ("org", "activity"), ("GET", "POST")),
    "undo activity": ("activity_restore", ("org", "activity"), ("POST",)),
    "sign up for campaign": ("activity_sign_up", ("org", "activity"), ("POST",)),
    "feature an offer": ("service_feature", ("org",), ("POST",)),
}
HANDLER_PAGES = {
    "referral": ("referral_detail", ("referral",), ("GET", "POST")),
}
KWARG_NAMES = {
    ("org",): ("pk",),
    ("org", "location"): ("pk", "location_pk"),
    ("org", "service"): ("pk", "service_pk"),
    ("org", "activity"): ("pk", "activity_pk"),
    ("referral",): ("pk",),
}

# Something every form of the partner area would take as a change.
POST_DATA = {
    "name": "Overgenomen door een ander",
    "title": "Overgenomen door een ander",
    "description": "Overgenomen",
    "street": "Andere straat",
    "house_number": "1",
    "postcode": "2651 AA",
    "place": "Berkel en Rodenrijs",
    "action": "accept",
    "accept": "1",
    "save": "1",
    "reason": "Niet onze melding",
    "date": "",
    "campaign": "",
    "service": "",
}

ROLES = [
    "anonymous",
    "coordinator",
    "no membership",
    "former editor of A",
    "editor of A",
    "referral handler of A",
    "editor of B",
    "referral handler of B",
]


def _allowed(role: str, page: str) -> bool:
    if page in HANDLER_PAGES:
        return role == "referral handler of A"
    return role == "editor of A"


@pytest.fixture
def world():
    """Organisation A with one of everything, and organisation B beside it."""
    org = OrganizationFactory(name="Buurtkamer Noord", email="noord@voorbeeld.nl")
    other = OrganizationFactory(name="Sportclub Zuid")
    location = LocationFactory(organization=org)
    service = ServiceFactory(organization=org, name="Koffie in de buurtkamer")
    campaign = CampaignFactory(
        start_date=timezone.localdate() + datetime.timedelta(days=10),
        end_date=timezone.localdate() + datetime.timedelta(days=16),
    )
    activity = ActivityFactory(
        title="Spelletjesmiddag",
        organizations=[org],
        location=location,
        start_date=timezone.localdate() + datetime.timedelta(days=3),
        recurrence="FREQ=WEEKLY;COUNT=4",
        campaigns=[],
    )
    referral = ReferralFactory(organization=org)
    return {
        "org": org,
        "other": other,
        "location": location,
        "service": service,
        "campaign": campaign,
        "activity": activity,
        "referral": referral,
    }


def _client_for(role: str, world, client, coordinator):
    today = timezone.localdate()
    if role == "anonymous":
        return client
    if role == "coordinator":
        user = coordinator
    elif role == "no membership":
        user = UserFactory(email="los@voorbeeld.nl")
    else:
        who, _, org_name = role.rpartition(" of ")
        organization = world["org"] if org_name == "A" else world["other"]
        membership = MembershipFactory(
            organization=organization,
            role=MembershipRole.REFERRAL_HANDLER
            if who == "referral handler"
            else MembershipRole.EDITOR,
        )
        if who == "former editor":
            membership.start_date = today - datetime.timedelta(days=200)
            membership.end_date = today - datetime.timedelta(days=1)
            membership.save()
        user = membership.user
    client.force_login(user)
    if role == "coordinator" or "handler" in role:
        otp_verify(client, user)
    return client


def _url(world, name: str, objects: tuple[str, ...], *, org: str = "org") -> str:
    """The page of A's objects; ``org="other"`` puts B's organisation id in
    front of them (B's member changing only the object id in the URL)."""
    kwargs = {
        key: world[org if obj == "org" else obj].pk
        for key, obj in zip(KWARG_NAMES[objects], objects, strict=True)
    }
    return reverse(f"partners:{name}", kwargs=kwargs)


def _fingerprint(world) -> dict:
    """Everything a change through the partner area could touch."""
    models = [
        "partners.PendingChange",
        "sociale_kaart.HistoricalOrganization",
        "sociale_kaart.HistoricalLocation",
        "sociale_kaart.HistoricalService",
        "sociale_kaart.Service",
        "sociale_kaart.Location",
        "activiteiten.Activity",
        "activiteiten.HistoricalActivity",
        "activiteiten.ActivityException",
        "meldpunt.StatusChange",
        "meldpunt.Note",
    ]
    counts = {label: apps.get_model(label).objects.count() for label in models}
    org, location = world["org"], world["location"]
    service, activity = world["service"], world["activity"]
    referral = world["referral"]
    for obj in (org, location, service, activity, referral, referral.report):
        obj.refresh_from_db()
    return {
        **counts,
        "organisation": (org.name, org.description, org.last_verified_at),
        "location": (location.street, location.house_number, location.postcode),
        "offer": (service.name, service.description),
        "activity": (
            activity.title,
            activity.status,
            activity.sequence,
            list(activity.campaigns.values_list("pk", flat=True)),
        ),
        "referral": (referral.status, referral.report.status),
    }


CELLS = [
    (role, page, method, "org")
    for role in ROLES
    for page, (_, _, methods) in (EDITOR_PAGES | HANDLER_PAGES).items()
    for method in methods
] + [
    # B's members with their own organisation in the URL and A's object after it.
    (role, page, method, "other")
    for role in ("editor of B", "referral handler of B")
    for page, (_, objects, methods) in EDITOR_PAGES.items()
    if len(objects) > 1
    for method in methods
]


@pytest.mark.parametrize(("role", "page", "method", "url_org"), CELLS)
def test_partner_area_grid(role, page, method, url_org, world, client, coordinator):
    name, objects, _ = (EDITOR_PAGES | HANDLER_PAGES)[page]
    url = _url(world, name, objects, org=url_org)
    browser = _client_for(role, world, client, coordinator)
    data = {
        **POST_DATA,
        "campaign": world["campaign"].pk,
        "datum": world["activity"].occurrences.order_by("start").first().pk,
    }
    before = _fingerprint(world)
    response = browser.get(url) if method == "GET" else browser.post(url, data)

    if _allowed(role, page):
        assert response.status_code in (200, 302), (
            f"{role} should reach {page} ({method}), got {response.status_code}"
        )
        if response.status_code == 302:
            assert not response["Location"].startswith("/partner/inloggen/")
        return

    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/partner/inloggen/")
    else:
        assert response.status_code in (403, 404), (
            f"{role} reached {page} ({method}): {response.status_code}"
        )
    if response.status_code != 302:
        html = response.content.decode()
        for secret in (
            world["referral"].report.message[:30],
            world["service"].name,
            world["activity"].title,
        ):
            assert secret not in html, f"{role} saw {secret!r} on {page}"
    assert _fingerprint(world) == before, f"{role} changed something via {page}"


def test_referral_list_shows_only_own_organisations_referrals(
    world, client, coordinator
):
    own = world["referral"]
    theirs = ReferralFactory(organization=world["other"])
    browser = _client_for("referral handler of A", world, client, coordinator)
    html = browser.get(reverse("partners:referral_list")).content.decode()
    assert reverse("partners:referral_detail", args=[own.pk]) in html
    assert reverse("partners:referral_detail", args=[theirs.pk]) not in html


def test_referral_list_is_closed_to_editors(world, client, coordinator):
    browser = _client_for("editor of A", world, client, coordinator)
    assert browser.get(reverse("partners:referral_list")).status_code == 403


def test_dashboard_lists_only_own_organisation(world, client, coordinator):
    browser = _client_for("editor of B", world, client, coordinator)
    html = browser.get(reverse("partners:dashboard")).content.decode()
    assert world["other"].name in html
    assert world["org"].name not in html
