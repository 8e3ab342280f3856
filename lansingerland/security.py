"""Small security helpers shared by the settings and the login protection."""

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The visitor's IP address as a string, for login lockouts (django-axes).

    Without a reverse proxy (``TRUSTED_PROXY_COUNT=0``) this is the socket's
    address. Behind N trusted proxies, each appends the address it saw to
    ``X-Forwarded-For``; the client is the N-th entry from the end. Entries
    further left were written by the client itself and can't be trusted.
    """
    remote_addr = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote_addr
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < count:
        return remote_addr
    return forwarded[-count]
