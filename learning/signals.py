"""Trainers build courses; they may propose changes to modules but not publish them."""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import GroupPagePermission

from learning.models import CourseIndexPage, ModuleIndexPage

TRAINERS = "Trainers"
SECTION_PERMISSIONS = {
    CourseIndexPage: ("add_page", "change_page", "publish_page"),
    ModuleIndexPage: ("change_page",),
}


def grant(page, codenames):
    group = Group.objects.filter(name=TRAINERS).first()
    if group is None:
        return
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


@receiver(post_save, sender=CourseIndexPage)
@receiver(post_save, sender=ModuleIndexPage)
def grant_trainers_their_sections(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant(instance, SECTION_PERMISSIONS[sender])
