"""gunicorn with the shipped configuration writes no reader address, whatever it is sent."""

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.test import SimpleTestCase

from tests.browser.server import free_port

HOSTILE_REQUESTS = [
    b"GET /" + b"a" * 10_000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",  # over-long line
    b"G\x00T / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",  # invalid method
    b"GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n",  # unknown version
    b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"X-Pad: " + b"b" * 9000 + b"\r\n\r\n",
    b"GET / HTTP/1.1\r\n" + b"".join(b"X-%d: 1\r\n" % n for n in range(200)) + b"\r\n",
    b"POST /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(40),  # TLS on the plain port
    b"GET /en/ HTTP/1.1\r\nHost: evil.example\r\n\r\n",  # a host Django refuses
    b"GET /health/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 198.51.100.23\r\n\r\n",
]


def send(port, raw):
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(raw)
        with contextlib.suppress(OSError):
            connection.recv(65536)


class TestGunicornLogs(SimpleTestCase):
    def test_hostile_requests_leave_no_address_in_the_logs(self):
        port = free_port()
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        log_path = Path(folder.name) / "gunicorn.log"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "hub.settings.production",
            "SECRET_KEY": "only-for-this-test-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": f"sqlite:///{folder.name}/empty.sqlite3",
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "GUNICORN_WORKERS": "1",
            "LOG_LEVEL": "DEBUG",
        }
        with log_path.open("wb") as log:
            server = subprocess.Popen(  # noqa: S603
                [sys.executable, "-m", "gunicorn", "-c", "ops/gunicorn.conf.py", "hub.wsgi"],
                cwd=settings.BASE_DIR,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            try:
                for _attempt in range(100):
                    try:
                        socket.create_connection(("127.0.0.1", port), timeout=1).close()
                        break
                    except OSError:
                        time.sleep(0.1)
                for raw in HOSTILE_REQUESTS:
                    send(port, raw)
            finally:
                server.terminate()
                server.wait(timeout=30)
        lines = log_path.read_text(errors="replace").splitlines()
        self.assertTrue(any("Invalid request from ip=[address removed]" in line for line in lines))
        leaks = [line for line in lines if "127.0.0.1" in line or "198.51.100.23" in line]
        self.assertEqual(leaks, [])
