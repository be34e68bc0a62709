"""The shared taxonomy: UN regional groups, UN Member States, themes and UPR stages.

Regions and themes are django-taggit tag models with free tagging off, so pages
are tagged from a controlled vocabulary and tags can be counted for facets.
Regions and countries are fixed reference data whose names come from gettext
(regions) and Babel's CLDR data (countries). Themes and stages are translatable
snippets that editors manage and translate with wagtail-localize. A page is
always tagged with the source-language (English) theme rows; labels are shown
in the reader's language through the theme's translations (see ``localized``).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from taggit.models import ItemBase, TagBase
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from babel import Locale as BabelLocale

REGIONS = (
    ("african", _("African States")),
    ("asia-pacific", _("Asia-Pacific States")),
    ("eastern-european", _("Eastern European States")),
    ("latin-american-caribbean", _("Latin American and Caribbean States")),
    ("weog", _("Western European and other States")),
)
REGION_LABELS = dict(REGIONS)


class Region(TagBase):
    """One of the five UN regional groups; the slug is its stable code."""

    free_tagging = False
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    @property
    def label(self):
        return str(REGION_LABELS.get(self.slug, self.name))

    @classmethod
    def vocabulary(cls):
        return cls.objects.all()


class Country(models.Model):
    """A UN Member State, identified by its ISO 3166-1 codes."""

    code = models.CharField(_("ISO 3166-1 alpha-2 code"), max_length=2, unique=True)
    alpha3 = models.CharField(_("ISO 3166-1 alpha-3 code"), max_length=3, unique=True)
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="countries", verbose_name=_("region")
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name

    @property
    def name(self):
        """The country's name in the active language (CLDR data from Babel)."""
        return country_name(self.code)


def country_name(code, language=None):
    babel_locale = BabelLocale.parse(language or get_language() or settings.LANGUAGE_CODE)
    return babel_locale.territories.get(code.upper(), code)


def country_choices():
    """(ISO code, name) for the UN Member States, sorted by name in the active language."""
    from hub.data.un_member_states import UN_MEMBER_STATES

    choices = [(code, country_name(code)) for code, _alpha3, _group in UN_MEMBER_STATES]
    return sorted(choices, key=lambda choice: strxfrm_key(choice[1]))


def strxfrm_key(text):
    """A sort key that orders accented names with their base letters (É with E)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class Theme(TranslatableMixin, TagBase):
    """A human-rights theme. Editors manage and translate themes as snippets."""

    # TagBase makes name and slug globally unique; here they are unique per locale,
    # and the slug is shared by all translations of a theme (it is synchronised).
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    free_tagging = False

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale"),
            models.UniqueConstraint(fields=["locale", "name"], name="unique_theme_name_per_locale"),
        ]

    @property
    def label(self):
        return self.name

    @classmethod
    def vocabulary(cls):
        """The themes pages are tagged with: those of the default locale."""
        return cls.objects.filter(
            locale__language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
        )


class Stage(TranslatableMixin, models.Model):
    """A stage of the UPR cycle, in cycle order."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    number = models.PositiveSmallIntegerField(
        _("number"), help_text=_("Position of the stage in the UPR cycle, starting at 1.")
    )
    is_later_stage = models.BooleanField(
        _("later stage"),
        default=False,
        help_text=_("Stages after the review: responses, adoption, implementation, follow-up."),
    )

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("number"),
        SynchronizedField("is_later_stage"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["number"]
        verbose_name = _("UPR stage")
        verbose_name_plural = _("UPR stages")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_stage_slug_per_locale"),
        ]

    def __str__(self):
        return f"{self.number}. {self.name}"

    @property
    def label(self):
        return self.name

    @classmethod
    def vocabulary(cls):
        """The stages pages refer to: those of the default locale."""
        return cls.objects.filter(
            locale__language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
        )


class ThemeTaggedItemBase(ItemBase):
    """Base for the through model that tags a page type with themes."""

    tag = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="%(app_label)s_%(class)s")

    class Meta:
        abstract = True


class RegionTaggedItemBase(ItemBase):
    """Base for the through model that tags a page type with regions."""

    tag = models.ForeignKey(
        Region, on_delete=models.CASCADE, related_name="%(app_label)s_%(class)s"
    )

    class Meta:
        abstract = True


def localized(tags, locale=None):
    """Return the given themes or stages (or regions) as shown in the reader's language.

    Pages carry default-locale theme and stage rows; this swaps each for its translation in
    ``locale`` (the active one by default) in a single query, keeping the order and
    falling back to the row itself where no translation exists yet.
    """
    tags = list(tags)
    translatable = [tag for tag in tags if isinstance(tag, TranslatableMixin)]
    if not translatable:
        return tags
    locale = locale or Locale.get_active()
    model = type(translatable[0])
    translations = {
        item.translation_key: item
        for item in model.objects.filter(
            translation_key__in=[t.translation_key for t in translatable], locale=locale
        )
    }
    return [translations.get(getattr(tag, "translation_key", None), tag) for tag in tags]
