"""axe-core (WCAG 2.0/2.1 A and AA) finds nothing on any public page, and the
browser logs no errors there."""

import pytest

from .axe import axe_violations, describe
from .pages import PUBLIC_PAGES

# The browser reports the 404 page's own status as a console error.
EXPECTED_404 = "Failed to load resource: the server responded with a status of 404"


@pytest.mark.parametrize("public_page", PUBLIC_PAGES, ids=lambda p: p.name)
def test_page_has_no_wcag_violations_nor_console_errors(
    page, site_data, axe_source, public_page
):
    public_page.open(page, site_data)
    violations = axe_violations(page, axe_source)
    assert not violations, (
        f"axe found {len(violations)} WCAG A/AA violation(s) on {page.url}:\n"
        + describe(violations)
    )
    # A blocked script or style (Content Security Policy) only shows here.
    errors = [e for e in page.console_errors if not e.startswith(EXPECTED_404)]
    assert not errors, f"console errors on {page.url}: {errors}"
