from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from strategies.models import SubmissionContact


class Command(BaseCommand):
    help = (
        "Delete the contact details sent with strategy submissions once "
        "SUBMISSION_CONTACT_RETENTION_DAYS have passed since the moderation decision. "
        "Run it daily from a scheduler (cron, a systemd timer)."
    )

    def handle(self, *args, **options):
        cutoff = timezone.now() - timedelta(days=settings.SUBMISSION_CONTACT_RETENTION_DAYS)
        deleted, _ = SubmissionContact.objects.filter(decided_at__lte=cutoff).delete()
        self.stdout.write(f"Deleted the contact details of {deleted} decided submission(s).")
