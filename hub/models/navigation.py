from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail_localize.fields import TranslatableField

from hub.models.pages import in_locale


@register_setting(icon="list-ul")
class MainMenu(BaseSiteSetting, ClusterableModel):
    """The site's main navigation: pages shown by their title in the reader's language."""

    panels = [InlinePanel("items", label=_("Menu items"))]

    class Meta:
        verbose_name = _("main menu")

    def pages(self):
        """The menu's live pages in the active locale, in two queries whatever their number."""
        items = self.items.select_related("link_page")
        keys = [item.link_page.translation_key for item in items]
        return in_locale(keys, Locale.get_active().pk, specific=False)


class MainMenuItem(Orderable):
    menu = ParentalKey(MainMenu, on_delete=models.CASCADE, related_name="items")
    link_page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )

    panels = [FieldPanel("link_page")]


class Footer(TranslatableMixin, models.Model):
    """The text at the foot of every page, one per language."""

    text = RichTextField(_("text"), features=["bold", "italic", "link"])

    translatable_fields = [TranslatableField("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer (%(language)s)") % {"language": self.locale.get_display_name()})

    @classmethod
    def for_active_locale(cls):
        footers = {f.locale_id: f for f in cls.objects.select_related("locale")}
        active, default = Locale.get_active(), Locale.get_default()
        return footers.get(active.pk) or footers.get(default.pk)
