"""Tampered input that no form offers gets a 400 or a 404, never a 500.

``RejectTamperedInputMiddleware`` answers 400 (Dutch page) to a NUL byte in
the path or the query (PostgreSQL cannot compare or store it; in a form body
the form's own field refuses it with a Dutch error, keeping what was typed),
and to a login whose username is longer than any account's (150 characters)
or holds a NUL; an admin URL whose object id is not a valid key of its model
("12abc", or 40 digits for a bigint) is a 404, as the admin's own change page
already does.
"""

import re

from django.apps import apps
from django.contrib.admin.utils import unquote
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from .input_ranges import is_key_of

USERNAME_MAX = 150
_LOGIN_VIEWS = {"admin:login", "partners:login"}
_ADMIN_NAME = re.compile(r"(\w+)_(change|history|delete)$")


def _bad_request(request, message: str):
    return render(request, "400.html", {"message": message}, status=400)


def _has_nul(request) -> bool:
    # Form bodies are left to the forms: Django's fields refuse a NUL with a
    # Dutch error and keep the rest of what was typed.
    return "\x00" in request.path or any(
        "\x00" in value for _key, values in request.GET.lists() for value in values
    )


class RejectTamperedInputMiddleware:
    """400/404 for tampered input (see the module); runs before the views."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if _has_nul(request):
            return _bad_request(
                request, _("Er staat een teken in dat wij niet kunnen verwerken.")
            )
        match = request.resolver_match
        if match is None:
            return None
        if match.view_name in _LOGIN_VIEWS and request.method == "POST":
            username = request.POST.get("username", "")
            if len(username) > USERNAME_MAX or "\x00" in username:
                return _bad_request(
                    request,
                    _("Deze gebruikersnaam is te lang. Controleer wat u invulde."),
                )
        object_id = view_kwargs.get("object_id")
        if object_id is not None and match.namespace == "admin":
            _check_admin_object_id(match.url_name or "", object_id)
        return None


def _admin_model(url_name: str):
    """The model of an admin URL named ``<app_label>_<model_name>_<view>``
    (app labels may hold underscores: ``sociale_kaart_service_history``)."""
    found = _ADMIN_NAME.match(url_name)
    if not found:
        return None
    label = found.group(1)
    for model in apps.get_models():
        if label == f"{model._meta.app_label}_{model._meta.model_name}":
            return model
    return None


def _check_admin_object_id(url_name: str, object_id: str) -> None:
    model = _admin_model(url_name)
    if model is not None and not is_key_of(model._meta.pk, unquote(object_id)):
        raise Http404(_("Dit nummer bestaat niet."))
