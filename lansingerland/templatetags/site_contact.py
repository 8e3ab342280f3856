"""``{% site_contact as contact %}``: the meldpunt's mailbox and phone for a
page or a mail (``contact.email``, ``contact.phone``, ``contact.phone_uri``)."""

from django import template

from ..models import SiteContact
from ..selectors import site_contact as _site_contact

register = template.Library()


@register.simple_tag
def site_contact() -> SiteContact:
    """The contact details coordinators set in the admin (see
    ``lansingerland.selectors.site_contact``); no query most of the time."""
    return _site_contact()
