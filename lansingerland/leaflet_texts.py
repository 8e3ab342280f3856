"""Texts of django-leaflet's map editor, listed so that makemessages picks them up.

django-leaflet ships no Dutch catalogue; these msgids are translated in
``locale/nl``. They appear on the point editor in the admin.
"""

from django.utils.translation import gettext_noop

LEAFLET_EDITOR_TEXTS = [
    gettext_noop("Reset view"),
    gettext_noop("Cancel drawing"),
    gettext_noop("Cancel"),
    gettext_noop("Delete last point drawn"),
    gettext_noop("Delete last point"),
    gettext_noop("Draw a marker"),
    gettext_noop("Click map to place marker."),
    gettext_noop("Save changes."),
    gettext_noop("Save"),
    gettext_noop("Cancel editing, discards all changes."),
    gettext_noop("Edit layers"),
    gettext_noop("No layers to edit."),
    gettext_noop("Delete layers"),
    gettext_noop("No layers to delete."),
    gettext_noop("Drag handles, or marker to edit feature."),
    gettext_noop("Click cancel to undo changes."),
    gettext_noop("Click on a feature to remove"),
]
