"""`Attribution.relay_chain` and `Article.reports`: the one way every serializer, page and export
reads an attribution's relay hops and an article's publications. They read the lists the
selectors load (no query), and a row loaded without them reads its relation itself."""

from datetime import date

from attribution import selectors
from attribution.models import Attribution, Publication, RelayHop


def relayed_report(newsroom):
    """An attribution relayed through an outlet then a source (hops stored last first), in an
    article a second outlet also published, earlier."""
    article = newsroom.article(outlet=newsroom.outlet("Daily"), published=date(2018, 2, 9))
    Publication.objects.create(article=article, outlet=newsroom.outlet("Agency"), published=date(2018, 2, 8))
    attribution = newsroom.attribution(article=article, speaker=newsroom.source("Thomas Veale"))
    RelayHop.objects.create(attribution=attribution, position=1, source=newsroom.source("officials"), cue="told")
    RelayHop.objects.create(attribution=attribution, position=0, outlet=newsroom.outlet("BBC"), cue="reported")
    return attribution


def test_the_relations_a_selector_loaded_are_read_without_a_query(newsroom, django_assert_num_queries):
    attribution = relayed_report(newsroom)
    loaded = selectors.attributions_with_relations().get(pk=attribution.pk)
    with django_assert_num_queries(0):
        assert [hop.name for hop in loaded.relay_chain] == ["BBC", "officials"]
        assert [report.outlet.name for report in loaded.article.reports] == ["Agency", "Daily"]


def test_a_row_loaded_bare_reads_each_relation_in_the_same_order(newsroom, django_assert_num_queries):
    attribution = relayed_report(newsroom)
    loaded = selectors.attributions_with_relations().get(pk=attribution.pk)
    bare = Attribution.objects.select_related("article").get(pk=attribution.pk)
    with django_assert_num_queries(1):
        assert [hop.pk for hop in bare.relay_chain] == [hop.pk for hop in loaded.relay_chain]
    with django_assert_num_queries(1):
        assert [report.pk for report in bare.article.reports] == [report.pk for report in loaded.article.reports]


def test_an_article_without_stored_publications_reports_its_own(newsroom, django_assert_num_queries):
    attribution = relayed_report(newsroom)
    Publication.objects.filter(article=attribution.article).delete()
    loaded = selectors.attributions_with_relations().get(pk=attribution.pk)
    with django_assert_num_queries(0):
        (own,) = loaded.article.reports
    assert (own.outlet.name, own.published, own.pk) == ("Daily", date(2018, 2, 9), None)
