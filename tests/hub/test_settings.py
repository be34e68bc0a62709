import os
import subprocess
import sys

from django.conf import settings
from django.test import SimpleTestCase

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "hub.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-key-with-enough-entropy-0123456789",
    "ALLOWED_HOSTS": "hub.example.org",
}


def manage(*args, env):
    clean = {
        k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "SECRET_KEY")
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


class TestProductionSettings(SimpleTestCase):
    def test_deploy_check_passes_without_warnings(self):
        result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("System check identified no issues (0 silenced).", result.stdout)

    def test_refuses_to_start_without_secret_key(self):
        env = {**PRODUCTION_ENV, "SECRET_KEY": ""}
        result = manage("check", env=env)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("SECRET_KEY must be set", result.stderr)

    def test_staff_e_mails_link_to_the_site_address(self):
        env = {**PRODUCTION_ENV, "SITE_URL": "https://hub.example.org/"}
        script = "from django.conf import settings; print(settings.WAGTAILADMIN_BASE_URL)"
        result = manage("shell", "-c", script, env=env)
        self.assertEqual(result.stdout.strip().splitlines()[-1], "https://hub.example.org")
