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
    title = factory.Sequence(lambda n: f"Guide {n}")
    slug = "guide"
    summary = "Guidance through the later stages."
    intro = "<p>Step by step after the review.</p>"

    class Meta:
        model = models.GuideIndexPage
