from django.dispatch import receiver
from django.utils import timezone

from wagtail.signals import workflow_approved, workflow_cancelled, workflow_rejected

from strategies.models import SubmissionContact


@receiver(workflow_approved)
@receiver(workflow_rejected)
@receiver(workflow_cancelled)
def record_moderation_decision(sender, instance, user=None, **kwargs):
    """Start the retention clock of a submission's contact details at the decision."""
    SubmissionContact.objects.filter(page_id=instance.object_id, decided_at__isnull=True).update(
        decided_at=timezone.now()
    )
