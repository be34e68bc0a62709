"""PDF versions of pages, rendered by WeasyPrint from our own templates and files.

The fetcher only reads files (the project's static folder) and data URLs, so a PDF
never makes a network request; fonts are the project's own (hub/static/fonts).
"""

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.text import slugify

STATIC_DIR = settings.BASE_DIR / "hub" / "static"


def pdf_response(request, template, context, title):
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    html = render_to_string(template, {**context, "pdf": True}, request=request)
    document = HTML(
        string=html,
        base_url=STATIC_DIR.as_uri() + "/",
        url_fetcher=URLFetcher(allowed_protocols=("file", "data")),
    ).write_pdf()
    response = HttpResponse(document, content_type="application/pdf")
    filename = f"{slugify(title)[:80] or 'document'}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
