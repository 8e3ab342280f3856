"""schema.org descriptions (JSON-LD) of organisations and offers for search engines.

Built from the published record only; the template escapes the JSON with
``ld_json`` so no user text can break out of the script element. Only
properties schema.org defines for each type are used (``isAccessibleForFree``
is not one of Service: a free offer is an ``Offer`` with price 0). Times are
Europe/Amsterdam wall-clock times, dates ISO 8601 local dates.
"""

from django.utils import timezone

from lansingerland.plain_text import plain_text

from .models import Location, Organization, Service


def place_json_ld(location: Location) -> dict:
    """schema.org ``Place`` of ``location``: a name (Lansingerland at least),
    ``PostalAddress`` (NL) when it has a street, ``GeoCoordinates`` (WGS84, 6
    decimals) when it has a point. Also used for activities at a location
    (activiteiten)."""
    name = location.name or location.address or location.get_kern_display()
    place: dict = {"@type": "Place", "name": name or "Lansingerland"}
    if location.street:
        number = f"{location.house_number or ''}{location.house_letter}"
        if location.house_number_addition:
            number += f"-{location.house_number_addition}"
        place["address"] = {
            "@type": "PostalAddress",
            "streetAddress": f"{location.street} {number}".strip(),
            "postalCode": location.postcode,
            "addressLocality": location.place,
            "addressCountry": "NL",
        }
    if location.point is not None:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": round(location.point.y, 6),
            "longitude": round(location.point.x, 6),
        }
    return place


def organization_json_ld(organization: Organization, url: str) -> dict:
    """schema.org ``Organization``; ``url`` is the page's absolute URL."""
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": organization.name,
        "description": plain_text(organization.description),
        "url": organization.website or url,
        "location": [place_json_ld(loc) for loc in organization.locations.all()],
    }
    if organization.phone:
        data["telephone"] = organization.phone
    if organization.email:
        data["email"] = organization.email
    return data


def service_json_ld(service: Service, url: str) -> dict:
    """schema.org ``Service`` with provider, places, hours, audience and price.

    ``hoursAvailable`` holds the weekly periods and, for each upcoming closure,
    a specification closed all day (opens and closes 00:00) from ``validFrom``
    through ``validThrough``, as search engines read closed days.
    """
    hours = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{DAY_NAMES[s.weekday]}",
            "opens": f"{s.opens_at:%H:%M}",
            "closes": f"{s.closes_at:%H:%M}",
        }
        for s in service.schedules.all()
    ] + [
        {
            "@type": "OpeningHoursSpecification",
            "opens": "00:00",
            "closes": "00:00",
            "validFrom": closure.start_date.isoformat(),
            "validThrough": closure.end_date.isoformat(),
        }
        for closure in service.upcoming_closures(timezone.localdate())
    ]
    data = {
        "@context": "https://schema.org",
        "@type": "Service",
        "name": service.name,
        "description": plain_text(service.description),
        "url": url,
        "provider": {"@type": "Organization", "name": service.organization.name},
        "areaServed": "Lansingerland",
        "availableChannel": [
            {"@type": "ServiceChannel", "serviceLocation": place_json_ld(loc)}
            for loc in service.locations.all()
        ],
        "hoursAvailable": hours,
    }
    if service.is_free:
        data["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "EUR"}
    elif service.cost_description:
        data["offers"] = {"@type": "Offer", "description": service.cost_description}
    audience = [g.name for g in service.target_groups.all()]
    if audience:
        data["audience"] = {"@type": "Audience", "audienceType": ", ".join(audience)}
    return data


DAY_NAMES = {
    1: "Monday",
    2: "Tuesday",
    3: "Wednesday",
    4: "Thursday",
    5: "Friday",
    6: "Saturday",
    7: "Sunday",
}
