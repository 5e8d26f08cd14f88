"""The subscribe form, for the footer of every page (``{% newsletter_footer %}`` in
base.html) and the newsletter page (``{% subscribe_form "pagina" %}``). No queries: the
footer is on every page."""

from django import template
from django.template.loader import render_to_string

from newsletter.forms import SubscribeForm
from newsletter.models import Subscriber

register = template.Library()


@register.simple_tag(takes_context=True)
def newsletter_footer(context):
    form = SubscribeForm(initial={"bron": Subscriber.Source.FOOTER}, prefix_id="nieuwsbrief-voet")
    return render_to_string(
        "includes/newsletter_footer.html", {"form": form, "request": context.get("request")}
    )


@register.simple_tag(takes_context=True)
def subscribe_form(context, source=Subscriber.Source.PAGE):
    form = SubscribeForm(initial={"bron": source})
    return render_to_string(
        "newsletter/includes/subscribe_form.html",
        {"form": form, "show_name": True, "request": context.get("request")},
    )


@register.filter
def shown_to_everyone(page):
    """Whether a page an issue names may be shown in it: live and without restrictions
    (an issue is public and mailed, so a draft or members-only page stays out)."""
    return bool(page) and page.live and not page.get_view_restrictions().exists()
