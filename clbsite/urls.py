from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.generic import TemplateView

from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from search import views as search_views
from search.sitemaps import VisitorSitemap

account_urls = [
    path("inloggen/", auth_views.LoginView.as_view(), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "wachtwoord-vergeten/",
        home_views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "wachtwoord-vergeten/verstuurd/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "wachtwoord-herstellen/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "wachtwoord-herstellen/klaar/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]

# Wagtail's password forms, at their own paths and names, rate limited (home/views.py).
password_form_urls = [
    path(
        "documenten/authenticate_with_password/<int:restriction_id>/",
        home_views.authenticate_with_document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        home_views.authenticate_with_page_password,
        name="wagtailcore_authenticate_with_password",
    ),
]

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    *password_form_urls,
    path("documenten/", include(wagtaildocs_urls)),
    path("account/", include(account_urls)),
    path("zoeken/", search_views.search, name="search"),
    path("zoeken/suggesties/", search_views.suggestions, name="search_suggestions"),
    path("sitemap.xml", sitemap, {"sitemaps": {"wagtail": VisitorSitemap}}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    # Images only: documents (among them members' motion files) are served by Wagtail's
    # document view, which checks who may see them. Never expose MEDIA_ROOT/documents.
    for folder in ("images", "original_images"):
        urlpatterns += static(
            f"{settings.MEDIA_URL}{folder}/", document_root=settings.MEDIA_ROOT / folder
        )

urlpatterns += [
    # Wagtail's page pattern has no dots; calendar files (/agenda/agenda.ics,
    # /agenda/<id>-<slug>/agenda.ics) are routes of the AgendaPage all the same.
    re_path(r"^((?:[\w\-]+/)*[\w\-]+\.ics)$", wagtail_views.serve, name="calendar_file"),
    path("", include(wagtail_urls)),
]
