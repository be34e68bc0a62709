"""Elasticsearch search, built with the Elasticsearch DSL.

One index per language, reached through an alias (``<prefix><language>``) so that
``rebuild_search_index`` can fill a new index and swap the alias in one step.
Each index analyses text with its language's stemmer and stop words, folds
accents, and (in French) removes elided articles; ``title.autocomplete`` holds
edge n-grams for the autocomplete endpoint; ``spelling`` keeps unstemmed words
for the "did you mean" phrase suggester. Facets are terms aggregations, counted
with every other filter applied (``FacetedSearch``).

The analysis uses only filters of Elasticsearch's standard ``analysis-common``
module, present in every Elasticsearch distribution.
"""

import logging
from datetime import UTC, datetime

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, dsl, helpers

from search.models import FACETS

from .base import FILTERS, Hit, Results, SearchUnavailable

logger = logging.getLogger(__name__)

# The articles and pronouns French elides before a vowel (as in Lucene's French analyzer).
FRENCH_ELISIONS = [
    "l",
    "m",
    "t",
    "qu",
    "n",
    "s",
    "j",
    "d",
    "c",
    "jusqu",
    "quoiqu",
    "lorsqu",
    "puisqu",
]


def _filter(name, **settings):
    return dsl.token_filter(name, **settings)


# Per language: filters up to lower-casing ("words"), the stop words, and two stemmers: a
# light one that runs after accent folding (plurals, and "recomendacion" finds
# "recomendación"), and an aggressive Snowball one that runs before it (conjugations:
# "publié" finds "publier"). Each field is indexed both ways and queries use both.
LANGUAGES = {
    "en": {
        "words": [_filter("en_possessive", type="stemmer", language="possessive_english")],
        "stop": "_english_",
        "light": "english",
        "snowball": None,  # Porter already conjugates English
    },
    "fr": {
        "words": [
            _filter("fr_elision", type="elision", articles_case=True, articles=FRENCH_ELISIONS)
        ],
        "stop": "_french_",
        "light": "light_french",
        "snowball": "french",
    },
    "es": {"words": [], "stop": "_spanish_", "light": "light_spanish", "snowball": "spanish"},
}


def analyzers(language):
    """The analyzers of a language's index: text, conjugations (or None), spelling."""
    config = LANGUAGES.get(
        language, {"words": [], "stop": "_none_", "light": None, "snowball": None}
    )
    words = [*config["words"], "lowercase"]
    stop = _filter(f"{language}_stop", type="stop", stopwords=config["stop"])
    light = (
        [_filter(f"{language}_light", type="stemmer", language=config["light"])]
        if config["light"]
        else []
    )
    text = dsl.analyzer(
        "hub_text", tokenizer="standard", filter=[*words, stop, "asciifolding", *light]
    )
    conjugations = None
    if config["snowball"]:
        snowball = _filter(f"{language}_snowball", type="stemmer", language=config["snowball"])
        conjugations = dsl.analyzer(
            "hub_conjugations",
            tokenizer="standard",
            filter=[*words, stop, snowball, "asciifolding"],
        )
    spelling = dsl.analyzer("hub_spelling", tokenizer="standard", filter=words)
    return text, conjugations, spelling, words


def text_fields(language):
    """The weighted fields a query searches in this language's index."""
    fields = ["title^3", "summary^2", "keywords^2", "body"]
    if LANGUAGES.get(language, {}).get("snowball"):
        fields += ["title.stems^3", "summary.stems^2", "body.stems"]
    return fields


def mapping(language):
    """The fields of a language's index, with that language's analyzers."""
    text, conjugations, spelling, words = analyzers(language)
    autocomplete = dsl.analyzer(
        "hub_autocomplete",
        tokenizer="standard",
        filter=[
            *words,
            "asciifolding",
            _filter("hub_edge_ngram", type="edge_ngram", min_gram=1, max_gram=20),
        ],
    )
    autocomplete_search = dsl.analyzer(
        "hub_autocomplete_search", tokenizer="standard", filter=[*words, "asciifolding"]
    )

    def text_field(**extra):
        subfields = dict(extra.pop("fields", {}))
        if conjugations is not None:
            subfields["stems"] = dsl.Text(analyzer=conjugations)
        return dsl.Text(analyzer=text, fields=subfields, **extra)

    m = dsl.Mapping()
    m.field("page_id", "integer")
    m.field("type", "keyword")
    for name in FACETS:
        m.field(name, "keyword")
    m.field(
        "title",
        text_field(
            copy_to="spelling",
            fields={
                "autocomplete": dsl.Text(analyzer=autocomplete, search_analyzer=autocomplete_search)
            },
        ),
    )
    m.field("summary", text_field(copy_to="spelling", index_options="offsets"))
    m.field("body", text_field(copy_to="spelling", index_options="offsets"))
    m.field("keywords", dsl.Text(analyzer=text))
    m.field("spelling", dsl.Text(analyzer=spelling))
    m.field("url", dsl.Keyword(index=False))
    m.field("published_at", dsl.Date())
    return m


class HubSearch(dsl.FacetedSearch):
    facets = {name: dsl.TermsFacet(field=name, size=250) for name in FILTERS}

    def __init__(self, client, index, language, text, filters):
        self.using, self.index = client, index
        self.fields = text_fields(language)
        super().__init__(text, filters, sort=() if text else ("-published_at",))

    def query(self, search, query):
        if not query:
            return search
        # Every word, in any field, after stemming, folding and elision.
        every_word = dsl.Q(
            "multi_match",
            query=query,
            type="cross_fields",
            fields=self.fields,
            operator="and",
            boost=2,
        )
        # Most of the words, for longer queries.
        most_words = dsl.Q(
            "multi_match",
            query=query,
            type="best_fields",
            fields=self.fields,
            minimum_should_match="2<75%",
            boost=0.5,
        )
        # Misspelled words: one or two edits from a word of the text as written.
        misspelled = dsl.Q(
            "match",
            spelling={"query": query, "fuzziness": "AUTO", "prefix_length": 1, "operator": "and"},
        )
        return search.query(
            dsl.Q("bool", should=[every_word, most_words, misspelled], minimum_should_match=1)
        )

    def highlight(self, search):
        return search.highlight_options(
            encoder="html", pre_tags=["<mark>"], post_tags=["</mark>"]
        ).highlight("body", "summary", fragment_size=220, number_of_fragments=1)

    def search(self):
        search = super().search().extra(track_total_hits=True).source(excludes=["body"])
        if self._query:
            search = search.suggest(
                "spelling",
                self._query,
                phrase={
                    "field": "spelling",
                    "size": 1,
                    "max_errors": 2,
                    "direct_generator": [{"field": "spelling", "suggest_mode": "missing"}],
                },
            )
        return search


class ElasticsearchBackend:
    name = "elasticsearch"

    def __init__(self, url=None, prefix=None, timeout=None, replicas=None):
        self.client = Elasticsearch(
            url or settings.ELASTICSEARCH_URL,
            request_timeout=timeout or settings.ELASTICSEARCH_TIMEOUT,
            max_retries=0,
            retry_on_timeout=False,
        )
        self.prefix = settings.ELASTICSEARCH_INDEX_PREFIX if prefix is None else prefix
        self.replicas = settings.ELASTICSEARCH_REPLICAS if replicas is None else replicas

    @staticmethod
    def languages():
        return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]

    def alias(self, language):
        return f"{self.prefix}{language}"

    # Reading

    def search(self, query):
        faceted = HubSearch(
            self.client, self.alias(query.language), query.language, query.text, query.filters
        )
        try:
            response = faceted[query.offset : query.offset + query.limit].execute()
        except (ApiError, TransportError) as error:
            raise SearchUnavailable(str(error)) from error
        hits = []
        for hit in response:
            highlights = getattr(hit.meta, "highlight", None)
            fragment = None
            if highlights:
                # The editors' summary when it matches, else the passage of the text.
                fragment = (
                    list(getattr(highlights, "summary", []))
                    or list(getattr(highlights, "body", []))
                    or [None]
                )[0]
            hits.append(
                Hit(
                    id=hit.page_id,
                    type=hit.type,
                    title=hit.title,
                    url=hit.url,
                    snippet=mark_safe(fragment) if fragment else escape(hit.summary or ""),  # noqa: S308 (encoder=html)
                    facets={name: list(getattr(hit, name, [])) for name in FACETS},
                )
            )
        facets = {
            name: {value: count for value, count, _selected in response.facets[name]}
            for name in FILTERS
        }
        return Results(
            hits=hits,
            total=response.hits.total.value,
            facets=facets,
            suggestion=self._suggestion(response, query.text),
        )

    @staticmethod
    def _suggestion(response, text):
        """A corrected query, when a word as typed is not in the index."""
        suggest = getattr(response, "suggest", None)
        if not suggest or not text:
            return None
        options = suggest.spelling[0].options if suggest.spelling else []
        if options and options[0].text.lower() != text.strip().lower():
            return options[0].text
        return None

    def autocomplete(self, text, language, limit=8):
        search = (
            dsl.Search(using=self.client, index=self.alias(language))
            .query("match", **{"title.autocomplete": {"query": text, "operator": "and"}})
            .source(["title", "url", "type"])[:limit]
        )
        try:
            return [
                {"title": hit.title, "url": hit.url, "type": hit.type} for hit in search.execute()
            ]
        except (ApiError, TransportError) as error:
            raise SearchUnavailable(str(error)) from error

    def health(self, expected):
        """The engine's state, judged against ``expected`` documents per language.

        "ok" only when every language's alias exists and holds about as many documents
        as the database's search documents; "degraded" otherwise (readers then get
        database results), with the counts and the command that repairs it.
        """
        try:
            status = self.client.cluster.health()["status"]
            counts = {}
            for language in self.languages():
                alias = self.alias(language)
                exists = self.client.indices.exists_alias(name=alias)
                counts[language] = self.client.count(index=alias)["count"] if exists else None
        except (ApiError, TransportError):
            return {"search_engine": "unavailable"}
        documents = {
            language: {"database": expected.get(language, 0), "search_engine": count}
            for language, count in counts.items()
        }
        whole = status in ("green", "yellow") and all(
            d["search_engine"] is not None
            and abs(d["search_engine"] - d["database"]) <= 1 + d["database"] // 100
            for d in documents.values()
        )
        state = {"search_engine": "ok" if whole else "degraded", "documents": documents}
        if not whole:
            state["repair"] = "manage.py rebuild_search_index"
        return state

    # Writing

    def create_index(self, name, language):
        index = dsl.Index(name, using=self.client)
        index.settings(number_of_shards=1, number_of_replicas=self.replicas)
        index.mapping(mapping(language))
        index.create()

    def ensure_indexes(self):
        """Create each language's index and alias if missing (first use)."""
        for language in self.languages():
            alias = self.alias(language)
            if not self.client.indices.exists_alias(name=alias):
                name = self._new_index_name(alias)
                self.create_index(name, language)
                self.client.indices.put_alias(index=name, name=alias)

    @staticmethod
    def _new_index_name(alias):
        return f"{alias}-{datetime.now(UTC):%Y%m%d%H%M%S%f}"

    def index(self, documents, refresh=True):
        """Add or replace documents (each in its language's index)."""
        self.ensure_indexes()
        actions = [
            {"_index": self.alias(doc.language), "_id": doc.id, "_source": doc.as_dict()}
            for doc in documents
        ]
        helpers.bulk(self.client, actions, refresh=refresh)

    def delete(self, page_ids, refresh=True):
        aliases = [
            self.alias(language)
            for language in self.languages()
            if self.client.indices.exists_alias(name=self.alias(language))
        ]
        actions = [
            {"_op_type": "delete", "_index": alias, "_id": page_id}
            for page_id in page_ids
            for alias in aliases
        ]
        # A page is in one language's index only: missing documents elsewhere are fine.
        helpers.bulk(self.client, actions, refresh=refresh, raise_on_error=False)

    def rebuild(self, language, documents):
        """Index ``documents`` into a new index, then point the alias at it.

        Searches keep answering from the old index until the swap, which is atomic.
        Returns the new index's name.
        """
        alias = self.alias(language)
        name = self._new_index_name(alias)
        self.create_index(name, language)
        actions = ({"_index": name, "_id": doc.id, "_source": doc.as_dict()} for doc in documents)
        helpers.bulk(self.client, actions, chunk_size=500)
        self.client.indices.refresh(index=name)
        old = []
        if self.client.indices.exists_alias(name=alias):
            old = list(self.client.indices.get_alias(name=alias))
        actions = [{"remove": {"index": index, "alias": alias}} for index in old]
        self.client.indices.update_aliases(
            actions=[*actions, {"add": {"index": name, "alias": alias}}]
        )
        for index in old:
            self.client.indices.delete(index=index)
        return name

    def delete_all(self):
        """Delete every index under this prefix (used by tests and the benchmark)."""
        names = list(self.client.indices.get(index=f"{self.prefix}*", expand_wildcards="all"))
        if names:
            self.client.indices.delete(index=",".join(names))
