"""Printed pages: black on white, no navigation or map, links show their address."""

import pytest

STYLE = """(selector) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    const style = getComputedStyle(el);
    return {display: style.display, color: style.color,
            background: style.backgroundColor,
            after: getComputedStyle(el, "::after").content};
}"""

BLACK, WHITE = "rgb(0, 0, 0)", "rgb(255, 255, 255)"


@pytest.fixture
def printed_map_page(page, site_data):
    page.goto("/sociale-kaart/")
    page.wait_for_load_state("networkidle")
    page.emulate_media(media="print")
    return page


def test_print_hides_navigation_footer_links_and_map(printed_map_page):
    for selector in (".site-nav", ".skip-link", ".footer-links", "#kaart"):
        assert printed_map_page.evaluate(STYLE, selector)["display"] == "none", (
            f"{selector} is printed"
        )


def test_print_keeps_the_list_of_organisations(printed_map_page):
    assert printed_map_page.locator(".organization-list > li").first.is_visible()
    assert printed_map_page.locator("h1").is_visible()


def test_print_is_black_on_white(printed_map_page):
    body = printed_map_page.evaluate(STYLE, "body")
    assert (body["color"], body["background"]) == (BLACK, WHITE)
    header = printed_map_page.evaluate(STYLE, ".site-header")
    assert (header["color"], header["background"]) == (BLACK, WHITE)
    link = printed_map_page.evaluate(STYLE, ".organization-list a")
    assert link["color"] == BLACK


def test_printed_page_shows_its_full_address_not_bare_paths(printed_map_page):
    # A path such as "/sociale-kaart/organisatie/…" means nothing on paper: links
    # within the portal print as their text, and the footer gives the page's
    # full address.
    link = printed_map_page.evaluate(STYLE, ".organization-list a")
    assert link["after"] == "none"
    footer = printed_map_page.locator(".page-address")
    assert footer.is_visible()
    assert "http://" in footer.inner_text() and "/sociale-kaart/" in (
        footer.inner_text()
    )


def test_printed_links_to_other_sites_show_where_they_lead(page, site_data):
    organization = site_data.organization
    organization.website = "https://www.voorbeeld-vereniging.nl/"
    organization.save()
    page.goto(organization.get_absolute_url())
    page.emulate_media(media="print")
    selector = f'main a[href="{organization.website}"]'
    after = page.evaluate(STYLE, selector)["after"]
    assert organization.website in after and "attr" not in after


def test_screen_shows_map_and_no_addresses_after_links(page, site_data):
    page.goto("/sociale-kaart/")
    page.wait_for_load_state("networkidle")
    assert page.locator("#kaart").is_visible()
    assert page.evaluate(STYLE, ".organization-list a")["after"] == "none"
    assert not page.locator(".page-address").is_visible()
