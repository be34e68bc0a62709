from io import StringIO

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db.models import Count
from django.forms import CheckboxSelectMultiple
from django.test import TestCase
from django.utils import translation

from wagtail.models import Locale

from hub.data.load import load_taxonomy
from hub.data.un_member_states import UN_MEMBER_STATES
from hub.factories import StandardPageFactory, ThemeFactory
from hub.models import REGIONS, Country, Region, StandardPage, Theme, localized
from tests.utils import make_site, translate


class TestMemberStates(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_taxonomy", stdout=StringIO())

    def test_all_193_member_states_each_in_one_of_five_groups(self):
        self.assertEqual(Country.objects.count(), 193)
        self.assertEqual(
            set(Country.objects.values_list("region__slug", flat=True)),
            {slug for slug, _label in REGIONS},
        )
        self.assertEqual(len({code for code, _a3, _group in UN_MEMBER_STATES}), 193)

    def test_special_placements(self):
        self.assertEqual(Country.objects.get(code="TR").region.slug, "weog")
        self.assertEqual(Country.objects.get(code="KI").region.slug, "asia-pacific")
        self.assertEqual(Country.objects.get(alpha3="ZAF").region.slug, "african")

    def test_country_names_in_the_readers_language(self):
        country = Country.objects.get(code="CI")
        with translation.override("en"):
            self.assertEqual(country.name, "Côte d’Ivoire")
        with translation.override("es"):
            self.assertEqual(Country.objects.get(code="DE").name, "Alemania")
        with translation.override("fr"):
            self.assertEqual(Country.objects.get(code="DE").name, "Allemagne")

    def test_region_labels_in_the_readers_language(self):
        region = Region.objects.get(slug="latin-american-caribbean")
        with translation.override("es"):
            self.assertEqual(region.label, "Estados de América Latina y el Caribe")
        with translation.override("fr"):
            self.assertEqual(region.label, "États d’Amérique latine et des Caraïbes")

    def test_themes_and_stages_exist_in_three_languages(self):
        for code in ("en", "fr", "es"):
            with self.subTest(code=code):
                self.assertEqual(Theme.objects.filter(locale__language_code=code).count(), 26)
        fr = Theme.objects.get(slug="womens-rights", locale__language_code="fr")
        en = Theme.objects.get(slug="womens-rights", locale__language_code="en")
        self.assertEqual(fr.translation_key, en.translation_key)
        self.assertNotEqual(fr.name, en.name)

    def test_loading_twice_changes_nothing(self):
        counts = (Country.objects.count(), Theme.objects.count(), Region.objects.count())
        load_taxonomy(lambda message: None)
        self.assertEqual(
            counts, (Country.objects.count(), Theme.objects.count(), Region.objects.count())
        )


class TestControlledTagging(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_site()
        cls.health = ThemeFactory(name="Right to health", slug="right-to-health")
        cls.health_fr = translate(cls.health, "fr", name="Droit à la santé")
        cls.region = Region.objects.create(slug="african", name="African States")
        cls.page = StandardPageFactory(parent=cls.home, title="Health")
        cls.page.themes.add(cls.health)
        cls.page.regions.add(cls.region)
        cls.page.save_revision().publish()

    def test_editors_choose_from_source_language_themes_only(self):
        form_class = StandardPage.get_edit_handler().get_form_class()
        field = form_class(instance=self.page, for_user=None).fields["themes"]
        self.assertEqual(list(field.queryset), [self.health])
        self.assertEqual(field.label_from_instance(self.health), "Right to health")

    def test_free_tagging_is_off(self):
        form_class = StandardPage.get_edit_handler().get_form_class()
        field = form_class(instance=self.page, for_user=None).fields["themes"]
        self.assertIsInstance(field.widget, CheckboxSelectMultiple)
        with self.assertRaises(ValidationError):
            field.clean(["a brand new tag"])
        with self.assertRaises(ValidationError):
            field.clean([str(self.health_fr.pk)])
        self.assertEqual(list(field.clean([str(self.health.pk)])), [self.health])
        self.assertEqual(Theme.objects.count(), 2)

    def test_labels_follow_the_readers_language(self):
        fr = Locale.objects.get(language_code="fr")
        self.assertEqual(
            [t.label for t in localized(self.page.themes.all(), fr)], ["Droit à la santé"]
        )
        self.assertEqual(
            [t.label for t in localized(self.page.themes.all(), Locale.get_default())],
            ["Right to health"],
        )

    def test_page_shows_translated_labels(self):
        translate(self.home, "fr", title="Accueil", slug="accueil")
        translate(self.page, "fr", title="Santé", slug="sante")
        response = self.client.get("/fr/sante/")
        self.assertContains(response, '<dd class="tag">Droit à la santé</dd>')
        self.assertContains(response, '<dd class="tag">États d’Afrique</dd>')

    def test_tags_can_be_counted_for_facets(self):
        other = StandardPageFactory(parent=self.home, title="Other")
        other.themes.add(self.health)
        other.save()
        counts = dict(
            Theme.objects.filter(hub_standardpagetheme__isnull=False)
            .values_list("slug")
            .annotate(n=Count("hub_standardpagetheme"))
        )
        self.assertEqual(counts, {"right-to-health": 2})


class TestLoadTaxonomyAgain(TestCase):
    """Running load_taxonomy after an upgrade adds new terms and keeps editors' changes."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_taxonomy", stdout=StringIO())

    def test_a_theme_added_by_an_upgrade_is_added_with_its_translations(self):
        torture = Theme.objects.filter(slug="torture")
        self.assertEqual(torture.count(), 3)
        torture.delete()  # as if the release that added it had just been installed
        out = StringIO()
        call_command("load_taxonomy", stdout=out)
        self.assertIn("(1 terms added now)", out.getvalue())
        names = dict(
            Theme.objects.filter(slug="torture").values_list("locale__language_code", "name")
        )
        self.assertEqual(set(names), {"en", "fr", "es"})
        self.assertTrue(names["fr"].startswith("Torture"))

    def test_editors_changes_are_left_alone(self):
        theme = Theme.objects.get(slug="torture", locale__language_code="fr")
        theme.name = "Torture et mauvais traitements (modifié)"
        theme.save()
        call_command("load_taxonomy", stdout=StringIO())
        theme.refresh_from_db()
        self.assertEqual(theme.name, "Torture et mauvais traitements (modifié)")
        self.assertEqual(Theme.objects.count(), 26 * 3)
