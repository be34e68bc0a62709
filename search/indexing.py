"""Keep the search documents in step with the pages.

The database copy (``SearchDocument``) is always written, so database search and
the fallback are current; Elasticsearch, when configured, is written after it.
A failure never reaches the editor who published: it is logged, and
``manage.py rebuild_search_index`` repairs the indexes.
"""

import logging

from django.db import transaction

from wagtail.models import Page
from wagtail.search.backends import get_search_backends

from . import backends
from .documents import build, searchable_models
from .models import SearchDocument, SearchFacetValue

logger = logging.getLogger(__name__)


FIELDS = ["locale_id", "type", "title", "url", "summary", "body", "keywords", "published_at"]
CHUNK = 500


def save_documents(documents):
    """Write documents to the database backend and its full-text index, in chunks."""
    documents = list(documents)
    for start in range(0, len(documents), CHUNK):
        chunk = documents[start : start + CHUNK]
        ids = [document.id for document in chunk]
        rows = [
            SearchDocument(
                page_id=document.id, **{name: getattr(document, name) for name in FIELDS}
            )
            for document in chunk
        ]
        with transaction.atomic():
            SearchDocument.objects.bulk_create(
                rows, update_conflicts=True, unique_fields=["page"], update_fields=FIELDS
            )
            SearchFacetValue.objects.filter(document_id__in=ids).delete()
            SearchFacetValue.objects.bulk_create(
                SearchFacetValue(document_id=document.id, facet=name, value=value)
                for document in chunk
                for name, values in document.facets.items()
                for value in values
            )
        for backend in get_search_backends():
            backend.add_bulk(SearchDocument, rows)


def delete_documents(page_ids):
    rows = list(SearchDocument.objects.filter(page_id__in=list(page_ids)))
    for row in rows:
        for backend in get_search_backends():
            backend.delete(row)
    SearchDocument.objects.filter(page_id__in=[row.pk for row in rows]).delete()


def update(pages):
    """Index these pages as they are now: add, replace or remove each one's document."""
    pages = list(pages)
    documents, gone = [], []
    try:
        # A savepoint: a failure here must not break the editor's publishing transaction.
        with transaction.atomic():
            for page in pages:
                document = build(page)
                if document is None:
                    gone.append(page.pk)
                else:
                    documents.append(document)
            save_documents(documents)
            delete_documents(gone)
    except Exception:
        logger.exception(
            "Could not index pages %s; run `manage.py rebuild_search_index`",
            [page.pk for page in pages],
        )
        return
    engine = backends.engine()
    if engine is None:
        return
    try:
        if documents:
            engine.index(documents)
        if gone:
            engine.delete(gone)
    except Exception:
        logger.exception(
            "Could not update Elasticsearch for pages %s; run `manage.py rebuild_search_index`",
            [p.pk for p in pages],
        )


def remove(page_ids):
    """Forget pages that no longer exist."""
    page_ids = list(page_ids)
    try:
        with transaction.atomic():
            delete_documents(page_ids)
    except Exception:
        logger.exception("Could not delete the database search documents of pages %s", page_ids)
    engine = backends.engine()
    if engine is None:
        return
    try:
        engine.delete(page_ids)
    except Exception:
        logger.exception(
            "Could not delete pages %s from Elasticsearch; run `manage.py rebuild_search_index`",
            page_ids,
        )


def update_subtree(page):
    """Index a page and its descendants (after a move or a change of privacy)."""
    update(Page.objects.descendant_of(page, inclusive=True).specific())


def searchable_pages(locale=None):
    """Candidate pages for a full rebuild, optionally of one locale."""
    pages = Page.objects.live().filter(alias_of__isnull=True).type(*searchable_models().values())
    if locale is not None:
        pages = pages.filter(locale=locale)
    return pages.order_by("path")
