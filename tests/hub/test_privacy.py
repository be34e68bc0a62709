import re

from django.test import TestCase

from hub.factories import StandardPageFactory
from tests.utils import make_site, translate_home

EXTERNAL = re.compile(r'(?:src|href|action)="(?:https?:)?//(?!localhost[/:"])', re.I)


class TestPublicPagesStayOnTheSite(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_site()
        translate_home(cls.home)
        StandardPageFactory(parent=cls.home, title="About", slug="about")

    def test_no_references_to_other_sites(self):
        for url in ("/en/", "/fr/", "/en/about/", "/es/search/?q=epu"):
            with self.subTest(url=url):
                html = self.client.get(url).content.decode()
                self.assertIsNone(EXTERNAL.search(html), EXTERNAL.search(html))
                # Only the site's own small scripts (progressive enhancement), never inline.
                scripts = re.findall(r"<script\b[^>]*>", html)
                self.assertTrue(all('src="/static/js/' in tag for tag in scripts), scripts)

    def test_content_security_policy_allows_only_this_site(self):
        policy = self.client.get("/en/")["Content-Security-Policy"]
        self.assertIn("default-src 'self'", policy)
        self.assertIn("frame-ancestors 'none'", policy)

    def test_admin_may_frame_its_own_previews_and_load_nothing_from_elsewhere(self):
        response = self.client.get("/admin/login/")
        self.assertEqual(response["X-Frame-Options"], "SAMEORIGIN")
        policy = response["Content-Security-Policy"]
        self.assertIn("default-src 'self';", policy)
        self.assertIn("connect-src 'self';", policy)
        self.assertIn("frame-ancestors 'self'", policy)

    def test_every_kind_of_response_carries_the_protective_headers(self):
        responses = {
            "page": self.client.get("/en/"),
            "locale redirect": self.client.get("/about/"),
            "static file": self.client.get("/static/css/hub.css"),
            "favicon": self.client.get("/favicon.ico"),
            "robots.txt": self.client.get("/robots.txt"),
            "not found": self.client.get("/en/nowhere/"),
        }
        self.assertEqual(responses["locale redirect"].status_code, 302)
        for kind, response in responses.items():
            with self.subTest(kind):
                self.assertIn("camera=()", response["Permissions-Policy"])
                self.assertIn("browsing-topics=()", response["Permissions-Policy"])
                self.assertEqual(response["Cross-Origin-Resource-Policy"], "same-origin")
                self.assertIn("default-src 'self'", response["Content-Security-Policy"])
                self.assertEqual(response["X-Frame-Options"], "DENY")

    def test_public_pages_may_not_be_framed(self):
        self.assertEqual(self.client.get("/en/")["X-Frame-Options"], "DENY")

    def test_no_reader_address_in_logs(self):
        with self.assertLogs(level="DEBUG") as logs:
            self.client.get("/en/does-not-exist/", REMOTE_ADDR="203.0.113.7")
        self.assertFalse([line for line in logs.output if "203.0.113.7" in line])
