"""Shared fixtures: a coordinator account and the coalition's real data."""

import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice

from lansingerland.management.commands.create_dev_coordinator import (
    COORDINATOR_APPS,
    COORDINATOR_GROUP,
)


def _commits_to_the_database(request) -> bool:
    marker = request.node.get_closest_marker("django_db")
    transactional = bool(marker and marker.kwargs.get("transaction"))
    return transactional or bool(
        {"transactional_db", "live_server"} & set(request.fixturenames)
    )


@pytest.fixture(autouse=True)
def _empty_cache_after_committing_tests(request, django_db_blocker):
    """The cache is a database table that neither rollback nor flush empties:
    after a test that commits, clear it, so no rate-limit counts carry over."""
    yield
    if _commits_to_the_database(request):
        from django.core.cache import cache

        with django_db_blocker.unblock():
            cache.clear()


@pytest.fixture
def coordinator(django_user_model):
    """A staff user in the coordinators' group, as ``make run`` creates one."""
    group = Group.objects.create(name=COORDINATOR_GROUP)
    group.permissions.set(
        Permission.objects.filter(content_type__app_label__in=COORDINATOR_APPS)
    )
    user = django_user_model.objects.create_user(
        username="coordinator", password="a-long-test-password", is_staff=True
    )
    user.groups.add(group)
    return user


def otp_verify(client, user) -> None:
    """Mark the client's session as verified by a second factor (django-otp).

    The admin requires it; tests log in with ``force_login`` because
    django-axes refuses ``client.login()`` (it needs a request).
    """
    device, _ = StaticDevice.objects.get_or_create(user=user, name="Reservecodes")
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


@pytest.fixture
def coordinator_client(client, coordinator):
    """A client logged in as the coordinator, password and second factor."""
    client.force_login(coordinator)
    otp_verify(client, coordinator)
    return client


@pytest.fixture
def real_data(db):
    """The partner list and campaign dates shipped with the project, loaded."""
    call_command("load_real_data", stdout=io.StringIO())


@pytest.fixture
def partner(db):
    """Anna de Vries, editor of one organisation (with one location)."""
    from tests.partners.factories import MembershipFactory
    from tests.sociale_kaart.factories import LocationFactory

    membership = MembershipFactory(
        user__email="anna.devries@voorbeeld.nl",
        user__first_name="Anna",
        user__last_name="de Vries",
        organization__name="Buurthuis De Linde",
    )
    LocationFactory(organization=membership.organization)
    return membership.user


@pytest.fixture
def partner_client(client, partner):
    client.force_login(partner)
    return client
