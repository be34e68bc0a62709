from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe

from wagtail.documents.views.serve import serve as wagtail_serve_document

import wagtail_2fa.views

from hub.forms import TokenForm
from hub.sites import site_root_url


@never_cache
def switch_language(request, language_code):
    """Remember a reader's explicit language choice, then go to the page in that language.

    The language switcher links here with ``next`` set to the translated page. The
    cookie holds only the language code; it is what makes ``/`` open in the chosen
    language next time.
    """
    if language_code not in dict(settings.LANGUAGES):
        raise Http404
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = f"/{language_code}/"
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language_code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
        httponly=True,
    )
    return response


def serve_document(request, document_id, document_filename):
    """Wagtail's document view; a restricted document is also kept out of every cache.

    Documents are always downloads (WAGTAILDOCS_INLINE_CONTENT_TYPES is empty), with
    Wagtail's ``Content-Security-Policy: default-src 'none'`` and ``nosniff``.
    """
    response = wagtail_serve_document(request, document_id, document_filename)
    if getattr(request, "serves_restricted_document", False):
        response["Cache-Control"] = "private, no-store"
    return response


def locked_out(request, original_response=None, credentials=None):
    """What django-axes shows when sign-in is paused, in the reader's language."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "hub/locked_out.html", {"cooloff_minutes": minutes}, status=429)


class TwoFactorLoginView(wagtail_2fa.views.LoginView):
    """The second step of signing in: the code from the staff member's authenticator."""

    form_class = TokenForm


@require_safe
@cache_control(public=True, max_age=24 * 60 * 60)
def robots_txt(request):
    """Crawlers may read every public page, but not the admin, search results, the
    language switcher or the print and PDF copies of pages; the sitemap lists the rest."""
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /language/"]
    lines += [f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES]
    lines += ["Disallow: /*/handout/", "Disallow: /*/facilitator/", "Disallow: /*/pdf/"]
    lines += ["Allow: /", "", f"Sitemap: {site_root_url(request)}/sitemap.xml", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
