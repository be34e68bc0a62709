"""The database backend's copy of what readers can find.

One ``SearchDocument`` per live, public, translated page that the site search
lists, built by ``search.documents`` from what the page type declares. Wagtail's
database search (SQLite FTS5 or PostgreSQL full-text search) indexes these rows,
and ``SearchFacetValue`` rows let facets be filtered and counted in the database.
Elasticsearch indexes the same documents (``search.backends.elastic``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail.search import index

FACETS = ("region", "country", "theme", "stage")


class SearchDocument(index.Indexed, models.Model):
    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, primary_key=True, related_name="search_document"
    )
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    type = models.CharField(_("type"), max_length=40)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True)
    keywords = models.TextField(_("keywords"), blank=True)
    url = models.CharField(_("URL"), max_length=1000)
    published_at = models.DateTimeField(_("published"), null=True)

    # Indexed by ``search.indexing`` when a page changes, not on every save.
    search_auto_update = False

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=2),
        index.SearchField("keywords", boost=2),
        index.SearchField("body"),
        index.FilterField("locale_id"),
        index.FilterField("type"),
        index.FilterField("page_id"),
        index.FilterField("published_at"),
    ]

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self):
        return self.title


class SearchFacetValue(models.Model):
    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=100)

    class Meta:
        indexes = [models.Index(fields=["facet", "value"])]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "facet", "value"], name="unique_search_facet_value"
            )
        ]

    def __str__(self):
        return f"{self.facet}={self.value}"
