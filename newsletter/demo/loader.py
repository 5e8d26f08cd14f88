"""
Demo content of the newsletter from newsletter/demo/newsletter.yaml: the newsletter page
under the home page, its past issues (published; a call to action names a page under
the home page by its slug) and a few demo subscribers. Idempotent:
a page (by slug) or subscriber (by address) that exists is left alone.
"""

import datetime
import json
from pathlib import Path

from django.db import transaction
from django.utils import timezone

import yaml

from home.models import HomePage
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage, Subscriber

DATA = Path(__file__).resolve().parent / "newsletter.yaml"


def _body(blocks):
    return json.dumps(
        [{"type": kind, "value": value} for block in blocks for kind, value in block.items()]
    )


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def load(stdout=None):
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    home = HomePage.objects.first()
    if home is None:
        return 0
    created = 0
    spec = data["page"]
    index = NewsletterIndexPage.objects.child_of(home).filter(slug=spec["slug"]).first()
    if index is None:
        index = _publish(home, NewsletterIndexPage(**spec))
        created += 1
    for issue in data["issues"]:
        if NewsletterIssuePage.objects.child_of(index).filter(slug=issue["slug"]).exists():
            continue
        for block in issue["body"]:
            if "call_to_action" in block:  # a page under the home page, by its slug
                button = block["call_to_action"]
                target = home.get_children().filter(slug=button.get("page")).first()
                button.update(page=target.pk if target else None, external_url="")
                button.setdefault("text", "")
        fields = {**issue, "body": _body(issue["body"])}
        if isinstance(fields["issue_date"], str):
            fields["issue_date"] = datetime.date.fromisoformat(fields["issue_date"])
        _publish(index, NewsletterIssuePage(**fields))
        created += 1
    for row in data["subscribers"]:
        _subscriber, made = Subscriber.objects.get_or_create(
            email=row["email"],
            defaults={
                "name": row["name"],
                "source": Subscriber.Source.PAGE,
                "confirmed_at": timezone.now() if row["confirmed"] else None,
            },
        )
        created += made
    if stdout is not None:
        stdout.write(f"Nieuwsbrief: {created} nieuwe onderdelen.")
    return created
