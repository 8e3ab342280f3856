from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LansingerlandConfig(AppConfig):
    name = "lansingerland"
    verbose_name = _("Samen aan zet")
