from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import Translation

from hub.models import Footer, HomePage, MainMenu, StandardPage, Theme
from learning.models import ModuleIndexPage


class TestLoadDemoContent(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo_content", stdout=StringIO())

    def snapshot(self):
        return {
            "pages": list(Page.objects.order_by("path").values_list("path", "slug", "live")),
            "revisions": Revision.objects.count(),
            "themes": Theme.objects.count(),
            "footers": Footer.objects.count(),
            "translations": Translation.objects.count(),
            "menu": MainMenu.for_site(Site.objects.get()).items.count(),
        }

    def test_running_twice_changes_nothing(self):
        before = self.snapshot()
        call_command("load_demo_content", stdout=StringIO())
        self.assertEqual(before, self.snapshot())

    def test_site_root_is_the_home_page(self):
        site = Site.objects.get(is_default_site=True)
        self.assertIsInstance(site.root_page.specific, HomePage)
        self.assertFalse(Page.objects.filter(depth=2).not_type(HomePage).exists())

    def test_every_page_exists_in_three_languages(self):
        for page in Page.objects.filter(locale__language_code="en", depth__gt=1):
            with self.subTest(page=page.slug):
                codes = set(
                    page.get_translations(inclusive=True)
                    .live()
                    .filter(alias_of__isnull=True)
                    .values_list("locale__language_code", flat=True)
                )
                self.assertEqual(codes, {"en", "fr", "es"})

    def test_translations_are_managed_by_wagtail_localize_and_complete(self):
        for translation in Translation.objects.all():
            with self.subTest(source=str(translation.source)):
                progress, total = translation.get_progress()
                self.assertEqual(progress, total)
                self.assertGreater(total, 0)

    def test_pages_read_in_each_language(self):
        for url, text in (
            ("/en/about/", "About"),
            ("/fr/a-propos/", "propos"),
            ("/es/privacidad/", "privacidad"),
            ("/es/modulos/", "Módulos"),
        ):
            with self.subTest(url=url):
                self.assertContains(self.client.get(url), text)

    def test_translated_pages_differ_from_english(self):
        en = StandardPage.objects.get(slug="privacy")
        for code in ("fr", "es"):
            translated = en.get_translation(Locale.objects.get(language_code=code))
            self.assertNotEqual(translated.title, en.title)
            self.assertNotEqual(str(translated.body.raw_data), str(en.body.raw_data))

    def test_home_page_links_every_section(self):
        response = self.client.get("/fr/")
        for section in ModuleIndexPage.objects.filter(locale__language_code="fr"):
            self.assertContains(response, section.url)
        self.assertContains(response, "confidentialite")

    def test_footer_links_to_the_privacy_page_in_each_language(self):
        self.assertContains(self.client.get("/es/"), 'href="/es/privacidad/"')
        self.assertContains(self.client.get("/fr/"), 'href="/fr/confidentialite/"')


class TestEveryPageInEveryLanguage(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo_content", stdout=StringIO())

    def test_lang_hreflang_and_switcher_on_every_page(self):
        pages = Page.objects.live().filter(depth__gt=1).select_related("locale")
        self.assertEqual(pages.count(), 21)
        for page in pages:
            code = page.locale.language_code
            with self.subTest(url=page.url):
                response = self.client.get(page.url)
                self.assertContains(response, f'<html lang="{code}"')
                self.assertContains(response, 'rel="alternate" hreflang=', count=4)
                self.assertContains(response, 'hreflang="x-default"')
                for other in page.get_translations().select_related("locale"):
                    self.assertContains(
                        response,
                        f'href="/language/{other.locale.language_code}/?next='
                        f'{other.url.replace("/", "%2F")}"',
                    )


class TestNumbersPerLanguage(TestCase):
    def test_thousands_follow_the_language(self):
        from django.template import Context, Template
        from django.utils import translation

        template = Template("{{ n }}")
        for code, expected in (("en", "12,345"), ("fr", "12\xa0345"), ("es", "12\xa0345")):
            with self.subTest(code=code), translation.override(code):
                self.assertEqual(template.render(Context({"n": 12345})), expected)
