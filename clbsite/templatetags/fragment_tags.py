"""
``{% pagefragment "name" [value ...] %}...{% endpagefragment %}``: the enclosed part of a
page template, rendered once and then taken from the cache until an editor changes
something, the entry expires or the page changes. The values after the name are part of
the key (a listing's page number, an agenda's filters). See clbsite/fragments.py.
"""

from django import template
from django.template import TemplateSyntaxError
from django.utils.safestring import mark_safe

from wagtail.models import Page

from clbsite import fragments

register = template.Library()


class PageFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        page = context.get("page")
        if not isinstance(page, Page):
            return self.nodelist.render(context)
        vary_on = [value.resolve(context) for value in self.vary_on]
        return mark_safe(
            fragments.cached(
                request, page, self.name, vary_on, lambda: self.nodelist.render(context)
            )
        )


@register.tag
def pagefragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise TemplateSyntaxError("'pagefragment' needs a name: {% pagefragment \"content\" %}")
    name = bits[1]
    if not (name[0] == name[-1] and name[0] in "\"'"):
        raise TemplateSyntaxError("The name of a 'pagefragment' is a quoted string.")
    nodelist = parser.parse(("endpagefragment",))
    parser.delete_first_token()
    return PageFragmentNode(nodelist, name[1:-1], [parser.compile_filter(bit) for bit in bits[2:]])
