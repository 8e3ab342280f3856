"""The sociale kaart's search form and filters (django-filter), all in the URL.

One form serves the list, the map and ``kaart.geojson``: the same parameters
give the same set. ``ServiceFilter`` filters offers; ``organizations_matching``
applies the filters that make sense for organisations.
"""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from lansingerland.constants import Kern
from lansingerland.filtering import PlainFilterSet, WholeNumberFilter

from . import search
from .constants import Accessibility, Weekday
from .geocoding import GeocoderUnavailable
from .models import (
    Location,
    Organization,
    Service,
    ServiceSchedule,
    TargetGroup,
    Theme,
)
from .services import place_resolve

DISTANCES = [("1", _("1 km")), ("2", _("2 km")), ("5", _("5 km")), ("10", _("10 km"))]
WHEN = [
    ("nu", _("nu open")),
    ("vandaag", _("vandaag")),
    ("deze-week", _("deze week")),
]
WHEN_KEYS = {"nu": "now", "vandaag": "today", "deze-week": "week"}
#: Filters that only offers have; with one of them set, organisations are shown
#: only when one of their offers matches.
SERVICE_ONLY = ("doelgroep", "leeftijd", "gratis", "dag", "wanneer")


class SearchForm(forms.Form):
    """Validates what the visitor typed; resolves "bij" to a point once (cached)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            checks = forms.CheckboxSelectMultiple | forms.RadioSelect
            if isinstance(widget, checks | forms.CheckboxInput):
                widget.attrs["class"] = "form-check-input"
            elif isinstance(widget, forms.Select):
                widget.attrs["class"] = "form-select"
            else:
                widget.attrs["class"] = "form-control"

    def clean(self):
        cleaned = super().clean()
        typed = (cleaned.get("bij") or "").strip()
        self.near_place = None
        if typed:
            try:
                place = place_resolve(text=typed)
            except GeocoderUnavailable:
                self.add_error(
                    "bij",
                    _(
                        "Het opzoeken van adressen werkt nu even niet. Kies een kern "
                        "(bijvoorbeeld Bleiswijk) of probeer het later opnieuw."
                    ),
                )
                return cleaned
            if place is None:
                self.add_error(
                    "bij",
                    _(
                        "Deze plek konden wij niet vinden in Lansingerland. "
                        "Probeer een postcode (2665 AB) of een straat met huisnummer."
                    ),
                )
            else:
                self.near_place = place
        return cleaned


def _multiple(model, label):
    return django_filters.ModelMultipleChoiceFilter(
        label=label,
        queryset=model.objects.all(),
        to_field_name="slug",
        widget=forms.CheckboxSelectMultiple,
        method="filter_terms",
    )


class ServiceFilter(PlainFilterSet):
    """Filters for offers; parameter names are the Dutch words in the URL.

    A wrong value (an edited URL, an old link) gets a plain message from
    ``PlainFilterSet``; the age has its own text here.
    """

    field_messages = {
        "leeftijd": _("Vul een leeftijd in van 0 tot en met 120 jaar."),
    }

    q = django_filters.CharFilter(
        label=_("Zoek op woord"), method="filter_text", max_length=200
    )
    thema = _multiple(Theme, _("Thema"))
    doelgroep = _multiple(TargetGroup, _("Voor wie"))
    kern = django_filters.MultipleChoiceFilter(
        label=_("Woonplaats"),
        choices=Kern.choices,
        widget=forms.CheckboxSelectMultiple,
        method="filter_kern",
    )
    leeftijd = WholeNumberFilter(
        label=_("Leeftijd"),
        method="filter_age",
        min_value=0,
        max_value=120,
        step_size=1,
    )
    gratis = django_filters.BooleanFilter(
        label=_("Alleen gratis"), widget=forms.CheckboxInput, method="filter_free"
    )
    toegankelijk = django_filters.MultipleChoiceFilter(
        label=_("Toegankelijkheid"),
        choices=Accessibility.choices,
        widget=forms.CheckboxSelectMultiple,
        method="filter_access",
    )
    dag = django_filters.TypedMultipleChoiceFilter(
        label=_("Dag"),
        choices=Weekday.choices,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        method="filter_day",
    )
    wanneer = django_filters.ChoiceFilter(
        label=_("Wanneer"),
        choices=WHEN,
        empty_label=_("altijd"),
        widget=forms.RadioSelect,
        method="filter_when",
    )
    bij = django_filters.CharFilter(
        label=_("In de buurt van (postcode of adres)"),
        method="filter_nothing",
        max_length=120,
    )
    afstand = django_filters.ChoiceFilter(
        label=_("Afstand"),
        choices=DISTANCES,
        empty_label=None,
        method="filter_nothing",
    )

    kind = "service"
    locations_path = "services"

    class Meta:
        model = Service
        fields: list[str] = []
        form = SearchForm

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and not data.get("afstand"):
            data = data.copy()
            data["afstand"] = "2"
        super().__init__(data, *args, **kwargs)

    def filter_text(self, queryset, name, value):
        """Full-text match, best first (unless sorted by distance)."""
        return search.text_search(queryset, value, kind=self.kind).order_by(
            "-rank", "name"
        )

    def filter_terms(self, queryset, name, value):
        """Any of the chosen taxonomy terms."""
        if not value:
            return queryset
        field = "themes" if name == "thema" else "target_groups"
        return queryset.filter(
            pk__in=Service.objects.filter(**{f"{field}__in": value}).values("pk")
        )

    def _locations(self) -> QuerySet:
        return Location.objects.filter(**{self.locations_path: OuterRef("pk")})

    def filter_kern(self, queryset, name, value):
        """In one of the chosen kernen, or working in all of Lansingerland (a
        location without a kern), which serves every kern too."""
        if not value:
            return queryset
        return queryset.filter(
            Exists(self._locations().filter(Q(kern__in=value) | Q(kern="")))
        )

    def filter_access(self, queryset, name, value):
        """One location that has every chosen feature."""
        if not value:
            return queryset
        return queryset.filter(
            Exists(self._locations().filter(**dict.fromkeys(value, True)))
        )

    def filter_age(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(
            Q(min_age__isnull=True) | Q(min_age__lte=value),
            Q(max_age__isnull=True) | Q(max_age__gte=value),
        )

    def filter_free(self, queryset, name, value):
        return queryset.filter(is_free=True) if value else queryset

    def filter_day(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(
            Exists(
                ServiceSchedule.objects.filter(
                    service=OuterRef("pk"), weekday__in=value
                )
            )
        )

    def filter_when(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(search.open_filter(WHEN_KEYS[value]))

    def filter_nothing(self, queryset, name, value):
        """Handled together in ``filter_queryset`` (near needs both fields)."""
        return queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        place = getattr(self.form, "near_place", None)
        if place is not None:
            km = float(self.form.cleaned_data.get("afstand") or 2)
            queryset = search.near(
                queryset, place.point, km, locations_path=self.locations_path
            )
        return queryset

    @property
    def near_place(self):
        """The resolved "bij" place, or None."""
        return getattr(self.form, "near_place", None)

    @property
    def service_only_active(self) -> bool:
        """True when a filter that only offers have is set."""
        cleaned = getattr(self.form, "cleaned_data", {})
        if cleaned.get("leeftijd") is not None:
            return True
        return any(bool(cleaned.get(name)) for name in SERVICE_ONLY)


class OrganizationFilter(ServiceFilter):
    """The same form applied to organisations (their own text and locations)."""

    kind = "organization"
    locations_path = "organization"

    class Meta:
        model = Organization
        fields: list[str] = []
        form = SearchForm

    def filter_terms(self, queryset, name, value):
        if name == "thema" and value:
            offering = Service.objects.filter(themes__in=value).values("organization")
            return queryset.filter(
                Q(pk__in=Organization.objects.filter(themes__in=value).values("pk"))
                | Q(pk__in=offering)
            )
        return queryset

    def filter_age(self, queryset, name, value):
        return queryset

    filter_free = filter_day = filter_when = filter_age
