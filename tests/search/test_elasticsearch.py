"""What only Elasticsearch does: language analysis, highlighting, suggestions,
rebuilding behind an alias, and falling back to the database when it fails."""

import io

from django.core.management import call_command
from django.test import TestCase

from elasticsearch import Elasticsearch

from hub.data.load import load_taxonomy
from learning.factories import ModuleIndexPageFactory
from search import backends, indexing, service
from search.backends import Query
from search.documents import build
from search.models import SearchDocument
from tests.learning.test_modules import module
from tests.search.utils import ElasticsearchMixin, build_hub
from tests.utils import make_site

# Nothing listens here: what the hub sees when Elasticsearch has stopped.
STOPPED = "http://127.0.0.1:9"


class TestLanguageAnalysis(ElasticsearchMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_hub()

    def titles(self, text, language):
        results, degraded = service.search(Query(text=text, language=language))
        self.assertFalse(degraded)
        return [hit.title for hit in results.hits]

    def tokens(self, language, text, field="body"):
        engine = backends.engine()
        analysis = engine.client.indices.analyze(
            index=engine.alias(language), field=field, text=text
        )
        return [token["token"] for token in analysis["tokens"]]

    def test_each_language_has_its_own_analysis(self):
        self.assertEqual(self.tokens("en", "The States' reprisals"), ["state", "repris"])
        self.assertEqual(self.tokens("fr", "L’examen des Sociétés"), ["examen", "societ"])
        self.assertEqual(self.tokens("es", "Las recomendaciones"), ["recomendacion"])

    def test_english_plural_and_singular_match(self):
        self.assertIn("Protection from reprisals", self.titles("reprisal", "en"))
        self.assertIn("Writing SMART recommendations", self.titles("recommendation", "en"))

    def test_french_plurals_accents_and_elision(self):
        profiling = "Un rapport à mi-parcours de la société civile sur le profilage ethnique"
        self.assertIn(profiling, self.titles("rapports", "fr"))
        self.assertIn(profiling, self.titles("societe civile", "fr"))
        self.assertIn(profiling, self.titles("examen", "fr"))  # the text says « l’examen »
        self.assertIn(profiling, self.titles("l'examen du profilage", "fr"))
        self.assertIn("Protection contre les représailles", self.titles("represailles", "fr"))

    def test_spanish_plurals_and_accents(self):
        self.assertIn("Redactar recomendaciones SMART", self.titles("recomendacion", "es"))
        self.assertIn("Protección frente a represalias", self.titles("represalia", "es"))

    def test_conjugated_forms_match(self):
        # The summaries say "evaluate" (évaluer, evaluar) in the infinitive.
        self.assertIn("Protection from reprisals", self.titles("assessing risks", "en"))
        self.assertIn("Protection contre les représailles", self.titles("évalué", "fr"))
        self.assertIn("Protección frente a represalias", self.titles("evaluamos", "es"))
        self.assertEqual(
            self.tokens("fr", "publier publié publiée", field="body.stems"), ["publi"] * 3
        )
        self.assertEqual(
            self.tokens("es", "publicar publicado publicaron", field="body.stems"), ["public"] * 3
        )

    def test_matches_are_highlighted_in_the_snippet(self):
        response = self.client.get("/fr/search/", {"q": "représailles"})
        self.assertContains(response, "réagir aux <mark>représailles</mark>")
        response = self.client.get("/es/search/", {"q": "plazo"})
        self.assertContains(response, "con <mark>plazos</mark>")

    def test_misspelled_query_gets_a_suggestion(self):
        response = self.client.get("/es/search/", {"q": "represalas"})
        self.assertContains(response, '¿Quiso decir <a href="?q=represalias">represalias</a>?')
        response = self.client.get("/es/search/", {"q": "represalias"})
        self.assertNotContains(response, "Quiso decir")

    def test_autocomplete_ignores_accents(self):
        response = self.client.get("/es/search/autocomplete/", {"q": "proteccion fr"})
        titles = [result["title"] for result in response.json()["results"]]
        self.assertEqual(titles, ["Protección frente a represalias"])


class TestRebuildAndFailures(ElasticsearchMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        load_taxonomy(lambda message: None)
        home = make_site()
        cls.modules = ModuleIndexPageFactory(parent=home)
        cls.page = module(cls.modules, "Capybara monitoring")

    def stop_elasticsearch(self):
        engine = backends.engine()
        running = engine.client
        engine.client = Elasticsearch(STOPPED, request_timeout=1, max_retries=0)
        self.addCleanup(setattr, engine, "client", running)
        return running

    def test_rebuild_swaps_the_alias_and_search_answers_meanwhile(self):
        engine = backends.engine()
        alias = engine.alias("en")
        before = set(engine.client.indices.get_alias(name=alias))
        answers = []

        def documents():
            # Half-way through the rebuild, readers still get results (from the old index).
            for page in indexing.searchable_pages().specific():
                response = self.client.get("/en/search/", {"q": "capybara"})
                answers.append(response.context["listing"].results.total)
                yield build(page)

        new = engine.rebuild("en", [d for d in documents() if d and d.language == "en"])
        self.assertEqual(answers, [1])
        self.assertEqual(set(engine.client.indices.get_alias(name=alias)), {new})
        self.assertFalse(engine.client.indices.exists(index=",".join(before)))
        results, _ = service.search(Query(text="capybara", language="en"))
        self.assertEqual(results.total, 1)

    def test_rebuild_command_rebuilds_every_language(self):
        out = io.StringIO()
        call_command("rebuild_search_index", stdout=out)
        self.assertIn("en: 1 documents in the database, Elasticsearch index test-", out.getvalue())
        self.assertIn("fr: 0 documents", out.getvalue())
        self.assertNotIn("\r", out.getvalue())  # no progress bar when not on a terminal

    def test_search_page_answers_from_the_database_when_elasticsearch_stops(self):
        self.stop_elasticsearch()
        with self.assertLogs("search.service", "WARNING") as logs:
            response = self.client.get("/en/search/", {"q": "capybara"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "results may be less complete")
        self.assertContains(response, "Capybara monitoring")
        self.assertIn("answering from the database", logs.output[0])
        response = self.client.get("/en/search/autocomplete/", {"q": "capyb"})
        self.assertEqual(response.json()["results"][0]["title"], "Capybara monitoring")

    def test_search_page_answers_from_the_database_when_the_index_is_missing(self):
        engine = backends.engine()
        engine.delete_all()
        self.addCleanup(engine.ensure_indexes)
        with self.assertLogs("search.service", "WARNING"):
            response = self.client.get("/en/search/", {"q": "capybara"})
        self.assertContains(response, "Capybara monitoring")
        self.assertTrue(response.context["listing"].degraded)

    def test_publishing_while_elasticsearch_is_down_works_and_rebuild_repairs(self):
        running = self.stop_elasticsearch()
        with self.assertLogs("search.indexing", "ERROR") as logs:
            page = module(self.modules, "Dugong adoption")
        self.assertTrue(page.live)
        self.assertIn("rebuild_search_index", logs.output[0])
        self.assertTrue(SearchDocument.objects.filter(page=page).exists())

        backends.engine().client = running
        self.assertEqual(service.search(Query(text="dugong", language="en"))[0].total, 0)
        call_command("rebuild_search_index", verbosity=0)
        self.assertEqual(service.search(Query(text="dugong", language="en"))[0].total, 1)

    def test_health_reports_database_and_search_engine(self):
        # Other tests of this class leave the shared index out of step with the database.
        call_command("rebuild_search_index", verbosity=0)
        response = self.client.get("/health/")
        state = response.json()
        self.assertEqual((state["database"], state["search_engine"]), ("ok", "ok"))
        self.assertEqual(state["documents"]["en"], {"database": 1, "search_engine": 1})
        self.assertIn("no-store", response["Cache-Control"])
        self.stop_elasticsearch()
        response = self.client.get("/health/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["search_engine"], "unavailable")
        with self.settings(ELASTICSEARCH_URL=""):
            self.assertEqual(self.client.get("/health/").json()["search_engine"], "not configured")

    def test_health_says_degraded_while_an_index_is_missing_or_incomplete(self):
        call_command("rebuild_search_index", verbosity=0)
        self.assertEqual(self.client.get("/health/").json()["search_engine"], "ok")
        engine = backends.engine()
        engine.client.indices.delete_alias(index="*", name=engine.alias("fr"))
        self.addCleanup(engine.ensure_indexes)
        state = self.client.get("/health/").json()
        self.assertEqual(state["search_engine"], "degraded")
        self.assertEqual(state["documents"]["fr"]["search_engine"], None)
        self.assertEqual(state["repair"], "manage.py rebuild_search_index")
        engine.ensure_indexes()
        page = module(self.modules, "Manatee census")  # indexed, then lost from the index
        self.addCleanup(page.delete)  # takes it out of the index the next tests share
        hits = engine.client.search(index=engine.alias("en"), query={"match_all": {}})
        for hit in hits["hits"]["hits"]:
            engine.client.delete(index=hit["_index"], id=hit["_id"], refresh=True)
        state = self.client.get("/health/").json()
        self.assertEqual(state["search_engine"], "degraded")
        self.assertEqual(state["documents"]["en"], {"database": 2, "search_engine": 0})
        call_command("rebuild_search_index", verbosity=0)
        self.assertEqual(self.client.get("/health/").json()["search_engine"], "ok")
