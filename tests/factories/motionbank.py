"""Factories of the motion bank. Fixed values for anything a test asserts."""

import datetime

import factory
import wagtail_factories

from motionbank.models import GoverningBody, Member, Motion, MotionBankPage, Theme
from motionbank.models.members import MemberFunction
from motionbank.models.motions import DocumentType, Outcome
from motionbank.models.reference import Tier


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Testthema {n}")
    slug = factory.Sequence(lambda n: f"testthema-{n}")
    sort_order = factory.Sequence(lambda n: 100 + n)

    class Meta:
        model = Theme


class GoverningBodyFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"TS{n:04d}")
    name = factory.Sequence(lambda n: f"Testgemeente {n}")
    tier = Tier.MUNICIPALITY
    province = "Noord-Brabant"

    class Meta:
        model = GoverningBody


class MotionFactory(factory.django.DjangoModelFactory):
    """A live motion with its text; pass live=False for a draft."""

    title = factory.Sequence(lambda n: f"Testmotie {n}")
    summary = "Een korte samenvatting."
    document_type = DocumentType.MOTION
    date_submitted = datetime.date(2023, 5, 11)
    governing_body = factory.SubFactory(GoverningBodyFactory)
    theme = factory.SubFactory(ThemeFactory)
    outcome = Outcome.ADOPTED
    submitters = "Anna Indiener"
    parties = "PvdA"
    findings = "- Er iets aan de hand is;"
    considerations = "- Het ertoe doet;"
    operative_text = "- Er iets aan te doen."
    live = True

    class Meta:
        model = Motion
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)
            self.save()


class MemberFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory("tests.factories.users.UserFactory", groups=["Leden"])
    function = MemberFunction.COUNCILLOR
    governing_body = factory.SubFactory(GoverningBodyFactory)

    class Meta:
        model = Member


class MotionBankPageFactory(wagtail_factories.PageFactory):
    title = "Motiebank"
    slug = "motiebank"
    introduction = "Moties van leden, voor leden."

    class Meta:
        model = MotionBankPage
