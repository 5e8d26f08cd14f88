from django import template
from django.http import QueryDict

register = template.Library()

PAGE_PARAM = "pagina"


def _params(request):
    params = request.GET.copy() if request is not None else QueryDict(mutable=True)
    params.pop(PAGE_PARAM, None)
    return params


@register.simple_tag(takes_context=True)
def without_filter(context, param, value):
    """The current URL's query string with one selected facet value removed."""
    params = _params(context.get("request"))
    params.setlist(param, [v for v in params.getlist(param) if v != value])
    return "?" + params.urlencode() if params else "?"


@register.simple_tag(takes_context=True)
def with_value(context, param, value):
    """The current URL's query string with one more value for a parameter."""
    params = _params(context.get("request"))
    if value not in params.getlist(param):
        params.appendlist(param, value)
    return "?" + params.urlencode()


@register.simple_tag(takes_context=True)
def without_all_filters(context, *keep):
    """The current URL's query string with only the given parameters (e.g. "q") kept."""
    params = _params(context.get("request"))
    kept = QueryDict(mutable=True)
    for name in keep:
        if params.getlist(name):
            kept.setlist(name, params.getlist(name))
    return "?" + kept.urlencode() if kept else "?"


@register.simple_tag(takes_context=True)
def paging_querystring(context):
    """The current query string without the page number, for pagination links."""
    return _params(context.get("request")).urlencode()
