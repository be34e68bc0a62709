"""Demo content for the site core: the taxonomy and the pages every hub starts with.

The demo site is a new site (hub/site_setup.py, as ``manage.py setup_site`` makes it)
with the content apps' demo pages added on top.
"""

from hub.data import site_pages
from hub.data.load import load_taxonomy
from hub.models import HomePage, HomePageFeaturedItem
from hub.site_setup import HOME_SLUGS, SOURCE, TRANSLATIONS, create_site_pages, locales
from hub.translation import translate


def load(log):
    load_taxonomy(log)
    create_site_pages(log)


def feature_on_home(pages):
    """Add pages to the home page's featured items and sync its translations."""
    by_code = locales()
    home = HomePage.objects.get(locale=by_code[SOURCE])
    start = home.featured_items.count()
    for order, page in enumerate(pages, start=start):
        HomePageFeaturedItem.objects.create(home_page=home, featured_page=page, sort_order=order)
    home.save_revision().publish()
    for code in TRANSLATIONS:
        translate(home, {**site_pages.HOME[code], "slug": HOME_SLUGS[code]}, by_code[code])
