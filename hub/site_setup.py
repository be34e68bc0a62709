"""A new hub's first run: its address, and the pages it starts with in three languages.

``manage.py setup_site --url https://hub.example.org`` (or ``SITE_URL``) calls
``configure_site`` and ``create_site_pages``; the demo loader builds on the same pages.
Both are idempotent and never touch pages that exist.
"""

import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError

from wagtail.models import Locale, Page, Site

from hub.data import site_pages
from hub.models import Footer, HomePage, HomePageFeaturedItem, MainMenu, MainMenuItem, StandardPage
from hub.translation import translate
from learning.models import CourseIndexPage, GuideIndexPage, ModuleIndexPage
from strategies.models import StrategyIndexPage

SOURCE = "en"
TRANSLATIONS = ("fr", "es")
HOME_SLUGS = {"fr": "accueil", "es": "inicio"}
SECTIONS = {
    "modules": ModuleIndexPage,
    "courses": CourseIndexPage,
    "guide": GuideIndexPage,
    "strategies": StrategyIndexPage,
}
BLOCK_NAMESPACE = uuid.UUID("0d9a1f4e-7c55-4b0e-9a58-2f1c6f3b6d10")


def locales():
    """The three content locales (created by migration; made again if removed)."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code in (SOURCE, *TRANSLATIONS)
    }


def stream(key, blocks):
    """StreamField data with stable block ids, so every language has the same paths."""
    return [
        {"type": kind, "value": value, "id": str(uuid.uuid5(BLOCK_NAMESPACE, f"{key}-{index}"))}
        for index, (kind, value) in enumerate(blocks)
    ]


def items(key, values):
    """ListBlock data with stable item ids (translations are paired by these paths)."""
    return [
        {"type": "item", "value": value, "id": str(uuid.uuid5(BLOCK_NAMESPACE, f"{key}-{index}"))}
        for index, value in enumerate(values)
    ]


def parse_site_url(url):
    """(hostname, port) of the site's public address, e.g. https://hub.example.org."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(f"Not a site address: {url!r} (e.g. https://hub.example.org)")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValidationError(f"The hub runs at the root of its host, not at {url!r}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if parts.scheme == "https" and port != 443:
        # Wagtail's Site derives the scheme from the port: https means port 443.
        raise ValidationError(f"An https address must use port 443, not {url!r}")
    return parts.hostname, port


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def default_site():
    """The default Wagtail Site, on a HomePage instead of Wagtail's welcome page."""
    home = HomePage.objects.filter(locale__language_code=SOURCE).first()
    if home is None:
        root = Page.get_first_root_node()
        for page in root.get_children().not_type(HomePage):
            page.delete()  # Wagtail's "Welcome" page; its Site goes with it
        home = publish_child(
            root, HomePage(locale=Locale.get_default(), slug="home", **site_pages.HOME[SOURCE])
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True, hostname="localhost", port=80)
    site.root_page = home
    site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
    site.save()
    return site


def configure_site(url):
    """Give the default site its public address (used in sitemaps, feeds and links)."""
    hostname, port = parse_site_url(url)
    site = default_site()
    site.hostname, site.port = hostname, port
    site.save()
    return site


def standard_page(key, data):
    fields = {k: v for k, v in data.items() if k != "body"}
    return StandardPage(**fields, body=stream(key, data["body"]))


def create_site_pages(log):
    """Home, sections, About, privacy, menu and footer in three languages, once."""
    by_code = locales()
    site = default_site()
    home = site.root_page.specific
    if home.get_children().exists():
        log("Pages: the site has pages already; left as they are.")
        return home
    sections = {
        key: publish_child(home, model(**site_pages.SECTIONS[key][SOURCE]))
        for key, model in SECTIONS.items()
    }
    about = publish_child(home, standard_page("about", site_pages.ABOUT[SOURCE]))
    privacy = publish_child(home, standard_page("privacy", site_pages.PRIVACY[SOURCE]))
    for order, page in enumerate([about, privacy]):
        HomePageFeaturedItem.objects.create(home_page=home, featured_page=page, sort_order=order)
    home.save_revision().publish()

    for code in TRANSLATIONS:
        translate(home, {**site_pages.HOME[code], "slug": HOME_SLUGS[code]}, by_code[code])
        for key, page in sections.items():
            translate(page, site_pages.SECTIONS[key][code], by_code[code])
        for key, page, data in (
            ("about", about, site_pages.ABOUT),
            ("privacy", privacy, site_pages.PRIVACY),
        ):
            fields = {k: v for k, v in data[code].items() if k != "body"}
            translate(page, {**fields, "body": stream(key, data[code]["body"])}, by_code[code])

    menu = MainMenu.for_site(site)
    if not menu.items.exists():
        for order, page in enumerate([*sections.values(), about]):
            MainMenuItem.objects.create(menu=menu, link_page=page, sort_order=order)

    def footer_text(code):
        return site_pages.FOOTER[code].replace('id="PRIVACY"', f'id="{privacy.pk}"')

    if not Footer.objects.exists():
        footer = Footer.objects.create(text=footer_text(SOURCE), locale=by_code[SOURCE])
        for code in TRANSLATIONS:
            translate(footer, {"text": footer_text(code)}, by_code[code])
    log(f"Pages: home, {len(sections)} sections, about and privacy, in 3 languages.")
    return home
