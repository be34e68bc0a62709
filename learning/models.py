from django.utils.translation import gettext_lazy as _

from hub.models import SectionPage


class ModuleIndexPage(SectionPage):
    """The list of training modules about the UPR."""

    subpage_types = []

    class Meta:
        verbose_name = _("module index page")


class CourseIndexPage(SectionPage):
    """The courses that trainers build out of modules."""

    subpage_types = []

    class Meta:
        verbose_name = _("course index page")


class GuideIndexPage(SectionPage):
    """Step-by-step guidance through the later stages of the UPR."""

    subpage_types = []

    class Meta:
        verbose_name = _("guide index page")
