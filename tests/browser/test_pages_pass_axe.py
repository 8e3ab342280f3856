"""axe-core (WCAG 2.0/2.1 A and AA) finds nothing on any public page."""

import pytest

from .axe import axe_violations, describe
from .pages import PUBLIC_PAGES


@pytest.mark.parametrize("public_page", PUBLIC_PAGES, ids=lambda p: p.name)
def test_page_has_no_wcag_violations(page, site_data, axe_source, public_page):
    public_page.open(page, site_data)
    violations = axe_violations(page, axe_source)
    assert not violations, (
        f"axe found {len(violations)} WCAG A/AA violation(s) on {page.url}:\n"
        + describe(violations)
    )
