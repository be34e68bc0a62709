import datetime
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, Site

from pypdf import PdfReader

from hub.models import Theme
from learning.factories import CourseIndexPageFactory, CoursePageFactory
from strategies.factories import StrategyIndexPageFactory
from tests.learning.test_modules import BODY, build_modules, module
from tests.utils import sign_in, translate


def session(page, minutes, notes="", new_day=False):
    return (
        "session",
        {"module": page, "duration_minutes": minutes, "starts_new_day": new_day, "notes": notes},
    )


def pause(title, minutes):
    return ("pause", {"title": title, "duration_minutes": minutes})


def pdf_text(response):
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


class CourseTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.modules_index = build_modules()
        cls.home = cls.modules_index.get_parent()
        cls.courses = CourseIndexPageFactory(parent=cls.home)
        translate(cls.courses, "fr", title="Cours", slug="cours")
        cls.basics = module(cls.modules_index, "UPR basics", body=BODY)
        cls.smart = module(cls.modules_index, "SMART recommendations")
        translate(cls.basics, "fr", title="Les bases de l’EPU", slug="bases")
        translate(cls.smart, "fr", title="Recommandations SMART", slug="smart")
        cls.course = CoursePageFactory(
            parent=cls.courses,
            title="One-day introduction",
            slug="intro",
            agenda=[
                session(cls.basics, 90, notes="Start with a quiz in pairs."),
                pause("Coffee", 15),
                session(cls.smart, 60),
                session(cls.basics, 45, new_day=True),
            ],
        )
        cls.course.save_revision().publish()
        cls.course_fr = translate(
            cls.course, "fr", title="Introduction en une journée", slug="introduction"
        )


class TestAgenda(CourseTestCase):
    def test_times_days_and_total(self):
        items = self.course.agenda_items()
        self.assertEqual(
            [(i.number, i.day, i.start.time(), i.end.time()) for i in items],
            [
                (1, 1, datetime.time(9, 0), datetime.time(10, 30)),
                (None, 1, datetime.time(10, 30), datetime.time(10, 45)),
                (2, 1, datetime.time(10, 45), datetime.time(11, 45)),
                (3, 2, datetime.time(9, 0), datetime.time(9, 45)),
            ],
        )
        context = self.client.get(self.course.url).context
        self.assertEqual(context["total_minutes"], 195)
        self.assertEqual(context["days"], 2)

    def test_course_page_shows_the_agenda_in_french(self):
        response = self.client.get(self.course_fr.url)
        self.assertContains(response, "3 h 15 min")
        self.assertContains(response, "09:00–10:30")
        self.assertContains(response, "Les bases de l’EPU")
        self.assertContains(response, "Jour 2")

    def test_query_count_does_not_grow_with_sessions(self):
        self.client.get(self.course.url)
        with CaptureQueriesContext(connection) as few:
            self.client.get(self.course.url)
        self.course.agenda = (
            list(self.course.agenda.raw_data)
            + [
                {
                    "type": "session",
                    "value": {
                        "module": self.smart.pk,
                        "duration_minutes": 30,
                        "starts_new_day": False,
                        "notes": "",
                    },
                }
            ]
            * 6
        )
        self.course.save_revision().publish()
        self.client.get(self.course.url)
        with CaptureQueriesContext(connection) as many:
            self.client.get(self.course.url)
        self.assertEqual(len(few), len(many))


class TestPrintables(CourseTestCase):
    def test_handout_leaves_out_facilitator_notes_and_answers(self):
        html = self.client.get(self.course.url + "handout/").content.decode()
        self.assertIn("Every State is reviewed once per cycle.", html)
        self.assertIn("☐ Supported or noted", html)
        self.assertNotIn("Start with a quiz in pairs.", html)
        self.assertNotIn("Agree ground rules", html)
        self.assertNotIn("The State supports or notes each one.", html)

    def test_facilitator_guide_has_notes_exercises_and_answers(self):
        html = self.client.get(self.course.url + "facilitator/").content.decode()
        self.assertIn("Start with a quiz in pairs.", html)
        self.assertIn("Agree ground rules", html)
        self.assertIn("Map the actors", html)
        self.assertIn("The State supports or notes each one.", html)
        # UPR basics has two sessions in the agenda but is printed once.
        self.assertEqual(html.count("Every State is reviewed once per cycle."), 1)

    def test_pdfs_in_french_are_valid_and_translated(self):
        for route in ("handout/pdf/", "facilitator/pdf/"):
            with self.subTest(route=route):
                response = self.client.get(self.course_fr.url + route)
                self.assertEqual(response["Content-Type"], "application/pdf")
                self.assertTrue(response.content.startswith(b"%PDF-"))
                text = pdf_text(response)
                self.assertIn("Introduction en une journée", text)
                self.assertIn("Les bases de l’EPU", text)
                # The site's own address (its Wagtail Site), never the request's host.
                site_url = Site.objects.get(is_default_site=True).root_url
                self.assertIn(f"se trouve à l’adresse {site_url}{self.course_fr.url}", text)

    def test_stage_guide_pdf(self):
        from hub.models import Stage
        from learning.factories import GuideIndexPageFactory, StageGuidePageFactory

        guide_index = GuideIndexPageFactory(parent=self.home)
        guide = StageGuidePageFactory(
            parent=guide_index,
            title="Responses step by step",
            stage=Stage.vocabulary().get(slug="responses"),
        )
        guide_index_es = translate(guide_index, "es", title="Guía", slug="guia")
        guide_es = translate(guide, "es", title="Respuestas paso a paso", slug="respuestas")
        self.assertTrue(guide_index_es.live)
        response = self.client.get(guide_es.url + "pdf/")
        self.assertTrue(response.content.startswith(b"%PDF-"))
        self.assertIn("Respuestas paso a paso", pdf_text(response))
        self.assertIn("Draft the letter", pdf_text(self.client.get(guide.url + "pdf/")))


class TestTrainerPermissions(CourseTestCase):
    """The permission matrix: what a trainer may do in each section."""

    def setUp(self):
        self.trainer = get_user_model().objects.create_user("trainer", "t@localhost", "pw")
        self.trainer.groups.add(Group.objects.get(name="Trainers"))

    def perms(self, page):
        return Page.objects.get(pk=page.pk).permissions_for_user(self.trainer)

    def test_courses_create_edit_publish(self):
        self.assertTrue(self.perms(self.courses).can_add_subpage())
        self.assertTrue(self.perms(self.course).can_edit())
        self.assertTrue(self.perms(self.course).can_publish())

    def test_modules_propose_changes_but_not_publish(self):
        self.assertTrue(self.perms(self.basics).can_edit())
        self.assertFalse(self.perms(self.basics).can_publish())
        self.assertFalse(self.perms(self.modules_index).can_add_subpage())

    def test_no_strategies_no_taxonomy(self):
        library = StrategyIndexPageFactory(parent=self.home)
        self.assertFalse(self.perms(library).can_add_subpage())
        self.assertFalse(self.perms(library).can_edit())
        self.assertFalse(self.trainer.has_perm("hub.change_theme"))
        sign_in(self.client, self.trainer)
        theme = Theme.objects.first()
        response = self.client.get(f"/admin/snippets/hub/theme/edit/{theme.pk}/")
        self.assertNotEqual(response.status_code, 200)

    def test_trainer_builds_a_course_in_the_admin(self):
        sign_in(self.client, self.trainer)
        add = f"/admin/pages/add/learning/coursepage/{self.courses.pk}/"
        self.assertEqual(self.client.get(add).status_code, 200)


class TestCourseNavigation(CourseTestCase):
    def test_previous_and_next_inside_a_course(self):
        first = self.client.get(self.basics.url, {"course": self.course.pk})
        self.assertContains(first, "Module 1 of 2 in this course")
        self.assertContains(first, f'rel="next" href="{self.smart.url}?course={self.course.pk}"')
        self.assertNotContains(first, 'rel="prev"')
        second = self.client.get(self.smart.url, {"course": self.course.pk})
        self.assertContains(second, 'rel="prev"')
        self.assertNotContains(second, 'rel="next"')

    def test_in_french_and_only_for_real_courses(self):
        fr = self.basics.get_translation(self.course_fr.locale)
        response = self.client.get(fr.url, {"course": self.course_fr.pk})
        self.assertContains(response, "Module 1 sur 2 de ce cours")
        self.assertNotContains(self.client.get(self.basics.url, {"course": "x"}), "in this course")
        wrong_language = self.client.get(self.basics.url, {"course": self.course_fr.pk})
        self.assertNotContains(wrong_language, "in this course")

    def test_agenda_links_carry_the_course(self):
        self.assertContains(self.client.get(self.course.url), f"?course={self.course.pk}")


class TestTrainerJourney(CourseTestCase):
    """A trainer builds a French course in the admin, publishes it, and downloads both PDFs."""

    def test_build_publish_and_download(self):
        from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

        trainer = get_user_model().objects.create_user("formatrice", "f@localhost", "pw")
        trainer.groups.add(Group.objects.get(name="Trainers"))
        sign_in(self.client, trainer)
        courses_fr = self.courses.get_translation(self.course_fr.locale)
        basics_fr = self.basics.get_translation(self.course_fr.locale)
        smart_fr = self.smart.get_translation(self.course_fr.locale)
        data = nested_form_data(
            {
                "title": "Atelier d’une demi-journée",
                "slug": "demi-journee",
                "summary": "Une introduction courte.",
                "audience": "Équipes d’OSC.",
                "objectives": streamfield([("objective", "Comprendre le cycle.")]),
                "start_time": "14:00",
                "agenda": streamfield(
                    [
                        (
                            "session",
                            {
                                "module": smart_fr.pk,
                                "duration_minutes": 60,
                                "starts_new_day": False,
                                "notes": "Commencer par un exemple.",
                            },
                        ),
                        ("pause", {"title": "Pause", "duration_minutes": 15}),
                        (
                            "session",
                            {
                                "module": basics_fr.pk,
                                "duration_minutes": 45,
                                "starts_new_day": False,
                                "notes": "",
                            },
                        ),
                    ]
                ),
                "facilitator_notes": rich_text("<p>Pas de photos sans accord.</p>"),
                "action-publish": "publish",
            }
        )
        url = f"/admin/pages/add/learning/coursepage/{courses_fr.pk}/"
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.content[:2000])
        course = courses_fr.get_children().get(slug="demi-journee").specific
        self.assertTrue(course.live)
        self.assertEqual(
            [i.title for i in course.agenda_items() if i.number],
            ["Recommandations SMART", "Les bases de l’EPU"],
        )
        self.client.logout()
        page = self.client.get(course.url)
        self.assertContains(page, "14:00–15:00")
        self.assertContains(page, "1 h 45 min")
        for route, expected in (
            ("handout/pdf/", "Document pour les participants"),
            ("facilitator/pdf/", "Commencer par un exemple."),
        ):
            with self.subTest(route=route):
                response = self.client.get(course.url + route)
                text = " ".join(pdf_text(response).split())
                self.assertIn("Atelier d’une demi-journée", text)
                self.assertIn(expected.upper(), text.upper())
