"""Forms for staff: the admin login with a second factor, app setup and the
password reset."""

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.signals import user_login_failed
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device

from .mail import mail_queue
from .services import staff_device_verify


class OTPTokenField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 16)
        kwargs.setdefault(
            "widget",
            forms.TextInput(
                attrs={"autocomplete": "one-time-code", "spellcheck": "false"}
            ),
        )
        super().__init__(**kwargs)


class StaffLoginForm(AdminAuthenticationForm):
    """Username, password and a code from the app or a backup code.

    A staff member who has no device yet logs in with the password alone and
    is sent to set up the app; the admin itself stays closed until then
    (``StaffAdminSite.has_permission``). A wrong code counts as a failed login
    for django-axes' lockout, like a wrong password.
    """

    otp_token = OTPTokenField(
        label=_("Code"),
        required=False,
        help_text=_(
            "De 6 cijfers uit uw authenticator-app, of een van uw reservecodes. "
            "Logt u voor het eerst in? Laat dit veld dan leeg."
        ),
    )

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "otp_required": _(
            "Vul de code uit uw authenticator-app of een reservecode in."
        ),
        "otp_invalid": _(
            "Deze code klopt niet of is al gebruikt. Probeer de nieuwe code uit "
            "de app, of een andere reservecode."
        ),
    }

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is None or not user_has_device(user):
            return cleaned_data
        token = cleaned_data.get("otp_token", "")
        if not token:
            self.add_error(
                "otp_token",
                forms.ValidationError(
                    self.error_messages["otp_required"], code="otp_required"
                ),
            )
            return cleaned_data
        device = staff_device_verify(user=user, token=token)
        if device is None:
            user_login_failed.send(
                sender=__name__,
                credentials={"username": user.get_username()},
                request=self.request,
            )
            self.add_error(
                "otp_token",
                forms.ValidationError(
                    self.error_messages["otp_invalid"], code="otp_invalid"
                ),
            )
            return cleaned_data
        # django_otp.login() persists this in the session on user_logged_in.
        user.otp_device = device
        return cleaned_data


class OTPSetupForm(forms.Form):
    otp_token = OTPTokenField(
        label=_("Code uit de app"),
        help_text=_("De 6 cijfers die de app laat zien na het scannen."),
    )


class QueuedPasswordResetForm(PasswordResetForm):
    """Django's password reset, with the mail put in the mail queue.

    The page after sending stays the same whether or not the address has an
    account (nothing reveals which accounts exist); the mail is stored, so it
    still goes out when the mail server was down at the moment of asking.
    """

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        subject = render_to_string(subject_template_name, context)
        body = render_to_string(email_template_name, context)
        mail_queue(recipients=[to_email], subject=subject, body=body)
