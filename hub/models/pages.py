from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from hub.blocks import StandardBlock
from hub.models.fields import VocabularyTaggableManager
from hub.models.taxonomy import RegionTaggedItemBase, ThemeTaggedItemBase, localized

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]

# The fields of Wagtail's Page that every page type translates or synchronises.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]


def in_locale(translation_keys, locale_id, specific=True):
    """The live, translated pages with these translation keys in a locale, in key order.

    Pages point at source-language pages (featured items, menus, sets, agendas); this
    shows them in the reader's language, skipping those not translated yet, in one
    query (plus one per page type when ``specific``).
    """
    keys = list(translation_keys)
    pages = (
        Page.objects.live()
        .public()
        .filter(translation_key__in=keys, locale_id=locale_id, alias_of__isnull=True)
    )
    found = {page.translation_key: page for page in (pages.specific() if specific else pages)}
    return [found[key] for key in keys if key in found]


class BasePage(Page):
    """Behaviour shared by the hub's page types: untranslated copies, summaries."""

    summary = models.CharField(
        _("summary"),
        max_length=255,
        blank=True,
        help_text=_("One or two sentences, shown in listings, search results and link previews."),
    )

    search_fields = Page.search_fields + [index.SearchField("summary")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [TranslatableField("summary")]

    #: The key of this page type in the site search's "type" filter; pages of a type
    #: without one are not listed by the site search (see ``search.documents``).
    search_type = None
    #: How readers see the type: (one result, the filter's choice).
    search_type_labels = (None, None)

    class Meta:
        abstract = True

    def search_facets(self):
        """The taxonomy values the site search filters this page by.

        A dict of facet name to values: region slugs, country codes, and the slugs
        of themes and stages (shared by all their translations).
        """
        facets = {}
        if hasattr(self, "regions"):
            facets["region"] = [tag.slug for tag in self.regions.all()]
        if hasattr(self, "countries"):
            facets["country"] = [country.code for country in self.countries.all()]
        if hasattr(self, "themes"):
            facets["theme"] = [tag.slug for tag in self.themes.all()]
        if hasattr(self, "stages"):
            facets["stage"] = [stage.slug for stage in self.stages.all()]
        return facets

    def search_excluded_fields(self):
        """Names of ``search_fields`` whose text must stay out of the site search."""
        return ()

    @cached_property
    def untranslated_source(self):
        """The page this one copies without translation, if any.

        wagtail-localize's locale synchronisation puts aliases of untranslated pages
        in the other locales. Such a page shows another language's text under this
        locale's URL, so templates label it, mark its language and keep it out of
        search engines.
        """
        if self.alias_of_id is None:
            return None
        source = Page.objects.select_related("locale").get(pk=self.alias_of_id)
        return source if source.locale_id != self.locale_id else None


class HomePage(BasePage):
    tagline = models.CharField(_("tagline"), max_length=160)
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [
        FieldPanel("tagline"),
        FieldPanel("intro"),
        InlinePanel("featured_items", label=_("Featured pages"), max_num=6),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("summary")]
    search_fields = BasePage.search_fields + [
        index.SearchField("tagline"),
        index.SearchField("intro"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("tagline"),
        TranslatableField("intro"),
        # Featured pages point at source-language pages; they are shown in the
        # reader's language through page.localized.
        SynchronizedField("featured_items"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "hub.StandardPage",
        "learning.ModuleIndexPage",
        "learning.CourseIndexPage",
        "learning.GuideIndexPage",
        "strategies.StrategyIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = [
            page.specific
            for page in self.get_children().live().public().type(SectionPage).specific()
        ]
        context["featured_pages"] = self.get_featured_pages()
        return context

    def get_featured_pages(self):
        """The featured pages in the reader's language, in a constant number of queries."""
        items = self.featured_items.select_related("featured_page")
        return in_locale([item.featured_page.translation_key for item in items], self.locale_id)


class HomePageFeaturedItem(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_items")
    featured_page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )

    panels = [FieldPanel("featured_page")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured page")


class SectionPage(BasePage):
    """An entry point to one part of the hub (modules, courses, guide, strategies)."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    parent_page_types = ["hub.HomePage"]
    max_count_per_parent = 1
    is_creatable = False  # only its subclasses are

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.get_children().live().public().specific()
        return context


class StandardPageTheme(ThemeTaggedItemBase):
    content_object = ParentalKey(
        "hub.StandardPage", on_delete=models.CASCADE, related_name="tagged_themes"
    )


class StandardPageRegion(RegionTaggedItemBase):
    content_object = ParentalKey(
        "hub.StandardPage", on_delete=models.CASCADE, related_name="tagged_regions"
    )


class StandardPage(BasePage):
    """A general page: about, privacy notice, contact, and similar."""

    search_type = "page"
    search_type_labels = (_("Page"), _("Pages"))

    body = StreamField(StandardBlock(), verbose_name=_("body"))
    themes = VocabularyTaggableManager(
        through=StandardPageTheme, blank=True, verbose_name=_("themes")
    )
    regions = VocabularyTaggableManager(
        through=StandardPageRegion, blank=True, verbose_name=_("regions")
    )

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    promote_panels = Page.promote_panels + [
        MultiFieldPanel([FieldPanel("themes"), FieldPanel("regions")], heading=_("Taxonomy"))
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("body"),
        SynchronizedField("themes"),
        SynchronizedField("regions"),
    ]

    parent_page_types = ["hub.HomePage", "hub.StandardPage"]
    subpage_types = ["hub.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["theme_labels"] = localized(self.themes.all())
        context["regions"] = list(self.regions.all())
        return context
