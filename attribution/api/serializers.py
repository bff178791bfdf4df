"""How the API shows outlets, sources, articles, claims and attributions, and what its writes accept.

Output serializers read rows the selectors loaded with their relations (no queries of their
own); input serializers only check shape, and the services decide the rest.
"""

import copy

from django.urls import reverse
from django.utils.functional import cached_property
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from attribution.matching.diff import word_diff
from attribution.models import Article, Attribution, Claim, Feed, IngestJob, Outlet, Publication, Source

MAX_INT = 2**31 - 1


def _is_editor(serializer):
    return serializer.context.get("is_editor", False)


_FIELDS_BUILT = {}


class ReadModelSerializer(serializers.ModelSerializer):
    """A ModelSerializer for output that works out its fields from the model once per class.

    DRF does it for every instance: each nested serializer of each response inspects the model
    again (a third of the time to serialize a 25-row attribution page). The fields depend on the
    class alone, so each instance binds a deep copy of the first result, as DRF does with
    declared fields. Also lists its readable fields once, not on every row."""

    def get_fields(self):
        built = _FIELDS_BUILT.get(type(self))
        if built is None:
            built = _FIELDS_BUILT[type(self)] = super().get_fields()
        return copy.deepcopy(built)

    @cached_property
    def _readable_fields(self):
        return [field for field in self.fields.values() if not field.write_only]


# ---------------------------------------------------------------- outlets and sources


class OutletBriefSerializer(ReadModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name", "slug"]


class OutletSerializer(ReadModelSerializer):
    article_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Outlet
        fields = ["id", "name", "slug", "domain", "homepage", "aliases", "article_count", "created_at"]


class AffiliationSerializer(ReadModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "kind", "name"]


class SourceBriefSerializer(ReadModelSerializer):
    display_name = serializers.CharField(read_only=True, help_text="Title, name and role as a reader sees them")
    affiliation = AffiliationSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Source
        fields = ["id", "kind", "name", "title", "role", "display_name", "affiliation"]


class SourceSerializer(SourceBriefSerializer):
    attribution_count = serializers.IntegerField(read_only=True, help_text="Attributions you may see that credit it")

    class Meta(SourceBriefSerializer.Meta):
        fields = [
            *SourceBriefSerializer.Meta.fields, "aliases", "scope_article", "attribution_count", "created_at", "version",
        ]


# ---------------------------------------------------------------- attributions


class PublicationSerializer(ReadModelSerializer):
    outlet = OutletBriefSerializer(read_only=True)

    class Meta:
        model = Publication
        fields = ["outlet", "url", "title", "byline", "published"]


PUBLICATIONS_HELP = (
    "Every outlet that published this text word for word (an agency story several outlets ran), earliest "
    "first, undated last; the first stored is the article's own outlet, url, published and byline"
)


class ArticleBriefSerializer(ReadModelSerializer):
    publications = PublicationSerializer(many=True, read_only=True, source="reports", help_text=PUBLICATIONS_HELP)

    class Meta:
        model = Article
        fields = ["id", "title", "url", "published", "is_illustrative", "publications"]


class RelayHopSerializer(serializers.Serializer):
    position = serializers.IntegerField()
    type = serializers.SerializerMethodField()
    id = serializers.SerializerMethodField()
    name = serializers.CharField()
    cue = serializers.CharField()

    def get_type(self, hop) -> str:
        return "outlet" if hop.outlet_id else "source"

    def get_id(self, hop) -> int:
        return hop.outlet_id or hop.source_id


class ReviewSerializer(serializers.Serializer):
    reviewer = serializers.SerializerMethodField(help_text="Username of the editor who reviewed it")
    reviewed_at = serializers.DateTimeField(allow_null=True)
    editor_note = serializers.CharField(allow_blank=True)

    def get_reviewer(self, attribution) -> str | None:
        return attribution.reviewer.get_username() if attribution.reviewer_id else None


class SpeakerWrittenSerializer(serializers.Serializer):
    name = serializers.CharField(help_text='"Col. Thomas Veale"')
    role = serializers.CharField(help_text='"spokesman for the Inherent Resolve coalition", or empty')


class AttributionSerializer(ReadModelSerializer):
    speaker = SourceBriefSerializer(read_only=True, allow_null=True)
    article = ArticleBriefSerializer(read_only=True)
    outlet = OutletBriefSerializer(read_only=True, source="article.outlet")
    relay = RelayHopSerializer(
        many=True, read_only=True, source="relay_chain", help_text="Who passed it on: BBC → officials"
    )
    review = serializers.SerializerMethodField(help_text="Reviewer and editor note: only editors see them (else null)")
    stance = serializers.SerializerMethodField(
        help_text="The cue verb's stance: neutral (said), assertive (insisted), doubting (claimed), conceding (admitted)"
    )
    speaker_as_written = serializers.SerializerMethodField(
        help_text="The speaker's name and role as this article wrote them (else as the source has them)"
    )

    class Meta:
        model = Attribution
        fields = [
            "id", "quote", "kind", "cue", "stance", "start", "end", "status", "confidence", "origin",
            "extractor_version", "speaker", "speaker_as_written", "speaker_mention", "article", "outlet", "relay",
            "claim", "claim_pinned", "created_at", "reviewed_at", "version", "review",
        ]
        read_only_fields = fields

    def get_stance(self, attribution) -> str | None:
        return attribution.cue_stance if attribution.cue else None

    @extend_schema_field(SpeakerWrittenSerializer(allow_null=True))
    def get_speaker_as_written(self, attribution):
        name, role = attribution.speaker_shown
        return {"name": name, "role": role or ""} if name else None

    @extend_schema_field(ReviewSerializer(allow_null=True))
    def get_review(self, attribution):
        if not _is_editor(self):
            return None
        return ReviewSerializer(attribution).data


class DiffPieceSerializer(serializers.Serializer):
    op = serializers.ChoiceField(choices=["equal", "insert", "delete"])
    text = serializers.CharField()


class AppearanceSerializer(AttributionSerializer):
    diff_from_first = serializers.SerializerMethodField(
        help_text="This wording against the first appearance's, word by word"
    )

    class Meta(AttributionSerializer.Meta):
        fields = [*AttributionSerializer.Meta.fields, "diff_from_first"]
        read_only_fields = fields

    @extend_schema_field(DiffPieceSerializer(many=True))
    def get_diff_from_first(self, attribution):
        pieces = word_diff(self.context["first_quote"], attribution.quote)
        return [{"op": piece.op, "text": piece.text} for piece in pieces]


# ---------------------------------------------------------------- articles and claims


class ArticleSerializer(ReadModelSerializer):
    outlet = OutletBriefSerializer(read_only=True)
    attribution_count = serializers.IntegerField(read_only=True, help_text="Attributions you may see")
    publications = PublicationSerializer(many=True, read_only=True, source="reports", help_text=PUBLICATIONS_HELP)

    class Meta:
        model = Article
        fields = [
            "id", "outlet", "title", "url", "byline", "published", "is_illustrative",
            "extractor_version", "created_at", "attribution_count", "publications",
        ]


class ArticleDetailSerializer(ArticleSerializer):
    attributions = AttributionSerializer(many=True, read_only=True, source="visible_attributions")

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "text", "attributions"]


class ClaimSerializer(ReadModelSerializer):
    """A claim as the caller is shown it (selectors.claims_attach_appearances): text, first_seen
    and flags are what the appearances the caller may see establish, never pending ones for a reader."""

    text = serializers.CharField(source="shown.text", read_only=True)
    first_seen = serializers.DateField(source="shown.first_seen", read_only=True, allow_null=True)
    wording_differs = serializers.BooleanField(source="shown.wording_differs", read_only=True)
    attribution_differs = serializers.BooleanField(source="shown.attribution_differs", read_only=True)
    dates_conflict = serializers.BooleanField(source="shown.dates_conflict", read_only=True)
    first_appearance = serializers.IntegerField(
        source="shown.first_appearance_id", read_only=True, allow_null=True,
        help_text="The attribution that is the earliest dated report",
    )
    appearance_count = serializers.SerializerMethodField()
    outlet_count = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id", "text", "first_seen", "first_appearance", "wording_differs", "attribution_differs",
            "dates_conflict", "appearance_count", "outlet_count", "created_at", "version",
        ]

    def get_appearance_count(self, claim) -> int:
        return len(claim.appearances)

    def get_outlet_count(self, claim) -> int:
        # Every outlet that published an appearance's text counts.
        return len({report.outlet_id for appearance in claim.appearances for report in appearance.article.reports})


class ClaimDetailSerializer(ClaimSerializer):
    """One claim with its `appearances`, earliest report first."""

    appearances = AppearanceSerializer(many=True, read_only=True, help_text="Earliest report first")

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "appearances"]

    def to_representation(self, claim):
        # The appearances diff against the first one; nested serializers share the root's context.
        self._context = {**self.context, "first_quote": claim.appearances[0].quote if claim.appearances else ""}
        return super().to_representation(claim)


class HistoryChangeSerializer(serializers.Serializer):
    field = serializers.CharField()
    old = serializers.JSONField(allow_null=True)
    new = serializers.JSONField(allow_null=True)


class HistoryEntrySerializer(serializers.Serializer):
    history_id = serializers.IntegerField()
    date = serializers.DateTimeField()
    action = serializers.ChoiceField(choices=["created", "changed", "deleted"])
    user = serializers.CharField(allow_null=True, help_text="Who made the change (null: the extractor or a script)")
    reason = serializers.CharField(allow_null=True)
    version = serializers.IntegerField()
    status = serializers.CharField()
    changes = HistoryChangeSerializer(many=True, help_text="Fields that differ from the version before")


HISTORY_FIELDS = [
    "status", "speaker_id", "speaker_mention", "kind", "cue", "start", "end", "quote",
    "claim_id", "claim_pinned", "reviewer_id", "editor_note",
]
HISTORY_ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}


def history_entries(records):
    """Each recorded version (newest first, as selectors.attribution_history gives them) with the
    fields it changed against the version before it."""
    records = list(records)
    entries = []
    for record, before in zip(records, [*records[1:], None]):
        changes = [
            {"field": name, "old": getattr(before, name) if before else None, "new": getattr(record, name)}
            for name in HISTORY_FIELDS
            if before is None or getattr(before, name) != getattr(record, name)
        ]
        entries.append(
            {
                "history_id": record.history_id,
                "date": record.history_date,
                "action": HISTORY_ACTIONS.get(record.history_type, "changed"),
                "user": record.history_user.get_username() if record.history_user_id else None,
                "reason": record.history_change_reason,
                "version": record.version,
                "status": record.status,
                "changes": changes if before else [],
            }
        )
    return entries


# ---------------------------------------------------------------- input


class NoSurrogatesCharField(serializers.CharField):
    """Text that can be stored: a JSON string (not a number made into one) without lone
    surrogates (\\ud800), which JSON may carry and databases may not."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            raise serializers.ValidationError("Give text (a JSON string).")
        value = super().to_internal_value(data)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise serializers.ValidationError("This text holds unpaired surrogate characters.") from None
        return value


class VersionedInputSerializer(serializers.Serializer):
    version = serializers.IntegerField(
        min_value=1, max_value=MAX_INT, help_text="The version of the row you read: a stale one gets 409 Conflict"
    )


class ReviewInputSerializer(VersionedInputSerializer):
    note = NoSurrogatesCharField(required=False, allow_blank=True, max_length=5000, help_text="Editor note")


class AttributionCorrectionSerializer(VersionedInputSerializer):
    speaker = serializers.PrimaryKeyRelatedField(queryset=Source.objects.all(), allow_null=True, required=False)
    speaker_mention = NoSurrogatesCharField(required=False, allow_blank=True, max_length=300)
    speaker_name_written = NoSurrogatesCharField(required=False, allow_blank=True, max_length=300)
    speaker_role_written = NoSurrogatesCharField(required=False, allow_blank=True, max_length=300)
    kind = serializers.ChoiceField(choices=Attribution.Kind.choices, required=False)
    cue = NoSurrogatesCharField(required=False, allow_blank=True, max_length=100)
    start = serializers.IntegerField(required=False, min_value=0, max_value=MAX_INT)
    end = serializers.IntegerField(required=False, min_value=1, max_value=MAX_INT)
    editor_note = NoSurrogatesCharField(required=False, allow_blank=True, max_length=5000)

    def validate(self, data):
        # A field the correction cannot change (such as `quote`, which is cut from the span) must
        # not pass silently, nor a correction that changes nothing yet would bump the version.
        unknown = sorted(name for name in self.initial_data if name not in self.fields)
        if unknown:
            raise serializers.ValidationError({name: "A correction cannot change this field." for name in unknown})
        if set(data) == {"version"}:
            changeable = ", ".join(name for name in self.fields if name != "version")
            raise serializers.ValidationError(f"Nothing to correct: give at least one of {changeable}.")
        return data


class MergeInputSerializer(VersionedInputSerializer):
    """`into`: the row to keep; the context's `merged` is the row merged into it."""

    into_version = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_INT,
        help_text="The version of `into` you read, to refuse the merge (409) if it changed since",
    )

    def validate_into(self, into):
        if into.pk == self.context["merged"].pk:
            raise serializers.ValidationError(f"A {into._meta.verbose_name} cannot be merged into itself.")
        return into


class SourceMergeSerializer(MergeInputSerializer):
    into = serializers.PrimaryKeyRelatedField(queryset=Source.objects.all(), help_text="The source to keep")


class ClaimMergeSerializer(MergeInputSerializer):
    into = serializers.PrimaryKeyRelatedField(queryset=Claim.objects.all(), help_text="The claim to keep")


class ArticleIngestSerializer(serializers.Serializer):
    text = NoSurrogatesCharField(required=False, trim_whitespace=False, help_text="Plain text (or give html, or url alone)")
    html = NoSurrogatesCharField(
        required=False, trim_whitespace=False, help_text="An HTML page: its article text is extracted (trafilatura)"
    )
    outlet = NoSurrogatesCharField(
        required=False, max_length=200,
        help_text="The outlet's name or alias; a new outlet is created for an unknown name. Needed with text or "
        "html; with url alone, default: the page's site name",
    )
    url = serializers.URLField(
        required=False, allow_blank=True, max_length=1000,
        help_text="The article's URL. Given alone (no text or html), the page is fetched and its article text "
        "and metadata taken from it",
    )
    title = NoSurrogatesCharField(required=False, allow_blank=True, max_length=500, help_text="Default: its first line")
    byline = NoSurrogatesCharField(required=False, allow_blank=True, max_length=300)
    published = serializers.DateField(required=False, allow_null=True)

    def validate(self, data):
        if "text" in data and "html" in data:
            raise serializers.ValidationError({"text": "Give the article as either `text` or `html` (one of them)."})
        if "text" not in data and "html" not in data and not data.get("url"):
            raise serializers.ValidationError({"text": "Give the article as `text` or `html`, or give its `url` alone."})
        if ("text" in data or "html" in data) and not (data.get("outlet") or "").strip():
            raise serializers.ValidationError({"outlet": "Name the outlet that published this text."})
        return data

    @property
    def fetches_url(self):
        return "text" not in self.validated_data and "html" not in self.validated_data


class IngestJobSerializer(serializers.ModelSerializer):
    status_url = serializers.SerializerMethodField(help_text="Where to ask for this job's status")
    article_url = serializers.SerializerMethodField(help_text="The article, once the job is done")

    class Meta:
        model = IngestJob
        fields = [
            "id", "kind", "status", "url", "outlet_name", "title", "published", "feed", "article", "article_created",
            "attempts", "error", "created_at", "started_at", "finished_at", "status_url", "article_url",
        ]
        read_only_fields = fields

    def get_status_url(self, job) -> str:
        return self._absolute(reverse("api:ingestjob-detail", args=[job.pk]))

    def get_article_url(self, job) -> str | None:
        return self._absolute(reverse("api:article-detail", args=[job.article_id])) if job.article_id else None

    def _absolute(self, path):
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path


class FeedSerializer(serializers.ModelSerializer):
    outlet = OutletBriefSerializer(read_only=True)
    outlet_name = NoSurrogatesCharField(
        write_only=True, max_length=200, help_text="The outlet whose feed it is (created if unknown)"
    )
    url = serializers.URLField(max_length=1000)
    interval_minutes = serializers.IntegerField(min_value=1, max_value=MAX_INT, required=False)

    class Meta:
        model = Feed
        fields = [
            "id", "url", "outlet", "outlet_name", "interval_minutes", "is_active", "etag", "last_modified",
            "last_polled_at", "last_error", "last_new_entries", "created_at",
        ]
        read_only_fields = ["etag", "last_modified", "last_polled_at", "last_error", "last_new_entries", "created_at"]


class FeedChangeSerializer(serializers.Serializer):
    interval_minutes = serializers.IntegerField(min_value=1, max_value=MAX_INT, required=False)
    is_active = serializers.BooleanField(required=False)
