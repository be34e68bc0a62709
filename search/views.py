from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from django.utils.http import urlencode

from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """Full-text search over the pages of the reader's language.

    Queries are never stored. Issue 5 grows this into the faceted search service.
    """
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query:
        locale_pages = Page.objects.live().public().filter(locale_id=Locale.get_active().pk)
        # Untranslated copies (aliases of another locale's pages) are not results.
        translated_ids = list(
            locale_pages.filter(alias_of__isnull=True).values_list("pk", flat=True)
        )
        pages = locale_pages.filter(pk__in=translated_ids).specific()
        paginator = Paginator(pages.search(query), RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results = paginator.page(1)
        except EmptyPage:
            results = paginator.page(paginator.num_pages)
    context = {"query": query, "results": results, "page_base": "?" + urlencode({"q": query}) + "&"}
    return TemplateResponse(request, "search/search.html", context)
