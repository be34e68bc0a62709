from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from hub.listing import related_pages, term_ids
from hub.models import BasePage, Country, Region, SectionPage, Stage, in_locale, localized
from hub.models.fields import VocabularyTaggableManager
from hub.models.taxonomy import REGION_LABELS, RegionTaggedItemBase, ThemeTaggedItemBase
from strategies.blocks import RecommendationsBlock, ResourcesBlock, StepsBlock

STORY_FEATURES = ["bold", "italic", "ul", "ol", "link"]

TACTICS = (
    ("joint-submission", _("Joint stakeholder submission")),
    ("pre-session-advocacy", _("Pre-session advocacy")),
    ("embassy-engagement", _("Engagement with embassies")),
    ("parliamentary-engagement", _("Parliamentary engagement")),
    ("media-campaign", _("Media campaign")),
    ("coalition-building", _("Coalition building")),
    ("monitoring-reporting", _("Monitoring and mid-term reporting")),
    ("litigation", _("Strategic litigation")),
    ("dialogue-government", _("Dialogue with government")),
)
TACTIC_LABELS = dict(TACTICS)
cycle_label = lazy(lambda number: gettext("Cycle %(number)s") % {"number": number}, str)
CYCLES = [(n, cycle_label(n)) for n in range(1, 5)]


class Tactic(TagBase):
    """A type of advocacy tactic: a fixed vocabulary, labelled through gettext."""

    free_tagging = False
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("tactic")
        verbose_name_plural = _("tactics")

    @property
    def label(self):
        return str(TACTIC_LABELS.get(self.slug, self.name))

    @classmethod
    def vocabulary(cls):
        return cls.objects.all()


class StrategyIndexPage(RoutablePageMixin, SectionPage):
    """The library: filters, the feed of new strategies, and the form to share one."""

    subpage_types = ["strategies.StrategyPage", "strategies.StrategySetPage"]

    class Meta:
        verbose_name = _("strategy library page")

    def get_context(self, request, *args, **kwargs):
        from strategies.library import Library

        context = super().get_context(request, *args, **kwargs)
        context["library"] = Library(self, request.GET)
        context["sets"] = StrategySetPage.objects.child_of(self).live().public()
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from strategies.feeds import strategy_feed

        return strategy_feed(request, self)

    @path("share/", name="share")
    def share(self, request):
        from strategies.views import share

        return share(request, self)

    @path("share/thanks/", name="share_thanks")
    def share_thanks(self, request):
        from strategies.views import share_thanks

        return share_thanks(request, self)


class StrategyPageTheme(ThemeTaggedItemBase):
    content_object = ParentalKey(
        "strategies.StrategyPage", on_delete=models.CASCADE, related_name="tagged_themes"
    )


class StrategyPageRegion(RegionTaggedItemBase):
    content_object = ParentalKey(
        "strategies.StrategyPage", on_delete=models.CASCADE, related_name="tagged_regions"
    )


class StrategyPageTactic(ItemBase):
    tag = models.ForeignKey(Tactic, on_delete=models.CASCADE, related_name="tagged_pages")
    content_object = ParentalKey(
        "strategies.StrategyPage", on_delete=models.CASCADE, related_name="tagged_tactics"
    )


class StrategyPage(BasePage):
    """A case study of a UPR advocacy strategy, written so others can replicate it."""

    search_type = "case-study"
    search_type_labels = (_("Case study"), _("Case studies"))

    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty when the organisation stays anonymous."),
    )
    is_anonymous = models.BooleanField(
        _("anonymous"),
        default=False,
        help_text=_("The organisation behind this case is never shown, indexed or exported."),
    )
    is_illustrative = models.BooleanField(
        _("illustrative composite"),
        default=False,
        help_text=_("The case combines several experiences and describes no single real event."),
    )
    countries = ParentalManyToManyField(Country, blank=True, verbose_name=_("countries"))
    regions = VocabularyTaggableManager(
        through=StrategyPageRegion,
        blank=True,
        verbose_name=_("regions"),
        help_text=_("The regions of the chosen countries are added automatically."),
    )
    themes = VocabularyTaggableManager(
        through=StrategyPageTheme, blank=True, verbose_name=_("themes")
    )
    stages = ParentalManyToManyField(
        Stage,
        blank=True,
        verbose_name=_("UPR stages"),
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    tactics = VocabularyTaggableManager(
        through=StrategyPageTactic, blank=True, verbose_name=_("tactics")
    )
    cycle = models.PositiveSmallIntegerField(_("UPR cycle"), choices=CYCLES, null=True, blank=True)
    actors = models.TextField(_("actors involved"), blank=True)
    context = RichTextField(_("context"), features=STORY_FEATURES, blank=True)
    steps = StreamField(StepsBlock(), verbose_name=_("what was done"), blank=True)
    outcomes = RichTextField(_("outcomes"), features=STORY_FEATURES, blank=True)
    why_it_worked = RichTextField(_("why it worked"), features=STORY_FEATURES, blank=True)
    challenges = RichTextField(_("what was hard"), features=STORY_FEATURES, blank=True)
    risks = RichTextField(
        _("risks and how they were mitigated"),
        features=STORY_FEATURES,
        blank=True,
        help_text=_("Including reprisals against the organisation, its staff or partners."),
    )
    replication = RichTextField(_("how to replicate it"), features=STORY_FEATURES, blank=True)
    recommendations = StreamField(
        RecommendationsBlock(), verbose_name=_("recommendations targeted"), blank=True
    )
    resources = StreamField(ResourcesBlock(), verbose_name=_("resources"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("organisation"), FieldPanel("is_anonymous"), FieldPanel("is_illustrative")],
            heading=_("Source"),
        ),
        FieldPanel("actors"),
        FieldPanel("context"),
        FieldPanel("steps"),
        FieldPanel("outcomes"),
        FieldPanel("why_it_worked"),
        FieldPanel("challenges"),
        FieldPanel("risks"),
        FieldPanel("replication"),
        FieldPanel("recommendations"),
        FieldPanel("resources"),
    ]
    promote_panels = Page.promote_panels + [
        MultiFieldPanel(
            [
                FieldPanel("countries", widget=forms.SelectMultiple(attrs={"size": 8})),
                FieldPanel("regions"),
                FieldPanel("themes"),
                FieldPanel("stages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tactics"),
                FieldPanel("cycle"),
            ],
            heading=_("Taxonomy"),
        )
    ]
    search_fields = BasePage.search_fields + [
        # Empty for anonymous cases (see clean()), so never indexed for them.
        index.SearchField("organisation"),
        index.SearchField("actors"),
        index.SearchField("context"),
        index.SearchField("steps"),
        index.SearchField("outcomes"),
        index.SearchField("why_it_worked"),
        index.SearchField("replication"),
        index.SearchField("recommendations"),
        index.FilterField("cycle"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("organisation"),
        SynchronizedField("is_anonymous"),
        SynchronizedField("is_illustrative"),
        SynchronizedField("countries"),
        SynchronizedField("regions"),
        SynchronizedField("themes"),
        SynchronizedField("stages"),
        SynchronizedField("tactics"),
        SynchronizedField("cycle"),
        TranslatableField("actors"),
        TranslatableField("context"),
        TranslatableField("steps"),
        TranslatableField("outcomes"),
        TranslatableField("why_it_worked"),
        TranslatableField("challenges"),
        TranslatableField("risks"),
        TranslatableField("replication"),
        TranslatableField("recommendations"),
        TranslatableField("resources"),
    ]

    parent_page_types = ["strategies.StrategyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("strategy case study")
        verbose_name_plural = _("strategy case studies")

    def search_excluded_fields(self):
        # An anonymous case never puts its organisation in a search index (the model
        # also keeps the field empty; this holds even if it did not).
        return ("organisation",) if self.is_anonymous else ()

    def clean(self):
        super().clean()
        if self.is_anonymous and self.organisation.strip():
            raise ValidationError(
                {
                    "organisation": _(
                        "An anonymous case cannot hold the organisation's name: "
                        "leave this field empty."
                    )
                }
            )
        if not self.is_anonymous and not self.organisation.strip():
            raise ValidationError(
                {"organisation": _("Name the organisation, or mark the case as anonymous.")}
            )

    def save(self, *args, **kwargs):
        # Regions follow from the countries (a case may also carry a whole region).
        country_ids = [country.pk for country in self.countries.all()]
        if country_ids:
            implied = Region.objects.filter(countries__pk__in=country_ids).distinct()
            self.regions.add(*implied)
        return super().save(*args, **kwargs)

    @property
    def public_organisation(self):
        """The organisation's name where it may be shown; None for anonymous cases."""
        return None if self.is_anonymous else (self.organisation or None)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["theme_labels"] = localized(self.themes.all())
        context["stage_labels"] = localized(self.stages.all())
        context["region_labels"] = [REGION_LABELS[r.slug] for r in self.regions.all()]
        context["country_names"] = sorted(c.name for c in self.countries.all())
        context["tactic_labels"] = [t.label for t in self.tactics.all()]
        context["related"] = self.related_strategies()
        context["modules"], context["guides"] = self.learning_resources()
        return context

    def learning_resources(self):
        """Training modules sharing this case's themes or stages, and its stages' guides."""
        from learning.models import ModulePage, StageGuidePage

        stage_ids = term_ids(self.stages)
        modules = related_pages(
            self,
            ModulePage.objects.live().public(),
            [
                (
                    "tagged_themes",
                    "tagged_themes__tag__in",
                    term_ids(self.themes),
                ),
                ("stages", "stages__in", stage_ids),
            ],
        )
        guides = (
            StageGuidePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, stage_id__in=stage_ids, alias_of__isnull=True)
            .select_related("stage")
            .order_by("stage__number")
        )
        return modules, guides

    def related_strategies(self, limit=3):
        """Live strategies in this language sharing the most themes, stages and regions."""
        return related_pages(
            self,
            StrategyPage.objects.live().public(),
            [
                (
                    "tagged_themes",
                    "tagged_themes__tag__in",
                    term_ids(self.themes),
                ),
                ("stages", "stages__in", term_ids(self.stages)),
                (
                    "tagged_regions",
                    "tagged_regions__tag__in",
                    term_ids(self.regions),
                ),
            ],
            limit,
        )


class StrategySetPage(BasePage):
    """A curated collection of strategies, e.g. "Engaging embassies", to link from courses."""

    search_type = "collection"
    search_type_labels = (_("Collection of case studies"), _("Collections of case studies"))

    intro = RichTextField(_("introduction"), features=STORY_FEATURES)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("intro"),
        InlinePanel("items", label=_("Strategies"), min_num=1),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        SynchronizedField("items"),
    ]

    parent_page_types = ["strategies.StrategyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("strategy set")

    def strategies(self):
        """The set's strategies in this page's language, in the editor's order."""
        items = self.items.select_related("strategy")
        return in_locale([item.strategy.translation_key for item in items], self.locale_id)


class StrategySetItem(Orderable):
    set_page = ParentalKey(StrategySetPage, on_delete=models.CASCADE, related_name="items")
    strategy = models.ForeignKey(
        StrategyPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("strategy")
    )

    panels = [FieldPanel("strategy")]


class SubmissionContact(models.Model):
    """Optional contact details sent with a submission; only Moderators see them.

    Kept apart from the page so they never reach revisions, the search index or any
    public output, and deleted by ``purge_submission_contacts`` a set time after the
    moderation decision.
    """

    page = models.OneToOneField(
        StrategyPage, on_delete=models.CASCADE, related_name="submission_contact"
    )
    name = models.CharField(_("name"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    received_at = models.DateTimeField(_("received"), auto_now_add=True)
    decided_at = models.DateTimeField(_("moderation decision"), null=True, blank=True)

    class Meta:
        verbose_name = _("submission contact")
        verbose_name_plural = _("submission contacts")

    def __str__(self):
        return self.name or self.email
