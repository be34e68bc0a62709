"""Browser tests: Playwright driving Debian's Chromium against a production-like hub.

They run when Chromium is installed (``CHROMIUM`` names its binary, otherwise Debian's
``/usr/lib/chromium/chromium``) and are skipped otherwise, except in CI (``CI=true``),
where a missing browser fails them. Every page the tests open is watched: a request
to any other site, or a server error, fails the test that caused it.
"""

import json
import os
import urllib.request
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest

from tests.browser.server import KEPT, ROOT, HubServer, read_mails
from tests.search.utils import ELASTICSEARCH_TEST_URL

CHROMIUM = os.environ.get("CHROMIUM", "/usr/lib/chromium/chromium")
IN_CI = os.environ.get("CI", "").lower() == "true"
SCREENSHOTS = ROOT / "tmp" / "screenshots"
LANGUAGES = ("en", "fr", "es")
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def chromium_available():
    return Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)


def pytest_collection_modifyitems(config, items):
    if chromium_available() or IN_CI:
        return  # in CI, a missing browser fails the tests (see the hub fixture)
    skip = pytest.mark.skip(reason=f"Chromium is not installed at {CHROMIUM}")
    for item in items:
        if Path(item.fspath).is_relative_to(Path(__file__).parent):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            # The browser itself must not look up any other host, so that every request
            # a page makes shows up below (and none can reach the outside world).
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        ],
    }


def elasticsearch_url():
    """The Elasticsearch the other tests use, if it answers (always required in CI)."""
    try:
        with urllib.request.urlopen(ELASTICSEARCH_TEST_URL + "/_cluster/health", timeout=5):  # noqa: S310
            pass
    except OSError:
        if IN_CI:
            raise
        return ""
    return ELASTICSEARCH_TEST_URL


@pytest.fixture(scope="session")
def hub(tmp_path_factory):
    if not chromium_available():
        pytest.fail(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    if os.environ.get("HUB_URL"):  # a server kept running (see tests/browser/server.py)
        url = os.environ["HUB_URL"]
        with urllib.request.urlopen(url + "/health/", timeout=10) as response:  # noqa: S310
            engine = json.load(response)["search_engine"]
        yield SimpleNamespace(
            url=url, elasticsearch=engine == "ok", mails=lambda: read_mails(KEPT / "mail")
        )
        return
    server = HubServer(tmp_path_factory.mktemp("hub"), elasticsearch_url())
    server.prepare()
    server.start()
    yield server
    server.stop()
    assert not server.errors(), "the server logged errors"
    assert "127.0.0.1" not in server.log.read_text(), "a client address reached the log"


@pytest.fixture
def browser_context_args(browser_context_args, hub):
    return {**browser_context_args, "base_url": hub.url, "locale": "en-GB"}


class Traffic:
    """Every request the pages of a test made, the server errors they met, and anything
    the Content Security Policy blocked (public pages and the admin alike)."""

    def __init__(self, site):
        self.site = urlsplit(site).netloc
        self.requests = []
        self.errors = []
        self.blocked = []

    def watch(self, context):
        context.on("request", lambda request: self.requests.append(request.url))
        context.on(
            "console",
            lambda message: (
                self.blocked.append(f"{message.page.url if message.page else ''}: {message.text}")
                if "Content Security Policy" in message.text
                else None
            ),
        )
        context.on(
            "response",
            lambda response: (
                self.errors.append(f"{response.status} {response.url}")
                if response.status >= 500
                else None
            ),
        )

    def off_site(self):
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme not in ("data", "blob", "about")
            and urlsplit(url).netloc != self.site
        ]


@pytest.fixture
def traffic(hub, context):
    """Fails the test if any page made a request to another site or met a server error."""
    recorder = Traffic(hub.url)
    recorder.watch(context)
    yield recorder
    assert recorder.off_site() == [], "requests to other sites"
    assert recorder.errors == [], "server errors"
    assert recorder.blocked == [], "the Content Security Policy blocked something"


@pytest.fixture
def page(page, traffic):
    page.set_default_timeout(15_000)
    return page


def screenshot(page, name):
    """A full-page screenshot under tmp/screenshots/ (curated copies live in docs/)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def choose(page, label, option):
    """Pick, in the select labelled ``label``, the option whose text starts with ``option``.

    Filter options end with their count, "Honduras (1)", which a test should not fix.
    """
    select = page.get_by_label(label, exact=True)
    for candidate in select.locator("option").all():
        if candidate.inner_text().startswith(option):
            select.select_option(candidate.get_attribute("value"))
            return
    raise AssertionError(f"No option {option!r} in {label!r}")
