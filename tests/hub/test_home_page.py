from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from hub.factories import StandardPageFactory
from hub.models import HomePageFeaturedItem
from learning.factories import ModuleIndexPageFactory
from strategies.factories import StrategyIndexPageFactory
from tests.utils import make_site, translate, translate_home


class TestHomePage(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_site(tagline="Learn the UPR and act on it.")
        cls.home_fr, _ = translate_home(cls.home)
        cls.modules = ModuleIndexPageFactory(parent=cls.home, summary="Learn the mechanism.")
        cls.strategies = StrategyIndexPageFactory(parent=cls.home)
        translate(
            cls.modules,
            "fr",
            title="Modules de formation",
            slug="modules",
            summary="Comprendre le mécanisme.",
        )

    def feature(self, count):
        start = self.home.featured_items.count()
        pages = [
            StandardPageFactory(parent=self.home, title=f"Featured {n}")
            for n in range(start, start + count)
        ]
        for order, page in enumerate(pages):
            HomePageFeaturedItem.objects.create(
                home_page=self.home, featured_page=page, sort_order=order
            )
        return pages

    def test_shows_tagline_sections_and_search(self):
        response = self.client.get("/en/")
        self.assertContains(response, "Learn the UPR and act on it.")
        self.assertContains(response, '<a href="/en/modules/">Training modules</a>')
        self.assertContains(response, "Learn the mechanism.")
        self.assertContains(response, '<a href="/en/strategies/">Strategy library</a>')
        self.assertContains(response, 'action="/en/search/"')

    def test_sections_in_the_readers_language(self):
        response = self.client.get("/fr/")
        self.assertContains(response, '<a href="/fr/modules/">Modules de formation</a>')
        self.assertContains(response, "Comprendre le mécanisme.")
        self.assertNotContains(response, "Strategy library")

    def test_featured_pages_in_editor_order(self):
        first, second = self.feature(2)
        HomePageFeaturedItem.objects.filter(featured_page=second).update(sort_order=-1)
        content = self.client.get("/en/").content.decode()
        self.assertLess(content.index("Featured 1"), content.index("Featured 0"))

    def test_featured_pages_shown_in_the_readers_language(self):
        (page,) = self.feature(1)
        translate(page, "fr", title="Page à la une", slug="a-la-une")
        # Featured items are synchronised to the translations when an editor syncs them.
        translate(self.home, "fr", title="Portail EPU", tagline="Apprendre l’EPU.", slug="accueil")
        response = self.client.get("/fr/")
        self.assertContains(response, "Page à la une")

    def test_query_count_does_not_grow_with_featured_items(self):
        self.feature(1)
        self.client.get("/en/")  # warm up: site root paths, content types, menu setting
        with CaptureQueriesContext(connection) as one:
            self.assertEqual(self.client.get("/en/").status_code, 200)
        self.feature(5)
        with CaptureQueriesContext(connection) as six:
            self.assertEqual(self.client.get("/en/").status_code, 200)
        self.assertEqual(len(one), len(six))
