"""User-entered HTML keeps links, lists and emphasis, and nothing dangerous."""

from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Template

from lansingerland.sanitizing import sanitize_html


def _render(text: str) -> str:
    return Template("{% load sanitize %}{{ text|sanitize }}").render(
        Context({"text": text})
    )


def test_page_text_of_a_coordinator_keeps_headings_and_emphasis():
    html = (
        "<p>Koffie in <strong>De Oude Leeuw</strong>, <em>elke</em> dinsdag.</p>"
        "<h2>Meedoen</h2><ul><li>gratis</li></ul><ol><li>bel ons</li></ol>"
        '<p><a href="https://www.example.org/aanbod">aanbod</a> of '
        '<a href="/meldpunt/">het meldpunt</a>, '
        '<a href="mailto:info@example.org">mail</a></p>'
    )
    result = Template("{% load sanitize %}{{ text|sanitize_page }}").render(
        Context({"text": html})
    )
    for fragment in (
        "<strong>De Oude Leeuw</strong>",
        "<em>elke</em>",
        "<h2>Meedoen</h2>",
        "<ul><li>gratis</li></ul>",
        "<ol><li>bel ons</li></ol>",
        '<a href="https://www.example.org/aanbod" rel="noopener noreferrer">',
        '<a href="/meldpunt/" rel="noopener noreferrer">',
        '<a href="mailto:info@example.org" rel="noopener noreferrer">',
    ):
        assert fragment in result


def test_script_tags_are_removed_with_their_content():
    result = _render("<p>Hallo</p><script>alert('x')</script><SCRIPT SRC=//x.nl>")
    assert result == "<p>Hallo</p>"


def test_javascript_and_data_links_lose_their_target():
    result = _render(
        '<a href="javascript:alert(1)">klik</a>'
        '<a href="JaVaScRiPt:alert(1)">klik</a>'
        '<a href="data:text/html,<script>alert(1)</script>">klik</a>'
    )
    assert "javascript" not in result.lower()
    assert "data:" not in result
    assert result.count("klik") == 3


def test_event_handlers_and_styles_are_removed():
    result = _render(
        '<p onclick="alert(1)" style="color:red">tekst</p>'
        '<img src="x" onerror="alert(1)"><a href="/" onmouseover="alert(1)">a</a>'
        "<iframe src='https://example.org'></iframe><style>p{}</style>"
    )
    assert "onclick" not in result and "onerror" not in result
    assert "onmouseover" not in result and "style" not in result
    assert "<img" not in result and "<iframe" not in result
    assert "<p>tekst</p>" in result


def test_plain_text_is_escaped():
    assert sanitize_html("5 < 6 & 'ja'") == "5 &lt; 6 &amp; 'ja'"
    assert _render(None) == ""


@pytest.mark.parametrize("pattern", ["|safe", "autoescape off", "mark_safe", "safeseq"])
def test_no_template_marks_text_safe(pattern):
    offenders = [
        str(path.relative_to(settings.BASE_DIR))
        for path in Path(settings.BASE_DIR, "templates").rglob("*.html")
        if pattern in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
