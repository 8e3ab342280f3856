"""Paging that counts and fetches a page in one SQL query."""

from django.core.paginator import Page, Paginator
from django.db.models import Count, Window

TOTAL = "_paging_total"


class OnePassPaginator(Paginator):
    """A ``Paginator`` for querysets whose ``get_page`` reads the page and the
    total number of rows in one query (``COUNT(*) OVER ()``, evaluated before
    ``LIMIT``) instead of a ``COUNT`` followed by the page. Prefetches still run
    on the page's rows only. A number past the end or not a number falls back to
    Django's behaviour (last or first page), which costs the usual count.
    """

    def get_page(self, number) -> Page:
        """The page ``number`` (1-based; text from the URL is accepted)."""
        try:
            number = int(number or 1)
        except (TypeError, ValueError):
            number = 1
        if number >= 1:
            bottom = (number - 1) * self.per_page
            rows = list(
                self.object_list.annotate(**{TOTAL: Window(Count("*"))})[
                    bottom : bottom + self.per_page
                ]
            )
            if rows or number == 1:
                self.count = getattr(rows[0], TOTAL) if rows else 0
                return self._get_page(rows, number, self)
        return super().get_page(number)
