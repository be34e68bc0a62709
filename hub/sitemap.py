from django.conf import settings

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Every live page in every language, each with its hreflang alternates.

    Wagtail's own sitemap lists the default site's tree only, which with i18n is
    the source language. Untranslated copies (aliases across locales) are left out.
    """

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gt=1, alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        locations = {page.pk: page.get_full_url(self.request) for page in pages}
        by_key = {}
        for item in pages:
            by_key.setdefault(item.translation_key, []).append(item)
        # Translations that sit on another paginator page (rare) are fetched at once.
        missing = (
            Page.objects.live()
            .public()
            .filter(translation_key__in=by_key, alias_of__isnull=True)
            .exclude(pk__in=locations)
            .select_related("locale")
        )
        for item in missing:
            by_key[item.translation_key].append(item)
            locations[item.pk] = item.get_full_url(self.request)

        urls, last_mods = [], set()
        for item in pages:
            translations = sorted(
                by_key[item.translation_key], key=lambda p: p.locale.language_code
            )
            alternates = [
                {"lang_code": p.locale.language_code, "location": locations[p.pk]}
                for p in translations
            ]
            default = next(
                (p for p in translations if p.locale.language_code == settings.LANGUAGE_CODE),
                None,
            )
            if default is not None:
                alternates.append({"lang_code": "x-default", "location": locations[default.pk]})
            lastmod = item.last_published_at or item.latest_revision_created_at
            last_mods.add(lastmod)
            urls.append(
                {
                    "item": item,
                    "location": locations[item.pk],
                    "lastmod": lastmod,
                    "alternates": alternates,
                }
            )
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
