from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class LansingerlandConfig(AppConfig):
    default = True
    name = "lansingerland"
    verbose_name = _("Samen aan zet")

    def ready(self) -> None:
        from . import (
            checks,  # noqa: F401  (registers the system checks)
            content_version,
            formset_limits,
            input_ranges,
        )

        input_ranges.connect()
        formset_limits.connect()
        # Not a model receiver: installs the cache-version trigger on tables
        # created by later migrations (see content_version).
        post_migrate.connect(content_version.watch_tables, sender=self)


class StaffAdminConfig(admin_apps.AdminConfig):
    """``django.contrib.admin`` with the two-factor admin site as ``admin.site``."""

    default = False
    default_site = "lansingerland.admin_site.StaffAdminSite"

    def ready(self) -> None:
        super().ready()
        from . import admin_icons

        admin_icons.connect()
