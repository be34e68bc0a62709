"""Readers' journeys on the public site: a French reader on a phone, a Spanish reader
without JavaScript."""

import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser.conftest import PHONE, choose

HONDURAS_FR = "Suivre la protection des défenseurs de l'environnement au Honduras sans les exposer"


@pytest.mark.browser_context_args(viewport=PHONE, is_mobile=True, has_touch=True, locale="fr-FR")
def test_french_reader_on_a_phone(page, context, hub):
    # The browser asks for French: the bare address opens the French home page.
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/fr/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    assert context.cookies() == [], "reading sets no cookie"

    # A content page, then Spanish and back: the reader stays on the same page.
    page.get_by_role("navigation", name="Menu principal").get_by_role(
        "link", name="Modules de formation"
    ).click()
    page.get_by_role("link", name="L'EPU en un cycle").click()
    module_url = page.url
    assert module_url.endswith("/fr/modules/les-bases-de-l-epu/")
    languages = page.get_by_role("navigation", name="Langue")
    languages.get_by_role("link", name="Español").click()
    expect(page).to_have_url(re.compile(r"/es/modulos/fundamentos-del-epu/$"))
    expect(page.locator("html")).to_have_attribute("lang", "es")
    page.get_by_role("navigation", name="Idioma").get_by_role("link", name="Français").click()
    expect(page).to_have_url(module_url)
    # The explicit choice is remembered, and that is the only cookie: a language code.
    [cookie] = context.cookies()
    assert (cookie["name"], cookie["value"], cookie["httpOnly"]) == ("django_language", "fr", True)

    # A misspelled search still finds the right pages.
    page.goto("/fr/")
    search = page.get_by_label("Rechercher sur la plateforme")
    search.fill("represailes")
    search.press("Enter")
    expect(page).to_have_url(re.compile(r"/fr/search/\?q=represailes"))
    if hub.elasticsearch:
        page.get_by_role("link", name="représailles", exact=True).click()  # "Vouliez-vous dire …"
    else:  # the database backend does not correct spelling: it says what to try
        expect(page.get_by_text("Aucun résultat")).to_be_visible()
        search = page.get_by_label("Rechercher sur la plateforme")
        search.fill("représailles")
        search.press("Enter")
    results = page.get_by_role("region", name="Résultats")
    expect(results.get_by_role("link", name=HONDURAS_FR)).to_be_visible()
    total = count(results)

    # Narrow down by region and theme (the filters come after the results on a phone).
    page.get_by_role("link", name="Affiner par type, région, pays, thème ou étape").click()
    choose(page, "Région", "États d’Amérique latine et des Caraïbes")
    choose(page, "Thème", "Défenseurs des droits humains")
    page.get_by_role("button", name="Appliquer les filtres").click()
    expect(page).to_have_url(re.compile(r"region=.+&theme=|theme=.+&region="))
    narrowed = count(results)
    assert 0 < narrowed < total
    active = page.get_by_role("list", name="Filtres actifs")
    expect(active.get_by_role("link")).to_have_count(2)

    # The case study, then its printed version.
    results.get_by_role("link", name=HONDURAS_FR).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(HONDURAS_FR)
    expect(
        page.get_by_text("Anonyme : l’organisation a demandé à ne pas être nommée.")
    ).to_be_visible()
    page.emulate_media(media="print")
    expect(page.get_by_role("banner")).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf())).pages)
    text = " ".join(text.split())
    assert "au Honduras sans les exposer" in text
    assert "Ce qui a été fait" in text
    assert "Español" not in text, "the language switcher is not printed"


def count(results):
    """The number the results' status line announces ("12 résultats")."""
    status = results.get_by_role("status").first.inner_text()
    return int(re.sub(r"\D", "", status))


@pytest.mark.browser_context_args(java_script_enabled=False, locale="es-ES")
def test_spanish_reader_without_javascript(page):
    # Module index filters.
    page.goto("/es/modulos/")
    listing = page.get_by_role("region", name="Módulos")
    everything = count(listing)
    choose(page, "Nivel", "Intermedio")
    page.get_by_role("button", name="Mostrar módulos").click()
    expect(page).to_have_url(re.compile(r"/es/modulos/\?.*level=intermediate"))
    intermediate = count(listing)
    assert 0 < intermediate < everything
    for meta in listing.locator(".strategy-card__meta").all():
        assert meta.inner_text().startswith("Intermedio")
    expect(page.get_by_label("Nivel")).to_have_value("intermediate")  # the choice is kept

    # A quiz: answer, read the feedback, correct the wrong answers, score full marks.
    page.goto("/es/modulos/fundamentos-del-epu/")
    quiz = page.locator(".quiz")
    questions = quiz.get_by_role("group")
    total = questions.count()
    assert total >= 2
    for question in questions.all():
        question.get_by_role("radio").first.check()
    quiz.get_by_role("button", name="Comprobar mis respuestas").click()
    score = quiz.get_by_role("status")
    right = quiz.locator(".quiz__feedback--right").count()
    assert right < total, "the first answers are not all right in the demo quiz"
    expect(score).to_have_text(f"Respuestas correctas: {right} de {total}.")
    for question in questions.all():
        expect(question.get_by_role("radio").first).to_be_checked()  # answers are kept
        feedback = question.locator(".quiz__feedback").inner_text()
        for choice in question.locator("label").all():
            if f"La respuesta correcta: {choice.inner_text()}" in feedback:
                choice.click()
    quiz.get_by_role("button", name="Comprobar mis respuestas").click()
    expect(score).to_have_text(f"Respuestas correctas: {total} de {total}.")
    expect(quiz.locator(".quiz__feedback--wrong")).to_have_count(0)

    # The review timeline: dates in Spanish from the Working Group review date.
    page.goto("/es/guia/")
    page.get_by_label("Fecha del examen en el Grupo de Trabajo").fill("2025-01-20")
    page.get_by_role("button", name="Mostrar las fechas").click()
    timeline = page.locator("#timeline")
    expect(timeline).to_contain_text("Fechas estimadas tras un examen el 20 de enero de 2025")
    plenary = timeline.get_by_role("row").filter(has_text="sesión plenaria del Consejo")
    expect(plenary).to_contain_text("entre el 20 de abril de 2025 y el 20 de mayo de 2025")

    # Search, then its filters.
    page.get_by_role("navigation", name="Menú principal").get_by_role("link", name="Buscar").click()
    page.get_by_label("Buscar en la plataforma").fill("embajadas")
    page.get_by_role("button", name="Buscar", exact=True).click()
    results = page.get_by_role("region", name="Resultados")
    everything = count(results)
    choose(page, "Tipo", "Estudios de caso")
    page.get_by_role("button", name="Aplicar los filtros").click()
    case_studies = count(results)
    assert 0 < case_studies < everything
    for kind in results.locator(".search-result__type").all():
        assert kind.text_content() == "Estudio de caso"
    page.get_by_role("list", name="Filtros activos").get_by_role("link").click()
    assert count(results) == everything
