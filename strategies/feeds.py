from django.http import HttpResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from wagtail.models import Locale

from hub.sites import site_root_url
from strategies.models import StrategyPage

FEED_LENGTH = 20


def strategy_feed(request, index_page):
    """An Atom feed of the newest strategies in the library's language.

    Every address is the site's own (its Wagtail Site), never the request's Host. The
    site is the feed's author (RFC 4287 asks every entry for one): a named case's
    organisation is its entry's author, an anonymous case has only the feed's.
    """
    library_url = index_page.get_full_url(request)
    feed = Atom1Feed(
        title=_("New advocacy strategies · %(library)s") % {"library": index_page.title},
        link=library_url,
        description=index_page.summary,
        language=Locale.get_active().language_code,
        feed_url=library_url + index_page.reverse_subpage("feed"),
        author_name=_("UPR Civil Society Hub"),
        author_link=site_root_url(request) + "/",
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
            author_name=strategy.public_organisation or None,
        )
    response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response
