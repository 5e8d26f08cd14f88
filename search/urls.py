"""The site search, its suggestions and the sitemap."""

from django.urls import path

from wagtail.contrib.sitemaps.views import sitemap

from . import views
from .sitemaps import VisitorSitemap

urlpatterns = [
    path("zoeken/", views.search, name="search"),
    path("zoeken/suggesties/", views.suggestions, name="search_suggestions"),
    path("sitemap.xml", sitemap, {"sitemaps": {"wagtail": VisitorSitemap}}, name="sitemap"),
]
