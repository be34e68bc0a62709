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
    """The state of the database and of the search engine."""
    try:
        database = backends.database().health()
    except Exception:
        logger.exception("Database health check failed")
        database = "unavailable"
    engine = backends.engine()
    return {"database": database, "search_engine": engine.health() if engine else "not configured"}
