from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from strategies import ratelimit
from strategies.forms import SubmissionForm
from strategies.submissions import create_submission

SUBMISSIONS_PER_HOUR = 5


@never_cache
def share(request, index_page):
    """The public "share your strategy" form (no account needed)."""
    status = 200
    if request.method == "POST":
        form = SubmissionForm(request.POST, request.FILES)
        thanks_url = index_page.url + index_page.reverse_subpage("share_thanks")
        if form.is_spam:
            # Answer bots as if all went well, and keep nothing.
            return HttpResponseRedirect(thanks_url)
        if not ratelimit.hit(request, "share", SUBMISSIONS_PER_HOUR, 60 * 60):
            form.add_error(
                None,
                _(
                    "We have received several submissions from your connection in the last "
                    "hour. Please try again later; nothing you typed is lost."
                ),
            )
            status = 429
        elif form.is_valid():
            create_submission(index_page, form)
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
            "has_file_error": bool(form.errors.get("document")),
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
