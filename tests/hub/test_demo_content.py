import io
from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import Translation

from pypdf import PdfReader

from hub.models import Footer, HomePage, MainMenu, StandardPage, Theme
from learning.models import (
    CoursePage,
    GuideIndexPage,
    ModuleIndexPage,
    ModulePage,
    StageGuidePage,
)
from strategies.models import StrategyPage, StrategySetPage, SubmissionContact


class TestLoadDemoContent(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo_content", stdout=StringIO())
        cls.cases = StrategyPage.objects.filter(locale__language_code="en", live=True)

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

    def test_lang_hreflang_and_switcher_on_every_page(self):
        pages = Page.objects.live().filter(depth__gt=1).select_related("locale")
        self.assertEqual(pages.count(), 3 * (7 + 8 + 5 + 2 + 15 + 2))
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

    def test_every_sitemap_entry_has_a_lastmod(self):
        sitemap = self.client.get("/sitemap.xml").content.decode()
        self.assertEqual(sitemap.count("<url>"), sitemap.count("<lastmod>"))
        self.assertGreater(sitemap.count("<url>"), 100)

    def test_fifteen_illustrative_cases_in_three_languages(self):
        self.assertEqual(self.cases.count(), 15)
        self.assertTrue(all(case.is_illustrative for case in self.cases))
        for code in ("fr", "es"):
            self.assertEqual(
                StrategyPage.objects.filter(locale__language_code=code, live=True).count(), 15
            )

    def test_coverage_of_regions_themes_stages_and_tactics(self):
        regions = set(self.cases.values_list("tagged_regions__tag__slug", flat=True))
        self.assertEqual(len(regions), 5)
        themes = set(self.cases.values_list("tagged_themes__tag__slug", flat=True))
        self.assertGreaterEqual(len(themes), 8)
        stages = set(self.cases.values_list("stages__slug", flat=True))
        later = {
            "responses",
            "plenary-adoption",
            "implementation",
            "mid-term-reporting",
            "follow-up",
        }
        self.assertLessEqual(later, stages)
        tactics = set(self.cases.values_list("tagged_tactics__tag__slug", flat=True))
        self.assertGreaterEqual(len(tactics), 6)

    def test_named_and_anonymous_cases(self):
        self.assertTrue(self.cases.filter(is_anonymous=True, organisation="").exists())
        self.assertTrue(self.cases.filter(is_anonymous=False).exclude(organisation="").exists())

    def test_curated_sets_in_three_languages(self):
        self.assertEqual(StrategySetPage.objects.filter(live=True).count(), 6)
        for set_page in StrategySetPage.objects.filter(live=True):
            self.assertGreaterEqual(len(set_page.strategies()), 3)

    def test_two_submissions_wait_for_moderators(self):
        pending = StrategyPage.objects.filter(live=False)
        self.assertEqual(pending.count(), 2)
        for page in pending:
            self.assertEqual(page.current_workflow_state.status, "in_progress")
        self.assertEqual(SubmissionContact.objects.count(), 1)

    def test_home_page_features_strategies_in_each_language(self):
        for code in ("en", "fr", "es"):
            home = HomePage.objects.get(locale__language_code=code)
            featured = home.get_featured_pages()
            self.assertTrue(any(isinstance(page, StrategyPage) for page in featured), code)
            self.assertTrue(all(page.locale_id == home.locale_id for page in featured))

    def test_a_french_reader_finds_strategies_for_region_and_theme(self):
        response = self.client.get(
            "/fr/strategies/", {"region": "african", "theme": "womens-rights"}
        )
        results = list(response.context["library"].results)
        self.assertTrue(results)
        for page in results:
            self.assertEqual(page.locale.language_code, "fr")

    def test_eight_modules_in_three_languages_with_exercise_and_quiz(self):
        for code in ("en", "fr", "es"):
            modules = ModulePage.objects.filter(locale__language_code=code, live=True)
            self.assertEqual(modules.count(), 8, code)
            for module in modules:
                with self.subTest(module=module.slug):
                    kinds = [block.block_type for block in module.body]
                    self.assertIn("exercise", kinds)
                    self.assertIn("quiz", kinds)
                    self.assertGreaterEqual(len(module.objectives), 3)
                    for block in module.body:
                        if block.block_type == "quiz":
                            for question in block.value["questions"]:
                                correct = [c for c in question["choices"] if c["correct"]]
                                self.assertEqual(len(correct), 1)

    def test_a_spanish_reader_answers_a_quiz(self):
        module = ModulePage.objects.filter(locale__language_code="es").first()
        response = self.client.get(module.url, {"quiz1-1": "0"})
        self.assertContains(response, "Respuestas correctas:")

    def test_a_guide_for_each_later_stage_in_three_languages(self):
        later = [
            "responses",
            "plenary-adoption",
            "implementation",
            "mid-term-reporting",
            "follow-up",
        ]
        for code in ("en", "fr", "es"):
            guides = StageGuidePage.objects.filter(locale__language_code=code, live=True)
            self.assertEqual(sorted(g.stage.slug for g in guides), sorted(later), code)
            for guide in guides:
                self.assertGreaterEqual(len(guide.steps), 4)
                self.assertTrue(all(step.value["checklist"] for step in guide.steps))
        index = GuideIndexPage.objects.get(locale__language_code="es")
        response = self.client.get(index.url, {"review": "2025-01-20"})
        self.assertContains(response, "Leer la guía paso a paso", count=5)
        self.assertContains(response, "entre el 20 de abril de 2025 y el 20 de mayo de 2025")

    def test_two_courses_in_three_languages_with_both_pdfs_in_french(self):
        for code in ("en", "fr", "es"):
            courses = CoursePage.objects.filter(locale__language_code=code, live=True)
            self.assertEqual(courses.count(), 2, code)
        two_day = CoursePage.objects.filter(locale__language_code="fr")
        self.assertEqual(sorted(c.agenda_items()[-1].day for c in two_day), [1, 2])
        course = two_day.first()
        for route in ("handout/pdf/", "facilitator/pdf/"):
            response = self.client.get(course.url + route)
            self.assertTrue(response.content.startswith(b"%PDF-"))
            reader = PdfReader(io.BytesIO(response.content))
            text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
            self.assertIn(" ".join(course.title.split()), text)


class TestNumbersPerLanguage(TestCase):
    def test_thousands_follow_the_language(self):
        from django.template import Context, Template
        from django.utils import translation

        template = Template("{{ n }}")
        for code, expected in (("en", "12,345"), ("fr", "12\xa0345"), ("es", "12\xa0345")):
            with self.subTest(code=code), translation.override(code):
                self.assertEqual(template.render(Context({"n": 12345})), expected)
