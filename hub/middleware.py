from django.conf import settings
from django.template.response import TemplateResponse
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


class SecurityHeadersMiddleware:
    """Strict headers for readers; what the Wagtail admin needs for its previews.

    Public pages get a Content Security Policy that allows only this site. The admin
    keeps X-Frame-Options SAMEORIGIN because its live preview is an iframe; Django's
    XFrameOptionsMiddleware leaves a header that is already set alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        response = self.get_response(request)
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        if request.path.startswith(self.admin_prefix):
            response["X-Frame-Options"] = "SAMEORIGIN"
        elif "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = PUBLIC_CONTENT_SECURITY_POLICY
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
                response = TemplateResponse(request, "413.html", status=413)
                response["Connection"] = "close"
                return response
        return self.get_response(request)
