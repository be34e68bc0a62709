"""axe-core on the main pages in English, French and Spanish, at phone and desktop widths;
keyboard-only use of the language switcher, the filters and a quiz; screenshots.

Every page here is opened by an anonymous reader: none may set a cookie (the submission
form's CSRF token excepted) or make a request to another site (see conftest.traffic).
"""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, LANGUAGES, PHONE, screenshot

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]

# The same pages in each language; the library has a region and a theme filter applied,
# search has results.
PAGES = {
    "home": {"en": "/en/", "fr": "/fr/", "es": "/es/"},
    "module": {
        "en": "/en/modules/making-smart-recommendations/",
        "fr": "/fr/modules/formuler-des-recommandations-smart/",
        "es": "/es/modulos/formular-recomendaciones-smart/",
    },
    "course": {
        "en": "/en/courses/one-day-introduction-to-the-upr/",
        "fr": "/fr/cours/introduction-a-l-epu-en-une-journee/",
        "es": "/es/cursos/introduccion-al-epu-en-un-dia/",
    },
    "stage-guide": {
        "en": "/en/guide/mid-term-reporting-step-by-step/",
        "fr": "/fr/guide/rapport-a-mi-parcours-etape-par-etape/",
        "es": "/es/guia/informe-de-mitad-de-periodo-paso-a-paso/",
    },
    "library": {
        "en": "/en/strategies/?region=african&theme=womens-rights",
        "fr": "/fr/strategies/?region=african&theme=womens-rights",
        "es": "/es/estrategias/?region=african&theme=womens-rights",
    },
    "case-study": {
        "en": "/en/strategies/honduras-environmental-defenders-reprisal-safe-monitoring/",
        "fr": "/fr/strategies/honduras-defenseurs-environnement-suivi-sans-represailles/",
        "es": "/es/estrategias/honduras-defensores-ambientales-monitoreo-seguro-represalias/",
    },
    "search": {
        "en": "/en/search/?q=embassy",
        "fr": "/fr/search/?q=ambassade",
        "es": "/es/search/?q=embajada",
    },
    "share-errors": {
        "en": "/en/strategies/share/",
        "fr": "/fr/strategies/share/",
        "es": "/es/estrategias/share/",
    },
}
SUBMIT = {"en": "Send for moderation", "fr": "Envoyer pour modération", "es": "Enviar a moderación"}


@pytest.fixture(scope="module")
def axe():
    return Axe()


def check(axe, page):
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}})
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_page_meets_wcag_22_aa(page, axe, name, language):
    page.set_viewport_size(DESKTOP)
    page.goto(PAGES[name][language])
    if name == "share-errors":
        page.get_by_role("button", name=SUBMIT[language]).click()
        expect(page.get_by_role("alert")).to_be_visible()
    else:
        assert page.context.cookies() == [], "an anonymous reader gets no cookie"
    if name == "search":
        expect(page.locator(".search-result").first).to_be_visible()
    if name == "library":
        expect(page.locator(".active-filters a")).to_have_count(2)
    check(axe, page)
    screenshot(page, f"{name}-{language}-1280")
    page.set_viewport_size(PHONE)
    check(axe, page)
    screenshot(page, f"{name}-{language}-375")


def test_language_switcher_by_keyboard(page):
    page.goto("/en/modules/making-smart-recommendations/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    tab_to(page, page.get_by_role("link", name="Français"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/fr/modules/formuler-des-recommandations-smart/$"))
    tab_to(page, page.get_by_role("link", name="Español"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/es/modulos/formular-recomendaciones-smart/$"))


def test_filters_by_keyboard(page):
    page.goto("/en/strategies/")
    region = page.get_by_label("Region", exact=True)
    tab_to(page, region)
    # A closed select changes with the arrow keys; nothing happens until the button.
    page.keyboard.press("ArrowDown")
    chosen = region.input_value()
    assert chosen
    expect(page).to_have_url(re.compile(r"/en/strategies/$"))
    tab_to(page, page.get_by_role("button", name="Show strategies"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"region={chosen}"))
    remove = page.get_by_role("list", name="Active filters").get_by_role("link")
    tab_to(page, remove)
    page.keyboard.press("Enter")
    expect(page.get_by_role("list", name="Active filters")).to_have_count(0)


def test_quiz_by_keyboard(page):
    page.goto("/en/modules/upr-basics/")
    first = page.locator(".quiz").get_by_role("radio").first
    tab_to(page, first)
    page.keyboard.press("Space")
    expect(first).to_be_checked()
    page.keyboard.press("ArrowDown")  # the next answer to the same question
    expect(page.locator(".quiz").get_by_role("radio").nth(1)).to_be_checked()
    tab_to(page, page.get_by_role("button", name="Check my answers"))
    page.keyboard.press("Enter")
    expect(page.locator(".quiz").get_by_role("status")).to_contain_text("You answered")
    expect(page.locator(".quiz").get_by_role("radio").nth(1)).to_be_checked()


def tab_to(page, target, limit=200):
    """Press Tab until ``target`` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if target.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{target} cannot be reached with the Tab key")
