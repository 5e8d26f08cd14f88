"""
Locust scenarios for `make loadtest` (see tools/loadtest/run.py). The scenario is chosen with
the environment variable SCENARIO: one page at a time for the per-page table, or
"mixed" for visitors, members searching and members uploading together.
"""

import os
import random
import re
import uuid
from pathlib import Path

from locust import FastHttpUser, HttpUser, between, constant, task

SCENARIO = os.environ.get("SCENARIO", "mixed")
# Visitors and members use Locust's FastHttpUser (geventhttpclient): on a 2-core machine
# the load generator shares the CPU with the site, and this client needs a fraction of
# the CPU per request that python-requests does. Uploads need multipart forms, which
# only HttpUser sends.
PATHS = {
    "bare": "/loadtest/bare/",
    "home": "/",
    "network": "/netwerken/wethouders/",
    "training": "/scholing/jan-schaperleergang/",
    "agenda": "/agenda/",
    # Filters make it a search: never stored in the page cache (clbsite/caching.py).
    "agenda-filtered": "/agenda/?doelgroep=wethouders&periode=drie-maanden",
}
WORDS = [
    "armoede",
    "wonen",
    "jeugdzorg",
    "energie",
    "schulden",
    "stikstof",
    "water",
    "veiligheid",
    "bijeenkomsten",
    "leden",
    "informatie",
    "vervoer",
]
FILTERS = [
    "",
    "&uitslag=aangenomen",
    "&laag=gemeente",
    "&provincie=Noord-Brabant",
    "&thema=wonen&jaar=2024",
]


def _vocabulary(size=2000):
    """The commonest words of the benchmark corpus (tools/bench/benchmark_words.txt),
    for searches that were not asked before: scenario "search-new"."""
    path = Path(__file__).resolve().parent.parent / "bench" / "benchmark_words.txt"
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split(" ", 1)[0]
        if not line.startswith("#") and len(word) >= 5 and word.isalpha() and word.isascii():
            words.append(word)
            if len(words) == size:
                break
    return words


VOCABULARY = _vocabulary() if SCENARIO == "search-new" else []
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
MOTION_LINK = re.compile(r'href="(/motiebank/\d+-[\w-]+/)"')
PDF = Path(os.environ["LOADTEST_PDF"]).read_bytes() if os.environ.get("LOADTEST_PDF") else b""


def login(client, username="lid", password="clb-lid-demo"):
    page = client.get("/account/inloggen/", name="login form")
    token = CSRF.search(page.text).group(1)
    client.post(
        "/account/inloggen/",
        {"username": username, "password": password, "csrfmiddlewaretoken": token},
        headers={"Referer": client.base_url + "/account/inloggen/"},
        name="login",
    )


class Visitor(FastHttpUser):
    wait_time = constant(0) if SCENARIO != "mixed" else between(0.5, 2)
    weight = 6

    @task
    def page(self):
        if SCENARIO in PATHS:
            self.client.get(PATHS[SCENARIO], name=SCENARIO)
        else:
            name = random.choice(["home", "network", "training", "agenda", "agenda-filtered"])
            self.client.get(PATHS[name], name=name)


class Member(FastHttpUser):
    wait_time = constant(0) if SCENARIO != "mixed" else between(0.5, 2)
    weight = 3

    def on_start(self):
        login(self.client)
        self.motions = []

    def search(self):
        query = random.choice(WORDS) + random.choice(FILTERS)
        response = self.client.get(f"/motiebank/?q={query}", name="motion bank search")
        self.motions = MOTION_LINK.findall(response.text)[:5] or self.motions

    def new_search(self):
        """One or two of the corpus's 2,000 commonest words, a filter, now and then a
        later page: thousands of combinations, so few were asked before, and neither
        their rendered results nor their text matches are kept yet."""
        words = "+".join(random.sample(VOCABULARY, random.choice((1, 1, 2))))
        page = f"&pagina={random.randint(2, 3)}" if random.random() < 0.3 else ""
        self.client.get(
            f"/motiebank/?q={words}{random.choice(FILTERS)}{page}",
            name="motion bank search (new)",
        )

    @task(3)
    def search_task(self):
        if SCENARIO in ("search", "mixed"):
            self.search()
        elif SCENARIO == "search-new":
            self.new_search()
        elif SCENARIO == "motion":
            if not self.motions:
                self.search()  # a search without results leaves none: ask another next time
            if self.motions:
                self.client.get(random.choice(self.motions), name="motion page")
        elif SCENARIO == "member-network":
            # A public page as a member sees it: never from the page cache.
            self.client.get(PATHS["network"], name="network as member")


class Uploader(HttpUser):
    """A member sharing a motion: the form, then the post with a PDF."""

    wait_time = between(2, 5)
    weight = 1

    def on_start(self):
        login(self.client)

    @task
    def upload(self):
        form = self.client.get("/motiebank/delen/", name="upload form")
        match = CSRF.search(form.text)
        if not match:
            return
        title = f"Laadtest-motie {uuid.uuid4().hex}"
        data = {
            "csrfmiddlewaretoken": match.group(1),
            "document_type": "motie",
            "title": title,
            "governing_body": os.environ.get("LOADTEST_BODY", "1"),
            "date_submitted": "2026-10-01",
            "outcome": "onbekend",
            "theme": os.environ.get("LOADTEST_THEME", "1"),
            "operative_text": "Verzoekt het college om de proef voort te zetten.",
            "confirm_similar": "on",
        }
        with self.client.post(
            "/motiebank/delen/",
            data=data,
            files={"file": ("motie.pdf", PDF, "application/pdf")},
            headers={"Referer": self.client.base_url + "/motiebank/delen/"},
            name="upload",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code == 302:
                response.success()
                with open(os.environ["LOADTEST_UPLOADS"], "a") as log:
                    log.write(title + "\n")
            else:
                response.failure(f"upload answered {response.status_code}")
