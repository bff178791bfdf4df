"""Query-string filters of the list endpoints (django-filter)."""

import django_filters
from django import forms
from django.db.models import Q

from attribution import selectors
from attribution.models import Article, Attribution, Claim, IngestJob, Outlet, Source

MAX_ID = 2**63 - 1


class IdFilter(django_filters.NumberFilter):
    """A row id: a whole number in the database's range, so no lookup is sent an impossible value."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class YesNoField(forms.NullBooleanField):
    """true/false (also 1/0, yes/no); anything else is an error, not a filter silently left out."""

    widget = forms.TextInput
    TRUE, FALSE = {"true", "1", "yes", "on"}, {"false", "0", "no", "off"}

    def to_python(self, value):
        if value in (None, ""):
            return None
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower()
        if word in self.TRUE:
            return True
        if word in self.FALSE:
            return False
        raise forms.ValidationError("Enter true or false.", code="invalid")


class YesNoFilter(django_filters.BooleanFilter):
    field_class = YesNoField


class CountFilter(django_filters.NumberFilter):
    """A whole number from 1 to 1,000."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 1000)
        super().__init__(*args, **kwargs)


class SearchFilter(django_filters.CharFilter):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("method", "search")
        kwargs.setdefault("max_length", 200)
        super().__init__(*args, **kwargs)


class OutletFilter(django_filters.FilterSet):
    q = SearchFilter(help_text="Words in the name, an alias or the domain")

    class Meta:
        model = Outlet
        fields = ["q"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(domain__icontains=value) | Q(aliases__icontains=value))


class SourceFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Source.Kind.choices)
    affiliation = IdFilter(field_name="affiliation_id")
    outlet = IdFilter(method="credited_by_outlet", help_text="Sources this outlet's articles credit")
    q = SearchFilter(help_text="Words in the name, an alias or the role")

    class Meta:
        model = Source
        fields = ["kind", "affiliation", "outlet", "q"]

    def credited_by_outlet(self, queryset, name, value):
        # Only attributions the user may see count, so a filter never reveals a pending one.
        user = getattr(self.request, "user", None)
        return queryset.filter(selectors.sources_credited_in(user, article__outlet_id=value))

    def search(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(aliases__icontains=value) | Q(role__icontains=value))


class ArticleFilter(django_filters.FilterSet):
    outlet = IdFilter(field_name="outlet_id")
    speaker = IdFilter(method="crediting", help_text="Articles crediting this source")
    published = django_filters.DateFromToRangeFilter(help_text="published_after, published_before (YYYY-MM-DD)")
    url = django_filters.CharFilter(max_length=1000)
    q = SearchFilter(help_text="Words in the title or byline")

    class Meta:
        model = Article
        fields = ["outlet", "speaker", "published", "url", "q"]

    def crediting(self, queryset, name, value):
        user = getattr(self.request, "user", None)
        return queryset.filter(selectors.articles_with_attribution(user, speaker_id=value))

    def search(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(byline__icontains=value))


class ClaimFilter(django_filters.FilterSet):
    """The text, first_seen and flags filter as the caller is shown them: a reader's claims by
    what their approved appearances establish (selectors.claims_where_shown)."""

    speaker = IdFilter(method="with_attribution", help_text="Claims credited to this source")
    source = IdFilter(
        method="with_attribution", help_text="Claims credited to this source, as the speaker or in a relay chain"
    )
    outlet = IdFilter(method="with_attribution", help_text="Claims this outlet reported")
    relayed_by = IdFilter(
        method="with_attribution", help_text="Claims other articles credit to this outlet's reporting (a relay hop)"
    )
    article = IdFilter(method="with_attribution", help_text="Claims this article reports")
    min_outlets = CountFilter(
        method="reported_by_outlets", help_text="Claims reported by at least this many outlets (2: the claims to compare)"
    )
    wording_differs = YesNoFilter(method="flag")
    attribution_differs = YesNoFilter(method="flag")
    dates_conflict = YesNoFilter(method="flag")
    first_seen = django_filters.DateFromToRangeFilter(
        method="first_seen_between", help_text="first_seen_after, first_seen_before (YYYY-MM-DD)"
    )
    q = SearchFilter(help_text="Words in the claim's text")

    class Meta:
        model = Claim
        fields = [
            "speaker", "source", "outlet", "relayed_by", "article", "min_outlets", "wording_differs",
            "attribution_differs", "dates_conflict", "first_seen", "q",
        ]

    LOOKUPS = {
        "speaker": "speaker_id", "outlet": "article__outlet_id", "article": "article_id",
        "relayed_by": "relay_hops__outlet_id",
    }

    @property
    def user(self):
        return getattr(self.request, "user", None)

    def with_attribution(self, queryset, name, value):
        # Only attributions the user may see count, so a filter never reveals a pending one.
        if name == "source":
            return queryset.filter(
                selectors.claims_visible_with_attribution(self.user, speaker_id=value)
                | selectors.claims_visible_with_attribution(self.user, relay_hops__source_id=value)
            )
        return queryset.filter(selectors.claims_visible_with_attribution(self.user, **{self.LOOKUPS[name]: value}))

    def reported_by_outlets(self, queryset, name, value):
        return queryset.filter(selectors.claims_reported_by_outlets(self.user, at_least=value))

    def flag(self, queryset, name, value):
        return selectors.claims_where_shown(
            queryset, user=self.user, stored=Q(**{name: value}), test=lambda shown: getattr(shown, name) == value
        )

    def first_seen_between(self, queryset, name, value):
        # The range field gives the first and last moment of those days.
        after, before = (moment.date() if moment else None for moment in (value.start, value.stop))
        stored = Q(first_seen__isnull=False)
        if after:
            stored &= Q(first_seen__gte=after)
        if before:
            stored &= Q(first_seen__lte=before)

        def test(shown):
            day = shown.first_seen
            return day is not None and (not after or day >= after) and (not before or day <= before)

        return selectors.claims_where_shown(queryset, user=self.user, stored=stored, test=test)

    def search(self, queryset, name, value):
        return selectors.claims_where_shown(
            queryset, user=self.user, stored=Q(canonical_text__icontains=value),
            test=lambda shown: value.casefold() in shown.text.casefold(),
        )


class AttributionFilter(django_filters.FilterSet):
    speaker = IdFilter(field_name="speaker_id")
    outlet = IdFilter(field_name="article__outlet_id")
    article = IdFilter(field_name="article_id")
    claim = IdFilter(field_name="claim_id")
    kind = django_filters.ChoiceFilter(choices=Attribution.Kind.choices)
    status = django_filters.ChoiceFilter(choices=Attribution.Status.choices, help_text="Readers see approved ones (and pending ones where READERS_SEE_UNREVIEWED is on)")
    origin = django_filters.ChoiceFilter(choices=Attribution.Origin.choices)
    published = django_filters.DateFromToRangeFilter(
        field_name="article__published", help_text="published_after, published_before (YYYY-MM-DD)"
    )
    q = SearchFilter(
        help_text="Words, in order, in the quote, the speaker's names or the outlet's names (full-text search "
        "on PostgreSQL, substring elsewhere: selectors.attributions_search)"
    )

    class Meta:
        model = Attribution
        fields = ["speaker", "outlet", "article", "claim", "kind", "status", "origin", "published", "q"]

    def search(self, queryset, name, value):
        # The same search as the home page; the list keeps its own order (cursor pages).
        return selectors.attributions_search(queryset, query=value)


class IngestJobFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=IngestJob.Status.choices)
    kind = django_filters.ChoiceFilter(choices=IngestJob.Kind.choices)
    feed = IdFilter(field_name="feed_id")
    url = django_filters.CharFilter(max_length=1000)

    class Meta:
        model = IngestJob
        fields = ["status", "kind", "feed", "url"]
