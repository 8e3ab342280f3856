from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SocialeKaartConfig(AppConfig):
    name = "sociale_kaart"
    verbose_name = _("sociale kaart")

    def ready(self) -> None:
        from partners.constants import ChangeTarget
        from partners.services.approval import register_pending_applier

        from .partner.editing import location_change_apply, organization_change_apply
        from .partner.offers import service_apply_pending

        register_pending_applier(ChangeTarget.ORGANIZATION, organization_change_apply)
        register_pending_applier(ChangeTarget.LOCATION, location_change_apply)
        register_pending_applier(ChangeTarget.SERVICE, service_apply_pending)
