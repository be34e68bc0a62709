"""Strings of wagtail-2fa (two-factor sign-in screens), which ships no Spanish.

Listed here so that `make messages` keeps them in locale/; the project's catalogs come
first in LOCALE_PATHS, so staff read these screens in French and Spanish too. Never
imported: it exists for the extractor. (The device form is the project's own template,
templates/wagtail_2fa/device_form.html.)
"""

from django.utils.translation import gettext_noop

STRINGS = [
    # wagtail_2fa/forms.py, utils.py, wagtail_hooks.py
    gettext_noop("OTP token"),
    gettext_noop("Enter the numeric code displayed on your device after scanning the QR code"),
    gettext_noop("Name"),
    gettext_noop("The human-readable name of this device."),
    gettext_noop("Current password"),
    gettext_noop("As an extra security measure, we need your current password."),
    gettext_noop("Invalid token. Please make sure you have entered it correctly."),
    gettext_noop("Invalid password"),
    gettext_noop("Device #%s"),
    gettext_noop("Manage your 2FA devices"),
    gettext_noop("Add or remove devices for 2 factor authentication."),
    gettext_noop("Manage 2FA"),
    gettext_noop("Edit this user"),
    # wagtail_2fa/templates: device list, device removal, the code form
    gettext_noop("Registered 2FA devices"),
    gettext_noop("Two Factor Settings"),
    gettext_noop("There are no devices for this user."),
    gettext_noop("New device"),
    gettext_noop("Update device"),
    gettext_noop("Delete 2FA device"),
    gettext_noop("Do you want to delete the device?"),
    gettext_noop("Remove device"),
    gettext_noop("Cancel"),
    gettext_noop("Enter your two-factor authentication code"),
    gettext_noop("Invalid code"),
    gettext_noop("Sign in"),
    gettext_noop("Signing in…"),
    gettext_noop("Sign out"),
]
