"""Serves Leaflet.markercluster's files from PyPI's ``xstatic-leaflet-markercluster``.

Only the files the map uses are exposed, under ``leaflet_markercluster/``: the
minified ``leaflet.markercluster.js`` names a source map the package does not
ship, which the manifest storage of ``collectstatic`` would refuse, so the
unminified build (whose map is shipped) is used instead.
"""

from django.contrib.staticfiles import utils
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage
from xstatic.pkg import leaflet_markercluster

PREFIX = "leaflet_markercluster"
FILES = (
    "leaflet.markercluster-src.js",
    "leaflet.markercluster-src.js.map",
    "MarkerCluster.css",
    "MarkerCluster.Default.css",
)


class MarkerClusterFinder(BaseFinder):
    """A static files finder for the few markercluster files (see module doc)."""

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
