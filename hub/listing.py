"""Faceted listings of pages: filters from GET parameters with per-value counts.

Every view of a listing is a shareable URL that works without JavaScript. Each
facet's counts take every *other* active filter into account, so a reader sees
how many items each choice would leave. The number of queries does not depend on
the number of results or of facet values.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, F, Q
from django.http import QueryDict

from hub.models.taxonomy import strxfrm_key

SORTS = {
    "newest": (F("first_published_at").desc(nulls_last=True), "title"),
    "title": ("title",),
}


class Facet:
    """One filter: ``lookup`` is the ORM path of its value; ``labels`` maps value to label.

    Options are sorted by label in the reader's language unless ``keep_order`` (e.g. UPR
    stages in cycle order).
    """

    def __init__(self, name, label, lookup, labels, keep_order=False):
        self.name, self.label, self.lookup = name, label, lookup
        self.labels = {str(value): str(text) for value, text in labels.items()}
        self.keep_order = keep_order
        self.options = []
        self.selected = None


class FacetedListing:
    per_page = 12
    sorts = SORTS
    default_sort = "newest"

    def __init__(self, base, facets, params):
        self.base, self.facets, self.params = base, facets, params
        for facet in facets:
            value = params.get(facet.name, "").strip()
            if value in facet.labels:
                facet.selected = value
        for facet in facets:
            facet.options = self._options(facet, self._counts(facet))
        sort = params.get("sort")
        self.sort = sort if sort in self.sorts else self.default_sort
        self.results = self._filtered(exclude=None).order_by(*self.sorts[self.sort])

    def _filtered(self, exclude):
        queryset = self.base
        for facet in self.facets:
            if facet.selected and facet is not exclude:
                queryset = queryset.filter(**{facet.lookup: facet.selected})
        return queryset

    def _counts(self, facet):
        rows = (
            self._filtered(exclude=facet)
            .exclude(**{f"{facet.lookup}__isnull": True})
            .values_list(facet.lookup)
            .annotate(n=Count("pk", distinct=True))
            .order_by()
        )
        return {str(value): count for value, count in rows}

    @staticmethod
    def _options(facet, counts):
        options = [
            {
                "value": value,
                "label": facet.labels[value],
                "count": counts.get(value, 0),
                "selected": value == facet.selected,
            }
            for value in facet.labels
            if counts.get(value) or value == facet.selected
        ]
        if not facet.keep_order:
            options.sort(key=lambda option: strxfrm_key(option["label"]))
        return options

    @property
    def active(self):
        """The active filters, each with the URL that removes it."""
        return [
            {
                "facet": facet,
                "label": facet.labels[facet.selected],
                "remove_url": self.url(**{facet.name: None}),
            }
            for facet in self.facets
            if facet.selected
        ]

    def url(self, **changes):
        """This view's query string with ``changes`` applied (None removes a parameter)."""
        query = QueryDict(mutable=True)
        for facet in self.facets:
            if facet.selected:
                query[facet.name] = facet.selected
        if self.sort != self.default_sort:
            query["sort"] = self.sort
        for key, value in changes.items():
            if value is None:
                query.pop(key, None)
            else:
                query[key] = value
        return "?" + query.urlencode() if query else "?"

    @property
    def page_base(self):
        """This view's query string, ready for a page number to be appended."""
        url = self.url(page=None)
        return url if url == "?" else url + "&"

    def paginate(self, queryset):
        paginator = Paginator(queryset, self.per_page)
        try:
            return paginator.page(self.params.get("page", 1))
        except PageNotAnInteger:
            return paginator.page(1)
        except EmptyPage:
            return paginator.page(paginator.num_pages)


def term_ids(terms):
    """The primary keys of a page's taxonomy terms.

    Iterates instead of ``values_list("pk")``, which the in-memory relations of a page
    loaded from a revision (previews, moderation) do not support.
    """
    return [term.pk for term in terms.all()]


def related_pages(page, queryset, relations, limit=3):
    """Pages of ``queryset`` sharing the most taxonomy terms with ``page``.

    ``relations`` is a list of (relation, lookup, ids) where ``ids`` are the terms of
    ``page`` for that relation, e.g. ("tagged_themes", "tagged_themes__tag__in", [3, 7]).
    """
    # Only non-empty term lists: an empty IN inside an aggregate empties the query.
    counts = [
        Count(relation, filter=Q(**{lookup: ids}), distinct=True)
        for relation, lookup, ids in relations
        if ids
    ]
    if not counts:
        return queryset.none()
    score = sum(counts[1:], counts[0])
    return (
        queryset.filter(locale_id=page.locale_id, alias_of__isnull=True)
        .exclude(pk=page.pk)
        .annotate(score=score)
        .filter(score__gt=0)
        .order_by("-score", F("first_published_at").desc(nulls_last=True))[:limit]
    )
