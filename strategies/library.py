"""The strategy library's filters: region, country, theme, stage, tactic and cycle."""

from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from hub.listing import Facet, FacetedListing
from hub.models import Country, Stage, Theme
from hub.models.taxonomy import REGIONS


class Library(FacetedListing):
    def __init__(self, index_page, params):
        from strategies.models import CYCLES, TACTICS, StrategyPage

        locale = Locale.get_active()
        self.theme_names = dict(Theme.objects.filter(locale=locale).values_list("slug", "name"))
        facets = [
            Facet("region", _("Region"), "tagged_regions__tag__slug", dict(REGIONS)),
            Facet(
                "country",
                _("Country"),
                "countries__code",
                {c.code: c.name for c in Country.objects.all()},
            ),
            Facet("theme", _("Theme"), "tagged_themes__tag__slug", self.theme_names),
            Facet(
                "stage",
                _("UPR stage"),
                "stages__slug",
                dict(Stage.objects.filter(locale=locale).values_list("slug", "name")),
                keep_order=True,
            ),
            Facet("tactic", _("Tactic"), "tagged_tactics__tag__slug", dict(TACTICS)),
            Facet("cycle", _("Cycle"), "cycle", dict(CYCLES), keep_order=True),
        ]
        base = (
            StrategyPage.objects.live()
            .public()
            .descendant_of(index_page)
            .filter(alias_of__isnull=True)
        )
        super().__init__(base, facets, params)

    def page(self):
        page = self.paginate(self.results.prefetch_related("tagged_themes__tag", "countries"))
        page.strategies = list(page.object_list)
        for strategy in page.strategies:
            strategy.theme_names = [
                self.theme_names.get(item.tag.slug, item.tag.name)
                for item in strategy.tagged_themes.all()
            ]
            strategy.country_names = sorted(c.name for c in strategy.countries.all())
        return page
