import itertools
from datetime import date

import pytest

from attribution import services
from attribution.models import Article, Attribution, Source

_numbers = itertools.count(1)


@pytest.fixture
def report(db):
    """Store one outlet's report of a quote (an article holding just that sentence) and match it,
    as ingest does, but with the speaker, kind and date chosen by the test."""

    def make(quote, *, outlet, speaker="Thomas Veale", speaker_kind=Source.Kind.PERSON, kind="direct",
             published=date(2018, 2, 8), cue="said"):
        text = f"{quote} — report {next(_numbers)} by {outlet}."
        article = Article.objects.create(
            outlet=services.outlet_get_or_create(name=outlet),
            title=f"{outlet} report",
            published=published,
            text=text,
            text_sha256=services.article_text_fingerprint(text),
        )
        article.own_publication().save()
        source = None
        if speaker is not None:
            scope = article if speaker_kind == Source.Kind.UNNAMED else None
            source, _ = Source.objects.get_or_create(name=speaker, kind=speaker_kind, scope_article=scope)
        attribution = Attribution.objects.create(
            article=article, start=0, end=len(quote), quote=quote, kind=kind, cue=cue, speaker=source,
            origin=Attribution.Origin.MANUAL,
        )
        services.attribution_claim_assign(attribution=attribution)
        attribution.refresh_from_db()
        return attribution

    return make
