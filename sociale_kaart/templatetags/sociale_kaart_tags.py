"""Template helpers of the sociale kaart."""

import json

from django import template
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe

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
def on_shortlist(request, service) -> bool:
    """True when ``service`` is on the visitor's bewaarlijst."""
    return service.pk in shortlist_ids(request.session)


@register.simple_tag
def verification_state(organization) -> VerificationState:
    """``{% verification_state organization as state %}``: fresh, due,
    outdated or expired, for ``partners/includes/outdated_notice.html``."""
    return organization_verification_state(organization)
