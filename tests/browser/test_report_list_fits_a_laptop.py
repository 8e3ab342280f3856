"""On a 1280 px laptop the report list shows every column without sideways
scrolling and no button covers its title; a report referred to a partner with a
long name is no wider than the screen."""

import os

import pytest

from .admin_pages import ADMIN_PAGES
from .test_admin_pages_pass_axe import admin_page  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)

# Set to a folder to keep a screenshot of the list for a closing note.
SHOTS = os.environ.get("SCREENSHOT_DIR")

FITS = """() => {
    const table = document.querySelector("#result_list");
    const box = table.closest(".results");
    const title = document.querySelector("#content h1").getBoundingClientRect();
    const covering = [...document.querySelectorAll(".object-tools a")].filter(
        (a) => {
            const r = a.getBoundingClientRect();
            return r.left < title.right && r.right > title.left
                && r.top < title.bottom && r.bottom > title.top;
        }).map((a) => a.textContent.trim());
    return {
        tableWidth: table.scrollWidth, boxWidth: box.clientWidth,
        pageWidth: document.documentElement.scrollWidth,
        covering,
        headers: [...table.querySelectorAll("thead th")].map((th) => ({
            text: th.textContent.trim(),
            right: th.getBoundingClientRect().right,
        })),
    };
}"""


def _path(name, data):
    return next(p for p in ADMIN_PAGES if p.name == name).path(data)


def test_report_list_fits_1280_px(admin_page):  # noqa: F811
    admin_page.goto(_path("meldingen", admin_page.data))
    if SHOTS:
        admin_page.screenshot(path=f"{SHOTS}/meldingen-1280.png", full_page=True)
    layout = admin_page.evaluate(FITS)
    assert not layout["covering"], f"buttons cover the title: {layout['covering']}"
    assert layout["pageWidth"] <= 1280, layout
    assert layout["tableWidth"] <= layout["boxWidth"], layout
    shown = {h["text"] for h in layout["headers"] if h["right"] <= 1280}
    for column in ("Coördinator", "Partner", "Ontvangen op"):
        assert column in shown, (column, layout["headers"])


def test_referred_report_is_no_wider_than_the_screen(admin_page):  # noqa: F811
    admin_page.goto(_path("melding-met-verwijzing", admin_page.data))
    width = admin_page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 1280, f"the report is {width} px wide"
