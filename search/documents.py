"""What the site search knows about a page: one document, the same for every backend.

Content apps declare what is searchable: Wagtail ``search_fields`` for text, a
``search_type`` key, ``search_facets()`` for taxonomy values and
``search_excluded_fields()`` for text that must never be indexed (an anonymous
case study's organisation). This module turns that into a plain dict; the
backends decide how to index it.
"""

from dataclasses import dataclass, field
from functools import cache

from django.utils import translation
from django.utils.html import strip_tags

from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.search import index

from hub.models.taxonomy import REGION_LABELS, Stage, Theme, country_name

from .models import FACETS

TEXT_LIMIT = 100_000  # characters of body text per document


@dataclass
class Document:
    id: int
    locale_id: int
    language: str
    type: str
    title: str
    url: str
    summary: str = ""
    body: str = ""
    keywords: str = ""
    published_at: object = None
    facets: dict = field(default_factory=dict)

    def as_dict(self):
        return {
            "page_id": self.id,
            "type": self.type,
            "title": self.title,
            "url": self.url,
            "summary": self.summary,
            "body": self.body,
            "keywords": self.keywords,
            "published_at": self.published_at,
            **{name: self.facets.get(name, []) for name in FACETS},
        }


@cache
def searchable_models():
    """Page types the site search lists, by their ``search_type`` key."""
    return {
        model.search_type: model
        for model in get_page_models()
        if getattr(model, "search_type", None) and not model._meta.abstract
    }


def type_labels(plural=True):
    """Each type's label in the active language, for the filter (plural) or one result."""
    return {
        key: str(model.search_type_labels[1 if plural else 0])
        for key, model in searchable_models().items()
    }


def is_searchable(page):
    """Whether readers may find this page: a live, public, translated page of a listed type."""
    page = page.specific_deferred if type(page) is Page else page
    if getattr(page, "search_type", None) is None or not page.live or page.alias_of_id:
        return False
    restricted_paths = PageViewRestriction.objects.values_list("page__path", flat=True)
    return not any(page.path.startswith(path) for path in restricted_paths)


def _text(value):
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(_text(item) for item in value)
    return strip_tags(str(value))


def build(page):
    """The document for ``page``, or None if readers must not find it."""
    page = page.specific
    if not is_searchable(page):
        return None
    language = page.locale.language_code
    excluded = {"title", "summary", *page.search_excluded_fields()}
    parts = []
    for search_field in page.get_search_fields():
        if isinstance(search_field, index.SearchField) and search_field.field_name not in excluded:
            parts.append(_text(search_field.get_value(page)))
    facets = {name: sorted(set(values)) for name, values in page.search_facets().items()}
    return Document(
        id=page.pk,
        locale_id=page.locale_id,
        language=language,
        type=page.search_type,
        title=page.title,
        url=page.get_url() or page.url_path,
        summary=page.summary or page.search_description or "",
        body=" ".join(part for part in parts if part)[:TEXT_LIMIT],
        keywords=" ".join(facet_labels(facets, page.locale)),
        published_at=page.first_published_at,
        facets=facets,
    )


def facet_labels(facets, locale):
    """The labels of a document's taxonomy values in its own language, as searchable words."""
    labels = []
    with translation.override(locale.language_code):
        labels += [
            str(REGION_LABELS[slug]) for slug in facets.get("region", []) if slug in REGION_LABELS
        ]
        labels += [country_name(code) for code in facets.get("country", [])]
    if facets.get("theme"):
        labels += Theme.objects.filter(locale=locale, slug__in=facets["theme"]).values_list(
            "name", flat=True
        )
    if facets.get("stage"):
        labels += Stage.objects.filter(locale=locale, slug__in=facets["stage"]).values_list(
            "name", flat=True
        )
    return labels
