"""Editor review in Django admin. Actions and saves go through `attribution.services`."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Count, F
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.html import format_html
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from attribution import services
from attribution.models import Article, Attribution, Claim, Feed, IngestJob, Outlet, Publication, RelayHop, Source


# Widths of the review queue's text columns, in characters.
QUEUE_QUOTE_CHARS = 70
QUEUE_NAME_CHARS = 28

# An address typed without a scheme is read as https (Django 6's default, chosen now so the
# forms don't change meaning on the upgrade).
URLS_ASSUME_HTTPS = {models.URLField: {"assume_scheme": "https"}}


def _error_text(error):
    return " ".join(getattr(error, "messages", None) or [str(error)])


def merge_action(model_admin, request, chosen, *, merge, describe, explanation):
    """An admin action that merges the selected rows into the one the editor keeps,
    after a confirmation page where the editor picks it."""
    noun = model_admin.model._meta.verbose_name_plural
    if len(chosen) < 2:
        model_admin.message_user(request, f"Select at least two {noun} to merge.", messages.WARNING)
        return None
    if "into" not in request.POST:
        return TemplateResponse(
            request,
            "admin/attribution/merge.html",
            {
                **model_admin.admin_site.each_context(request),
                "title": f"Merge {noun}",
                "opts": model_admin.model._meta,
                "rows": [(row.pk, describe(row)) for row in chosen],
                "explanation": explanation,
                "action": request.POST["action"],
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )
    into = next((row for row in chosen if str(row.pk) == request.POST["into"]), None)
    if into is None:
        model_admin.message_user(request, f"Choose one of the selected {noun} to keep.", messages.ERROR)
        return None
    try:
        # All or nothing: a failure half-way leaves every selected row as it was.
        with transaction.atomic():
            for row in chosen:
                if row.pk != into.pk:
                    into = merge(row, into)
    except (ValidationError, services.ConflictError, IntegrityError) as error:
        model_admin.message_user(request, f"Not merged: {_error_text(error)}", messages.ERROR)
        return None
    model_admin.message_user(request, f"Merged {len(chosen) - 1} {noun} into “{into}”.", messages.SUCCESS)
    return None


@admin.register(Outlet)
class OutletAdmin(SimpleHistoryAdmin):
    formfield_overrides = URLS_ASSUME_HTTPS
    list_display = ["name", "domain", "article_count"]
    search_fields = ["name", "domain"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(ordering="article_count", description="articles")
    def article_count(self, outlet):
        return outlet.article_count


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "title", "role", "affiliation", "scope_article", "attribution_count"]
    list_filter = ["kind"]
    search_fields = ["name", "role", "aliases"]
    list_select_related = ["affiliation", "scope_article"]
    autocomplete_fields = ["affiliation"]
    raw_id_fields = ["scope_article"]
    readonly_fields = ["version"]
    actions = ["merge_sources"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(attribution_count=Count("attributions"))

    @admin.display(ordering="attribution_count", description="attributions")
    def attribution_count(self, source):
        return source.attribution_count

    @admin.action(description="Merge selected sources into one", permissions=["change"])
    def merge_sources(self, request, queryset):
        return merge_action(
            self, request, list(queryset),
            merge=lambda source, into: services.source_merge(source=source, into=into, by=request.user),
            describe=lambda source: (
                f"{source.display_name} ({source.get_kind_display()}, {source.attribution_count} attribution(s))"
            ),
            explanation="Keep one source. The others become its aliases; their attributions and relay hops "
            "move to it, and their history is kept.",
        )


class PublicationInline(admin.TabularInline):
    """Every outlet that published the article's text (syndicated copies), read-only: they come
    in through ingest, like the article."""

    model = Publication
    extra = 0
    can_delete = False
    fields = ["outlet", "published", "url", "title", "byline", "created_at"]
    readonly_fields = fields
    verbose_name_plural = "publications (every outlet that ran this text)"

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("outlet")


class ArticleAdminForm(forms.ModelForm):
    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outlet") is not None:
            services.article_update_check(article=self.instance, outlet=cleaned["outlet"], url=cleaned.get("url"))
        return cleaned


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    form = ArticleAdminForm
    formfield_overrides = URLS_ASSUME_HTTPS
    list_display = ["__str__", "outlet", "published", "attribution_count", "created_at"]
    list_filter = ["outlet", "is_illustrative"]
    search_fields = ["title", "url", "byline"]
    date_hierarchy = "created_at"
    readonly_fields = ["text_sha256", "extractor_version", "text"]
    list_select_related = ["outlet"]
    inlines = [PublicationInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(attribution_count=Count("attributions"))

    def has_add_permission(self, request):
        # Articles arrive through ingest (command or API), which extracts their attributions.
        return False

    def save_model(self, request, obj, form, change):
        # Its first publication keeps the same outlet, URL and date (services.article_update).
        services.article_update(article=obj, by=request.user)

    @admin.display(ordering="attribution_count", description="attributions")
    def attribution_count(self, article):
        return article.attribution_count


class ClaimAppearanceInline(admin.TabularInline):
    """A claim's appearances, read-only: each is reviewed and corrected on its own page."""

    model = Attribution
    fk_name = "claim"
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["quote", "kind", "speaker_credited", "cue", "stance", "outlet", "published", "status"]
    readonly_fields = fields
    verbose_name = "appearance"
    verbose_name_plural = "appearances"

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        # The order the reader pages list reports in (facts.report_order).
        return (
            super().get_queryset(request).select_related("speaker", "article__outlet")
            .order_by("article__is_illustrative", F("article__published").asc(nulls_last=True), "pk")
        )

    @admin.display(description="credited to")
    def speaker_credited(self, attribution):
        name, role = attribution.speaker_shown
        return f"{name}, {role}" if role else (name or "—")

    @admin.display(description="stance")
    def stance(self, attribution):
        return attribution.cue_stance if attribution.cue else "—"

    @admin.display(description="outlet")
    def outlet(self, attribution):
        return attribution.article.outlet

    @admin.display(description="published")
    def published(self, attribution):
        return attribution.article.published or "undated"


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = [
        "__str__", "first_seen", "wording_differs", "attribution_differs", "dates_conflict",
        "appearance_count", "outlet_count",
    ]
    list_filter = ["wording_differs", "attribution_differs", "dates_conflict"]
    search_fields = ["canonical_text"]
    # The text, flags and first appearance are computed from the appearances (services.claim_flags_refresh):
    # an edit here would be overwritten by the next match.
    readonly_fields = [
        "canonical_text", "version", "first_seen", "first_appearance_shown", "wording_differs", "attribution_differs",
        "dates_conflict",
    ]
    exclude = ["first_appearance"]
    inlines = [ClaimAppearanceInline]
    actions = ["merge_claims"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                appearance_count=Count("attributions"),
                outlet_count=Count("attributions__article__publications__outlet", distinct=True),
            )
        )

    @admin.display(ordering="appearance_count", description="attributions")
    def appearance_count(self, claim):
        return claim.appearance_count

    @admin.display(ordering="outlet_count", description="outlets")
    def outlet_count(self, claim):
        return claim.outlet_count

    @admin.display(description="first appearance")
    def first_appearance_shown(self, claim):
        first = claim.first_appearance
        if first is None:
            return "—"
        return f"{first.article.outlet}, “{first.article}”, {first.article.published or 'undated'}"

    @admin.action(description="Merge selected claims into one", permissions=["change"])
    def merge_claims(self, request, queryset):
        return merge_action(
            self, request, list(queryset),
            merge=lambda claim, into: services.claim_merge(claim=claim, into=into, by=request.user),
            describe=lambda claim: (
                f"“{Truncator(claim.canonical_text).chars(160)}” ({claim.appearance_count} attribution(s), "
                f"{claim.outlet_count} outlet(s))"
            ),
            explanation="Keep one claim. The appearances of the others move to it and stay there: a later "
            "re-match never separates them again. The merged claims' history is kept.",
        )


class RelayHopInline(admin.TabularInline):
    model = RelayHop
    extra = 0
    fields = ["position", "outlet", "source", "cue"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class ReviewQueueFilter(admin.SimpleListFilter):
    """The editor's queue opens on what waits for review; "All" is one click away."""

    title = "status"
    parameter_name = "status"
    ALL = "all"

    def lookups(self, request, model_admin):
        return [*Attribution.Status.choices, (self.ALL, "All")]

    def value(self):
        return super().value() or Attribution.Status.PENDING

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        if self.value() == self.ALL:
            return queryset
        return queryset.filter(status=self.value())


class AttributionCorrectionForm(forms.ModelForm):
    """The change form: checks the span and the row's version before anything is saved."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Attribution
        fields = [
            "speaker", "speaker_mention", "speaker_name_written", "speaker_role_written", "kind", "cue", "start", "end",
            "editor_note",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["seen_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        current = Attribution.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
        if cleaned.get("seen_version") != current:
            raise ValidationError(
                "Someone changed this attribution while you were editing it. Reload the page to see their change."
            )
        # A field that failed its own validation keeps the stored value.
        start = cleaned.get("start", self.instance.start)
        end = cleaned.get("end", self.instance.end)
        services.attribution_correction_check(
            attribution=Attribution.objects.select_related("article").get(pk=self.instance.pk),
            kind=cleaned.get("kind"), start=start, end=end,
        )
        # Re-cut the quote so the model's own check (quote == text[start:end]) sees the new span.
        self.instance.quote = self.instance.article.text[start:end]
        return cleaned

    def _post_clean(self):
        # With errors already found, the model's checks would only repeat them against a
        # half-updated instance (and name a field the form does not have); nothing is saved anyway.
        if self._errors:
            return
        super()._post_clean()


@admin.register(Attribution)
class AttributionAdmin(SimpleHistoryAdmin):
    form = AttributionCorrectionForm
    # The queue fits a 1280-pixel screen beside the filters: few, narrow columns (cue, stance and
    # the full quote are on each attribution's page), 50 rows a page.
    list_display = ["short_quote", "speaker_name", "kind", "status", "outlet", "confidence_shown", "created_on"]
    list_display_links = ["short_quote"]
    list_per_page = 50
    list_filter = [
        ReviewQueueFilter, "kind", "article__outlet", ("speaker", admin.RelatedOnlyFieldListFilter), "article",
        "claim_pinned",
    ]
    search_fields = ["quote", "speaker__name", "speaker__aliases", "speaker__title", "speaker_mention", "speaker_name_written"]
    ordering = ["-created_at", "-id"]
    list_select_related = ["speaker", "article__outlet"]
    autocomplete_fields = ["speaker"]
    inlines = [RelayHopInline]
    actions = ["approve_selected", "reject_selected", "split_out_of_claim"]
    fieldsets = [
        (None, {"fields": ["quote_in_context", "article", "claim", "claim_pinned"]}),
        (
            "Correct",
            {
                "fields": [
                    "speaker", "speaker_mention", "speaker_name_written", "speaker_role_written", "kind", "cue",
                    "start", "end", "editor_note", "seen_version",
                ]
            },
        ),
        (
            "Review",
            {"fields": ["status", "reviewer", "reviewed_at", "confidence", "origin", "extractor_version", "version"]},
        ),
    ]
    readonly_fields = [
        "quote_in_context", "article", "claim", "claim_pinned", "status", "reviewer", "reviewed_at",
        "confidence", "origin", "extractor_version", "version",
    ]

    def has_add_permission(self, request):
        return False

    def changelist_view(self, request, extra_context=None):
        # The queue is the editor's desk: without the site's navigation column beside it, the
        # quote column gets that width at 1280 pixels (the breadcrumbs still lead everywhere).
        return super().changelist_view(request, extra_context={"is_nav_sidebar_enabled": False, **(extra_context or {})})

    def has_review_permission(self, request):
        return request.user.has_perm("attribution.review_attribution")

    @admin.display(description="quote", ordering="quote")
    def short_quote(self, attribution):
        return Truncator(attribution.quote).chars(QUEUE_QUOTE_CHARS)

    @admin.display(description="speaker", ordering="speaker__name")
    def speaker_name(self, attribution):
        # The name alone keeps the queue's columns readable; the role is on the change page.
        return Truncator(attribution.speaker.name).chars(QUEUE_NAME_CHARS) if attribution.speaker_id else "—"

    @admin.display(description="outlet", ordering="article__outlet__name")
    def outlet(self, attribution):
        return Truncator(attribution.article.outlet.name).chars(QUEUE_NAME_CHARS)

    @admin.display(description="conf.", ordering="confidence")
    def confidence_shown(self, attribution):
        return f"{attribution.confidence:.2f}"

    @admin.display(description="added", ordering="created_at")
    def created_on(self, attribution):
        return attribution.created_at.date().isoformat()

    @admin.display(description="quote in its sentence")
    def quote_in_context(self, attribution):
        text = attribution.article.text
        left, right = attribution.context_bounds()
        # format_html escapes each piece: article text is untrusted.
        return format_html(
            '<p class="quote-context">{}<mark>{}</mark>{}</p>',
            text[left : attribution.start],
            text[attribution.start : attribution.end],
            text[attribution.end : right],
        )

    def save_model(self, request, obj, form, change):
        changes = {name: form.cleaned_data[name] for name in form.changed_data if name != "seen_version"}
        fresh = Attribution.objects.select_related("article").get(pk=obj.pk)
        try:
            services.attribution_correct(
                attribution=fresh, by=request.user, version=form.cleaned_data["seen_version"], **changes
            )
        except (ValidationError, services.ConflictError) as error:
            # Only a write that raced this one since the form was checked ends up here.
            self.message_user(request, f"Not saved: {_error_text(error)}", messages.ERROR)
            request.attribution_not_saved = True

    def response_change(self, request, obj):
        if getattr(request, "attribution_not_saved", False):
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    @admin.action(description="Split selected attributions out of their claims", permissions=["change"])
    def split_out_of_claim(self, request, queryset):
        split = 0
        for attribution in queryset.select_related("claim"):
            try:
                services.attribution_claim_split(attribution=attribution, by=request.user)
            except ValidationError as error:
                self.message_user(request, f"#{attribution.pk}: {' '.join(error.messages)}", messages.WARNING)
                continue
            split += 1
        if split:
            self.message_user(
                request, f"Split {split} attribution(s) into claims of their own; re-matching will keep them apart.",
                messages.SUCCESS,
            )

    @admin.action(description="Approve selected attributions", permissions=["review"])
    def approve_selected(self, request, queryset):
        self._review(request, queryset, services.attribution_approve, "Approved")

    @admin.action(description="Reject selected attributions", permissions=["review"])
    def reject_selected(self, request, queryset):
        self._review(request, queryset, services.attribution_reject, "Rejected")

    def _review(self, request, queryset, service, verb):
        done = 0
        for attribution in queryset.select_related("article"):
            try:
                service(attribution=attribution, by=request.user)
            except (ValidationError, services.ConflictError) as error:
                self.message_user(request, f"#{attribution.pk} not {verb.lower()}: {_error_text(error)}", messages.WARNING)
                continue
            done += 1
        self.message_user(request, f"{verb} {done} attribution(s).", messages.SUCCESS)


@admin.register(IngestJob)
class IngestJobAdmin(admin.ModelAdmin):
    """What the task queue did with each article sent to it; failed jobs show their error."""

    list_display = ["id", "kind", "what", "status", "error_short", "article", "attempts", "created_at", "finished_at"]
    list_filter = ["status", "kind", "feed"]
    search_fields = ["url", "title", "error"]
    list_select_related = ["article", "feed"]
    date_hierarchy = "created_at"
    exclude = ["text"]
    readonly_fields = [
        "kind", "status", "url", "outlet_name", "title", "byline", "published", "feed", "article", "article_created",
        "attempts", "error", "requested_by", "created_at", "started_at", "finished_at",
    ]
    actions = ["retry_failed"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("text")

    def has_add_permission(self, request):
        # Jobs come from ingest (ingest_url, the API, feeds), which queues them.
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="page or title")
    def what(self, job):
        return Truncator(job.url or job.title or f"text job {job.pk}").chars(80)

    @admin.display(description="error")
    def error_short(self, job):
        return Truncator(job.error).chars(120)

    @admin.action(description="Try the selected failed jobs again", permissions=["view"])
    def retry_failed(self, request, queryset):
        retried, refused = 0, []
        for job in queryset.filter(status=IngestJob.Status.FAILED):
            try:
                services.ingest_job_retry(job=job)
                retried += 1
            except ValidationError as error:
                refused.append(f"job {job.pk}: {_error_text(error)}")
        self.message_user(request, f"{retried} job(s) queued again.", messages.SUCCESS)
        if refused:
            self.message_user(request, "Not retried: " + "; ".join(refused), messages.WARNING)


class FeedForm(forms.ModelForm):
    url = forms.URLField(max_length=1000, assume_scheme="https", help_text="The RSS or Atom feed's address")

    class Meta:
        model = Feed
        fields = ["url", "outlet", "interval_minutes", "is_active"]


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    form = FeedForm
    list_display = ["url", "outlet", "interval_minutes", "is_active", "last_polled_at", "last_new_entries", "last_error_short"]
    list_filter = ["is_active", "outlet"]
    search_fields = ["url", "outlet__name"]
    list_select_related = ["outlet"]
    autocomplete_fields = ["outlet"]
    readonly_fields = ["etag", "last_modified", "last_polled_at", "last_error", "last_new_entries", "created_at"]
    actions = ["poll_now"]

    def get_readonly_fields(self, request, obj=None):
        # A feed's URL is what identifies it: to follow another, add another.
        return [*self.readonly_fields, "url"] if obj else self.readonly_fields

    def save_model(self, request, obj, form, change):
        if change:
            services.feed_update(feed=obj, interval_minutes=obj.interval_minutes, is_active=obj.is_active)
        else:
            added = services.feed_add(url=obj.url, outlet=obj.outlet, interval_minutes=obj.interval_minutes)
            obj.pk = added.pk

    @admin.display(description="last error")
    def last_error_short(self, feed):
        return Truncator(feed.last_error).chars(120) or "—"

    @admin.action(description="Poll the selected feeds now")
    def poll_now(self, request, queryset):
        for feed in queryset.select_related("outlet"):
            try:
                result = services.feed_poll_soon(feed=feed)
            except ValidationError as error:
                self.message_user(request, f"{feed.url}: {_error_text(error)}", messages.WARNING)
                continue
            if result is None:
                self.message_user(request, f"{feed.url}: queued for a worker.", messages.INFO)
            elif result.error:
                self.message_user(request, f"{feed.url}: {result.error}", messages.ERROR)
            else:
                self.message_user(request, f"{feed.url}: {len(result.jobs)} new entries.", messages.SUCCESS)
