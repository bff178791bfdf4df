"""Who may do what: readers see approved attributions and what they point to, never pending or
rejected ones, editor notes or reviewer names; only editors write. Each rule tries the forbidden call."""

import pytest

from attribution.models import Attribution, Claim, Source


def csv_text(response):
    return b"".join(response.streaming_content).decode("utf-8")


def write_calls(shared_claim):
    approved, pending = shared_claim["approved"], shared_claim["pending"]
    other_source = Source.objects.create(name="Someone else", kind=Source.Kind.PERSON)
    other_claim = Claim.objects.create(canonical_text="Another claim")
    return [
        ("post", "/api/articles/", {"text": "“It rained,” she said.", "outlet": "Daily Example"}),
        ("post", f"/api/attributions/{pending.pk}/approve/", {"version": pending.version}),
        ("post", f"/api/attributions/{pending.pk}/reject/", {"version": pending.version, "note": "no"}),
        ("patch", f"/api/attributions/{approved.pk}/", {"version": approved.version, "cue": "claimed"}),
        ("post", f"/api/attributions/{approved.pk}/split/", {"version": approved.version}),
        ("post", f"/api/sources/{shared_claim['speaker'].pk}/merge/", {"into": other_source.pk, "version": 1}),
        ("post", f"/api/claims/{shared_claim['claim'].pk}/merge/", {"into": other_claim.pk, "version": 1}),
    ]


def snapshot():
    return sorted(Attribution.objects.values_list("pk", "status", "cue", "version", "claim_id", "speaker_id"))


@pytest.mark.parametrize("call", range(7))
def test_an_anonymous_caller_may_not_write_anything(anonymous, shared_claim, call):
    method, url, body = write_calls(shared_claim)[call]
    before = snapshot()
    response = getattr(anonymous, method)(url, body, format="json")
    assert response.status_code == 401
    assert snapshot() == before


@pytest.mark.parametrize("call", range(7))
def test_a_signed_in_user_outside_the_editors_group_may_not_write_anything(reader_api, shared_claim, call):
    method, url, body = write_calls(shared_claim)[call]
    before = snapshot()
    response = getattr(reader_api, method)(url, body, format="json")
    assert response.status_code == 403
    assert "editors group" in response.json()["detail"]
    assert snapshot() == before


def test_a_session_without_a_csrf_token_may_not_write_even_as_an_editor(editor, shared_claim):
    from rest_framework.test import APIClient

    client = APIClient(enforce_csrf_checks=True)
    client.force_login(editor)
    pending = shared_claim["pending"]
    response = client.post(f"/api/attributions/{pending.pk}/approve/", {"version": pending.version}, format="json")
    assert response.status_code == 403
    pending.refresh_from_db()
    assert pending.status == Attribution.Status.PENDING


def test_a_reader_lists_only_approved_attributions(anonymous, shared_claim):
    ids = [row["id"] for row in anonymous.get("/api/attributions/").json()["results"]]
    assert ids == [shared_claim["approved"].pk]


@pytest.mark.parametrize("status", ["pending", "rejected"])
def test_a_reader_cannot_list_pending_or_rejected_ones_even_by_asking(anonymous, reader_api, shared_claim, status):
    for client in (anonymous, reader_api):
        assert client.get("/api/attributions/", {"status": status}).json()["results"] == []


@pytest.mark.parametrize("which", ["pending", "rejected"])
def test_a_reader_gets_404_for_a_pending_or_rejected_attribution(anonymous, reader_api, shared_claim, which):
    attribution = shared_claim[which]
    for client in (anonymous, reader_api):
        assert client.get(f"/api/attributions/{attribution.pk}/").status_code == 404
        assert client.get(f"/api/attributions/{attribution.pk}/annotation/").status_code == 404


def test_a_reader_never_sees_the_editor_note_or_the_reviewer(anonymous, shared_claim, editor):
    approved = shared_claim["approved"]
    Attribution.objects.filter(pk=approved.pk).update(editor_note="Called the press office", reviewer=editor)
    body = anonymous.get(f"/api/attributions/{approved.pk}/").content.decode()
    assert "Called the press office" not in body
    assert editor.username not in body
    assert anonymous.get(f"/api/attributions/{approved.pk}/").json()["review"] is None
    csv = csv_text(anonymous.get("/api/attributions/csv/"))
    assert "Called the press office" not in csv and "editor_note" not in csv


def test_an_editor_sees_every_status_with_notes_and_reviewer(editor_api, shared_claim, editor):
    rows = editor_api.get("/api/attributions/").json()["results"]
    assert {row["status"] for row in rows} == {"approved", "pending", "rejected"}
    rejected = next(row for row in rows if row["id"] == shared_claim["rejected"].pk)
    assert rejected["review"]["editor_note"] == "Not Veale"
    assert rejected["review"]["reviewer"] == editor.username


def test_a_claim_shows_readers_only_its_approved_appearances(anonymous, editor_api, shared_claim):
    url = f"/api/claims/{shared_claim['claim'].pk}/"
    reader_view = anonymous.get(url).json()
    assert [a["id"] for a in reader_view["appearances"]] == [shared_claim["approved"].pk]
    assert reader_view["appearance_count"] == 1
    editor_view = editor_api.get(url).json()
    # Rejected attributions were wrong: they are no appearance of the claim, for editors either.
    assert [a["id"] for a in editor_view["appearances"]] == [shared_claim["approved"].pk, shared_claim["pending"].pk]


def test_a_claim_with_no_approved_attribution_is_hidden_from_readers(anonymous, editor_api, newsroom):
    pending = newsroom.attribution(article=newsroom.article(), status=Attribution.Status.PENDING)
    assert anonymous.get(f"/api/claims/{pending.claim_id}/").status_code == 404
    assert anonymous.get("/api/claims/").json()["results"] == []
    assert editor_api.get(f"/api/claims/{pending.claim_id}/").status_code == 200


def test_filtering_claims_by_speaker_does_not_reveal_a_pending_attribution(anonymous, newsroom):
    article = newsroom.article()
    secret_speaker = newsroom.source("Unconfirmed speaker")
    approved = newsroom.attribution(article=article)
    newsroom.attribution(article=newsroom.article(), claim=approved.claim, speaker=secret_speaker, status="pending")
    assert anonymous.get("/api/claims/", {"speaker": secret_speaker.pk}).json()["results"] == []


def test_a_source_only_a_pending_attribution_credits_is_hidden_from_readers(anonymous, editor_api, newsroom):
    speaker = newsroom.source("Not yet reviewed")
    newsroom.attribution(article=newsroom.article(), speaker=speaker, status=Attribution.Status.PENDING)
    assert anonymous.get(f"/api/sources/{speaker.pk}/").status_code == 404
    assert editor_api.get(f"/api/sources/{speaker.pk}/").status_code == 200


def test_readers_see_the_speaker_its_affiliation_and_relay_sources_of_an_approved_attribution(anonymous, newsroom):
    (attribution,) = newsroom.full_rows(1)
    relay_source = attribution.relay_hops.get(position=1).source
    for source in (attribution.speaker, attribution.speaker.affiliation, relay_source):
        assert anonymous.get(f"/api/sources/{source.pk}/").status_code == 200


def test_an_article_is_public_but_its_attribution_list_is_filtered(anonymous, shared_claim):
    article = shared_claim["pending"].article
    body = anonymous.get(f"/api/articles/{article.pk}/").json()
    assert body["text"] == article.text
    assert body["attributions"] == [] and body["attribution_count"] == 0


def test_the_history_is_for_editors_only(anonymous, reader_api, editor_api, shared_claim):
    url = f"/api/attributions/{shared_claim['approved'].pk}/history/"
    assert anonymous.get(url).status_code == 401
    assert reader_api.get(url).status_code == 403
    assert editor_api.get(url).status_code == 200


def test_exports_leave_out_what_readers_may_not_see(anonymous, shared_claim):
    claim = shared_claim["claim"]
    jsonld = anonymous.get(f"/api/claims/{claim.pk}/jsonld/").json()
    assert [a["publisher"]["name"] for a in jsonld["appearance"]] == ["BBC"]
    page = anonymous.get(f"/api/claims/{claim.pk}/annotations/").json()
    assert len(page["items"]) == 1
    csv_lines = csv_text(anonymous.get("/api/attributions/csv/", {"claim": claim.pk})).strip().splitlines()
    assert len(csv_lines) == 2
