"""Partners' edits of their organisation and locations, live or for approval.

The appliers at the end are registered in the approval queue of
``partners.services.approval`` by ``SocialeKaartConfig.ready``, and so is
``organization_draft_create`` for approved join requests
(``partners.services.joining``).
"""

import logging
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lansingerland.sanitizing import sanitize_html
from lansingerland.slugs import unique_slug
from partners.constants import ChangeTarget
from partners.models import PendingChange
from partners.services.approval import approved_reason, needs_approval
from sociale_kaart.constants import OrganizationStatus
from sociale_kaart.location_address import check_location_address
from sociale_kaart.models import Location, Organization
from sociale_kaart.services import location_geocode

logger = logging.getLogger(__name__)

ORGANIZATION_FIELDS = ("name", "description", "website", "email", "phone")
LOCATION_FIELDS = (
    "name",
    "street",
    "house_number",
    "house_letter",
    "house_number_addition",
    "postcode",
    "place",
    "kern",
)
ADDRESS_FIELDS = (
    "street",
    "house_number",
    "house_letter",
    "house_number_addition",
    "postcode",
    "place",
)


def _apply(
    instance: models.Model,
    changes: dict[str, Any],
    *,
    user: AbstractBaseUser | None,
    reason: str,
) -> list[str]:
    """Set ``changes`` on ``instance``, validate and save; returns changed names.

    The history row records ``user`` and ``reason``. Raises ValidationError
    (nothing saved) when the result breaks a model rule.
    """
    changed = [
        name for name, value in changes.items() if getattr(instance, name) != value
    ]
    for name in changed:
        setattr(instance, name, changes[name])
    if isinstance(instance, Location) and set(changed) & set(ADDRESS_FIELDS):
        if instance.point is not None:
            # The old point no longer matches the address until it is geocoded.
            instance.point_is_approximate = True
        location_id = instance.pk
        transaction.on_commit(
            lambda: location_on_address_change(location_id=location_id)
        )
    instance.full_clean()
    instance._history_user = user
    instance._change_reason = reason
    instance.save()
    return changed


def _clean_changes(allowed: tuple[str, ...], changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(allowed)
    if unknown:
        raise ValueError(f"Fields partners may not change: {sorted(unknown)}")
    if "description" in changes:
        changes = {
            **changes,
            "description": sanitize_html(changes["description"]),
        }
    return changes


def _changed_only(instance: models.Model, changes: dict[str, Any]) -> dict[str, Any]:
    return {
        name: value
        for name, value in changes.items()
        if getattr(instance, name) != value
    }


@dataclass(frozen=True)
class Submission:
    """What became of a partner's edit: ``changed`` False when it equalled
    what is stored (nothing saved or proposed); ``pending`` the PendingChange
    when it waits for a coordinator, None when it went live or was unchanged."""

    changed: bool
    pending: PendingChange | None = None


UNCHANGED = Submission(changed=False)


@transaction.atomic
def organization_submit_change(
    *, organization: Organization, user: AbstractBaseUser, changes: dict[str, Any]
) -> Submission:
    """A partner's edit of ``organization`` (fields in ORGANIZATION_FIELDS).

    The description is sanitised (links and lists only) and compared with the
    stored row: when nothing differs nothing is stored (``UNCHANGED``). When
    the organisation's changes need approval the edit is stored as a
    PendingChange (``Submission.pending``); otherwise it is saved at once,
    with history (who, when). Raises ValueError for a field partners may not
    change, ValidationError when the result is invalid.
    """
    changes = _clean_changes(ORGANIZATION_FIELDS, changes)
    organization = Organization.objects.select_for_update().get(pk=organization.pk)
    changes = _changed_only(organization, changes)
    if not changes:
        return UNCHANGED
    if needs_approval(organization):
        return Submission(
            changed=True,
            pending=PendingChange.objects.create(
                organization=organization, data=changes, submitted_by=user
            ),
        )
    _apply(organization, changes, user=user, reason=_("gewijzigd door partner"))
    return Submission(changed=True)


@transaction.atomic
def location_submit_change(
    *, location: Location, user: AbstractBaseUser, changes: dict[str, Any]
) -> Submission:
    """A partner's edit of ``location`` (fields in LOCATION_FIELDS).

    Like ``organization_submit_change``. When an address part changes, the
    point is kept but marked approximate and ``location_on_address_change``
    runs after commit. Raises ValidationError when the result would lack
    street, house number, postcode or place
    (``sociale_kaart.location_address``).
    """
    changes = _clean_changes(LOCATION_FIELDS, changes)
    location = Location.objects.select_for_update().get(pk=location.pk)
    changes = _changed_only(location, changes)
    if not changes:
        return UNCHANGED
    check_location_address(
        values={name: getattr(location, name) for name in ADDRESS_FIELDS} | changes
    )
    if needs_approval(location.organization):
        return Submission(
            changed=True,
            pending=PendingChange.objects.create(
                organization=location.organization,
                target=ChangeTarget.LOCATION,
                location=location,
                data=changes,
                submitted_by=user,
            ),
        )
    _apply(location, changes, user=user, reason=_("gewijzigd door partner"))
    return Submission(changed=True)


@transaction.atomic
def location_submit_new(
    *, organization: Organization, user: AbstractBaseUser, values: dict[str, Any]
) -> tuple[Location | None, PendingChange | None]:
    """A partner adds a location to ``organization`` (fields in LOCATION_FIELDS).

    With the organisation's approval setting on, the proposal is stored as a
    PendingChange of target LOCATION with no ``location`` (a new location) and
    ``(None, change)`` is returned; the location is created when a
    coordinator approves. Otherwise the location is created at once with
    history naming ``user`` and ``(location, None)`` is returned. Either way,
    a location with an address is looked up at PDOK after commit
    (``location_on_address_change``). Raises ValueError for a field partners
    may not set, ValidationError when the location is invalid or lacks street,
    house number, postcode or place (``sociale_kaart.location_address``).
    """
    values = _clean_changes(LOCATION_FIELDS, values)
    check_location_address(values=values)
    organization = Organization.objects.select_for_update().get(pk=organization.pk)
    location = Location(organization=organization, **values)
    location.full_clean()
    if needs_approval(organization):
        change = PendingChange.objects.create(
            organization=organization,
            target=ChangeTarget.LOCATION,
            location=None,
            data=values,
            submitted_by=user,
        )
        return None, change
    _create_location(location, user=user, reason=_("toegevoegd door partner"))
    return location, None


def _create_location(
    location: Location, *, user: AbstractBaseUser | None, reason: str
) -> Location:
    location._history_user = user
    location._change_reason = reason
    location.full_clean()
    location.save()
    if any(getattr(location, name) for name in ADDRESS_FIELDS):
        location_id = location.pk
        transaction.on_commit(
            lambda: location_on_address_change(location_id=location_id)
        )
    return location


def location_on_address_change(*, location_id: int) -> None:
    """Hook run after commit when a partner changed a location's address.

    Looks the new address up at PDOK with the sociale kaart's geocoder
    (``sociale_kaart.services.location_geocode``), which stores the point or
    flags the location for a coordinator when PDOK can't be reached. An
    unexpected error is logged, never raised: the partner's edit is saved.
    """
    try:
        location_geocode(location_id=location_id)
    except Exception:
        logger.exception(
            "location %s: geocoding after a partner edit failed", location_id
        )


def location_change_apply(*, change: PendingChange, reviewer: AbstractBaseUser):
    """Applier of pending LOCATION changes: a proposed new location is
    created (and linked as ``change.location``), a change of a location is
    applied. Raises ValidationError (nothing saved) when the values no longer
    fit."""
    if change.is_new:
        change.location = _create_location(
            Location(
                organization_id=change.organization_id,
                **_clean_changes(LOCATION_FIELDS, change.data),
            ),
            user=change.submitted_by,
            reason=approved_reason(reviewer),
        )
        return change.location
    location = Location.objects.select_for_update().get(pk=change.location_id)
    return _apply_approved(location, LOCATION_FIELDS, change, reviewer)


def organization_change_apply(*, change: PendingChange, reviewer: AbstractBaseUser):
    """Applier of pending ORGANIZATION changes; raises ValidationError
    (nothing saved) when the values no longer fit."""
    organization = Organization.objects.select_for_update().get(
        pk=change.organization_id
    )
    return _apply_approved(organization, ORGANIZATION_FIELDS, change, reviewer)


def _apply_approved(instance, allowed, change: PendingChange, reviewer):
    _apply(
        instance,
        _clean_changes(allowed, change.data),
        user=change.submitted_by,
        reason=approved_reason(reviewer),
    )
    return instance


def organization_draft_create(
    *, name: str, website: str, email: str, phone: str, user: AbstractBaseUser
) -> Organization:
    """Save a hidden coalition-partner organisation for an approved join
    request (a coordinator publishes it once its page is filled in), checked
    today, with history naming coordinator ``user``. Raises ValidationError
    for invalid values."""
    organization = Organization(
        name=name,
        slug=unique_slug(Organization, name, fallback="organisatie"),
        website=website,
        email=email,
        phone=phone,
        is_coalition_partner=True,
        status=OrganizationStatus.HIDDEN,
        last_verified_at=timezone.localdate(),
    )
    organization.full_clean()
    organization._history_user = user
    organization.save()
    return organization
