"""Small security helpers shared by the settings, the login protection and
every rate limit: the one rule for the real client address."""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest


@lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(value, strict=False) for value in proxies)


def _parse(value: str):
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def _is_trusted(address, networks) -> bool:
    return address is not None and any(address in network for network in networks)


def client_ip(request: HttpRequest) -> str:
    """The visitor's IP address as a string, for every limit and lockout
    (django-axes, ``lansingerland.throttle``).

    ``TRUSTED_PROXIES`` lists the reverse proxies' addresses or networks
    (e.g. ``10.0.0.2`` or ``10.0.0.0/24``). ``X-Forwarded-For`` is read only
    when the socket's peer (``REMOTE_ADDR``) is one of them; then the entries
    are walked from the right, skipping trusted proxies, and the first other
    address is the client. Entries further left were written by the client
    itself and are never trusted; a header from anyone else changes nothing.
    """
    remote_addr = request.META.get("REMOTE_ADDR", "")
    networks = _networks(tuple(settings.TRUSTED_PROXIES))
    if not _is_trusted(_parse(remote_addr), networks):
        return remote_addr
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    for part in reversed(forwarded):
        address = _parse(part)
        if address is None:
            break
        if not _is_trusted(address, networks):
            return str(address)
    return remote_addr
