"""Documents sent with a submission: real ones are kept under a name of the hub's
choosing; hostile ones are refused quickly, without memory growth and without a trace."""

import os
import tempfile
import time
import tracemalloc
from io import StringIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import SimpleTestCase

from wagtail.documents import get_document_model

from strategies.documents import MAX_DOCUMENT_BYTES, inspect_document
from strategies.models import StrategyPage
from tests.strategies.sample_documents import (
    handmade_pdf,
    hostile_documents,
    pdf,
    valid_documents,
)
from tests.strategies.test_submissions import VALID, SubmissionTestCase, stored_files


class TestInspectDocument(SimpleTestCase):
    def test_each_kind_is_recognised_by_its_content(self):
        for name, content, extension in valid_documents():
            with self.subTest(name=name):
                kind = inspect_document(SimpleUploadedFile(name, content))
                self.assertEqual(kind.extension, extension)

    def test_a_pdf_of_too_many_objects_is_refused(self):
        chain = [b"<< /Next %d 0 R >>" % number for number in range(5, 25_005)]
        flood = handmade_pdf(
            b"<< /Type /Catalog /Pages 2 0 R /Flood 4 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            *chain,
            b"<< >>",
        )
        with self.assertRaises(ValidationError) as refused:
            inspect_document(SimpleUploadedFile("informe.pdf", flood))
        self.assertEqual(refused.exception.code, "complex")


class TestSubmittedDocuments(SubmissionTestCase):
    def send(self, name, content, **changes):
        upload = SimpleUploadedFile(name, content, content_type="application/octet-stream")
        return self.client.post(self.url, {**VALID, **changes, "document": upload})

    def test_accepted_documents_are_stored_under_the_detected_type(self):
        for number, (name, content, extension) in enumerate(valid_documents()):
            with self.subTest(name=name):
                response = self.send(name, content, title=f"Estrategia {number}")
                self.assertEqual(response.status_code, 302)
                document = get_document_model().objects.latest("pk")
                self.assertRegex(document.file.name, rf"strategy-submission[\w-]*\.{extension}$")
                self.assertEqual(document.collection.name, "Strategy submissions")
                page = StrategyPage.objects.get(title=f"Estrategia {number}")
                self.assertEqual(page.resources[0].value["document"].pk, document.pk)

    def test_hostile_documents_are_refused_quickly_without_memory_growth(self):
        files_before = stored_files()
        self.send("informe.pdf", b"")  # the first request of a test loads templates
        for description, name, content, code in hostile_documents():
            with self.subTest(description):
                started = time.perf_counter()
                response = self.send(name, content)
                elapsed = time.perf_counter() - started
                self.assertEqual(response.status_code, 400)
                errors = response.context["form"].errors.as_data()["document"]
                self.assertEqual([error.code for error in errors], [code])
                self.assertContains(response, str(errors[0].message), status_code=400)
                self.assertLess(elapsed, 1.0)
                # Memory, measured apart (tracing slows everything down several times):
                # the upload is in memory once or twice; nothing is inflated.
                tracemalloc.start()
                self.send(name, content)
                _current, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                self.assertLess(peak, 3 * len(content) + 20 * 1024 * 1024)
        self.assertFalse(get_document_model().objects.exists())
        self.assertFalse(StrategyPage.objects.filter(title=VALID["title"]).exists())
        self.assertEqual(stored_files(), files_before)

    def test_refusals_are_explained_in_the_readers_language(self):
        response = self.send("poly.svg", b"%PDF-1.4\n<svg/>")
        self.assertContains(response, "Suba un documento PDF", status_code=400)
        response = self.send("bomb.odt", hostile_documents()[0][2])
        self.assertContains(response, "demasiado complejo", status_code=400)
        # What was typed is kept, and the reader is asked for a new file, not the same.
        self.assertContains(response, VALID["summary"], status_code=400)

    def test_a_document_over_5_mb_is_refused(self):
        response = self.send("informe.pdf", pdf() + b"%" * MAX_DOCUMENT_BYTES)
        self.assertContains(response, "supera los 5 MB", status_code=400)
        self.assertFalse(get_document_model().objects.exists())

    def test_an_oversized_request_is_refused_before_it_is_read(self):
        # The body is never read: Django's test payload would fail if it were.
        response = self.client.generic(
            "POST",
            self.url,
            b"--x--",
            content_type="multipart/form-data; boundary=x",
            CONTENT_LENGTH=str(100 * 1024 * 1024),
        )
        self.assertEqual(response.status_code, 413)
        self.assertContains(response, "demasiado grande", status_code=413)
        self.assertContains(response, 'lang="es"', status_code=413)


class TestPurgeOrphanedDocuments(SubmissionTestCase):
    def setUp(self):
        super().setUp()
        media = tempfile.TemporaryDirectory()
        self.addCleanup(media.cleanup)
        settings = self.settings(MEDIA_ROOT=media.name)
        settings.enable()
        self.addCleanup(settings.disable)

    def test_files_no_document_refers_to_are_deleted_after_an_hour(self):
        self.send_document()
        kept = get_document_model().objects.get().file.name
        old = default_storage.save("documents/left-by-a-failure.pdf", ContentFile(b"%PDF-"))
        new = default_storage.save("documents/being-saved-now.pdf", ContentFile(b"%PDF-"))
        an_hour_ago = time.time() - 2 * 60 * 60
        os.utime(default_storage.path(old), (an_hour_ago, an_hour_ago))

        out = StringIO()
        call_command("purge_orphaned_documents", "--dry-run", stdout=out)
        self.assertIn("Would delete 1 file(s)", out.getvalue())
        self.assertTrue(default_storage.exists(old))

        call_command("purge_orphaned_documents", stdout=StringIO())
        self.assertFalse(default_storage.exists(old))
        self.assertTrue(default_storage.exists(new))
        self.assertTrue(default_storage.exists(kept))

    def send_document(self):
        upload = SimpleUploadedFile("informe.pdf", pdf())
        response = self.client.post(self.url, {**VALID, "document": upload})
        self.assertEqual(response.status_code, 302)
