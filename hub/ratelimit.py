"""Rate limits that never store an address, shared by every worker and kept across restarts.

A reader's address (or an account's e-mail) becomes a keyed hash (HMAC with the site's
secret key). It lives only as part of a cache key in the ``shared`` cache (the database
by default, Redis when ``CACHE_URL`` names one), holds the times of the recent counted
events, and expires with the window. Nothing is written to the logs.
"""

import hashlib
import hmac
import time
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import caches


def keyed_hash(value):
    return hmac.new(settings.SECRET_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()


def client_fingerprint(request):
    """The client's address as a keyed hash: the only form in which the hub handles it."""
    return keyed_hash("client:" + request.META.get("REMOTE_ADDR", ""))


def describe_client(username, ip_address, user_agent, path_info, request):
    """How django-axes names a sign-in attempt in its log lines: account and hash prefix."""
    return f"username={username!r} client={str(ip_address)[:12]}"


class RateLimit:
    """At most ``limit`` counted events per ``window`` seconds for one key of a scope.

    Only what ``record`` counts is limited: the share form records accepted submissions,
    so honest mistakes never use up the allowance.
    """

    def __init__(self, scope, limit, window):
        self.scope, self.limit, self.window = scope, limit, window

    def _key(self, identity):
        return f"ratelimit:{self.scope}:{keyed_hash(f'{self.scope}:{identity}')}"

    def _recent(self, key, now):
        return [t for t in caches["shared"].get(key, []) if t > now - self.window]

    def retry_at(self, identity):
        """None while ``identity`` may go on; else when it may try again (aware datetime)."""
        now = time.time()
        recent = self._recent(self._key(identity), now)
        if len(recent) < self.limit:
            return None
        return datetime.fromtimestamp(recent[-self.limit] + self.window, tz=UTC)

    def record(self, identity):
        now = time.time()
        key = self._key(identity)
        recent = self._recent(key, now)[-(self.limit - 1) :] if self.limit > 1 else []
        caches["shared"].set(key, [*recent, now], timeout=self.window)
