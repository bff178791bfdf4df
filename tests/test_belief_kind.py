"""Beliefs and intentions ("X opposes ...", "X urged voters to ...") are stored as their own kind
of attribution, and every place that shows a kind names it, so editors and readers can tell
them apart from what someone said."""

import pytest
from django.db import IntegrityError
from django.urls import reverse

from attribution import services
from attribution.models import Attribution
from attribution.reading import KIND_LABELS
from tests.api.conftest import token_client

TEXT = (
    "Ferry levy divides the council\n\n"
    "Senator Ruth Abara opposes the new levy on island ferries.\n\n"
    "Harbour master Tomas Lind said the levy would pay for two new boats.\n"
)


@pytest.fixture
def levy_article(db):
    return services.article_ingest(text=TEXT, outlet="Island Courier").article


def test_an_ingested_belief_is_stored_as_its_own_kind(levy_article):
    rows = {(a.kind, a.quote, a.speaker.name) for a in levy_article.attributions.select_related("speaker")}
    assert rows == {
        ("belief", "the new levy on island ferries", "Ruth Abara"),
        ("indirect", "the levy would pay for two new boats", "Tomas Lind"),
    }


def test_every_kind_has_a_label_for_readers_and_exports():
    from attribution.exports import KIND_WORDS

    assert set(KIND_LABELS) == set(KIND_WORDS) == set(Attribution.Kind.values)
    assert KIND_LABELS[Attribution.Kind.BELIEF] == "Belief or intention"


def test_the_database_still_refuses_an_unknown_kind(levy_article):
    attribution = levy_article.attributions.get(kind="belief")
    attribution.kind = "rumour"
    with pytest.raises(IntegrityError):
        attribution.save()


def test_the_api_filters_and_shows_the_belief_kind(editor, levy_article):
    body = token_client(editor).get("/api/attributions/", {"kind": "belief"}).json()
    assert [(row["kind"], row["quote"]) for row in body["results"]] == [("belief", "the new levy on island ferries")]


def test_an_editor_can_correct_a_paraphrase_into_a_belief(editor, levy_article):
    attribution = levy_article.attributions.get(kind="indirect")
    response = token_client(editor).patch(
        f"/api/attributions/{attribution.pk}/", {"kind": "belief", "version": attribution.version}, format="json"
    )
    assert response.status_code == 200, response.content
    attribution.refresh_from_db()
    assert attribution.kind == "belief"


def test_the_admin_queue_filters_by_the_belief_kind_and_names_it(client, editor, levy_article):
    client.force_login(editor)
    page = client.get(reverse("admin:attribution_attribution_changelist"), {"kind__exact": "belief"}).content.decode()
    assert "the new levy on island ferries" in page and "the levy would pay for two new boats" not in page
    assert "Belief or intention" in page


def test_the_article_page_labels_a_belief_apart_from_a_paraphrase(client, levy_article):
    levy_article.attributions.update(status=Attribution.Status.APPROVED)
    html = client.get(reverse("pages:article", args=[levy_article.pk])).content.decode()
    assert "<td>Belief or intention</td>" in html and "<td>Paraphrase</td>" in html
