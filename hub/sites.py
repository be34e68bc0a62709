from wagtail.models import Site


def site_root_url(request):
    """The site's public address, from its Wagtail Site (never the request's Host).

    ``manage.py setup_site --url …`` sets it; sitemaps, feeds, canonical and hreflang
    links, robots.txt and PDFs all take their absolute URLs from here.
    """
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""
