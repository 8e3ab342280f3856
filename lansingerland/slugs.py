"""Slugs for new rows: one rule for organisations, offers and activities."""

from django.db import models
from django.utils.text import slugify


def unique_slug(
    model: type[models.Model], text: str, *, fallback: str, max_length: int = 200
) -> str:
    """A slug from ``text`` that no row of ``model`` has yet.

    ``slugify`` of the text (accents dropped: ``café-élan`` → ``cafe-elan``),
    or ``fallback`` when nothing is left; when taken, ``-2``, ``-3``, … is
    added. The result fits ``max_length`` (the field's length), suffix
    included. Looks at ``model.slug``; a race between two saves is left to
    the field's unique constraint.
    """
    base = slugify(text)[: max_length - 10].strip("-") or fallback
    slug, counter = base, 2
    while model._default_manager.filter(slug=slug).exists():
        slug, counter = f"{base}-{counter}", counter + 1
    return slug
