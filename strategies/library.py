"""The strategy library's filters, facet counts, sorting and pagination.

Filters come from plain GET parameters, so every view of the library is a shareable
URL that works without JavaScript. Each facet's counts take every *other* active
filter into account, so a reader sees how many strategies each choice would leave.
The number of queries does not depend on the number of results or of facet values.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, F
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from hub.models import Country, Stage, Theme
from hub.models.taxonomy import REGIONS, strxfrm_key

PER_PAGE = 12
SORTS = {
    "newest": (F("first_published_at").desc(nulls_last=True), "title"),
    "title": ("title",),
}


class Facet:
    def __init__(self, name, label, lookup, count_field):
        self.name, self.label, self.lookup, self.count_field = name, label, lookup, count_field
        self.options = []
        self.selected = None


class Library:
    def __init__(self, index_page, params):
        from strategies.models import CYCLES, TACTICS, StrategyPage

        self.params = params
        self.base = (
            StrategyPage.objects.live()
            .public()
            .descendant_of(index_page)
            .filter(alias_of__isnull=True)
        )
        self.facets = [
            Facet("region", _("Region"), "tagged_regions__tag__slug", "tagged_regions__tag__slug"),
            Facet("country", _("Country"), "countries__code", "countries__code"),
            Facet("theme", _("Theme"), "tagged_themes__tag__slug", "tagged_themes__tag__slug"),
            Facet("stage", _("UPR stage"), "stages__slug", "stages__slug"),
            Facet("tactic", _("Tactic"), "tagged_tactics__tag__slug", "tagged_tactics__tag__slug"),
            Facet("cycle", _("Cycle"), "cycle", "cycle"),
        ]
        labels = self._labels(dict(TACTICS), dict(CYCLES))
        for facet in self.facets:
            value = params.get(facet.name, "").strip()
            if value and value in labels[facet.name]:
                facet.selected = value
        for facet in self.facets:
            counts = self._counts(facet)
            facet.options = sorted(
                (
                    {
                        "value": value,
                        "label": labels[facet.name][value],
                        "count": count,
                        "selected": value == facet.selected,
                    }
                    for value, count in counts.items()
                    if value in labels[facet.name] and (count or value == facet.selected)
                ),
                key=lambda option: (
                    option["value"] if facet.name == "cycle" else strxfrm_key(option["label"])
                ),
            )
            if facet.selected and facet.selected not in counts:
                facet.options.insert(
                    0,
                    {
                        "value": facet.selected,
                        "count": 0,
                        "selected": True,
                        "label": labels[facet.name][facet.selected],
                    },
                )
        self.sort = params.get("sort") if params.get("sort") in SORTS else "newest"
        self.results = self._filtered(self.base, exclude=None).order_by(*SORTS[self.sort])

    @staticmethod
    def _labels(tactics, cycles):
        locale = Locale.get_active()
        return {
            "region": {slug: str(label) for slug, label in REGIONS},
            "country": {c.code: c.name for c in Country.objects.all()},
            "theme": dict(Theme.objects.filter(locale=locale).values_list("slug", "name")),
            "stage": dict(Stage.objects.filter(locale=locale).values_list("slug", "name")),
            "tactic": {slug: str(label) for slug, label in tactics.items()},
            "cycle": {str(number): str(label) for number, label in cycles.items()},
        }

    def _filtered(self, queryset, exclude):
        for facet in self.facets:
            if facet.selected and facet is not exclude:
                queryset = queryset.filter(**{facet.lookup: facet.selected})
        return queryset

    def _counts(self, facet):
        rows = (
            self._filtered(self.base, exclude=facet)
            .exclude(**{f"{facet.count_field}__isnull": True})
            .values_list(facet.count_field)
            .annotate(n=Count("pk", distinct=True))
            .order_by()
        )
        return {str(value): count for value, count in rows}

    @property
    def active(self):
        """The active filters, each with the URL that removes it."""
        return [
            {
                "facet": facet,
                "label": next(o["label"] for o in facet.options if o["selected"]),
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
        if self.sort != "newest":
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

    def page(self):
        paginator = Paginator(
            self.results.prefetch_related("tagged_themes__tag", "countries"), PER_PAGE
        )
        try:
            page = paginator.page(self.params.get("page", 1))
        except PageNotAnInteger:
            page = paginator.page(1)
        except EmptyPage:
            page = paginator.page(paginator.num_pages)
        pages = list(page.object_list)
        theme_names = dict(
            Theme.objects.filter(locale=Locale.get_active()).values_list("slug", "name")
        )
        for strategy in pages:
            strategy.theme_names = [
                theme_names.get(item.tag.slug, item.tag.name)
                for item in strategy.tagged_themes.all()
            ]
            strategy.country_names = sorted(c.name for c in strategy.countries.all())
        page.strategies = pages
        return page
