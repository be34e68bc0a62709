"""A rate limit that never stores an IP address.

The reader's address is turned into a keyed hash (HMAC with the site's secret key)
that lives only as a cache key and expires with the window; nothing is written to
the database or the logs.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache


def _key(request, scope):
    address = request.META.get("REMOTE_ADDR", "")
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{scope}:{address}".encode(), hashlib.sha256
    ).hexdigest()
    return f"ratelimit:{scope}:{digest}"


def hit(request, scope, limit, window):
    """Count one attempt; return True while the sender is within ``limit`` per ``window`` s."""
    key = _key(request, scope)
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count <= limit
