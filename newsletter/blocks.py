"""
The blocks of a newsletter issue: news items (a news.NewsArticlePage, named by string),
free blocks (the site's own heading, text, image and call to action) and a featured page.
A news item or featured page shows only while it is live and public. Each block renders
on the site with its template and in the mail with
templates/newsletter/email/blocks/<name>.html (newsletter.mailing.IssueMail), where every
link is absolute.
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
    news_item = blocks.PageChooserBlock(
        page_type="news.NewsArticlePage",
        label=_("Nieuwsbericht"),
        icon="doc-full-inverse",
        help_text=_("Met titel, datum, inleiding en een link naar het bericht."),
        template="newsletter/blocks/news_item.html",
    )
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Tekst"), features=RICH_TEXT_FEATURES, template="blocks/paragraph.html"
    )
    image = ImageBlock()
    featured_page = FeaturedPageBlock()
    call_to_action = CallToActionBlock()
