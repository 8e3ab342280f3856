"""Dutch full-text search that ignores accents, plus trigram matching.

``unaccent()`` is not IMMUTABLE, so it is used as a dictionary in a text-search
configuration ``dutch_unaccent`` (a copy of ``dutch``): ``cafe`` finds ``café``.
pg_trgm backs the fallback for compounds (``koffie ochtend`` / ``koffieochtend``).
Both extensions are trusted: the database owner may create them.
"""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

CREATE_CONFIG = """
CREATE TEXT SEARCH CONFIGURATION dutch_unaccent (COPY = pg_catalog.dutch);
ALTER TEXT SEARCH CONFIGURATION dutch_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
"""
DROP_CONFIG = "DROP TEXT SEARCH CONFIGURATION IF EXISTS dutch_unaccent;"


class Migration(migrations.Migration):
    dependencies = [
        ("sociale_kaart", "0002_services_schedules_accessibility_geocoding"),
    ]

    operations = [
        UnaccentExtension(),
        TrigramExtension(),
        migrations.RunSQL(CREATE_CONFIG, DROP_CONFIG),
    ]
