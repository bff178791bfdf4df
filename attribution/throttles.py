"""Rate limits. The client is identified as DRF's throttles do: by the connecting address, or,
behind NUM_PROXIES reverse proxies, by the address the outermost trusted proxy saw (the
NUM_PROXIES-th entry from the end of X-Forwarded-For). With NUM_PROXIES=0 the header is ignored,
so a client cannot pass for a new one by sending a different header with each request."""

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle, BaseThrottle


def client_address(request):
    """The client's address as every rate limit and the admin lockout count it."""
    return BaseThrottle().get_ident(request)


class ReaderPagesThrottle(AnonRateThrottle):
    """Anonymous readers of the HTML pages, at PAGES_ANON_RATE."""

    scope = "pages"

    def get_rate(self):
        return settings.PAGES_ANON_RATE
