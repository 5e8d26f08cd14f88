from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from home.models.pages import BasePage

TOKEN_PATTERN = r"[A-Za-z0-9_-]{20,80}"


class AgendaPage(RoutablePageMixin, BasePage):
    """
    The agenda: upcoming CLB events, with filters and calendar feeds.

    Its routes (see docs/agenda.md)::

        /agenda/                              upcoming events, filters, "Abonneren"
        /agenda/archief/                      past events, newest first
        /agenda/<pk>-<slug>/                  one event
        /agenda/<pk>-<slug>/agenda.ics        one event for a calendar program
        /agenda/agenda.ics?<filters>          the public feed
        /agenda/persoonlijk/<token>.ics       a member's personal feed
        /agenda/mijn-agenda-feed/             a member's feed address, and its reset
        /agenda/<pk>-<slug>/aanmelden/        registering for an event (POST)
        /agenda/afmelden/<token>/             the cancel link of the registration mails

    Wagtail hands a routable page its sub-path with a trailing slash; the .ics routes
    are written that way but published without it (see ``file_url``).
    """

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("agenda")

    @classmethod
    def for_request(cls, request=None):
        """The site's agenda page, looked up once per request."""
        if request is not None and hasattr(request, "_agenda_page"):
            return request._agenda_page
        agenda_page = cls.objects.live().order_by("path").first()
        if request is not None:
            request._agenda_page = agenda_page
        return agenda_page

    # URLs ---------------------------------------------------------------------------

    def route_url(self, name, request=None, *, full=False, **kwargs):
        base = self.get_full_url(request) if full else self.get_url(request)
        return base + self.reverse_subpage(name, kwargs=kwargs)

    def file_url(self, name, request=None, *, full=False, **kwargs):
        """The address of an .ics route: no trailing slash after the file name."""
        return self.route_url(name, request, full=full, **kwargs).rstrip("/")

    def event_url(self, event, request=None, *, full=False):
        return self.route_url("event", request, full=full, pk=event.pk, slug=event.slug)

    def event_ics_url(self, event, request=None, *, full=False):
        return self.file_url("event_ics", request, full=full, pk=event.pk, slug=event.slug)

    # Routes -------------------------------------------------------------------------

    @path("", name="index")
    def upcoming_view(self, request):
        from agenda import views

        return views.agenda_listing(request, self, archive=False)

    @path("archief/", name="archive")
    def archive_view(self, request):
        from agenda import views

        return views.agenda_listing(request, self, archive=True)

    @path("agenda.ics/", name="feed")
    def feed_view(self, request):
        from agenda import views

        return views.public_feed(request, self)

    @re_path(rf"^persoonlijk/(?P<token>{TOKEN_PATTERN})\.ics/$", name="personal_feed")
    def personal_feed_view(self, request, token):
        from agenda import views

        return views.personal_feed(request, self, token)

    @path("mijn-agenda-feed/", name="feed_token")
    def feed_token_view(self, request):
        from agenda import views

        return views.feed_token_page(request, self)

    @path("<int:pk>-<slug:slug>/", name="event")
    def event_view(self, request, pk, slug):
        from agenda import views

        return views.event_detail(request, self, pk, slug)

    @path("<int:pk>-<slug:slug>/agenda.ics/", name="event_ics")
    def event_ics_view(self, request, pk, slug):
        from agenda import views

        return views.event_ics(request, self, pk, slug)

    @path("<int:pk>-<slug:slug>/aanmelden/", name="register")
    def register_view(self, request, pk, slug):
        from agenda import views

        return views.register(request, self, pk, slug)

    @re_path(rf"^afmelden/(?P<token>{TOKEN_PATTERN})/$", name="cancel_registration")
    def cancel_registration_view(self, request, token):
        from agenda import views

        return views.cancel_registration(request, self, token)

    def get_sitemap_urls(self, request=None):
        """The agenda and the public events that are still to come."""
        from .events import Event

        urls = super().get_sitemap_urls(request)
        events = Event.objects.live().filter(members_only=False).upcoming().order_by("start")
        for event in events.only("pk", "slug", "updated_at")[:1000]:
            urls.append(
                {
                    "location": self.event_url(event, request, full=True),
                    "lastmod": event.updated_at,
                }
            )
        return urls
