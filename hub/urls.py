from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.decorators.cache import cache_page

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from hub import views
from hub.sitemap import MultilingualSitemap
from search import views as search_views

urlpatterns = [
    # wagtail-2fa's code form, with the device lookup django-otp 1.7 requires (hub/forms.py).
    path("admin/2fa/auth", views.TwoFactorLoginView.as_view(), name="wagtail_2fa_auth"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/<int:document_id>/<str:document_filename>", views.serve_document),
    path("documents/", include(wagtaildocs_urls)),
    path("language/<str:language_code>/", views.switch_language, name="switch_language"),
    path("health/", search_views.health, name="health"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        cache_page(60 * 15)(sitemap),
        {"sitemaps": {"pages": MultilingualSitemap}},
        name="sitemap",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/autocomplete/", search_views.autocomplete, name="search_autocomplete"),
    path("", include(wagtail_urls)),
)
