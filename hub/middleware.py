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
