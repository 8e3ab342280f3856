"""Template helpers for referral handlers in the partner area."""

from django import template

from ..partner.selectors import open_referral_count

register = template.Library()


@register.simple_tag
def open_referrals(user) -> int | None:
    """``{% open_referrals user as count %}``: open referrals for the dashboard
    and the menu; None when ``user`` handles no referrals."""
    return open_referral_count(user)
