"""Helpers that build small page trees for the tests."""

from wagtail.models import Locale, Page, Site

from hub.demo.translation import translate as demo_translate
from hub.factories import HomePageFactory


def locale(code):
    return Locale.objects.get(language_code=code)


def make_site(**home_fields):
    """Replace Wagtail's welcome page with an English HomePage at the site root."""
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root, **home_fields)
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


def translate(page, code, **fields):
    """Publish a managed wagtail-localize translation of ``page`` with the given texts."""
    source = page.specific if isinstance(page, Page) else page
    return demo_translate(source, fields, locale(code))


def translate_home(home):
    fr = translate(home, "fr", title="Portail EPU", tagline="Apprendre l’EPU.", slug="accueil")
    es = translate(home, "es", title="Portal EPU", tagline="Aprender el EPU.", slug="inicio")
    return fr, es
