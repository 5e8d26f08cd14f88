"""Admin registrations of the search layer: the synonyms staff manage (search/synonyms.py)."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Synoniemen")
    add_to_admin_menu = True
    menu_order = 900  # below the content, above Wagtail's own settings
    list_display = ["term", "equivalents"]
    list_export = []  # nothing to export (and no spreadsheet formulas to guard against)
    search_fields = ["term", "equivalents"]
    ordering = ["term"]
    search_backend_name = None  # a short list: searched in the database, not indexed


register_snippet(SynonymViewSet)
