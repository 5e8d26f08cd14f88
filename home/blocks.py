"""
The StreamField blocks every CLB page shares. Each block has a template in
templates/blocks/. Block definitions do live in migrations (Wagtail's default); keep
their names stable.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

# Rich text in body content: h2/h3 only, so that every page keeps one h1 (its title).
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
# Short rich text (answers, intros) gets no headings at all.
INLINE_RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tekst"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Kop 2")), ("h3", _("Kop 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Kop")
        template = "blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("Alternatieve tekst"),
        max_length=250,
        required=False,
        help_text=_(
            "Beschrijf wat er op de afbeelding te zien is voor wie hem niet kan zien. "
            "Laat leeg als de afbeelding alleen decoratief is."
        ),
    )
    caption = blocks.CharBlock(label=_("Onderschrift"), max_length=250, required=False)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citaat"))
    attribution = blocks.CharBlock(label=_("Wie zegt het"), max_length=200, required=False)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "blocks/quote.html"


class LinkStructValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        if page:
            return page.url
        return self.get("external_url") or ""


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    text = blocks.TextBlock(label=_("Tekst"), required=False)
    button_label = blocks.CharBlock(label=_("Tekst op de knop"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Pagina"), required=False)
    external_url = blocks.URLBlock(label=_("Of een externe link"), required=False)

    class Meta:
        icon = "pick"
        label = _("Oproep tot actie")
        template = "blocks/call_to_action.html"
        value_class = LinkStructValue

    def clean(self, value):
        from django.core.exceptions import ValidationError

        from wagtail.blocks import StructBlockValidationError

        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(_("Kies een pagina of vul een externe link in."))
                }
            )
        return value


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Titel"),
        max_length=200,
        required=False,
        help_text=_("Laat leeg om de titel van het document te gebruiken."),
    )
    description = blocks.CharBlock(label=_("Omschrijving"), max_length=300, required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document")


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120, required=False)
    documents = blocks.ListBlock(DocumentLinkBlock(), label=_("Documenten"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Documentenlijst")
        template = "blocks/document_list.html"


class CaptionedTableBlock(TableBlock):
    class Meta:
        icon = "table"
        label = _("Tabel")
        template = "blocks/table.html"


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("Getal"), max_length=20)
    label = blocks.CharBlock(label=_("Omschrijving"), max_length=120)


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120, required=False)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Kerncijfers"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Kerncijfers")
        template = "blocks/key_figures.html"


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Vraag of titel"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Antwoord"), features=INLINE_RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120, required=False)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Onderdelen"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Uitklaplijst / veelgestelde vragen")
        template = "blocks/accordion.html"


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Tekst"), features=RICH_TEXT_FEATURES, template="blocks/paragraph.html"
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    documents = DocumentListBlock()
    table = CaptionedTableBlock()
    key_figures = KeyFiguresBlock()
    accordion = AccordionBlock()


class ModuleBlock(blocks.StructBlock):
    """One module of a training track."""

    title = blocks.CharBlock(label=_("Titel"), max_length=150)
    description = blocks.TextBlock(label=_("Omschrijving"), required=False)

    class Meta:
        icon = "list-ul"
        label = _("Module")
