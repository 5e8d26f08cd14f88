from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from home.blocks import INLINE_RICH_TEXT_FEATURES

INSTRUMENT_KINDS = [
    ("motie", _("Motie")),
    ("schriftelijke_vragen", _("Schriftelijke vragen")),
    ("amendement", _("Amendement")),
    ("initiatiefvoorstel", _("Initiatiefvoorstel")),
    ("begrotingsvraag", _("Vraag bij de begroting")),
    ("actie", _("Actie in de eigen gemeente")),
]


class InstrumentValue(blocks.StructValue):
    def kind_label(self):
        return dict(INSTRUMENT_KINDS).get(self.get("kind"), "")


class PoliticalInstrumentBlock(blocks.StructBlock):
    """A ready-to-use instrument a guidance document offers: a motion, questions..."""

    kind = blocks.ChoiceBlock(label=_("Soort"), choices=INSTRUMENT_KINDS)
    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    text = blocks.RichTextBlock(label=_("Tekst"), features=INLINE_RICH_TEXT_FEATURES)

    class Meta:
        icon = "pick"
        label = _("Politiek instrument")
        template = "blocks/political_instrument.html"
        value_class = InstrumentValue
