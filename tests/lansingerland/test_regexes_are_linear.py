"""Every regular expression run on user input takes time linear in its size:
a 100,000-character value passing through the log redaction, a description
or a search must not hold a worker (a quadratic one took about a minute)."""

import time

import pytest

from lansingerland.logs import redact
from lansingerland.plain_text import plain_text
from lansingerland.sanitizing import description_html
from sociale_kaart.postcodes import normalize_postcode

HOSTILE = {
    "letters": lambda n: "a" * n,
    "at-signs": lambda n: "a@" * (n // 2),
    "dotted-domain": lambda n: "a@b" + ".c" * (n // 2),
    "digits": lambda n: "0" * n,
    "phone-like": lambda n: "06 1" * (n // 4),
    "addresses": lambda n: "www.," * (n // 5),
    "open-tags": lambda n: "<a" * (n // 2),
    "blank-lines": lambda n: "\n " * (n // 2),
}
FUNCTIONS = {
    "log redaction": redact,
    "description": description_html,
    "plain text": plain_text,
    "postcode": normalize_postcode,
}


def _seconds(function, value: str) -> float:
    """CPU seconds this process spent on ``function(value)``: wall-clock time
    on a shared machine also counts the time other processes held the CPU."""
    start = time.process_time()
    function(value)
    return time.process_time() - start


@pytest.mark.parametrize("function", FUNCTIONS.values(), ids=FUNCTIONS.keys())
@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_time_grows_linearly_with_input_size(function, make):
    small = min(_seconds(function, make(10_000)) for _ in range(3))
    large = min(_seconds(function, make(100_000)) for _ in range(2))
    # Ten times the input: linear is ~10x; quadratic would be ~100x. The
    # floor absorbs timer noise on very fast calls.
    assert large < max(30 * small, 0.05), (small, large)
