"""Index updates follow what editors do: publish, unpublish, delete, move, privacy, taxonomy.

Publishing covers new pages, edits, scheduled publishing, workflow approvals and
wagtail-localize translations (they are published like any page). Tags are saved
with the page before ``page_published`` is sent, so new tags are found at once.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from hub.models import Stage, Theme

from . import indexing


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    indexing.update([instance])


@receiver(page_unpublished)
def remove_unpublished_page(sender, instance, **kwargs):
    indexing.update_subtree(instance)


@receiver(post_delete)
def remove_deleted_page(sender, instance, **kwargs):
    # Sent once per model in a page's inheritance chain: act on the base row only.
    if sender is Page:
        indexing.remove([instance.pk])


@receiver(post_page_move)
def index_moved_page(sender, instance, **kwargs):
    indexing.update_subtree(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def index_restricted_pages(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        indexing.update_subtree(page)


@receiver(post_save, sender=Theme)
@receiver(post_save, sender=Stage)
def index_pages_with_term(sender, instance, **kwargs):
    """A renamed or newly translated theme or stage: its words change in the documents."""
    from .models import SearchFacetValue

    facet = "theme" if sender is Theme else "stage"
    page_ids = SearchFacetValue.objects.filter(facet=facet, value=instance.slug).values(
        "document_id"
    )
    pages = Page.objects.filter(pk__in=page_ids, locale_id=instance.locale_id).specific()
    if pages:
        indexing.update(pages)
