"""
Parse the GET parameters of a faceted search page. Nothing a person (or a crawler) puts
in the URL causes an error page: unknown filter values, wrong types, absurd page numbers
and over-long queries are dropped with a Dutch message, and the rest of the search runs.
"""

import re

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

MAX_QUERY_LENGTH = 200
EXPAND_PARAM = "alle"  # ?alle=orgaan lists every option of that facet
MAX_PAGE = 1000
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class FacetedSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Zoekwoorden"),
        required=False,
        strip=True,
        validators=[ProhibitNullCharactersValidator()],
    )
    sortering = forms.ChoiceField(label=_("Sorteren op"), required=False)
    pagina = forms.IntegerField(required=False)

    def __init__(self, data, *, facets=(), sorts=None, default_sort=None, **kwargs):
        super().__init__(data, **kwargs)
        self.facets = list(facets)
        self.sorts = sorts or {}
        self.default_sort = default_sort or next(iter(self.sorts), "")
        self.fields["sortering"].choices = [(key, sort.label) for key, sort in self.sorts.items()]
        # Facet values are checked against these options in values(); they need no form
        # fields (building hundreds of choices per request would only cost time).
        self.options = {facet.param: facet.options() for facet in self.facets}
        self.messages = []
        self.expanded = []
        """Facets whose options are all to be listed (?alle=...), set by values()."""

    def clean_q(self):
        text = CONTROL_CHARACTERS.sub(" ", self.cleaned_data["q"])
        text = " ".join(text.split())
        if len(text) > MAX_QUERY_LENGTH:
            self.messages.append(
                _("Je zoekopdracht is erg lang. We zochten op de eerste %(n)s tekens.")
                % {"n": MAX_QUERY_LENGTH}
            )
            text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0]
        if text.count('"') % 2:
            # An unpaired quote would open a phrase that never closes.
            text = text.replace('"', " ").strip()
        return text

    def values(self):
        """
        The valid part of the request, always usable: a dict with "q", "sort", "page" and
        one list of selected URL values per facet. Invalid parts become ``self.messages``.
        """
        self.is_valid()
        data = {
            "q": self.cleaned_data.get("q", ""),
            "sort": self.cleaned_data.get("sortering") or self.default_sort,
            "page": self.cleaned_data.get("pagina") or 1,
            "selected": {},
        }
        if "q" in self.errors:
            self.messages.append(_("Je zoekopdracht bevat tekens die we niet kunnen gebruiken."))
        if "sortering" in self.errors:
            self.messages.append(_("Deze sortering kennen we niet; we sorteren standaard."))
        if "pagina" in self.errors or not 1 <= data["page"] <= MAX_PAGE:
            self.messages.append(_("Dit paginanummer bestaat niet; je ziet de eerste pagina."))
            data["page"] = 1
        for facet in self.facets:
            known = {option.param for option in self.options[facet.param]}
            raw = self.data.getlist(facet.param) if hasattr(self.data, "getlist") else []
            chosen = [value for value in dict.fromkeys(raw) if value in known]
            if len(chosen) < len([value for value in raw if value]):
                self.messages.append(
                    _("Een of meer waarden voor “%(label)s” kennen we niet; die zijn genegeerd.")
                    % {"label": facet.label}
                )
            data["selected"][facet.param] = chosen
        if hasattr(self.data, "getlist"):
            # Only a display choice: an unknown value is simply not acted on.
            asked = set(self.data.getlist(EXPAND_PARAM))
            self.expanded = [f.param for f in self.facets if f.show and f.param in asked]
        return data

    @property
    def has_problems(self):
        return bool(self.messages)
