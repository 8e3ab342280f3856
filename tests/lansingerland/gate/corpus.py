"""The bad-input gate's fixed corpus: one value per class of hostile input.

Values are raw ``application/x-www-form-urlencoded`` text (already
percent-encoded), so invalid encodings and lone surrogates reach the server
as a browser-less attacker would send them.
"""

from urllib.parse import quote

MARKER = "<script>gate(1)</script>"

_TEXT = {
    "long-string": "Lang" * 2500,
    "nul-byte": "a\x00b",
    "mixed-direction": "\u202eevil\u202c \u0645\u0631\u062d\u0628\u0627 abc",
    "html-script": MARKER + '"><img src=x onerror=gate(2)>',
    "sql-looking": "' OR 1=1; DROP TABLE meldpunt_report; --",
    "negative-number": "-1",
    "huge-number": "9" * 40,
    "non-numeric": "1e9x",
    # str.isdigit() says yes, int() says no: once a 500 in four views.
    "digit-like": "\u00b2",
    "not-a-date": "2026-02-31",
    "not-a-path": "https://evil.example/",
    "over-long-email": "a" * 300 + "@example.nl",
}
_RAW = {
    "invalid-percent": "%zz%c3%28%",
    "lone-surrogate": "%ED%A0%80x",
}
#: class name -> percent-encoded value
CORPUS = {name: quote(value, safe="") for name, value in _TEXT.items()} | _RAW
CLASSES = list(CORPUS)
#: Classes sent in a path segment (a converter's value).
PATH_VALUES = {
    "long-string": "x" * 3000,
    "non-digit-id": "12abc",
    "nul-byte": "a%00b",
    "invalid-percent": "%zz",
    "lone-surrogate": "%ED%A0%80",
}
#: Parameter names tried on every URL besides those its forms name.
GENERIC_PARAMS = ["next", "page", "p", "q", "o", "soort", "stap"]


def round_robin_body(names: list[str], shift: int) -> str:
    """A urlencoded body giving ``names[j]`` the class ``shift + j``: over
    len(CLASSES) shifts, every name gets every class once."""
    parts = []
    for index, name in enumerate(names):
        value = CORPUS[CLASSES[(shift + index) % len(CLASSES)]]
        parts.append(f"{quote(name, safe='')}={value}")
    return "&".join(parts)


def repeated_body(names: list[str]) -> str:
    """Every name twice, with two different hostile values."""
    return "&".join(
        f"{quote(name, safe='')}={CORPUS['negative-number']}&"
        f"{quote(name, safe='')}={CORPUS['html-script']}"
        for name in names
    )
