"""One kind of line break in stored text.

Browsers send a textarea's line breaks as ``\\r\\n``; text typed elsewhere or
cleaned by the sanitiser has ``\\n``. Stored side by side, the same text would
differ: the change history would show a change nobody made and a partner's
unchanged description would become a proposal for approval. Before any model
of the portal's own apps is saved, its text fields get ``\\n`` only.
"""

from django.db import models
from django.db.models.signals import pre_save

#: The apps whose models are normalised (history models live in partners and
#: activiteiten and copy already normalised values).
PORTAL_APPS = {"lansingerland", "meldpunt", "sociale_kaart", "activiteiten", "partners"}


def normalize_line_breaks(value: str) -> str:
    """``"a\\r\\nb\\rc"`` → ``"a\\nb\\nc"``."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def _normalize_text_fields(sender, instance, **kwargs) -> None:
    if sender._meta.app_label not in PORTAL_APPS:
        return
    for field in sender._meta.concrete_fields:
        if isinstance(field, models.TextField):
            value = getattr(instance, field.attname)
            if isinstance(value, str) and "\r" in value:
                setattr(instance, field.attname, normalize_line_breaks(value))


def connect() -> None:
    """Called once from ``LansingerlandConfig.ready``."""
    pre_save.connect(_normalize_text_fields, dispatch_uid="portal-line-breaks")
