from django.utils.translation import gettext_lazy as _

from hub.models import SectionPage


class StrategyIndexPage(SectionPage):
    """The library of advocacy strategy case studies shared by CSOs."""

    subpage_types = []

    class Meta:
        verbose_name = _("strategy library page")
