"""
The blocks of a newsletter issue: free blocks (the site's own heading, text, image and
call to action) and a featured page. Each renders on the site with its template in
templates/blocks/ and in the mail with templates/newsletter/email/blocks/<name>.html
(newsletter.mailing.render_body), where every link is absolute.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from home.blocks import RICH_TEXT_FEATURES, CallToActionBlock, HeadingBlock, ImageBlock


class FeaturedPageBlock(blocks.StructBlock):
    """Any page of the site, shown with its title, introduction and a link."""

    page = blocks.PageChooserBlock(label=_("Pagina"))
    text = blocks.TextBlock(
        label=_("Tekst"),
        required=False,
        help_text=_("Laat leeg om de inleiding van de pagina te gebruiken."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Uitgelichte pagina")
        template = "newsletter/blocks/featured_page.html"


class NewsletterStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Tekst"), features=RICH_TEXT_FEATURES, template="blocks/paragraph.html"
    )
    image = ImageBlock()
    featured_page = FeaturedPageBlock()
    call_to_action = CallToActionBlock()
