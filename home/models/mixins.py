from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


class ChildListingMixin:
    """
    An index page that lists its live, public children, paginated by ``?pagina=``.
    Subclasses set ``listing_page_size`` and may narrow ``get_listing_queryset``.
    """

    listing_page_size = 12
    page_param = "pagina"

    def get_listing_queryset(self):
        # Cards show titles and introductions: the bodies are not read (nor decoded).
        return self.get_children().live().public().defer_streamfields().specific().order_by("path")

    def paginate_listing(self, request):
        paginator = Paginator(self.get_listing_queryset(), self.listing_page_size)
        number = request.GET.get(self.page_param, 1)
        try:
            return paginator.page(number)
        except PageNotAnInteger:
            return paginator.page(1)
        except EmptyPage:
            return paginator.page(paginator.num_pages)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = self.paginate_listing(request)
        return context
