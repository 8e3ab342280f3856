"""Rules that belong to saving, which a model takes on by naming a mixin.

Each model that needs one lists it in its bases, before ``models.Model``, so
the rule is visible where the model is defined and holds for every save,
from a form, the admin, a service or a shell.
"""

from django.db import models


def normalize_line_breaks(value: str) -> str:
    """``"a\\r\\nb\\rc"`` → ``"a\\nb\\nc"``."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


class PlainLineBreaksMixin:
    """The model's text fields (``TextField``) are stored with ``\\n`` only.

    Browsers send a textarea's line breaks as ``\\r\\n``; text typed
    elsewhere or cleaned by the sanitiser has ``\\n``. Stored side by side,
    the same text would differ: the change history would show a change
    nobody made and a partner's unchanged description would become a
    proposal for approval. ``clean_fields`` (forms, ``full_clean``) and
    ``save`` both normalise.
    """

    def clean_fields(self, exclude=None) -> None:
        self.normalize_line_breaks()
        super().clean_fields(exclude=exclude)

    def save(self, *args, **kwargs) -> None:
        self.normalize_line_breaks()
        super().save(*args, **kwargs)

    def normalize_line_breaks(self) -> None:
        """Replace ``\\r\\n`` and ``\\r`` by ``\\n`` in every text field."""
        for field in self._meta.concrete_fields:
            if isinstance(field, models.TextField):
                value = getattr(self, field.attname)
                if isinstance(value, str) and "\r" in value:
                    setattr(self, field.attname, normalize_line_breaks(value))


class UnchangedSaveWithoutHistoryMixin:
    """A save that changes nothing writes no change-history row.

    For a model with django-simple-history, which writes a row on every
    ``save()``: a coordinator who saves an organisation only to tick a
    setting kept in another table, or an admin inline that re-saves an
    untouched location, would fill the partners' history page with
    "gewijzigd" rows that say nothing. Before saving a stored row, it is
    read once; when no field differs (``auto_now`` stamps aside), this one
    save is made without a history row (simple-history's
    ``skip_history_when_saving``). Changes of many-to-many fields keep their
    own rows: the flag is removed right after the save. A service that sets
    related fields first and then saves once for one complete row calls
    ``save(history_when_unchanged=True)``.
    """

    def save(self, *args, history_when_unchanged: bool = False, **kwargs) -> None:
        skip = not history_when_unchanged and self._unchanged_since_stored()
        if skip:
            self.skip_history_when_saving = True
        try:
            super().save(*args, **kwargs)
        finally:
            if skip:
                del self.skip_history_when_saving

    def _unchanged_since_stored(self) -> bool:
        if self.pk is None or hasattr(self, "skip_history_when_saving"):
            return False
        names = [
            field.attname
            for field in self._meta.concrete_fields
            if not getattr(field, "auto_now", False)
        ]
        stored = type(self)._default_manager.filter(pk=self.pk).values(*names).first()
        if stored is None:
            return False
        return all(stored[name] == getattr(self, name) for name in names)
