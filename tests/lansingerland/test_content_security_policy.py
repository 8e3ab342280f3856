"""The Content Security Policy is strict, and our own pages follow it."""

import re

import pytest

from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>", re.IGNORECASE)


def _directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part)
    }


def _nonce(response) -> str:
    (nonce,) = re.findall(r"'nonce-([^']+)'", response["Content-Security-Policy"])
    return nonce


def test_policy_allows_only_our_origin_pdok_tiles_and_nonced_scripts(client):
    directives = _directives(client.get("/sociale-kaart/"))
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"][0] == "'self'"
    assert re.fullmatch(r"'nonce-[A-Za-z0-9+/=_-]{16,}'", directives["script-src"][1])
    assert len(directives["script-src"]) == 2
    assert directives["style-src"] == ["'self'"]
    assert directives["img-src"] == ["'self'", "data:", "https://service.pdok.nl"]
    assert directives["connect-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]
    for url in ("/", "/meldpunt/", "/sociale-kaart/"):
        assert "unsafe" not in client.get(url).headers["Content-Security-Policy"]


def test_pages_without_inline_scripts_allow_only_our_own_script_files(client):
    assert _directives(client.get("/"))["script-src"] == ["'self'"]


def test_every_request_gets_a_new_nonce(client):
    assert _nonce(client.get("/sociale-kaart/")) != _nonce(
        client.get("/sociale-kaart/")
    )


def test_map_page_inline_scripts_carry_the_nonce(client, real_data):
    response = client.get("/sociale-kaart/")
    html = response.content.decode()
    inline = [
        attributes
        for attributes in INLINE_SCRIPT.findall(html)
        if "application/json" not in attributes
    ]
    assert inline, "the leaflet_map tag renders an inline script"
    for attributes in inline:
        assert f'nonce="{_nonce(response)}"' in attributes
    assert 'nonce="None"' not in html


def test_admin_map_widget_scripts_carry_the_nonce(coordinator_client):
    organization = OrganizationFactory()
    response = coordinator_client.get(
        f"/admin/sociale_kaart/organization/{organization.pk}/change/"
    )
    assert response.status_code == 200
    html = response.content.decode()
    inline = [
        attributes
        for attributes in INLINE_SCRIPT.findall(html)
        if "application/json" not in attributes
    ]
    assert inline
    for attributes in inline:
        assert f'nonce="{_nonce(response)}"' in attributes


def test_public_pages_have_no_inline_styles_or_event_handlers(client, real_data):
    for url in ("/", "/meldpunt/", "/sociale-kaart/", "/activiteiten/", "/manifest/"):
        html = client.get(url).content.decode()
        assert not re.search(r"\sstyle=", html), url
        assert not re.search(r"\son[a-z]+=", html), url


def test_tiles_from_our_own_origin_keep_the_policy_valid():
    # Lighthouse and offline demos serve tiles from /static/: a relative tile
    # URL must not put an invalid "://" source in img-src.
    import os
    import subprocess
    import sys

    code = (
        "import django; django.setup();"
        "from django.conf import settings;"
        "print(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lansingerland.settings_test",
        "PDOK_TILES_URL": "/static/tiles/{z}/{x}/{y}.png",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "://" not in result.stdout
    assert "'self'" in result.stdout and "data:" in result.stdout
