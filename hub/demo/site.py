"""Demo content for the site core: taxonomy, home, sections, about, privacy, menu, footer."""

import uuid

from django.conf import settings

from wagtail.models import Locale, Page, Site

from hub.data.load import load_taxonomy
from hub.demo import content
from hub.factories import (
    FooterFactory,
    HomePageFactory,
    StandardPageFactory,
)
from hub.models import (
    Footer,
    HomePage,
    HomePageFeaturedItem,
    MainMenu,
    MainMenuItem,
)
from hub.translation import translate
from learning.factories import (
    CourseIndexPageFactory,
    GuideIndexPageFactory,
    ModuleIndexPageFactory,
)
from strategies.factories import StrategyIndexPageFactory

SOURCE = "en"
TRANSLATIONS = ("fr", "es")
HOME_SLUGS = {"fr": "accueil", "es": "inicio"}
SECTION_FACTORIES = {
    "modules": ModuleIndexPageFactory,
    "courses": CourseIndexPageFactory,
    "guide": GuideIndexPageFactory,
    "strategies": StrategyIndexPageFactory,
}
BLOCK_NAMESPACE = uuid.UUID("0d9a1f4e-7c55-4b0e-9a58-2f1c6f3b6d10")


def locales():
    return {code: Locale.objects.get(language_code=code) for code in (SOURCE, *TRANSLATIONS)}


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


def replace_welcome_page():
    """Put a HomePage at the root of the default site in place of Wagtail's welcome page."""
    root = Page.get_first_root_node()
    for page in root.get_children().not_type(HomePage):
        page.delete()  # Wagtail's "Welcome" page; its Site goes with it
    home = HomePageFactory(parent=root, locale=Locale.get_default(), **content.HOME[SOURCE])
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(
        hostname="localhost",
        port=80,
        root_page=home,
        is_default_site=True,
        site_name=settings.WAGTAIL_SITE_NAME,
    )
    return home


def standard_page(home, key, data):
    return StandardPageFactory(
        parent=home,
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        body=stream(key, data["body"]),
    )


def load_pages(log):
    if HomePage.objects.filter(locale__language_code=SOURCE).exists():
        log("Pages: already loaded, left as they are.")
        return
    by_code = locales()
    home = replace_welcome_page()
    sections = {
        key: SECTION_FACTORIES[key](parent=home, **content.SECTIONS[key][SOURCE])
        for key in SECTION_FACTORIES
    }
    about = standard_page(home, "about", content.ABOUT[SOURCE])
    privacy = standard_page(home, "privacy", content.PRIVACY[SOURCE])
    for order, page in enumerate([about, privacy]):
        HomePageFeaturedItem.objects.create(home_page=home, featured_page=page, sort_order=order)
    home.save_revision().publish()

    for code in TRANSLATIONS:
        translate(home, {**content.HOME[code], "slug": HOME_SLUGS[code]}, by_code[code])
        for key, page in sections.items():
            translate(page, content.SECTIONS[key][code], by_code[code])
        for key, page, data in (
            ("about", about, content.ABOUT),
            ("privacy", privacy, content.PRIVACY),
        ):
            fields = {k: v for k, v in data[code].items() if k != "body"}
            translate(page, {**fields, "body": stream(key, data[code]["body"])}, by_code[code])

    menu = MainMenu.for_site(Site.objects.get(is_default_site=True))
    for order, page in enumerate([*sections.values(), about]):
        MainMenuItem.objects.create(menu=menu, link_page=page, sort_order=order)

    def footer_text(code):
        return content.FOOTER[code].replace('id="PRIVACY"', f'id="{privacy.pk}"')

    if not Footer.objects.exists():
        footer = FooterFactory(text=footer_text(SOURCE), locale=by_code[SOURCE])
        for code in TRANSLATIONS:
            translate(footer, {"text": footer_text(code)}, by_code[code])
    log(f"Pages: home, {len(sections)} sections, about and privacy, in 3 languages.")


def load(log):
    load_taxonomy(log)
    load_pages(log)


def feature_on_home(pages):
    """Add pages to the home page's featured items and sync its translations."""
    by_code = locales()
    home = HomePage.objects.get(locale=by_code[SOURCE])
    start = home.featured_items.count()
    for order, page in enumerate(pages, start=start):
        HomePageFeaturedItem.objects.create(home_page=home, featured_page=page, sort_order=order)
    home.save_revision().publish()
    for code in TRANSLATIONS:
        translate(home, {**content.HOME[code], "slug": HOME_SLUGS[code]}, by_code[code])
