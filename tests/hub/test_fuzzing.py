"""Hostile input on every public form and filter: never a server error, never reflected.

Hypothesis draws query strings for the pages that read GET parameters (library and
module filters, sorting, pagination, the review timeline, module and course navigation,
the language switcher) and whole submissions for the share form, files included.
The site search is left to its own tests (issue: database search and quoted input).
"""

import string

from django.core.files.uploadedfile import SimpleUploadedFile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from learning.factories import GuideIndexPageFactory, ModuleIndexPageFactory, ModulePageFactory
from tests.strategies.sample_documents import docx, pdf
from tests.strategies.test_submissions import VALID
from tests.strategies.utils import build_library

MARKER = "<script>x</script>"
HOSTILE = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            MARKER,
            '"><img src=x onerror=alert(1)>',
            "\x00",
            "' OR 1=1 --",
            "%00",
            "../../etc/passwd",
            "-1",
            "999999999999999999999",
            "2024-02-30",
            "🙂" * 50,
            "x" * 1000,
        ]
    ),
)
PARAMETERS = [
    "region",
    "country",
    "theme",
    "stage",
    "tactic",
    "cycle",
    "level",
    "sort",
    "page",
    "review",
    "date",
    "course",
    "next",
]
QUERY = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(PARAMETERS), st.text(string.printable, max_size=12)), HOSTILE
    ),
    max_size=6,
)
FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class TestFuzzing(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.library, cls.library_fr = build_library()
        home = cls.library.get_parent()
        modules = ModuleIndexPageFactory(parent=home)
        cls.module = ModulePageFactory(parent=modules)
        cls.guide = GuideIndexPageFactory(parent=home)
        cls.pages = [
            cls.library.url,
            cls.library_fr.url,
            modules.url,
            cls.module.url,
            cls.guide.url,
            "/language/fr/",
        ]

    def assert_safe(self, response):
        self.assertLess(response.status_code, 500)
        body = response.content.decode(errors="replace")
        self.assertNotIn(MARKER, body)
        self.assertNotIn("<img src=x onerror", body)

    @FUZZ
    @given(query=QUERY, which=st.integers(min_value=0, max_value=5))
    def test_public_get_parameters(self, query, which):
        response = self.client.get(self.pages[which], dict(query) if query else {})
        self.assert_safe(response)

    @FUZZ
    @given(
        fields=st.dictionaries(st.sampled_from(sorted(VALID)), HOSTILE, max_size=8),
        multi=st.lists(HOSTILE, max_size=7),
        file_name=st.text(max_size=40),
        file_content=st.one_of(
            st.binary(max_size=3000),
            st.sampled_from([pdf(), docx(), b"%PDF-" + MARKER.encode(), b"PK\x03\x04"]),
        ),
    )
    def test_share_form(self, fields, multi, file_name, file_content):
        data = {**VALID, **fields, "countries": multi or VALID["countries"], "themes": multi}
        data["document"] = SimpleUploadedFile(file_name or "x", file_content)
        response = self.client.post(self.library.url + "share/", data)
        self.assertIn(response.status_code, (302, 400, 429))
        self.assert_safe(response)
