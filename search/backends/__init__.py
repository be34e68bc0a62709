"""Search backends: the database always, Elasticsearch when ``ELASTICSEARCH_URL`` is set."""

from functools import cache

from django.conf import settings

from .base import FILTERS, Hit, Query, Results, SearchUnavailable
from .database import DatabaseBackend

__all__ = [
    "FILTERS",
    "DatabaseBackend",
    "Hit",
    "Query",
    "Results",
    "SearchUnavailable",
    "database",
    "engine",
]


def database():
    return DatabaseBackend()


@cache
def _engine(url, prefix):
    from .elastic import ElasticsearchBackend

    return ElasticsearchBackend(url, prefix)


def engine():
    """The Elasticsearch backend if one is configured, else None."""
    if not settings.ELASTICSEARCH_URL:
        return None
    return _engine(settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_INDEX_PREFIX)
