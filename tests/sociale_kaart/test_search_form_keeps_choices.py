"""The search form shows what the visitor chose: after searching, the chosen
filters are still ticked, each tick box has its label, and a wrong value in
an edited URL marks that group as wrong for a screen reader."""

from html.parser import HTMLParser

import pytest

from tests.sociale_kaart.factories import TargetGroupFactory, ThemeFactory

pytestmark = pytest.mark.django_db


class _Inputs(HTMLParser):
    """Collects the radio buttons and checkboxes, and the labels' ``for``."""

    def __init__(self):
        super().__init__()
        self.inputs: list[dict] = []
        self.labelled: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") in ("radio", "checkbox"):
            self.inputs.append(attrs)
        elif tag == "label" and attrs.get("for"):
            self.labelled.add(attrs["for"])


def _form(client, params) -> _Inputs:
    parser = _Inputs()
    parser.feed(client.get("/sociale-kaart/", params).content.decode())
    return parser


def _ticked(form: _Inputs, name: str) -> list[str]:
    return [i["value"] for i in form.inputs if i["name"] == name and "checked" in i]


def test_chosen_filters_stay_ticked_after_searching(client):
    ThemeFactory(name="bewegen", slug="bewegen")
    ThemeFactory(name="koken", slug="koken")
    TargetGroupFactory(name="ouderen", slug="ouderen")
    form = _form(
        client,
        {
            "thema": "koken",
            "doelgroep": "ouderen",
            "dag": ["1", "3"],
            "wanneer": "deze-week",
            "kern": "bleiswijk",
            "toegankelijk": "has_lift",
        },
    )
    assert _ticked(form, "thema") == ["koken"]
    assert _ticked(form, "doelgroep") == ["ouderen"]
    assert _ticked(form, "dag") == ["1", "3"]
    assert _ticked(form, "wanneer") == ["deze-week"]
    assert _ticked(form, "kern") == ["bleiswijk"]
    assert _ticked(form, "toegankelijk") == ["has_lift"]
    themes = [i for i in form.inputs if i["name"] == "thema"]
    assert [i["value"] for i in themes] == ["bewegen", "koken"]
    assert all(i["class"] == "form-check-input" for i in form.inputs)
    assert all(i["id"] in form.labelled for i in form.inputs)
    assert not any("aria-invalid" in i for i in form.inputs)


def test_without_choices_only_always_is_ticked(client):
    form = _form(client, {})
    assert [(i["name"], i["value"]) for i in form.inputs if "checked" in i] == [
        ("wanneer", "")
    ]


def test_a_wrong_value_marks_only_its_group(client):
    form = _form(client, {"dag": "9", "kern": "bleiswijk"})
    days = [i for i in form.inputs if i["name"] == "dag"]
    assert days and all(i.get("aria-invalid") == "true" for i in days)
    assert _ticked(form, "kern") == ["bleiswijk"]
    others = [i for i in form.inputs if i["name"] != "dag"]
    assert not any("aria-invalid" in i for i in others)
