"""
How far down the page a person has to look: the top (in CSS px from the top of the
page) of the motion bank's search box, its first result after a search, and the
agenda's first event, on a phone (390×844) and a laptop (1280×800).

Run against a running site with the demo content (``make run``):

    .venv/bin/python -m tools.measure_layout http://127.0.0.1:8000

It logs in as the demo member (lid / clb-lid-demo) and prints one line per measure.
Uses Debian's Chromium, as the browser tests do.
"""

import argparse
import os
import shutil

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
SIZES = {"phone 390×844": (390, 844), "laptop 1280×800": (1280, 800)}
QUERY = "armoede"


def top(page, selector):
    """The top of the first element matching ``selector``, from the top of the page."""
    locator = page.locator(selector).first
    if not locator.count():
        return None
    return round(locator.evaluate("e => e.getBoundingClientRect().top + window.scrollY"))


def measure(browser, base_url, width, height, username, password):
    context = browser.new_context(
        base_url=base_url, viewport={"width": width, "height": height}, locale="nl-NL"
    )
    page = context.new_page()
    page.goto("/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(lambda url: "/account/inloggen/" not in url)

    page.goto("/motiebank/")
    search_box = top(page, "#mb-q")
    page.goto(f"/motiebank/?q={QUERY}")
    first_result = top(page, ".search-results > li")
    page.goto("/agenda/")
    first_event = top(page, ".event-item")
    context.close()
    return {
        "search box (motion bank)": search_box,
        f"first result (motion bank, “{QUERY}”)": first_result,
        "first event (agenda)": first_event,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("base_url", nargs="?", default="http://127.0.0.1:8000")
    parser.add_argument("--user", default="lid")
    parser.add_argument("--password", default="clb-lid-demo")
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for label, (width, height) in SIZES.items():
            for name, value in measure(
                browser, args.base_url, width, height, args.user, args.password
            ).items():
                shown = "not found" if value is None else f"{value} px"
                print(f"{label:16} {name:40} {shown}")
        browser.close()


if __name__ == "__main__":
    main()
