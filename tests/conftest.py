from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.core.management import call_command

import pytest


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogs():
    """The .mo files are built from the committed .po files, as `make test` does."""
    call_command("compile_catalogs", verbosity=0)


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached pages (the sitemap) and rate-limit counters never leak between tests.

    The shared cache is a table in the test database, which each test rolls back.
    """
    in_memory = [cache for cache in caches.all() if not isinstance(cache, DatabaseCache)]
    for cache in in_memory:
        cache.clear()
    yield
    for cache in in_memory:
        cache.clear()
