from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActiviteitenConfig(AppConfig):
    name = "activiteiten"
    verbose_name = _("activiteiten")

    def ready(self) -> None:
        from partners.constants import ChangeTarget
        from partners.services.approval import register_pending_applier

        from .partner.services import activity_apply_pending

        register_pending_applier(ChangeTarget.ACTIVITY, activity_apply_pending)
