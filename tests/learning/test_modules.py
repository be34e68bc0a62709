from django.contrib.auth import get_user_model
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase

from hub.data.load import load_taxonomy
from hub.models import Stage, Theme
from learning.factories import ModuleIndexPageFactory, ModulePageFactory
from learning.models import ModuleIndexPage, ModulePage
from tests.utils import make_site, sign_in, translate, translate_home

QUIZ = {
    "title": "The UPR cycle",
    "questions": [
        {
            "question": "How are responses to recommendations recorded?",
            "choices": [
                {
                    "text": "Supported or noted",
                    "correct": True,
                    "feedback": "The State supports or notes each one.",
                },
                {
                    "text": "Accepted or vetoed",
                    "correct": False,
                    "feedback": "There is no veto in the UPR.",
                },
            ],
        },
        {
            "question": "When is the outcome adopted?",
            "choices": [
                {"text": "The same day", "correct": False, "feedback": "Too early."},
                {
                    "text": "At a later plenary session",
                    "correct": True,
                    "feedback": "About 3 to 4 months after the review.",
                },
            ],
        },
    ],
}
BODY = [
    ("text", "<h2>How a cycle works</h2><p>Every State is reviewed once per cycle.</p>"),
    ("key_points", {"title": "Remember", "points": ["Recommendations are public."]}),
    ("glossary", {"terms": [{"term": "Troika", "definition": "Three rapporteur States."}]}),
    (
        "steps",
        {
            "title": "Before the review",
            "steps": [{"title": "Submit", "text": "About 6 to 8 months before."}],
        },
    ),
    (
        "exercise",
        {
            "title": "Map the actors",
            "instructions": "<p>List who can help.</p>",
            "duration_minutes": 20,
            "materials": "Flip chart",
        },
    ),
    (
        "video",
        {
            "title": "The UPR in five minutes",
            "url": "https://video.example.org/upr",
            "provider": "Example Video",
            "duration_minutes": 5,
            "transcript": "<p>The UPR is a peer review.</p>",
        },
    ),
    ("quiz", QUIZ),
]


def build_modules():
    load_taxonomy(lambda message: None)
    home = make_site()
    translate_home(home)
    index = ModuleIndexPageFactory(parent=home)
    translate(index, "fr", title="Modules de formation", slug="modules")
    return index


def module(index, title, themes=(), stages=(), **kwargs):
    return ModulePageFactory(
        parent=index,
        title=title,
        themes=list(Theme.vocabulary().filter(slug__in=themes)),
        stages=list(Stage.vocabulary().filter(slug__in=stages)),
        **kwargs,
    )


class TestModuleTree(WagtailPageTestCase):
    def test_modules_live_in_the_module_index(self):
        self.assertAllowedSubpageTypes(ModuleIndexPage, {ModulePage})
        self.assertAllowedParentPageTypes(ModulePage, {ModuleIndexPage})
        self.assertAllowedSubpageTypes(ModulePage, set())


class TestModulePage(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = build_modules()
        cls.page = module(
            cls.index,
            "The UPR cycle",
            themes=["torture"],
            stages=["responses"],
            body=BODY,
            objectives=[("objective", "Explain supported and noted.")],
        )

    def test_shows_objectives_and_every_block(self):
        response = self.client.get(self.page.url)
        for text in (
            "Explain supported and noted.",
            "Every State is reviewed once per cycle.",
            "Recommendations are public.",
            "<dt>Troika</dt>",
            "About 6 to 8 months",
            "Map the actors",
            "Flip chart",
            "20 minutes",
            "Torture and other",
            "The State&#x27;s responses",
        ):
            with self.subTest(text=text):
                self.assertContains(response, text)

    def test_every_block_type_renders_in_french_and_spanish(self):
        markers = {"fr": "Vérifier mes réponses", "es": "Comprobar mis respuestas"}
        for code, slug in (("fr", "cycle-fr"), ("es", "ciclo")):
            translated = translate(self.page, code, title=f"Cycle {code}", slug=slug)
            with self.subTest(code=code):
                response = self.client.get(translated.url)
                self.assertContains(response, f'<html lang="{code}"')
                for text in (
                    "Every State is reviewed once per cycle.",
                    "<dt>Troika</dt>",
                    "Map the actors",
                    "video.example.org",
                    "Recommendations are public.",
                    "About 6 to 8 months",
                    markers[code],
                ):
                    self.assertContains(response, text)

    def test_video_loads_nothing_until_the_reader_follows_the_link(self):
        html = self.client.get(self.page.url).content.decode()
        self.assertNotIn("<iframe", html)
        self.assertNotIn('src="https://video.example.org', html)
        self.assertIn('href="https://video.example.org/upr"', html)
        self.assertIn("The UPR is a peer review.", html)

    def test_quiz_is_a_plain_get_form(self):
        html = self.client.get(self.page.url).content.decode()
        self.assertIn('<form method="get" action="#quiz-1">', html)
        self.assertIn('type="radio" name="quiz1-1" value="0"', html)
        self.assertNotIn("You answered", html)

    def test_quiz_feedback_for_the_chosen_answers(self):
        response = self.client.get(self.page.url, {"quiz1-1": "0", "quiz1-2": "0"})
        self.assertContains(response, "You answered 1 of 2 questions correctly.")
        self.assertContains(response, "The State supports or notes each one.")
        self.assertContains(response, "Too early.")
        self.assertContains(response, "The answer is: At a later plenary session")
        self.assertRegex(response.content.decode(), r'name="quiz1-1" value="0"[^>]*checked')
        self.assertEqual(dict(response.cookies), {})

    def test_quiz_heading_names_the_quiz_once(self):
        html = self.client.get(self.page.url).content.decode()
        self.assertRegex(html, r"Check your understanding</span> The UPR cycle</h2>")
        self.page.body = [("quiz", {**QUIZ, "title": "Check your understanding"})]
        self.page.save_revision().publish()
        html = self.client.get(self.page.url).content.decode()
        self.assertRegex(html, r'<h2 id="quiz-1-title">Check your understanding</h2>')

    def test_quiz_ignores_nonsense(self):
        response = self.client.get(self.page.url, {"quiz1-1": "7", "quiz1-2": "x"})
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "You answered")

    def test_quiz_feedback_in_french(self):
        fr = translate(self.page, "fr", title="Le cycle de l’EPU", slug="cycle")
        response = self.client.get(fr.url, {"quiz1-1": "1"})
        self.assertContains(response, "Bonnes réponses : 0 sur 2.")

    def test_related_modules_share_themes_or_stages(self):
        module(self.index, "Implementation", stages=["responses"])
        module(self.index, "Unrelated", stages=["preparation"])
        related = self.client.get(self.page.url).context["related"]
        self.assertEqual([p.title for p in related], ["Implementation"])

    def test_editors_can_open_the_module_editor(self):
        user = get_user_model().objects.create_superuser("boss", "boss@localhost", "pw")
        sign_in(self.client, user)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.page.pk]))
        self.assertEqual(edit.status_code, 200)
        add = reverse("wagtailadmin_pages:add", args=["learning", "modulepage", self.index.pk])
        self.assertEqual(self.client.get(add).status_code, 200)


class TestModuleIndex(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = build_modules()
        module(
            cls.index, "Basics", themes=[], stages=["preparation", "review"], level="introductory"
        )
        module(cls.index, "SMART recommendations", stages=["responses"], level="intermediate")
        module(
            cls.index,
            "Mid-term reporting",
            themes=["nhri"],
            stages=["mid-term-reporting"],
            level="advanced",
        )

    def counts(self, response, name):
        facet = next(f for f in response.context["listing"].facets if f.name == name)
        return [(o["value"], o["count"]) for o in facet.options]

    def test_sorted_by_level_with_counts(self):
        response = self.client.get(self.index.url)
        self.assertEqual(
            [p.title for p in response.context["listing"].results],
            ["Basics", "SMART recommendations", "Mid-term reporting"],
        )
        self.assertEqual(
            self.counts(response, "level"),
            [("introductory", 1), ("intermediate", 1), ("advanced", 1)],
        )
        self.assertEqual(
            self.counts(response, "stage"),
            [("preparation", 1), ("review", 1), ("responses", 1), ("mid-term-reporting", 1)],
        )
        self.assertContains(response, "3 modules")

    def test_filters_combine(self):
        response = self.client.get(self.index.url, {"level": "advanced", "theme": "nhri"})
        self.assertEqual(
            [p.title for p in response.context["listing"].results], ["Mid-term reporting"]
        )
        response = self.client.get(self.index.url, {"level": "introductory", "theme": "nhri"})
        self.assertContains(response, "No module matches all these filters.")
        self.assertContains(response, 'href="?theme=nhri"')

    def test_query_count_does_not_grow_with_modules(self):
        self.client.get(self.index.url)
        with CaptureQueriesContext(connection) as few:
            self.client.get(self.index.url)
        for n in range(6):
            module(self.index, f"Extra {n}", themes=["torture"], stages=["implementation"])
        with CaptureQueriesContext(connection) as many:
            self.assertContains(self.client.get(self.index.url), "9 modules")
        self.assertEqual(len(few), len(many))
