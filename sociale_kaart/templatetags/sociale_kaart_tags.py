"""Template helpers of the sociale kaart."""

import json

from django import template
from django.utils.html import _json_script_escapes, format_html
from django.utils.safestring import SafeString, mark_safe

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
def choice_input(choice) -> SafeString:
    """The ``<input>`` of one radio button or checkbox of a form field (a
    ``BoundWidget`` from ``{% for choice in field %}``), the same HTML as
    Django's ``input_option.html`` without rendering three templates per
    choice: the search form has some 65 of them on every sociale kaart page."""
    data = choice.data
    parts = [format_html('<input type="{}" name="{}"', data["type"], data["name"])]
    if data["value"] is not None:
        parts.append(format_html(' value="{}"', str(data["value"])))
    for name, value in data["attrs"].items():
        if value is True:
            parts.append(format_html(" {}", name))
        elif value is not False:
            parts.append(format_html(' {}="{}"', name, str(value)))
    parts.append(">")
    return mark_safe("".join(parts))  # noqa: S308 (each part escaped above)


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
