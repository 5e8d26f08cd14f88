"""
Builds the demo site from the YAML files beside this module: site.yaml (footer, people)
and pages/*.yaml (one file per part of the page tree). The whole tree is built here, as
the home page's sections link to every part of it; the other apps' page models are looked
up by name (``apps.get_model``), so that home imports no other app. Idempotent: a page, person,
document or account that already exists (matched by slug, name, title or username) is
left alone.
"""

import json
from pathlib import Path

from django.apps import apps
from django.core.files.base import ContentFile
from django.db import transaction

from wagtail.documents import get_document_model
from wagtail.models import Page, Site

import yaml

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

DATA = Path(__file__).resolve().parent


def read(name):
    """The data of home/demo/<name>.yaml."""
    with open(DATA / f"{name}.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


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
        """Turn the files' blocks ({block type: value}) into raw StreamField data,
        resolving page keys to ids."""
        resolved = []
        for block in blocks:
            ((kind, value),) = block.items()
            if kind == "call_to_action":
                value = dict(value)
                page = self.pages.get(value.pop("page", None))
                value["page"] = page.pk if page else None
                value.setdefault("external_url", "")
                value.setdefault("text", "")
            resolved.append({"type": kind, "value": value})
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
        for data in read("site")["people"]:
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
            data = read("pages/home")
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
        for data in read("pages/standard")["pages"]:
            page = self.child(home, StandardPage, data)
            for child in data.get("children", []):
                self.child(page, StandardPage, child)

        networks = read("pages/networks")
        index = self.child(home, NetworkIndexPage, {**networks["index"], "show_in_menus": True})
        for data in networks["pages"]:
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

        training = read("pages/training")
        index = self.child(home, TrainingIndexPage, {**training["index"], "show_in_menus": True})
        for data in training["pages"]:
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
        Theme = apps.get_model("motionbank", "Theme")
        GuidanceDocumentPage = apps.get_model("research", "GuidanceDocumentPage")
        GuidanceIndexPage = apps.get_model("research", "GuidanceIndexPage")
        ResearchIndexPage = apps.get_model("research", "ResearchIndexPage")
        ResearchProjectPage = apps.get_model("research", "ResearchProjectPage")

        research = read("pages/research")
        index = self.child(home, ResearchIndexPage, {**research["index"], "show_in_menus": True})
        for data in research["pages"]:
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

        guidance = read("pages/guidance")
        index = self.child(home, GuidanceIndexPage, {**guidance["index"], "show_in_menus": True})
        for data in guidance["pages"]:
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
        AgendaPage = apps.get_model("agenda", "AgendaPage")
        MotionBankPage = apps.get_model("motionbank", "MotionBankPage")
        self.child(home, MotionBankPage, {**read("pages/motionbank"), "show_in_menus": True})
        self.child(home, AgendaPage, {**read("pages/agenda"), "show_in_menus": True})

    def load_home_sections(self, home):
        if home.sections.exists():
            return
        content = read("pages/home")
        for order, data in enumerate(content["sections"]):
            HomePageSection.objects.create(
                home_page=home,
                sort_order=order,
                page=self.pages[data["page"]],
                title=data.get("title", ""),
                text=data["text"],
                link_label=data.get("link_label", ""),
            )
        if content.get("body") and not home.body:
            home.body = self.resolve_stream(content["body"])
        home.hero_link_page = self.pages.get("motiebank")
        home.hero_link_label = content.get("hero_link_label", "")
        home.save_revision().publish()

    def load_footer(self):
        footer = FooterSettings.for_site(self.site)
        if footer.email:
            return
        for field, value in read("site")["footer"].items():
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
