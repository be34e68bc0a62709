import datetime

from django.test import TestCase, override_settings
from django.utils import timezone

from hub.factories import StandardPageFactory
from tests.utils import locale, make_site, translate, translate_home


class TestTranslatedPages(TestCase):
    """An English page translated into French only; Spanish is missing."""

    @classmethod
    def setUpTestData(cls):
        cls.home = make_site()
        cls.home_fr, cls.home_es = translate_home(cls.home)
        cls.about = StandardPageFactory(parent=cls.home, title="About", slug="about")
        cls.about_fr = translate(cls.about, "fr", title="À propos", slug="a-propos")

    def test_each_language_has_its_html_lang(self):
        for url, code in (("/en/", "en"), ("/fr/", "fr"), ("/es/", "es"), ("/fr/a-propos/", "fr")):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'<html lang="{code}"')

    def test_hreflang_lists_existing_translations_and_x_default(self):
        response = self.client.get("/en/about/")
        self.assertContains(
            response, '<link rel="alternate" hreflang="en" href="http://localhost/en/about/">'
        )
        self.assertContains(
            response, '<link rel="alternate" hreflang="fr" href="http://localhost/fr/a-propos/">'
        )
        self.assertContains(
            response,
            '<link rel="alternate" hreflang="x-default" href="http://localhost/en/about/">',
        )
        self.assertNotContains(response, 'hreflang="es"')

    def test_switcher_links_to_the_same_page_in_other_languages(self):
        response = self.client.get("/fr/a-propos/")
        self.assertContains(response, 'href="/language/en/?next=%2Fen%2Fabout%2F"')
        self.assertContains(response, 'aria-current="true">Français</span>')

    def test_switcher_says_when_a_translation_is_missing(self):
        response = self.client.get("/en/about/")
        self.assertContains(response, 'href="/language/fr/?next=%2Ffr%2Fa-propos%2F"')
        self.assertNotContains(response, "/language/es/")
        self.assertContains(response, '<span lang="es">Español</span> <small>(not translated yet)')

    def test_switcher_note_is_in_the_readers_language(self):
        response = self.client.get("/fr/a-propos/")
        self.assertContains(response, "(pas encore traduite)")

    def test_missing_translation_is_not_served_under_its_language(self):
        self.assertEqual(self.client.get("/es/about/").status_code, 404)

    def test_dates_are_formatted_per_language(self):
        published = timezone.make_aware(datetime.datetime(2026, 3, 1, 12, 0))
        type(self.about).objects.filter(pk__in=[self.about.pk, self.about_fr.pk]).update(
            last_published_at=published
        )
        self.assertContains(self.client.get("/en/about/"), "March 1, 2026")
        self.assertContains(self.client.get("/fr/a-propos/"), "1 mars 2026")


class TestUntranslatedCopies(TestCase):
    """wagtail-localize's locale sync puts aliases of untranslated pages in other locales."""

    @classmethod
    def setUpTestData(cls):
        cls.home = make_site()
        cls.home_fr, cls.home_es = translate_home(cls.home)
        cls.about = StandardPageFactory(parent=cls.home, title="About", slug="about")
        cls.alias_es = cls.about.copy_for_translation(locale("es"), alias=True)

    def test_copy_is_labelled_and_marked_as_english(self):
        response = self.client.get("/es/about/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<html lang="es"')
        self.assertContains(response, "Esta página aún no se ha traducido al español.")
        self.assertContains(response, '<main id="main" class="site-main" tabindex="-1" lang="en">')
        self.assertContains(response, '<meta name="robots" content="noindex">')

    def test_copy_is_not_offered_as_a_translation(self):
        response = self.client.get("/en/about/")
        self.assertNotContains(response, 'hreflang="es"')
        self.assertNotContains(response, "/language/es/")

    def test_copy_offers_the_real_language(self):
        response = self.client.get("/es/about/")
        self.assertContains(response, 'href="/language/en/?next=%2Fen%2Fabout%2F"')


class TestLanguageNegotiation(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_site()
        translate_home(cls.home)

    def test_root_follows_the_browser_language(self):
        for header, expected in (("fr-FR,fr;q=0.9", "/fr/"), ("es-419,es;q=0.8", "/es/")):
            with self.subTest(header=header):
                response = self.client.get("/", headers={"accept-language": header})
                self.assertRedirects(response, expected, fetch_redirect_response=False)

    def test_root_falls_back_to_english(self):
        response = self.client.get("/", headers={"accept-language": "de-DE,de;q=0.9"})
        self.assertRedirects(response, "/en/", fetch_redirect_response=False)

    def test_an_explicit_choice_is_remembered(self):
        response = self.client.get("/language/es/", {"next": "/es/"})
        self.assertRedirects(response, "/es/", fetch_redirect_response=False)
        cookie = response.cookies["django_language"]
        self.assertEqual(cookie.value, "es")
        self.assertEqual(cookie["samesite"], "Lax")
        response = self.client.get("/", headers={"accept-language": "fr"})
        self.assertRedirects(response, "/es/", fetch_redirect_response=False)

    def test_switch_refuses_other_sites(self):
        response = self.client.get("/language/fr/", {"next": "https://evil.example/"})
        self.assertRedirects(response, "/fr/", fetch_redirect_response=False)

    def test_switch_refuses_unknown_languages(self):
        response = self.client.get("/language/de/", {"next": "/de/"})
        self.assertNotIn("django_language", response.cookies)
        self.assertNotEqual(response.get("Location"), "/de/")

    def test_reading_sets_no_cookie(self):
        for url in ("/", "/en/", "/fr/", "/es/search/?q=upr"):
            with self.subTest(url=url):
                self.assertEqual(dict(self.client.get(url).cookies), {})

    def test_switcher_on_other_views_keeps_the_query(self):
        response = self.client.get("/fr/search/", {"q": "examen"})
        self.assertContains(response, 'href="/language/es/?next=%2Fes%2Fsearch%2F%3Fq%3Dexamen"')


@override_settings(DEBUG=False)
class TestErrorPages(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_site()
        translate_home(cls.home)

    def test_not_found_in_the_readers_language(self):
        for url, text in (
            ("/en/nowhere/", "Page not found"),
            ("/fr/nulle-part/", "Page introuvable"),
            ("/es/ninguna-parte/", "Página no encontrada"),
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 404)
                self.assertContains(response, text, status_code=404)

    def test_server_error_in_the_readers_language(self):
        from django.template.loader import render_to_string
        from django.utils import translation

        with translation.override("es"):
            html = render_to_string("500.html")
        self.assertIn('<html lang="es">', html)
        self.assertIn("Algo salió mal", html)
