"""A POST from another site (no valid security token) never becomes a valid
request: the 403 page resends nothing; on the meldpunt the resident's text comes
back only into the editable form, and only their own review sends it."""

import re

import pytest
from django.test import Client

from meldpunt.models import Report
from meldpunt.tokens import reporter_token
from partners.models import Membership
from tests.meldpunt.factories import ReportFactory
from tests.meldpunt.formdata import report_data

pytestmark = pytest.mark.django_db


def _cross_site(user=None) -> Client:
    client = Client(enforce_csrf_checks=True)
    if user is not None:
        client.force_login(user)
    return client


def _hidden_inputs(html: str) -> list[str]:
    return re.findall(r'<input[^>]*type="hidden"[^>]*>', html)


def test_cross_site_post_to_a_partner_listing_changes_nothing_and_resends_nothing(
    partner,
):
    organization = Membership.objects.get(user=partner).organization
    url = f"/partner/organisatie/{organization.pk}/wijzigen/"
    response = _cross_site(partner).post(
        url,
        {"name": "Overgenomen", "phone": "0900 123", "save": "1"},
        HTTP_REFERER="https://evil.example/page",
    )
    html = response.content.decode()
    assert response.status_code == 403
    assert "Uw formulier is niet verstuurd" in html
    assert "Overgenomen" not in html
    assert _hidden_inputs(html) == []
    assert 'method="post"' not in html.split("<main", 1)[1]
    assert "evil.example" not in html
    organization.refresh_from_db()
    assert organization.name != "Overgenomen"


def test_cross_site_post_links_back_to_the_form_of_our_own_site(partner):
    organization = Membership.objects.get(user=partner).organization
    url = f"/partner/organisatie/{organization.pk}/wijzigen/"
    html = (
        _cross_site(partner)
        .post(url, {"name": "X"}, HTTP_REFERER=f"http://testserver{url}")
        .content.decode()
    )
    assert f'href="http://testserver{url}"' in html
    assert "Terug naar het formulier" in html


def test_cross_site_withdraw_on_the_status_page_resends_nothing():
    report = ReportFactory()
    url = f"/meldpunt/status/{reporter_token(report.reference)}/"
    response = _cross_site().post(url, {"confirm": "on"})
    assert response.status_code == 403
    assert _hidden_inputs(response.content.decode()) == []
    report.refresh_from_db()
    assert report.status != "cancelled"


def test_meldpunt_text_comes_back_only_into_the_editable_form():
    data = report_data(step="send", message="Mijn vader is veel alleen & wil 't niet")
    response = _cross_site().post("/meldpunt/", data)
    html = response.content.decode()
    assert response.status_code == 403
    assert Report.objects.count() == 0
    assert "Uw melding is nog niet verstuurd" in html
    assert "Mijn vader is veel alleen &amp; wil &#x27;t niet" in html
    assert "<textarea" in html
    # The only way on is the resident's own pass through the review step.
    assert 'name="step" value="send"' not in html
    assert 'name="step" value="review"' in html


def test_meldpunt_after_the_failure_sends_only_after_review():
    client = _cross_site()
    html = client.post("/meldpunt/", report_data(step="send")).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    review = client.post(
        "/meldpunt/", report_data(step="review", csrfmiddlewaretoken=token)
    )
    assert review.status_code == 200
    assert 'value="send"' in review.content.decode()
    assert Report.objects.count() == 0
