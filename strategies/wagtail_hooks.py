from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from strategies.models import SubmissionContact


class SubmissionContactViewSet(ModelViewSet):
    """Contact details of submissions: Moderators only (view and delete)."""

    model = SubmissionContact
    icon = "mail"
    menu_label = _("Submission contacts")
    add_to_admin_menu = True
    list_display = ["page", "name", "email", "received_at", "decided_at"]
    form_fields = ["name", "email"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_submission_contacts():
    return SubmissionContactViewSet("submission_contacts")
