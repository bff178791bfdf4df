"""Fixtures for the reader pages: reports built row by row, so each test states exactly
which outlet said what, credited to whom, and whether an editor approved it."""

import itertools
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from attribution import services
from attribution.models import Article, Attribution, Claim, Outlet, RelayHop, Source


class Reports:
    def __init__(self):
        self._numbers = itertools.count(1)

    def outlet(self, name):
        outlet, _ = Outlet.objects.get_or_create(name=name, defaults={"slug": f"outlet-{next(self._numbers)}"})
        return outlet

    def source(self, name, kind=Source.Kind.PERSON, **fields):
        return Source.objects.create(name=name, kind=kind, **fields)

    def article(self, *, outlet, text, published=None, title="", **fields):
        outlet = self.outlet(outlet) if isinstance(outlet, str) else outlet
        article = Article.objects.create(
            outlet=outlet,
            text=text,
            title=title or text.split("\n", 1)[0][:80],
            published=published,
            text_sha256=services.article_text_fingerprint(text),
            **fields,
        )
        article.own_publication().save()
        return article

    def claim(self, text="", first_seen=None):
        return Claim.objects.create(canonical_text=text or "claim", first_seen=first_seen)

    def attribution(
        self, *, article, quote, claim=None, speaker=None, status=Attribution.Status.APPROVED,
        kind=Attribution.Kind.DIRECT, cue="said", hops=(), mention="",
    ):
        start = article.text.index(quote)
        attribution = Attribution.objects.create(
            article=article,
            claim=claim if claim is not None else self.claim(quote),
            start=start,
            end=start + len(quote),
            quote=quote,
            kind=kind,
            cue=cue,
            speaker=speaker,
            speaker_mention=mention,
            status=status,
            origin=Attribution.Origin.MANUAL,
        )
        for position, hop in enumerate(hops):
            field = "outlet" if isinstance(hop, Outlet) else "source"
            RelayHop.objects.create(attribution=attribution, position=position, **{field: hop})
        return attribution

    def report(self, *, outlet, quote, claim, speaker=None, published=None, **fields):
        """An article by `outlet` that carries `quote` once, as an appearance of `claim`."""
        text = f"Report {next(self._numbers)} from {outlet}.\n\n“{quote},” a spokesperson said.\n"
        article = self.article(outlet=outlet, text=text, published=published)
        return self.attribution(article=article, quote=quote, claim=claim, speaker=speaker, **fields)


@pytest.fixture
def reports(db):
    return Reports()


@pytest.fixture
def shared_claim(reports):
    """One claim reported by two outlets, in different words and credited to different speakers."""
    claim = reports.claim("Artillery rounds landed within 500 meters of the headquarters")
    veale = reports.source("Thomas Veale", title="Col.", role="a spokesman for the Inherent Resolve coalition")
    white = reports.source("Dana W. White", role="chief Pentagon spokesperson")
    bbc = reports.outlet("BBC")
    first = reports.report(
        outlet="Daily Example", quote="Artillery rounds landed within 500 meters of the headquarters",
        claim=claim, speaker=veale, published=date(2018, 2, 8), hops=[bbc, veale], cue="told reporters",
    )
    second = reports.report(
        outlet="Sample Wire", quote="Tank rounds landed within about 500 yards of the headquarters",
        claim=claim, speaker=white, published=date(2018, 2, 9), cue="claimed",
    )
    return claim, first, second


@pytest.fixture
def count_queries():
    def run(action):
        with CaptureQueriesContext(connection) as context:
            action()
        return len(context.captured_queries)

    return run
