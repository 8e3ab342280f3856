"""The site's URLs plus a page that fails after reading a form (tests only)."""

from django.urls import path

from lansingerland.urls import handler500, urlpatterns

__all__ = ["handler500", "urlpatterns"]


def broken_form(request):
    request.POST.get("message")
    raise ZeroDivisionError("a programming error")


urlpatterns = [*urlpatterns, path("kapot/", broken_form)]
