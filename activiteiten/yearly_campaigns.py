"""The coalition's year by itself: the three yearly campaigns, made by their rules.

- Week tegen Eenzaamheid: the national week, from the last Thursday of
  September for seven days (dates before 2023 come from the project's list of
  national dates, ``data/week-tegen-eenzaamheid.json``);
- December: the whole month;
- Summer: the period coordinators set once (``SummerPeriod``), by default
  1 July to 31 August.

Every campaign a rule makes is marked "bij benadering" until a coordinator
confirms it, and is recorded in ``CampaignRuleRecord`` (rule + year). A rule
never changes a campaign that exists, and never makes again a year it
recorded: a campaign a coordinator moved stays where it was put, one a
coordinator deleted stays deleted (the record remains as a tombstone).
"""

import datetime
import json
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from lansingerland.loading import LoadResult
from lansingerland.slugs import unique_slug

from .constants import CampaignKind
from .models import Campaign, CampaignRuleRecord, SummerPeriod

WEEKS_PATH = Path(__file__).resolve().parent / "data" / "week-tegen-eenzaamheid.json"

# Since 2023 the week runs from the last Thursday of September for seven days.
_WEEK_LENGTH = datetime.timedelta(days=6)

_SLUG_PREFIX = {
    CampaignKind.WEEK_AGAINST_LONELINESS: "week-tegen-eenzaamheid",
    CampaignKind.DECEMBER: "december",
    CampaignKind.SUMMER: "zomer",
}


def last_thursday_of_september(year: int) -> datetime.date:
    """The local date on which the national Week tegen Eenzaamheid starts."""
    last = datetime.date(year, 9, 30)
    return last - datetime.timedelta(days=(last.isoweekday() - 4) % 7)


def rule_dates(
    *, kind: str, year: int, summer: SummerPeriod | None = None
) -> tuple[datetime.date, datetime.date]:
    """First and last day (local dates, inclusive) the rule of ``kind`` gives
    for ``year``. ``summer`` is the coordinators' period (default July–August).
    Raises ValueError for a kind without a rule."""
    if kind == CampaignKind.WEEK_AGAINST_LONELINESS:
        start = last_thursday_of_september(year)
        return start, start + _WEEK_LENGTH
    if kind == CampaignKind.DECEMBER:
        return datetime.date(year, 12, 1), datetime.date(year, 12, 31)
    if kind == CampaignKind.SUMMER:
        return (summer or SummerPeriod()).dates(year)
    raise ValueError(f"no yearly rule for campaign kind {kind!r}")


def _title(kind: str, year: int) -> str:
    titles = {
        CampaignKind.WEEK_AGAINST_LONELINESS: _("Week tegen Eenzaamheid %(year)s"),
        CampaignKind.DECEMBER: _("December %(year)s"),
        CampaignKind.SUMMER: _("Zomer %(year)s"),
    }
    return titles[kind] % {"year": year}


def _intro(kind: str) -> str:
    intros = {
        CampaignKind.WEEK_AGAINST_LONELINESS: _(
            "In de landelijke Week tegen Eenzaamheid (thema: Kom erbij) "
            "organiseren de partners van Samen aan zet activiteiten waar "
            "iedereen welkom is."
        ),
        CampaignKind.DECEMBER: _(
            "In december organiseren de partners van Samen aan zet activiteiten "
            "waar iedereen welkom is."
        ),
        CampaignKind.SUMMER: _(
            "In de zomer organiseren de partners van Samen aan zet activiteiten "
            "waar iedereen welkom is."
        ),
    }
    return intros[kind]


def _make(
    *,
    kind: str,
    year: int,
    start: datetime.date,
    end: datetime.date,
    approximate: bool,
) -> Campaign:
    key = f"{_SLUG_PREFIX[kind]}-{year}"
    campaign = Campaign(
        kind=kind,
        year=year,
        title=_title(kind, year),
        slug=unique_slug(Campaign, key, fallback=key),
        start_date=start,
        end_date=end,
        dates_are_approximate=approximate,
        intro=_intro(kind),
        source_key=key,
    )
    campaign.full_clean()
    campaign.save()
    return campaign


def _recorded(kind: str, year: int) -> bool:
    """True when the rule already made (or adopted) ``year``; adopts a campaign
    of that kind and year a coordinator or an earlier load made."""
    if CampaignRuleRecord.objects.filter(rule=kind, year=year).exists():
        return True
    key = f"{_SLUG_PREFIX[kind]}-{year}"
    existing = (
        Campaign.objects.filter(source_key=key).first()
        or Campaign.objects.filter(kind=kind, year=year).order_by("pk").first()
    )
    if existing is None:
        return False
    CampaignRuleRecord.objects.create(rule=kind, year=year, campaign=existing)
    return True


@transaction.atomic
def campaigns_load_week_against_loneliness(*, path: Path = WEEKS_PATH) -> LoadResult:
    """Create a campaign for each known Week tegen Eenzaamheid not yet made.

    ``path`` is the project's copy of the national dates (JSON: ``weeks`` with
    year, start, end (ISO dates or null), approximate). A year made before is
    left exactly as a coordinator last saved it, or left out when a
    coordinator deleted it. A missing end date is derived as start + 6 days
    and the campaign stays marked approximate.

    Raises OSError when the file can't be read, ValueError when it is malformed.
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    created = unchanged = 0
    kind = CampaignKind.WEEK_AGAINST_LONELINESS
    for week in data["weeks"]:
        year = week["year"]
        if _recorded(kind, year):
            unchanged += 1
            continue
        start = datetime.date.fromisoformat(week["start"])
        end = (
            datetime.date.fromisoformat(week["end"])
            if week.get("end")
            else start + _WEEK_LENGTH
        )
        campaign = _make(
            kind=kind,
            year=year,
            start=start,
            end=end,
            approximate=bool(week.get("approximate")) or not week.get("end"),
        )
        CampaignRuleRecord.objects.create(rule=kind, year=year, campaign=campaign)
        created += 1
    return LoadResult(created=created, unchanged=unchanged)


@transaction.atomic
def campaigns_keep_yearly(*, today: datetime.date) -> LoadResult:
    """Make sure the three yearly campaigns of ``today``'s year and the next exist.

    ``today`` is a local date (Europe/Amsterdam). For each rule and year not
    recorded yet, a campaign is made with the rule's dates, marked "bij
    benadering", unless those dates are already over (a campaign can't be
    announced after the fact). Campaigns that exist are never changed; a
    recorded year is never made again. Safe to repeat (a daily job).
    Returns how many campaigns were made and how many rule-years were there.
    """
    summer = SummerPeriod.objects.filter(pk=1).first()
    created = unchanged = 0
    for year in (today.year, today.year + 1):
        for kind in _SLUG_PREFIX:
            if _recorded(kind, year):
                unchanged += 1
                continue
            start, end = rule_dates(kind=kind, year=year, summer=summer)
            if end < today:
                continue
            campaign = _make(
                kind=kind, year=year, start=start, end=end, approximate=True
            )
            CampaignRuleRecord.objects.create(rule=kind, year=year, campaign=campaign)
            created += 1
    return LoadResult(created=created, unchanged=unchanged)
