"""What a resident types into the meldpunt form, as POST data for the tests."""

import secrets


def report_data(step: str = "send", **overrides) -> dict:
    data = {
        "kind": "concern",
        "message": "Mijn buurvrouw komt sinds de winter de deur niet meer uit.",
        "kern": "bleiswijk",
        "person_name": "Els Bakker",
        "person_address": "Dorpsstraat 1",
        "person_kern": "bleiswijk",
        "person_relation": "buurvrouw",
        "person_knows": "no",
        "signs": ["rarely-outside", "few-visitors"],
        "name": "Anna de Vries",
        "email": "Anna.deVries@Example.nl",
        "phone": "06-12345678",
        "privacy_consent": "on",
        "submission_token": secrets.token_urlsafe(24),
        "step": step,
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
