"""Database search: Wagtail's search on SQLite FTS5 or PostgreSQL full-text search.

The embedded default. It searches ``SearchDocument`` rows of the reader's locale
and counts facets in the database, one query per filter however many results
there are. SQLite folds accents but neither backend stems like Elasticsearch's
language analyzers, and neither suggests spellings.
"""

from django.db import connection
from django.db.models import Count
from django.utils.html import escape

from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from search.models import SearchDocument, SearchFacetValue

from .base import FILTERS, Hit, Results, highlight, query_terms

# Beyond this many matches, facets are counted with a subquery instead of a list of ids
# (databases limit the parameters of one query).
MAX_LISTED_IDS = 20_000


# A health check must answer quickly, not wait out a lock or a slow query.
HEALTH_TIMEOUT_MS = 1000


def database_health(connection):
    """Read a real table within HEALTH_TIMEOUT_MS: "ok", or raise the database's error.

    ``SELECT 1`` touches no table, so it succeeds while a locked SQLite file or a
    stuck PostgreSQL makes every page wait.
    """
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA busy_timeout")
            (previous,) = cursor.fetchone()
            cursor.execute(f"PRAGMA busy_timeout = {HEALTH_TIMEOUT_MS}")
        elif connection.vendor == "postgresql":
            cursor.execute(f"SET statement_timeout = {HEALTH_TIMEOUT_MS}")
        try:
            cursor.execute("SELECT COUNT(*) FROM django_migrations")
            cursor.fetchone()
        finally:
            if connection.vendor == "sqlite":
                cursor.execute(f"PRAGMA busy_timeout = {int(previous)}")
            elif connection.vendor == "postgresql":
                cursor.execute("RESET statement_timeout")
    return "ok"


class DatabaseBackend:
    name = "database"

    @staticmethod
    def _in_language(language):
        return SearchDocument.objects.filter(
            locale_id__in=Locale.objects.filter(language_code=language).values("pk")
        )

    @staticmethod
    def _filtered(documents, filters, exclude=None):
        """``documents`` narrowed by every filter but ``exclude``."""
        for name, value in filters.items():
            if name == exclude:
                continue
            if name == "type":
                documents = documents.filter(type=value)
            else:
                documents = documents.filter(
                    page_id__in=SearchFacetValue.objects.filter(facet=name, value=value).values(
                        "document_id"
                    )
                )
        return documents

    def _documents(self, query):
        return self._filtered(self._in_language(query.language), query.filters)

    @staticmethod
    def _ranked(documents, text):
        """Matching documents, best first (newest first without a query)."""
        if not text:
            return documents.order_by("-published_at", "title")
        return get_search_backend().search(text, documents)

    @staticmethod
    def _matched(documents, text):
        """A queryset of the matching documents, unranked: cheap to count and filter by."""
        if not text:
            return documents
        results = get_search_backend().search(text, documents, order_by_relevance=False)
        return results.get_queryset()

    def search(self, query):
        results = self._ranked(self._documents(query), query.text)
        total = results.count()
        documents = list(results[query.offset : query.offset + query.limit])
        values = {}
        for row in SearchFacetValue.objects.filter(document__in=documents).values_list(
            "document_id", "facet", "value"
        ):
            values.setdefault(row[0], {}).setdefault(row[1], []).append(row[2])
        terms = query_terms(query.text)
        hits = [
            Hit(
                id=document.pk,
                type=document.type,
                title=document.title,
                url=document.url,
                snippet=highlight(document.summary, terms)
                or highlight(document.body, terms)
                or escape(document.summary),
                facets=values.get(document.pk, {}),
            )
            for document in documents
        ]
        return Results(hits=hits, total=total, facets=self._facets(query))

    def _facets(self, query):
        """Counts per filter value, each with every other filter applied.

        The text is matched once; the counts are then plain relational queries over
        the matching ids, so full-text search does not run once per filter.
        """
        base = self._in_language(query.language)
        if query.text:
            matched = self._matched(base, query.text)
            ids = list(matched.values_list("pk", flat=True)[: MAX_LISTED_IDS + 1])
            base = base.filter(pk__in=matched.values("pk") if len(ids) > MAX_LISTED_IDS else ids)
        facets = {}
        for name in FILTERS:
            documents = self._filtered(base, query.filters, exclude=name)
            if name == "type":
                rows = documents.order_by().values_list("type").annotate(n=Count("pk"))
            else:
                rows = (
                    SearchFacetValue.objects.filter(facet=name, document__in=documents.values("pk"))
                    .values_list("value")
                    .annotate(n=Count("document_id"))
                    .order_by()
                )
            facets[name] = dict(rows)
        return facets

    def autocomplete(self, text, language, limit=8):
        documents = SearchDocument.objects.filter(
            locale_id__in=Locale.objects.filter(language_code=language).values("pk")
        )
        return [
            {"title": document.title, "url": document.url, "type": document.type}
            for document in get_search_backend().autocomplete(text, documents)[:limit]
        ]

    def health(self):
        return database_health(connection)

    def document_counts(self):
        """Search documents per language: what each Elasticsearch index should hold."""
        rows = SearchDocument.objects.values_list("locale__language_code").annotate(Count("pk"))
        return dict(rows)
