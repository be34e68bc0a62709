"""Search benchmark: indexing time and search latency for both backends.

    .venv/bin/python bench/search.py                       # 10,000 and 50,000 documents
    .venv/bin/python bench/search.py --sizes 2000          # a quick run
    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python bench/search.py

It works in a database of its own (tmp/bench.sqlite3, or BENCH_DATABASE_URL) and
in Elasticsearch indexes named bench-*, never in the site's data. For each size it
generates documents across English, French and Spanish from the words of the
project's translation catalogues, indexes them into the database backend (as
`rebuild_search_index` does) and, when ELASTICSEARCH_URL is set, into
Elasticsearch; then it times the search page and the autocomplete endpoint
through Django's request handling, uncached, and prints p50/p95 per backend.
"""

import argparse
import os
import platform
import random
import re
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.dev")
os.environ["DATABASE_URL"] = os.environ.get(
    "BENCH_DATABASE_URL", f"sqlite:///{ROOT / 'tmp' / 'bench.sqlite3'}"
)
ELASTICSEARCH_URL = os.environ.pop("ELASTICSEARCH_URL", "")
LANGUAGES = ("en", "fr", "es")
TYPES = ("module", "course", "guide", "case-study", "collection", "page")
FACET_VALUES = {
    "region": ["african", "asia-pacific", "eastern-european", "latin-american-caribbean", "weog"],
    "country": ["KE", "SN", "HN", "PE", "NP", "MN", "RS", "FR", "AM", "ZM", "TZ", "IT"],
    "theme": ["torture", "death-penalty", "womens-rights", "human-rights-defenders", "nhri"],
    "stage": ["responses", "plenary-adoption", "implementation", "mid-term-reporting"],
}


def vocabulary():
    """Words of each language, from the translation catalogues (English: the msgids)."""
    import polib

    words = {}
    for language in LANGUAGES:
        po = polib.pofile(
            str(
                ROOT
                / "locale"
                / ("fr" if language == "en" else language)
                / "LC_MESSAGES"
                / "django.po"
            )
        )
        text = " ".join(entry.msgid if language == "en" else entry.msgstr for entry in po)
        words[language] = re.findall(r"[^\W\d_]{3,}", text)
    return words


def documents(size, words, start_id):
    from search.documents import Document

    rng = random.Random(size)  # noqa: S311 (test data)
    locales = dict(
        __import__("wagtail.models", fromlist=["Locale"]).Locale.objects.values_list(
            "language_code", "pk"
        )
    )
    for n in range(size):
        language = LANGUAGES[n % 3]
        vocab = words[language]
        yield Document(
            id=start_id + n,
            locale_id=locales[language],
            language=language,
            type=rng.choice(TYPES),
            title=" ".join(rng.choices(vocab, k=6)).capitalize(),
            url=f"/{language}/bench/{n}/",
            summary=" ".join(rng.choices(vocab, k=25)),
            body=" ".join(rng.choices(vocab, k=400)),
            keywords=" ".join(rng.choices(vocab, k=5)),
            facets={
                name: rng.sample(values, k=rng.randint(0, 2))
                for name, values in FACET_VALUES.items()
            },
        )


def base36(number, width=4):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, digit = divmod(number, 36)
        text = digits[digit] + text
    return text.rjust(width, "0")


def pages(size):
    """Bare page rows for the documents to belong to (the search tables refer to pages)."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Locale, Page

    root = Page.get_first_root_node()
    content_type = ContentType.objects.get_for_model(Page)
    locale = Locale.get_default()
    first = (Page.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    batch = []
    for n in range(size):
        path = root.path + base36(n + 100)
        batch.append(
            Page(
                pk=first + n,
                title=f"Bench {n}",
                slug=f"bench-{n}",
                path=path,
                depth=2,
                numchild=0,
                url_path=f"/bench-{n}/",
                content_type=content_type,
                locale=locale,
                live=True,
                draft_title=f"Bench {n}",
            )
        )
    Page.objects.bulk_create(batch, batch_size=1000)
    return first


def percentiles(samples):
    samples = sorted(samples)
    p95 = samples[max(0, int(len(samples) * 0.95) - 1)]
    return statistics.median(samples) * 1000, p95 * 1000


def time_requests(client, urls):
    from django.core.cache import cache

    client.get(urls[0])  # warm up
    timings = []
    for url in urls:
        cache.clear()
        started = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - started)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
    return percentiles(timings)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--requests", type=int, default=200, help="timed requests per endpoint")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    from wagtail.models import Locale, Page

    from search import backends, indexing
    from search.models import SearchDocument

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]
    words = vocabulary()
    client = Client()
    rng = random.Random(7)  # noqa: S311 (test data)
    engine_name = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(
        f"Machine: {platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs; database {engine_name}"
    )

    for size in args.sizes:
        db = settings.DATABASES["default"]
        if db["ENGINE"].endswith("sqlite3") and Path(db["NAME"]).exists():
            from django.db import connection

            connection.close()
            Path(db["NAME"]).unlink()
        call_command("migrate", verbosity=0)
        for code in LANGUAGES:
            Locale.objects.get_or_create(language_code=code)
        SearchDocument.objects.all().delete()
        Page.objects.filter(depth=2, slug__startswith="bench-").delete()
        first = pages(size)
        docs = list(documents(size, words, first))
        print(f"\n{size:,} documents")

        started = time.perf_counter()
        indexing.save_documents(docs)
        print(f"  database: indexed in {time.perf_counter() - started:.0f} s")
        engines = [("database", "")]
        if ELASTICSEARCH_URL:
            settings.ELASTICSEARCH_URL = ELASTICSEARCH_URL
            settings.ELASTICSEARCH_INDEX_PREFIX = "bench-"
            engine = backends.engine()
            engine.delete_all()
            started = time.perf_counter()
            for language in LANGUAGES:
                engine.rebuild(language, [d for d in docs if d.language == language])
            print(f"  elasticsearch: indexed in {time.perf_counter() - started:.0f} s")
            engines.append(("elasticsearch", ELASTICSEARCH_URL))

        queries = []
        for _ in range(args.requests):
            language = rng.choice(LANGUAGES)
            text = " ".join(rng.choices(words[language], k=rng.choice([1, 1, 2])))
            queries.append((language, text))
        for name, url in engines:
            settings.ELASTICSEARCH_URL = url
            search_urls = [f"/{lang}/search/?q={quote(text)}" for lang, text in queries]
            filtered = [f"{url}&region=african" for url in search_urls[: args.requests // 2]]
            complete_urls = [
                f"/{lang}/search/autocomplete/?q={quote(text.split()[0][:4])}"
                for lang, text in queries
            ]
            page = time_requests(client, search_urls)
            facet = time_requests(client, filtered)
            complete = time_requests(client, complete_urls)
            print(
                f"  {name}: search page p50 {page[0]:.0f} ms, p95 {page[1]:.0f} ms; "
                f"with a filter p50 {facet[0]:.0f} ms, p95 {facet[1]:.0f} ms; "
                f"autocomplete p50 {complete[0]:.0f} ms, p95 {complete[1]:.0f} ms"
            )
        if ELASTICSEARCH_URL:
            settings.ELASTICSEARCH_URL = ELASTICSEARCH_URL
            backends.engine().delete_all()


if __name__ == "__main__":
    main()
