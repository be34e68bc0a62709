from django import template

from strategies.blocks import RESPONSES

register = template.Library()


@register.filter
def response_label(value):
    """ "Supported" or "Noted", in the reader's language."""
    return dict(RESPONSES).get(value, value)
