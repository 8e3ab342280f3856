"""After Zoeken, a filter the visitor chose under "Meer filters" (or typed
wrongly) is in view, not folded away; a plain word search keeps it folded."""

import pytest

pytestmark = pytest.mark.django_db

OPEN = '<details class="more-filters" open>'


@pytest.mark.parametrize(
    "query",
    [
        {"kern": "bleiswijk"},
        {"gratis": "on"},
        {"dag": "2", "q": "koffie"},
        {"dag": "xyz"},  # wrong: its message must be seen
    ],
)
def test_a_chosen_or_wrong_folded_filter_opens_the_fold(client, query):
    assert OPEN in client.get("/sociale-kaart/", query).text


@pytest.mark.parametrize("query", [{}, {"q": "koffie"}, {"q": "koffie", "kern": ""}])
def test_without_folded_filters_the_fold_stays_closed(client, query):
    html = client.get("/sociale-kaart/", query).text
    assert '<details class="more-filters">' in html and OPEN not in html
