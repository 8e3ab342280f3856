"""System checks for production settings (``manage.py check --deploy``)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def security_contact_check(app_configs, **kwargs) -> list[Warning]:
    """Warn when security.txt would still name the development address."""
    contacts = settings.SECURITY_CONTACT
    if not contacts or settings.DEFAULT_SECURITY_CONTACT in contacts:
        return [
            Warning(
                "SECURITY_CONTACT is not set: /.well-known/security.txt names "
                "a development address.",
                hint="Set SECURITY_CONTACT to the municipality's security "
                "mailbox or disclosure page (mailto: or https: URIs).",
                id="lansingerland.W001",
            )
        ]
    return []
