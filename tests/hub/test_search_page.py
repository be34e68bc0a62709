from django.test import TestCase

from hub.factories import StandardPageFactory
from tests.utils import locale, make_site, translate, translate_home


class TestSearchPage(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_site()
        translate_home(cls.home)
        cls.page = StandardPageFactory(parent=cls.home, title="Mid-term reporting", slug="mtr")
        translate(cls.page, "fr", title="Rapport à mi-parcours", slug="rapport")
        alias = StandardPageFactory(parent=cls.home, title="Mid-term checklist", slug="check")
        alias.copy_for_translation(locale("es"), alias=True)

    def test_finds_pages_in_the_readers_language_only(self):
        response = self.client.get("/fr/search/", {"q": "parcours"})
        self.assertContains(response, "Rapport à mi-parcours")
        response = self.client.get("/en/search/", {"q": "parcours"})
        self.assertNotContains(response, "Rapport à mi-parcours")

    def test_untranslated_copies_are_not_results(self):
        response = self.client.get("/es/search/", {"q": "checklist"})
        self.assertNotContains(response, "Mid-term checklist")

    def test_empty_state_suggests_other_words(self):
        response = self.client.get("/en/search/", {"q": "zzzzqqq"})
        self.assertContains(response, "Try other or fewer words")

    def test_keeps_the_query_in_the_box(self):
        response = self.client.get("/en/search/", {"q": "mid-term"})
        self.assertContains(response, 'value="mid-term"')

    def test_pagination_keeps_the_query(self):
        for n in range(11):
            StandardPageFactory(parent=self.home, title=f"Plenary adoption {n}")
        response = self.client.get("/en/search/", {"q": "plenary"})
        self.assertContains(response, "11 results")
        self.assertContains(response, 'href="?q=plenary&amp;page=2"')
        self.assertContains(
            self.client.get("/en/search/", {"q": "plenary", "page": 2}), "Page 2 of 2"
        )
