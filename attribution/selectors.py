"""Every read the pages and the API make, with the joins they need so no list does N+1 queries."""

from django.db.models import Prefetch

from attribution.models import Attribution, RelayHop


def attributions_with_relations():
    """Attributions with article, outlet, speaker (and affiliation), claim and relay hops loaded."""
    return Attribution.objects.select_related(
        "article__outlet", "speaker__affiliation", "claim", "reviewer"
    ).prefetch_related(
        Prefetch("relay_hops", queryset=RelayHop.objects.select_related("outlet", "source").order_by("position"))
    )


def attributions_visible_to(user):
    """Readers see approved attributions; editors also see pending and rejected ones."""
    queryset = attributions_with_relations()
    if user is not None and user.is_authenticated and user.has_perm("attribution.review_attribution"):
        return queryset
    return queryset.filter(status=Attribution.Status.APPROVED)
