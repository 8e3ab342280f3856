"""Site-wide middleware."""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware

#: Paths whose answers may hold personal data: never compressed (BREACH).
UNCOMPRESSED_PREFIXES = ("/meldpunt/", "/partner/", "/admin/", "/beheer/")


class StaffSessionTimeoutMiddleware:
    """End a session that can see personal data after a period without requests.

    That is a staff member's session, and a session that passed the second
    factor (django-otp's ``user.is_verified()``), such as a partner's referral
    handler: both see reporters' personal data. Every such request moves the
    session's expiry to ``STAFF_SESSION_IDLE_MINUTES`` from now (sessions live
    in the database, so this holds across app servers). A session left alone
    longer has expired in the database: the next request is anonymous and the
    login page asks again. Partner editors (no personal data) keep
    ``SESSION_COOKIE_AGE``; visitors without a login keep Django's default.
    Must come after django-otp's OTPMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and _sees_personal_data(user):
            request.session.set_expiry(settings.STAFF_SESSION_IDLE_MINUTES * 60)
        return self.get_response(request)


def _sees_personal_data(user) -> bool:
    is_verified = getattr(user, "is_verified", None)
    return user.is_staff or bool(is_verified and is_verified())


class PublicGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware for public pages only (HTML, GeoJSON, HSDS,
    iCalendar), following the BREACH reasoning in docs/deployment.md.

    Left uncompressed: answers to signed-in users, anything but GET and HEAD,
    and everything under ``UNCOMPRESSED_PREFIXES`` (meldpunt, partner area,
    admin), where personal data could share a response with text an attacker
    chose. Static files never get here: whitenoise serves them, precompressed.
    """

    def process_response(self, request, response):
        user = getattr(request, "user", None)
        if (
            request.method not in ("GET", "HEAD")
            or request.path.startswith(UNCOMPRESSED_PREFIXES)
            or (user is not None and user.is_authenticated)
        ):
            return response
        return super().process_response(request, response)
