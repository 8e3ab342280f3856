"""Serves Leaflet.markercluster's stylesheet from PyPI's
``xstatic-leaflet-markercluster``.

The server clusters the map's places (``sociale_kaart.map_tiles``), so the
plugin's script is not needed; only the look of its cluster icons is used,
exposed under ``leaflet_markercluster/``.
"""

from django.contrib.staticfiles import utils
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage
from xstatic.pkg import leaflet_markercluster

PREFIX = "leaflet_markercluster"
FILES = ("MarkerCluster.Default.css",)


class MarkerClusterFinder(BaseFinder):
    """A static files finder for the markercluster stylesheet (see module doc)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.storage = FileSystemStorage(location=leaflet_markercluster.BASE_DIR)
        self.storage.prefix = PREFIX

    def check(self, **kwargs):
        return []

    def find(self, path, find_all=False, **kwargs):
        prefix, _, name = path.partition("/")
        if prefix != PREFIX or name not in FILES:
            return [] if find_all else None
        full = self.storage.path(name)
        return [full] if find_all else full

    def list(self, ignore_patterns):
        for name in FILES:
            if not utils.matches_patterns(name, ignore_patterns or []):
                yield name, self.storage
