"""What crawlers, browsers and link previews ask for, on the site's real address."""

import re
from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from defusedxml import ElementTree

from learning.factories import CoursePageFactory
from learning.models import CourseIndexPage
from strategies.models import StrategyIndexPage
from tests.strategies.utils import strategy

SITE = "https://hub.example.org"


class HeadTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_taxonomy", stdout=StringIO())
        call_command("setup_site", url=SITE, stdout=StringIO())
        library = StrategyIndexPage.objects.get(locale__language_code="en")
        strategy(library, "Radio and the water recommendations", is_anonymous=True, organisation="")
        strategy(library, "Embassy briefings", is_anonymous=False, organisation="Red Andina")
        course = CoursePageFactory(parent=CourseIndexPage.objects.get(locale__language_code="en"))
        course.save_revision().publish()

    def head(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        html = response.content.decode()
        return html[: html.index("</head>")]


class TestHead(HeadTestCase):
    def test_home_page_title_names_the_site_once(self):
        head = self.head("/fr/")
        self.assertIn("<title>Plateforme de la société civile pour l&#x27;EPU</title>", head)
        self.assertIn('<meta name="description" content="Formation', head)

    def test_canonical_hreflang_and_open_graph_use_the_site_address(self):
        head = self.head("/es/modulos/")
        self.assertIn(f'<link rel="canonical" href="{SITE}/es/modulos/">', head)
        self.assertIn(f'hreflang="fr" href="{SITE}/fr/modules/"', head)
        self.assertIn(f'hreflang="x-default" href="{SITE}/en/modules/"', head)
        self.assertIn('<meta property="og:locale" content="es_ES">', head)
        self.assertIn('<meta property="og:locale:alternate" content="fr_FR">', head)
        self.assertIn('<meta property="og:title" content="Módulos de formación">', head)
        self.assertIn(f'<meta property="og:url" content="{SITE}/es/modulos/">', head)
        self.assertNotIn("og:image", head)
        self.assertNotIn("testserver", head)

    def test_sub_pages_link_to_their_translations(self):
        head = self.head("/fr/strategies/share/")
        self.assertIn(f'<link rel="canonical" href="{SITE}/fr/strategies/share/">', head)
        self.assertIn(f'hreflang="es" href="{SITE}/es/estrategias/share/"', head)
        course = CoursePageFactory._meta.model.objects.get()
        head = self.head(course.url + "handout/")
        self.assertIn(f'<link rel="canonical" href="{SITE}{course.url}handout/">', head)
        self.assertIn(f'hreflang="en" href="{SITE}{course.url}handout/"', head)

    def test_search_page_has_a_description_and_alternates(self):
        head = self.head("/fr/search/")
        self.assertIn('<meta name="description" content="Cherchez', head)
        self.assertIn(f'<link rel="canonical" href="{SITE}/fr/search/">', head)
        self.assertIn(f'hreflang="es" href="{SITE}/es/search/"', head)
        self.assertIn('<meta name="robots" content="noindex">', self.head("/fr/search/?q=epu"))

    def test_time_elements_carry_valid_datetimes(self):
        html = self.client.get("/en/about/").content.decode()
        stamps = re.findall(r'<time datetime="([^"]+)"', html)
        self.assertTrue(stamps)
        for stamp in stamps:
            self.assertRegex(stamp, r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}$")


class TestCrawlers(HeadTestCase):
    def test_robots_txt(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        text = response.content.decode()
        for line in ("Disallow: /admin/", "Disallow: /fr/search/", "Disallow: /*/pdf/"):
            self.assertIn(line, text)
        self.assertIn(f"Sitemap: {SITE}/sitemap.xml", text)

    def test_favicon(self):
        response = self.client.get("/favicon.ico")
        self.assertEqual(response.status_code, 200)
        self.assertIn(response["Content-Type"], ("image/x-icon", "image/vnd.microsoft.icon"))
        self.assertEqual(b"".join(response.streaming_content)[:4], b"\x00\x00\x01\x00")

    def test_every_sitemap_entry_has_a_lastmod(self):
        sitemap = ElementTree.fromstring(self.client.get("/sitemap.xml").content)
        ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
        urls = sitemap.findall("s:url", ns)
        self.assertGreater(len(urls), 20)
        for url in urls:
            self.assertTrue(url.find("s:loc", ns).text.startswith(SITE + "/"))
            self.assertIsNotNone(url.find("s:lastmod", ns), url.find("s:loc", ns).text)

    def test_atom_feed_has_an_author_and_the_site_address(self):
        feed = ElementTree.fromstring(self.client.get("/en/strategies/feed/").content)
        atom = {"a": "http://www.w3.org/2005/Atom"}
        self.assertEqual(feed.find("a:author/a:name", atom).text, "UPR Civil Society Hub")
        self.assertEqual(
            feed.find("a:link[@rel='self']", atom).get("href"), f"{SITE}/en/strategies/feed/"
        )
        self.assertTrue(feed.find("a:id", atom).text.startswith(SITE))
        entries = {e.find("a:title", atom).text: e for e in feed.findall("a:entry", atom)}
        self.assertIsNone(entries["Radio and the water recommendations"].find("a:author", atom))
        named = entries["Embassy briefings"].find("a:author/a:name", atom)
        self.assertEqual(named.text, "Red Andina")
        for entry in entries.values():
            self.assertTrue(entry.find("a:id", atom).text.startswith(SITE))
