"""The portal's URLs plus ``/_baseline``: the cheapest view Django can serve.

The baseline passes the same middleware and the same gunicorn as the real
pages but touches no database and renders no template, so a page's figures
divided by the baseline's say what the page itself costs.
"""

from django.http import HttpResponse
from django.urls import path

from lansingerland.urls import urlpatterns as portal_urlpatterns


def baseline(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("_baseline", baseline), *portal_urlpatterns]
