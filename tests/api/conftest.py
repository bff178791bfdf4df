"""Fixtures for the REST API: clients for each kind of caller, and reports built row by row
(no extractor), so each test states which outlet said what and what an editor decided."""

import itertools
from datetime import date

import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from attribution import services
from attribution.models import Article, Attribution, Claim, Outlet, RelayHop, Source


@pytest.fixture(autouse=True)
def fresh_throttle_counts():
    # Throttles count requests in the cache, which outlives a test.
    cache.clear()
    yield
    cache.clear()


def token_client(user):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return client


@pytest.fixture
def anonymous():
    return APIClient()


@pytest.fixture
def editor_api(editor):
    return token_client(editor)


@pytest.fixture
def second_editor_api(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("second-editor", password="second-pass-123")
    user.groups.add(Group.objects.get(name=services.EDITORS_GROUP))
    return token_client(user)


@pytest.fixture
def reader_api(staff_non_editor):
    """Signed in with a token, but not an editor: reads like an anonymous reader."""
    return token_client(staff_non_editor)


class Newsroom:
    """Builds outlets, sources, articles, claims and attributions directly, shaped like ingested ones."""

    def __init__(self):
        self._numbers = itertools.count(1)

    def number(self):
        return next(self._numbers)

    def outlet(self, name=None, **fields):
        n = self.number()
        return Outlet.objects.create(name=name or f"Outlet {n}", slug=f"outlet-{n}", **fields)

    def source(self, name=None, kind=Source.Kind.PERSON, **fields):
        return Source.objects.create(name=name or f"Speaker {self.number()}", kind=kind, **fields)

    def article(self, *, outlet=None, text=None, published=None, **fields):
        n = self.number()
        text = text or f"Report {n}.\n\nThe minister said “the bridge {n} will reopen in May”, officials told reporters."
        article = Article.objects.create(
            outlet=outlet or self.outlet(),
            text=text,
            title=fields.pop("title", f"Report {n}"),
            published=published,
            text_sha256=services.article_text_fingerprint(text),
            **fields,
        )
        article.own_publication().save()
        return article

    def attribution(self, *, article, quote=None, speaker=None, claim=None, status=Attribution.Status.APPROVED, relay=(), **fields):
        quote = quote or article.text.split("“")[1].split("”")[0]
        start = article.text.index(quote)
        attribution = Attribution.objects.create(
            article=article,
            claim=claim or Claim.objects.create(canonical_text=quote, first_seen=article.published),
            start=start,
            end=start + len(quote),
            quote=quote,
            kind=fields.pop("kind", Attribution.Kind.DIRECT),
            cue=fields.pop("cue", "said"),
            speaker=speaker,
            speaker_mention=speaker.name if speaker else "",
            extractor_version="test-1",
            status=status,
            **fields,
        )
        for position, hop in enumerate(relay):
            RelayHop.objects.create(
                attribution=attribution,
                position=position,
                outlet=hop if isinstance(hop, Outlet) else None,
                source=hop if isinstance(hop, Source) else None,
                cue="reported",
            )
        return attribution

    def full_rows(self, count, status=Attribution.Status.APPROVED):
        """`count` attributions, each in its own article of its own outlet, with a speaker who has an
        affiliation, a claim and a relay chain of an outlet and a source: every relation a list shows."""
        rows = []
        for _ in range(count):
            organization = self.source(kind=Source.Kind.ORGANIZATION)
            speaker = self.source(affiliation=organization, title="Col.", role="a spokesman")
            relay = [self.outlet(), self.source(name=f"officials {self.number()}", kind=Source.Kind.UNNAMED)]
            article = self.article(published=date(2018, 2, 8))
            rows.append(self.attribution(article=article, speaker=speaker, status=status, relay=relay))
        return rows


@pytest.fixture
def newsroom(db):
    return Newsroom()


@pytest.fixture
def shared_claim(newsroom, editor):
    """One claim reported by three outlets: approved (BBC, earliest), pending (Post), rejected (Wire)."""
    veale = newsroom.source("Thomas Veale", title="Col.", role="a spokesman for the Inherent Resolve coalition")
    claim = Claim.objects.create(canonical_text="The attack appeared to be coordinated", first_seen=date(2018, 2, 7))
    bbc = newsroom.article(
        outlet=newsroom.outlet("BBC", homepage="https://www.bbc.co.uk/"),
        text="Syria strike.\n\nVeale said “the attack appeared to be coordinated” on Wednesday.",
        url="https://bbc.example/syria",
        published=date(2018, 2, 7),
    )
    post = newsroom.article(
        outlet=newsroom.outlet("Post"),
        text="Khusham.\n\nA spokesman said “the attack appeared coordinated” and planned.",
        published=date(2018, 2, 8),
    )
    wire = newsroom.article(
        outlet=newsroom.outlet("Wire"),
        text="Wire copy.\n\nOfficials said “the attack was coordinated” late on Thursday.",
        published=date(2018, 2, 9),
    )
    approved = newsroom.attribution(article=bbc, speaker=veale, claim=claim, relay=[newsroom.outlet("Reuters")])
    pending = newsroom.attribution(
        article=post, speaker=veale, claim=claim, status=Attribution.Status.PENDING, editor_note="Check the wording"
    )
    rejected = newsroom.attribution(
        article=wire, claim=claim, status=Attribution.Status.REJECTED, reviewer=editor, editor_note="Not Veale"
    )
    return {"claim": claim, "approved": approved, "pending": pending, "rejected": rejected, "speaker": veale}


def ids_from_here_on(client, page):
    """The ids of `page` and of every page after it, following `next` to the end."""
    ids = [row["id"] for row in page["results"]]
    while page["next"]:
        page = client.get(page["next"]).json()
        ids += [row["id"] for row in page["results"]]
    return ids
