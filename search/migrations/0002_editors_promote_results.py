"""Editors and Moderators may promote search results (Wagtail's search promotions)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["add_searchpromotion", "change_searchpromotion", "delete_searchpromotion"]


def forwards(apps, schema_editor):
    create_permissions(
        global_apps.get_app_config("wagtailsearchpromotions"), verbosity=0, apps=apps
    )
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailsearchpromotions", codename__in=CODENAMES
    )
    for name in ("Editors", "Moderators"):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_search_documents"),
        ("hub", "0002_locales_and_roles"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
