import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError

from attribution import services
from attribution.models import Article, Attribution, Claim, Outlet, Source


def table_counts():
    return {model.__name__: model.objects.count() for model in (Outlet, Article, Attribution, Source, Claim)}


def test_it_stores_the_seed_article_with_its_quotes_pending_review(seed_article):
    attributions = seed_article.attributions.all()
    assert attributions.count() >= 2
    assert {a.status for a in attributions} == {Attribution.Status.PENDING}
    direct = {a.quote: a.speaker.name for a in attributions.filter(kind="direct")}
    assert any(quote.startswith("After 20-30 artillery") for quote in direct)
    assert direct[next(q for q in direct if q.startswith("After 20-30"))] == "Thomas Veale"
    assert direct[next(q for q in direct if q.startswith("The coalition remains"))] == "officials from the SDF"


def test_every_stored_quote_equals_its_span_of_the_article(seed_article):
    for attribution in seed_article.attributions.all():
        assert seed_article.text[attribution.start : attribution.end] == attribution.quote


def test_ingesting_the_same_text_twice_creates_nothing_new(seed_text, seed_article):
    before = table_counts()
    again = services.article_ingest(text=seed_text, outlet="Seed publisher")
    assert again.created is False and again.publication_created is False
    assert again.article == seed_article
    assert table_counts() == before


def test_the_same_text_with_other_line_endings_is_recognised(seed_text, seed_article):
    again = services.article_ingest(text=seed_text.replace("\n", "\r\n").encode("utf-8"), outlet="Seed publisher")
    assert again.article == seed_article


@pytest.mark.parametrize(
    "text, problem",
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        (b"caf\xe9 au lait", "not UTF-8"),
    ],
)
def test_it_rejects_bad_text_with_a_clear_error_and_writes_nothing(db, text, problem):
    before = table_counts()
    with pytest.raises(ValidationError, match=problem):
        services.article_ingest(text=text, outlet="Daily Example")
    assert table_counts() == before


def test_it_rejects_text_over_the_size_limit(db, settings):
    settings.ARTICLE_MAX_BYTES = 100
    with pytest.raises(ValidationError, match="larger than the limit of 100 bytes"):
        services.article_ingest(text="é" * 60, outlet="Daily Example")
    assert Article.objects.count() == 0


def test_a_failure_while_storing_attributions_leaves_nothing_behind(db, seed_text, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(services.articles, "claims_assign_for_ingest", fail)
    with pytest.raises(RuntimeError):
        services.article_ingest(text=seed_text, outlet="Seed publisher")
    assert table_counts() == {name: 0 for name in table_counts()}


def test_the_outlet_is_found_by_its_alias(db):
    Outlet.objects.create(name="BBC", slug="bbc", aliases=["BBC News", "the BBC"])
    article = services.article_ingest(text='"It rained," she said.', outlet="bbc news").article
    assert article.outlet.name == "BBC"


def test_the_ingest_command_summarises_a_folder(db, tmp_path, capsys):
    (tmp_path / "one.txt").write_text('"We will rebuild the bridge," the mayor said on Monday.', encoding="utf-8")
    (tmp_path / "two.txt").write_text("Prices rose in March, the statistics office said.", encoding="utf-8")
    call_command("ingest", str(tmp_path), "--outlet", "Daily Example")
    call_command("ingest", str(tmp_path / "one.txt"), "--outlet", "Daily Example")
    output = capsys.readouterr().out
    assert "2 file(s): 2 new article(s), 0 already known" in output
    assert "1 file(s): 0 new article(s), 1 already known" in output
    assert Article.objects.count() == 2


def test_the_ingest_command_prints_each_articles_id_and_page_url(db, tmp_path, capsys, settings):
    settings.SITE_URL = "http://news.example:9000"
    (tmp_path / "one.txt").write_text('"We will rebuild the bridge," the mayor said on Monday.', encoding="utf-8")
    call_command("ingest", str(tmp_path / "one.txt"), "--outlet", "Daily Example")
    call_command("ingest", str(tmp_path / "one.txt"), "--outlet", "Daily Example")
    article = Article.objects.get()
    lines = capsys.readouterr().out.splitlines()
    url = f"http://news.example:9000/articles/{article.pk}/"
    assert f"{tmp_path / 'one.txt'}: article {article.pk}, 1 attribution(s) extracted: {url}" in lines
    assert f"{tmp_path / 'one.txt'}: article {article.pk}, already known: {url}" in lines


def test_the_ingest_command_names_a_file_it_cannot_read_and_keeps_the_others(db, tmp_path, capsys):
    (tmp_path / "good.txt").write_text("The mayor said the bridge will open.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00broken")
    with pytest.raises(CommandError, match="1 file"):
        call_command("ingest", str(tmp_path), "--outlet", "Daily Example")
    assert "bad.txt: not ingested: The article is not UTF-8 text" in capsys.readouterr().err
    assert Article.objects.count() == 1


def test_the_ingest_command_refuses_a_missing_path(db):
    with pytest.raises(CommandError, match="no such file"):
        call_command("ingest", "/nonexistent/article.txt", "--outlet", "Daily Example")


def test_a_known_outlet_is_stored_with_its_domain_and_other_names(seed_article):
    bbc = Outlet.objects.get(name="BBC")
    assert bbc.domain == "bbc.co.uk"
    assert "the BBC" in bbc.aliases
    assert services.outlet_get_or_create(name="BBC News") == bbc
