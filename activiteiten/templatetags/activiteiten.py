"""Template tags of the activiteiten app: what happens this week (home page)
and the webcal: addresses of the feeds."""

import datetime

from django import template
from django.urls import reverse
from django.utils import timezone

from lansingerland.constants import Kern

from ..models.activity import organizer_pairs
from ..selectors import occurrences_between

register = template.Library()

THIS_WEEK_LIMIT = 8


@register.inclusion_tag("activiteiten/includes/this_week.html")
def activiteiten_this_week(limit: int = THIS_WEEK_LIMIT) -> dict:
    """What happens today and in the six days after (local dates), at most ``limit``.

    Two queries (dates with activity and location, organisers), whatever the data.
    """
    today = timezone.localdate()
    occurrences = occurrences_between(
        first=today, last=today + datetime.timedelta(days=6)
    )[:limit]
    return {"occurrences": occurrences}


@register.simple_tag(takes_context=True)
def webcal_url(context, view_name: str, *args) -> str:
    """The ``webcal:`` address of a feed (``webcal://host/.../agenda.ics``), which
    a calendar program subscribes to and keeps current, unlike a download."""
    url = context["request"].build_absolute_uri(reverse(view_name, args=args))
    return "webcal:" + url.split(":", 1)[1]


@register.inclusion_tag("activiteiten/includes/week_sheet_links.html")
def activiteiten_week_sheet_links() -> dict:
    """Links to the "Deze week" poster of each kern (no query)."""
    return {"kernen": list(Kern)}


@register.simple_tag
def activity_organizers(activity, organizations) -> list:
    """``{% activity_organizers activity organizations as organizers %}``: the
    (name, organisation or None) pairs of ``organizer_pairs``, also for an
    unsaved activity (the partner's preview) with its chosen organisations."""
    return organizer_pairs(activity.organizer_name, organizations)
