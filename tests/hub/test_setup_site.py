"""The first run of a new hub: its address, and its pages in three languages."""

from io import StringIO

from django.core.management import CommandError, call_command
from django.test import TestCase

from wagtail.models import Page, Site

from hub.models import Footer, HomePage, MainMenu
from learning.models import CourseIndexPage, GuideIndexPage, ModuleIndexPage
from strategies.models import StrategyIndexPage


class TestSetupSite(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_taxonomy", stdout=StringIO())
        call_command("setup_site", url="https://hub.example.org", stdout=StringIO())

    def test_the_site_has_its_public_address(self):
        site = Site.objects.get(is_default_site=True)
        self.assertEqual((site.hostname, site.port), ("hub.example.org", 443))
        self.assertEqual(site.root_url, "https://hub.example.org")
        self.assertIsInstance(site.root_page.specific, HomePage)
        self.assertFalse(Page.objects.filter(title="Welcome to your new Wagtail site!").exists())

    def test_every_section_exists_live_in_three_languages(self):
        for model in (HomePage, ModuleIndexPage, CourseIndexPage, GuideIndexPage):
            with self.subTest(model=model.__name__):
                languages = model.objects.live().values_list("locale__language_code", flat=True)
                self.assertEqual(sorted(languages), ["en", "es", "fr"])
        self.assertEqual(StrategyIndexPage.objects.live().count(), 3)
        self.assertEqual(Footer.objects.count(), 3)
        self.assertEqual(MainMenu.for_site(Site.objects.get()).items.count(), 5)
        for url in ("/en/", "/fr/", "/es/", "/fr/strategies/share/", "/es/modulos/"):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_links_name_the_real_site(self):
        sitemap = self.client.get("/sitemap.xml").content.decode()
        self.assertIn("<loc>https://hub.example.org/fr/", sitemap)
        self.assertNotIn("localhost", sitemap)
        self.assertNotIn("testserver", sitemap)

    def test_running_it_again_changes_no_content_and_moves_the_address(self):
        about = Page.objects.get(slug="about", locale__language_code="en").specific
        about.title = "About us (edited)"
        about.save_revision().publish()
        pages = Page.objects.count()
        call_command("setup_site", url="http://hub.example.net:8080", stdout=StringIO())
        self.assertEqual(Page.objects.count(), pages)
        self.assertEqual(Page.objects.get(pk=about.pk).title, "About us (edited)")
        self.assertEqual(Site.objects.get().root_url, "http://hub.example.net:8080")

    def test_a_bad_address_is_refused(self):
        for url in (
            "hub.example.org",
            "ftp://hub.example.org",
            "https://hub.example.org/hub/",
            "https://hub.example.org:8443",
        ):
            with self.subTest(url=url), self.assertRaises(CommandError):
                call_command("setup_site", url=url, stdout=StringIO())
