"""The REST API's viewsets: reads through the selectors, writes through the services.

Readers (anonymous or not in the editors group) see approved attributions and what they point
to; editors also see pending and rejected ones, and may ingest, correct, review and merge.
"""

import csv

from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, PolymorphicProxySerializer, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.permissions import SAFE_METHODS
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.response import Response

from attribution import exports, selectors, services
from attribution.api import serializers as s
from attribution.api.errors import ConflictSerializer, ErrorSerializer, ServiceErrorsMixin, refuse_oversized_body
from attribution.api.filters import (
    ArticleFilter,
    AttributionFilter,
    ClaimFilter,
    IngestJobFilter,
    OutletFilter,
    SourceFilter,
)
from attribution.api.pagination import CursorPage
from attribution.api.permissions import IsEditor, IsEditorOrReadOnly
from attribution.models import Article, Attribution, Claim, IngestJob, Outlet, Source

# ---------------------------------------------------------------- plumbing


class JSONLDRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"


class CSVRenderer(BaseRenderer):
    """Lets the CSV export accept `Accept: text/csv`. Its rows stream without a renderer and its
    errors are rendered as JSON (ApiViewSet.finalize_response)."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return JSONRenderer().render(data)


EXPORT_RENDERERS = (JSONLDRenderer, CSVRenderer)


class FirstRendererNegotiation(DefaultContentNegotiation):
    """Exports have one format: answer in it whatever the Accept header asks."""

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class _Echo:
    def write(self, value):
        return value


def _stream_csv(rows, filename):
    writer = csv.writer(_Echo())
    response = StreamingHttpResponse((writer.writerow(row) for row in rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# Stable tracker URLs for the exports: the reader page of each row, or its API URL when it has no page.
URL_NAMES = {
    Outlet: "pages:outlet",
    Source: "pages:source",
    Article: "pages:article",
    Claim: "pages:claim",
    Attribution: "api:attribution-detail",
}


def _url_for(request):
    def url_for(obj):
        return request.build_absolute_uri(reverse(URL_NAMES[type(obj)], args=[obj.pk]))

    return url_for


EXPORT = {"renderer_classes": [JSONLDRenderer], "content_negotiation_class": FirstRendererNegotiation}
ERRORS = {
    400: OpenApiResponse(OpenApiTypes.OBJECT, description="Invalid input: errors per field"),
    401: OpenApiResponse(ErrorSerializer, description="No credentials (send `Authorization: Token …`)"),
    403: OpenApiResponse(ErrorSerializer, description="Not a member of the editors group"),
    404: OpenApiResponse(ErrorSerializer, description="No such row, or not one you may see"),
    409: OpenApiResponse(ConflictSerializer, description="Stale version: someone changed the row since you read it"),
}


def _errors(*codes):
    return {code: ERRORS[code] for code in codes}


def _json_errors(*codes):
    """For exports: their errors are JSON, not the export's format."""
    return {(code, "application/json"): ERRORS[code] for code in codes}


class ApiViewSet(ServiceErrorsMixin, viewsets.GenericViewSet):
    permission_classes = [IsEditorOrReadOnly]
    pagination_class = CursorPage
    filter_backends = [DjangoFilterBackend, OrderingFilter]
    lookup_value_regex = r"[0-9]+"

    def initial(self, request, *args, **kwargs):
        # Before authentication may read a form body: a huge body is refused unread, as JSON.
        if request.method not in SAFE_METHODS:
            refuse_oversized_body(request)
        super().initial(request, *args, **kwargs)

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "is_editor": selectors.user_is_editor(self.request.user)}

    def filter_queryset(self, queryset):
        # Query-string filters select rows of lists (and of the CSV export); a row's own URL
        # shows it whatever the query string says. Visibility is get_queryset's business.
        return super().filter_queryset(queryset) if self.detail is False else queryset

    def finalize_response(self, request, response, *args, **kwargs):
        # An export renders only its result in its own format; its errors (and OPTIONS) are JSON like all others.
        renderer = getattr(request, "accepted_renderer", None)
        answers_in_json = response.status_code >= 400 or request.method == "OPTIONS"
        if isinstance(response, Response) and answers_in_json and isinstance(renderer, EXPORT_RENDERERS):
            request.accepted_renderer, request.accepted_media_type = JSONRenderer(), JSONRenderer.media_type
        return super().finalize_response(request, response, *args, **kwargs)

    def validated(self, serializer_class, **context):
        serializer = serializer_class(data=self.request.data, context={**self.get_serializer_context(), **context})
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data


# ---------------------------------------------------------------- outlets and sources


class OutletViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    """Publishers. Public."""

    serializer_class = s.OutletSerializer
    filterset_class = OutletFilter
    ordering_fields = ["name", "id"]
    ordering = "name"

    def get_queryset(self):
        return selectors.outlets_for_api()


class SourceViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    """Speakers: people, organizations and unnamed sources ("officials")."""

    serializer_class = s.SourceSerializer
    filterset_class = SourceFilter
    ordering_fields = ["name", "id", "created_at"]
    ordering = "name"

    def get_queryset(self):
        return selectors.sources_visible_to(self.request.user)

    @extend_schema(
        summary="Merge this source into another",
        description="Its names become aliases of `into`, its attributions and relay hops move there, "
        "and it is deleted (its history stays). Answers with the source kept.",
        request=s.SourceMergeSerializer,
        responses={200: s.SourceSerializer, **_errors(400, 401, 403, 404, 409)},
    )
    @action(detail=True, methods=["post"])
    def merge(self, request, pk=None):
        source = self.get_object()
        data = self.validated(s.SourceMergeSerializer, merged=source)
        into = services.source_merge(
            source=source, into=data["into"], by=request.user, version=data["version"],
            into_version=data.get("into_version"),
        )
        return Response(self.get_serializer(self.get_queryset().get(pk=into.pk)).data)


# ---------------------------------------------------------------- articles


@extend_schema_view(
    retrieve=extend_schema(summary="An article with its text and the attributions you may see"),
)
class ArticleViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    """Articles are public; their attributions are filtered like everywhere else."""

    filterset_class = ArticleFilter
    ordering_fields = ["id", "created_at"]
    ordering = "-id"

    def get_queryset(self):
        if self.action == "list":
            return selectors.articles_for_api(self.request.user)
        return selectors.article_for_api(self.request.user)

    def get_serializer_class(self):
        return s.ArticleSerializer if self.action == "list" else s.ArticleDetailSerializer

    @extend_schema(
        summary="Ingest an article",
        description="Stores the article (`text`, `html` reduced to its article text, or `url` alone: the page "
        "is fetched and its article text, title, author, date and site name taken from it) and its extracted "
        "attributions, pending review. Without a task queue: 201 with the new article; the same text or URL "
        "again answers 200 with the article already stored, and nothing is written; a page that cannot be "
        "fetched is a 400 on `url` (its failed job is kept, see /api/jobs/). With a task queue "
        "(CELERY_BROKER_URL): 202 with the ingest job and its `status_url` (200 when the article is already "
        "stored).",
        request=s.ArticleIngestSerializer,
        responses={
            201: s.ArticleDetailSerializer,
            200: OpenApiResponse(
                PolymorphicProxySerializer(
                    component_name="ArticleOrJob", serializers=[s.ArticleDetailSerializer, s.IngestJobSerializer],
                    resource_type_field_name=None,
                ),
                description="Already stored: the article (inline), or the job that found it (task queue)",
            ),
            202: s.IngestJobSerializer,
            **_errors(400, 401, 403),
            413: OpenApiResponse(ErrorSerializer, description="Article or request body over the size limit"),
        },
    )
    def create(self, request):
        serializer = s.ArticleIngestSerializer(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        if "html" in data:
            page = services.article_from_html(html=data.pop("html"))
            data["text"] = page.text
            data["title"] = data.get("title") or page.title
            data["published"] = data.get("published") or page.published
        if serializer.fetches_url:
            requested = services.ingest_job_for_url(**data, by=request.user)
        elif not services.queue_runs_inline():
            requested = services.ingest_job_for_text(**data, by=request.user)
        else:
            result = services.article_ingest(**data)
            return self._article_answer(result.article, created=result.stored_anything)
        services.ingest_jobs_enqueue([requested.job])
        job = IngestJob.objects.get(pk=requested.job.pk)
        if services.queue_runs_inline():
            if job.status == IngestJob.Status.FAILED:
                raise ValidationError({"url": [job.error], "job": [job.pk]})
            return self._article_answer(job.article, created=requested.created and job.article_created)
        code = status.HTTP_200_OK if job.status == IngestJob.Status.DONE else status.HTTP_202_ACCEPTED
        headers = {"Location": reverse("api:ingestjob-detail", args=[job.pk])}
        return Response(s.IngestJobSerializer(job, context=self.get_serializer_context()).data, code, headers=headers)

    def _article_answer(self, article, *, created):
        article = self.get_queryset().get(pk=article.pk)
        code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
        headers = {"Location": reverse("api:article-detail", args=[article.pk])}
        data = s.ArticleDetailSerializer(article, context=self.get_serializer_context()).data
        return Response(data, code, headers=headers)

    @extend_schema(
        summary="The claims this article reports, as schema.org Claim JSON-LD",
        responses={(200, "application/ld+json"): OpenApiTypes.OBJECT, **_json_errors(404)},
        filters=False,
    )
    @action(detail=True, url_path="claims", pagination_class=None, filter_backends=[], **EXPORT)
    def claims_jsonld(self, request, pk=None):
        article = get_object_or_404(selectors.articles_for_api(request.user), pk=pk)
        claim_ids = selectors.attributions_on_pages(request.user).filter(article=article).values("claim")
        claims = selectors.claims_attach_appearances(Claim.objects.filter(pk__in=claim_ids).order_by("pk"), user=request.user)
        return Response(exports.claims_jsonld_graph(claims, url_for=_url_for(request)))

    @extend_schema(
        summary="The attributions of this article as W3C Web Annotations (an AnnotationPage)",
        responses={(200, "application/ld+json"): OpenApiTypes.OBJECT, **_json_errors(404)},
        filters=False,
    )
    @action(detail=True, pagination_class=None, filter_backends=[], **EXPORT)
    def annotations(self, request, pk=None):
        article = self.get_object()
        url_for = _url_for(request)
        items = [exports.annotation_jsonld(a, url_for=url_for) for a in article.visible_attributions]
        return Response(exports.annotation_page_jsonld(items, page_id=request.build_absolute_uri()))


# ---------------------------------------------------------------- claims


class ClaimViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    """The same claim across outlets: its appearances, and flags where they disagree."""

    filterset_class = ClaimFilter
    ordering_fields = ["id", "created_at"]
    ordering = "-id"

    def get_queryset(self):
        return selectors.claims_visible_to(self.request.user)

    def get_serializer_class(self):
        return s.ClaimSerializer if self.action == "list" else s.ClaimDetailSerializer

    def get_object(self):
        return self._with_appearances(super().get_object())

    def _with_appearances(self, claim):
        # What the caller is shown: the appearances they may see and what those establish.
        return selectors.claims_attach_appearances([claim], user=self.request.user)[0]

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        claims = selectors.claims_attach_appearances(page, user=request.user)
        return self.get_paginated_response(self.get_serializer(claims, many=True).data)

    @extend_schema(
        summary="Merge this claim into another",
        description="An editor's decision that both report the same thing: the appearances of both are "
        "pinned in `into`, this claim is deleted (its history stays). Answers with the claim kept.",
        request=s.ClaimMergeSerializer,
        responses={200: s.ClaimDetailSerializer, **_errors(400, 401, 403, 404, 409)},
    )
    @action(detail=True, methods=["post"])
    def merge(self, request, pk=None):
        claim = self.get_object()
        data = self.validated(s.ClaimMergeSerializer, merged=claim)
        into = services.claim_merge(
            claim=claim, into=data["into"], by=request.user, version=data["version"],
            into_version=data.get("into_version"),
        )
        return Response(self.get_serializer(self._with_appearances(self.get_queryset().get(pk=into.pk))).data)

    @extend_schema(
        summary="This claim as schema.org Claim JSON-LD",
        responses={(200, "application/ld+json"): OpenApiTypes.OBJECT, **_json_errors(404)},
        filters=False,
    )
    @action(detail=True, url_path="jsonld", pagination_class=None, filter_backends=[], **EXPORT)
    def claim_jsonld(self, request, pk=None):
        return Response(exports.claim_jsonld(self.get_object(), url_for=_url_for(request)))

    @extend_schema(
        summary="This claim's appearances as W3C Web Annotations (an AnnotationPage)",
        responses={(200, "application/ld+json"): OpenApiTypes.OBJECT, **_json_errors(404)},
        filters=False,
    )
    @action(detail=True, pagination_class=None, filter_backends=[], **EXPORT)
    def annotations(self, request, pk=None):
        claim = self.get_object()
        url_for = _url_for(request)
        items = [exports.annotation_jsonld(a, url_for=url_for) for a in claim.appearances]
        return Response(exports.annotation_page_jsonld(items, page_id=request.build_absolute_uri()))


# ---------------------------------------------------------------- attributions


@extend_schema_view(
    partial_update=extend_schema(
        summary="Correct an attribution",
        description="Speaker, speaker mention, kind, cue, span (start/end, re-checked against the article "
        "text: the quote is re-cut from it) or editor note. Carries the `version` you read.",
        request=s.AttributionCorrectionSerializer,
        responses={200: s.AttributionSerializer, **_errors(400, 401, 403, 404, 409)},
    ),
)
class AttributionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    """Who said what, where: the quote, its speaker, article, outlet and relay chain."""

    serializer_class = s.AttributionSerializer
    filterset_class = AttributionFilter
    ordering_fields = ["created_at", "id", "confidence"]
    ordering = "-created_at"
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        attributions = selectors.attributions_visible_to(self.request.user)
        # Only the annotation cuts its selector context from the article text; the rest would
        # carry (and SQLite sort) every article's whole text for nothing.
        return attributions if self.action == "annotation" else attributions.defer("article__text")

    def list(self, request, *args, **kwargs):
        # The page is sorted and cut on bare rows, then only its rows are loaded with their
        # relations: sorting every matching row joined to all its relations is what SQLite
        # would otherwise do, ten times slower on a large table.
        rows = self.filter_queryset(selectors.attribution_rows_visible_to(request.user))
        page = self.paginate_queryset(rows.only(*{"id", *self.ordering_fields}))
        # By id alone: the page's rows are visible already, and a status condition here would
        # lead SQLite to its status index instead of the primary key.
        loaded = selectors.attributions_with_relations(reviewer=selectors.user_is_editor(request.user))
        loaded = loaded.defer("article__text").in_bulk([row.pk for row in page])
        return self.get_paginated_response(self.get_serializer([loaded[row.pk] for row in page], many=True).data)

    def _answer(self, attribution):
        return Response(self.get_serializer(self.get_queryset().get(pk=attribution.pk)).data)

    def partial_update(self, request, pk=None):
        attribution = self.get_object()
        changes = dict(self.validated(s.AttributionCorrectionSerializer))
        version = changes.pop("version")
        services.attribution_correct(attribution=attribution, by=request.user, version=version, **changes)
        return self._answer(attribution)

    def _review(self, service):
        attribution = self.get_object()
        data = self.validated(s.ReviewInputSerializer)
        service(attribution=attribution, by=self.request.user, note=data.get("note"), version=data["version"])
        return self._answer(attribution)

    @extend_schema(
        summary="Approve an attribution (readers then see it)",
        request=s.ReviewInputSerializer,
        responses={200: s.AttributionSerializer, **_errors(400, 401, 403, 404, 409)},
    )
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        return self._review(services.attribution_approve)

    @extend_schema(
        summary="Reject an attribution",
        request=s.ReviewInputSerializer,
        responses={200: s.AttributionSerializer, **_errors(400, 401, 403, 404, 409)},
    )
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        return self._review(services.attribution_reject)

    @extend_schema(
        summary="Split an attribution out of its claim into a claim of its own",
        request=s.VersionedInputSerializer,
        responses={200: s.AttributionSerializer, **_errors(400, 401, 403, 404, 409)},
    )
    @action(detail=True, methods=["post"])
    def split(self, request, pk=None):
        attribution = self.get_object()
        data = self.validated(s.VersionedInputSerializer)
        services.attribution_claim_split(attribution=attribution, by=request.user, version=data["version"])
        return self._answer(attribution)

    @extend_schema(
        summary="Every recorded version of an attribution, newest first (editors only)",
        responses={200: s.HistoryEntrySerializer(many=True), **_errors(401, 403, 404)},
        filters=False,
    )
    @action(detail=True, permission_classes=[IsEditor], pagination_class=None, filter_backends=[])
    def history(self, request, pk=None):
        attribution = self.get_object()
        entries = s.history_entries(selectors.attribution_history(attribution))
        return Response(s.HistoryEntrySerializer(entries, many=True).data)

    @extend_schema(
        summary="An attribution as a W3C Web Annotation",
        responses={(200, "application/ld+json"): OpenApiTypes.OBJECT, **_json_errors(404)},
        filters=False,
    )
    @action(detail=True, pagination_class=None, filter_backends=[], **EXPORT)
    def annotation(self, request, pk=None):
        return Response(exports.annotation_jsonld(self.get_object(), url_for=_url_for(request)))

    @extend_schema(
        summary="The attributions the filters select, as CSV",
        filters=True,
        description="Takes the same filters as the list; every matching row, streamed.",
        responses={(200, "text/csv"): OpenApiTypes.STR, **_json_errors(400)},
    )
    @action(
        detail=False,
        url_path="csv",
        pagination_class=None,
        renderer_classes=[CSVRenderer],
        content_negotiation_class=FirstRendererNegotiation,
    )
    def export_csv(self, request):
        attributions = self.filter_queryset(self.get_queryset()).order_by("pk")
        rows = exports.attribution_csv_rows(
            attributions.iterator(chunk_size=500), with_review=selectors.user_is_editor(request.user)
        )
        return _stream_csv(rows, "attributions.csv")


# ---------------------------------------------------------------- ingest jobs and feeds


class IngestJobViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    """Articles queued for ingest (from text, a URL or a feed): their status, the article once
    done, or the error that stopped them. Editors only."""

    serializer_class = s.IngestJobSerializer
    permission_classes = [IsEditor]
    filterset_class = IngestJobFilter
    ordering_fields = ["id", "created_at"]
    ordering = "-id"

    def get_queryset(self):
        return selectors.ingest_jobs()

    @extend_schema(
        summary="Queue a failed job again",
        request=None,
        responses={200: s.IngestJobSerializer, 202: s.IngestJobSerializer, **_errors(400, 401, 403, 404)},
    )
    @action(detail=True, methods=["post"])
    def retry(self, request, pk=None):
        job = services.ingest_job_retry(job=self.get_object())
        job = self.get_queryset().get(pk=job.pk)
        code = status.HTTP_202_ACCEPTED if job.status == IngestJob.Status.QUEUED else status.HTTP_200_OK
        return Response(self.get_serializer(job).data, code)


@extend_schema_view(
    create=extend_schema(summary="Follow a feed", responses={201: s.FeedSerializer, **_errors(400, 401, 403)}),
    partial_update=extend_schema(
        summary="Change a feed's polling interval, or pause and resume it",
        request=s.FeedChangeSerializer,
        responses={200: s.FeedSerializer, **_errors(400, 401, 403, 404)},
    ),
    destroy=extend_schema(summary="Stop following a feed (its articles stay)", responses={204: None, **_errors(401, 403, 404)}),
)
class FeedViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, mixins.DestroyModelMixin, ApiViewSet
):
    """Outlets' RSS and Atom feeds, polled for new articles. Editors only."""

    serializer_class = s.FeedSerializer
    permission_classes = [IsEditor]
    ordering_fields = ["id", "url"]
    ordering = "id"
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return selectors.feeds()

    def perform_create(self, serializer):
        data = serializer.validated_data
        feed = services.feed_add(url=data["url"], outlet=data["outlet_name"], interval_minutes=data.get("interval_minutes"))
        serializer.instance = self.get_queryset().get(pk=feed.pk)

    def partial_update(self, request, pk=None):
        feed = self.get_object()
        services.feed_update(feed=feed, **self.validated(s.FeedChangeSerializer))
        return Response(self.get_serializer(self.get_queryset().get(pk=feed.pk)).data)

    def perform_destroy(self, feed):
        services.feed_remove(feed=feed)

    @extend_schema(
        summary="Poll the feed now",
        description="Inline without a task queue (200, with the feed's last_error and last_new_entries); "
        "else queued for a worker (202).",
        request=None,
        responses={200: s.FeedSerializer, 202: s.FeedSerializer, **_errors(400, 401, 403, 404)},
    )
    @action(detail=True, methods=["post"])
    def poll(self, request, pk=None):
        feed = self.get_object()
        polled = services.feed_poll_soon(feed=feed)
        code = status.HTTP_200_OK if polled is not None else status.HTTP_202_ACCEPTED
        return Response(self.get_serializer(self.get_queryset().get(pk=feed.pk)).data, code)


@extend_schema(exclude=True)
@api_view(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"])
@permission_classes([])
def not_found(request, path=""):
    """Unknown URLs under /api/ answer in JSON like the rest of the API, not with the HTML 404 page."""
    return Response({"detail": "No such API endpoint or row."}, status=status.HTTP_404_NOT_FOUND)
