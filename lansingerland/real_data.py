"""Coordinators' deletes of shipped real data stay deleted (tombstones)."""

from collections.abc import Iterable

from .models import RealDataTombstone


def real_data_tombstones(*, dataset: str) -> set[str]:
    """Keys of ``dataset`` that a coordinator deleted; the load skips them."""
    return set(
        RealDataTombstone.objects.filter(dataset=dataset).values_list("key", flat=True)
    )


def real_data_tombstones_add(*, dataset: str, keys: Iterable[str]) -> None:
    """Remember that the records with ``keys`` of ``dataset`` were deleted
    (empty keys, of records a coordinator created, are ignored)."""
    RealDataTombstone.objects.bulk_create(
        [RealDataTombstone(dataset=dataset, key=key) for key in set(keys) if key],
        ignore_conflicts=True,
    )


class RealDataDeleteAdminMixin:
    """Admin delete of a model the real-data load fills: the confirmation
    pages say what deleting means, and the delete leaves a tombstone so the
    next ``load_real_data`` does not bring the record back (hidden or edited
    records are never touched by the load).

    Set ``real_data_dataset`` and ``real_data_key_field``; a model whose
    deletes are remembered elsewhere (campaigns: ``CampaignRuleRecord``) leaves
    ``real_data_dataset`` empty and gets only the wording.
    """

    real_data_dataset = ""
    real_data_key_field = "source_key"
    delete_confirmation_template = "admin/real_data_delete_confirmation.html"
    delete_selected_confirmation_template = (
        "admin/real_data_delete_selected_confirmation.html"
    )

    def _tombstone(self, objects) -> None:
        if not self.real_data_dataset:
            return
        real_data_tombstones_add(
            dataset=self.real_data_dataset,
            keys=[getattr(obj, self.real_data_key_field) for obj in objects],
        )

    def delete_model(self, request, obj) -> None:
        self._tombstone([obj])
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset) -> None:
        self._tombstone(list(queryset))
        super().delete_queryset(request, queryset)
