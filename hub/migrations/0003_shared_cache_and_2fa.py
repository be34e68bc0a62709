"""The shared cache's table, and two-factor sign-in required of Moderators.

The "shared" cache (rate limits, sign-in lockouts) is a database table unless Redis is
configured; creating it here means `migrate` is the only set-up step. Moderators get
wagtail-2fa's "enable 2FA" permission, which makes the second factor compulsory for
them (superusers have every permission, so it is compulsory for them too).
"""

from django.core.management import call_command
from django.db import migrations


def create_shared_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


def require_2fa_of_moderators(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="enable_2fa"
    )
    for group in Group.objects.filter(name="Moderators"):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0002_locales_and_roles"),
        ("wagtail_2fa", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_shared_cache_table, migrations.RunPython.noop),
        migrations.RunPython(require_2fa_of_moderators, migrations.RunPython.noop),
    ]
