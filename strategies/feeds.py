from django.http import HttpResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from wagtail.models import Locale

from strategies.models import StrategyPage

FEED_LENGTH = 20


def strategy_feed(request, index_page):
    """An Atom feed of the newest strategies in the library's language.

    Anonymous cases carry no author; the organisation of a named case is the author.
    """
    feed = Atom1Feed(
        title=_("New advocacy strategies · %(library)s") % {"library": index_page.title},
        link=index_page.get_full_url(request),
        description=index_page.summary,
        language=Locale.get_active().language_code,
        feed_url=request.build_absolute_uri(),
    )
    strategies = (
        StrategyPage.objects.live()
        .public()
        .descendant_of(index_page)
        .filter(alias_of__isnull=True)
        .order_by("-first_published_at")[:FEED_LENGTH]
    )
    for strategy in strategies:
        url = strategy.get_full_url(request)
        feed.add_item(
            title=strategy.title,
            link=url,
            unique_id=url,
            description=strategy.summary,
            pubdate=strategy.first_published_at,
            updateddate=strategy.last_published_at,
            author_name=strategy.public_organisation,
        )
    response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response
