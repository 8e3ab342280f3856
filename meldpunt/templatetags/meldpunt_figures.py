"""Helpers for the working group's server-rendered SVG bar charts."""

from django import template

from ..selectors import Row, Table, masked

register = template.Library()

_BAR_PITCH = 26  # px between bars
_BAR_SPACE = 300  # px for the longest bar


@register.filter
def masked_count(value: int) -> str:
    """1–4 shown as "<5"."""
    return masked(int(value or 0))


@register.filter
def bar_chart_height(rows: int) -> int:
    return rows * _BAR_PITCH + 4


@register.filter
def bar_y(index: int) -> int:
    return index * _BAR_PITCH + 2


@register.simple_tag
def bar_width(row: Row, table: Table) -> int:
    """Bar length in px; a masked count ("<5") gets a short tick, not its size."""
    if row.is_masked:
        return 3
    return round(row.count / table.maximum * _BAR_SPACE)
