from datetime import UTC, datetime, timedelta

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand

from wagtail.documents import get_document_model

FOLDER = "documents"
# Younger files may belong to a submission that is being saved right now.
GRACE = timedelta(hours=1)


class Command(BaseCommand):
    help = (
        "Delete files in the documents folder that no document refers to, such as the "
        "uploads of submissions that failed before submissions became all or nothing. "
        "Files younger than an hour are left alone. Run it daily with "
        "purge_submission_contacts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List the files without deleting them."
        )

    def handle(self, *args, dry_run=False, **options):
        if not default_storage.exists(FOLDER):
            self.stdout.write("No documents folder; nothing to do.")
            return
        referenced = set(get_document_model().objects.values_list("file", flat=True))
        cutoff = datetime.now(UTC) - GRACE
        _folders, files = default_storage.listdir(FOLDER)
        orphans = [
            name
            for name in (f"{FOLDER}/{file}" for file in files)
            if name not in referenced and default_storage.get_modified_time(name) < cutoff
        ]
        for name in orphans:
            if not dry_run:
                default_storage.delete(name)
            self.stdout.write(name)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(f"{verb} {len(orphans)} file(s) that no document refers to.")
