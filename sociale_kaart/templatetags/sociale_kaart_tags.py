"""Template helpers of the sociale kaart."""

import json

from django import template
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe

from lansingerland.page_cache import rendering_with_holes

from ..shortlist import shortlist_ids
from ..verification import VerificationState, organization_verification_state

register = template.Library()


@register.filter
def ld_json(value: dict) -> str:
    """``value`` as JSON safe inside ``<script type="application/ld+json">``.

    ``<``, ``>`` and ``&`` are escaped as json_script does, so no text in it
    can close the script element.
    """
    text = json.dumps(value, ensure_ascii=False).translate(_json_script_escapes)
    return mark_safe(text)  # noqa: S308 (escaped above)


@register.simple_tag
def shortlist_variants(request, service) -> list[bool]:
    """Whether ``service`` is on the visitor's bewaarlijst, as a list: both
    ``[True, False]`` while the page is rendered for the page cache (the
    template then marks each variant for ``shortlist.fill_shortlist_holes``)."""
    if rendering_with_holes(request):
        return [True, False]
    return [service.pk in shortlist_ids(request.session)]


@register.simple_tag
def verification_state(organization) -> VerificationState:
    """``{% verification_state organization as state %}``: fresh, due,
    outdated or expired, for ``partners/includes/outdated_notice.html``."""
    return organization_verification_state(organization)
