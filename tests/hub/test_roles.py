from django.contrib.auth.models import Group
from django.test import TestCase

from wagtail.models import GroupPagePermission

from tests.utils import make_site, translate_home


class TestEditorialRoles(TestCase):
    def permissions(self, name):
        return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))

    def test_groups_exist(self):
        for name in (
            "Editors",
            "Moderators",
            "Trainers",
            "Translators (French)",
            "Translators (Spanish)",
        ):
            with self.subTest(group=name):
                self.assertIn("access_admin", self.permissions(name))

    def test_editors_and_moderators_manage_the_taxonomy(self):
        for name in ("Editors", "Moderators"):
            self.assertLessEqual(
                {
                    "add_theme",
                    "change_theme",
                    "delete_theme",
                    "change_stage",
                    "change_mainmenu",
                    "change_footer",
                    "submit_translation",
                },
                self.permissions(name),
            )

    def test_translators_and_trainers_cannot_restructure_the_taxonomy(self):
        for name in ("Trainers", "Translators (French)", "Translators (Spanish)"):
            self.assertFalse({"add_theme", "delete_theme", "delete_stage"} & self.permissions(name))
        self.assertNotIn("change_theme", self.permissions("Trainers"))

    def test_translators_edit_and_publish_their_language_only(self):
        home = make_site()
        home_fr, home_es = translate_home(home)
        french = GroupPagePermission.objects.filter(group__name="Translators (French)")
        self.assertEqual({p.page_id for p in french}, {home_fr.pk})
        self.assertEqual(
            {p.permission.codename for p in french}, {"add_page", "change_page", "publish_page"}
        )
        spanish = GroupPagePermission.objects.filter(group__name="Translators (Spanish)")
        self.assertEqual({p.page_id for p in spanish}, {home_es.pk})
