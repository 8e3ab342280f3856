"""Change history (django-simple-history) of organisations, locations and
offers: who changed what and when, for the admin's history and restore and
the partner history page.

The tables were made by the partners app and keep their names
(``partners_historical…``): the models moved to this app in state only
(migrations ``sociale_kaart 0005`` and ``partners 0007``), no data was copied.
"""

from simple_history import register
from simple_history.models import HistoricalRecords

from .organizations import Location, Organization
from .services import Service, ServiceClosure, ServiceSchedule

#: The prefix of the history tables, from when the partners app made them.
TABLE_PREFIX = "partners_"


class KeptTableHistoricalRecords(HistoricalRecords):
    """History whose many-to-many history tables keep their ``partners_`` name."""

    def get_meta_options_m2m(self, through_model):
        options = super().get_meta_options_m2m(through_model)
        name = self.get_history_model_name(through_model)
        return options | {"db_table": f"{TABLE_PREFIX}{name.lower()}"}


def _register(model, **options) -> None:
    register(
        model,
        app="sociale_kaart",
        records_class=KeptTableHistoricalRecords,
        table_name=f"{TABLE_PREFIX}historical{model._meta.model_name}",
        **options,
    )


_register(Organization, m2m_fields=["themes"])
_register(Location)
# Offers keep their themes, target groups and locations with each version; their
# weekly periods and closures have their own history rows.
_register(Service, m2m_fields=["themes", "target_groups", "locations"])
_register(ServiceSchedule)
_register(ServiceClosure)
