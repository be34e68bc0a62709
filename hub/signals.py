from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import GroupPagePermission

from hub.models import HomePage
from hub.roles import TRANSLATOR_GROUPS


@receiver(post_save, sender=HomePage)
def grant_translators_their_language(sender, instance, created, raw=False, **kwargs):
    """Translators of a language may edit and publish that language's page tree."""
    if raw:
        return
    group_name = TRANSLATOR_GROUPS.get(instance.locale.language_code)
    if group_name is None:
        return
    group = Group.objects.filter(name=group_name).first()
    if group is None:
        return
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=instance,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
