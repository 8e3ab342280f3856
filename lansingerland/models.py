"""Site-wide content that coordinators edit in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .constants import SiteTextSlug
from .sanitizing import sanitize_page_html


class SiteText(models.Model):
    """Sitetekst: the editable text of a public page, one row per page.

    The page's heading stays in the template; ``body`` is HTML limited to
    paragraphs, subheadings, lists, emphasis and links (cleaned on save and
    again when shown). The rows are created by a data migration.
    """

    slug = models.CharField(
        _("pagina"), max_length=40, choices=SiteTextSlug.choices, unique=True
    )
    body = models.TextField(
        _("tekst"),
        help_text=_(
            "Opmaak in HTML: alinea's (p), tussenkopjes (h2, h3), lijsten (ul, "
            "ol, li), vet (strong), cursief (em) en links (a href). Andere "
            "opmaak en scripts worden bij het opslaan weggehaald."
        ),
    )
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("tekst op de website")
        verbose_name_plural = _("teksten op de website")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.get_slug_display()

    def save(self, *args, **kwargs) -> None:
        self.body = sanitize_page_html(self.body)
        super().save(*args, **kwargs)


class ThrottleCount(models.Model):
    """Teller: how often one client address or target did one thing in one
    fixed window (``lansingerland.throttle``).

    A table of its own, so no cache traffic (page cache, places) can evict a
    count; rows older than a day are deleted as new ones arrive.
    """

    scope = models.CharField(max_length=40)
    key = models.CharField(max_length=128)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("teller")
        verbose_name_plural = _("tellers")
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "key", "window_start"], name="throttle_count_unique"
            )
        ]
        indexes = [models.Index(fields=["window_start"])]

    def __str__(self) -> str:
        return f"{self.scope} {self.window_start:%Y-%m-%d %H:%M}: {self.count}"
