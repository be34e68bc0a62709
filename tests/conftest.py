from django.core.cache import cache
from django.core.management import call_command

import pytest


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogs():
    """The .mo files are built from the committed .po files, as `make test` does."""
    call_command("compile_catalogs", verbosity=0)


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached pages (the sitemap) and rate-limit counters never leak between tests."""
    cache.clear()
    yield
    cache.clear()
