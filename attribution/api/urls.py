"""The API's routes, mounted at /api/ by project/urls.py (namespace "api")."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter, SimpleRouter

from attribution.api import views


class ApiRouter(DefaultRouter):
    """Every route also answers without its trailing slash (`…/approve` as well as `…/approve/`):
    a POST to the bare URL would otherwise hit Django's APPEND_SLASH error. The bare copies
    have no URL name and stay out of the OpenAPI schema, so both list each route once."""

    include_format_suffixes = False

    def get_urls(self):
        urls = super().get_urls()
        self.trailing_slash = ""
        try:
            bare = SimpleRouter.get_urls(self)
        finally:
            self.trailing_slash = "/"
        for pattern in bare:
            callback = pattern.callback
            view = callback.cls.as_view(callback.actions, **{**callback.initkwargs, "schema": None})
            urls.append(re_path(pattern.pattern.regex.pattern, view))
        return urls


router = ApiRouter()
router.register("outlets", views.OutletViewSet, basename="outlet")
router.register("sources", views.SourceViewSet, basename="source")
router.register("articles", views.ArticleViewSet, basename="article")
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("attributions", views.AttributionViewSet, basename="attribution")
router.register("jobs", views.IngestJobViewSet, basename="ingestjob")
router.register("feeds", views.FeedViewSet, basename="feed")

app_name = "api"
urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("", include(router.urls)),
    # [\s\S], not ".": an id holding a newline must not fall through to the HTML 404 page.
    re_path(r"^(?P<path>[\s\S]*)$", views.not_found),
]
