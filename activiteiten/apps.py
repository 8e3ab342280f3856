from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActiviteitenConfig(AppConfig):
    name = "activiteiten"
    verbose_name = _("activiteiten")

    def ready(self) -> None:
        from partners.constants import ChangeTarget
        from partners.services.approval import register_pending_applier
        from sociale_kaart.partner.history import register_history_part

        from .partner.history import activity_history_sources
        from .partner.services import activity_apply_pending

        register_pending_applier(ChangeTarget.ACTIVITY, activity_apply_pending)
        register_history_part("activities", activity_history_sources)
