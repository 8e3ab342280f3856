"""Without JavaScript the sociale kaart shows its list and no empty map box,
and the meldpunt form can still be sent."""

import pytest

from meldpunt.models import Report

from .pages import submit_valid_report


@pytest.fixture
def browser_context_options():
    return {"java_script_enabled": False, "viewport": {"width": 1280, "height": 900}}


def test_sociale_kaart_without_javascript_shows_the_list_only(page, site_data):
    page.goto("/sociale-kaart/")
    assert not page.locator("#kaart").is_visible()
    assert not page.locator(".map-note").is_visible()
    # The 21 partners and the coalition itself, which lists the projects
    # that name no organiser of their own.
    assert page.locator(".organization-list > li").count() == 21 + 1
    assert page.locator(".organization-list > li").first.is_visible()


def test_sociale_kaart_with_javascript_shows_the_map(browser, live_server, site_data):
    context = browser.new_context(base_url=live_server.url)
    context.route("https://service.pdok.nl/**", lambda route: route.abort())
    page = context.new_page()
    page.goto("/sociale-kaart/")
    page.locator(".leaflet-marker-icon").first.wait_for()
    assert page.locator("#kaart").is_visible()
    context.close()


def test_meldpunt_can_be_sent_without_javascript(page, site_data):
    page.goto("/meldpunt/")
    page.get_by_label("Ik maak me zorgen om iemand").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Verder").click()
    submit_valid_report(page)
    assert page.url.endswith("/meldpunt/ontvangen/")
    assert Report.objects.count() == 1
