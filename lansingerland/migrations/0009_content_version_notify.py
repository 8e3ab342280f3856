"""The version bump also sends a NOTIFY on ``lansingerland_content_version``,
delivered when the changing transaction commits, so the app's workers learn of
a change without asking (see ``lansingerland.content_version``)."""

from django.db import migrations

NOTIFYING = """
CREATE OR REPLACE FUNCTION lansingerland_content_version_bump() RETURNS trigger AS $$
BEGIN
    UPDATE lansingerland_content_version
        SET number = number + 1, txid = txid_current(), changed_at = now();
    PERFORM pg_notify('lansingerland_content_version', '');
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
"""

SILENT = """
CREATE OR REPLACE FUNCTION lansingerland_content_version_bump() RETURNS trigger AS $$
BEGIN
    UPDATE lansingerland_content_version
        SET number = number + 1, txid = txid_current(), changed_at = now();
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
"""


class Migration(migrations.Migration):
    dependencies = [("lansingerland", "0008_content_version")]

    operations = [migrations.RunSQL(NOTIFYING, SILENT)]
