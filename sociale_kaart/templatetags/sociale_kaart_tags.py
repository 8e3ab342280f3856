"""Template helpers of the sociale kaart."""

import json

from django import template
from django.urls import reverse
from django.utils.html import _json_script_escapes, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from lansingerland.page_cache import rendering_with_holes

from ..shortlist import shortlist_ids
from ..verification import VerificationState, organization_verification_state

register = template.Library()


@register.filter
def ld_json(value: dict) -> str:
    """``value`` as JSON safe inside ``<script type="application/ld+json">``.

    ``<``, ``>`` and ``&`` are escaped as json_script does, so no text in it
    can close the script element.
    """
    text = json.dumps(value, ensure_ascii=False).translate(_json_script_escapes)
    return mark_safe(text)  # noqa: S308 (escaped above)


@register.simple_tag
def choice_input(choice) -> SafeString:
    """The ``<input>`` of one radio button or checkbox of a form field (a
    ``BoundWidget`` from ``{% for choice in field %}``), the same HTML as
    Django's ``input_option.html`` without rendering three templates per
    choice: the search form has some 65 of them on every sociale kaart page."""
    data = choice.data
    parts = [format_html('<input type="{}" name="{}"', data["type"], data["name"])]
    if data["value"] is not None:
        parts.append(format_html(' value="{}"', str(data["value"])))
    for name, value in data["attrs"].items():
        if value is True:
            parts.append(format_html(" {}", name))
        elif value is not False:
            parts.append(format_html(' {}="{}"', name, str(value)))
    parts.append(">")
    return mark_safe("".join(parts))  # noqa: S308 (each part escaped above)


@register.simple_tag(takes_context=True)
def shortlist_button(context, service) -> SafeString:
    """The form that puts ``service`` on the visitor's bewaarlijst or takes it
    off, with a link to the list when it is on it. While the page is rendered
    for the page cache both forms are written, each between markers that
    ``shortlist.fill_shortlist_holes`` reads. Written here rather than in a
    template: a list page has 20 of them, twice."""
    request = context["request"]
    # Reversed once per page, not for each of its buttons.
    urls = context.render_context.get("shortlist_urls")
    if urls is None:
        urls = context.render_context["shortlist_urls"] = (
            reverse("sociale_kaart:shortlist_change"),
            reverse("sociale_kaart:shortlist_detail"),
        )
    if rendering_with_holes(request):
        variants = [True, False]
    else:
        variants = [service.pk in shortlist_ids(request.session)]
    token = context.get("csrf_token")
    csrf = (
        format_html(
            '<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token
        )
        if token and token != "NOTPROVIDED"  # noqa: S105 (Django: no token)
        else ""
    )
    hidden = format_html(
        '<input type="hidden" name="aanbod" value="{}">\n'
        '  <input type="hidden" name="volgende" value="{}">',
        service.pk,
        request.get_full_path(),
    )
    parts = []
    for saved in variants:
        if len(variants) > 1:
            parts.append(f"<!--bewaarlijst:{service.pk}:{'ja' if saved else 'nee'}-->")
        if saved:
            button = format_html(
                '<button type="submit" name="actie" value="verwijder" '
                'class="btn btn-outline-primary btn-sm">{}<span '
                'class="visually-hidden">: {}</span></button>\n'
                '    <a href="{}">{}</a>',
                gettext("Haal van bewaarlijst"),
                service.name,
                urls[1],
                gettext("Naar bewaarlijst"),
            )
        else:
            button = format_html(
                '<button type="submit" name="actie" value="bewaar" '
                'class="btn btn-outline-primary btn-sm">{}<span '
                'class="visually-hidden">: {}</span></button>',
                gettext("Bewaar"),
                service.name,
            )
        parts.append(
            format_html(
                '<form method="post" action="{}" class="shortlist-form no-print" '
                'id="bewaar-{}">\n'
                "  {}\n  {}\n    {}\n</form>",
                urls[0],
                service.pk,
                csrf,
                hidden,
                button,
            )
        )
    if len(variants) > 1:
        parts.append(f"<!--bewaarlijst:{service.pk}:einde-->")
    return mark_safe("".join(parts))  # noqa: S308 (markers hold only an id)


@register.simple_tag
def verification_state(organization) -> VerificationState:
    """``{% verification_state organization as state %}``: fresh, due,
    outdated or expired, for ``partners/includes/outdated_notice.html``."""
    return organization_verification_state(organization)
