"""/health/ tells the truth about the database: a locked or stopped one is not "ok"."""

import sqlite3
import tempfile
import time
from pathlib import Path

from django.db import OperationalError
from django.db.backends.sqlite3.base import DatabaseWrapper
from django.test import TestCase

from search.backends.database import database_health


class TestDatabaseHealth(TestCase):
    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        path = str(Path(folder.name) / "hub.sqlite3")
        with sqlite3.connect(path) as setup:
            setup.execute("CREATE TABLE django_migrations (id INTEGER PRIMARY KEY)")
        settings = {
            "NAME": path,
            "ENGINE": "django.db.backends.sqlite3",
            "OPTIONS": {"timeout": 5},
            "TIME_ZONE": None,
            "CONN_MAX_AGE": 0,
            "CONN_HEALTH_CHECKS": False,
            "AUTOCOMMIT": True,
            "ATOMIC_REQUESTS": False,
            "USER": "",
            "PASSWORD": "",
            "HOST": "",
            "PORT": "",
            "TEST": {},
        }
        self.connection = DatabaseWrapper(settings, alias="health")
        self.addCleanup(self.connection.close)
        self.path = path

    def test_a_readable_database_is_ok(self):
        self.assertEqual(database_health(self.connection), "ok")

    def test_a_locked_sqlite_file_fails_within_a_second(self):
        writer = sqlite3.connect(self.path)
        self.addCleanup(writer.close)
        writer.execute("BEGIN EXCLUSIVE")  # what a long write does to every reader
        started = time.monotonic()
        with self.assertRaises(OperationalError):
            database_health(self.connection)
        self.assertLess(time.monotonic() - started, 2.5)
        writer.rollback()
        self.assertEqual(database_health(self.connection), "ok")


class TestHealthView(TestCase):
    def test_the_view_reports_the_database(self):
        response = self.client.get("/health/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["database"], "ok")
        self.assertIn("no-store", response["Cache-Control"])
