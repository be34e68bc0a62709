from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse

from strategies.models import StrategyPage
from tests.strategies.utils import build_library, strategy
from tests.utils import sign_in


class TestStrategyAdmin(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index, _ = build_library()
        cls.case = strategy(
            cls.index,
            "Embassies",
            countries=["KE"],
            themes=["torture"],
            stages=["implementation"],
            tactics=["embassy-engagement"],
        )
        cls.user = get_user_model().objects.create_superuser("boss", "boss@localhost", "pw")

    def setUp(self):
        sign_in(self.client, self.user)

    def test_edit_and_add_screens_open(self):
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.case.pk]))
        self.assertEqual(edit.status_code, 200)
        self.assertContains(edit, 'type="checkbox" name="tactics"', count=9)
        self.assertContains(edit, 'type="checkbox" name="stages"', count=9)
        add = self.client.get(
            reverse("wagtailadmin_pages:add", args=["strategies", "strategypage", self.index.pk])
        )
        self.assertEqual(add.status_code, 200)
        add_set = self.client.get(
            reverse("wagtailadmin_pages:add", args=["strategies", "strategysetpage", self.index.pk])
        )
        self.assertEqual(add_set.status_code, 200)

    def test_submission_contacts_listing_opens(self):
        self.assertEqual(self.client.get("/admin/submission_contacts/").status_code, 200)

    def test_regions_follow_countries_on_publish(self):
        self.assertEqual(
            [r.slug for r in StrategyPage.objects.get(pk=self.case.pk).regions.all()], ["african"]
        )
