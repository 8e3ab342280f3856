"""Writes to the campaigns that read outside data."""

import datetime
import json
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from lansingerland.loading import LoadResult

from .constants import CampaignKind
from .models import Campaign

WEEKS_PATH = Path(__file__).resolve().parent / "data" / "week-tegen-eenzaamheid.json"

# Since 2023 the week runs from the last Thursday of September for seven days.
_WEEK_LENGTH = datetime.timedelta(days=6)


@transaction.atomic
def campaigns_load_week_against_loneliness(*, path: Path = WEEKS_PATH) -> LoadResult:
    """Create a campaign for each known Week tegen Eenzaamheid not yet there.

    ``path`` is the project's copy of the national dates (JSON: ``weeks`` with
    year, start, end (ISO dates or null), approximate). A year whose campaign
    exists is left exactly as a coordinator last saved it. A missing end date is
    derived as start + 6 days and the campaign stays marked approximate.

    Raises OSError when the file can't be read, ValueError when it is malformed.
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    created = unchanged = 0
    existing = set(
        Campaign.objects.exclude(source_key="").values_list("source_key", flat=True)
    )
    for week in data["weeks"]:
        key = f"week-tegen-eenzaamheid-{week['year']}"
        if key in existing:
            unchanged += 1
            continue
        start = datetime.date.fromisoformat(week["start"])
        end = (
            datetime.date.fromisoformat(week["end"])
            if week.get("end")
            else start + _WEEK_LENGTH
        )
        campaign = Campaign(
            kind=CampaignKind.WEEK_AGAINST_LONELINESS,
            year=week["year"],
            title=_("Week tegen Eenzaamheid %(year)s") % {"year": week["year"]},
            slug=key,
            start_date=start,
            end_date=end,
            dates_are_approximate=bool(week.get("approximate")) or not week.get("end"),
            intro=_(
                "In de landelijke Week tegen Eenzaamheid (thema: Kom erbij) "
                "organiseren de partners van Samen aan zet activiteiten waar "
                "iedereen welkom is."
            ),
            source_key=key,
        )
        campaign.full_clean()
        campaign.save()
        created += 1
    return LoadResult(created=created, unchanged=unchanged)
