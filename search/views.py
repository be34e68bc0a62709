from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_safe

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale
from wagtail.search.utils import normalise_query_string

from . import service
from .listing import MAX_QUERY_LENGTH, SearchListing


def promotions(query, locale):
    """Editors' promoted results for this query, in the reader's language."""
    if not query:
        return []
    picks = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(query)
    ).select_related("page")
    return [
        pick
        for pick in picks.order_by("sort_order")
        if pick.page_id is None or (pick.page.live and pick.page.locale_id == locale.pk)
    ]


@require_safe
def search(request):
    locale = Locale.get_active()
    listing = SearchListing(request.GET, locale)
    context = {
        "listing": listing,
        "query": listing.query,
        "promotions": promotions(listing.query, locale),
    }
    return TemplateResponse(request, "search/search.html", context)


@require_safe
@cache_page(300)
def autocomplete(request):
    """Titles that start like what the reader is typing, as small JSON (progressive enhancement)."""
    text = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = (
        service.autocomplete(text, Locale.get_active().language_code) if len(text) >= 2 else []
    )
    response = JsonResponse({"results": results})
    patch_cache_control(response, public=True, max_age=300)
    return response


@require_safe
def health(request):
    state = service.health()
    status = 200 if state["database"] == "ok" else 503
    response = JsonResponse(state, status=status)
    patch_cache_control(response, no_store=True)
    return response
