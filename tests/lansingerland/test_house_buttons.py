"""Every button wears the house style (green, see site.css), never Bootstrap's
blue or its own green: the partner's "In de campagne zetten" included."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from partners.models import Membership

pytestmark = pytest.mark.django_db

#: The button classes site.css gives the house look (plus size and link).
HOUSE_BUTTONS = {"btn-primary", "btn-outline-primary", "btn-outline-danger"}
NEUTRAL = {"btn-sm", "btn-lg", "btn-link"}


def test_templates_use_only_the_house_buttons():
    off_style = {
        f"{path.relative_to(settings.BASE_DIR)}: {name}"
        for path in Path(settings.BASE_DIR, "templates").rglob("*.html")
        for name in re.findall(r"\bbtn-[a-z-]+", path.read_text(encoding="utf-8"))
        if name not in HOUSE_BUTTONS | NEUTRAL
    }
    assert off_style == set()


def test_site_css_makes_the_house_buttons_green():
    css = Path(settings.BASE_DIR, "static", "lansingerland", "site.css").read_text()
    for name in ("btn-primary", "btn-outline-primary"):
        rule = re.search(rf"\.{name} \{{([^}}]*)\}}", css)
        assert rule and "var(--saz-green)" in rule[1], name


def test_feature_an_offer_button_is_the_main_green_button(partner_client, partner):
    organization = Membership.objects.get(user=partner).organization
    html = partner_client.get(
        f"/partner/organisatie/{organization.pk}/activiteiten/"
    ).content.decode()
    assert re.search(
        r'<button type="submit" class="btn btn-primary">\s*In de campagne zetten', html
    )
