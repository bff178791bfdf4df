"""The reader pages' own middleware: a Content-Security-Policy (Django 5.2 has none built in)
and a rate limit for anonymous readers."""

import hashlib
import math

from django.conf import settings
from django.core.cache import caches
from django.core.signals import setting_changed
from django.shortcuts import render

from attribution import selectors
from attribution.throttles import ReaderPagesThrottle

PAGES_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)


class ReaderPagesContentSecurityPolicyMiddleware:
    """Sets PAGES_POLICY on the reader pages and on error pages of URLs that match no view.

    Admin and the API docs are left to their own policies: their templates come from
    Django and drf-spectacular, and this one would block their inline code.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        is_page = match is None or match.app_name == "pages"
        # With DEBUG on, errors show Django's technical pages, whose CSS is inline.
        debug_error_page = settings.DEBUG and response.status_code >= 400
        if is_page and not debug_error_page and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = PAGES_POLICY
        return response


class ReaderPagesThrottleMiddleware:
    """Anonymous readers may open PAGES_ANON_RATE reader pages (default 120 a minute), counted
    per client address like the API's throttles (see NUM_PROXIES); then a 429 page saying when
    to come back. Signed-in users (editors) are not counted here."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.app_name != "pages" or request.user.is_authenticated:
            return None
        throttle = ReaderPagesThrottle()
        if throttle.allow_request(request, None):
            return None
        wait = max(1, math.ceil(throttle.wait() or 1))
        response = render(request, "pages/429.html", {"wait": wait}, status=429)
        response["Retry-After"] = str(wait)
        return response


class ReaderPagesCacheMiddleware:
    """Anonymous readers all see the same page for the same URL until the data changes, so each
    rendering is kept in the `pages` cache (each process's own memory) under the URL and
    selectors.data_generation(), for at most
    PAGES_CACHE_SECONDS (0: no cache). An approval or an ingest changes the generation: the next
    reader gets a fresh page at once. Signed-in users (editors, who see unreviewed rows) always
    get a fresh page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_page_cache_key", None)
        # A page holding a CSRF token (a form) or setting a cookie belongs to one visitor only.
        personal = response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        if key and response.status_code == 200 and not personal and not response.streaming:
            caches["pages"].set(key, response, settings.PAGES_CACHE_SECONDS)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if (
            not settings.PAGES_CACHE_SECONDS
            or match is None
            or match.app_name != "pages"
            or request.method not in ("GET", "HEAD")
            or request.user.is_authenticated
        ):
            return None
        address = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        request._page_cache_key = f"page:{selectors.data_generation()}:{address}"
        return caches["pages"].get(request._page_cache_key)


def _pages_forget(**kwargs):
    # A page depends on settings too (what readers may see): when one changes (only tests and
    # the shell change settings at run time), no page rendered under the old value is served.
    caches["pages"].clear()


setting_changed.connect(_pages_forget, dispatch_uid="reader-pages-cache-forget")
