"""Site-wide middleware."""

from django.conf import settings


class StaffSessionTimeoutMiddleware:
    """End a staff member's session after a period without requests.

    Every request by a staff user moves the session's expiry to
    ``STAFF_SESSION_IDLE_MINUTES`` from now (sessions live in the database,
    so this holds across app servers). A session left alone longer has
    expired in the database: the next request is anonymous and the admin asks
    to log in again. Visitors without a login keep Django's default.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_staff:
            request.session.set_expiry(settings.STAFF_SESSION_IDLE_MINUTES * 60)
        return self.get_response(request)
