"""What every search backend takes and returns, so that views never know which one runs."""

import html
import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.safestring import SafeString, mark_safe

from search.models import FACETS

#: The filters of the search page, in the order they are shown.
FILTERS = ("type", *FACETS)


@dataclass
class Query:
    text: str
    language: str
    filters: dict = field(default_factory=dict)  # filter name -> one value
    offset: int = 0
    limit: int = 10


@dataclass
class Hit:
    id: int
    type: str
    title: str
    url: str
    snippet: SafeString
    facets: dict


@dataclass
class Results:
    hits: list
    total: int
    facets: dict  # filter name -> {value: count}, counted with every *other* filter applied
    suggestion: str | None = None


class SearchUnavailable(Exception):
    """The search engine could not answer; callers fall back to the database."""


def fold(text):
    """Lower case without accents, one character for one (so positions still match)."""
    folded = []
    for char in text.lower():
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        folded.append(base[:1] or char)
    return "".join(folded)


def query_terms(text):
    """The words of a query, folded, without French elided articles (l', d', qu'…)."""
    words = re.findall(r"\w+", fold(text).replace("’", "'"))
    return [w for w in words if len(w) > 1]


def highlight(text, terms, size=220):
    """An HTML-escaped extract of ``text`` around the first query term, terms in <mark>.

    Words match when they share a beginning with a term (so "rapports" marks
    "rapport"), without accents. Returns None when no term occurs.
    """
    if not text or not terms:
        return None
    stems = sorted({term[: max(3, len(term) - 2)] for term in terms}, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(stem) for stem in stems) + r")\w*")
    folded = fold(text)
    first = pattern.search(folded)
    if first is None:
        return None
    start = 0 if first.start() < size // 3 else text.rfind(" ", 0, first.start() - size // 4) + 1
    end = min(len(text), start + size)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    parts, cursor = [], start
    for match in pattern.finditer(folded, start, end):
        parts.append(html.escape(text[cursor : match.start()]))
        parts.append("<mark>" + html.escape(text[match.start() : match.end()]) + "</mark>")
        cursor = match.end()
    parts.append(html.escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts).strip() + suffix)  # noqa: S308 (escaped above)
