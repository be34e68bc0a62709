"""Logs that keep readers safe: no client address in any line the hub's processes write."""

import logging
import re

# IPv4 addresses; IPv6 addresses with "::" or at least five groups (so clock times and
# durations such as 12:30 or 0:00:01 are left alone), with an optional zone ("%eth0").
ADDRESS = re.compile(
    r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])"
    r"|(?<![\w:.])(?=[0-9A-Fa-f:]*::|(?:[0-9A-Fa-f]{1,4}:){4})[0-9A-Fa-f:]{2,39}(?:%\w+)?(?![\w:]|\.\d)"
)
REMOVED = "[address removed]"


class RemoveAddresses(logging.Filter):
    """Replace IP addresses in a log record's message (gunicorn's "Invalid request from
    ip=…", anything a library logs) before any handler writes it."""

    def filter(self, record):
        message = record.getMessage()
        cleaned = ADDRESS.sub(REMOVED, message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True
