"""Radios and tick boxes on the residents' forms are at least 24 by 24 CSS px
(WCAG 2.5.8), and clicking the label still picks them."""

import pytest

from .pages import PUBLIC_PAGES

pytestmark = pytest.mark.django_db(transaction=True)

SIZES = """() => [...document.querySelectorAll(
    "input[type=radio], input[type=checkbox]"
)].filter((el) => el.offsetParent !== null).map((el) => {
    const box = el.getBoundingClientRect();
    return {id: el.id, width: box.width, height: box.height};
})"""


@pytest.mark.parametrize("name", ["meldpunt", "meldpunt-zorg"])
def test_radios_and_tick_boxes_are_at_least_24_px(page, site_data, name):
    next(p for p in PUBLIC_PAGES if p.name == name).open(page, site_data)
    sizes = page.evaluate(SIZES)
    assert sizes, "no radios or tick boxes on the page"
    small = [s for s in sizes if s["width"] < 24 or s["height"] < 24]
    assert not small, f"smaller than 24 px: {small}"
