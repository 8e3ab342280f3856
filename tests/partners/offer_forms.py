"""POST data of the partner's offer form, as a browser without JavaScript sends it."""

from sociale_kaart.models import Service

SCHEDULES = "openingstijden"
CLOSURES = "sluitingen"


def offer_post(service: Service | None = None, **changes) -> dict:
    """The form as it is shown for ``service`` (or empty for a new offer), with
    ``changes`` on top, sent with "Opslaan"."""
    data = {
        "name": "",
        "description": "",
        "locations": [],
        "themes": [],
        "target_groups": [],
        "min_age": "",
        "max_age": "",
        "cost_description": "",
        "how_to_join": "",
        "email": "",
        "phone": "",
        "status": "active",
        "save": "1",
    }
    schedules, closures = [], []
    if service is not None:
        data.update(
            name=service.name,
            description=service.description,
            locations=[
                str(pk) for pk in service.locations.values_list("pk", flat=True)
            ],
            themes=[str(pk) for pk in service.themes.values_list("pk", flat=True)],
            target_groups=[
                str(pk) for pk in service.target_groups.values_list("pk", flat=True)
            ],
            min_age=service.min_age if service.min_age is not None else "",
            max_age=service.max_age if service.max_age is not None else "",
            cost_description=service.cost_description,
            how_to_join=service.how_to_join,
            email=service.email,
            phone=service.phone,
            status=service.status,
        )
        if service.is_free:
            data["is_free"] = "on"
        schedules = [
            {
                "id": s.pk,
                "weekday": s.weekday,
                "opens_at": f"{s.opens_at:%H:%M}",
                "closes_at": f"{s.closes_at:%H:%M}",
            }
            for s in service.schedules.all()
        ]
        closures = [
            {
                "id": c.pk,
                "start_date": c.start_date.isoformat(),
                "end_date": c.end_date.isoformat(),
                "reason": c.reason,
            }
            for c in service.closures.all()
        ]
    for prefix, rows in ((SCHEDULES, schedules), (CLOSURES, closures)):
        data[f"{prefix}-TOTAL_FORMS"] = str(len(rows))
        data[f"{prefix}-INITIAL_FORMS"] = str(len(rows))
        for index, row in enumerate(rows):
            for key, value in row.items():
                data[f"{prefix}-{index}-{key}"] = value
    data.update(changes)
    return data


def add_row(data: dict, prefix: str, **fields) -> dict:
    """A filled-in extra row of the formset ``prefix`` (openingstijden/sluitingen)."""
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = str(index + 1)
    for key, value in fields.items():
        data[f"{prefix}-{index}-{key}"] = value
    return data
