"""Runtime code never imports demo or test code: it must run from requirements.lock alone."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.test import SimpleTestCase

APPS = ["hub", "learning", "strategies", "search"]
# Development-only: the demo content, the factories it is built with, and its commands.
DEVELOPMENT_ONLY = ("demo", "factories", "load_demo_content", "ensure_dev_admin")

IMPORT_ALL = """
import importlib, sys
for name in ("factory", "wagtail_factories", "faker", "pytest", "hypothesis", "playwright"):
    sys.modules[name] = None  # as if only requirements.lock were installed
import django
django.setup()
for module in sys.argv[1:]:
    importlib.import_module(module)
print("imported", len(sys.argv) - 1)
"""


def runtime_modules():
    for app in APPS:
        for path in sorted((settings.BASE_DIR / app).rglob("*.py")):
            module = ".".join(path.relative_to(settings.BASE_DIR).with_suffix("").parts)
            if "migrations" in path.parts or any(part in module for part in DEVELOPMENT_ONLY):
                continue
            yield module.removesuffix(".__init__")


class TestProductionImports(SimpleTestCase):
    def test_every_runtime_module_imports_without_development_packages(self):
        modules = list(runtime_modules())
        self.assertIn("hub.data.load", modules)
        self.assertIn("hub.management.commands.load_taxonomy", modules)
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "hub.settings.production"}
        env.setdefault("SECRET_KEY", "only-to-import-the-modules")
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-c", IMPORT_ALL, *modules],
            cwd=Path(settings.BASE_DIR),
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        self.assertEqual(result.returncode, 0, result.stderr[-3000:])
        self.assertIn(f"imported {len(modules)}", result.stdout)
