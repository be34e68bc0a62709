"""The hub as readers get it: a production-settings server in its own process and database.

The browser tests never touch pytest-django's test database. They start the site the way
it is deployed (``hub.settings.production``, gunicorn, collected static files, demo
content), on a database of their own: a SQLite file, or a ``<name>_browser`` database
beside the PostgreSQL database that ``DATABASE_URL`` names. When Elasticsearch is
available (``ELASTICSEARCH_TEST_URL``), the server searches with it, under an index
prefix of its own.
"""

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]

# The accounts the journeys sign in with, one per editorial role.
PASSWORD = "browser-test-password"  # noqa: S105 - a throwaway server on 127.0.0.1
ACCOUNTS = {
    "editor": "Editors",
    "trainer": "Trainers",
    "moderator": "Moderators",
    "newmoderator": "Moderators",
    "translator": "Translators (French)",
}

# Moderators must sign in with a second factor: this one has enrolled an authenticator
# app with this key (the journeys compute its codes); "newmoderator" has not yet.
TOTP_KEY = "3132333435363738393031323334353637383930"

CREATE_ACCOUNTS = """
from django.contrib.auth.models import Group, User
from django_otp.plugins.otp_totp.models import TOTPDevice
for username, group in {accounts!r}.items():
    user = User.objects.create_user(username, f"{{username}}@example.org", {password!r})
    user.first_name = username.title()
    user.save()
    user.groups.add(Group.objects.get(name=group))
TOTPDevice.objects.create(
    user=User.objects.get(username="moderator"), name="Phone", key={totp_key!r}, confirmed=True
)

# An English page nobody has translated yet, for the translator's journey.
from hub.models import StandardPage
about = StandardPage.objects.get(locale__language_code="en", slug="about")
page = about.add_child(instance=StandardPage(
    title="Checklist before meeting an embassy",
    slug="embassy-checklist",
    summary="What to prepare before a meeting with a recommending State's embassy.",
    body=[("paragraph", "<p>Bring one page with your three priority recommendations.</p>")],
))
page.save_revision().publish()
"""


def read_mails(folder):
    """The e-mails the site has sent (file-based backend), as text."""
    return [path.read_text() for path in sorted(Path(folder).glob("*.log"))]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def browser_database_url(workdir):
    """A database of the server's own, of the kind DATABASE_URL names (SQLite if unset)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{workdir / 'hub.sqlite3'}"
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/") + "_browser"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path="/" + name))


class HubServer:
    def __init__(self, workdir, elasticsearch_url="", port=None):
        self.workdir = Path(workdir)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.elasticsearch = bool(elasticsearch_url)
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "hub.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(40),
            "DATABASE_URL": browser_database_url(self.workdir),
            "ALLOWED_HOSTS": "127.0.0.1",
            "CSRF_TRUSTED_ORIGINS": self.url,
            "WAGTAILADMIN_BASE_URL": self.url,
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_HSTS_SECONDS": "0",
            "MEDIA_ROOT": str(self.workdir / "media"),
            "ELASTICSEARCH_URL": elasticsearch_url,
            "ELASTICSEARCH_INDEX_PREFIX": f"browser-{secrets.token_hex(4)}-",
            "LOG_LEVEL": "WARNING",
            # Staff notifications are written to files the tests can read.
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(self.workdir / "mail"),
        }
        self.process = None
        self.log = self.workdir / "server.log"
        self.mail = self.workdir / "mail"

    def manage(self, *args):
        subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def prepare(self):
        self.manage("migrate", "--noinput")
        self.manage("collectstatic", "--noinput")
        self.manage("load_demo_content")
        self.manage("rebuild_search_index")
        self.manage(
            "shell",
            "-c",
            CREATE_ACCOUNTS.format(accounts=ACCOUNTS, password=PASSWORD, totp_key=TOTP_KEY),
        )

    def start(self):
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(
            [str(gunicorn), "-c", "ops/gunicorn.conf.py", "hub.wsgi"]
            + ["--bind", f"127.0.0.1:{self.port}", "--workers", "2"]
            + ["--threads", "4", "--timeout", "120"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"The hub server stopped:\n{self.log.read_text()}")
            try:
                with urllib.request.urlopen(self.url + "/health/", timeout=5):  # noqa: S310
                    return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.3)
        raise RuntimeError(f"The hub server did not answer:\n{self.log.read_text()}")

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)
        if self.elasticsearch:
            self.delete_indexes()

    def delete_indexes(self):
        """Remove this server's Elasticsearch indexes (deleting by wildcard is refused)."""
        base, prefix = self.env["ELASTICSEARCH_URL"], self.env["ELASTICSEARCH_INDEX_PREFIX"]
        url = f"{base}/_cat/indices/{prefix}*?h=index"
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
            names = response.read().decode().split()
        if names:
            request = urllib.request.Request(f"{base}/{','.join(names)}", method="DELETE")  # noqa: S310
            urllib.request.urlopen(request, timeout=30).close()  # noqa: S310

    def mails(self):
        return read_mails(self.mail)

    def errors(self):
        """What the server logged at ERROR level or as a traceback (the session fails on it)."""
        text = self.log.read_text()
        return text if "Traceback" in text or " ERROR " in text else ""


# Where `python -m tests.browser.server` keeps its database, log and e-mails.
KEPT = ROOT / "tmp" / "browser-hub"

if __name__ == "__main__":
    # Keep a server running while working on a test:
    #   python -m tests.browser.server 8123 [elasticsearch url]
    # then run the tests against it with HUB_URL=http://127.0.0.1:8123 (its state is
    # kept from one run to the next, so prefer a fresh one before trusting a result).
    import shutil

    shutil.rmtree(KEPT, ignore_errors=True)
    KEPT.mkdir(parents=True)
    server = HubServer(KEPT, *sys.argv[2:3], port=int(sys.argv[1]))
    server.prepare()
    server.start()
    print(f"Serving {server.url}; Ctrl-C to stop", flush=True)
    try:
        server.process.wait()
    except KeyboardInterrupt:
        server.stop()
