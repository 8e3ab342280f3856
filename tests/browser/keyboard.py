"""What has keyboard focus, and whether a sighted keyboard user can see it."""

from playwright.sync_api import Page

FOCUSED = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
    return {
        tag: el.tagName.toLowerCase(),
        type: el.getAttribute("type") || "",
        id: el.id,
        name: el.getAttribute("name") || "",
        text: (el.innerText || el.value || "").trim().slice(0, 60),
        visible: outline || shadow,
        indicator: outline ? `outline ${style.outlineWidth} ${style.outlineStyle}`
            : style.boxShadow,
    };
}"""


def focused(page: Page) -> dict:
    """The focused element: tag, type, id, name, text, and whether focus shows."""
    return page.evaluate(FOCUSED)


def describe(element: dict) -> str:
    return (
        f"<{element['tag']} type={element['type']!r} id={element['id']!r} "
        f"name={element['name']!r}> {element['text']!r}"
    )
