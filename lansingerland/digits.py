"""Digits as people type them: only the ASCII digits 0-9 count.

``str.isdigit()`` is also true for superscripts and other digit-like
characters that ``int()`` refuses ("²", "①"), so a typed or tampered value
such as ``?aanbod=²`` became a 500. Every check for "a number" in the portal
goes through here (``tests/lansingerland/test_numbers_are_ascii_digits.py``
keeps it so).
"""


def is_number(text: str) -> bool:
    """True when ``text`` is one or more ASCII digits, which ``int()`` always
    accepts; False for "", "-1", "1.5", " 1" and "²"."""
    return text.isascii() and text.isdigit()


def digits_only(text: str) -> str:
    """The ASCII digits of ``text`` in order ("2651 AB" -> "2651", "²" -> "")."""
    return "".join(c for c in text if "0" <= c <= "9")
