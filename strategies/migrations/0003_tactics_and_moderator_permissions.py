"""The tactic vocabulary, and Moderators' access to submission contact details."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

TACTICS = [
    ("joint-submission", "Joint stakeholder submission"),
    ("pre-session-advocacy", "Pre-session advocacy"),
    ("embassy-engagement", "Engagement with embassies"),
    ("parliamentary-engagement", "Parliamentary engagement"),
    ("media-campaign", "Media campaign"),
    ("coalition-building", "Coalition building"),
    ("monitoring-reporting", "Monitoring and mid-term reporting"),
    ("litigation", "Strategic litigation"),
    ("dialogue-government", "Dialogue with government"),
]


def forwards(apps, schema_editor):
    Tactic = apps.get_model("strategies", "Tactic")
    for order, (slug, name) in enumerate(TACTICS):
        Tactic.objects.update_or_create(slug=slug, defaults={"name": name, "sort_order": order})

    create_permissions(global_apps.get_app_config("strategies"), verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderators, _created = Group.objects.get_or_create(name="Moderators")
    for codename in ("view_submissioncontact", "delete_submissioncontact"):
        moderators.permissions.add(
            Permission.objects.get(content_type__app_label="strategies", codename=codename)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("strategies", "0002_strategies"),
        ("hub", "0002_locales_and_roles"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
