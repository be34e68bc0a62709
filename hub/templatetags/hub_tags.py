from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language

from wagtail.models import Page

from hub.models import Footer, MainMenu
from hub.sites import site_root_url

register = template.Library()


def _live_translations(page):
    """The live, really translated versions of a page (itself included), by language.

    Kept on the page object: the head links and the language switcher both need them.
    """
    if page is None or not isinstance(page, Page):
        return {}
    if not hasattr(page, "_live_translations"):
        translations = (
            page.get_translations(inclusive=True)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("locale")
        )
        page._live_translations = {p.locale.language_code: p for p in translations}
    return page._live_translations


def route_suffix(context):
    """The sub-route of a routable page being shown (e.g. "share/"), else ""."""
    if "route_suffix" in context:
        return context["route_suffix"]
    page, request = context.get("page"), context["request"]
    if isinstance(page, Page):
        url = page.get_url(request)
        if url and request.path.startswith(url):
            return request.path[len(url) :]
    return ""


def _language_choices(context):
    """One entry per language: where the current page lives in it, if anywhere."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    query = request.GET.urlencode()
    if isinstance(page, Page):
        # A routable page's sub-view (e.g. the share form) keeps its route; filters and
        # other parameters are language-neutral, so they carry over too.
        suffix = route_suffix(context) + (f"?{query}" if query else "")
        translations = _live_translations(page)
        urls = {code: p.get_url(request) + suffix for code, p in translations.items()}
    else:
        # Views that are not Wagtail pages (search, errors) exist in every language.
        urls = {
            code: translate_url(request.path, code) + (f"?{query}" if query else "")
            for code, _name in settings.LANGUAGES
        }
    return [
        {
            "code": code,
            "name": name,
            "url": urls.get(code),
            "is_current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


@register.inclusion_tag("components/language_selector.html", takes_context=True)
def language_selector(context):
    choices = _language_choices(context)
    for choice in choices:
        if choice["url"] and not choice["is_current"]:
            choice["switch_url"] = "/language/{}/?{}".format(
                choice["code"], urlencode({"next": choice["url"]})
            )
    page = context.get("page")
    untranslated = getattr(page, "untranslated_source", None)
    return {
        "choices": choices,
        "available": [c for c in choices if c["url"] and not c["is_current"]],
        "missing": [c for c in choices if not c["url"]],
        "untranslated": untranslated,
    }


@register.simple_tag
def page_description(page):
    """The page's description for search engines and link previews."""
    for name in ("search_description", "summary", "tagline"):
        if text := getattr(page, name, ""):
            return text
    return ""


OPEN_GRAPH_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES"}


@register.inclusion_tag("components/head_links.html", takes_context=True)
def head_links(context, description="", title=""):
    """Canonical link, hreflang alternates and Open Graph tags, all on the site's address.

    Pages and their sub-routes (share form, handouts, print pages) link to their
    translations; views that are not pages (search) exist in every language.
    """
    request = context["request"]
    page = context.get("page")
    current = get_language()
    if isinstance(page, Page):
        suffix = route_suffix(context)
        canonical = page.get_full_url(request) + suffix
        if getattr(page, "untranslated_source", None):
            translations = {}
        else:
            translations = {
                code: p.get_full_url(request) + suffix
                for code, p in _live_translations(page).items()
            }
    else:
        root = site_root_url(request)
        canonical = root + request.path
        translations = {
            code: root + translate_url(request.path, code) for code, _name in settings.LANGUAGES
        }
    alternates = [{"code": code, "url": url} for code, url in sorted(translations.items())]
    if settings.LANGUAGE_CODE in translations:
        alternates.append({"code": "x-default", "url": translations[settings.LANGUAGE_CODE]})
    return {
        "canonical": canonical,
        "alternates": alternates,
        "title": title or getattr(page, "seo_title", "") or getattr(page, "title", ""),
        "description": description,
        "og_locale": OPEN_GRAPH_LOCALES.get(current, current),
        "og_alternates": [
            OPEN_GRAPH_LOCALES.get(code, code) for code in sorted(translations) if code != current
        ],
    }


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    menu = MainMenu.for_request(request)
    pages = menu.pages()
    current = context.get("page")
    return {
        "items": [
            {
                "url": p.get_url(request),
                "title": p.title,
                "is_current": current is not None and getattr(current, "pk", None) == p.pk,
            }
            for p in pages
        ],
        "is_search": getattr(request.resolver_match, "url_name", "") == "search",
    }


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    return {"footer": Footer.for_active_locale(), "request": context["request"]}


@register.filter
def country_name(code):
    """The name of a country (ISO 3166-1 alpha-2) in the reader's language."""
    from hub.models.taxonomy import country_name as name

    return name(code) if code else ""


@register.filter
def hours_minutes(total_minutes):
    """A duration in minutes as "6 h 30 min" (the units read the same in en, fr and es)."""
    from django.utils.translation import gettext

    hours, minutes = divmod(int(total_minutes or 0), 60)
    if not hours:
        return gettext("%(minutes)s min") % {"minutes": minutes}
    if not minutes:
        return gettext("%(hours)s h") % {"hours": hours}
    return gettext("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": minutes}
