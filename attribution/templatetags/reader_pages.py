from urllib.parse import urlsplit

from django import template

from attribution import reading

register = template.Library()


@register.filter
def http_url(value):
    """The URL if it is http(s), else "": stored URLs are untrusted, and autoescaping
    does not stop a javascript: link."""
    value = (value or "").strip()
    try:
        scheme = urlsplit(value).scheme.lower()
    except ValueError:
        return ""
    return value if scheme in ("http", "https") else ""


@register.filter
def kind_label(attribution):
    """Direct quote, partial quote or paraphrase."""
    return reading.kind_label(attribution)


@register.filter
def speaker_label(attribution):
    """Whom the attribution credits, name and role as its article wrote them."""
    return reading.speaker_label(attribution)
