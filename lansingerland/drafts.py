"""What a staff member or referral handler typed survives the end of a session.

A session that can see personal data ends after ``STAFF_SESSION_IDLE_MINUTES``
idle (WCAG 2.2.1 asks that nothing typed is lost then). When a form is sent
after that, :class:`KeepDraftMiddleware` keeps its non-secret fields
server-side (the database cache, ``DRAFT_MINUTES``) under a random key and
sends the user to log in, with only that key in the return address: never
personal data in a URL. Back on the form after logging in, the view shows the
text again with :func:`draft_initial`; it is never applied. The user checks it
and sends it with a fresh CSRF token. Works without JavaScript.
"""

import re
import secrets

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.middleware.csrf import CsrfViewMiddleware
from django.urls import reverse
from django.utils.translation import gettext as _

#: Query parameter that carries the draft's key back to the form.
DRAFT_PARAM = "concept"
#: How long a kept draft waits for its owner to log in again, in minutes.
DRAFT_MINUTES = 15
#: Form areas behind a personal-data login, each with its login page's URL name.
KEPT_AREAS = {
    "/admin/": "admin:login",
    "/partner/doorverwijzingen/": "partners:login",
}
#: Fields never kept: tokens, passwords, second-factor codes.
_SECRET = re.compile(r"csrf|password|wachtwoord|token|otp", re.IGNORECASE)


def _login_url_name(path: str) -> str | None:
    if path.rstrip("/").endswith(("login", "logout", "inloggen", "uitloggen")):
        return None
    for prefix, url_name in KEPT_AREAS.items():
        if path.startswith(prefix):
            return url_name
    return None


def draft_keep(*, path: str, data) -> str:
    """Store the non-secret fields of ``data`` (a QueryDict) for ``path``.

    Returns the random key (URL-safe text). Files are not kept.
    """
    key = secrets.token_urlsafe(18)
    fields = {name: data.getlist(name) for name in data if not _SECRET.search(name)}
    cache.set(f"draft:{key}", {"path": path, "fields": fields}, DRAFT_MINUTES * 60)
    return key


def draft_take(*, key: str, path: str) -> dict[str, list[str]] | None:
    """The fields kept under ``key`` for ``path``, once; None if expired,
    unknown or kept for another page."""
    draft = cache.get(f"draft:{key}")
    if not draft or draft["path"] != path:
        return None
    cache.delete(f"draft:{key}")
    return draft["fields"]


def draft_initial(request) -> dict[str, str | list[str]]:
    """Initial values for the form on this page from a kept draft, or ``{}``:
    one value per field, or the list for a field sent several times. The
    draft is used up: call it once per request, from the view."""
    key = getattr(request, "draft_key", "")
    fields = draft_take(key=key, path=request.path) if key else None
    if fields:
        messages.warning(
            request,
            _(
                "U was een tijd niet actief en moest opnieuw inloggen. Wat u "
                "had ingevuld, staat hieronder weer klaar. Het is nog niet "
                "opgeslagen: controleer het en verstuur het opnieuw."
            ),
        )
    return {
        name: values[0] if len(values) == 1 else values
        for name, values in (fields or {}).items()
    }


class KeepDraftMiddleware:
    """Keep a form sent after the session ended; show it again after login.

    Must come after AuthenticationMiddleware. A POST
    without a valid CSRF token is left to Django's CSRF check.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)

    def __call__(self, request):
        url_name = _login_url_name(request.path)
        if url_name and not request.user.is_authenticated:
            if request.method == "POST" and self._csrf_valid(request):
                key = draft_keep(path=request.path, data=request.POST)
                return redirect_to_login(
                    f"{request.path}?{DRAFT_PARAM}={key}", reverse(url_name)
                )
        elif url_name and request.method == "GET" and DRAFT_PARAM in request.GET:
            # Taken by the view (``draft_initial``), not here: a second login
            # step (the partner area's app code) may come first.
            request.draft_key = request.GET[DRAFT_PARAM]
        return self.get_response(request)

    def _csrf_valid(self, request) -> bool:
        return self.csrf.process_view(request, None, (), {}) is None
