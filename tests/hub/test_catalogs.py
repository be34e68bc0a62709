"""Every UI string is translated into French and Spanish, and the catalogs are current."""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.test import SimpleTestCase

import polib

SOURCE_DIRS = ["hub", "learning", "strategies", "search", "templates"]
CATALOGS = [
    settings.BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.po" for code in ("fr", "es")
]


class TestCatalogs(SimpleTestCase):
    def test_no_untranslated_or_fuzzy_entries(self):
        for path in CATALOGS:
            with self.subTest(catalog=str(path.relative_to(settings.BASE_DIR))):
                catalog = polib.pofile(str(path))
                self.assertGreater(len(catalog), 50)
                self.assertEqual([e.msgid for e in catalog.untranslated_entries()], [])
                self.assertEqual([e.msgid for e in catalog.fuzzy_entries()], [])

    def test_placeholders_survive_translation(self):
        for path in CATALOGS:
            for entry in polib.pofile(str(path)):
                translations = [entry.msgstr] if entry.msgstr else entry.msgstr_plural.values()
                for placeholder in _placeholders(entry.msgid):
                    for text in translations:
                        with self.subTest(msgid=entry.msgid, catalog=path.parent.parent.name):
                            self.assertIn(placeholder, text)

    def test_catalogs_hold_every_string_in_the_code(self):
        """Extract the strings again (as `make messages` does) and compare."""
        if not shutil.which("xgettext"):
            if os.environ.get("CI") == "true":
                self.fail("GNU gettext (xgettext) is required in CI to check the catalogs.")
            self.skipTest("GNU gettext (xgettext) is not installed on this machine.")
        with tempfile.TemporaryDirectory() as tmp:
            # Extract from a copy of the sources, so the committed catalogs stay untouched.
            for name in SOURCE_DIRS:
                shutil.copytree(settings.BASE_DIR / name, Path(tmp) / name)
            shutil.copy(settings.BASE_DIR / "manage.py", tmp)
            (Path(tmp) / "locale" / "fr" / "LC_MESSAGES").mkdir(parents=True)
            env = {**os.environ, "DJANGO_SETTINGS_MODULE": "hub.settings.test"}
            subprocess.run(  # noqa: S603
                [sys.executable, "manage.py", "makemessages", "--locale", "fr"],
                cwd=tmp,
                env=env,
                check=True,
                capture_output=True,
            )
            catalog = polib.pofile(str(Path(tmp) / "locale/fr/LC_MESSAGES/django.po"))
            extracted = {e.msgid for e in catalog}
        committed = {e.msgid for e in polib.pofile(str(CATALOGS[0])) if not e.obsolete}
        self.assertEqual(extracted - committed, set(), "Run `make messages` and translate.")


def _placeholders(text):
    import re

    return re.findall(r"%\(\w+\)s|\{\{ *\w+ *\}\}", text)
