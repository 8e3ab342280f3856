from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class LansingerlandConfig(AppConfig):
    default = True
    name = "lansingerland"
    verbose_name = _("Samen aan zet")

    def ready(self) -> None:
        from . import (
            checks,  # noqa: F401  (registers the system checks)
            formset_limits,
            history_skip,
            input_ranges,
            line_endings,
        )

        line_endings.connect()
        history_skip.connect()
        input_ranges.connect()
        formset_limits.connect()


class StaffAdminConfig(admin_apps.AdminConfig):
    """``django.contrib.admin`` with the two-factor admin site as ``admin.site``."""

    default = False
    default_site = "lansingerland.admin_site.StaffAdminSite"

    def ready(self) -> None:
        super().ready()
        from . import admin_icons

        admin_icons.connect()
