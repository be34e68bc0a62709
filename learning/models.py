import datetime
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Case, Value, When
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from hub.listing import SORTS, Facet, FacetedListing, related_pages, term_ids
from hub.models import BasePage, SectionPage, Stage, Theme, in_locale, localized
from hub.models.fields import VocabularyTaggableManager
from hub.models.taxonomy import REGION_LABELS, RegionTaggedItemBase, ThemeTaggedItemBase
from hub.pdf import pdf_response
from learning.blocks import ACTORS, AgendaBlock, GuideStepsBlock, ModuleBodyBlock, ObjectivesBlock
from learning.quiz import grade
from learning.timeline import ReviewDate

LEVELS = (
    ("introductory", _("Introductory")),
    ("intermediate", _("Intermediate")),
    ("advanced", _("Advanced")),
)


class ModuleListing(FacetedListing):
    """The module index's filters: theme, UPR stage and level."""

    sorts = {
        "level": (
            Case(*[When(level=slug, then=Value(n)) for n, (slug, _l) in enumerate(LEVELS)]),
            "title",
        ),
        **SORTS,
    }
    default_sort = "level"
    per_page = 24

    def __init__(self, index_page, params):
        from wagtail.models import Locale

        locale = Locale.get_active()
        facets = [
            Facet(
                "theme",
                _("Theme"),
                "tagged_themes__tag__slug",
                dict(Theme.objects.filter(locale=locale).values_list("slug", "name")),
            ),
            Facet(
                "stage",
                _("UPR stage"),
                "stages__slug",
                dict(Stage.objects.filter(locale=locale).values_list("slug", "name")),
                keep_order=True,
            ),
            Facet("level", _("Level"), "level", dict(LEVELS), keep_order=True),
        ]
        base = (
            ModulePage.objects.live()
            .public()
            .descendant_of(index_page)
            .filter(alias_of__isnull=True)
        )
        super().__init__(base, facets, params)

    def page(self):
        return self.paginate(self.results)


class ModuleIndexPage(SectionPage):
    """The list of training modules about the UPR."""

    subpage_types = ["learning.ModulePage"]

    class Meta:
        verbose_name = _("module index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = ModuleListing(self, request.GET)
        return context


class CourseIndexPage(SectionPage):
    """The courses that trainers build out of modules."""

    subpage_types = ["learning.CoursePage"]

    class Meta:
        verbose_name = _("course index page")


class GuideIndexPage(SectionPage):
    """The whole UPR cycle, a guide per later stage, and the reader's review timeline."""

    subpage_types = ["learning.StageGuidePage"]

    class Meta:
        verbose_name = _("guide index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = {
            guide.stage.slug: guide
            for guide in StageGuidePage.objects.child_of(self)
            .live()
            .public()
            .select_related("stage")
        }
        stages = Stage.objects.filter(locale_id=self.locale_id).order_by("number")
        context["cycle"] = [(stage, guides.get(stage.slug)) for stage in stages]
        context["review"] = ReviewDate(request.GET)
        return context


class ModulePageTheme(ThemeTaggedItemBase):
    content_object = ParentalKey(
        "learning.ModulePage", on_delete=models.CASCADE, related_name="tagged_themes"
    )


class ModulePageRegion(RegionTaggedItemBase):
    content_object = ParentalKey(
        "learning.ModulePage", on_delete=models.CASCADE, related_name="tagged_regions"
    )


class ModulePage(BasePage):
    """A training module: objectives, teaching blocks, an exercise and a self-check quiz."""

    search_type = "module"
    search_type_labels = (_("Training module"), _("Training modules"))

    audience = models.CharField(_("audience"), max_length=255)
    level = models.CharField(_("level"), max_length=20, choices=LEVELS, default="introductory")
    duration_minutes = models.PositiveSmallIntegerField(_("estimated duration (minutes)"))
    objectives = StreamField(ObjectivesBlock(), verbose_name=_("learning objectives"))
    body = StreamField(ModuleBodyBlock(), verbose_name=_("body"))
    themes = VocabularyTaggableManager(
        through=ModulePageTheme, blank=True, verbose_name=_("themes")
    )
    regions = VocabularyTaggableManager(
        through=ModulePageRegion, blank=True, verbose_name=_("regions")
    )
    stages = ParentalManyToManyField(
        Stage,
        blank=True,
        verbose_name=_("UPR stages"),
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("level"), FieldPanel("duration_minutes")],
            heading=_("About the module"),
        ),
        FieldPanel("objectives"),
        FieldPanel("body"),
    ]
    promote_panels = Page.promote_panels + [
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FieldPanel("stages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions"),
            ],
            heading=_("Taxonomy"),
        )
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("audience"),
        index.SearchField("objectives"),
        index.SearchField("body"),
        index.FilterField("level"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("audience"),
        TranslatableField("objectives"),
        TranslatableField("body"),
        SynchronizedField("level"),
        SynchronizedField("duration_minutes"),
        SynchronizedField("themes"),
        SynchronizedField("regions"),
        SynchronizedField("stages"),
    ]

    parent_page_types = ["learning.ModuleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("training module")
        verbose_name_plural = _("training modules")

    def body_with_quizzes(self, params):
        """The body's blocks, each paired with its graded quiz (None for other blocks)."""
        blocks, number = [], 0
        for block in self.body:
            quiz = None
            if block.block_type == "quiz":
                number += 1
                quiz = grade(block.value, number, params)
            blocks.append((block, quiz))
        return blocks

    def course_navigation(self, params):
        """Previous and next modules when the reader arrived from a course (``?course=id``)."""
        course_id = params.get("course", "")
        if not course_id.isdigit():
            return None
        course = (
            CoursePage.objects.live()
            .public()
            .filter(pk=int(course_id), locale_id=self.locale_id)
            .first()
        )
        if course is None:
            return None
        modules = list({m.pk: m for m in (i.module for i in course.agenda_items()) if m}.values())
        position = next((n for n, m in enumerate(modules) if m.pk == self.pk), None)
        if position is None:
            return None
        return {
            "course": course,
            "previous": modules[position - 1] if position > 0 else None,
            "next": modules[position + 1] if position + 1 < len(modules) else None,
            "position": position + 1,
            "total": len(modules),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["blocks"] = self.body_with_quizzes(request.GET)
        context["course_nav"] = self.course_navigation(request.GET)
        context["theme_labels"] = localized(self.themes.all())
        context["stage_labels"] = localized(self.stages.all())
        context["region_labels"] = [REGION_LABELS[r.slug] for r in self.regions.all()]
        context["related"] = related_pages(
            self,
            ModulePage.objects.live().public(),
            [
                (
                    "tagged_themes",
                    "tagged_themes__tag__in",
                    term_ids(self.themes),
                ),
                ("stages", "stages__in", term_ids(self.stages)),
            ],
        )
        return context


class StageGuidePage(RoutablePageMixin, BasePage):
    """Step-by-step guidance through one later stage of the UPR."""

    search_type = "guide"
    search_type_labels = (_("Step-by-step guide"), _("Step-by-step guides"))

    stage = models.ForeignKey(
        Stage,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("UPR stage"),
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE, "is_later_stage": True},
    )
    intro = RichTextField(_("introduction"), features=["bold", "italic", "ul", "ol", "link"])
    steps = StreamField(GuideStepsBlock(), verbose_name=_("steps"))
    related_modules = ParentalManyToManyField(
        ModulePage, blank=True, related_name="+", verbose_name=_("modules that help")
    )
    related_strategies = ParentalManyToManyField(
        "strategies.StrategyPage",
        blank=True,
        related_name="+",
        verbose_name=_("case studies that show this stage"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("stage", widget=forms.Select),
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("steps"),
        MultiFieldPanel(
            [FieldPanel("related_modules"), FieldPanel("related_strategies")],
            heading=_("Further help"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("steps"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("steps"),
        SynchronizedField("stage"),
        SynchronizedField("related_modules"),
        SynchronizedField("related_strategies"),
    ]

    parent_page_types = ["learning.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("stage guide")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stage_label"] = localized([self.stage])[0]
        context["modules"] = in_locale(
            self.related_modules.values_list("translation_key", flat=True), self.locale_id
        )
        context["strategies"] = in_locale(
            self.related_strategies.values_list("translation_key", flat=True), self.locale_id
        )
        context["actors"] = dict(ACTORS)
        return context

    @path("pdf/", name="pdf")
    def pdf(self, request):
        context = self.get_context(request)
        return pdf_response(request, "learning/print/stage_guide.html", context, self.title)

    def search_facets(self):
        return {"stage": [self.stage.slug]}


@dataclass
class AgendaItem:
    number: int | None  # sessions are numbered; breaks are not
    day: int
    start: datetime.datetime
    end: datetime.datetime
    title: str
    duration_minutes: int
    notes: str = ""
    module: "ModulePage | None" = None


class CoursePage(RoutablePageMixin, BasePage):
    """A course that a trainer assembles from modules, with an agenda and printable outputs."""

    search_type = "course"
    search_type_labels = (_("Course"), _("Courses"))

    audience = models.CharField(_("audience"), max_length=255)
    objectives = StreamField(ObjectivesBlock(), verbose_name=_("learning objectives"))
    facilitator_notes = RichTextField(
        _("facilitator notes"), features=["bold", "italic", "ul", "ol", "link"], blank=True
    )
    start_time = models.TimeField(_("start time each day"), default=datetime.time(9, 0))
    agenda = StreamField(AgendaBlock(), verbose_name=_("agenda"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldPanel("objectives"),
        FieldPanel("start_time"),
        FieldPanel("agenda"),
        FieldPanel("facilitator_notes"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("audience"),
        index.SearchField("objectives"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("audience"),
        TranslatableField("objectives"),
        TranslatableField("facilitator_notes"),
        TranslatableField("agenda"),
        SynchronizedField("start_time"),
    ]

    parent_page_types = ["learning.CourseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("course")

    def search_facets(self):
        """What the course's modules cover."""
        ids = [
            b.value["module"].pk
            for b in self.agenda
            if b.block_type == "session" and b.value["module"]
        ]
        facets = {"region": set(), "theme": set(), "stage": set()}
        for module in ModulePage.objects.filter(pk__in=ids).prefetch_related(
            "tagged_regions__tag", "tagged_themes__tag", "stages"
        ):
            facets["region"].update(item.tag.slug for item in module.tagged_regions.all())
            facets["theme"].update(item.tag.slug for item in module.tagged_themes.all())
            facets["stage"].update(stage.slug for stage in module.stages.all())
        return {name: sorted(values) for name, values in facets.items()}

    def agenda_items(self):
        """The agenda with start times, days and modules in this page's language.

        Times run on from ``start_time``; a session marked "starts a new day" begins the
        next day at ``start_time`` again. Modules are fetched in one query.
        """
        keys = [
            b.value["module"].translation_key
            for b in self.agenda
            if b.block_type == "session" and b.value["module"]
        ]
        modules = {page.translation_key: page for page in in_locale(keys, self.locale_id)}
        day, number = 1, 0
        clock = datetime.datetime.combine(datetime.date(2000, 1, 1), self.start_time)
        items = []
        for block in self.agenda:
            value = block.value
            if block.block_type == "session":
                if value["starts_new_day"] and items:
                    day += 1
                    clock = datetime.datetime.combine(datetime.date(2000, 1, day), self.start_time)
                number += 1
                module = modules.get(getattr(value["module"], "translation_key", None))
                title = module.title if module else ""
                notes = value["notes"]
            else:
                module, title, notes = None, value["title"], ""
            end = clock + datetime.timedelta(minutes=value["duration_minutes"])
            items.append(
                AgendaItem(
                    number=number if block.block_type == "session" else None,
                    day=day,
                    start=clock,
                    end=end,
                    title=title,
                    duration_minutes=value["duration_minutes"],
                    notes=notes,
                    module=module,
                )
            )
            clock = end
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.agenda_items()
        context["agenda_items"] = items
        context["days"] = items[-1].day if items else 0
        context["total_minutes"] = sum(i.duration_minutes for i in items if i.number)
        # Each module once in the printed materials, even when the agenda splits it.
        context["modules"] = list({i.module.pk: i.module for i in items if i.module}.values())
        return context

    def _printable(self, request, template, as_pdf):
        context = self.get_context(request)
        if as_pdf:
            return pdf_response(request, template, context, self.title)
        return TemplateResponse(request, template, context)

    @path("handout/", name="handout")
    def handout(self, request):
        return self._printable(request, "learning/print/course_handout.html", False)

    @path("handout/pdf/", name="handout_pdf")
    def handout_pdf(self, request):
        return self._printable(request, "learning/print/course_handout.html", True)

    @path("facilitator/", name="facilitator")
    def facilitator(self, request):
        return self._printable(request, "learning/print/course_facilitator.html", False)

    @path("facilitator/pdf/", name="facilitator_pdf")
    def facilitator_pdf(self, request):
        return self._printable(request, "learning/print/course_facilitator.html", True)
