import gzip

from django.conf import settings
from django.test import SimpleTestCase

STATIC = settings.BASE_DIR / "hub" / "static"
BUDGET = 30 * 1024


class TestAssetWeight(SimpleTestCase):
    """Readers pay for every byte: CSS and JS each stay well under 30 KB compressed."""

    def compressed_size(self, suffix):
        return sum(len(gzip.compress(p.read_bytes())) for p in STATIC.rglob(f"*{suffix}"))

    def test_css_budget(self):
        size = self.compressed_size(".css")
        self.assertGreater(size, 0)
        self.assertLess(size, BUDGET)

    def test_js_budget(self):
        self.assertLess(self.compressed_size(".js"), BUDGET)
