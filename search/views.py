from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale
from wagtail.search.utils import normalise_query_string

from hub.listing import Facet, FacetedListing
from hub.models import Country, Stage, Theme
from hub.models.taxonomy import REGIONS

from . import service
from .backends import FILTERS, Query
from .documents import type_labels

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


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
        self.searched = bool(self.query or filters)
        self.results, self.degraded = None, False
        if self.searched:
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
            return max(1, int(value))
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


def promotions(query, locale):
    """Editors' promoted results for this query, in the reader's language."""
    if not query:
        return []
    picks = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(query)
    ).select_related("page")
    return [
        pick
        for pick in picks.order_by("sort_order")
        if pick.page_id is None or (pick.page.live and pick.page.locale_id == locale.pk)
    ]


@require_GET
def search(request):
    locale = Locale.get_active()
    listing = SearchListing(request.GET, locale)
    context = {
        "listing": listing,
        "query": listing.query,
        "promotions": promotions(listing.query, locale),
    }
    return TemplateResponse(request, "search/search.html", context)


@require_GET
@cache_page(300)
def autocomplete(request):
    """Titles that start like what the reader is typing, as small JSON (progressive enhancement)."""
    text = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = (
        service.autocomplete(text, Locale.get_active().language_code) if len(text) >= 2 else []
    )
    response = JsonResponse({"results": results})
    patch_cache_control(response, public=True, max_age=300)
    return response


@require_GET
def health(request):
    state = service.health()
    status = 200 if state["database"] == "ok" else 503
    response = JsonResponse(state, status=status)
    patch_cache_control(response, no_store=True)
    return response
