"""Zoekdocumenten: the stored search text of offers and organisations.

One row per offer or organisation, written only by database triggers (migration
``0012_stored_search_documents``) whenever the name, description, how to join or
the organisation's name change, so every write path (admin, partner area,
imports, SQL) keeps it current. Kept in a table of its own so the documents stay
out of the versions history.

- ``document``: weighted ``tsvector`` in the ``dutch_unaccent`` configuration.
  Offer: name (A), organisation name (B), description and how to join (C).
  Organisation: name (A), description (C).
- ``compact``: name, organisation name and description lower-cased, accents
  removed, letters and digits only (``koffieochtend``), for compound words the
  stemmer does not split.

Every GIN index of the search is built with ``fastupdate`` off: a write goes
into the index at once instead of into a pending list that each search must
scan until autovacuum merges it. After a bulk import of 10,000 offers that list
made one full-text lookup take 3 ms instead of 0.03 ms; the few writes of the
sociale kaart cost a little more instead.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models

from .organizations import Organization
from .services import Service


class ServiceSearch(models.Model):
    """Zoekdocument of an offer (see the module docstring)."""

    service = models.OneToOneField(
        Service, on_delete=models.CASCADE, primary_key=True, related_name="search"
    )
    document = SearchVectorField()
    compact = models.TextField()

    class Meta:
        indexes = [
            GinIndex(
                fields=["document"],
                name="service_search_document",
                fastupdate=False,
            ),
            GinIndex(
                fields=["compact"],
                name="service_search_compact_trgm",
                opclasses=["gin_trgm_ops"],
                fastupdate=False,
            ),
        ]

    def __str__(self) -> str:
        return str(self.service_id)


class OrganizationSearch(models.Model):
    """Zoekdocument of an organisation (see the module docstring)."""

    organization = models.OneToOneField(
        Organization, on_delete=models.CASCADE, primary_key=True, related_name="search"
    )
    document = SearchVectorField()
    compact = models.TextField()

    class Meta:
        indexes = [
            GinIndex(
                fields=["document"],
                name="organization_search_document",
                fastupdate=False,
            ),
            GinIndex(
                fields=["compact"],
                name="organization_compact_trgm",
                opclasses=["gin_trgm_ops"],
                fastupdate=False,
            ),
        ]

    def __str__(self) -> str:
        return str(self.organization_id)
