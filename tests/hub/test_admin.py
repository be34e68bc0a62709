from io import StringIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse

from wagtail.models import Page, Site, get_page_models
from wagtail_localize.models import Translation

from hub.models import Footer, HomePage, MainMenu, Stage, StandardPage, Theme
from learning.models import ModuleIndexPage
from strategies.models import StrategyPage
from tests.utils import sign_in


class TestAdminScreens(TestCase):
    """Editors can open every screen the foundation adds."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo_content", stdout=StringIO())
        cls.user = get_user_model().objects.create_superuser("boss", "boss@localhost", "pw")

    def setUp(self):
        sign_in(self.client, self.user)

    def test_page_editors_open(self):
        for model in (HomePage, StandardPage, ModuleIndexPage):
            page = model.objects.filter(locale__language_code="en").first()
            with self.subTest(model=model.__name__):
                response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
                self.assertEqual(response.status_code, 200)

    def test_themes_are_ticked_not_typed(self):
        home = HomePage.objects.get(locale__language_code="en")
        url = reverse("wagtailadmin_pages:add", args=["hub", "standardpage", home.pk])
        response = self.client.get(url)
        self.assertContains(response, 'type="checkbox" name="themes"', count=26)
        self.assertContains(response, 'type="checkbox" name="regions"', count=5)
        self.assertContains(response, "Rights of the child")

    def test_snippet_and_setting_screens_open(self):
        site = Site.objects.get(is_default_site=True)
        urls = [
            reverse(Theme.snippet_viewset.get_url_name("list")),
            reverse(Stage.snippet_viewset.get_url_name("list")),
            reverse(Footer.snippet_viewset.get_url_name("list")),
            reverse(
                Theme.snippet_viewset.get_url_name("edit"),
                args=[Theme.objects.filter(locale__language_code="fr").first().pk],
            ),
            reverse("wagtailsettings:edit", args=["hub", "mainmenu", site.pk]),
        ]
        for url in urls:
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)
        self.assertEqual(MainMenu.for_site(site).items.count(), 5)

    def test_translation_editor_opens_on_a_translated_page(self):
        page = StandardPage.objects.get(slug="confidentialite")
        self.assertTrue(Translation.objects.filter(target_locale=page.locale).exists())
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Politique de confidentialit", msg_prefix="fr title")

    def test_page_explorer_lists_each_language_tree(self):
        root = Page.get_first_root_node()
        response = self.client.get(reverse("wagtailadmin_explore", args=[root.pk]))
        self.assertEqual(response.status_code, 200)

    # Moderators look at every page before it goes live: drafts, new pages, submissions.

    def assert_previews(self, page, expected_title):
        moderator, _created = get_user_model().objects.get_or_create(username="moderator")
        moderator.groups.add(Group.objects.get(name="Moderators"))
        sign_in(self.client, moderator)
        response = self.client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, expected_title)

    def page_types(self):
        for model in get_page_models():
            page = model.objects.live().exact_type(model).filter(locale__language_code="fr").first()
            if page is not None:
                yield model, page

    def test_every_page_type_previews_its_latest_draft(self):
        tested = set()
        for model, page in self.page_types():
            with self.subTest(model=model.__name__):
                page.title = f"{page.title} (brouillon)"
                page.save_revision()
                self.assert_previews(page, "(brouillon)")
                tested.add(model.__name__)
        self.assertGreaterEqual(tested, {"HomePage", "ModulePage", "StrategyPage", "CoursePage"})

    def test_every_page_type_previews_before_its_first_publication(self):
        for model, page in self.page_types():
            with self.subTest(model=model.__name__):
                # As if it had just been created: no live version, never published.
                Page.objects.filter(pk=page.pk).update(
                    live=False, live_revision=None, first_published_at=None
                )
                page.refresh_from_db()
                page.title = "Jamais publiée"
                page.save_revision()
                self.assert_previews(page, "Jamais publiée")

    def test_submitted_strategies_preview(self):
        submissions = [
            page for page in StrategyPage.objects.filter(live=False) if page.current_workflow_state
        ]
        self.assertGreaterEqual(len(submissions), 2)
        for page in submissions:
            with self.subTest(page=page.title):
                self.assert_previews(page, page.title)
