from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from home.models.pages import BasePage
from motionbank.access import members_only

MOTION = r"(?P<pk>\d+)-(?P<slug>[-\w]*)"


class MotionBankPage(RoutablePageMixin, BasePage):
    """
    The members-only motion bank. Its search (the page itself), motion pages, files,
    Word downloads, the upload form and "Mijn bijdragen" are routes of this page; every
    route checks access itself (motionbank.access.members_only).
    """

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("motiebank")

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        from motionbank.privacy import restrict_page

        restrict_page(self)
        return result

    def get_sitemap_urls(self, request=None):
        return []  # members only

    @property
    def upload_url(self):
        return self.url + self.reverse_subpage("upload")

    @property
    def mine_url(self):
        return self.url + self.reverse_subpage("mine")

    def motion_url(self, motion, base=None, route="motion"):
        """The URL of a motion's page (or its file or Word route) under this page."""
        return (base or self.url) + self.reverse_subpage(
            route, kwargs={"pk": motion.pk, "slug": motion.slug or "motie"}
        )

    # Routes -------------------------------------------------------------------------

    @path("", name="search")
    @members_only
    def index_route(self, request):
        from motionbank import views

        return views.search(request, self)

    @re_path(rf"^{MOTION}/$", name="motion")
    @members_only
    def motion_view(self, request, pk, slug):
        from motionbank import views

        return views.motion_detail(request, self, int(pk), slug)

    @re_path(r"^(?P<pk>\d+)/$", name="motion_short")
    @members_only
    def motion_short_view(self, request, pk):
        from motionbank import views

        return views.redirect_to_motion(request, self, int(pk))

    @re_path(rf"^{MOTION}/bestand/$", name="motion_file")
    @members_only
    def motion_file_view(self, request, pk, slug):
        from motionbank import views

        return views.motion_file(request, self, int(pk), slug)

    @re_path(rf"^{MOTION}/word/$", name="motion_word")
    @members_only
    def motion_word_view(self, request, pk, slug):
        from motionbank import views

        return views.motion_word(request, self, int(pk), slug)

    @re_path(rf"^{MOTION}/reageer/$", name="motion_reply")
    @members_only
    def motion_reply_view(self, request, pk, slug):
        from motionbank import replies

        return replies.reply(request, self, int(pk), slug)

    @path("delen/", name="upload")
    @members_only
    def upload_view(self, request):
        from motionbank import views

        return views.upload(request, self)

    @path("mijn-bijdragen/", name="mine")
    @members_only
    def mine_view(self, request):
        from motionbank import views

        return views.my_submissions(request, self)
