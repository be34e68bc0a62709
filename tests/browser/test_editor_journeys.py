"""Journeys through the public forms and the Wagtail admin: a CSO shares a strategy and
a moderator approves it, a trainer builds a course, a translator translates a page."""

import base64
import re
import secrets
import time

import pytest
from django_otp.oath import totp
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser.server import PASSWORD, TOTP_KEY


def signed_in(browser, hub, traffic, username):
    """A new browser window, watched like the others, signed in to the admin as ``username``."""
    context = browser.new_context(base_url=hub.url, locale="en-GB")
    context.set_default_timeout(15_000)
    traffic.watch(context)
    page = context.new_page()
    sign_in(page, username)
    return page


def totp_code(key, steps_ahead=0):
    """The code an authenticator app shows for ``key`` (now, or a step later).

    Codes change every 30 seconds. If a code is typed as one period ends and checked in
    the next, django-otp accepts it but shifts the device's clock by a period, and the
    next code is then out of its window: wait for a fresh period instead.
    """
    if time.time() % 30 > 20:
        time.sleep(30.5 - time.time() % 30)
    return f"{totp(bytes.fromhex(key), drift=steps_ahead):06d}"


def sign_in(page, username, key=None):
    """Password, then (for moderators) the code from their authenticator app."""
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    key = key or (TOTP_KEY if username == "moderator" else None)
    if key:
        expect(page).to_have_url(re.compile(r"/admin/2fa/auth"))
        page.get_by_label(re.compile("OTP token|Token", re.I)).fill(totp_code(key))
        page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("UPR Civil Society Hub")


def cookie_names(page):
    return sorted(cookie["name"] for cookie in page.context.cookies())


@pytest.mark.browser_context_args(locale="es-ES")
def test_spanish_cso_shares_a_strategy_that_a_moderator_approves(page, browser, hub, traffic):
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
    # Moderators are told by e-mail; the CSO's contact address is in no e-mail.
    notices = [mail for mail in hub.mails() if title in mail]
    assert any("To: moderator@example.org" in mail for mail in notices), hub.mails()
    assert not any("ana.quispe@example.org" in mail for mail in hub.mails())

    # A moderator approves it from the dashboard.
    moderator = signed_in(browser, hub, traffic, "moderator")
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


def test_english_trainer_builds_a_course_and_downloads_the_facilitator_guide(page):
    title = f"Implementation workshop for coalition members {secrets.token_hex(3)}"
    modules = [
        "Making SMART recommendations",
        "Working with government on implementation",
        "Monitoring implementation and mid-term reporting",
    ]
    sign_in(page, "trainer")
    page.goto("/admin/pages/")
    page.get_by_role("link", name="Explore child pages of 'UPR Civil Society Hub'").click()
    page.get_by_role("link", name="Explore child pages of 'Courses'").click()
    page.get_by_role("link", name="Add child page").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("New: Course")

    page.get_by_role("textbox", name="Title*").fill(title)
    page.get_by_role("textbox", name="Summary").fill(
        "A half-day workshop for coalition members who follow the State's implementation."
    )
    page.get_by_role("textbox", name="Audience*").fill("Staff of member organisations")
    objectives = page.get_by_role("region", name="Learning objectives*")
    objectives.get_by_role("button", name="Insert a block").first.click()
    objectives.get_by_role("region", name="Learning objective").get_by_role("textbox").fill(
        "Turn supported recommendations into a monitoring plan"
    )

    # Three module sessions, each chosen with Wagtail's page chooser.
    agenda = page.get_by_role("region", name="Agenda*")
    for number, module in enumerate(modules):
        agenda.get_by_role("button", name="Insert a block").last.click()
        agenda.get_by_role("option", name="Module session").click()
        session = agenda.get_by_role("region", name=re.compile("^Module session")).nth(number)
        session.get_by_role("button", name="Choose a page (Training module)").click()
        chooser = page.get_by_role("dialog")
        chooser.get_by_role("textbox", name="Search term").fill(module.split(" ")[0])
        chooser.get_by_role("link", name=module, exact=True).click()
        expect(chooser).to_be_hidden()
        session.get_by_role("spinbutton", name="Duration (minutes)*").fill("60")
    # Reorder: monitoring goes before working with government.
    agenda.get_by_role("region", name=re.compile("^Module session")).nth(2).get_by_role(
        "button", name="Move up"
    ).click()
    page.get_by_role("region", name="Facilitator notes").get_by_role("textbox").click()
    page.keyboard.type("Ask each group to bring the list of recommendations their State supported.")
    expect(page.locator("input[name=facilitator_notes]")).to_have_value(re.compile("Ask each"))
    # Wagtail autosaves half a second after each change; publish once it has saved, as a
    # person would (publishing while it is creating the page meets a slug conflict).
    page.wait_for_timeout(1000)
    expect(page.locator("#w-autosave-indicator")).to_have_attribute(
        "data-w-autosave-state-value", "saved"
    )

    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("status")).to_contain_text(f"Page '{title}' has been published.")

    # The course as a reader sees it: the agenda in the new order.
    page.goto("/en/courses/")
    page.get_by_role("link", name=title).click()
    agenda_table = page.locator("table.agenda")
    expect(agenda_table).to_contain_text(modules[0])
    order = [agenda_table.inner_text().index(module) for module in modules]
    assert order[0] < order[2] < order[1], "the agenda follows the trainer's order"
    expect(page.get_by_text("Ask each group to bring the list")).to_be_visible()

    guide = page.get_by_role("listitem").filter(has_text="Facilitator guide")
    with page.expect_download() as download:
        guide.get_by_role("link", name="PDF").click()
    assert download.value.suggested_filename.endswith(".pdf")
    text = " ".join(p.extract_text() for p in PdfReader(download.value.path()).pages)
    text = " ".join(text.split())
    assert "Implementation workshop for coalition members" in text
    assert "Ask each group to bring the list" in text
    order = [text.index(module) for module in modules]
    assert order[0] < order[2] < order[1]


def test_translator_translates_a_page_into_french(browser, hub, traffic):
    english = "/en/about/embassy-checklist/"  # an English-only page (tests/browser/server.py)
    translation = {
        "Title": "Liste de contrôle avant une rencontre avec une ambassade",
        "Summary": "Ce qu’il faut préparer avant de rencontrer l’ambassade d’un État recommandant.",
        "Paragraph": "Apportez une page présentant vos trois recommandations prioritaires.",
        "Slug": "liste-de-controle-ambassade",  # on the Promote tab
    }

    # An editor sends the English page for translation into French.
    editor = signed_in(browser, hub, traffic, "editor")
    editor.goto(english)
    expect(languages(editor)).to_contain_text("Français (not translated yet)")
    editor.get_by_role("button", name="View Wagtail quick actions").click()
    editor.get_by_role("menuitem", name="Edit this page").click()
    editor.get_by_role("button", name="Actions", exact=True).click()
    editor.get_by_role("link", name="Translate this page").click()
    editor.get_by_role("checkbox", name="Français").check()
    editor.get_by_role("button", name="Submit").click()
    expect(editor.get_by_role("status")).to_contain_text("submitted for translation into Français")
    # Until the translator publishes, French readers are not sent to English text.
    editor.goto(english)
    expect(languages(editor)).to_contain_text("Français (not translated yet)")
    editor.context.close()

    # The French translator translates it in wagtail-localize's editor and publishes it.
    translator = signed_in(browser, hub, traffic, "translator")
    translator.goto("/admin/pages/")  # opens on the French tree, the only one they may edit
    translator.get_by_role("link", name="Explore child pages of 'À propos'").click()
    translator.get_by_role("link", name="Checklist before meeting an embassy", exact=True).click()
    for field, text in translation.items():
        segment = translator.get_by_role("listitem").filter(
            has=translator.get_by_role("heading", name=field, exact=True)
        )
        segment.get_by_role("button", name="Translate").click()
        segment.get_by_role("textbox").fill(text)
        # wagtail-localize shows a segment as saved before its request has finished:
        # wait for the server's answer, or the page may be published without it.
        with translator.expect_response(lambda response: response.request.method != "GET"):
            segment.get_by_role("button", name="Save").click()
        expect(segment.get_by_text(text)).to_be_visible()
        if field == "Paragraph":
            translator.get_by_role("tab", name="Promote").click()
    translator.get_by_role("button", name="Publish in Français").click()
    expect(translator.get_by_role("status")).to_contain_text(
        f"Published '{translation['Title']}' in Français."
    )
    translator.context.close()

    # A reader on the English page now finds the French version in the switcher.
    reader = browser.new_context(base_url=hub.url, locale="en-GB")
    traffic.watch(reader)
    page = reader.new_page()
    page.goto(english)
    languages(page).get_by_role("link", name="Français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page).to_have_url(re.compile(r"/fr/a-propos/liste-de-controle-ambassade/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(translation["Title"])
    expect(page.get_by_text(translation["Paragraph"])).to_be_visible()
    reader.close()


def languages(page):
    return page.get_by_role("navigation", name=re.compile("^(Language|Langue|Idioma)$"))


def test_a_new_moderator_enrols_a_second_factor_then_signs_in_with_it(browser, hub, traffic):
    context = browser.new_context(base_url=hub.url, locale="en-GB")
    context.set_default_timeout(15_000)
    traffic.watch(context)
    page = context.new_page()
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("newmoderator")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    # The admin does not open before a second factor is set up.
    expect(page).to_have_url(re.compile(r"/admin/2fa/devices/new"))
    expect(
        page.get_by_role("img", name="QR code to scan with your authenticator app")
    ).to_be_visible()
    config_url = page.locator("code").inner_text()
    secret = re.search(r"secret=([A-Z2-7]+)", config_url).group(1)
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    page.get_by_label("Name").fill("Work phone")
    page.get_by_label("OTP token").fill(totp_code(key.hex()))
    page.get_by_label("Current password").fill(PASSWORD)
    page.get_by_role("button", name="Add this device").click()
    expect(page.get_by_text("Work phone")).to_be_visible()
    page.goto("/admin/")
    expect(page.get_by_role("heading", level=1)).to_have_text("UPR Civil Society Hub")
    context.clear_cookies()

    # Next time: password, then a code (the next one: a code is never accepted twice).
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("newmoderator")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/2fa/auth"))
    page.get_by_label(re.compile("OTP token|Token", re.I)).fill("000000")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("Invalid code")).to_be_visible()
    page.wait_for_timeout(1100)  # django-otp makes a device wait a second after a failure
    page.get_by_label(re.compile("OTP token|Token", re.I)).fill(totp_code(key.hex(), 1))
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("UPR Civil Society Hub")
    context.close()
