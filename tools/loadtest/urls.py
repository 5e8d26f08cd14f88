"""The site's URLs plus a bare view: the ceiling of this machine and stack."""

from django.http import HttpResponse
from django.urls import include, path


def bare(request):
    response = HttpResponse("ok", content_type="text/plain")
    response["Cache-Control"] = "no-store"
    return response


urlpatterns = [
    path("loadtest/bare/", bare),
    path("", include("clbsite.urls")),
]
