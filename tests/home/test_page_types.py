"""Every page type can be created only where it belongs, and renders."""

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from agenda.models import AgendaPage
from home.models import (
    HomePage,
    NetworkIndexPage,
    NetworkPage,
    StandardPage,
    TrainingIndexPage,
    TrainingTrackPage,
)
from motionbank.models import MotionBankPage
from news.models import NewsIndexPage
from newsletter.models import NewsletterIndexPage
from research.models import (
    GuidanceDocumentPage,
    GuidanceIndexPage,
    ResearchIndexPage,
    ResearchProjectPage,
)
from tests.factories import (
    GuidanceDocumentPageFactory,
    GuidanceIndexPageFactory,
    HomePageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    PersonFactory,
    ResearchIndexPageFactory,
    ResearchProjectPageFactory,
    StandardPageFactory,
    TrainingIndexPageFactory,
    TrainingTrackPageFactory,
)


class PageTreeTestCase(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        for page in root.get_children():
            page.delete()
        cls.home = HomePageFactory(parent=root)
        Site.objects.all().delete()
        Site.objects.create(hostname="localhost", root_page=cls.home, is_default_site=True)
        contact = PersonFactory(name="Sofie Kuilman", role="medewerker")
        cls.about = StandardPageFactory(parent=cls.home, title="Over het CLB")
        cls.network_index = NetworkIndexPageFactory(parent=cls.home)
        cls.network = NetworkPageFactory(
            parent=cls.network_index, title="Netwerk wonen", contact_person=contact
        )
        cls.training_index = TrainingIndexPageFactory(parent=cls.home)
        cls.training = TrainingTrackPageFactory(
            parent=cls.training_index, title="Jan Schaperleergang"
        )
        cls.research_index = ResearchIndexPageFactory(parent=cls.home)
        cls.project = ResearchProjectPageFactory(
            parent=cls.research_index, title="Afgehaakt Nederland", project_lead=contact
        )
        cls.guidance_index = GuidanceIndexPageFactory(parent=cls.home)
        cls.guidance = GuidanceDocumentPageFactory(
            parent=cls.guidance_index, title="Handreiking wonen"
        )


class TestWhereEachPageTypeBelongs(PageTreeTestCase):
    def test_home_page_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_children(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                NetworkIndexPage,
                TrainingIndexPage,
                ResearchIndexPage,
                GuidanceIndexPage,
                MotionBankPage,
                AgendaPage,
                NewsIndexPage,
                NewsletterIndexPage,
            },
        )

    def test_sections_hang_below_their_index(self):
        self.assertAllowedParentPageTypes(NetworkPage, {NetworkIndexPage})
        self.assertAllowedParentPageTypes(TrainingTrackPage, {TrainingIndexPage})
        self.assertAllowedParentPageTypes(ResearchProjectPage, {ResearchIndexPage})
        self.assertAllowedParentPageTypes(GuidanceDocumentPage, {GuidanceIndexPage})

    def test_leaf_pages_have_no_children(self):
        for model in (NetworkPage, TrainingTrackPage, ResearchProjectPage, GuidanceDocumentPage):
            with self.subTest(model=model.__name__):
                self.assertAllowedSubpageTypes(model, set())

    def test_can_create_where_it_belongs(self):
        self.assertCanCreateAt(NetworkIndexPage, NetworkPage)
        self.assertCanCreateAt(TrainingIndexPage, TrainingTrackPage)
        self.assertCanCreateAt(ResearchIndexPage, ResearchProjectPage)
        self.assertCanCreateAt(GuidanceIndexPage, GuidanceDocumentPage)
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)

    def test_cannot_create_elsewhere(self):
        self.assertCanNotCreateAt(HomePage, NetworkPage)
        self.assertCanNotCreateAt(StandardPage, NetworkPage)
        self.assertCanNotCreateAt(NetworkIndexPage, TrainingTrackPage)
        self.assertCanNotCreateAt(ResearchIndexPage, GuidanceDocumentPage)
        self.assertCanNotCreateAt(NetworkPage, StandardPage)

    def test_single_instance_pages(self):
        # An index or the home page exists once: the admin offers no second one.
        for model in (NetworkIndexPage, TrainingIndexPage, ResearchIndexPage, GuidanceIndexPage):
            with self.subTest(model=model.__name__):
                self.assertFalse(model.can_create_at(self.home))


class TestEveryPageTypeRenders(PageTreeTestCase):
    def test_renders(self):
        for page in (
            self.home,
            self.about,
            self.network_index,
            self.network,
            self.training_index,
            self.training,
            self.research_index,
            self.project,
            self.guidance_index,
            self.guidance,
        ):
            with self.subTest(page=page.title):
                self.assertPageIsRenderable(page)
                response = self.client.get(page.url)
                heading = page.hero_title if isinstance(page, HomePage) else page.title
                self.assertContains(response, f"<h1>{heading}</h1>")

    def test_network_page_shows_its_facts(self):
        response = self.client.get(self.network.url)
        self.assertContains(response, "vier keer per jaar")
        self.assertContains(response, "Fysiek en digitaal")
        self.assertContains(response, "Sofie Kuilman")

    def test_research_project_shows_status_and_period(self):
        response = self.client.get(self.project.url)
        self.assertContains(response, "Lopend")
        self.assertContains(response, "sinds 2023")

    def test_editor_can_preview_and_edit_in_admin(self):
        from tests.factories import editor

        self.client.force_login(editor())
        for page in (self.network, self.training, self.project, self.guidance):
            with self.subTest(page=page.title):
                response = self.client.get(f"/admin/pages/{page.pk}/edit/")
                self.assertEqual(response.status_code, 200)
