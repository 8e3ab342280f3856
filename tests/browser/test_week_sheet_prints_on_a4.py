"""The "Deze week" poster prints on one A4 sheet, in large type, with its QR code."""

import datetime
import re

from lansingerland.constants import Kern
from tests.activiteiten.factories import ActivityFactory
from tests.sociale_kaart.factories import LocationFactory

A4_POINTS = (594, 841)  # width, height in PostScript points, rounded down


def pages_of(pdf: bytes) -> list[tuple[int, int]]:
    """Width and height (points) of every page of a PDF Chromium wrote."""
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    return [(int(float(w)), int(float(h))) for w, h in boxes]


def test_a_busy_week_prints_on_one_a4_in_large_type(page, site_data):
    for number, hour in enumerate((10, 14, 19)):
        for day in (7, 9, 11):
            ActivityFactory(
                title=f"Buurtactiviteit {number + 1}",
                location=LocationFactory(kern=Kern.BLEISWIJK),
                start_date=datetime.date(2026, 12, day),
                start_time=datetime.time(hour, 0),
                end_time=datetime.time(hour + 2, 0),
            )
    page.goto("/activiteiten/deze-week/bleiswijk/?week=2026-12-07")
    page.emulate_media(media="print")
    assert page.locator(".week-sheet-list li").count() == 5 + 1  # dates, offer
    assert "En nog 4 activiteiten: scan de code." in page.inner_text("main")
    size = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.week-sheet')).fontSize)"
    )
    assert size >= 20, f"poster text is {size}px, expected at least 15pt"
    assert page.locator(".print-qr svg").is_visible()
    assert not page.locator(".site-header").is_visible()
    pdf = page.pdf(prefer_css_page_size=True, print_background=False)
    assert pages_of(pdf) == [A4_POINTS]
