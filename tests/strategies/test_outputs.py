"""Feeds, sitemap, search and pages: an anonymous case never reveals its organisation."""

from django.test import TestCase

from wagtail.models import Page

from tests.strategies.utils import build_library, strategy
from tests.utils import translate

HIDDEN_NAME = "Hidden Valley Defenders"


class TestAnonymityEverywhere(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index, cls.index_fr = build_library()
        cls.named = strategy(
            cls.index,
            "Named case",
            organisation="Open Rights Forum",
            countries=["KE"],
            themes=["torture"],
        )
        cls.anonymous = strategy(
            cls.index,
            "Anonymous case",
            organisation="",
            is_anonymous=True,
            countries=["KE"],
            themes=["torture"],
            actors="Local groups and the national human rights commission.",
        )
        translate(cls.anonymous, "fr", title="Cas anonyme", slug="cas-anonyme")

    def test_anonymous_case_cannot_hold_a_name(self):
        self.anonymous.organisation = HIDDEN_NAME
        with self.assertRaises(Exception) as raised:
            self.anonymous.full_clean()
        self.assertIn("organisation", raised.exception.message_dict)

    def test_named_case_needs_a_name(self):
        self.named.organisation = ""
        with self.assertRaises(Exception) as raised:
            self.named.full_clean()
        self.assertIn("organisation", raised.exception.message_dict)

    def test_page_says_anonymous(self):
        response = self.client.get(self.anonymous.url)
        self.assertContains(response, "Anonymous: the organisation asked not to be named.")
        self.assertContains(self.client.get(self.named.url), "Open Rights Forum")

    def test_feed_names_only_named_cases(self):
        response = self.client.get(self.index.url + "feed/")
        self.assertEqual(response["Content-Type"], "application/atom+xml; charset=utf-8")
        xml = response.content.decode()
        self.assertIn("<title>Anonymous case</title>", xml)
        # The site is the feed's author; of the entries, only the named case has one.
        self.assertEqual(xml.count("<author>"), 2)
        self.assertIn("<author><name>UPR Civil Society Hub</name>", xml)
        self.assertIn("<name>Open Rights Forum</name>", xml)
        entries = xml.split("<entry>")[1:]
        anonymous = next(entry for entry in entries if "Anonymous case" in entry)
        self.assertNotIn("<author>", anonymous)

    def test_feed_per_language(self):
        xml = self.client.get(self.index_fr.url + "feed/").content.decode()
        self.assertIn('xml:lang="fr"', xml)
        self.assertIn("<title>Cas anonyme</title>", xml)
        self.assertNotIn("Named case", xml)

    def test_search_index_holds_no_organisation_for_anonymous_cases(self):
        results = Page.objects.live().search("Open Rights Forum")
        self.assertEqual([p.specific.title for p in results], ["Named case"])
        self.assertEqual(self.anonymous.organisation, "")

    def test_sitemap_lists_cases_without_organisations(self):
        xml = self.client.get("/sitemap.xml").content.decode()
        self.assertIn("/en/strategies/anonymous-case/", xml)
        self.assertNotIn("Open Rights Forum", xml)

    def test_related_strategies_share_themes(self):
        response = self.client.get(self.named.url)
        self.assertEqual([p.title for p in response.context["related"]], ["Anonymous case"])


class TestStrategyPageQueries(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index, _ = build_library()

    def count_queries(self, page):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        self.client.get(page.url)  # warm caches
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(page.url).status_code, 200)
        return len(queries)

    def test_query_count_does_not_grow_with_tags(self):
        small = strategy(
            self.index,
            "Small",
            countries=["KE"],
            themes=["torture"],
            stages=["implementation"],
            tactics=["litigation"],
        )
        large = strategy(
            self.index,
            "Large",
            countries=["KE", "SN", "PE", "FR", "NP"],
            themes=["torture", "womens-rights", "nhri", "death-penalty"],
            stages=["implementation", "responses", "follow-up"],
            tactics=["litigation", "media-campaign", "coalition-building"],
        )
        for n in range(4):
            strategy(self.index, f"Related {n}", countries=["KE"], themes=["torture"])
        self.assertEqual(self.count_queries(small), self.count_queries(large))


class TestLinksToLearning(TestCase):
    @classmethod
    def setUpTestData(cls):
        from hub.models import Stage
        from learning.factories import (
            GuideIndexPageFactory,
            ModuleIndexPageFactory,
            StageGuidePageFactory,
        )
        from tests.learning.test_modules import module

        cls.index, _ = build_library()
        home = cls.index.get_parent()
        modules = ModuleIndexPageFactory(parent=home)
        cls.module = module(modules, "Working with government", stages=["implementation"])
        module(modules, "Preparing a submission", stages=["preparation"])
        guides = GuideIndexPageFactory(parent=home)
        StageGuidePageFactory(
            parent=guides,
            title="Implementation, step by step",
            stage=Stage.vocabulary().get(slug="implementation"),
        )
        cls.case = strategy(
            cls.index, "Budget follow-up", countries=["MN"], stages=["implementation"]
        )

    def test_case_links_to_modules_and_the_stage_guide(self):
        response = self.client.get(self.case.url)
        self.assertContains(response, "Learn more about these stages")
        self.assertContains(response, "Implementation, step by step")
        self.assertContains(response, "Working with government")
        self.assertNotContains(response, "Preparing a submission")
