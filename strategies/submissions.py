"""Turn a CSO's submission into a draft case study awaiting moderation."""

import logging

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import translation
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page

from strategies.models import StrategyPage, SubmissionContact

SUBMISSIONS_COLLECTION = "Strategy submissions"
MODERATORS = "Moderators"

logger = logging.getLogger(__name__)


class SubmissionFailed(Exception):
    """Nothing of the submission was kept; the reader can send it again."""


def paragraphs(text):
    """Plain text from the form as rich text: one paragraph per blank-line-separated block."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(
        "<p>{}</p>".format(escape(block).replace("\n", "<br/>")) for block in blocks if block
    )


def private_collection():
    """The collection for submitted documents: only Moderators (and superusers) see it.

    Created with its restriction by migration strategies/0004; made again here if an
    administrator removed it. Other groups hold document permissions on the "Public
    documents" collection only, so this one is in none of their listings or choosers.
    """
    collection = Collection.objects.filter(name=SUBMISSIONS_COLLECTION).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=SUBMISSIONS_COLLECTION)
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name=MODERATORS))
    return collection


def unique_slug(parent, title):
    base = slugify(title)[:60] or "strategy"
    slug, number = base, 1
    while Page.objects.child_of(parent).filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def create_submission(index_page, form):
    """Create the draft page, its document, its private contact record and its workflow.

    All or nothing: the database work is one transaction, and a stored document is
    deleted again if anything fails, so a failure leaves no row and no orphaned file.
    """
    stored_files = []
    try:
        with transaction.atomic():
            return _create_submission(index_page, form, stored_files)
    except Exception as error:
        for file in stored_files:
            file.storage.delete(file.name)
        # No submitted text in the log: only what failed.
        logger.error("A strategy submission failed and was not kept: %s", type(error).__name__)
        raise SubmissionFailed from error


def _create_submission(index_page, form, stored_files):
    data = form.cleaned_data
    anonymous = data["identity"] == form.ANONYMOUS
    steps = [
        {
            "type": "step",
            "value": {"title": _("What was done"), "text": paragraphs(data["what_was_done"])},
        }
    ]
    page = StrategyPage(
        title=data["title"],
        slug=unique_slug(index_page, data["title"]),
        summary=data["summary"],
        organisation="" if anonymous else data["organisation"].strip(),
        is_anonymous=anonymous,
        cycle=data["cycle"],
        context=paragraphs(data["context"]),
        steps=steps,
        outcomes=paragraphs(data["outcomes"]),
        why_it_worked=paragraphs(data["lessons"]),
        risks=paragraphs(data["risks"]),
        replication=paragraphs(data["replication"]),
        live=False,
    )
    terms = form.vocabulary()
    page.countries = terms["countries"]
    page.stages = terms["stages"]
    page.themes.set(terms["themes"])
    page.tactics.set(terms["tactics"])
    page.regions.set(terms["regions"])
    if data.get("document"):
        document = get_document_model()(
            title=_("Document sent with “%(title)s”") % {"title": data["title"][:150]},
            collection=private_collection(),
        )
        document.file.save(data["document"].name, data["document"], save=False)
        stored_files.append(document.file)
        document._set_document_file_metadata()
        document.save()
        page.resources = [
            {"type": "document", "value": {"title": document.title, "document": document.pk}}
        ]
    index_page.add_child(instance=page)
    page.save_revision(log_action=True)

    if data.get("contact_name") or data.get("contact_email"):
        SubmissionContact.objects.create(
            page=page, name=data.get("contact_name", ""), email=data.get("contact_email", "")
        )

    workflow = page.get_workflow()
    if workflow is None:
        raise RuntimeError("Strategy submissions need a moderation workflow on the library.")
    # Wagtail writes each moderator's notification in their admin language, or else in
    # the language active now, the submitter's; moderators who chose none read the default.
    with translation.override(settings.LANGUAGE_CODE):
        workflow.start(page, user=None)
    return page
