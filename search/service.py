"""One entry point for searching, whatever backend runs.

Elasticsearch answers when it is configured; if it fails or cannot be reached,
the database answers instead, the failure is logged, and the caller is told the
results may be less complete.
"""

import logging

from . import backends

logger = logging.getLogger(__name__)


def search(query):
    """Return (results, degraded)."""
    engine = backends.engine()
    if engine is not None:
        try:
            return engine.search(query), False
        except backends.SearchUnavailable:
            logger.warning("Elasticsearch failed; answering from the database", exc_info=True)
            return backends.database().search(query), True
    return backends.database().search(query), False


def autocomplete(text, language, limit=8):
    engine = backends.engine()
    if engine is not None:
        try:
            return engine.autocomplete(text, language, limit)
        except backends.SearchUnavailable:
            logger.warning("Elasticsearch failed; autocompleting from the database", exc_info=True)
    return backends.database().autocomplete(text, language, limit)


def health():
    """The state of the database and of the search engine, for monitoring."""
    database = backends.database()
    try:
        state = {"database": database.health()}
    except Exception as error:  # noqa: BLE001 - any failure means "not serving"
        logger.error("Database health check failed: %s", error)
        return {"database": "unavailable", "search_engine": "unknown"}
    engine = backends.engine()
    if engine is None:
        return {**state, "search_engine": "not configured"}
    return {**state, **engine.health(database.document_counts())}
