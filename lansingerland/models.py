"""Site-wide content that coordinators edit in the admin."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .constants import SiteTextSlug
from .model_mixins import PlainLineBreaksMixin
from .sanitizing import sanitize_page_html
from .validators import normalize_phone


class SiteText(PlainLineBreaksMixin, models.Model):
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


def validate_phone(value: str) -> None:
    """Refuse a phone number :func:`~lansingerland.validators.normalize_phone`
    can't read (raises ValidationError with its Dutch message)."""
    normalize_phone(value)


class SiteContact(models.Model):
    """Contactgegevens: how residents reach the meldpunt by mail and by phone.

    One row (``pk`` 1), created by ``load_real_data`` with the coalition's
    public mailbox and ``settings.COALITION_PHONE``; coordinators change it in
    the admin. ``phone`` is kept as residents should read it (``010 123 45
    67``); an empty phone means the pages name only the mailbox.
    """

    email = models.EmailField(
        _("e-mailadres van het meldpunt"),
        help_text=_("Staat onder elke pagina en in elke mail."),
    )
    phone = models.CharField(
        _("telefoonnummer van het meldpunt"),
        max_length=30,
        blank=True,
        validators=[validate_phone],
        help_text=_(
            "Zoals inwoners het intikken, bijvoorbeeld 010 123 45 67. Leeg: de "
            "pagina's en mails noemen alleen het e-mailadres."
        ),
    )
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("contactgegevens van het meldpunt")
        verbose_name_plural = _("contactgegevens van het meldpunt")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(id=1), name="site_contact_one_row"
            )
        ]

    def __str__(self) -> str:
        return str(_("Contactgegevens van het meldpunt"))

    def save(self, *args, **kwargs) -> None:
        self.pk = 1
        super().save(*args, **kwargs)

    @property
    def phone_uri(self) -> str:
        """``tel:+31101234567`` for a link, or "" without a (valid) phone."""
        try:
            return "tel:" + normalize_phone(self.phone) if self.phone else ""
        except ValidationError:
            return ""


class RealDataTombstone(models.Model):
    """Verwijderd standaardgegeven: a record of the shipped real data (partner
    list, target groups) that a coordinator deleted; campaigns keep their own
    record per yearly rule (``activiteiten.CampaignRuleRecord``).

    ``manage.py load_real_data`` never creates a record again whose
    ``(dataset, key)`` is here; the key is the loader's own (``source_key``,
    a target group's slug).
    """

    dataset = models.CharField(_("gegevensset"), max_length=40)
    key = models.CharField(_("sleutel"), max_length=200)
    deleted_at = models.DateTimeField(_("verwijderd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("verwijderd standaardgegeven")
        verbose_name_plural = _("verwijderde standaardgegevens")
        constraints = [
            models.UniqueConstraint(
                fields=["dataset", "key"], name="real_data_tombstone_unique_key"
            )
        ]

    def __str__(self) -> str:
        return f"{self.dataset}: {self.key}"


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
