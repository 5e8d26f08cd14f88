"""People, pages and files for the motion bank tests. Every test builds what it asserts on."""

import io
import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group

import pytest

from home.demo.pdf import make_pdf
from home.groups import EDITOR_GROUP, MEMBER_GROUP, ensure_groups
from tests.factories import UserFactory
from tests.factories.motionbank import (
    GoverningBodyFactory,
    MemberFactory,
    MotionBankPageFactory,
    MotionFactory,
    ThemeFactory,
)
from tests.search.conftest import search_backend  # noqa: F401  (the backends fixture)


@pytest.fixture(autouse=True)
def own_media_root(settings, tmp_path):
    """Each test writes its files to its own MEDIA_ROOT: other test runs (in parallel, or
    other suites cleaning up the shared one) cannot change what a test sees on disk."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def bank(home_page):
    """The MotionBankPage at /motiebank/."""
    return MotionBankPageFactory(parent=home_page)


@pytest.fixture
def groups(db):
    ensure_groups()
    return {
        "members": Group.objects.get(name=MEMBER_GROUP),
        "editors": Group.objects.get(name=EDITOR_GROUP),
    }


@pytest.fixture
def tilburg(db):
    return GoverningBodyFactory(code="TS0855", name="Tilburg", province="Noord-Brabant")


@pytest.fixture
def breda(db):
    return GoverningBodyFactory(code="TS0758", name="Breda", province="Noord-Brabant")


@pytest.fixture
def theme(db):
    return ThemeFactory(name="Testarmoede", slug="testarmoede")


@pytest.fixture
def people(groups, breda):
    """Everyone the access rules distinguish, by role."""
    member_record = MemberFactory(
        user=UserFactory(
            username="lid1", first_name="Lotte", last_name="Lid", groups=[MEMBER_GROUP]
        ),
        governing_body=breda,
    )
    return {
        "member": member_record.user,
        "other_member": UserFactory(username="lid2", groups=[MEMBER_GROUP]),
        "non_member": UserFactory(username="geen-lid"),
        "editor": UserFactory(username="redacteur", groups=[EDITOR_GROUP]),
        "superuser": UserFactory(username="baas", is_superuser=True, is_staff=True),
    }


@pytest.fixture
def login(client):
    def log_in(user):
        client.force_login(user)
        return client

    return log_in


@pytest.fixture
def motion(tilburg, theme):
    return MotionFactory(
        title="Geen kind buiten spel",
        governing_body=tilburg,
        theme=theme,
        findings="- In Tilburg veel kinderen in armoede opgroeien;",
        considerations="- Kinderen niet de dupe mogen zijn;",
        operative_text="- Het college van Tilburg een kindpakket in te voeren.",
    )


@pytest.fixture
def pdf_bytes():
    return make_pdf(
        "Motie Schone lucht", ["Constaterende dat de lucht vies is.", "Verzoekt het college."]
    )


def docx_bytes(text="Constaterende dat de bus te duur is."):
    import docx

    document = docx.Document()
    document.add_heading("Motie Gratis bus", level=0)
    document.add_paragraph(text)
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


@pytest.fixture
def media_files():
    """The files under MEDIA_ROOT right now, to check that nothing new was written."""

    def snapshot():
        root = Path(settings.MEDIA_ROOT)
        if not root.exists():
            return set()
        return {
            str(Path(dirpath, name).relative_to(root))
            for dirpath, _dirs, names in os.walk(root)
            for name in names
        }

    return snapshot


@pytest.fixture
def make_motion(tilburg, theme):
    def make(**fields):
        fields.setdefault("governing_body", tilburg)
        fields.setdefault("theme", theme)
        return MotionFactory(**fields)

    return make


@pytest.fixture
def motion_document(pdf_bytes):
    """A PDF in the motion bank's collection."""
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    from motionbank.privacy import motion_collection

    document = get_document_model()(title="Motie Schone lucht", collection=motion_collection())
    document.file.save("motie-schone-lucht.pdf", ContentFile(pdf_bytes), save=False)
    document.save()
    return document


@pytest.fixture
def motion_with_file(make_motion, motion_document):
    return make_motion(title="Schone lucht", original_file=motion_document)
