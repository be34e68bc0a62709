from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from wagtail.test.utils import WagtailPageTestCase

from strategies.models import StrategyIndexPage, StrategyPage, StrategySetPage
from tests.strategies.utils import build_library, strategy
from tests.utils import translate


class TestLibraryFilters(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index, cls.index_fr = build_library()
        cls.kenya = strategy(
            cls.index,
            "Kenya embassies",
            countries=["KE"],
            themes=["womens-rights"],
            stages=["implementation"],
            tactics=["embassy-engagement"],
            cycle=3,
        )
        cls.senegal = strategy(
            cls.index,
            "Senegal coalition",
            countries=["SN"],
            themes=["womens-rights", "rights-of-the-child"],
            stages=["mid-term-reporting"],
            tactics=["coalition-building"],
            cycle=4,
        )
        cls.peru = strategy(
            cls.index,
            "Peru litigation",
            countries=["PE"],
            themes=["indigenous-peoples"],
            stages=["follow-up"],
            tactics=["litigation"],
            cycle=4,
        )
        translate(cls.kenya, "fr", title="Ambassades au Kenya", slug="kenya")

    def get(self, **params):
        return self.client.get(self.index.url, params)

    def facet(self, response, name):
        library = response.context["library"]
        facet = next(f for f in library.facets if f.name == name)
        return {option["value"]: option["count"] for option in facet.options}

    def test_counts_without_filters(self):
        response = self.get()
        self.assertEqual(
            self.facet(response, "region"), {"african": 2, "latin-american-caribbean": 1}
        )
        self.assertEqual(
            self.facet(response, "theme"),
            {"womens-rights": 2, "rights-of-the-child": 1, "indigenous-peoples": 1},
        )
        self.assertEqual(self.facet(response, "cycle"), {"3": 1, "4": 2})
        self.assertContains(response, "3 strategies")

    def test_regions_follow_from_countries(self):
        response = self.get(region="african")
        self.assertEqual(
            [p.title for p in response.context["library"].results],
            ["Senegal coalition", "Kenya embassies"],
        )

    def test_combined_filters_and_counts_of_other_facets(self):
        response = self.get(region="african", cycle="4")
        results = [p.title for p in response.context["library"].results]
        self.assertEqual(results, ["Senegal coalition"])
        # The cycle facet ignores its own filter but applies the region filter.
        self.assertEqual(self.facet(response, "cycle"), {"3": 1, "4": 1})
        # The region facet applies the cycle filter.
        self.assertEqual(
            self.facet(response, "region"), {"african": 1, "latin-american-caribbean": 1}
        )
        self.assertContains(response, "1 strategy")

    def test_empty_result_suggests_removing_filters(self):
        response = self.get(theme="indigenous-peoples", tactic="embassy-engagement")
        self.assertContains(response, "No strategy matches all these filters.")
        self.assertContains(response, "Remove filter: Theme: Indigenous peoples")
        self.assertContains(response, 'href="?tactic=embassy-engagement"')

    def test_unknown_values_are_ignored(self):
        response = self.get(theme="no-such-theme", cycle="9")
        self.assertEqual(len(response.context["library"].results), 3)

    def test_sort_by_title(self):
        response = self.get(sort="title")
        self.assertEqual(
            [p.title for p in response.context["library"].results],
            ["Kenya embassies", "Peru litigation", "Senegal coalition"],
        )

    def test_french_library_lists_french_pages_with_french_labels(self):
        response = self.client.get(self.index_fr.url, {"theme": "womens-rights"})
        self.assertContains(response, "Ambassades au Kenya")
        self.assertNotContains(response, "Senegal coalition")
        self.assertContains(response, "Droits des femmes")
        self.assertContains(response, "États d’Afrique (1)")

    def test_filtered_url_survives_a_language_switch(self):
        response = self.client.get(self.index_fr.url, {"theme": "womens-rights"})
        self.assertContains(
            response, 'href="/language/en/?next=%2Fen%2Fstrategies%2F%3Ftheme%3Dwomens-rights"'
        )

    def test_query_count_does_not_grow_with_results(self):
        self.get()  # warm caches
        with CaptureQueriesContext(connection) as few:
            self.get()
        for n in range(8):
            strategy(
                self.index,
                f"More {n}",
                countries=["BR", "FR"],
                themes=["torture"],
                stages=["responses"],
                tactics=["media-campaign"],
                cycle=2,
            )
        with CaptureQueriesContext(connection) as many:
            response = self.get()
        self.assertContains(response, "11 strategies")
        self.assertEqual(len(few), len(many))

    def test_pagination_keeps_filters(self):
        for n in range(13):
            strategy(self.index, f"Extra {n:02}", countries=["KE"], themes=["torture"])
        response = self.get(theme="torture", sort="title")
        self.assertContains(response, 'href="?theme=torture&amp;sort=title&amp;page=2"')
        self.assertNotContains(response, "Extra 12")
        page_two = self.get(theme="torture", sort="title", page="2")
        self.assertContains(page_two, "Extra 12")
        self.assertContains(page_two, "Page 2 of 2")


class TestTreeRules(WagtailPageTestCase):
    def test_library_children(self):
        self.assertAllowedSubpageTypes(StrategyIndexPage, {StrategyPage, StrategySetPage})
        self.assertAllowedParentPageTypes(StrategyPage, {StrategyIndexPage})
        self.assertAllowedParentPageTypes(StrategySetPage, {StrategyIndexPage})
        self.assertAllowedSubpageTypes(StrategyPage, set())


class TestFacetOrder(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index, _ = build_library()
        strategy(cls.index, "Late", stages=["follow-up"])
        strategy(cls.index, "Early", stages=["preparation"])

    def test_stages_follow_the_cycle_not_the_alphabet(self):
        library = self.client.get(self.index.url).context["library"]
        stages = next(f for f in library.facets if f.name == "stage")
        self.assertEqual([o["value"] for o in stages.options], ["preparation", "follow-up"])
