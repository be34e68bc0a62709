"""Load the taxonomy every site needs: regions, Member States, themes and UPR stages.

Production code: it needs only the production dependencies (no demo content, no
factories). Idempotent and additive: terms that exist are left as editors made them,
terms added to the data in an upgrade are created with their translations.
"""

from wagtail.models import Locale

from hub.data.taxonomy import STAGES, THEMES
from hub.data.un_member_states import UN_MEMBER_STATES
from hub.models import REGIONS, Country, Region, Stage, Theme
from hub.translation import translate

SOURCE = "en"
TRANSLATIONS = ("fr", "es")


def load_taxonomy(log):
    for order, (slug, label) in enumerate(REGIONS):
        Region.objects.get_or_create(slug=slug, defaults={"name": str(label), "sort_order": order})
    regions = {region.slug: region for region in Region.objects.all()}
    existing = set(Country.objects.values_list("code", flat=True))
    Country.objects.bulk_create(
        Country(code=code, alpha3=alpha3, region=regions[group])
        for code, alpha3, group in UN_MEMBER_STATES
        if code not in existing
    )

    locales = {code: Locale.objects.get(language_code=code) for code in (SOURCE, *TRANSLATIONS)}
    added = 0
    for order, item in enumerate(THEMES):
        if not Theme.objects.filter(slug=item["slug"], locale=locales[SOURCE]).exists():
            theme = Theme.objects.create(
                slug=item["slug"], sort_order=order, locale=locales[SOURCE], **item[SOURCE]
            )
            for code in TRANSLATIONS:
                translate(theme, item[code], locales[code])
            added += 1
    for number, item in enumerate(STAGES, start=1):
        if not Stage.objects.filter(slug=item["slug"], locale=locales[SOURCE]).exists():
            stage = Stage.objects.create(
                slug=item["slug"],
                number=number,
                is_later_stage=item["is_later_stage"],
                locale=locales[SOURCE],
                **item[SOURCE],
            )
            for code in TRANSLATIONS:
                translate(stage, item[code], locales[code])
            added += 1
    log(
        f"Taxonomy: {Region.objects.count()} regions, {Country.objects.count()} countries, "
        f"{Theme.objects.filter(locale=locales[SOURCE]).count()} themes, "
        f"{Stage.objects.filter(locale=locales[SOURCE]).count()} UPR stages, in 3 languages "
        f"({added} terms added now)."
    )
