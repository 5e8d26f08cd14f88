"""
Browser tests: Playwright's Python package drives Debian's Chromium
(/usr/bin/chromium, through ``executable_path``) against Django's live server.

- Without Chromium the tests skip and say so, unless CLB_REQUIRE_BROWSER=1 (CI sets it),
  when a missing browser is an error.
- A screenshot of every page of a failing test goes to test-artifacts/screenshots/.
- ``assert_accessible(page)`` runs axe-core (pinned in package.json, read from
  node_modules on disk and evaluated through the DevTools protocol, which the page's
  Content-Security-Policy does not govern) against WCAG 2.1 A and AA and fails on
  serious or critical violations.
- Every page listens for Content-Security-Policy violations (the
  ``securitypolicyviolation`` event and Chromium's console report); a test whose pages
  broke the policy fails, whatever else it checks.
- Live-server tests run in a transactional database that Django empties after each
  test; ``serialized_rollback`` restores what the migrations put there (governing
  bodies, themes, groups, the moderation workflow) before each one, so a test starts
  from a freshly migrated site. Run them in their own pytest invocation (``make test``
  does): the flush would otherwise wipe that data for the tests that follow.
"""

import os
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
REQUIRED = os.environ.get("CLB_REQUIRE_BROWSER") == "1"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Reports every CSP violation of a page to the test (through an exposed binding, so the
# report survives navigation). Injected by the DevTools protocol, not by the page.
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.__clbCspViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: event.sourceFile + ":" + event.lineNumber,
    });
});
"""
CSP_CONSOLE = re.compile(r"Content Security Policy|Content-Security-Policy", re.IGNORECASE)


def pytest_collection_modifyitems(items):
    """Tests that drive the browser are marked ``browser`` and get a freshly migrated
    transactional database (see the module docstring). Other tests in this folder (the
    CSP header test) are plain Django tests."""
    for item in items:
        if "tests/browser/" in str(item.fspath) and "browser" in item.fixturenames:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def browser(django_db_setup):
    """One headless Chromium for the session.

    The test database is set up before Playwright starts. Playwright's sync API keeps an
    event loop in this thread while the browser is open, so Django would refuse every
    ORM call (the tests' own set-up and checks, the flush after each live-server test)
    as "async unsafe": they are synchronous and safe here, so the guard is off for as
    long as the browser runs."""
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM}: install Debian's chromium package"
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)
    from django.db import connections

    from playwright.sync_api import sync_playwright

    # While Playwright's event loop runs in this thread, Django hands out other
    # connection objects (asgiref keeps them per async context), which lack the copy of
    # the migrated database that setup_databases() made for serialized_rollback: every
    # test after the first would start from an empty database. Give them that copy.
    serialized = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if getattr(connections[alias], "_test_serialized_contents", None) is not None
    }
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            for alias, contents in serialized.items():
                connections[alias]._test_serialized_contents = contents
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()


@pytest.fixture(autouse=True)
def _own_media_root(settings, tmp_path):
    """Uploaded and demo files go to this test's own MEDIA_ROOT, so another test run in
    the same tree (which cleans the shared one up) cannot pull them away."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def csp_violations():
    """Every CSP violation the test's pages reported: (page URL, description)."""
    return []


@pytest.fixture
def new_page(browser, live_server, request, csp_violations):
    """Open a page in a fresh browser context (its own cookies: one person), with
    ``new_page(java_script_enabled=False)`` and other context options if needed."""
    contexts = []

    def open_page(**options):
        settings = {
            "base_url": live_server.url,
            "locale": "nl-NL",
            "timezone_id": "Europe/Amsterdam",
            "accept_downloads": True,
            "viewport": {"width": 1280, "height": 900},
            **options,
        }
        context = browser.new_context(**settings)
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
        context.expose_binding(
            "__clbCspViolation",
            lambda source, report: csp_violations.append((source["page"].url, report)),
        )
        context.add_init_script(CSP_LISTENER)
        page = context.new_page()
        page.clb_javascript = settings.get("java_script_enabled", True)
        page.set_default_timeout(15_000)
        page.on(
            "console",
            lambda message: (
                csp_violations.append((page.url, message.text))
                if CSP_CONSOLE.search(message.text)
                else None
            ),
        )
        contexts.append(context)
        return page

    yield open_page

    outcome = getattr(request.node, "report_call", None)
    if outcome is not None and outcome.failed:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)
        for number, context in enumerate(contexts, start=1):
            for page in context.pages:
                suffix = "" if len(contexts) == 1 else f"-{number}"
                page.screenshot(path=str(ARTIFACTS / f"{name}{suffix}.png"), full_page=True)
    for context in contexts:
        context.close()
    if csp_violations and outcome is not None and outcome.passed:
        pytest.fail(
            "Content-Security-Policy violations:\n"
            + "\n".join(f"{url}: {report}" for url, report in csp_violations)
        )


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture(scope="session")
def axe_source():
    if not AXE.exists():
        message = "axe-core is not installed: run `make install` (npm ci)"
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)
    return AXE.read_text()


@pytest.fixture
def assert_accessible(axe_source):
    def check(page, label=""):
        # axe-core waits on timers, which never fire with JavaScript switched off: the
        # check would hang. Check such a page again in a context with JavaScript.
        assert getattr(page, "clb_javascript", True), (
            "assert_accessible needs a page with JavaScript on (axe-core runs on timers)"
        )
        # Evaluated through the DevTools protocol: no <script> tag, so the page's CSP
        # (script-src 'self') does not apply.
        if not page.evaluate("() => typeof window.axe === 'object'"):
            page.evaluate(axe_source)
        result = page.evaluate(
            """async (tags) => await axe.run(document, {
                runOnly: {type: "tag", values: tags},
                resultTypes: ["violations"],
            })""",
            WCAG,
        )
        serious = [
            f"{v['id']} ({v['impact']}): {v['help']} — "
            + "; ".join(node["target"][0] if node["target"] else "?" for node in v["nodes"][:5])
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert not serious, f"Accessibility problems on {label or page.url}:\n" + "\n".join(serious)

    return check


def login(page, username, password):
    """Log in through the site's own (Dutch) login page."""
    page.goto("/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(lambda url: "/account/inloggen/" not in url)


# Whether the focused element shows a focus indicator: an outline of its own or, for a
# link that fills a card, the outline the card draws around it (.card:focus-within).
FOCUS_INDICATOR = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const visible = (node) => {
        const style = getComputedStyle(node);
        return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    };
    if (visible(element)) return element.tagName;
    const card = element.closest(".card");
    return card && visible(card) ? "card" : "";
}"""


def assert_focus_visible(page):
    indicator = page.evaluate(FOCUS_INDICATOR)
    assert indicator is not None, "Nothing on the page has the keyboard focus"
    description = page.evaluate(
        "() => document.activeElement.outerHTML.slice(0, 200)",
    )
    assert indicator, f"The focused element shows no focus outline: {description}"


def tab_to(page, locator, max_presses=60, backwards=False):
    """Press Tab (or Shift+Tab) until ``locator`` has the focus, checking on every stop
    that the focus is visible."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(max_presses):
        page.keyboard.press(key)
        if locator.evaluate("element => element === document.activeElement"):
            assert_focus_visible(page)
            return
        assert_focus_visible(page)
    raise AssertionError(f"{locator} not reached with {max_presses} presses of {key}")
