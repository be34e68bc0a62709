"""Staff accounts resist password guessing and have a second factor."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import TestCase, override_settings
from django.urls import reverse

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.utils import make_site

PASSWORD = "a-long-staff-password"  # noqa: S105


class SignInTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_site()
        User = get_user_model()
        cls.editor = User.objects.create_user("editor", "editor@example.org", PASSWORD)
        cls.editor.groups.add(Group.objects.get(name="Editors"))
        cls.moderator = User.objects.create_user("moderator", "mod@example.org", PASSWORD)
        cls.moderator.groups.add(Group.objects.get(name="Moderators"))

    def sign_in(self, username, password=PASSWORD, url="/admin/login/", address="203.0.113.9"):
        return self.client.post(
            url, {"username": username, "password": password}, REMOTE_ADDR=address
        )


class TestPasswordGuessing(SignInTestCase):
    def test_an_account_is_paused_after_five_failures_even_with_the_right_password(self):
        for attempt in range(4):
            response = self.sign_in("editor", f"guess-{attempt}", address=f"198.51.100.{attempt}")
            self.assertEqual(response.status_code, 200)  # the form again, with its error
        self.assertEqual(self.sign_in("editor", "guess-5", address="198.51.100.5").status_code, 429)
        response = self.sign_in("editor", address="198.51.100.99")
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "Signing in is paused", status_code=429)
        self.assertContains(response, "15 minutes", status_code=429)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_a_client_is_paused_after_five_failures_on_any_accounts(self):
        for attempt in range(5):
            self.sign_in(f"someone-{attempt}", "guess")
        response = self.sign_in("editor")
        self.assertEqual(response.status_code, 429)
        # Another connection still signs in to the same account.
        response = self.sign_in("editor", address="192.0.2.44")
        self.assertEqual(response.status_code, 302)

    def test_wagtails_other_sign_in_form_counts_too(self):
        for attempt in range(5):
            self.sign_in("editor", f"guess-{attempt}", url="/en/_util/login/")
        response = self.sign_in("editor", address="192.0.2.1")
        self.assertEqual(response.status_code, 429)

    def test_a_success_clears_earlier_failures(self):
        for _attempt in range(4):
            self.sign_in("editor", "guess")
        self.assertEqual(self.sign_in("editor").status_code, 302)
        self.client.logout()
        for _attempt in range(4):
            self.sign_in("editor", "guess")
        self.assertEqual(self.sign_in("editor").status_code, 302)

    @override_settings(LANGUAGE_CODE="en")
    def test_the_pause_is_explained_in_the_staff_members_language(self):
        for _attempt in range(5):
            self.sign_in("editor", "guess")
        response = self.client.post(
            "/admin/login/",
            {"username": "editor", "password": PASSWORD},
            REMOTE_ADDR="203.0.113.9",
            HTTP_ACCEPT_LANGUAGE="fr",
        )
        self.assertContains(response, "La connexion est suspendue", status_code=429)

    def test_no_address_is_stored_or_logged(self):
        with self.assertLogs("axes", level="INFO") as logs:
            for _attempt in range(6):
                self.sign_in("editor", "guess")
        self.assertNotIn("203.0.113.9", "\n".join(logs.output))
        from django.db import connection

        with connection.cursor() as cursor:
            for table in connection.introspection.table_names():
                cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - introspected names
                self.assertNotIn("203.0.113.9", str(cursor.fetchall()), table)


class TestPasswordReset(SignInTestCase):
    def test_reset_e_mails_to_one_account_are_limited(self):
        for attempt in range(6):
            response = self.client.post(
                reverse("wagtailadmin_password_reset"),
                {"email": "editor@example.org"},
                REMOTE_ADDR=f"198.51.100.{attempt}",
            )
            # The same answer every time: the limit tells nothing about the account.
            self.assertRedirects(response, reverse("wagtailadmin_password_reset_done"))
        self.assertEqual(len(mail.outbox), 3)

    def test_reset_e_mails_from_one_client_are_limited(self):
        for attempt in range(12):
            self.client.post(
                reverse("wagtailadmin_password_reset"),
                {"email": "editor@example.org" if attempt % 2 else "mod@example.org"},
            )
        self.assertEqual(len(mail.outbox), 6)  # three per account here
        for _attempt in range(12):
            self.client.post(reverse("wagtailadmin_password_reset"), {"email": "x@example.org"})
        self.assertEqual(len(mail.outbox), 6)


class TestTwoFactorSignIn(SignInTestCase):
    def test_a_moderator_without_a_device_must_set_one_up_first(self):
        self.assertEqual(self.sign_in("moderator").status_code, 302)
        response = self.client.get("/admin/")
        self.assertRedirects(
            response, "/admin/2fa/devices/new?next=/admin/", fetch_redirect_response=False
        )
        self.assertEqual(self.client.get("/admin/pages/").status_code, 302)

    def test_a_moderator_with_a_device_enters_a_code(self):
        device = TOTPDevice.objects.create(user=self.moderator, name="Phone", confirmed=True)
        self.sign_in("moderator")
        response = self.client.get("/admin/")
        self.assertRedirects(
            response, "/admin/2fa/auth?next=/admin/", fetch_redirect_response=False
        )
        response = self.client.post("/admin/2fa/auth", {"otp_token": "000000", "next": "/admin/"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(self.client.get("/admin/").status_code, 302)
        device.refresh_from_db()
        device.throttling_failure_count = 0  # as if a moment had passed
        device.save()
        code = f"{totp(device.bin_key):06d}"
        response = self.client.post("/admin/2fa/auth", {"otp_token": code, "next": "/admin/"})
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_superusers_must_use_it_too(self):
        get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD)
        self.sign_in("root")
        self.assertEqual(self.client.get("/admin/").status_code, 302)

    def test_an_editor_may_choose_to_use_it(self):
        self.sign_in("editor")
        self.assertEqual(self.client.get("/admin/").status_code, 200)
        response = self.client.get("/admin/2fa/devices/new")
        self.assertContains(response, "QR")
        TOTPDevice.objects.create(user=self.editor, name="Phone", confirmed=True)
        # Once an editor has a device, every sign-in asks for its code.
        self.assertEqual(self.client.get("/admin/").status_code, 302)
