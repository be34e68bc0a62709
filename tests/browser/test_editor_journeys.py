"""Journeys through the public forms and the Wagtail admin: a CSO shares a strategy and
a moderator approves it, a trainer builds a course, a translator translates a page."""

import re
import secrets

import pytest
from playwright.sync_api import expect

from tests.browser.server import PASSWORD


def sign_in(page, username):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("UPR Civil Society Hub")


def cookie_names(page):
    return sorted(cookie["name"] for cookie in page.context.cookies())


@pytest.mark.browser_context_args(locale="es-ES")
def test_spanish_cso_shares_a_strategy_that_a_moderator_approves(page, browser, hub):
    title = f"Una radio comunitaria sigue las recomendaciones sobre el agua {secrets.token_hex(3)}"
    organisation = "Red Andina por el Agua"
    page.goto("/es/estrategias/")
    assert cookie_names(page) == [], "reading the library sets no cookie"
    page.get_by_role("link", name="Comparta su estrategia").click()
    # The one cookie a reader gets: the form's CSRF token, which the form needs.
    assert cookie_names(page) == ["csrftoken"]

    form = {
        "Título de su estrategia (obligatorio)": title,
        "Resumen (obligatorio)": "Una radio comunitaria explicó cada mes en quechua y en "
        "castellano qué había hecho el gobierno con las recomendaciones sobre el agua.",
        "Lo que hizo, paso a paso (obligatorio)": "Elegimos tres recomendaciones apoyadas.\n\n"
        "Preparamos un programa mensual con el defensor del pueblo local.",
        "Organización": organisation,  # typed, but the CSO stays anonymous
        "Dirección de correo electrónico (opcional)": "ana.quispe@",  # the invalid field
    }
    for label, value in form.items():
        page.get_by_label(label, exact=True).fill(value)
    page.get_by_label("País o países (obligatorio)").select_option(label="Bolivia")
    page.get_by_label("Medio ambiente y clima").check()
    page.get_by_label("Implementación", exact=True).check()
    page.get_by_label("He eliminado los nombres").check()
    page.get_by_role("button", name="Enviar a moderación").click()

    # The error is named in Spanish, in a summary and at the field; nothing typed is lost.
    expect(page).to_have_title(re.compile(r"^Error: "))
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Dirección de correo electrónico (opcional)")
    expect(summary).to_contain_text("Introduzca una dirección de correo electrónico válida.")
    expect(summary.get_by_role("link")).to_have_count(1)
    for label, value in form.items():
        expect(page.get_by_label(label, exact=True)).to_have_value(value)
    expect(page.get_by_label("País o países (obligatorio)")).to_have_values(["BO"])
    expect(page.get_by_label("Medio ambiente y clima")).to_be_checked()
    expect(page.get_by_label("Implementación", exact=True)).to_be_checked()
    expect(page.get_by_label("He eliminado los nombres")).to_be_checked()
    expect(page.get_by_label("Mantener nuestro anonimato")).to_be_checked()
    assert cookie_names(page) == ["csrftoken"]

    summary.get_by_role("link").click()
    expect(page.get_by_label("Dirección de correo electrónico (opcional)")).to_be_focused()
    page.get_by_label("Dirección de correo electrónico (opcional)").fill("ana.quispe@example.org")
    page.get_by_role("button", name="Enviar a moderación").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gracias por compartir su estrategia")
    page.goto("/es/estrategias/")
    expect(page.get_by_role("link", name=title)).to_have_count(0)  # not before moderation

    # A moderator approves it from the dashboard.
    moderator = browser.new_context(base_url=hub.url, locale="en-GB").new_page()
    sign_in(moderator, "moderator")
    row = moderator.get_by_role("region", name="Awaiting your review").get_by_role(
        "row", name=title
    )
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    expect(row).to_have_count(0)  # the dashboard reloads without it: it is published
    moderator.context.close()

    # It is in the library, in Spanish, and the organisation is named nowhere.
    page.goto("/es/estrategias/?region=latin-american-caribbean")
    page.get_by_role("link", name=title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_text("Anónima: la organización pidió no ser nombrada.")).to_be_visible()
    expect(page.get_by_text("Bolivia").first).to_be_visible()
    for url in (page.url, "/es/estrategias/", "/es/search/?q=radio+comunitaria"):
        page.goto(url)
        expect(page.get_by_text(organisation)).to_have_count(0)
    expect(page.get_by_role("link", name=title)).to_be_visible()
