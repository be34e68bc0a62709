"""Editors promote results for a query in the admin; readers of that page's language see them."""

from django.contrib.auth.models import Group
from django.test import TestCase

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.test.utils import WagtailTestUtils

from hub.factories import StandardPageFactory
from tests.search.utils import DatabaseMixin, publish
from tests.utils import make_site, sign_in, translate


class TestEditorsPromoteResults(DatabaseMixin, WagtailTestUtils, TestCase):
    def test_editor_promotes_a_page_and_french_readers_see_it(self):
        home = make_site()
        page = publish(StandardPageFactory(parent=home, title="Safety first", slug="safety"))
        translate(home, "fr", title="Accueil", tagline="EPU", slug="accueil")
        page_fr = translate(page, "fr", title="La sécurité d’abord", slug="securite")
        editor = self.create_user("editor", password="pw")  # noqa: S106
        editor.groups.add(Group.objects.get(name="Editors"))
        sign_in(self.client, editor)

        self.assertEqual(self.client.get("/admin/searchpicks/").status_code, 200)
        response = self.client.post(
            "/admin/searchpicks/add/",
            {
                "query_string": "représailles",
                "editors_picks-TOTAL_FORMS": "1",
                "editors_picks-INITIAL_FORMS": "0",
                "editors_picks-MIN_NUM_FORMS": "0",
                "editors_picks-MAX_NUM_FORMS": "1000",
                "editors_picks-0-page": str(page_fr.pk),
                "editors_picks-0-description": "À lire avant tout contact avec l’ONU.",
                "editors_picks-0-ORDER": "0",
            },
        )
        self.assertEqual(response.status_code, 302, getattr(response, "context", None))
        self.assertEqual(SearchPromotion.objects.get().page_id, page_fr.pk)

        self.client.logout()
        french = self.client.get("/fr/search/", {"q": "Représailles"})
        self.assertContains(french, "À lire avant tout contact avec l’ONU.")
        self.assertContains(french, 'href="/fr/securite/"')
        self.assertNotContains(self.client.get("/en/search/", {"q": "représailles"}), "À lire")
