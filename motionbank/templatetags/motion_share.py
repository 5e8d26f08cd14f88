"""``{% motion_share_bar %}`` on a motion's page: its permanent link, "Afdrukken" and
"Reageer" (motionbank/replies.py). Reads ``page``, ``motion`` and ``request`` from the
page's context."""

from django import template

from home.siteurl import absolute
from motionbank.replies import can_reply, reply_url

register = template.Library()


@register.inclusion_tag("motionbank/includes/share_bar.html", takes_context=True)
def motion_share_bar(context):
    page, motion, request = context["page"], context["motion"], context["request"]
    permalink = absolute(page.url + page.reverse_subpage("motion_short", kwargs={"pk": motion.pk}))
    return {
        "motion": motion,
        "permalink": permalink if motion.live else "",
        "reply_url": reply_url(page, motion) if can_reply(motion, request.user) else "",
    }
