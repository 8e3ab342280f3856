"""Site-wide middleware."""

from django.conf import settings


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
