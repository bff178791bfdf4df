"""What the tracker stores: outlets, sources, articles, claims and attributions.

Database constraints do the guarding; per-row facts live on the models; every
write that touches several rows goes through `attribution.services`.
"""

from django.conf import settings
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Cast, Lower
from simple_history.models import HistoricalRecords

from attribution import extraction


def validate_name_list(value):
    """Aliases are a JSON list of names; a bare string would be read letter by letter."""
    if not isinstance(value, list) or not all(isinstance(name, str) and name.strip() for name in value):
        raise ValidationError('Give a list of names, e.g. ["the BBC", "BBC News"].')


def validate_alias_names(value):
    """A source's aliases are names: no pronoun ("She") and no bare role noun ("the spokesman")."""
    from attribution.aliases import alias_is_name  # the extractor's word lists load on use

    validate_name_list(value)
    refused = [name for name in value if not alias_is_name(name)]
    if refused:
        listed = ", ".join(f"“{name}”" for name in refused)
        raise ValidationError(f"Not a name: {listed}. Aliases are other names, not pronouns or role nouns.")


def choice_check(field, choices, name):
    return models.CheckConstraint(condition=Q(**{f"{field}__in": choices.values}), name=name)


SEARCH_CONFIG = "english"


class PostgresSearchDocument(models.Func):
    """A row's words for PostgreSQL's full-text search (a tsvector the database keeps up to date
    as a stored generated column, GIN-indexed). Other databases store NULL in it: search there
    reads the columns themselves (selectors.attributions_search)."""

    output_field = SearchVectorField(null=True)

    def __init__(self, *weighted_fields):
        vectors = [SearchVector(*fields, config=SEARCH_CONFIG, weight=weight) for weight, fields in weighted_fields]
        combined = vectors[0]
        for vector in vectors[1:]:
            combined = combined + vector
        super().__init__(combined)

    def as_sql(self, compiler, connection, **extra_context):
        return "NULL", []

    def as_postgresql(self, compiler, connection, **extra_context):
        return compiler.compile(self.get_source_expressions()[0])


class WithoutSearchDocumentManager(models.Manager):
    """Rows without their search document: only the database's search reads it."""

    def get_queryset(self):
        return super().get_queryset().defer("search_document")


def search_document_field(*weighted_fields):
    return models.GeneratedField(
        expression=PostgresSearchDocument(*weighted_fields), output_field=SearchVectorField(null=True), db_persist=True
    )


class Outlet(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    domain = models.CharField(max_length=200, blank=True, help_text="bbc.co.uk")
    homepage = models.URLField(blank=True)
    aliases = models.JSONField(
        default=list, blank=True, validators=[validate_name_list], help_text='Other names: ["the BBC", "BBC News"]'
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Its name and other names, for search on PostgreSQL (NULL elsewhere).
    search_document = search_document_field(("A", ["name"]), ("B", [Cast("aliases", models.TextField())]))

    objects = WithoutSearchDocumentManager()
    history = HistoricalRecords(excluded_fields=["search_document"])

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"), name="outlet_name_unique_ci",
                violation_error_message="An outlet with this name (in any letter case) already exists.",
            ),
        ]

    def __str__(self):
        return self.name


# Choices live at module level so each model's Meta can name them in its check constraints.
class SourceKind(models.TextChoices):
    PERSON = "person"
    ORGANIZATION = "organization"
    UNNAMED = "unnamed"


class Source(models.Model):
    Kind = SourceKind

    kind = models.CharField(max_length=20, choices=Kind.choices)
    name = models.CharField(max_length=300, help_text='"Thomas Veale", "SDF", "officials"')
    title = models.CharField(max_length=100, blank=True, help_text='Honorific or rank: "Col."')
    role = models.CharField(max_length=300, blank=True, help_text='"spokesman for the Inherent Resolve coalition"')
    affiliation = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )
    aliases = models.JSONField(
        default=list, blank=True, validators=[validate_alias_names], help_text='["Veale", "Col. Thomas Veale"]'
    )
    # Unnamed sources ("officials") are scoped to the article that quotes them:
    # two articles' "officials" are not known to be the same people.
    scope_article = models.ForeignKey(
        "Article", null=True, blank=True, on_delete=models.CASCADE, related_name="unnamed_sources"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)
    # Its name and other names, for search on PostgreSQL (NULL elsewhere).
    search_document = search_document_field(("A", ["name"]), ("B", [Cast("aliases", models.TextField())]))

    objects = WithoutSearchDocumentManager()
    history = HistoricalRecords(excluded_fields=["search_document"])

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"), "kind", condition=Q(scope_article__isnull=True), name="source_name_unique_ci",
                violation_error_message="A source of this kind with this name (in any letter case) already exists; "
                "merge into it instead.",
            ),
            models.UniqueConstraint(
                Lower("name"),
                "kind",
                "scope_article",
                condition=Q(scope_article__isnull=False),
                name="source_name_unique_ci_per_article",
                violation_error_message="This article already has an unnamed source with this name.",
            ),
            models.CheckConstraint(
                condition=Q(kind="unnamed") | Q(scope_article__isnull=True),
                name="source_only_unnamed_is_article_scoped",
                violation_error_message="Only an unnamed source belongs to one article.",
            ),
            models.CheckConstraint(
                condition=~Q(affiliation=models.F("pk")),
                name="source_not_its_own_affiliation",
                violation_error_message="A source cannot be affiliated with itself.",
            ),
            choice_check("kind", SourceKind, "source_kind_valid"),
        ]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """The name with its title and role, as a reader wants to see it."""
        return f"{self.titled_name}, {self.role}" if self.role else self.titled_name

    @property
    def titled_name(self):
        return f"{self.title} {self.name}" if self.title else self.name

    @property
    def all_names(self):
        return [self.name, *self.aliases]

    @property
    def aliases_shown(self):
        """The aliases a page lists: names only, even in a row stored before the rule."""
        from attribution.aliases import names_only

        return names_only(self.aliases)


class Article(models.Model):
    outlet = models.ForeignKey(Outlet, on_delete=models.PROTECT, related_name="articles")
    title = models.CharField(max_length=500, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    published = models.DateField(null=True, blank=True)
    text = models.TextField()
    text_sha256 = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the normalized text")
    is_illustrative = models.BooleanField(
        default=False, help_text="Sample text written for the demo, not a real published report"
    )
    extractor_version = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords(excluded_fields=["text"])

    class Meta:
        ordering = ["-published", "-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="article_url_unique_when_given"),
            models.CheckConstraint(condition=~Q(text=""), name="article_text_not_empty"),
        ]

    def __str__(self):
        return self.title or f"Article {self.pk}"

    def own_publication(self):
        """Its first stored publication (its own outlet, URL, date and byline), as a new, unsaved row."""
        return Publication(
            article=self, outlet_id=self.outlet_id, url=self.url, title=self.title, byline=self.byline,
            published=self.published,
        )

    # Where selectors load an article's publications (a list, earliest first): a Prefetch
    # with to_attr stores the rows, where one without it builds a queryset for every article.
    LOADED_PUBLICATIONS = "loaded_publications"

    @property
    def reports(self):
        """Every outlet's publication of this text, earliest first; its own publication if none
        is stored. Every reader of an article's publications goes through here: it reads the
        list a selector loaded (LOADED_PUBLICATIONS), else `publications` (one query)."""
        rows = self.__dict__.get(self.LOADED_PUBLICATIONS)
        rows = list(self.publications.all() if rows is None else rows)
        if not rows:
            own = self.own_publication()
            own.outlet = self.outlet
            rows = [own]
        return rows


class Publication(models.Model):
    """One outlet's publication of an article's text. An agency story that several outlets carry
    word for word is one Article (its text and attributions, stored once) with a Publication for
    each outlet that ran it: outlet, URL, date and byline. The article's own outlet, url,
    published and byline stay those of its first stored publication, which has a row here too."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="publications")
    outlet = models.ForeignKey(Outlet, on_delete=models.PROTECT, related_name="publications")
    url = models.URLField(max_length=1000, blank=True)
    title = models.CharField(max_length=500, blank=True, help_text="The headline this outlet gave it")
    byline = models.CharField(max_length=300, blank=True)
    published = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = [models.F("published").asc(nulls_last=True), "created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=~Q(url=""), name="publication_url_unique_when_given",
                violation_error_message="Another publication already has this URL.",
            ),
            models.UniqueConstraint(
                fields=["article", "outlet"], condition=Q(url=""), name="publication_outlet_once_without_url",
                violation_error_message="This outlet's publication of the article is already stored.",
            ),
        ]

    def __str__(self):
        return f"{self.outlet} — {self.published or 'undated'}"


class Claim(models.Model):
    canonical_text = models.TextField()
    first_seen = models.DateField(null=True, blank=True)
    wording_differs = models.BooleanField(default=False)
    attribution_differs = models.BooleanField(default=False)
    dates_conflict = models.BooleanField(
        default=False, help_text="Some appearances have no date, or the earliest date is shared by several outlets"
    )
    first_appearance = models.ForeignKey(
        "Attribution",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The earliest dated appearance (its outlet, article and date)",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.canonical_text[:80]


class ClaimKey(models.Model):
    """The candidate index: a claim is stored under a hashed key for each content word and
    word pair of its appearances (attribution.matching.keys), so matching a new attribution
    looks up a few keys instead of reading every claim."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="index_keys")
    key = models.CharField(max_length=20)

    class Meta:
        constraints = [
            # Also the index that lookups by key use (key first, then the newest claims).
            models.UniqueConstraint(fields=["key", "claim"], name="claimkey_key_claim_unique"),
        ]

    def __str__(self):
        return self.key


class AttributionKind(models.TextChoices):
    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"
    # What someone believes, wants, supports or urges ("X opposes the deal", "X urged voters to ..."):
    # attributed to them, but not a claim that something is so.
    BELIEF = "belief", "Belief or intention"


class ReviewStatus(models.TextChoices):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class AttributionOrigin(models.TextChoices):
    EXTRACTED = "extracted"
    MANUAL = "manual"


class Attribution(models.Model):
    Kind = AttributionKind
    Status = ReviewStatus
    Origin = AttributionOrigin

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="attributions")
    claim = models.ForeignKey(Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="attributions")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    quote = models.TextField(help_text="Always equal to article.text[start:end]")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    cue = models.CharField(max_length=100, blank=True, help_text='"said", "told reporters", "according to"')
    speaker = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.PROTECT, related_name="attributions"
    )
    speaker_mention = models.CharField(max_length=300, blank=True, help_text='As written here: "he", "Veale"')
    # How this article introduced the speaker, which may differ from the shared Source row
    # (another outlet's "chief Pentagon spokesperson" vs this one's "spokeswoman").
    speaker_name_written = models.CharField(max_length=300, blank=True, help_text='"Col. Thomas Veale"')
    speaker_role_written = models.CharField(
        max_length=300, blank=True, help_text='"a spokesman for the Inherent Resolve coalition"'
    )
    confidence = models.FloatField(default=1.0)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.EXTRACTED)
    extractor_version = models.CharField(max_length=40, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    editor_note = models.TextField(blank=True)
    # An editor's merge or split pins the claim: re-matching never moves it again.
    claim_pinned = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)
    # The quote's words, for search on PostgreSQL (NULL elsewhere); speakers are searched by their Source.
    search_document = search_document_field(("A", ["quote"]))

    objects = WithoutSearchDocumentManager()
    history = HistoricalRecords(excluded_fields=["search_document"])

    class Meta:
        ordering = ["-created_at", "-id"]
        permissions = [("review_attribution", "Can approve or reject attributions")]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=models.F("end")), name="attribution_start_before_end"),
            models.CheckConstraint(condition=Q(confidence__gte=0) & Q(confidence__lte=1), name="attribution_confidence_0_1"),
            models.CheckConstraint(
                condition=Q(origin="manual") | ~Q(extractor_version=""), name="attribution_extracted_has_version"
            ),
            models.UniqueConstraint(
                fields=["article", "start", "end", "kind"], name="attribution_span_unique",
                violation_error_message="Another attribution of this article already has this span and kind.",
            ),
            choice_check("kind", AttributionKind, "attribution_kind_valid"),
            choice_check("status", ReviewStatus, "attribution_status_valid"),
            choice_check("origin", AttributionOrigin, "attribution_origin_valid"),
        ]
        indexes = [models.Index(fields=["status", "-created_at"])]

    def __str__(self):
        return f"{self.quote[:60]} — {self.speaker or 'unknown speaker'}"

    def clean(self):
        if self.article_id is None or self.start is None or self.end is None:
            return
        text = self.article.text
        if not 0 <= self.start < self.end <= len(text):
            raise ValidationError({"end": f"The span {self.start}–{self.end} is outside the article ({len(text)} characters)."})
        if self.quote != text[self.start : self.end]:
            raise ValidationError({"quote": "The quote must equal the article text between start and end."})

    def context_bounds(self):
        """The start and end of the sentence(s) around the span, for reading the quote in context.

        Sentences come from the extractor's splitter, within the paragraph, so a quotation
        that spans several sentences shows them all."""
        text = self.article.text
        paragraph_start = text.rfind("\n", 0, self.start) + 1
        paragraph_end = text.find("\n", self.end)
        paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
        spans = extraction.sentence_spans(text, paragraph_start, paragraph_end)
        left = max((s for s, _ in spans if s <= self.start), default=paragraph_start)
        right = min((e for _, e in spans if e >= self.end), default=paragraph_end)
        return left, right

    @property
    def speaker_shown(self):
        """(name, role) as this article introduced the speaker, else as the shared Source has them."""
        if self.speaker_name_written:
            return self.speaker_name_written, self.speaker_role_written
        if self.speaker_id is None:
            return "", ""
        return self.speaker.titled_name, self.speaker.role

    # Where selectors load the relay hops (a list, in order): a Prefetch with to_attr stores
    # the rows, where one without it builds a queryset for every attribution.
    LOADED_RELAY_HOPS = "loaded_relay_hops"

    @property
    def relay_chain(self):
        """Its relay hops, article side first (BBC, then officials). Every reader of the relay
        chain goes through here: it reads the list a selector loaded (LOADED_RELAY_HOPS), else
        `relay_hops` (one query)."""
        hops = self.__dict__.get(self.LOADED_RELAY_HOPS)
        return list(self.relay_hops.all() if hops is None else hops)

    @property
    def is_reviewed(self):
        return self.status != self.Status.PENDING

    @property
    def cue_stance(self):
        """How the cue verb presents the claim: "neutral" (said), "assertive" (insisted),
        "doubting" (claimed) or "conceding" (admitted)."""
        # Imported on use so the models load (migrations, shell) without the extraction engine.
        from attribution import extraction

        return extraction.cue_stance(self.cue)


class RelayHop(models.Model):
    """One step of the chain through which an article relays a claim: article → BBC → officials."""

    attribution = models.ForeignKey(Attribution, on_delete=models.CASCADE, related_name="relay_hops")
    position = models.PositiveSmallIntegerField()
    outlet = models.ForeignKey(Outlet, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.PROTECT, related_name="relay_hops")
    cue = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["attribution", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attribution", "position"], name="relayhop_position_unique"),
            models.CheckConstraint(
                condition=(Q(outlet__isnull=False) & Q(source__isnull=True))
                | (Q(outlet__isnull=True) & Q(source__isnull=False)),
                name="relayhop_outlet_xor_source",
            ),
        ]

    def __str__(self):
        return str(self.outlet or self.source)

    @property
    def name(self):
        return self.outlet.name if self.outlet_id else self.source.name


class Feed(models.Model):
    """An outlet's RSS or Atom feed, polled for new articles (services.feeds)."""

    url = models.URLField(max_length=1000, unique=True)
    outlet = models.ForeignKey(Outlet, on_delete=models.PROTECT, related_name="feeds")
    interval_minutes = models.PositiveIntegerField(default=30, help_text="Poll at most this often")
    is_active = models.BooleanField(default=True, help_text="Inactive feeds are never polled")
    # The validators of the last answer, sent back so an unchanged feed answers 304 Not Modified.
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True, help_text="Why the last poll failed; empty when it worked")
    last_new_entries = models.PositiveIntegerField(default=0, help_text="Entries the last poll queued for ingest")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["url"]
        constraints = [
            models.CheckConstraint(condition=Q(interval_minutes__gte=1), name="feed_interval_at_least_1"),
        ]

    def __str__(self):
        return self.url

    def is_due(self, now):
        if self.last_polled_at is None:
            return True
        return (now - self.last_polled_at).total_seconds() >= self.interval_minutes * 60


class IngestJobKind(models.TextChoices):
    TEXT = "text"
    URL = "url"


class IngestJobStatus(models.TextChoices):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class IngestJob(models.Model):
    """One article to ingest, from text or from a URL, as the task queue runs it: its status,
    the article once done, or why it failed (services.jobs)."""

    Kind = IngestJobKind
    Status = IngestJobStatus

    kind = models.CharField(max_length=10, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    url = models.URLField(max_length=1000, blank=True, help_text="The page to fetch (kind url), as asked for")
    text = models.TextField(blank=True, help_text="The article's text (kind text), kept until it is ingested")
    outlet_name = models.CharField(max_length=200, blank=True, help_text="Empty: the page's site name")
    title = models.CharField(max_length=500, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    published = models.DateField(null=True, blank=True)
    feed = models.ForeignKey(Feed, null=True, blank=True, on_delete=models.SET_NULL, related_name="jobs")
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="ingest_jobs")
    article_created = models.BooleanField(default=False, help_text="False when the article was already known")
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            choice_check("kind", IngestJobKind, "ingestjob_kind_valid"),
            choice_check("status", IngestJobStatus, "ingestjob_status_valid"),
            models.CheckConstraint(
                condition=(Q(kind="url") & ~Q(url="")) | (Q(kind="text") & ~Q(text="")) | Q(status__in=["done", "failed"]),
                name="ingestjob_has_what_it_ingests",
            ),
            models.CheckConstraint(
                condition=~Q(status="failed") | ~Q(error=""), name="ingestjob_failure_has_error",
            ),
            # Two requests for one page at once make one job: the second finds the first.
            models.UniqueConstraint(
                fields=["url"], condition=Q(status__in=["queued", "running"]) & ~Q(url=""),
                name="ingestjob_one_active_per_url",
            ),
        ]
        indexes = [models.Index(fields=["url"], name="ingestjob_url")]

    def __str__(self):
        return f"Ingest job {self.pk} ({self.status})"

    @property
    def is_finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)
