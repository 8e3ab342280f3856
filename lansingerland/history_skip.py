"""No change-history row for a save that changes nothing.

django-simple-history writes a row on every ``save()``. A coordinator who
saves an organisation only to tick a setting kept in another table, or an
admin inline that re-saves an untouched location, would fill the partners'
history page with "gewijzigd" rows that say nothing. Before such a save of a
model with history in the portal's apps, the stored row is read once and, when
no field differs (``auto_now`` stamps aside), this one save is made without a
history row (simple-history's ``skip_history_when_saving``). Changes of
many-to-many fields keep their own rows: the flag is removed right after the
save. A service that sets related fields first and then saves once for one
complete row sets ``instance.history_even_if_unchanged = True`` for that save.
"""

from django.db.models.signals import post_save, pre_save
from simple_history.models import registered_models

from .line_endings import PORTAL_APPS

_FLAG = "_portal_skipped_history"


def _tracked(sender) -> bool:
    return (
        sender._meta.app_label in PORTAL_APPS
        and registered_models.get(sender._meta.db_table) is sender
    )


def _compared_fields(sender) -> list[str]:
    return [
        field.attname
        for field in sender._meta.concrete_fields
        if not getattr(field, "auto_now", False)
    ]


def _skip_unchanged(sender, instance, raw=False, **kwargs) -> None:
    if raw or instance.pk is None or not _tracked(sender):
        return
    if hasattr(instance, "skip_history_when_saving") or getattr(
        instance, "history_even_if_unchanged", False
    ):
        return
    names = _compared_fields(sender)
    stored = sender._default_manager.filter(pk=instance.pk).values(*names).first()
    if stored is None:
        return
    if all(stored[name] == getattr(instance, name) for name in names):
        instance.skip_history_when_saving = True
        setattr(instance, _FLAG, True)


def _restore(sender, instance, **kwargs) -> None:
    if instance.__dict__.pop(_FLAG, False):
        instance.__dict__.pop("skip_history_when_saving", None)


def connect() -> None:
    """Called once from ``LansingerlandConfig.ready`` (after simple-history
    connected its own receivers, so ``_restore`` runs after its post_save)."""
    pre_save.connect(_skip_unchanged, dispatch_uid="portal-history-skip")
    post_save.connect(_restore, dispatch_uid="portal-history-restore")
