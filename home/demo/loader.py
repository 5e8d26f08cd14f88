"""
Builds the demo site from home/demo/content.py. Idempotent: a page, person, document or
account that already exists (matched by slug, name, title or username) is left alone.
"""

import json

from django.core.files.base import ContentFile
from django.db import transaction

from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from home.demo import content
from home.demo.pdf import make_pdf
from home.models import (
    Audience,
    FooterSettings,
    HomePage,
    HomePageSection,
    NetworkIndexPage,
    NetworkPage,
    Person,
    StandardPage,
    TrainingIndexPage,
    TrainingTrackPage,
)


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.pages = {}  # content key -> page
        self.people = {}
        self.created = 0
        self.pending_bodies = []  # pages created in this run whose body still needs links

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # Building blocks -------------------------------------------------------------

    def resolve_stream(self, blocks):
        """Turn content blocks into raw StreamField data, resolving page keys to ids."""
        resolved = []
        for block in blocks:
            value = block["value"]
            if block["type"] == "call_to_action":
                value = dict(value)
                page = self.pages.get(value.pop("page", None))
                value["page"] = page.pk if page else None
                value.setdefault("external_url", "")
                value.setdefault("text", "")
            resolved.append({"type": block["type"], "value": value})
        return json.dumps(resolved)

    def child(self, parent, model, data, audiences=None, **fields):
        """Return the child of ``parent`` with this slug, creating it if needed."""
        existing = parent.get_children().filter(slug=data["slug"]).first()
        if existing is not None:
            page = existing.specific
        else:
            page = model(
                title=data["title"],
                slug=data["slug"],
                introduction=data.get("introduction", ""),
                show_in_menus=data.get("show_in_menus", False),
                **fields,
            )
            if audiences is not None:
                page.audiences = Audience.objects.filter(slug__in=audiences)
            parent.add_child(instance=page)
            if data.get("body"):
                self.pending_bodies.append((page, data["body"]))
            else:
                page.save_revision().publish()
            self.created += 1
        self.pages[data["key"]] = page
        return page

    def fill_bodies(self):
        """Bodies go in once every page exists, so links between pages resolve."""
        for page, body in self.pending_bodies:
            page.body = self.resolve_stream(body)
            page.save_revision().publish()

    def person(self, key):
        return self.people.get(key) if key else None

    def document(self, title, filename, paragraphs, collection=None):
        Document = get_document_model()
        document = Document.objects.filter(title=title).first()
        if document is None:
            document = Document(title=title)
            if collection is not None:
                document.collection = collection
            document.file.save(filename, ContentFile(make_pdf(title, paragraphs)), save=False)
            document.save()
            self.created += 1
        return document

    # The tree ---------------------------------------------------------------------

    def load_people(self):
        for data in content.PEOPLE:
            person, created = Person.objects.get_or_create(
                name=data["name"],
                defaults={"role": data["role"], "email": data["email"], "phone": data["phone"]},
            )
            self.created += created
            self.people[data["key"]] = person

    def load_home(self):
        root = Page.get_first_root_node()
        site = Site.objects.filter(is_default_site=True).first()
        home = HomePage.objects.first()
        if home is None:
            data = content.HOME
            home = HomePage(
                title=data["title"],
                slug="home",
                hero_title=data["hero_title"],
                hero_text=data["hero_text"],
                introduction=data["introduction"],
            )
            # Wagtail's installation leaves a "Welcome" page at the slug we need.
            for welcome in root.get_children().filter(slug="home"):
                if not isinstance(welcome.specific, HomePage):
                    if site and site.root_page_id == welcome.pk:
                        site.root_page = root
                        site.save()
                    welcome.delete()
            root.add_child(instance=home)
            home.save_revision().publish()
            self.created += 1
        if site is None:
            site = Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="Centrum voor Lokaal Bestuur",
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = "Centrum voor Lokaal Bestuur"
            site.save()
        self.pages["home"] = home
        self.site = site
        return home

    def load_pages(self, home):
        for data in content.STANDARD_PAGES:
            page = self.child(home, StandardPage, data)
            for child in data.get("children", []):
                self.child(page, StandardPage, child)

        index = self.child(home, NetworkIndexPage, {**content.NETWORK_INDEX, "show_in_menus": True})
        for data in content.NETWORKS:
            self.child(
                index,
                NetworkPage,
                data,
                audiences=data["audiences"],
                kind=data["kind"],
                audience_note=data["audience_note"],
                meeting_frequency=data["meeting_frequency"],
                meeting_format=data["meeting_format"],
                app_group=data["app_group"],
                contact_person=self.person(data.get("contact")),
            )

        index = self.child(
            home, TrainingIndexPage, {**content.TRAINING_INDEX, "show_in_menus": True}
        )
        for data in content.TRAININGS:
            self.child(
                index,
                TrainingTrackPage,
                data,
                audiences=data["audiences"],
                audience_note=data["audience_note"],
                duration=data["duration"],
                cost=data["cost"],
                registration=data["registration"],
                registration_url=data["registration_url"],
                contact_person=self.person(data.get("contact")),
                modules=json.dumps(
                    [{"type": "module", "value": module} for module in data["modules"]]
                ),
            )

    def load_research(self, home):
        from motionbank.models import Theme
        from research.models import (
            GuidanceDocumentPage,
            GuidanceIndexPage,
            ResearchIndexPage,
            ResearchProjectPage,
        )

        index = self.child(
            home, ResearchIndexPage, {**content.RESEARCH_INDEX, "show_in_menus": True}
        )
        for data in content.RESEARCH_PROJECTS:
            publications = [
                {
                    "type": "document",
                    "value": {
                        "document": self.document(
                            pub["title"], pub["filename"], pub["paragraphs"]
                        ).pk,
                        "title": "",
                        "description": "",
                    },
                }
                for pub in data["publications"]
            ]
            self.child(
                index,
                ResearchProjectPage,
                data,
                status=data["status"],
                start_year=data["start_year"],
                end_year=data["end_year"],
                project_lead=self.person(data.get("lead")),
                summary=data["summary"],
                findings=data["findings"],
                publications=json.dumps(publications),
            )

        index = self.child(
            home, GuidanceIndexPage, {**content.GUIDANCE_INDEX, "show_in_menus": True}
        )
        for data in content.GUIDANCE:
            doc = data["document"]
            self.child(
                index,
                GuidanceDocumentPage,
                data,
                theme=Theme.objects.get(slug=data["theme"]),
                publication_date=data["publication_date"],
                document=self.document(doc["title"], doc["filename"], doc["paragraphs"]),
                instruments=json.dumps(
                    [{"type": "instrument", "value": item} for item in data["instruments"]]
                ),
            )

    def load_sections(self, home):
        from agenda.models import AgendaPage
        from motionbank.models import MotionBankPage

        self.child(home, MotionBankPage, {**content.MOTION_BANK, "show_in_menus": True})
        self.child(home, AgendaPage, {**content.AGENDA, "show_in_menus": True})

    def load_home_sections(self, home):
        if home.sections.exists():
            return
        for order, data in enumerate(content.HOME["sections"]):
            HomePageSection.objects.create(
                home_page=home,
                sort_order=order,
                page=self.pages[data["page"]],
                title=data.get("title", ""),
                text=data["text"],
                link_label=data.get("link_label", ""),
            )
        if content.HOME.get("body") and not home.body:
            home.body = self.resolve_stream(content.HOME["body"])
        home.hero_link_page = self.pages.get("motiebank")
        home.hero_link_label = content.HOME.get("hero_link_label", "")
        home.save_revision().publish()

    def load_footer(self):
        footer = FooterSettings.for_site(self.site)
        if footer.email:
            return
        for field, value in content.FOOTER.items():
            setattr(footer, field, value)
        footer.accessibility_page = self.pages.get("toegankelijkheid")
        footer.privacy_page = self.pages.get("privacy")
        footer.save()

    @transaction.atomic
    def run(self):
        self.load_people()
        home = self.load_home()
        self.load_sections(home)
        self.load_pages(home)
        self.load_research(home)
        self.fill_bodies()
        self.load_home_sections(home)
        self.load_footer()
        return home


def load(stdout=None):
    loader = DemoLoader(stdout=stdout)
    loader.run()
    return loader.created
