"""Template helpers of the partner area."""

from django import template
from django.utils.safestring import SafeString, mark_safe

from ..constants import VerificationState
from ..sanitize import sanitize_description
from ..selectors import organization_verification_state

register = template.Library()


@register.filter
def partner_description(value: str) -> SafeString:
    """A description as HTML with only text, links and lists (nh3); safe to
    show because it is sanitised again on every render."""
    return mark_safe(sanitize_description(value or ""))  # noqa: S308


@register.simple_tag
def verification_state(organization) -> VerificationState:
    """``{% verification_state organization as state %}``: fresh, due,
    outdated or expired, for ``partners/includes/outdated_notice.html``."""
    return organization_verification_state(organization)
