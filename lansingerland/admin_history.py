"""Restoring an earlier version in the admin, many-to-many fields included."""

from django.db import models


class VersionRelationsRestoreMixin:
    """For a SimpleHistoryAdmin whose model keeps many-to-many fields in its
    history (``register(..., m2m_fields=[...])``).

    simple-history's restore form fills many-to-many fields from the current
    object; with this mixin the fields named in ``history_related_fields``
    start with the ids kept with the chosen version, so restoring brings back
    the version's themes, organisers, campaigns, … as well.
    """

    history_related_fields: tuple[str, ...] = ()

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        pk_name = self.model._meta.pk.attname
        record = self.model.history.filter(
            **{pk_name: object_id, "history_id": version_id}
        ).first()
        if record is not None:
            request.history_related_ids = {
                name: self._version_ids(record, name)
                for name in self.history_related_fields
            }
        return super().history_form_view(request, object_id, version_id, extra_context)

    def _version_ids(self, record, name: str) -> list:
        field: models.ManyToManyField = self.model._meta.get_field(name)
        attribute = f"{field.related_model._meta.model_name}_id"
        return [getattr(row, attribute) for row in getattr(record, name).all()]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        related_ids = getattr(request, "history_related_ids", None)
        if related_ids is None:
            return form_class

        class HistoricalVersionForm(form_class):
            def __init__(self, *args, **form_kwargs):
                form_kwargs["initial"] = {
                    **form_kwargs.get("initial", {}),
                    **related_ids,
                }
                super().__init__(*args, **form_kwargs)

        return HistoricalVersionForm
