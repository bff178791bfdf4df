import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from attribution.models import Article, Attribution, Outlet, Source


@pytest.fixture
def article(db):
    outlet = Outlet.objects.create(name="Daily Example", slug="daily-example")
    return Article.objects.create(outlet=outlet, text="The mayor said the bridge will open in May.", text_sha256="x" * 64)


def make_attribution(article, start, end, quote=None):
    return Attribution(
        article=article,
        start=start,
        end=end,
        quote=article.text[start:end] if quote is None else quote,
        kind=Attribution.Kind.INDIRECT,
        extractor_version="test",
    )


def test_a_quote_that_differs_from_the_article_text_is_rejected(article):
    attribution = make_attribution(article, 15, 42, quote="the bridge will close in May")
    with pytest.raises(ValidationError, match="quote must equal"):
        attribution.full_clean()


def test_a_span_past_the_end_of_the_article_is_rejected(article):
    attribution = make_attribution(article, 15, 400)
    with pytest.raises(ValidationError, match="outside the article"):
        attribution.full_clean()


def test_the_database_refuses_a_span_whose_start_is_not_before_its_end(article):
    with pytest.raises(IntegrityError):
        make_attribution(article, 20, 20, quote="").save()


def test_the_database_refuses_the_same_span_twice(article):
    make_attribution(article, 15, 42).save()
    with pytest.raises(IntegrityError):
        make_attribution(article, 15, 42).save()


def test_the_database_refuses_an_extracted_attribution_without_extractor_version(article):
    attribution = make_attribution(article, 15, 42)
    attribution.extractor_version = ""
    with pytest.raises(IntegrityError):
        attribution.save()


@pytest.mark.parametrize("field", ["kind", "status", "origin"])
def test_the_database_refuses_a_value_outside_a_fields_choices(article, field):
    attribution = make_attribution(article, 15, 42)
    setattr(attribution, field, "bogus")
    with pytest.raises(IntegrityError):
        attribution.save()


def test_the_database_refuses_a_source_of_an_unknown_kind_or_affiliated_with_itself(db):
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(kind="alien", name="Zorg")
    source = Source.objects.create(kind="organization", name="SDF")
    source.affiliation = source
    with pytest.raises(IntegrityError):
        source.save()


def test_outlet_names_are_unique_whatever_their_case(db):
    Outlet.objects.create(name="BBC", slug="bbc")
    with pytest.raises(IntegrityError):
        Outlet.objects.create(name="bbc", slug="bbc-2")


def test_two_articles_may_both_lack_a_url_but_never_share_one(article):
    Article.objects.create(outlet=article.outlet, text="Other text.", text_sha256="y" * 64)
    Article.objects.create(outlet=article.outlet, text="Third.", text_sha256="z" * 64, url="https://example.org/a")
    with pytest.raises(IntegrityError):
        Article.objects.create(outlet=article.outlet, text="Fourth.", text_sha256="w" * 64, url="https://example.org/a")
