"""Stored, indexed search documents of offers and organisations, written by
triggers so every write path keeps them current (see ``models.search``), with
GIN indexes for full text and trigrams (compact text, names)."""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models


COMPACT = "regexp_replace(unaccent(lower({text})), '[^a-z0-9]', '', 'g')"

CREATE_TRIGGERS = f"""
CREATE FUNCTION sociale_kaart_organization_search() RETURNS trigger AS $$
BEGIN
    INSERT INTO sociale_kaart_organizationsearch (organization_id, document, compact)
    VALUES (
        NEW.id,
        setweight(to_tsvector('dutch_unaccent', coalesce(NEW.name, '')), 'A')
        || setweight(to_tsvector('dutch_unaccent', coalesce(NEW.description, '')),
                     'C'),
        {COMPACT.format(text="coalesce(NEW.name, '') || coalesce(NEW.description, '')")}
    )
    ON CONFLICT (organization_id) DO UPDATE
        SET document = EXCLUDED.document, compact = EXCLUDED.compact;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER organization_search_document
    AFTER INSERT OR UPDATE OF name, description ON sociale_kaart_organization
    FOR EACH ROW EXECUTE FUNCTION sociale_kaart_organization_search();

CREATE FUNCTION sociale_kaart_service_search() RETURNS trigger AS $$
DECLARE
    owner_name text;
BEGIN
    SELECT name INTO owner_name
        FROM sociale_kaart_organization WHERE id = NEW.organization_id;
    INSERT INTO sociale_kaart_servicesearch (service_id, document, compact)
    VALUES (
        NEW.id,
        setweight(to_tsvector('dutch_unaccent', coalesce(NEW.name, '')), 'A')
        || setweight(to_tsvector('dutch_unaccent', coalesce(owner_name, '')), 'B')
        || setweight(to_tsvector('dutch_unaccent', coalesce(NEW.description, '')
                     || ' ' || coalesce(NEW.how_to_join, '')), 'C'),
        {
    COMPACT.format(
        text="coalesce(NEW.name, '') || coalesce(owner_name, '') "
        "|| coalesce(NEW.description, '')"
    )
}
    )
    ON CONFLICT (service_id) DO UPDATE
        SET document = EXCLUDED.document, compact = EXCLUDED.compact;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER service_search_document
    AFTER INSERT OR UPDATE OF name, description, how_to_join, organization_id
    ON sociale_kaart_service
    FOR EACH ROW EXECUTE FUNCTION sociale_kaart_service_search();

CREATE FUNCTION sociale_kaart_organization_renamed() RETURNS trigger AS $$
BEGIN
    UPDATE sociale_kaart_service SET name = name WHERE organization_id = NEW.id;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER organization_renamed_services_search
    AFTER UPDATE OF name ON sociale_kaart_organization
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION sociale_kaart_organization_renamed();

UPDATE sociale_kaart_organization SET description = description;
UPDATE sociale_kaart_service SET name = name;
"""

DROP_TRIGGERS = """
DROP TRIGGER organization_renamed_services_search ON sociale_kaart_organization;
DROP FUNCTION sociale_kaart_organization_renamed();
DROP TRIGGER service_search_document ON sociale_kaart_service;
DROP FUNCTION sociale_kaart_service_search();
DROP TRIGGER organization_search_document ON sociale_kaart_organization;
DROP FUNCTION sociale_kaart_organization_search();
"""


class Migration(migrations.Migration):
    dependencies = [
        ('sociale_kaart', '0011_phone_numbers_in_e164'),
    ]

    operations = [
        migrations.CreateModel(
            name="OrganizationSearch",
            fields=[
                (
                    "organization",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search",
                        serialize=False,
                        to="sociale_kaart.organization",
                    ),
                ),
                ("document", django.contrib.postgres.search.SearchVectorField()),
                ("compact", models.TextField()),
            ],
        ),
        migrations.CreateModel(
            name="ServiceSearch",
            fields=[
                (
                    "service",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search",
                        serialize=False,
                        to="sociale_kaart.service",
                    ),
                ),
                ("document", django.contrib.postgres.search.SearchVectorField()),
                ("compact", models.TextField()),
            ],
        ),
        migrations.AddIndex(
            model_name="organization",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["name"],
                name="organization_name_trgm",
                opclasses=["gin_trgm_ops"],
            ),
        ),
        migrations.AddIndex(
            model_name="service",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["name"], name="service_name_trgm", opclasses=["gin_trgm_ops"]
            ),
        ),
        migrations.AddIndex(
            model_name="organizationsearch",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["document"], name="organization_search_document"
            ),
        ),
        migrations.AddIndex(
            model_name="organizationsearch",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["compact"],
                name="organization_compact_trgm",
                opclasses=["gin_trgm_ops"],
            ),
        ),
        migrations.AddIndex(
            model_name="servicesearch",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["document"], name="service_search_document"
            ),
        ),
        migrations.AddIndex(
            model_name="servicesearch",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["compact"],
                name="service_search_compact_trgm",
                opclasses=["gin_trgm_ops"],
            ),
        ),
        migrations.RunSQL(CREATE_TRIGGERS, DROP_TRIGGERS),
    ]
