from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SocialeKaartConfig(AppConfig):
    name = "sociale_kaart"
    verbose_name = _("sociale kaart")

    def ready(self) -> None:
        from partners.constants import ChangeTarget
        from partners.services.approval import register_pending_applier
        from partners.services.joining import register_organization_draft

        from .partner.admin import (
            field_comparison,
            location_subject,
            offer_comparison,
            offer_subject,
            organization_subject,
        )
        from .partner.digest import register_digest
        from .partner.editing import (
            location_change_apply,
            organization_change_apply,
            organization_draft_create,
        )
        from .partner.offers import service_apply_pending

        register_pending_applier(
            ChangeTarget.ORGANIZATION,
            organization_change_apply,
            subject=organization_subject,
            comparison=field_comparison,
        )
        register_pending_applier(
            ChangeTarget.LOCATION,
            location_change_apply,
            subject=location_subject,
            comparison=field_comparison,
        )
        register_pending_applier(
            ChangeTarget.SERVICE,
            service_apply_pending,
            subject=offer_subject,
            comparison=offer_comparison,
        )
        register_digest()
        register_organization_draft(organization_draft_create)
