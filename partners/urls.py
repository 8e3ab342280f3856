"""Partner area under /partner/ (login, password, invitation, editing)."""

from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from lansingerland.forms import QueuedPasswordResetForm

from . import offer_views, referral_views, views
from .forms import PartnerAuthenticationForm, PartnerSetPasswordForm

app_name = "partners"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
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
    path("controleren/<str:token>/", views.verify, name="verify"),
    path(
        "organisatie/<int:pk>/wijzigen/",
        views.organization_edit,
        name="organization_edit",
    ),
    path(
        "organisatie/<int:pk>/locatie/nieuw/",
        views.location_create,
        name="location_create",
    ),
    path(
        "organisatie/<int:pk>/locatie/<int:location_pk>/wijzigen/",
        views.location_edit,
        name="location_edit",
    ),
    path(
        "organisatie/<int:pk>/geschiedenis/",
        views.organization_history,
        name="organization_history",
    ),
    path(
        "organisatie/<int:pk>/bevestigen/",
        views.organization_confirm,
        name="organization_confirm",
    ),
    path("doorverwijzingen/", referral_views.referral_list, name="referral_list"),
    path(
        "doorverwijzingen/<int:pk>/",
        referral_views.referral_detail,
        name="referral_detail",
    ),
    path(
        "organisatie/<int:pk>/aanbod/",
        offer_views.offer_list,
        name="offer_list",
    ),
    path(
        "organisatie/<int:pk>/aanbod/nieuw/",
        offer_views.offer_create,
        name="offer_create",
    ),
    path(
        "organisatie/<int:pk>/aanbod/<int:service_pk>/wijzigen/",
        offer_views.offer_edit,
        name="offer_edit",
    ),
]

manifesto_urlpatterns = [
    path("", views.join_request_create, name="join_request_create"),
    path("ontvangen/", views.join_request_received, name="join_request_received"),
]

# Activities of an organisation (partners/activity_views.py).
from . import activity_views  # noqa: E402

urlpatterns += [
    path(
        "organisatie/<int:pk>/activiteiten/",
        activity_views.activity_list,
        name="activity_list",
    ),
    path(
        "organisatie/<int:pk>/activiteiten/nieuw/",
        activity_views.activity_edit,
        name="activity_create",
    ),
    path(
        "organisatie/<int:pk>/activiteiten/<int:activity_pk>/wijzigen/",
        activity_views.activity_edit,
        name="activity_edit",
    ),
    path(
        "organisatie/<int:pk>/activiteiten/<int:activity_pk>/datum-laten-vervallen/",
        activity_views.activity_cancel_date,
        name="activity_cancel_date",
    ),
    path(
        "organisatie/<int:pk>/activiteiten/<int:activity_pk>/gaat-niet-door/",
        activity_views.activity_cancel,
        name="activity_cancel",
    ),
    path(
        "organisatie/<int:pk>/activiteiten/<int:activity_pk>/aanmelden/",
        activity_views.activity_sign_up,
        name="activity_sign_up",
    ),
    path(
        "organisatie/<int:pk>/activiteiten/vast-aanbod/",
        activity_views.service_feature,
        name="service_feature",
    ),
]
