import math

from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache

from hub.ratelimit import RateLimit, client_fingerprint
from strategies.forms import SubmissionForm
from strategies.submissions import SubmissionFailed, create_submission

# Accepted submissions per connection: enough for a training room, not for a flood.
SUBMISSIONS = RateLimit("share", limit=5, window=60 * 60)


def retry_notice(retry_at):
    minutes = max(1, math.ceil((retry_at - timezone.now()).total_seconds() / 60))
    return ngettext(
        "We have received several strategies from your connection in the last hour. "
        "Please send this one again in %(minutes)s minute; nothing you typed is lost.",
        "We have received several strategies from your connection in the last hour. "
        "Please send this one again in %(minutes)s minutes; nothing you typed is lost.",
        minutes,
    ) % {"minutes": minutes}


@never_cache
def share(request, index_page):
    """The public "share your strategy" form (no account needed)."""
    status, notice = 200, None
    if request.method == "POST":
        form = SubmissionForm(request.POST, request.FILES)
        thanks_url = index_page.url + index_page.reverse_subpage("share_thanks")
        if form.is_spam:
            # Answer bots as if all went well, and keep nothing.
            return HttpResponseRedirect(thanks_url)
        client = client_fingerprint(request)
        retry_at = SUBMISSIONS.retry_at(client)
        if retry_at:
            # Refused before anything is checked: the form comes back as typed.
            form = SubmissionForm(initial=form.typed_values())
            status, notice = 429, retry_notice(retry_at)
        elif form.is_valid():
            try:
                create_submission(index_page, form)
            except SubmissionFailed:
                status = 503
                notice = _(
                    "Something went wrong on our side and nothing was saved. Please send "
                    "the form again in a few minutes; what you typed is below."
                )
            else:
                SUBMISSIONS.record(client)
                return HttpResponseRedirect(thanks_url)
        else:
            status = 400
    else:
        form = SubmissionForm()
    return TemplateResponse(
        request,
        "strategies/share.html",
        {
            "page": index_page,
            "form": form,
            "notice": notice,
            # A browser never keeps a chosen file: ask for it again unless it was refused.
            "resend_document": "document" in request.FILES
            and not (form.is_bound and form.errors.get("document")),
            "retention_days": settings.SUBMISSION_CONTACT_RETENTION_DAYS,
            "route_suffix": index_page.reverse_subpage("share"),
        },
        status=status,
    )


def share_thanks(request, index_page):
    return TemplateResponse(
        request,
        "strategies/share_thanks.html",
        {"page": index_page, "route_suffix": index_page.reverse_subpage("share_thanks")},
    )
