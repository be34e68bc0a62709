import factory
import wagtail_factories

from strategies import models


class StrategyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Strategy library"
    slug = "strategies"
    summary = "Advocacy strategies shared by CSOs."
    intro = "<p>Case studies of UPR advocacy.</p>"

    class Meta:
        model = models.StrategyIndexPage


class StrategyPageFactory(wagtail_factories.PageFactory):
    """A case study; pass themes, tactics and regions as lists of vocabulary terms."""

    title = factory.Sequence(lambda n: f"Strategy {n}")
    summary = "How a coalition followed up its recommendations."
    organisation = "Illustrative Rights Network"
    is_anonymous = False
    is_illustrative = True
    cycle = 3
    context = "<p>The State had supported recommendations on the issue.</p>"
    steps = factory.LazyFunction(
        lambda: [("step", {"title": "Brief embassies", "text": "<p>Two months before.</p>"})]
    )

    class Meta:
        model = models.StrategyPage
        skip_postgeneration_save = True  # each hook saves what it changes

    @factory.post_generation
    def themes(obj, create, extracted, **kwargs):
        _set_tags(obj, "themes", extracted)

    @factory.post_generation
    def tactics(obj, create, extracted, **kwargs):
        _set_tags(obj, "tactics", extracted)

    @factory.post_generation
    def regions(obj, create, extracted, **kwargs):
        _set_tags(obj, "regions", extracted)

    @factory.post_generation
    def countries(obj, create, extracted, **kwargs):
        if extracted:
            obj.countries = extracted
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


def _set_tags(page, name, terms):
    if terms:
        getattr(page, name).set(terms)
        page.save()


class StrategySetPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Set {n}")
    summary = "A curated set of strategies."
    intro = "<p>Strategies that work well together.</p>"

    class Meta:
        model = models.StrategySetPage
