"""The back office: an admin site that requires two-factor authentication."""

from django.conf import settings
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device
from django_otp.admin import OTPAdminSite

from .forms import StaffLoginForm


def needs_otp_setup(user) -> bool:
    """A logged-in staff member without any confirmed OTP device."""
    return user.is_authenticated and user.is_staff and not user_has_device(user)


class StaffAdminSite(OTPAdminSite):
    """Django's admin, open only to staff verified by a second factor.

    ``admin.site`` is an instance of this class (``StaffAdminConfig``), so
    every app's ``admin.register`` lands here.
    """

    site_header = _("Samen aan zet – beheer")
    site_title = _("Samen aan zet")
    index_title = _("Meldingen, sociale kaart en activiteiten")
    login_form = StaffLoginForm
    login_template = "admin/staff_login.html"

    def __init__(self, name: str = "admin"):
        super().__init__(name)

    def each_context(self, request):
        """Django's context for every admin page, plus the idle minutes after
        which the session ends (for the warning script)."""
        context = super().each_context(request)
        context["session_idle_minutes"] = settings.STAFF_SESSION_IDLE_MINUTES
        return context

    def login(self, request, extra_context=None):
        response = super().login(request, extra_context)
        if needs_otp_setup(request.user):
            return redirect("staff_otp_setup")
        return response
