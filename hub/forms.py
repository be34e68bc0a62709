import logging

from django.core.exceptions import ValidationError

from wagtail.admin.forms.auth import PasswordResetForm

import wagtail_2fa.forms
from django_otp.plugins.otp_totp.models import TOTPDevice

from hub.ratelimit import RateLimit, client_fingerprint

logger = logging.getLogger(__name__)

# Password reset e-mails: a few per account and per client each hour.
RESETS_PER_ACCOUNT = RateLimit("password-reset-account", limit=3, window=60 * 60)
RESETS_PER_CLIENT = RateLimit("password-reset-client", limit=10, window=60 * 60)


class ThrottledPasswordResetForm(PasswordResetForm):
    """Wagtail's password reset form, which stops sending when it is flooded.

    The page that follows says the same whether an e-mail went or not, so the limit
    reveals nothing about which addresses have accounts.
    """

    def save(self, *args, request=None, **kwargs):
        account = self.cleaned_data["email"].strip().lower()
        client = client_fingerprint(request) if request else ""
        if RESETS_PER_ACCOUNT.retry_at(account) or RESETS_PER_CLIENT.retry_at(client):
            logger.warning("Password reset e-mail not sent: too many requests in the last hour")
            return
        RESETS_PER_ACCOUNT.record(account)
        RESETS_PER_CLIENT.record(client)
        super().save(*args, request=request, **kwargs)


class TokenForm(wagtail_2fa.forms.TokenForm):
    """wagtail-2fa's code form, fitted to django-otp 1.7, which needs the device named.

    A staff member types only the code; it is checked against their own confirmed
    authenticator devices in turn (django-otp throttles each device after a failure).
    """

    def _verify_token(self, user, token, device=None):
        if device is not None:
            return super()._verify_token(user, token, device)
        error = None
        for candidate in TOTPDevice.objects.devices_for_user(user, confirmed=True):
            try:
                return super()._verify_token(user, token, candidate)
            except ValidationError as failure:
                error = failure
        raise error or ValidationError(self.otp_error_messages["invalid_token"])
