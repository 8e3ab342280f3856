"""iCalendar feeds of a campaign, an organisation and one activity.

Each answer carries an ETag (a hash of the body) and Last-Modified (the last
change to any activity, deletions included), and answers a conditional GET
with 304 Not Modified; any origin may read it (CORS). See ``feeds`` for the
calendar's shape.
"""

import hashlib

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from sociale_kaart.models import Organization

from . import selectors
from .feeds import occurrences_calendar
from .models import Activity, Campaign


def _ics_response(request, content: bytes, filename: str) -> HttpResponse:
    etag = quote_etag(hashlib.sha256(content).hexdigest()[:32])
    changed = selectors.activities_last_change()
    last_modified = int(changed.timestamp()) if changed else None
    not_modified = get_conditional_response(
        request, etag=etag, last_modified=last_modified
    )
    response = not_modified or HttpResponse(
        content, content_type="text/calendar; charset=utf-8"
    )
    response["ETag"] = etag
    if last_modified:
        response["Last-Modified"] = http_date(last_modified)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=900"
    return response


@require_safe
def campaign_ics(request, slug: str):
    """iCalendar feed of a campaign: its activities' dates on its own days."""
    campaign = get_object_or_404(Campaign, slug=slug)
    content = occurrences_calendar(
        occurrences=selectors.campaign_feed_occurrences(campaign=campaign),
        name=campaign.title,
        absolute_url=request.build_absolute_uri,
    )
    return _ics_response(request, content, f"{campaign.slug}.ics")


@require_safe
def organization_ics(request, slug: str):
    """iCalendar feed of every date of the activities an organisation organises."""
    organization = get_object_or_404(Organization.objects.published(), slug=slug)
    content = occurrences_calendar(
        occurrences=selectors.feed_occurrences().filter(
            activity__organizations=organization
        ),
        name=_("Activiteiten van %(name)s") % {"name": organization.name},
        absolute_url=request.build_absolute_uri,
    )
    return _ics_response(request, content, f"{organization.slug}.ics")


@require_safe
def activity_ics(request, slug: str):
    """Every date of one activity as a calendar file ("add to calendar")."""
    activity = get_object_or_404(Activity, slug=slug)
    content = occurrences_calendar(
        occurrences=selectors.feed_occurrences().filter(activity=activity),
        name=activity.title,
        absolute_url=request.build_absolute_uri,
    )
    return _ics_response(request, content, f"{slugify(activity.slug)}.ics")
