"""Partner area under /partner/: login, password, second factor, invitation,
dashboard. The domains add their partner pages to the same namespace
(``lansingerland.urls``)."""

from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from lansingerland.forms import QueuedPasswordResetForm

from . import views
from .forms import PartnerAuthenticationForm, PartnerSetPasswordForm

app_name = "partners"

urlpatterns = [
    path(
        "inloggen/",
        auth_views.LoginView.as_view(
            template_name="partners/registration/login.html",
            authentication_form=PartnerAuthenticationForm,
            next_page=reverse_lazy("partners:dashboard"),
            redirect_authenticated_user=True,
        ),
        name="login",
    ),
    path(
        "uitloggen/",
        auth_views.LogoutView.as_view(
            template_name="partners/registration/logged_out.html"
        ),
        name="logout",
    ),
    path(
        "wachtwoord-vergeten/",
        auth_views.PasswordResetView.as_view(
            template_name="partners/registration/password_reset_form.html",
            form_class=QueuedPasswordResetForm,
            email_template_name="partners/mail/password_reset_body.txt",
            subject_template_name="partners/mail/password_reset_subject.txt",
            success_url=reverse_lazy("partners:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "wachtwoord-vergeten/verstuurd/",
        auth_views.PasswordResetDoneView.as_view(
            template_name="partners/registration/password_reset_done.html"
        ),
        name="password_reset_done",
    ),
    path(
        "wachtwoord-instellen/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="partners/registration/password_reset_confirm.html",
            form_class=PartnerSetPasswordForm,
            success_url=reverse_lazy("partners:password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "wachtwoord-instellen/klaar/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="partners/registration/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path("tweestaps/", views.two_factor, name="two_factor"),
    path("tweestaps/instellen/", views.two_factor_setup, name="two_factor_setup"),
    path("uitnodiging/<str:token>/", views.invitation, name="invitation"),
]

manifesto_urlpatterns = [
    path("", views.join_request_create, name="join_request_create"),
    path("ontvangen/", views.join_request_received, name="join_request_received"),
]
