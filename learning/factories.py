import factory
import wagtail_factories

from learning import models


class ModuleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Training modules"
    slug = "modules"
    summary = "Modules about the UPR."
    intro = "<p>Learn how the Universal Periodic Review works.</p>"

    class Meta:
        model = models.ModuleIndexPage


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Courses"
    slug = "courses"
    summary = "Courses built from modules."
    intro = "<p>Courses that trainers build.</p>"

    class Meta:
        model = models.CourseIndexPage


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "Guide to the later UPR stages"
    slug = "guide"
    summary = "Guidance through the later stages."
    intro = "<p>Step by step after the review.</p>"

    class Meta:
        model = models.GuideIndexPage


class ModulePageFactory(wagtail_factories.PageFactory):
    """A training module; pass themes as a list of Theme rows and stages as Stage rows."""

    title = factory.Sequence(lambda n: f"Module {n}")
    summary = "How the UPR works."
    audience = "CSO staff new to the UPR."
    level = "introductory"
    duration_minutes = 45
    objectives = factory.LazyFunction(lambda: [("objective", "Explain the UPR cycle.")])
    body = factory.LazyFunction(lambda: [("text", "<p>The UPR reviews every UN Member State.</p>")])

    class Meta:
        model = models.ModulePage
        skip_postgeneration_save = True  # each hook saves what it changes

    @factory.post_generation
    def themes(obj, create, extracted, **kwargs):
        if extracted:
            obj.themes.set(extracted)
            obj.save()

    @factory.post_generation
    def stages(obj, create, extracted, **kwargs):
        if extracted:
            obj.stages = extracted
            obj.save()

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        """Publish as an editor would, so the page has a revision and publication dates."""
        if create and obj.live:
            obj.save_revision().publish()
            obj.refresh_from_db()  # publishing saved another copy of the page


class StageGuidePageFactory(wagtail_factories.PageFactory):
    """A stage guide; pass ``stage`` (a source-language Stage)."""

    title = factory.Sequence(lambda n: f"Guide {n}")
    summary = "What to do after the review."
    intro = "<p>The State responds to each recommendation.</p>"
    steps = factory.LazyFunction(
        lambda: [
            (
                "step",
                {
                    "title": "Ask for clear responses",
                    "what": "<p>Write to the ministry.</p>",
                    "when": "Within two weeks of the review",
                    "who": ["csos", "government"],
                    "checklist": ["Draft the letter", "Send it"],
                    "documents": [],
                },
            )
        ]
    )

    class Meta:
        model = models.StageGuidePage


class CoursePageFactory(wagtail_factories.PageFactory):
    """A course; pass ``agenda`` as StreamField data (sessions need module pages)."""

    title = factory.Sequence(lambda n: f"Course {n}")
    summary = "A one-day introduction."
    audience = "CSO staff new to the UPR."
    objectives = factory.LazyFunction(lambda: [("objective", "Explain the cycle.")])
    facilitator_notes = "<p>Agree ground rules on photos and names.</p>"
    agenda = factory.LazyFunction(list)

    class Meta:
        model = models.CoursePage
