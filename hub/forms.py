import logging

from wagtail.admin.forms.auth import PasswordResetForm

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
