"""Which POSTs are throttled, per client address and per target, before the
view runs (``ThrottlePostsMiddleware``).

Keyed on URL names; the views stay as they are. A login counts every attempt,
random usernames included, under the client address; the target limits cap a
spread-out attack on one account or one mailbox. The per-username login limit
is high on purpose: django-axes already locks a username *from one address*
after five wrong passwords, and a low cap here would let anyone lock a
coordinator out.
"""

from dataclasses import dataclass

from django.shortcuts import render
from django.utils.translation import gettext as _

from . import throttle

_LOGIN = (throttle.Limit("login-address", 30), throttle.Limit("login-target", 100))


@dataclass(frozen=True)
class PostRule:
    """Limits for one form: per client address, per value of ``target_field``."""

    per_address: throttle.Limit
    per_target: throttle.Limit
    target_field: str


RULES = {
    "admin:login": PostRule(*_LOGIN, "username"),
    "partners:login": PostRule(*_LOGIN, "username"),
    "partners:password_reset": PostRule(
        throttle.Limit("reset-address", 10), throttle.Limit("reset-target", 3), "email"
    ),
    "aanhaken:join_request_create": PostRule(
        throttle.Limit("join-address", 5), throttle.Limit("join-target", 3), "email"
    ),
}


class ThrottlePostsMiddleware:
    """429 with a Dutch "try again after" page for a POST over its limit."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match is None:
            return None
        rule = RULES.get(request.resolver_match.view_name)
        if rule is None:
            return None
        target = request.POST.get(rule.target_field, "")[:254]
        address_keys = throttle.keys_for(request)
        target_keys = throttle.keys_for(target=target) if target else []
        until = throttle.retry_at(rule.per_address, address_keys) or (
            throttle.retry_at(rule.per_target, target_keys) if target_keys else None
        )
        if until is not None:
            return render(
                request,
                "throttled.html",
                {
                    "message": throttle.spam_brake_message(
                        until, _("Dit formulier is te vaak verstuurd.")
                    )
                },
                status=429,
            )
        throttle.hit(rule.per_address, address_keys)
        if target_keys:
            throttle.hit(rule.per_target, target_keys)
        return None
