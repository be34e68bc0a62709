"""Create the three content locales and the editorial roles as Wagtail groups."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

LANGUAGES = ["en", "fr", "es"]

SNIPPET_PERMISSIONS = [
    ("hub", "add_theme"),
    ("hub", "change_theme"),
    ("hub", "delete_theme"),
    ("hub", "add_stage"),
    ("hub", "change_stage"),
    ("hub", "delete_stage"),
    ("hub", "add_footer"),
    ("hub", "change_footer"),
    ("hub", "change_mainmenu"),
    ("wagtail_localize", "submit_translation"),
]
TRANSLATOR_PERMISSIONS = [
    ("hub", "change_theme"),
    ("hub", "change_stage"),
    ("hub", "change_footer"),
]
ROLES = {
    "Editors": SNIPPET_PERMISSIONS,
    "Moderators": SNIPPET_PERMISSIONS,
    "Trainers": [],
    "Translators (French)": TRANSLATOR_PERMISSIONS,
    "Translators (Spanish)": TRANSLATOR_PERMISSIONS,
}


def create_locales_and_roles(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)

    # Permissions are normally created after all migrations; the roles need them now.
    create_permissions(global_apps.get_app_config("hub"), verbosity=0, apps=apps)

    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for name, permissions in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for app_label, codename in permissions:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(
        name__in=["Trainers", "Translators (French)", "Translators (Spanish)"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_locales_and_roles, remove_roles)]
