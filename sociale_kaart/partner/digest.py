"""What the coordinators' digest (``partners.services.digest``) lists and
counts of the sociale kaart."""

from django.urls import reverse
from django.utils.translation import gettext

from partners.services.digest import register_digest_context, register_digest_source
from partners.services.mail import absolute_url

from ..models import Location, Organization, Service, ServiceClosure, ServiceSchedule
from ..verification import organizations_stale


def _name(record) -> str:
    return record.name


def _period(record) -> str:
    """ "<offer>, <kind of period> <period>" for a period or closure of an offer."""
    service = Service.objects.filter(pk=record.service_id).first()
    return gettext("%(offer)s, %(what)s %(period)s") % {
        "offer": service.name if service else "-",
        "what": record.instance._meta.verbose_name,
        "period": record.instance,
    }


def stale_context() -> dict:
    """``stale_count``: organisations due for a check or later; ``stale_url``:
    the admin's list of them."""
    return {
        "stale_count": organizations_stale().count(),
        "stale_url": absolute_url(
            reverse("admin:sociale_kaart_organization_changelist") + "?controle=due"
        ),
    }


def register_digest() -> None:
    """Put organisations, locations, offers with their periods and closures,
    and the stale organisations into the digest; called once at start-up."""
    register_digest_source(Organization, label=_name)
    register_digest_source(Location)
    register_digest_source(Service, label=_name)
    register_digest_source(ServiceSchedule, label=_period)
    register_digest_source(ServiceClosure, label=_period)
    register_digest_context(stale_context)
