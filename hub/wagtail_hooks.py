from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from hub.models import Footer, Stage, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    panels = ["name", "slug", "description", "sort_order"]


class StageViewSet(SnippetViewSet):
    model = Stage
    icon = "list-ol"
    list_display = ["number", "name", "is_later_stage", "locale"]
    panels = ["number", "name", "slug", "description", "is_later_stage"]


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "doc-full"
    list_display = ["__str__", "locale"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (ThemeViewSet, StageViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomy")
    menu_name = "taxonomy"


register_snippet(TaxonomyViewSetGroup)
register_snippet(FooterViewSet)
