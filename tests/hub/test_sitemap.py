from django.test import TestCase

from hub.factories import StandardPageFactory
from tests.utils import locale, make_site, translate, translate_home


class TestSitemap(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_site()
        translate_home(cls.home)
        cls.about = StandardPageFactory(parent=cls.home, title="About", slug="about")
        translate(cls.about, "fr", title="À propos", slug="a-propos")
        # An untranslated copy in Spanish and a draft: neither belongs in the sitemap.
        cls.about.copy_for_translation(locale("es"), alias=True)
        StandardPageFactory(parent=cls.home, title="Draft", slug="draft", live=False)

    def setUp(self):
        self.response = self.client.get("/sitemap.xml")
        self.xml = self.response.content.decode()

    def test_lists_every_live_page_in_every_language(self):
        self.assertEqual(self.response.status_code, 200)
        for url in ("/en/", "/fr/", "/es/", "/en/about/", "/fr/a-propos/"):
            with self.subTest(url=url):
                self.assertIn(f"<loc>http://localhost{url}</loc>", self.xml)
        self.assertEqual(self.xml.count("<loc>"), 5)

    def test_leaves_out_drafts_and_untranslated_copies(self):
        self.assertNotIn("/en/draft/", self.xml)
        self.assertNotIn("/es/about/", self.xml)

    def test_each_url_carries_its_alternates(self):
        about = self.xml.split("<loc>http://localhost/fr/a-propos/</loc>")[1].split("</url>")[0]
        self.assertIn(
            '<xhtml:link rel="alternate" hreflang="en" href="http://localhost/en/about/"/>', about
        )
        self.assertIn(
            '<xhtml:link rel="alternate" hreflang="fr" href="http://localhost/fr/a-propos/"/>',
            about,
        )
        self.assertIn(
            '<xhtml:link rel="alternate" hreflang="x-default" href="http://localhost/en/about/"/>',
            about,
        )
        self.assertNotIn('hreflang="es"', about)

    def test_home_pages_are_alternates_of_each_other(self):
        home = self.xml.split("<loc>http://localhost/es/</loc>")[1].split("</url>")[0]
        for code in ("en", "fr", "es", "x-default"):
            self.assertIn(f'hreflang="{code}"', home)
