"""The programme's filters (django-filter): plain GET forms that work without JS."""

import calendar
import datetime
import re

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from lansingerland.constants import Kern
from lansingerland.filtering import PlainFilterSet

from .constants import TargetGroup
from .models import Campaign

_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


class MonthField(forms.CharField):
    """``2026-11`` → ``date(2026, 11, 1)``; a clear Dutch message otherwise."""

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        match = _MONTH_RE.match(value.strip())
        if match:
            year, month = int(match.group(1)), int(match.group(2))
            if 1900 < year < 3000 and 1 <= month <= 12:
                return datetime.date(year, month, 1)
        raise ValidationError(
            _("Kies een maand uit de lijst."),
            code="invalid_month",
        )


def month_bounds(first: datetime.date) -> tuple[datetime.date, datetime.date]:
    """First and last local day of the month that starts on ``first``."""
    last_day = calendar.monthrange(first.year, first.month)[1]
    return first, first.replace(day=last_day)


class MonthFilter(django_filters.Filter):
    field_class = MonthField


class ProgrammeFilter(PlainFilterSet):
    """Filters on a campaign's occurrences.

    The window is the campaign's own dates, or the month in ``maand``
    (``2026-11``, chosen from ``months``: first days of the months the campaign
    spans); ``dag`` offers the days in that window on which something happens.
    Invalid values are reported on the form in plain Dutch (``PlainFilterSet``)
    and ignored, never an error page.
    """

    maand = MonthFilter(
        method="filter_nothing",
        label=_("Maand"),
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    dag = django_filters.ChoiceFilter(
        field_name="date",
        label=_("Dag"),
        empty_label=_("Alle dagen"),
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    kern = django_filters.ChoiceFilter(
        field_name="activity__kern",
        choices=Kern.choices,
        label=_("Woonplaats"),
        empty_label=_("Alle woonplaatsen"),
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    doelgroep = django_filters.ChoiceFilter(
        choices=TargetGroup.choices,
        method="filter_target_group",
        label=_("Voor wie"),
        empty_label=_("Voor iedereen en alle groepen"),
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    gratis = django_filters.BooleanFilter(
        method="filter_when_ticked",
        field_name="activity__is_free",
        widget=forms.CheckboxInput,
        label=_("Alleen gratis activiteiten"),
    )
    rolstoel = django_filters.BooleanFilter(
        method="filter_when_ticked",
        field_name="activity__wheelchair_accessible",
        widget=forms.CheckboxInput,
        label=_("Alleen toegankelijk met rolstoel"),
    )

    def __init__(
        self,
        data=None,
        *args,
        campaign: Campaign,
        days: list[datetime.date],
        months: list[datetime.date],
        **kwargs,
    ):
        super().__init__(data, *args, **kwargs)
        self.campaign = campaign
        self.month = None
        if data and data.get("maand"):
            try:
                self.month = MonthField().clean(data.get("maand"))
            except ValidationError:
                self.month = None
        # A month outside the campaign (an old link) still shows as chosen.
        shown = sorted({*months, self.month} if self.month else set(months))
        self.filters["maand"].extra["widget"] = forms.Select(
            attrs={"class": "form-select"},
            choices=[("", _("Hele campagne"))]
            + [(f"{month:%Y-%m}", date_format(month, "F Y")) for month in shown],
        )
        if self.month:
            self.first, self.last = month_bounds(self.month)
        else:
            self.first, self.last = campaign.start_date, campaign.end_date
        self.window_days = [day for day in days if self.first <= day <= self.last]
        self.filters["dag"].extra["choices"] = [
            (day.isoformat(), date_format(day, "l j F Y")) for day in self.window_days
        ]

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = queryset.filter(date__gte=self.first, date__lte=self.last)
        return super().filter_queryset(queryset)

    def filter_nothing(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset  # the month sets the window in filter_queryset

    def filter_when_ticked(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.filter(**{name: True}) if value else queryset

    def filter_target_group(self, queryset: QuerySet, name: str, value) -> QuerySet:
        """Activities for the chosen group, and those open to everyone."""
        return queryset.filter(
            Q(activity__target_group=value)
            | Q(activity__target_group=TargetGroup.EVERYONE)
        )
