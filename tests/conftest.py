"""Shared fixtures: a coordinator account and the coalition's real data."""

import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from lansingerland.management.commands.create_dev_coordinator import (
    COORDINATOR_APPS,
    COORDINATOR_GROUP,
)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: no rate-limit counts carried over."""
    from django.core.cache import cache

    cache.clear()
    yield
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


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.fixture
def real_data(db):
    """The partner list and campaign dates shipped with the project, loaded."""
    call_command("load_real_data", stdout=io.StringIO())
