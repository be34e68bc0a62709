import datetime

from django.test import SimpleTestCase, TestCase

from wagtail.test.utils import WagtailPageTestCase

from hub.data.load import load_taxonomy
from hub.models import Stage
from learning.factories import GuideIndexPageFactory, StageGuidePageFactory
from learning.models import GuideIndexPage, StageGuidePage
from learning.timeline import add_months, milestones
from tests.learning.test_modules import module
from tests.utils import make_site, sign_in, translate, translate_home


def build_guide():
    load_taxonomy(lambda message: None)
    home = make_site()
    translate_home(home)
    index = GuideIndexPageFactory(parent=home)
    index_fr = translate(index, "fr", title="Guide des étapes", slug="guide")
    page = StageGuidePageFactory(
        parent=index,
        title="Responses: step by step",
        slug="responses",
        stage=Stage.vocabulary().get(slug="responses"),
    )
    return index, index_fr, page


class TestGuideTree(WagtailPageTestCase):
    def test_stage_guides_live_in_the_guide(self):
        self.assertAllowedSubpageTypes(GuideIndexPage, {StageGuidePage})
        self.assertAllowedParentPageTypes(StageGuidePage, {GuideIndexPage})


class TestStageGuidePage(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index, cls.index_fr, cls.page = build_guide()

    def test_numbered_steps_with_when_who_and_checklist(self):
        response = self.client.get(self.page.url)
        self.assertContains(response, "Stage 5: The State")
        self.assertContains(response, '<span class="guide-step__number">Step 1</span>')
        self.assertContains(response, "Within two weeks of the review")
        self.assertContains(response, "Civil society organisations, Government")
        self.assertContains(response, 'type="checkbox" id="check-1-2"')
        self.assertContains(response, 'data-checklist-key="')
        self.assertContains(response, '<label for="check-1-1">Draft the letter</label>')

    def test_checklist_script_only_on_guides_and_only_from_this_site(self):
        html = self.client.get(self.page.url).content.decode()
        self.assertIn('<script src="/static/js/checklist.js" defer></script>', html)
        self.assertNotIn("checklist.js", self.client.get(self.index.url).content.decode())

    def test_related_modules_and_strategies_in_the_readers_language(self):
        from learning.factories import ModuleIndexPageFactory

        modules = ModuleIndexPageFactory(parent=self.index.get_parent())
        translate(modules, "fr", title="Modules", slug="modules")
        helper = module(modules, "Working with government")
        translate(helper, "fr", title="Travailler avec le gouvernement", slug="gouvernement")
        self.page.related_modules = [helper]
        self.page.save_revision().publish()
        page_fr = translate(self.page, "fr", title="Réponses", slug="reponses")
        self.assertContains(self.client.get(self.page.url), "Working with government")
        self.assertContains(self.client.get(page_fr.url), "Travailler avec le gouvernement")

    def test_guide_index_shows_the_whole_cycle_with_links_to_guides(self):
        response = self.client.get(self.index.url)
        cycle = response.context["cycle"]
        self.assertEqual([stage.number for stage, _guide in cycle], list(range(1, 10)))
        self.assertEqual([stage.slug for stage, guide in cycle if guide], ["responses"])
        self.assertContains(response, f'<a href="{self.page.url}">Read the step-by-step guide</a>')

    def test_guide_index_in_french(self):
        response = self.client.get(self.index_fr.url)
        self.assertContains(response, "Préparation")
        self.assertContains(response, "Votre calendrier d’examen")


class TestTimeline(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index, cls.index_fr, _page = build_guide()

    def test_dates_follow_from_the_review_in_the_readers_language(self):
        response = self.client.get(self.index_fr.url, {"review": "2024-01-22"})
        self.assertContains(response, "entre le 22 avril 2024 et le 22 mai 2024")
        self.assertContains(response, "22 juillet 2028")  # next review, about 4.5 years later
        self.assertContains(response, "Le calendrier du HCDH fait foi")
        self.assertEqual(dict(response.cookies), {})

    def test_english_dates(self):
        response = self.client.get(self.index.url, {"review": "2024-01-22"})
        self.assertContains(response, "between April 22, 2024 and May 22, 2024")

    def test_bad_dates_are_explained_and_kept(self):
        for value, message in (
            ("22/01/2024", "Enter the date of the review as a full date"),
            ("1999-05-01", "Enter a date between 2008"),
        ):
            with self.subTest(value=value):
                response = self.client.get(self.index.url, {"review": value})
                self.assertContains(response, message)
                self.assertContains(response, f'value="{value}"')
                self.assertNotContains(response, "<table")


class TestTimelineArithmetic(SimpleTestCase):
    def test_month_ends_are_clamped(self):
        self.assertEqual(add_months(datetime.date(2024, 8, 31), 6), datetime.date(2025, 2, 28))
        self.assertEqual(add_months(datetime.date(2024, 3, 31), -1), datetime.date(2024, 2, 29))

    def test_leap_years(self):
        self.assertEqual(add_months(datetime.date(2024, 2, 29), 12), datetime.date(2025, 2, 28))
        self.assertEqual(add_months(datetime.date(2023, 8, 29), 6), datetime.date(2024, 2, 29))
        self.assertEqual(add_months(datetime.date(2027, 8, 29), 54), datetime.date(2032, 2, 29))

    def test_milestones_in_order(self):
        dates = [m.start for m in milestones(datetime.date(2024, 1, 22))]
        self.assertEqual(dates, sorted(dates))
        self.assertEqual(dates[-1], datetime.date(2028, 7, 22))


class TestGuideAdmin(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index, _fr, cls.page = build_guide()

    def test_editors_can_open_the_guide_editor(self):
        from django.contrib.auth import get_user_model
        from django.urls import reverse

        user = get_user_model().objects.create_superuser("boss", "boss@localhost", "pw")
        sign_in(self.client, user)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.page.pk]))
        self.assertEqual(edit.status_code, 200)
        self.assertContains(edit, "7. Implementation</option>")
        self.assertNotContains(edit, "1. Preparation", msg_prefix="only later stages are offered")
        add = reverse("wagtailadmin_pages:add", args=["learning", "stageguidepage", self.index.pk])
        self.assertEqual(self.client.get(add).status_code, 200)
