"""Template helpers of the partner area."""

from django import template

from ..constants import VerificationState
from ..selectors import organization_verification_state

register = template.Library()


@register.simple_tag
def verification_state(organization) -> VerificationState:
    """``{% verification_state organization as state %}``: fresh, due,
    outdated or expired, for ``partners/includes/outdated_notice.html``."""
    return organization_verification_state(organization)
