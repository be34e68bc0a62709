"""The judged relevance set on the demo content, for both backends.

The floors are what each backend achieves today (see README): a change that
makes search find fewer of the pages readers need fails here.
"""

from django.core.management import call_command
from django.db import connection
from django.test import TestCase

from wagtail.models import Locale

from search import backends, indexing
from search.backends.elastic import ElasticsearchBackend
from search.documents import build
from search.relevance import JUDGEMENTS, measure
from tests.search.utils import (
    ELASTICSEARCH_TEST_URL,
    DatabaseMixin,
    require_elasticsearch,
    unique_prefix,
)


class TestRelevance(DatabaseMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo_content", verbosity=0)
        if connection.vendor == "postgresql":
            # Table statistics, as autovacuum keeps them on a live site; a fresh test
            # database has none and PostgreSQL would plan its full-text joins badly.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def assert_score(self, backend, floor):
        result = measure(backend)
        misses = "\n".join(
            f"[{lang}] {text!r} missed {missing}" for lang, text, missing, _ in result.misses
        )
        self.assertGreaterEqual(
            result.score, floor, f"{backend.name}: {result.score:.0%}\n{misses}"
        )

    def test_judged_set_covers_three_languages(self):
        languages = [language for language, _text, _pages in JUDGEMENTS]
        self.assertGreaterEqual(len(JUDGEMENTS), 30)
        self.assertEqual(set(languages), {"en", "fr", "es"})
        self.assertTrue(all(languages.count(code) >= 10 for code in ("en", "fr", "es")))

    def test_database_backend(self):
        self.assert_score(backends.database(), 0.70)

    def test_elasticsearch_backend(self):
        require_elasticsearch()
        engine = ElasticsearchBackend(ELASTICSEARCH_TEST_URL, unique_prefix())
        self.addCleanup(engine.delete_all)
        for locale in Locale.objects.all():
            documents = [build(page) for page in indexing.searchable_pages(locale).specific()]
            engine.rebuild(locale.language_code, [d for d in documents if d is not None])
        self.assert_score(engine, 0.95)
