"""What readers get from the search page, with the database and with Elasticsearch.

Each behaviour here is promised by both backends, so one set of tests runs twice.
"""

import json

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.search_promotions.models import Query as PromotedQuery
from wagtail.contrib.search_promotions.models import SearchPromotion

from search.documents import build
from search.models import SearchDocument
from tests.search.utils import DatabaseMixin, ElasticsearchMixin, build_hub


class SearchPageBehaviour:
    @classmethod
    def setUpTestData(cls):
        cls.site = build_hub()

    def search(self, language="en", **params):
        response = self.client.get(f"/{language}/search/", params)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(response.context["listing"].degraded)
        return response

    def titles(self, response):
        return [hit.title for hit in response.context["listing"].results.hits]

    def test_results_are_in_the_readers_language_only(self):
        self.assertIn("Protection from reprisals", self.titles(self.search(q="reprisals")))
        french = self.titles(self.search("fr", q="représailles"))
        self.assertIn("Protection contre les représailles", french)
        self.assertNotIn("Protection from reprisals", french)
        self.assertNotIn(
            "Protection contre les représailles", self.titles(self.search(q="représailles"))
        )

    def test_untranslated_copies_are_not_results(self):
        self.assertIn("Plenary checklist", self.titles(self.search(q="checklist")))
        self.assertEqual(self.titles(self.search("es", q="checklist")), [])

    def test_each_result_shows_its_type_snippet_and_labels(self):
        response = self.search(q="embassies")
        self.assertContains(response, '<p class="search-result__type">Case study</p>')
        self.assertContains(
            response, 'href="/en/strategies/embassy-briefings-on-arrests-of-journalists/"'
        )
        self.assertContains(response, '<li class="tag">Freedom of expression and of the press</li>')
        self.assertContains(response, '<li class="tag">African States</li>')
        self.assertContains(response, '<li class="tag">Kenya</li>')
        self.assertContains(response, "briefed recommending <mark>embassies</mark> every quarter")

    def test_labels_are_in_the_readers_language(self):
        response = self.search("fr", q="journalistes")
        self.assertContains(response, '<p class="search-result__type">Étude de cas</p>')
        self.assertContains(response, '<li class="tag">États d’Afrique</li>')
        self.assertContains(response, "Liberté d&#x27;expression et de la presse")

    def test_filters_narrow_results_and_count_every_choice(self):
        response = self.search(q="", stage="mid-term-reporting")
        self.assertEqual(
            sorted(self.titles(response)),
            [
                "A civil society mid-term report on ethnic profiling",
                "Documenting reprisals against land defenders",
            ],
        )
        facets = {f.name: f for f in response.context["listing"].facets}
        regions = {o["value"]: o["count"] for o in facets["region"].options}
        self.assertEqual(regions, {"latin-american-caribbean": 1, "weog": 1})
        # A facet's own counts ignore its own choice, so a reader can switch stage.
        stages = {o["value"]: o["count"] for o in facets["stage"].options}
        self.assertEqual(stages["mid-term-reporting"], 2)
        self.assertEqual(stages["implementation"], 1)
        types = {o["value"]: o["count"] for o in facets["type"].options}
        self.assertEqual(types, {"case-study": 2})

    def test_filters_combine_with_the_query(self):
        response = self.search(q="reprisals", type="case-study")
        self.assertEqual(self.titles(response), ["Documenting reprisals against land defenders"])
        # A new query from the box keeps the filter.
        self.assertContains(response, '<input type="hidden" name="type" value="case-study">')
        response = self.search(q="reprisals", theme="human-rights-defenders", region="weog")
        self.assertEqual(self.titles(response), [])
        self.assertContains(response, "Remove filter: Region: Western European and other States")

    def test_unknown_filter_values_are_ignored(self):
        response = self.search(q="reprisals", region="atlantis", type="<script>")
        self.assertIn("Protection from reprisals", self.titles(response))
        self.assertNotContains(response, "<script>")

    def test_pagination_keeps_query_and_filters(self):
        response = self.search(q="plenary adoption note", type="page")
        listing = response.context["listing"]
        self.assertEqual(listing.results.total, 12)
        self.assertEqual(len(listing.results.hits), 10)
        self.assertContains(response, 'href="?q=plenary+adoption+note&amp;type=page&amp;page=2"')
        second = self.search(q="plenary adoption note", type="page", page=2)
        self.assertEqual(len(second.context["listing"].results.hits), 2)
        first_titles = set(self.titles(response))
        self.assertFalse(first_titles & set(self.titles(second)))
        for page in (99, 10**12, "x"):
            beyond = self.search(q="plenary adoption note", type="page", page=page)
            self.assertEqual(beyond.context["listing"].page.number, 2 if page != "x" else 1)

    def test_query_count_does_not_grow_with_results(self):
        def queries(**params):
            with CaptureQueriesContext(connection) as captured:
                self.search(**params)
            return captured.captured_queries

        queries(q="warm-up")  # the first request creates the site's menu settings
        few_sql = queries(q="profiling")
        many_sql = queries(q="plenary adoption note")
        few, many = len(few_sql), len(many_sql)
        self.assertEqual(few, many, "\n".join(q["sql"][:150] for q in few_sql))

    def test_empty_state_suggests_other_words_and_loosening_filters(self):
        response = self.search(q="zzqxv")
        self.assertContains(response, "Try other or fewer words")
        response = self.search(q="journalists", region="weog")
        self.assertContains(response, "Try removing one of them")
        self.assertContains(response, "?q=journalists")

    def test_anonymous_case_organisation_is_in_no_index(self):
        anonymous = self.site["anonymous"]
        anonymous.organisation = "Hidden Valley Defenders"  # even if it were set
        document = build(anonymous)
        self.assertNotIn("Hidden Valley Defenders", json.dumps(document.as_dict(), default=str))
        named = build(self.site["embassies"])
        self.assertIn("Press Freedom Watch", named.body)
        stored = SearchDocument.objects.get(page=anonymous)
        self.assertNotIn("Hidden", stored.body + stored.summary + stored.keywords)

    def test_editors_promotions_show_in_their_language(self):
        query = PromotedQuery.objects.create(query_string="smart")
        SearchPromotion.objects.create(
            query=query, page=self.site["smart"], description="Start here."
        )
        self.assertContains(self.search(q="SMART"), "Start here.")
        self.assertNotContains(self.search("fr", q="SMART"), "Start here.")

    def test_autocomplete_returns_small_json_in_the_readers_language(self):
        response = self.client.get("/fr/search/autocomplete/", {"q": "protec"})
        self.assertEqual(response["Content-Type"], "application/json")
        self.assertIn("max-age=300", response["Cache-Control"])
        titles = [r["title"] for r in response.json()["results"]]
        self.assertIn("Protection contre les représailles", titles)
        self.assertNotIn("Protection from reprisals", titles)
        self.assertEqual(
            self.client.get("/en/search/autocomplete/", {"q": "p"}).json(), {"results": []}
        )

    def test_empty_page_offers_filters_with_counts_but_no_results(self):
        response = self.search()
        self.assertNotContains(response, 'class="search-results"')
        facets = {f.name: f for f in response.context["listing"].facets}
        types = {o["value"]: o["count"] for o in facets["type"].options}
        self.assertEqual(types["case-study"], 3)
        self.assertEqual(types["module"], 2)

    def test_search_box_works_without_javascript(self):
        response = self.search(q="reprisals")
        self.assertContains(response, 'method="get"')
        self.assertContains(response, 'name="q" value="reprisals"')


class TestDatabaseSearchPage(DatabaseMixin, SearchPageBehaviour, TestCase):
    pass


class TestElasticsearchSearchPage(ElasticsearchMixin, SearchPageBehaviour, TestCase):
    pass
