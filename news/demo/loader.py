"""
Demo news from news/demo/news.yaml: the news index under the home page and a year of
articles (fixed dates, December 2025 to December 2026), linked to themes and to the network,
training and research pages of the demo tree by slug.

Idempotent: the index and every article are matched by slug; what exists is left alone.
"""

import datetime
import json
from pathlib import Path

from django.apps import apps
from django.db import transaction
from django.utils.html import escape

import yaml

from home.models import HomePage, NetworkPage, TrainingTrackPage
from news.models import NewsArticlePage, NewsIndexPage

DATA = Path(__file__).resolve().parent / "news.yaml"


def read():
    with open(DATA, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def body(paragraphs):
    return json.dumps(
        [{"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in paragraphs]
    )


@transaction.atomic
def load(stdout=None):
    home = HomePage.objects.first()
    if home is None:
        return 0
    Theme = apps.get_model("motionbank", "Theme")
    ResearchProjectPage = apps.get_model("research", "ResearchProjectPage")
    data = read()
    created = 0

    index = home.get_children().filter(slug=data["index"]["slug"]).first()
    if index is None:
        index = NewsIndexPage(
            title=data["index"]["title"],
            slug=data["index"]["slug"],
            introduction=data["index"]["introduction"],
            show_in_menus=True,
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        created += 1
    else:
        index = index.specific

    existing = set(index.get_children().values_list("slug", flat=True))
    for item in data["articles"]:
        if item["slug"] in existing:
            continue
        article = NewsArticlePage(
            title=item["title"],
            slug=item["slug"],
            date=datetime.date.fromisoformat(str(item["date"])),
            author=item.get("author", ""),
            introduction=" ".join(item["introduction"].split()),
            body=body(item.get("body", [])),
        )
        article.themes = list(Theme.objects.filter(slug__in=item.get("themes", [])))
        article.related_networks = list(
            NetworkPage.objects.filter(slug__in=item.get("networks", []))
        )
        article.related_training = list(
            TrainingTrackPage.objects.filter(slug__in=item.get("training", []))
        )
        article.related_research = list(
            ResearchProjectPage.objects.filter(slug__in=item.get("research", []))
        )
        index.add_child(instance=article)
        article.save_revision().publish()
        created += 1
    if stdout is not None and created:
        stdout.write(f"Nieuws: {created} nieuwe pagina's.")
    return created
