from wagtail.snippets.models import register_snippet

from agenda.viewsets import EventViewSet

register_snippet(EventViewSet)
