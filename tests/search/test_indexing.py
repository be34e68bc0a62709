"""Index updates follow what editors do, with the database and with Elasticsearch.

Elasticsearch keeps what earlier tests indexed (it is outside the test
transaction), so every test here searches for words of its own.
"""

from django.test import TestCase

from wagtail.models import PageViewRestriction

from hub.data.load import load_taxonomy
from hub.factories import StandardPageFactory
from hub.models import Theme
from learning.factories import ModuleIndexPageFactory
from search import service
from search.backends import Query
from search.models import SearchDocument
from tests.learning.test_modules import module
from tests.search.utils import DatabaseMixin, ElasticsearchMixin, publish
from tests.utils import make_site, translate, translate_home


class IndexingBehaviour:
    @classmethod
    def setUpTestData(cls):
        load_taxonomy(lambda message: None)
        cls.home = make_site()
        translate_home(cls.home)
        cls.modules = ModuleIndexPageFactory(parent=cls.home)
        translate(cls.modules, "fr", title="Modules de formation", slug="modules")

    def found(self, text, language="en", **filters):
        results, degraded = service.search(Query(text=text, language=language, filters=filters))
        self.assertFalse(degraded)
        return {hit.title: hit for hit in results.hits}

    def test_published_page_is_found_with_its_tags_at_once(self):
        page = module(self.modules, "Quokka treaty bodies", themes=["torture"])
        self.assertIn("Quokka treaty bodies", self.found("quokka", theme="torture"))
        page.themes.set([Theme.vocabulary().get(slug="death-penalty")])
        publish(page)
        self.assertEqual(self.found("quokka", theme="torture"), {})
        self.assertIn("Quokka treaty bodies", self.found("quokka", theme="death-penalty"))

    def test_edited_page_is_found_by_its_new_words(self):
        page = module(self.modules, "Wombat reporting")
        page.title = "Narwhal reporting"
        publish(page)
        self.assertEqual(self.found("wombat"), {})
        self.assertIn("Narwhal reporting", self.found("narwhal"))

    def test_draft_changes_are_not_searchable(self):
        page = module(self.modules, "Axolotl follow-up")
        page.title = "Pangolin follow-up"
        page.save_revision()
        self.assertIn("Axolotl follow-up", self.found("axolotl"))
        self.assertEqual(self.found("pangolin"), {})

    def test_unpublished_page_disappears(self):
        page = module(self.modules, "Okapi plenary")
        self.assertIn("Okapi plenary", self.found("okapi"))
        page.unpublish()
        self.assertEqual(self.found("okapi"), {})

    def test_deleted_page_disappears(self):
        page = module(self.modules, "Tapir addendum")
        page.delete()
        self.assertEqual(self.found("tapir"), {})
        self.assertFalse(SearchDocument.objects.filter(title="Tapir addendum").exists())

    def test_moved_page_is_found_at_its_new_address(self):
        page = publish(StandardPageFactory(parent=self.home, title="Ibex checklist", slug="ibex"))
        section = publish(StandardPageFactory(parent=self.home, title="Section", slug="section"))
        page.move(section, pos="last-child")
        self.assertEqual(self.found("ibex")["Ibex checklist"].url, "/en/section/ibex/")

    def test_private_page_is_not_found_until_public_again(self):
        page = publish(StandardPageFactory(parent=self.home, title="Gecko drafts", slug="gecko"))
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        self.assertEqual(self.found("gecko"), {})
        restriction.delete()
        self.assertIn("Gecko drafts", self.found("gecko"))

    def test_translation_is_found_in_its_language_once_published(self):
        page = module(self.modules, "Manatee responses")
        self.assertEqual(self.found("lamantin", "fr"), {})
        translate(page, "fr", title="Réponses du lamantin", slug="lamantin")
        self.assertIn("Réponses du lamantin", self.found("lamantin", "fr"))
        self.assertEqual(self.found("lamantin", "en"), {})

    def test_renamed_theme_is_found_by_its_new_name(self):
        module(self.modules, "Heron safeguards", themes=["environment-climate"])
        theme = Theme.objects.get(slug="environment-climate", locale__language_code="en")
        theme.name = "Planetary boundaries"
        theme.save()
        self.assertIn("Heron safeguards", self.found("planetary boundaries heron"))


class TestDatabaseIndexing(DatabaseMixin, IndexingBehaviour, TestCase):
    pass


class TestElasticsearchIndexing(ElasticsearchMixin, IndexingBehaviour, TestCase):
    pass


class TestIndexingFailuresNeverBlockPublishing(DatabaseMixin, TestCase):
    def test_a_failing_document_is_logged_and_the_page_still_publishes(self):
        from unittest import mock

        load_taxonomy(lambda message: None)
        modules = ModuleIndexPageFactory(parent=make_site())
        with (
            mock.patch("search.indexing.build", side_effect=RuntimeError("broken declaration")),
            self.assertLogs("search.indexing", "ERROR") as logs,
        ):
            page = module(modules, "Kingfisher plenary")
        page.refresh_from_db()
        self.assertTrue(page.live)
        self.assertIn("rebuild_search_index", logs.output[0])
        self.assertFalse(SearchDocument.objects.filter(page=page).exists())
