"""The editorial roles, created as Wagtail groups by migration hub/0002."""

from django.utils.translation import gettext_lazy as _

EDITORS = "Editors"
MODERATORS = "Moderators"
TRAINERS = "Trainers"
TRANSLATOR_GROUPS = {"fr": "Translators (French)", "es": "Translators (Spanish)"}

ROLE_DESCRIPTIONS = {
    EDITORS: _("Write and edit pages; manage themes, stages, the menu and the footer."),
    MODERATORS: _("Everything editors do, and publish or reject what others submit."),
    TRAINERS: _("Build courses out of training modules."),
    TRANSLATOR_GROUPS["fr"]: _("Translate pages and snippets into French."),
    TRANSLATOR_GROUPS["es"]: _("Translate pages and snippets into Spanish."),
}
