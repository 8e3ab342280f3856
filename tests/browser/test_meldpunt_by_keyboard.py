"""The meldpunt form works with the keyboard alone, with focus always visible."""

from meldpunt.constants import ReportKind
from meldpunt.models import Report

from .keyboard import describe, focused

MAX_TABS = 40


def tab(page, *, backwards=False) -> dict:
    page.keyboard.press("Shift+Tab" if backwards else "Tab")
    element = focused(page)
    assert element["visible"], f"focus is not visible on {describe(element)}"
    return element


def test_skip_link_is_first_and_moves_focus_to_the_content(page, site_data):
    page.goto("/meldpunt/")
    element = tab(page)
    assert element["text"] == "Naar de inhoud"
    assert page.locator(".skip-link").bounding_box()["x"] >= 0, "skip link off screen"
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "inhoud"
    assert tab(page)["tag"] == "a", "Tab after the skip link leaves the content"


def tab_to_button(page, label: str) -> None:
    """Tab (forwards) until the submit button ``label`` has focus, then press Enter."""
    seen = []
    for _ in range(MAX_TABS):
        element = tab(page)
        seen.append(describe(element))
        if element["tag"] == "button" and element["text"] == label:
            with page.expect_navigation():
                page.keyboard.press("Enter")
            return
    raise AssertionError(f"no button {label!r} in the tab order: {seen}")


def test_report_can_be_filled_in_and_sent_by_keyboard(page, site_data):
    # Step 1: choose the kind with the arrow keys.
    page.goto("/meldpunt/")
    for _ in range(MAX_TABS):
        element = tab(page)
        if element["name"] == "soort":
            # Tab lands on the first radio; the arrow key chooses the next one.
            page.keyboard.press("ArrowDown")
            assert focused(page)["visible"], "focus not visible on the chosen radio"
            break
    tab_to_button(page, "Verder")

    # Step 2: fill in the report.
    seen = []
    for _ in range(MAX_TABS):
        element = tab(page)
        seen.append(describe(element))
        name = element["name"]
        if name == "message":
            page.keyboard.type("Mijn buurvrouw komt de deur niet meer uit.")
        elif name == "kern":
            page.keyboard.press("ArrowDown")
        elif name == "name":
            page.keyboard.type("Anna de Vries")
        elif name == "email":
            page.keyboard.type("anna@example.nl")
        elif name == "privacy_consent":
            page.keyboard.press("Space")
        elif (
            element["tag"] == "button" and element["text"] == "Verder naar controleren"
        ):
            # Back once and forward again: Shift+Tab works as well.
            tab(page, backwards=True)
            tab(page)
            with page.expect_navigation():
                page.keyboard.press("Enter")
            break
    else:
        raise AssertionError(f"no submit button in the tab order: {seen}")

    # Step 3: review, then send.
    assert "Anna de Vries" in page.content()
    tab_to_button(page, "Melding versturen")

    assert page.url.endswith("/meldpunt/ontvangen/"), page.url
    report = Report.objects.get()
    assert report.kind == ReportKind.CONCERN
    assert report.message == "Mijn buurvrouw komt de deur niet meer uit."
    assert report.kern != ""


def test_errors_are_announced_and_each_links_to_its_field(page, site_data):
    page.goto("/meldpunt/?soort=question")
    page.locator("#id_message").focus()
    page.keyboard.type("Alleen een bericht, verder niets.")
    page.locator("[type=submit]").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")

    summary = page.locator(".error-summary")
    assert summary.get_attribute("role") == "alert"
    active = focused(page)
    assert active["id"] == "foutmeldingen" or active["tag"] == "h2", (
        f"focus is on {describe(active)}, not on the error summary"
    )
    assert page.locator("#id_message").input_value().startswith("Alleen een bericht")

    links = summary.get_by_role("link")
    targets = [
        href.lstrip("#")
        for href in links.evaluate_all(
            "links => links.map(a => a.getAttribute('href'))"
        )
    ]
    assert targets == ["id_privacy_consent"]
    for index, target in enumerate(targets):
        links.nth(index).focus()
        page.keyboard.press("Enter")
        element = focused(page)
        assert element["id"] == target, f"the error link led to {describe(element)}"
        assert element["visible"], f"focus is not visible on {describe(element)}"
        page.locator("#foutmeldingen").focus()


def test_verder_without_a_kind_announces_the_error(page, site_data):
    page.goto("/meldpunt/")
    tab_to_button(page, "Verder")

    assert page.title().startswith("Fout:")
    summary = page.locator(".error-summary")
    assert "Er is 1 ding dat u moet verbeteren" in summary.inner_text()
    assert "Kies waar uw melding over gaat." in summary.inner_text()
    active = focused(page)
    assert active["id"] == "foutmeldingen" or active["tag"] == "h2", (
        f"focus is on {describe(active)}, not on the error summary"
    )
    summary.get_by_role("link").focus()
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "id_soort_0"
