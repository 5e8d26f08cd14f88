from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import TemplateView

from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # The apps' own URLs, named by string: the project imports no app.
    path("", include("home.urls")),
    path("documenten/", include(wagtaildocs_urls)),
    path("", include("search.urls")),
    path("", include("newsletter.urls")),
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
