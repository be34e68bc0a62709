"""Submitted documents: seen by Moderators and superusers only.

Wagtail grants document permissions on the root collection, and permissions on a
collection hold for every collection under it, so a restricted sub-collection would
still be listed in every group's chooser. This moves the other groups' document
permissions (and the root's documents) to a "Public documents" collection, keeps the
Moderators' on the root, and restricts "Strategy submissions" to the Moderators group.
"""

from django.db import migrations

PUBLIC = "Public documents"
SUBMISSIONS = "Strategy submissions"
MODERATORS = "Moderators"


def forwards(apps, schema_editor):
    # Collections form a tree (django-treebeard), which historical models cannot grow.
    from wagtail.models import Collection

    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    Document = apps.get_model("wagtaildocs", "Document")

    root = Collection.get_first_root_node()
    if root is None:
        return
    public = root.get_children().filter(name=PUBLIC).first() or root.add_child(name=PUBLIC)
    submissions = root.get_children().filter(name=SUBMISSIONS).first() or root.add_child(
        name=SUBMISSIONS
    )

    GroupCollectionPermission.objects.filter(
        collection_id=root.pk, permission__content_type__app_label="wagtaildocs"
    ).exclude(group__name=MODERATORS).update(collection_id=public.pk)
    Document.objects.filter(collection_id=root.pk).update(collection_id=public.pk)

    CollectionViewRestriction.objects.filter(collection_id=submissions.pk).delete()
    restriction = CollectionViewRestriction.objects.create(
        collection_id=submissions.pk, restriction_type="groups"
    )
    restriction.groups.set(Group.objects.filter(name=MODERATORS))


class Migration(migrations.Migration):
    dependencies = [
        ("strategies", "0003_tactics_and_moderator_permissions"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
