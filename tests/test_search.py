"""One search (selectors.attributions_search) behind the home page and the API's `q`, with the
same results contract on SQLite (substring) and PostgreSQL (full-text, GIN index, ranked):
these tests run on whichever database the suite runs on, and CI runs it on both."""

import re
from datetime import date

import pytest
from django.db import connection

from attribution import selectors, services
from attribution.models import Article, Attribution, Claim, Outlet, Source
from tests.api.conftest import token_client

APPROVED, PENDING = Attribution.Status.APPROVED, Attribution.Status.PENDING


class Rows:
    def __init__(self):
        self.n = 0

    def outlet(self, name, aliases=()):
        self.n += 1
        return Outlet.objects.create(name=name, slug=f"outlet-{self.n}", aliases=list(aliases))

    def speaker(self, name, aliases=()):
        return Source.objects.create(name=name, kind=Source.Kind.PERSON, aliases=list(aliases))

    def report(self, outlet, quote, *, speaker=None, mention="", published, status=APPROVED):
        self.n += 1
        text = f"Report {self.n}.\n\n“{quote},” {mention or 'an official'} said.\n"
        article = Article.objects.create(
            outlet=outlet, text=text, title=f"Report {self.n}", published=published,
            text_sha256=services.article_text_fingerprint(text),
        )
        start = text.index(quote)
        return Attribution.objects.create(
            article=article, claim=Claim.objects.create(canonical_text=quote), start=start, end=start + len(quote),
            quote=quote, kind="direct", cue="said", speaker=speaker, speaker_mention=mention,
            speaker_name_written=speaker.name if speaker else "", extractor_version="test-1", status=status,
        )


@pytest.fixture
def reports(db):
    rows = Rows()
    harbour = rows.outlet("Harbour Post", aliases=["HP Daily"])
    valley = rows.outlet("Valley Wire")
    whitfield = rows.speaker("Dana Whitfield", aliases=["Director Whitfield"])
    okafor = rows.speaker("Samuel Okafor")
    return {
        "ferry": rows.report(harbour, "The ferry timetable will change in spring", speaker=okafor, mention="Okafor",
                             published=date(2024, 3, 1)),
        "ferry_later": rows.report(valley, "A new ferry timetable starts next week", speaker=whitfield,
                                   mention="Whitfield", published=date(2024, 3, 9)),
        "plan": rows.report(valley, "Whitfield wants the harbour dredged before summer", speaker=okafor,
                            mention="Okafor", published=date(2024, 3, 5)),
        "hospital": rows.report(harbour, "The hospital wing reopens on Monday", speaker=whitfield, mention="she",
                                published=date(2024, 3, 7)),
        "pending": rows.report(valley, "The ferry timetable is a draft nobody approved", speaker=okafor,
                               published=date(2024, 3, 10), status=PENDING),
    }


def search(query, user=None):
    visible = selectors.attributions_on_pages(user)
    return list(selectors.attributions_search(visible, query=query))


CASES = [
    # query, the reports found, best first
    ("ferry timetable", ["ferry_later", "ferry"]),  # the quote, newest first within a tier
    ("Whitfield", ["plan", "ferry_later", "hospital"]),  # the quote naming her, then as speaker
    ("Director Whitfield", ["ferry_later", "hospital"]),  # another name of the source
    ("Samuel Okafor", ["plan", "ferry"]),
    ("Valley Wire", ["ferry_later", "plan"]),  # the outlet alone: newest first
    ("HP Daily", ["hospital", "ferry"]),  # the outlet's other name
    ("reopens on Monday", ["hospital"]),
    ("timetable ferry", []),  # the words in the order written
    ("zeppelin", []),
]


@pytest.mark.parametrize("query, expected", CASES)
def test_search_finds_quote_speaker_and_outlet_matches_best_first(reports, query, expected):
    assert [a.pk for a in search(query)] == [reports[name].pk for name in expected]


def test_a_quote_match_ranks_above_a_speaker_match_above_an_outlet_match(reports):
    found = {a.pk: a.search_tier for a in search("Whitfield")}
    assert found[reports["plan"].pk] == 2 and found[reports["hospital"].pk] == 1
    assert {a.search_tier for a in search("Valley Wire")} == {0}


def test_readers_never_find_pending_reports_but_editors_do(reports, editor):
    assert reports["pending"].pk not in {a.pk for a in search("ferry timetable")}
    assert reports["pending"].pk in {a.pk for a in search("ferry timetable", user=editor)}


@pytest.mark.parametrize("query, expected", CASES)
def test_the_home_page_and_the_api_find_the_same_reports(client, reports, query, expected):
    html = client.get("/", {"q": query}).content.decode()
    on_page = [int(pk) for pk in re.findall(r"#appearance-(\d+)\">Claim", html)]
    rows = client.get("/api/attributions/", {"q": query}).json()["results"]
    assert on_page == [reports[name].pk for name in expected]
    assert {row["id"] for row in rows} == set(on_page)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search is PostgreSQL's")
def test_on_postgresql_words_are_matched_by_their_stem(reports):
    assert [a.pk for a in search("hospitals")] == [reports["hospital"].pk]
    assert [a.pk for a in search("ferries timetables")] == [reports["ferry_later"].pk, reports["ferry"].pk]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the GIN indexes are PostgreSQL's")
def test_on_postgresql_the_search_documents_are_gin_indexed(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE %s", ["%search_gin"])
        indexes = dict(cursor.fetchall())
    assert set(indexes) == {"attribution_search_gin", "source_search_gin", "outlet_search_gin"}
    assert all("USING gin (search_document)" in definition for definition in indexes.values())


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search is PostgreSQL's")
def test_on_postgresql_a_renamed_speaker_is_found_by_the_new_name(reports):
    source = reports["plan"].speaker
    source.aliases = ["Sam Okafor"]
    source.save()
    assert reports["plan"].pk in {a.pk for a in search("Sam Okafor")}
