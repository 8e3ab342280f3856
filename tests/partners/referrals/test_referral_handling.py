"""A referral handler answers the meldpunt reports referred to their own
organisation in the partner area, and only those."""

import datetime as dt

import pytest
from django.utils import timezone

from meldpunt.models import PersonalDataAccess, Referral
from tests.conftest import otp_verify
from tests.meldpunt.factories import (
    PersonConcernedFactory,
    ReferralFactory,
)
from tests.partners.factories import MembershipFactory
from tests.partners.referrals.helpers import (
    LIST,
    _unchanged,
    detail,
)

pytestmark = pytest.mark.django_db


def test_the_list_shows_the_own_organisations_referral(handler_client, own):
    html = handler_client.get(LIST).content.decode()
    assert own.report.formatted_reference in html
    assert detail(own) in html


def test_the_list_leaves_out_another_organisations_referral(handler_client, own, other):
    html = handler_client.get(LIST).content.decode()
    assert other.report.formatted_reference not in html
    assert detail(other) not in html


def test_the_list_shows_open_first_with_deadline_and_recently_closed_apart(
    handler_client, organization, own
):
    declined = ReferralFactory(organization=organization)
    handler_client.post(
        detail(declined), {"action": "decline", "decline-reason": "Vol."}
    )
    long_ago = ReferralFactory(organization=organization, status="completed")
    Referral.objects.filter(pk=long_ago.pk).update(
        created_at=timezone.now() - dt.timedelta(days=90),
        responded_at=timezone.now() - dt.timedelta(days=80),
    )
    html = handler_client.get(LIST).content.decode()
    open_part, closed_part = html.split("Onlangs afgerond")
    assert own.report.formatted_reference in open_part
    due = own.report.first_contact_due
    assert f"{due.day} " in open_part and str(due.year) in open_part
    assert declined.report.formatted_reference in closed_part
    assert long_ago.report.formatted_reference not in html


def test_the_list_takes_as_many_queries_with_many_referrals(
    handler_client, organization, django_assert_max_num_queries
):
    ReferralFactory(organization=organization)
    with django_assert_max_num_queries(20) as few:
        handler_client.get(LIST)
    for _ in range(10):
        PersonConcernedFactory(report=ReferralFactory(organization=organization).report)
    with django_assert_max_num_queries(len(few.captured_queries)):
        handler_client.get(LIST)


def test_the_detail_of_the_own_referral_opens(handler_client, own):
    response = handler_client.get(detail(own))
    assert response.status_code == 200
    assert "Els Bakker" in response.content.decode()
    assert response["Cache-Control"].startswith("max-age=0")


def test_the_detail_of_another_organisations_referral_is_not_found(
    handler_client, other
):
    response = handler_client.get(detail(other))
    assert response.status_code == 404
    assert "Gerrit Smit" not in response.content.decode()
    assert not PersonalDataAccess.objects.exists()


def test_an_editor_of_the_same_organisation_gets_an_explained_403(
    client, organization, own
):
    editor = MembershipFactory(organization=organization).user
    client.force_login(editor)
    for url in (LIST, detail(own)):
        response = client.get(url)
        assert response.status_code == 403
        html = response.content.decode()
        assert "Geen toegang tot doorverwijzingen" in html
        assert "Els Bakker" not in html
    refused = client.post(detail(own), {"action": "accept"})
    assert refused.status_code == 403
    assert _unchanged(own)


def test_being_editor_of_another_organisation_opens_none_of_its_referrals(
    handler_client, handler, other
):
    MembershipFactory(user=handler, organization=other.organization)
    assert handler_client.get(detail(other)).status_code == 404
    assert other.report.formatted_reference not in (
        handler_client.get(LIST).content.decode()
    )


def test_an_editor_sees_no_referral_block_nor_menu_item(client, organization, own):
    client.force_login(MembershipFactory(organization=organization).user)
    html = client.get("/partner/").content.decode()
    assert LIST not in html


def test_a_handler_sees_the_open_count_on_the_dashboard(handler_client, own, other):
    html = handler_client.get("/partner/").content.decode()
    assert "1 doorverwijzing van het meldpunt staat open." in html
    assert f'href="{LIST}"' in html


def test_a_handler_without_second_factor_is_sent_to_it(client, handler, own):
    client.force_login(handler)
    response = client.get(detail(own))
    assert response.status_code == 302
    assert response["Location"].startswith("/partner/tweestaps/")
    assert not PersonalDataAccess.objects.exists()
    client.post(detail(own), {"action": "accept"})
    assert _unchanged(own)


def test_an_ended_membership_loses_access(client, handler, own):
    membership = handler.partner_memberships.get()
    membership.start_date = timezone.localdate() - dt.timedelta(days=30)
    membership.end_date = timezone.localdate() - dt.timedelta(days=1)
    membership.save()
    client.force_login(handler)
    otp_verify(client, handler)
    assert client.get(LIST).status_code == 403
    assert client.get(detail(own)).status_code == 403
    client.post(detail(own), {"action": "accept"})
    assert _unchanged(own)


def test_a_membership_ending_today_still_has_access(client, handler, own):
    membership = handler.partner_memberships.get()
    membership.end_date = timezone.localdate()
    membership.save()
    client.force_login(handler)
    otp_verify(client, handler)
    assert client.get(detail(own)).status_code == 200
