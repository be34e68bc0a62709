from datetime import timedelta
from io import StringIO
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import CacheHandler, caches
from django.core.cache.backends.db import DatabaseCache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import DatabaseError, connection
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Revision
from wagtail.users.models import UserProfile

from strategies.models import StrategyPage, SubmissionContact
from tests.strategies import sample_documents
from tests.strategies.utils import build_library
from tests.utils import locale, sign_in, translate

VALID = {
    "title": "Seguimiento con la defensoría",
    "summary": "Una coalición siguió las recomendaciones sobre detención.",
    "identity": "anonymous",
    "organisation": "Colectivo Secreto del Norte",
    "countries": ["GT"],
    "themes": ["detention-conditions"],
    "stages": ["implementation"],
    "tactics": ["dialogue-government"],
    "cycle": "4",
    "context": "El Estado apoyó tres recomendaciones.",
    "what_was_done": "Reunimos a la defensoría.\n\nPresentamos un informe.",
    "outcomes": "Se creó una mesa de trabajo.",
    "lessons": "",
    "risks": "Protegimos a las personas entrevistadas.",
    "replication": "",
    "contact_name": "Ana",
    "contact_email": "ana@example.org",
    "safety": "on",
    "website": "",
}
ORGANISATION = VALID["organisation"]


def pdf_document(name="informe.pdf"):
    return SimpleUploadedFile(name, sample_documents.pdf(), content_type="application/pdf")


def stored_files():
    folder = Path(settings.MEDIA_ROOT) / "documents"
    return sorted(folder.iterdir()) if folder.exists() else []


class SubmissionTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index, cls.index_fr = build_library()
        cls.index_es = translate(
            cls.index, "es", title="Biblioteca de estrategias", slug="estrategias"
        )
        cls.url = cls.index_es.url + "share/"
        cls.moderator = get_user_model().objects.create_user("mod", "mod@localhost", "pw")
        cls.moderator.groups.add(Group.objects.get(name="Moderators"))

    def post(self, **changes):
        data = {**VALID, **changes}
        return self.client.post(self.url, data)


class TestShareForm(SubmissionTestCase):
    def test_form_in_the_readers_language(self):
        response = self.client.get(self.url)
        self.assertContains(response, '<html lang="es"')
        self.assertContains(response, "Comparta su estrategia")
        self.assertContains(response, "Guatemala")
        self.assertContains(response, "Ciclo 4")
        self.assertContains(response, "Condiciones de detención")

    def test_valid_submission_becomes_a_draft_in_moderation(self):
        response = self.post()
        self.assertRedirects(response, self.url + "thanks/", fetch_redirect_response=False)
        page = StrategyPage.objects.get(title=VALID["title"])
        self.assertFalse(page.live)
        self.assertEqual(page.locale, locale("es"))
        self.assertEqual(page.get_parent().pk, self.index_es.pk)
        self.assertEqual(page.current_workflow_state.status, "in_progress")
        self.assertEqual([c.code for c in page.countries.all()], ["GT"])
        self.assertEqual([r.slug for r in page.regions.all()], ["latin-american-caribbean"])
        self.assertEqual(
            page.steps[0].value["text"].source,
            "<p>Reunimos a la defensoría.</p><p>Presentamos un informe.</p>",
        )
        contact = page.submission_contact
        self.assertEqual((contact.name, contact.email), ("Ana", "ana@example.org"))
        thanks = self.client.get(self.url + "thanks/")
        self.assertContains(thanks, "Qué ocurre después")

    def test_anonymous_submission_stores_no_organisation_anywhere(self):
        self.post()
        page = StrategyPage.objects.get(title=VALID["title"])
        self.assertTrue(page.is_anonymous)
        self.assertEqual(page.organisation, "")
        for revision in Revision.objects.filter(object_id=str(page.pk)):
            self.assertNotIn(ORGANISATION, str(revision.content))
        with connection.cursor() as cursor:
            for table in ("wagtailcore_page", "strategies_strategypage", "wagtailcore_revision"):
                cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 - fixed table names
                self.assertNotIn(ORGANISATION, str(cursor.fetchall()))

    def test_named_submission_keeps_the_organisation(self):
        self.post(identity="named")
        page = StrategyPage.objects.get(title=VALID["title"])
        self.assertEqual(page.organisation, ORGANISATION)
        self.assertFalse(page.is_anonymous)

    def test_invalid_input_is_explained_in_spanish_and_kept(self):
        response = self.post(what_was_done="", countries=[], identity="named", organisation="")
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "Por favor, corrija lo siguiente", status_code=400)
        self.assertContains(response, "Este campo es necesario.", status_code=400)
        self.assertContains(
            response,
            "Indique el nombre de su organización o elija mantener el anonimato.",
            status_code=400,
        )
        self.assertContains(response, f'value="{VALID["title"]}"', status_code=400)
        self.assertContains(response, "El Estado apoyó tres recomendaciones.", status_code=400)
        self.assertRegex(response.content.decode(), r'value="detention-conditions"[^>]*checked')
        self.assertFalse(StrategyPage.objects.filter(title=VALID["title"]).exists())

    def test_error_summary_follows_french_typography(self):
        response = self.client.post(self.index_fr.url + "share/", {**VALID, "title": ""})
        # A non-breaking space before the colon, as French writes it.
        self.assertContains(response, "Titre de votre stratégie\u00a0: ", status_code=400)

    def test_size_limits(self):
        response = self.post(title="x" * 201)
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "200", status_code=400)

    def test_honeypot_is_silently_dropped(self):
        response = self.post(website="http://spam.example")
        self.assertRedirects(response, self.url + "thanks/", fetch_redirect_response=False)
        self.assertFalse(StrategyPage.objects.filter(title=VALID["title"]).exists())

    def test_rate_limit_keeps_input_and_stores_no_address(self):
        for n in range(5):
            self.assertEqual(self.post(title=f"Envío {n}").status_code, 302)
        # Refused before anything is checked: even a bad document raises no error.
        bad = SimpleUploadedFile("x.pdf", b"not a document")
        response = self.client.post(self.url, {**VALID, "title": "Envío de más", "document": bad})
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "Envío de más", status_code=429)
        self.assertContains(response, "Vuelva a enviarla dentro de 60 minutos", status_code=429)
        self.assertContains(response, "vuelva a elegir su documento", status_code=429)
        self.assertNotContains(response, "Suba un documento PDF", status_code=429)
        self.assertRegex(response.content.decode(), r'value="detention-conditions"[^>]*checked')
        self.assertFalse(StrategyPage.objects.filter(title="Envío de más").exists())
        with connection.cursor() as cursor:
            for table in connection.introspection.table_names():
                cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - introspected names
                self.assertNotIn("127.0.0.1", str(cursor.fetchall()), table)

    def test_honest_mistakes_do_not_count(self):
        self.assertEqual(self.post(title="Primera").status_code, 302)
        for _attempt in range(6):
            self.assertEqual(self.post(title="").status_code, 400)
        self.assertEqual(self.post(title="Corregida").status_code, 302)

    def test_the_limit_is_shared_by_workers_and_survives_restarts(self):
        self.assertIsInstance(caches["shared"], DatabaseCache)
        for n in range(5):
            self.post(title=f"Envío {n}")
        # Another worker, or this one after a restart, has caches of its own.
        caches["default"].clear()
        fresh_worker = CacheHandler()
        with mock.patch("hub.ratelimit.caches", fresh_worker):
            self.assertEqual(self.post(title="Envío de más").status_code, 429)
        self.client.defaults["REMOTE_ADDR"] = "198.51.100.7"  # another connection
        self.assertEqual(self.post(title="Otra oficina").status_code, 302)

    def test_a_failure_keeps_nothing_and_loses_nothing(self):
        files_before = stored_files()
        with mock.patch.object(
            SubmissionContact.objects, "create", side_effect=DatabaseError("disk full")
        ):
            response = self.client.post(self.url, {**VALID, "document": pdf_document()})
        self.assertEqual(response.status_code, 503)
        self.assertContains(response, "no se ha guardado nada", status_code=503)
        self.assertContains(response, VALID["what_was_done"].split("\n")[0], status_code=503)
        self.assertContains(response, "vuelva a elegir su documento", status_code=503)
        self.assertFalse(StrategyPage.objects.filter(title=VALID["title"]).exists())
        self.assertFalse(get_document_model().objects.exists())
        self.assertEqual(stored_files(), files_before)
        # And the reader can send it again at once.
        self.assertEqual(self.post().status_code, 302)

    def test_accepted_document_goes_to_a_private_collection(self):
        response = self.client.post(self.url, {**VALID, "document": pdf_document()})
        self.assertEqual(response.status_code, 302)
        document = get_document_model().objects.get()
        self.assertEqual(document.collection.name, "Strategy submissions")
        self.assertTrue(document.collection.get_view_restrictions().exists())
        page = StrategyPage.objects.get(title=VALID["title"])
        self.assertEqual(page.resources[0].value["document"].pk, document.pk)


class TestModeration(SubmissionTestCase):
    def submit(self, **changes):
        self.post(**changes)
        return StrategyPage.objects.get(title=changes.get("title", VALID["title"]))

    def decide(self, page, action):
        task_state = page.current_workflow_state.current_task_state
        getattr(task_state.specific, action)(user=self.moderator)

    def test_moderator_approval_publishes_it_in_the_library(self):
        page = self.submit()
        self.decide(page, "approve")
        page.refresh_from_db()
        self.assertTrue(page.live)
        response = self.client.get(self.index_es.url)
        self.assertContains(response, VALID["title"])
        html = self.client.get(page.url).content.decode()
        self.assertIn("Anónima: la organización pidió no ser nombrada.", html)
        self.assertNotIn(ORGANISATION, html)
        self.assertIsNotNone(page.submission_contact.decided_at)

    def test_a_moderator_approves_it_in_the_admin(self):
        page = self.submit()
        task_state = page.current_workflow_state.current_task_state
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
        )
        editor = get_user_model().objects.create_user("ed", "ed@localhost", "pw")
        editor.groups.add(Group.objects.get(name="Editors"))
        sign_in(self.client, editor)
        self.client.post(url, {"comment": ""})
        page.refresh_from_db()
        self.assertFalse(page.live, "an editor is not a moderator")
        sign_in(self.client, self.moderator)
        self.client.post(url, {"comment": "Bien documentado."})
        page.refresh_from_db()
        self.assertTrue(page.live)
        self.client.logout()
        self.assertContains(self.client.get(self.index_es.url), VALID["title"])

    def test_moderators_are_notified_in_their_admin_language(self):
        french = get_user_model().objects.create_user("modfr", "modfr@localhost", "pw")
        french.groups.add(Group.objects.get(name="Moderators"))
        UserProfile.objects.update_or_create(user=french, defaults={"preferred_language": "fr"})
        self.submit()  # from the Spanish form
        notices = {message.to[0]: message for message in mail.outbox}
        self.assertIn("has been submitted for approval", notices["mod@localhost"].subject)
        self.assertIn("a été soumise", notices["modfr@localhost"].subject)
        # The submitter's contact address is in no notification.
        self.assertFalse([m for m in mail.outbox if VALID["contact_email"] in m.body])

    def test_rejection_keeps_it_unpublished(self):
        page = self.submit()
        self.decide(page, "reject")
        page.refresh_from_db()
        self.assertFalse(page.live)
        self.assertNotContains(self.client.get(self.index_es.url), VALID["title"])
        self.assertIsNotNone(page.submission_contact.decided_at)

    def test_contact_details_are_deleted_after_the_retention_period(self):
        decided_long_ago = self.submit(title="Antigua")
        decided_now = self.submit(title="Reciente")
        undecided = self.submit(title="Pendiente")
        self.decide(decided_long_ago, "approve")
        self.decide(decided_now, "reject")
        SubmissionContact.objects.filter(page=decided_long_ago).update(
            decided_at=timezone.now() - timedelta(days=31)
        )
        out = StringIO()
        call_command("purge_submission_contacts", stdout=out)
        self.assertIn("1", out.getvalue())
        remaining = set(SubmissionContact.objects.values_list("page__title", flat=True))
        self.assertEqual(remaining, {"Reciente", "Pendiente"})
        self.assertTrue(StrategyPage.objects.filter(pk=decided_long_ago.pk).exists())
        self.assertTrue(StrategyPage.objects.filter(pk=undecided.pk).exists())

    def test_only_moderators_see_contact_details(self):
        self.submit()
        url = "/admin/submission_contacts/"
        sign_in(self.client, self.moderator)
        self.assertContains(self.client.get(url), "ana@example.org")
        editor = get_user_model().objects.create_user("ed", "ed@localhost", "pw")
        editor.groups.add(Group.objects.get(name="Editors"))
        sign_in(self.client, editor)
        self.assertNotEqual(self.client.get(url).status_code, 200)
