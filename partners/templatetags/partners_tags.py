"""Template helpers of the partner area."""

from django import template

from ..selectors import member_needs_two_factor

register = template.Library()


@register.simple_tag
def member_menu_shown(user) -> bool:
    """``{% member_menu_shown user as shown %}``: False until a referral handler
    has typed the code from their app, so the menu does not promise pages
    that are still closed; True for other logged-in users."""
    if not user.is_authenticated:
        return False
    return user.is_verified() or not member_needs_two_factor(user)
