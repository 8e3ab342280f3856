"""The public content's version counter and the triggers that raise it (see
``lansingerland.content_version``)."""

from django.db import migrations

from lansingerland.content_version import TRIGGER, WATCHED_PREFIXES

CREATE = f"""
CREATE TABLE lansingerland_content_version (
    id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    number bigint NOT NULL DEFAULT 1,
    txid bigint NOT NULL DEFAULT 0,
    changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO lansingerland_content_version DEFAULT VALUES;

CREATE FUNCTION lansingerland_content_version_bump() RETURNS trigger AS $$
BEGIN
    UPDATE lansingerland_content_version
        SET number = number + 1, txid = txid_current(), changed_at = now();
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION lansingerland_watch_tables(prefixes text[]) RETURNS void AS $$
DECLARE
    name text;
BEGIN
    FOR name IN
        SELECT c.relname FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema()
          AND EXISTS (SELECT 1 FROM unnest(prefixes) p
                      WHERE c.relname LIKE replace(p, '_', '\\_') || '%')
          AND NOT EXISTS (SELECT 1 FROM pg_trigger t
                          WHERE t.tgrelid = c.oid AND t.tgname = '{TRIGGER}')
    LOOP
        EXECUTE format(
            'CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
            'ON %I FOR EACH STATEMENT '
            'EXECUTE FUNCTION lansingerland_content_version_bump()', name);
    END LOOP;
END
$$ LANGUAGE plpgsql;
"""

DROP = f"""
DO $$
DECLARE
    name text;
BEGIN
    FOR name IN SELECT c.relname FROM pg_trigger t
                JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = '{TRIGGER}'
    LOOP
        EXECUTE format('DROP TRIGGER {TRIGGER} ON %I', name);
    END LOOP;
END
$$;
DROP FUNCTION lansingerland_watch_tables(text[]);
DROP FUNCTION lansingerland_content_version_bump();
DROP TABLE lansingerland_content_version;
"""


def watch(apps, schema_editor):
    schema_editor.execute(
        "SELECT lansingerland_watch_tables(%s)", [list(WATCHED_PREFIXES)]
    )


class Migration(migrations.Migration):
    dependencies = [
        ('lansingerland', '0007_throttle_count'),
        ("sociale_kaart", "0012_stored_search_documents"),
        ("activiteiten", "0006_description_length_limit"),
    ]

    operations = [
        migrations.RunSQL(CREATE, DROP),
        migrations.RunPython(watch, migrations.RunPython.noop),
    ]
