from django.conf import settings
from django.shortcuts import render
from django.urls import reverse

# Public pages load nothing from any other site; this makes the browser enforce it.
PUBLIC_CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
# The Wagtail admin (and wagtail-localize's editor, the choosers, previews) also loads
# nothing from elsewhere. Wagtail 7.4's form widgets start with inline scripts whose
# text changes with every form (field ids, options) and carry no nonce, so inline
# scripts must be allowed there; scripts, styles, fonts, frames and connections from
# any other site stay blocked. It also sets inline styles, shows data: and blob:
# images, and frames its own previews.
ADMIN_CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)
# Powerful browser features no page of the hub uses, refused for every page and frame.
# ("browsing-topics" is the successor of FLoC's "interest-cohort", which browsers now
# reject as unknown.)
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics")
)


class SecurityHeadersMiddleware:
    """The same protective headers on every response, whichever layer made it.

    First in MIDDLEWARE, so it also sees the locale middleware's redirects and the
    static files WhiteNoise serves. Public responses (pages, feeds, PDFs, static files,
    redirects) get a Content Security Policy that allows only this site, frame
    protection, a Permissions Policy and ``Cross-Origin-Resource-Policy: same-origin``.
    The admin gets its own policy and X-Frame-Options SAMEORIGIN, because its live
    preview is an iframe. A response that brings its own policy (documents:
    ``default-src 'none'``) keeps it.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        response = self.get_response(request)
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        if request.path.startswith(self.admin_prefix):
            response["X-Frame-Options"] = "SAMEORIGIN"
            response.setdefault("Content-Security-Policy", ADMIN_CONTENT_SECURITY_POLICY)
        else:
            response.setdefault("X-Frame-Options", "DENY")
            response.setdefault("Content-Security-Policy", PUBLIC_CONTENT_SECURITY_POLICY)
        return response


class PublicRequestSizeMiddleware:
    """Refuse an oversized public request from its Content-Length, before reading it.

    Readers send at most one document (the share form's 5 MB) and some text, so a public
    request larger than ``PUBLIC_REQUEST_MAX_BYTES`` is refused at once with a page in
    the reader's language; nothing of its body is read or stored. Django reads no more
    than Content-Length bytes, so this is also the cap on what a request can make the
    server read. The admin keeps Django's own limits for editors' uploads.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(("/admin/", "/django-admin/")):
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > settings.PUBLIC_REQUEST_MAX_BYTES:
                # No "Connection: close": WSGI forbids hop-by-hop headers (runserver
                # fails on them); gunicorn's sync workers close after every response.
                # Rendered here: a TemplateResponse from a middleware is never rendered.
                return render(request, "413.html", status=413)
        return self.get_response(request)
