"""The search page's state: query, filters with counts, results and shareable URLs."""

from django.core.paginator import Paginator
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from hub.listing import Facet, FacetedListing
from hub.models import Country, Stage, Theme
from hub.models.taxonomy import REGIONS

from . import service
from .backends import FILTERS, Query
from .documents import type_labels

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
# Elasticsearch pages through the first 10,000 results only; nobody reads further.
MAX_PAGE = 10_000 // RESULTS_PER_PAGE


class _Counted:
    """A stand-in object list for Django's Paginator: a total, and the hits of one page."""

    def __init__(self, total, hits):
        self.total, self.hits = total, hits

    def count(self):
        return self.total

    def __getitem__(self, _slice):
        return self.hits


class SearchListing(FacetedListing):
    """The search page's state: query, filters with counts, results, shareable URLs."""

    sorts = {"relevance": ()}
    default_sort = "relevance"

    def __init__(self, params, locale):
        self.params, self.sort = params, self.default_sort
        self.query = params.get("q", "").strip()[:MAX_QUERY_LENGTH]
        self.facets = self._facets(locale)
        for facet in self.facets:
            value = params.get(facet.name, "").strip()
            if value in facet.labels:
                facet.selected = value
        self.number = self._page_number(params.get("page"))
        filters = {facet.name: facet.selected for facet in self.facets if facet.selected}
        # Without a query or filter the page lists nothing, but its filters still show
        # what there is to find (with counts), so a reader can browse from them.
        self.searched = bool(self.query or filters)
        self._search(locale.language_code, filters)

    @staticmethod
    def _facets(locale):
        return [
            Facet("type", _("Type"), None, type_labels()),
            Facet("region", _("Region"), None, dict(REGIONS)),
            Facet("country", _("Country"), None, {c.code: c.name for c in Country.objects.all()}),
            Facet(
                "theme",
                _("Theme"),
                None,
                dict(Theme.objects.filter(locale=locale).values_list("slug", "name")),
            ),
            Facet(
                "stage",
                _("UPR stage"),
                None,
                dict(Stage.objects.filter(locale=locale).values_list("slug", "name")),
                keep_order=True,
            ),
        ]

    @staticmethod
    def _page_number(value):
        try:
            return min(max(1, int(value)), MAX_PAGE)
        except (TypeError, ValueError):
            return 1

    def _search(self, language, filters):
        def run(number):
            query = Query(
                text=self.query,
                language=language,
                filters=filters,
                offset=(number - 1) * RESULTS_PER_PAGE,
                limit=RESULTS_PER_PAGE,
            )
            return service.search(query)

        results, self.degraded = run(self.number)
        paginator = Paginator(_Counted(results.total, results.hits), RESULTS_PER_PAGE)
        if results.total and self.number > paginator.num_pages:
            self.number = paginator.num_pages
            results, self.degraded = run(self.number)
            paginator = Paginator(_Counted(results.total, results.hits), RESULTS_PER_PAGE)
        self.results = results
        self.page = paginator.page(min(self.number, paginator.num_pages))
        labels = {facet.name: facet.labels for facet in self.facets}
        singular = type_labels(plural=False)
        for hit in results.hits:
            hit.type_label = singular.get(hit.type, "")
            hit.labels = [
                labels[name][value]
                for name in FILTERS[1:]
                for value in hit.facets.get(name, [])
                if value in labels[name]
            ]
        for facet in self.facets:
            facet.options = self._options(facet, results.facets.get(facet.name, {}))

    @property
    def suggestion_url(self):
        return self.url(q=self.results.suggestion, page=None)

    def url(self, **changes):
        url = super().url(**changes)
        if not self.query or "q" in changes:
            return url
        separator = "&" if url != "?" else ""
        return "?" + urlencode({"q": self.query}) + separator + url[1:]
