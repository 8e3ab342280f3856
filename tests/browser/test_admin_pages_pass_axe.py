"""The back office coordinators work in all day passes axe-core (WCAG 2.0/2.1 A
and AA) and reflows at 320 CSS px; data tables, which WCAG 1.4.10 exempts,
scroll inside a box that the keyboard can reach instead of the whole page."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.conftest import otp_verify

from .admin_pages import ADMIN_PAGES, admin_site_data
from .axe import axe_violations, describe
from .test_pages_reflow import LAYOUT

pytestmark = pytest.mark.django_db(transaction=True)

# Controls out of sight on purpose, not lost: Django folds its navigation
# sidebar away below 768 px (the same links stay on the start page and in the
# breadcrumbs); an inline's blank row is the template "add another" copies;
# django-leaflet's raw coordinates field is replaced by its map; columns of a
# table are reached by scrolling its focusable box.
MEANT_HIDDEN = """() => [...document.querySelectorAll(
    "input, select, textarea, button"
)].filter((el) => el.id && el.closest(
    "#nav-sidebar, .toggle-nav-sidebar, .empty-form, .lansingerland-scroll"
    + ", .django-leaflet-raw-textarea"
) || el.id === "toggle-nav-sidebar").map(
    (el) => el.tagName.toLowerCase() + "#" + el.id
)"""

# The innermost elements that stick out on the right, to say what to fix.
STICKING_OUT = """() => [...document.querySelectorAll("body *")].filter((el) => {
    const right = el.getBoundingClientRect().right;
    return right > document.documentElement.clientWidth + 1
        && ![...el.children].some(
            (child) => child.getBoundingClientRect().right >= right
        );
}).slice(0, 5).map((el) => el.outerHTML.slice(0, 120))"""

# Every scrolling box on the page: one the keyboard cannot focus hides its
# overflowing columns from keyboard users (axe's scrollable-region-focusable
# checks this too, but only for boxes that already overflow).
SCROLL_BOXES = """() => [...document.querySelectorAll("*")].filter((el) => {
    const style = getComputedStyle(el);
    return el !== document.documentElement && el !== document.body
        && ["auto", "scroll"].includes(style.overflowX)
        && el.scrollWidth > el.clientWidth + 1;
}).map((el) => ({
    what: el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
        + (el.className ? "." + String(el.className).split(" ").join(".") : ""),
    focusable: el.tabIndex >= 0,
    right: Math.round(el.getBoundingClientRect().right),
}))"""


@pytest.fixture
def admin_page(page, live_server, coordinator):
    """The tab, logged in as a coordinator (password and second factor) who may
    see personal data, with one of everything the admin pages show."""
    from django.contrib.auth.models import Permission

    coordinator.user_permissions.add(
        Permission.objects.get(codename="view_personal_data")
    )
    client = Client()
    client.force_login(coordinator)
    otp_verify(client, coordinator)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page.data = admin_site_data()
    return page


def _open(page, admin_page_spec) -> None:
    response = page.goto(admin_page_spec.path(page.data))
    assert response.status == 200, f"{page.url}: {response.status}"
    page.wait_for_load_state("networkidle")
    assert not page.broken_assets, page.broken_assets


@pytest.mark.parametrize("spec", ADMIN_PAGES, ids=lambda p: p.name)
def test_admin_page_has_no_wcag_violations(admin_page, axe_source, spec):
    _open(admin_page, spec)
    # Read before axe runs: axe copies the admin's @import-ed stylesheets into
    # <style> elements, which the Content Security Policy rightly blocks.
    errors = list(admin_page.console_errors)
    violations = axe_violations(admin_page, axe_source)
    nodes = sum(len(v["nodes"]) for v in violations)
    assert not violations, (
        f"axe found {len(violations)} WCAG A/AA violation(s) ({nodes} elements) "
        f"on {admin_page.url}:\n" + describe(violations)
    )
    assert not errors, f"console errors on {admin_page.url}: {errors}"


@pytest.mark.parametrize(
    "browser_context_options",
    [{"viewport": {"width": 320, "height": 640}, "device_scale_factor": 1}],
    ids=["320px"],
)
@pytest.mark.parametrize("spec", ADMIN_PAGES, ids=lambda p: p.name)
def test_admin_page_reflows_at_320_px(admin_page, spec):
    _open(admin_page, spec)
    layout = admin_page.evaluate(LAYOUT)
    assert layout["scrollWidth"] <= layout["clientWidth"], (
        f"{admin_page.url} scrolls sideways: {layout['scrollWidth']} px, "
        f"because of {admin_page.evaluate(STICKING_OUT)}"
    )
    if not spec.data_table:
        meant_hidden = set(admin_page.evaluate(MEANT_HIDDEN))
        lost = [
            c
            for c in layout["controls"]
            if not (c["shown"] and c["inside"]) and c["what"] not in meant_hidden
        ]
        assert not lost, f"hidden or cut off on {admin_page.url}: {lost}"
    unreachable = [
        box for box in admin_page.evaluate(SCROLL_BOXES) if not box["focusable"]
    ]
    assert not unreachable, (
        f"boxes on {admin_page.url} scroll sideways but the keyboard cannot "
        f"reach them: {unreachable}"
    )


@pytest.mark.parametrize(
    "browser_context_options",
    [
        {"viewport": {"width": 1280, "height": 900}},
        {"viewport": {"width": 320, "height": 640}},
    ],
    ids=["1280px", "320px"],
)
def test_second_factor_setup_passes_axe_and_reflows(
    page, live_server, coordinator, axe_source
):
    """The page where a coordinator links the authenticator app at first login
    (the login page itself is in ``pages.py``)."""
    client = Client()
    client.force_login(coordinator)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    response = page.goto(reverse("staff_otp_setup"))
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    errors = list(page.console_errors)
    violations = axe_violations(page, axe_source)
    assert not violations, describe(violations)
    assert not errors, errors
    layout = page.evaluate(LAYOUT)
    assert layout["scrollWidth"] <= layout["clientWidth"], layout["scrollWidth"]
