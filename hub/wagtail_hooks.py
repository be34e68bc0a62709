from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
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


@hooks.register("before_serve_document", order=-100)
def guard_restricted_documents(document, request):
    """Documents in a restricted collection: signed-in staff outside it get 403.

    (Wagtail's own check would send them to the sign-in page again.) The response of
    every restricted document is marked so that hub.views.serve_document keeps it out
    of shared caches.
    """
    restrictions = document.collection.get_view_restrictions()
    if not restrictions:
        return None
    request.serves_restricted_document = True
    if request.user.is_authenticated and not all(
        restriction.accept_request(request) for restriction in restrictions
    ):
        raise PermissionDenied
    return None
