"""Only Moderators and superusers reach what submitters entrust to them: every group
against every way in to a submitted document and to the contact details."""

import html
import json

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.models import Collection

from strategies.models import SubmissionContact
from tests.strategies.sample_documents import pdf
from tests.strategies.test_submissions import VALID, SubmissionTestCase
from tests.utils import sign_in

GROUPS = ["Editors", "Moderators", "Trainers", "Translators (French)", "Translators (Spanish)"]
ALLOWED = {"Moderators", "superuser"}


def text(response):
    """What a person would read: modal choosers answer JSON that holds HTML."""
    if response.get("Content-Type", "").startswith("application/json"):
        return html.unescape(json.dumps(response.json(), ensure_ascii=False))
    return html.unescape(response.content.decode())


class TestWhoSeesSubmissions(SubmissionTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        upload = SimpleUploadedFile("informe.pdf", pdf())
        cls.client_class().post(cls.url, {**VALID, "document": upload})
        Document = get_document_model()
        cls.document = Document.objects.get(collection__name="Strategy submissions")
        cls.public = Document.objects.create(
            title="Plantilla pública",
            file=SimpleUploadedFile("plantilla.pdf", pdf()),
            collection=Collection.objects.get(name="Public documents"),
        )
        cls.contact = SubmissionContact.objects.get()
        User = get_user_model()
        cls.accounts = {"superuser": User.objects.create_superuser("root", "r@localhost", "pw")}
        for name in GROUPS:
            user = User.objects.create_user(name.split()[0].lower() + name[-3:], "", "pw")
            user.groups.add(Group.objects.get(name=name))
            cls.accounts[name] = user
        cls.accounts["signed-in reader"] = User.objects.create_user("reader", "", "pw")

    def ways_in(self):
        """(what, URL, text that must not reach the wrong people)."""
        doc, contact = self.document, self.contact
        secret = doc.title
        return [
            ("download", doc.url, None),
            ("document listing", "/admin/documents/", secret),
            ("document search", f"/admin/documents/?q={VALID['title'][:12]}", secret),
            ("edit", f"/admin/documents/edit/{doc.pk}/", secret),
            ("delete", f"/admin/documents/delete/{doc.pk}/", secret),
            ("usage", f"/admin/documents/usage/{doc.pk}/", secret),
            ("chooser", "/admin/documents/chooser/", secret),
            (
                "chooser search",
                f"/admin/documents/chooser/results/?q={VALID['title'][:12]}",
                secret,
            ),
            ("chosen", f"/admin/documents/chooser/chosen/{doc.pk}/", secret),
            ("contact listing", "/admin/submission_contacts/", contact.email),
            ("contact details", f"/admin/submission_contacts/inspect/{contact.pk}/", contact.email),
            ("contact edit", f"/admin/submission_contacts/edit/{contact.pk}/", contact.email),
        ]

    def test_every_group_against_every_way_in(self):
        for account, user in [*self.accounts.items(), ("anonymous", None)]:
            self.client.logout()
            if user:
                sign_in(self.client, user)
            for what, url, secret in self.ways_in():
                with self.subTest(account=account, way=what):
                    response = self.client.get(url)
                    if what == "download":
                        reached = response.status_code == 200
                    else:
                        reached = response.status_code == 200 and secret in text(response)
                    # Moderators may read and delete contact details; only a superuser edits.
                    allowed = account in ALLOWED
                    if what == "contact edit":
                        allowed = account == "superuser"
                    self.assertEqual(reached, allowed)

    def test_moderators_download_it_as_a_private_attachment(self):
        sign_in(self.client, self.accounts["Moderators"])
        response = self.client.get(self.document.url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Disposition"].startswith("attachment"))
        self.assertEqual(response["Content-Security-Policy"], "default-src 'none'")
        self.assertEqual(response["Cache-Control"], "private, no-store")
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        self.assertEqual(response["Content-Type"], "application/pdf")

    def test_staff_still_choose_public_documents(self):
        for account in ("Editors", "Trainers", "Translators (French)"):
            with self.subTest(account=account):
                sign_in(self.client, self.accounts[account])
                response = self.client.get("/admin/documents/chooser/")
                self.assertIn("Plantilla pública", text(response))
        self.client.logout()
        response = self.client.get(self.public.url)
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("no-store", response.get("Cache-Control", ""))
