"""Content-Security-Policy for the reader pages (Django 5.2 has none built in)."""

from django.conf import settings

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
