from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActiviteitenConfig(AppConfig):
    name = "activiteiten"
    verbose_name = _("activiteiten")

    def ready(self) -> None:
        from partners.constants import ChangeTarget
        from partners.services.approval import register_pending_applier
        from partners.services.digest import register_digest_source
        from sociale_kaart.partner.history import register_history_part

        from .models import Activity
        from .partner.admin import (
            activity_annotate,
            activity_comparison,
            activity_subject,
        )
        from .partner.history import activity_digest_label, activity_history_sources
        from .partner.services import activity_apply_pending

        register_pending_applier(
            ChangeTarget.ACTIVITY,
            activity_apply_pending,
            subject=activity_subject,
            comparison=activity_comparison,
            annotate=activity_annotate,
        )
        register_history_part("activities", activity_history_sources)
        register_digest_source(Activity, label=activity_digest_label)
