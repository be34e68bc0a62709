"""Helpers that build small page trees for the tests."""

from wagtail.models import Locale, Page, Site

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from hub.factories import HomePageFactory
from hub.translation import translate as demo_translate


def locale(code):
    return Locale.objects.get(language_code=code)


def make_site(**home_fields):
    """Replace Wagtail's welcome page with an English HomePage at the site root."""
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root, **home_fields)
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


def translate(page, code, **fields):
    """Publish a managed wagtail-localize translation of ``page`` with the given texts."""
    source = page.specific if isinstance(page, Page) else page
    return demo_translate(source, fields, locale(code))


def translate_home(home):
    fr = translate(home, "fr", title="Portail EPU", tagline="Apprendre l’EPU.", slug="accueil")
    es = translate(home, "es", title="Portal EPU", tagline="Aprender el EPU.", slug="inicio")
    return fr, es


def sign_in(client, user):
    """Sign ``user`` in to the admin, with the second factor where it is compulsory.

    Moderators and superusers must use two-factor sign-in: they get a confirmed TOTP
    device and a session verified with it, as after entering a code.
    """
    client.force_login(user)
    if user.has_perm("wagtailadmin.enable_2fa"):
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        device = device or TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
