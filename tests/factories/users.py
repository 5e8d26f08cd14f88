from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import factory

from home.groups import EDITOR_GROUP, MEMBER_GROUP

PASSWORD = "een-goed-wachtwoord-42"


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"gebruiker{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@clb-test.nl")
    first_name = "Test"
    password = factory.django.Password(PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            for name in extracted:
                self.groups.add(Group.objects.get_or_create(name=name)[0])


def member(**kwargs):
    return UserFactory(groups=[MEMBER_GROUP], **kwargs)


def editor(**kwargs):
    return UserFactory(groups=[EDITOR_GROUP], **kwargs)


def non_member(**kwargs):
    return UserFactory(**kwargs)
