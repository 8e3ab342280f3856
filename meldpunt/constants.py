"""Kinds, channels and statuses of meldpunt reports."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportKind(models.TextChoices):
    QUESTION = "question", _("Ik heb een vraag")
    CONCERN = "concern", _("Ik maak me zorgen om iemand")
    SUGGESTION = "suggestion", _("Ik heb een idee of suggestie")


class ReportChannel(models.TextChoices):
    WEB = "web", _("website")
    PHONE = "phone", _("telefoon")
    PROFESSIONAL = "professional", _("professional namens iemand")


class ReportStatus(models.TextChoices):
    NEW = "new", _("nieuw")
    TRIAGE = "triage", _("in behandeling")
    WAITING_FOR_REPORTER = "waiting-for-reporter", _("wacht op melder")
    REFERRED = "referred", _("doorverwezen")
    IN_CONTACT = "in-contact", _("in contact")
    CLOSED = "closed", _("afgesloten")
    CANCELLED = "cancelled", _("geannuleerd")
    REOPENED = "reopened", _("heropend")


# Crockford-style alphabet without the look-alikes 0/O, 1/I/L and U, so a
# reference can be read out over the phone without confusion.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
REFERENCE_LENGTH = 8
