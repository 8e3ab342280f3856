"""Helpers of the partner activity tests: form data, URLs, the public views."""

import datetime

from django.test import Client

TITLE = "Kom erbij: spelletjesmiddag"


def _day(week, offset=1):
    return week.start_date + datetime.timedelta(days=offset)


def _data(organization, week, **changes):
    data = {
        "title": TITLE,
        "description": "Spelletjes en koffie.",
        "campaigns": [week.pk],
        "repeat": "once",
        "repeat_until": "",
        "start_date": _day(week).isoformat(),
        "start_time": "14:00",
        "end_time": "16:00",
        "location": organization.locations.first().pk,
        "address": "",
        "target_group": "everyone",
        "is_free": "on",
        "cost": "",
        "registration": "none",
        "registration_contact": "",
        "max_participants": "",
        "accessibility": "",
        "save": "1",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def _new_url(organization):
    return f"/partner/organisatie/{organization.pk}/activiteiten/nieuw/"


def _edit_url(organization, activity):
    return (
        f"/partner/organisatie/{organization.pk}/activiteiten/{activity.pk}/wijzigen/"
    )


def _public(week) -> dict[str, str]:
    """The programme, feed and print as a visitor gets them."""
    client = Client()
    url = week.get_absolute_url()
    return {
        "programme": client.get(url).content.decode(),
        "feed": client.get(f"{url}agenda.ics").content.decode(),
        "print": client.get(f"{url}afdrukken/").content.decode(),
    }


def _approve(coordinator_browser, change, action="approve"):
    return coordinator_browser.post(
        "/admin/partners/pendingchange/",
        {"action": action, "_selected_action": [change.pk]},
        follow=True,
    )
