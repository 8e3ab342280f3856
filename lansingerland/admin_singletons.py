"""Admins for models that hold a single row (the meldpunt's contact details,
the open data licence, the summer period): "toevoegen" only while that row is
missing."""

from django.http import HttpRequest


class SingletonAdminMixin:
    """A ``ModelAdmin`` for a one-row model: adding is offered only while the
    row is missing.

    The admin's menu asks every admin for its permissions on every page;
    asking whether the row exists there would cost each singleton a query on
    every admin page. The menu therefore offers no "toevoegen" for a singleton:
    its list page shows the row, or the add button while the row is missing.
    """

    def has_add_permission(self, request: HttpRequest) -> bool:
        return not self.model._default_manager.exists()

    def get_model_perms(self, request: HttpRequest) -> dict[str, bool]:
        """The menu's permissions, without "add" (no query)."""
        return {
            "add": False,
            "change": self.has_change_permission(request),
            "delete": self.has_delete_permission(request),
            "view": self.has_view_permission(request),
        }
