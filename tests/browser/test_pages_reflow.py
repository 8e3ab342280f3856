"""At 320 CSS px and at 200 % zoom no page scrolls sideways or hides content.

WCAG 1.4.10 (reflow) and 1.4.4 (resize text): a 1280 px screen zoomed to 200 %
lays out like a 640 CSS px wide window with twice the pixel density.
"""

import pytest

from .pages import PUBLIC_PAGES

SCREENS = {
    "320px": {"viewport": {"width": 320, "height": 640}, "device_scale_factor": 1},
    "zoom-200": {"viewport": {"width": 640, "height": 450}, "device_scale_factor": 2},
}

LAYOUT = """() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const heading = document.querySelector("h1")
        || document.querySelector("h2, h3, [role=heading]");
    // Content hidden from everyone on purpose (aria-hidden, e.g. a honeypot
    // field for bots) is not content that people can lose.
    const controls = [heading, ...document.querySelectorAll(
        "input:not([type=hidden]), select, textarea, button"
    )].filter((el) => el && !el.closest("[aria-hidden=true]")).map((el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return {
            what: el.tagName.toLowerCase() + (el.id ? "#" + el.id : ""),
            heading: el === heading,
            shown: box.width > 0 && box.height > 0 && style.visibility !== "hidden",
            inside: box.left >= -1 && box.right <= width + 1,
            left: Math.round(box.left), right: Math.round(box.right),
        };
    });
    return {scrollWidth: root.scrollWidth, clientWidth: width, controls};
}"""


@pytest.mark.parametrize(
    "browser_context_options", SCREENS.values(), ids=SCREENS.keys()
)
@pytest.mark.parametrize("public_page", PUBLIC_PAGES, ids=lambda p: p.name)
def test_page_reflows_without_sideways_scrolling(page, site_data, public_page):
    public_page.open(page, site_data)
    layout = page.evaluate(LAYOUT)
    assert layout["scrollWidth"] <= layout["clientWidth"], (
        f"{page.url} scrolls sideways: content is {layout['scrollWidth']} px wide "
        f"in a {layout['clientWidth']} px window"
    )
    assert any(c["heading"] for c in layout["controls"]), f"no heading on {page.url}"
    lost = [c for c in layout["controls"] if not (c["shown"] and c["inside"])]
    assert not lost, f"hidden or cut off on {page.url}: {lost}"
