"""Kinds, channels, statuses and other fixed choices of meldpunt reports."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportKind(models.TextChoices):
    QUESTION = "question", _("Ik heb een vraag")
    CONCERN = "concern", _("Ik maak me zorgen om iemand")
    SUGGESTION = "suggestion", _("Ik heb een idee of suggestie")
    OFFER = "offer", _("Ik wil helpen")


class CallbackDaypart(models.TextChoices):
    """When a reporter who asked to be called back prefers the call."""

    MORNING = "morning", _("'s ochtends")
    AFTERNOON = "afternoon", _("'s middags")
    EVENING = "evening", _("'s avonds")


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


class ReportOutcome(models.TextChoices):
    """How a closed report ended."""

    HELP_ACCEPTED = "help-accepted", _("hulp aangenomen")
    HELP_DECLINED = "help-declined", _("hulp afgewezen")
    UNREACHABLE = "unreachable", _("niet bereikbaar")
    ALREADY_KNOWN = "already-known", _("al bekend")
    OTHER = "other", _("anders")


class CancelReason(models.TextChoices):
    """Why a report was cancelled rather than handled."""

    DUPLICATE = "duplicate", _("dubbele melding")
    SPAM = "spam", _("spam")
    NOT_ABOUT_LONELINESS = "not-about-loneliness", _("gaat niet over eenzaamheid")
    WITHDRAWN = "withdrawn", _("ingetrokken door melder")


class ReferralStatus(models.TextChoices):
    PENDING = "pending", _("wacht op antwoord")
    ACCEPTED = "accepted", _("aangenomen")
    DECLINED = "declined", _("afgewezen")
    COMPLETED = "completed", _("afgerond")
    WITHDRAWN = "withdrawn", _("ingetrokken")


class NoteKind(models.TextChoices):
    INTERNAL = "internal", _("interne notitie")
    SYSTEM = "system", _("systeem")


class ConcernSign(models.TextChoices):
    """Common signs a neighbour or relative may notice (short list on the form)."""

    RARELY_OUTSIDE = "rarely-outside", _("komt weinig of nooit buiten")
    FEW_VISITORS = "few-visitors", _("krijgt weinig of geen bezoek")
    RECENT_LOSS = "recent-loss", _("heeft kort geleden iemand verloren")
    NEGLECT = "neglect", _("huis of verzorging gaat achteruit")
    LOW_MOOD = "low-mood", _("lijkt somber of teruggetrokken")
    SAYS_LONELY = "says-lonely", _("zegt zelf zich alleen te voelen")


class KnowsAboutReport(models.TextChoices):
    YES = "yes", _("ja")
    NO = "no", _("nee")
    UNKNOWN = "unknown", _("weet ik niet")


# Crockford-style alphabet without the look-alikes 0/O, 1/I/L and U, so a
# reference can be read out over the phone without confusion.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
REFERENCE_LENGTH = 8

# Statuses in which a report still waits for first contact or follow-up.
OPEN_STATUSES = (
    ReportStatus.NEW,
    ReportStatus.TRIAGE,
    ReportStatus.WAITING_FOR_REPORTER,
    ReportStatus.REFERRED,
    ReportStatus.IN_CONTACT,
    ReportStatus.REOPENED,
)
FINISHED_STATUSES = (ReportStatus.CLOSED, ReportStatus.CANCELLED)
