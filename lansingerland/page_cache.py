"""Cached public pages for anonymous visitors, with holes for what is theirs.

A decorated view renders once per content version, day, language, host and
normalised query; later visitors get the stored HTML with their own parts
filled in. A visitor whose per-visitor blocks are empty (no session, or an
empty bewaarlijst) gets the stored parts joined around their token, nonce and
address, gzipped or plain, without the page being scanned again.

What never enters the cache:

- the CSP nonce, the CSRF token and the page's own address (``volgende``
  fields, the printed page address, always after the visitor's own scheme and
  host, which the key holds): rendered as secret placeholders (derived
  from ``SECRET_KEY``, so no visitor can type one) and filled per request;
- per-visitor blocks that a view's ``holes`` fill (the bewaarlijst buttons);
- pages for signed-in staff, visitors with messages waiting, anything but a
  200 HTML answer to GET or HEAD, and requests a view's ``skip`` refuses
  (clock-dependent searches such as "open now").

Invalidation: the key holds ``content_version()`` (raised by the database on
any change to the public apps' tables and learned by LISTEN/NOTIFY, so a hit
runs no query; see ``content_version``) and the local
date (Europe/Amsterdam), so day-bound content (running campaign, verification
expiry, "this week") turns over at midnight. Entries live in
``CACHES["pages"]``, a cache of their own (local memory per worker by default),
so they never push out the rate-limit counters in the default cache.
"""

import gzip
import hashlib
import hmac
import re
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse, QueryDict
from django.middleware.csrf import get_token
from django.middleware.gzip import re_accepts_gzip
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.html import escape
from django.utils.http import http_date

from . import gzip_segments
from .content_version import content_version

PAGE_CACHE = "pages"
#: Map data tiles: many small documents, kept apart from the pages.
MAP_TILE_CACHE = "map_tiles"
TIMEOUT = 24 * 60 * 60
CSRF_INPUT = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')


def _placeholder(name: str) -> str:
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"page-cache {name}".encode(), hashlib.sha256
    ).hexdigest()[:24]
    return f"pc{digest}{name}"


def _path_placeholder() -> str:
    """Stands in for ``request.get_full_path()``; it starts with "/" like a
    real path, so ``build_absolute_uri()`` keeps the host and scheme."""
    return "/" + _placeholder("path")


def rendering_with_holes(request: HttpRequest) -> bool:
    """True while the page is rendered for the cache: per-visitor template
    parts then render every variant between markers (see ``holes``)."""
    return getattr(request, "_page_cache_render", False)


def normalised_query(query: QueryDict) -> QueryDict:
    """``query`` with keys and values sorted, values stripped and empty values
    dropped: ``?q=koffie&kern=`` and ``?kern=&q=koffie+`` are one page."""
    normal = QueryDict(mutable=True)
    for key in sorted(query):
        values = sorted(v.strip() for v in query.getlist(key) if v.strip())
        if values:
            normal.setlist(key, values)
    normal._mutable = False
    return normal


def _cacheable_request(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    storage = getattr(request, "_messages", None)
    if storage is not None and (storage._queued_messages or storage._loaded_messages):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _key(request: HttpRequest, view_name: str, version=None) -> str:
    identity = "\n".join(
        [
            view_name,
            request.scheme,
            request.get_host(),
            request.path,
            request.GET.urlencode(),
        ]
    )
    digest = hashlib.sha256(identity.encode()).hexdigest()
    return ":".join(
        [
            "page",
            (version or content_version()).token,
            timezone.localdate().isoformat(),
            translation.get_language() or "",
            digest,
        ]
    )


def _render_with_holes(view, request, args, kwargs) -> HttpResponse:
    path = _path_placeholder()
    request.get_full_path = lambda force_append_slash=False: path
    request._page_cache_render = True
    try:
        return view(request, *args, **kwargs)
    finally:
        del request.get_full_path
        del request._page_cache_render


NONCE_ATTRIBUTE = re.compile(r'nonce="[^"<>]*"')


def _to_template(response: HttpResponse, request: HttpRequest) -> str:
    text = response.content.decode(response.charset)
    text = CSRF_INPUT.sub(rf"\g<1>{_placeholder('csrf')}\g<2>", text)
    # Every nonce attribute of the page becomes the hole, whatever produced it
    # (the CSP middleware's lazy nonce, a tag that read it earlier): a nonce
    # left in a stored page would be blocked by the next visitor's header.
    nonce = getattr(request, "_csp_nonce", None)
    if isinstance(nonce, str):
        text = text.replace(nonce, _placeholder("nonce"))
    return NONCE_ATTRIBUTE.sub(f'nonce="{_placeholder("nonce")}"', text)


def _visitor_values(request: HttpRequest) -> dict:
    """Placeholder -> function giving this visitor's value, computed once per
    answer (one masked CSRF token for all the page's forms)."""
    makers = {
        _placeholder("nonce"): lambda: str(request.csp_nonce),
        _placeholder("csrf"): lambda: get_token(request),
        _path_placeholder(): lambda: escape(request.get_full_path()),
    }
    values: dict[str, str] = {}

    def once(placeholder: str):
        def value() -> str:
            if placeholder not in values:
                values[placeholder] = makers[placeholder]()
            return values[placeholder]

        return value

    return {placeholder: once(placeholder) for placeholder in makers}


def _fill(text: str, request: HttpRequest, holes) -> str:
    for fill in holes:
        text = fill(text, request)
    for placeholder, value in _visitor_values(request).items():
        if placeholder in text:
            text = text.replace(placeholder, value())
    return text


class _NewVisitor:
    """A visitor without a session: empty bewaarlijst, no messages."""

    session: dict = {}


def _new_visitor_parts(text: str, holes) -> list:
    """The page as a visitor without a session sees it, in parts for
    ``gzip_segments.assemble`` and ``gzip_segments.join``."""
    for fill in holes:
        text = fill(text, _NewVisitor())
    return gzip_segments.split(text, list(_visitor_values(HttpRequest())))


def _sees_new_visitor_page(request: HttpRequest, holes) -> bool:
    """True when every hole shows this visitor what it shows a visitor without
    a session: no session cookie, or each hole's ``visitor_state(request)`` is
    empty (a hole without ``visitor_state`` always counts as personal)."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return True
    for fill in holes:
        state = getattr(fill, "visitor_state", None)
        if state is None or state(request):
            return False
    return True


def _new_visitor_response(entry: dict, request: HttpRequest) -> HttpResponse:
    """The stored new-visitor parts joined with this visitor's nonce, CSRF
    token and address: gzipped when the client accepts it (the fixed parts
    were compressed once), else plain; no scan of the page either way."""
    values = _visitor_values(request)
    if re_accepts_gzip.search(request.headers.get("Accept-Encoding", "")):
        response = HttpResponse(
            gzip_segments.assemble(entry["parts"], lambda p: values[p]()),
            content_type=entry["content_type"],
        )
        response["Content-Encoding"] = "gzip"
        patch_vary_headers(response, ["Accept-Encoding"])
        return response
    return HttpResponse(
        gzip_segments.join(entry["parts"], lambda p: values[p]()),
        content_type=entry["content_type"],
    )


def cached_page(
    view=None,
    *,
    holes: tuple[Callable[[str, HttpRequest], str], ...] = (),
    skip: Callable[[HttpRequest], bool] | None = None,
):
    """Decorator for a public HTML view (see the module docstring).

    ``holes``: functions ``(html, request) -> html`` that fill the per-visitor
    blocks the templates marked while ``rendering_with_holes``; a hole's
    optional attribute ``visitor_state(request)`` returns what it fills from
    (empty: the same as for a visitor without a session, so the stored
    new-visitor page is served without filling). ``skip``: a
    request it returns True for is rendered fresh, not cached. The view sees
    ``request.GET`` normalised (``normalised_query``).
    """

    def decorate(view):
        view_name = f"{view.__module__}.{view.__qualname__}"

        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not _cacheable_request(request) or (skip and skip(request)):
                return view(request, *args, **kwargs)
            request.GET = normalised_query(request.GET)
            cache = caches[PAGE_CACHE]
            key = _key(request, view_name)
            entry = cache.get(key)
            if entry is None:
                response = _render_with_holes(view, request, args, kwargs)
                if not isinstance(response, HttpResponse) or response.streaming:
                    return response
                text = _to_template(response, request)
                if response.status_code != 200 or response.cookies:
                    response.content = _fill(text, request, holes)
                    return response
                entry = {
                    "text": text,
                    "parts": _new_visitor_parts(text, holes),
                    "content_type": response["Content-Type"],
                }
                cache.set(key, entry, TIMEOUT)
            if _sees_new_visitor_page(request, holes):
                return _new_visitor_response(entry, request)
            return HttpResponse(
                _fill(entry["text"], request, holes),
                content_type=entry["content_type"],
            )

        return wrapper

    return decorate(view) if view is not None else decorate


def cached_document(
    request: HttpRequest,
    build: Callable[[], bytes],
    *,
    content_type: str,
    fresh: bool = False,
    cache_alias: str = PAGE_CACHE,
) -> HttpResponse:
    """A public document (GeoJSON and the like) kept as finished bytes, plain
    and gzipped, per content version, day, host, path and normalised query.

    Answers with an ``ETag`` (from that key) and ``Last-Modified`` (the last
    change, or local midnight if later); a matching ``If-None-Match`` or
    ``If-Modified-Since`` gets ``304 Not Modified``. Sent gzipped when the
    client accepts it. ``build()`` returns the body; with ``fresh`` it is built
    for this request only (clock-dependent queries), without validators.
    Never holds per-visitor data: the caller's body must not either.
    ``cache_alias``: the cache kept in (many small documents, such as map
    tiles, keep their own so they never push pages out).
    """
    if fresh:
        response = HttpResponse(build(), content_type=content_type)
        response["Cache-Control"] = "no-cache"
        return response
    request.GET = normalised_query(request.GET)
    version = content_version()
    key = _key(request, "document", version)
    etag = f'"{hashlib.sha256(key.encode()).hexdigest()[:32]}"'
    midnight = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    last_modified = int(max(version.changed_at, midnight).timestamp())
    not_modified = get_conditional_response(
        request, etag=etag, last_modified=last_modified
    )
    if not_modified is None:
        cache = caches[cache_alias]
        entry = cache.get(key)
        if entry is None:
            body = build()
            entry = {"plain": body, "gzip": gzip.compress(body, mtime=0)}
            cache.set(key, entry, TIMEOUT)
        accepts_gzip = re_accepts_gzip.search(
            request.headers.get("Accept-Encoding", "")
        )
        response = HttpResponse(
            entry["gzip" if accepts_gzip else "plain"], content_type=content_type
        )
        if accepts_gzip:
            response["Content-Encoding"] = "gzip"
    else:
        response = not_modified
    patch_vary_headers(response, ["Accept-Encoding"])
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = "public, no-cache"
    return response
