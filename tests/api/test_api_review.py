"""Review through the API: approve, reject, correct, split and merge, each carrying the row's
version, so that two editors never silently overwrite each other (409 Conflict)."""

import pytest

from attribution.models import Attribution, Claim, Source


def test_an_editor_approves_a_pending_attribution_with_its_version(editor_api, shared_claim, editor):
    pending = shared_claim["pending"]
    response = editor_api.post(f"/api/attributions/{pending.pk}/approve/", {"version": pending.version}, format="json")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "approved"
    assert body["version"] == pending.version + 1
    assert body["review"]["reviewer"] == editor.username
    pending.refresh_from_db()
    assert pending.status == Attribution.Status.APPROVED and pending.reviewer == editor


def test_the_review_verbs_work_without_the_trailing_slash(editor_api, shared_claim):
    pending = shared_claim["pending"]
    response = editor_api.post(f"/api/attributions/{pending.pk}/approve", {"version": pending.version}, format="json")
    assert response.status_code == 200


def test_an_editor_rejects_with_a_note(editor_api, shared_claim):
    pending = shared_claim["pending"]
    response = editor_api.post(
        f"/api/attributions/{pending.pk}/reject/", {"version": pending.version, "note": "Wrong speaker"}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["review"]["editor_note"] == "Wrong speaker"
    pending.refresh_from_db()
    assert pending.status == Attribution.Status.REJECTED


def test_a_write_without_a_version_is_refused_with_a_field_error(editor_api, shared_claim):
    pending = shared_claim["pending"]
    response = editor_api.post(f"/api/attributions/{pending.pk}/approve/", {}, format="json")
    assert response.status_code == 400
    assert "version" in response.json()


def test_the_second_of_two_editors_who_read_the_same_version_gets_409_and_changes_nothing(
    editor_api, second_editor_api, shared_claim
):
    pending = shared_claim["pending"]
    read_version = editor_api.get(f"/api/attributions/{pending.pk}/").json()["version"]
    assert second_editor_api.get(f"/api/attributions/{pending.pk}/").json()["version"] == read_version

    first = editor_api.post(f"/api/attributions/{pending.pk}/approve/", {"version": read_version}, format="json")
    assert first.status_code == 200
    second = second_editor_api.post(
        f"/api/attributions/{pending.pk}/reject/", {"version": read_version, "note": "No"}, format="json"
    )
    assert second.status_code == 409
    assert second.json()["current_version"] == read_version + 1
    assert "changed it since you read it" in second.json()["detail"]
    pending.refresh_from_db()
    assert pending.status == Attribution.Status.APPROVED
    assert pending.editor_note == "Check the wording"
    assert pending.version == read_version + 1


def test_a_stale_correction_gets_409_and_changes_nothing(editor_api, shared_claim):
    approved = shared_claim["approved"]
    stale = approved.version
    Attribution.objects.filter(pk=approved.pk).update(version=stale + 1)
    response = editor_api.patch(f"/api/attributions/{approved.pk}/", {"version": stale, "cue": "claimed"}, format="json")
    assert response.status_code == 409
    approved.refresh_from_db()
    assert approved.cue == "said" and approved.version == stale + 1


def test_an_editor_corrects_speaker_kind_cue_and_span_and_the_quote_is_recut(editor_api, shared_claim):
    approved = shared_claim["approved"]
    other = Source.objects.create(name="Dana White", kind=Source.Kind.PERSON)
    text = approved.article.text
    start = text.index("attack appeared")
    response = editor_api.patch(
        f"/api/attributions/{approved.pk}/",
        {
            "version": approved.version,
            "speaker": other.pk,
            "kind": "partial",
            "cue": "told reporters",
            "start": start,
            "end": start + len("attack appeared"),
        },
        format="json",
    )
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["quote"] == "attack appeared"
    assert body["speaker"]["name"] == "Dana White"
    assert (body["kind"], body["cue"]) == ("partial", "told reporters")


@pytest.mark.parametrize(
    "span, field",
    [({"start": 5, "end": 5}, "end"), ({"start": 0, "end": 10_000}, "end"), ({"start": -1}, "start")],
)
def test_a_span_outside_the_article_is_refused_with_a_field_error(editor_api, shared_claim, span, field):
    approved = shared_claim["approved"]
    before = (approved.start, approved.end, approved.version)
    response = editor_api.patch(f"/api/attributions/{approved.pk}/", {"version": approved.version, **span}, format="json")
    assert response.status_code == 400
    assert field in response.json()
    approved.refresh_from_db()
    assert (approved.start, approved.end, approved.version) == before


def test_an_editor_corrects_how_the_article_wrote_the_speakers_name_and_role(editor_api, shared_claim):
    approved = shared_claim["approved"]
    response = editor_api.patch(
        f"/api/attributions/{approved.pk}/",
        {"version": approved.version, "speaker_name_written": "Col. Veale", "speaker_role_written": "spokesman"},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["speaker_as_written"] == {"name": "Col. Veale", "role": "spokesman"}


def test_an_unknown_kind_is_refused(editor_api, shared_claim):
    approved = shared_claim["approved"]
    response = editor_api.patch(f"/api/attributions/{approved.pk}/", {"version": approved.version, "kind": "rumour"}, format="json")
    assert response.status_code == 400 and "kind" in response.json()


def test_put_is_not_offered(editor_api, shared_claim):
    approved = shared_claim["approved"]
    response = editor_api.put(f"/api/attributions/{approved.pk}/", {"version": approved.version}, format="json")
    assert response.status_code == 405


def test_the_history_names_who_changed_what(editor_api, shared_claim, editor):
    pending = shared_claim["pending"]
    editor_api.post(f"/api/attributions/{pending.pk}/approve/", {"version": pending.version, "note": "ok"}, format="json")
    history = editor_api.get(f"/api/attributions/{pending.pk}/history/").json()
    newest, oldest = history[0], history[-1]
    assert oldest["action"] == "created"
    assert newest["user"] == editor.username
    changed = {change["field"]: (change["old"], change["new"]) for change in newest["changes"]}
    assert changed["status"] == ("pending", "approved")
    assert changed["editor_note"] == ("Check the wording", "ok")


def test_an_editor_merges_a_source_into_another(editor_api, shared_claim):
    veale = shared_claim["speaker"]
    duplicate = Source.objects.create(name="Tom Veale", kind=Source.Kind.PERSON)
    shared_claim["rejected"].speaker = duplicate
    shared_claim["rejected"].save()
    response = editor_api.post(
        f"/api/sources/{duplicate.pk}/merge/", {"into": veale.pk, "version": duplicate.version}, format="json"
    )
    assert response.status_code == 200
    assert "Tom Veale" in response.json()["aliases"]
    assert not Source.objects.filter(pk=duplicate.pk).exists()
    assert Attribution.objects.get(pk=shared_claim["rejected"].pk).speaker == veale


def test_a_stale_source_merge_gets_409_and_merges_nothing(editor_api, shared_claim):
    duplicate = Source.objects.create(name="Tom Veale", kind=Source.Kind.PERSON, version=3)
    response = editor_api.post(
        f"/api/sources/{duplicate.pk}/merge/", {"into": shared_claim["speaker"].pk, "version": 2}, format="json"
    )
    assert response.status_code == 409
    assert Source.objects.filter(pk=duplicate.pk, version=3).exists()


def test_merging_a_source_into_itself_is_a_400_on_the_into_field(editor_api, shared_claim):
    veale = shared_claim["speaker"]
    response = editor_api.post(f"/api/sources/{veale.pk}/merge/", {"into": veale.pk, "version": veale.version}, format="json")
    assert response.status_code == 400
    assert "itself" in response.json()["into"][0]


def test_merging_a_claim_into_itself_is_a_400_on_the_into_field(editor_api, shared_claim):
    claim = shared_claim["claim"]
    response = editor_api.post(f"/api/claims/{claim.pk}/merge/", {"into": claim.pk, "version": claim.version}, format="json")
    assert response.status_code == 400
    assert "itself" in response.json()["into"][0]


def test_an_editor_merges_a_claim_into_another(editor_api, shared_claim, newsroom):
    other = newsroom.attribution(article=newsroom.article())
    response = editor_api.post(
        f"/api/claims/{other.claim_id}/merge/",
        {"into": shared_claim["claim"].pk, "version": other.claim.version},
        format="json",
    )
    assert response.status_code == 200, response.json()
    assert other.pk in [a["id"] for a in response.json()["appearances"]]
    assert not Claim.objects.filter(pk=other.claim_id).exists()


def test_a_stale_claim_merge_gets_409(editor_api, shared_claim, newsroom):
    other = newsroom.attribution(article=newsroom.article())
    response = editor_api.post(
        f"/api/claims/{other.claim_id}/merge/", {"into": shared_claim["claim"].pk, "version": 7}, format="json"
    )
    assert response.status_code == 409
    assert Claim.objects.filter(pk=other.claim_id).exists()


def test_an_editor_splits_an_attribution_out_of_its_claim(editor_api, shared_claim):
    pending = shared_claim["pending"]
    response = editor_api.post(f"/api/attributions/{pending.pk}/split/", {"version": pending.version}, format="json")
    assert response.status_code == 200, response.json()
    assert response.json()["claim"] != shared_claim["claim"].pk
    assert response.json()["claim_pinned"] is True


def test_splitting_the_only_appearance_of_a_claim_is_a_400(editor_api, newsroom):
    alone = newsroom.attribution(article=newsroom.article())
    response = editor_api.post(f"/api/attributions/{alone.pk}/split/", {"version": alone.version}, format="json")
    assert response.status_code == 400
    assert "only appearance" in str(response.json())


def write_calls(shared_claim, newsroom):
    """Every write but ingest: (method, url) with a JSON body."""
    pending, approved = shared_claim["pending"], shared_claim["approved"]
    other_claim = newsroom.attribution(article=newsroom.article()).claim
    return [
        ("post", f"/api/attributions/{pending.pk}/approve/"),
        ("post", f"/api/attributions/{pending.pk}/reject/"),
        ("post", f"/api/attributions/{approved.pk}/split/"),
        ("patch", f"/api/attributions/{pending.pk}/"),
        ("post", f"/api/sources/{shared_claim['speaker'].pk}/merge/"),
        ("post", f"/api/claims/{other_claim.pk}/merge/"),
    ]


def test_every_write_refuses_an_oversized_body_with_a_413_in_json(editor_api, shared_claim, newsroom, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    calls = write_calls(shared_claim, newsroom)
    versions = {a.pk: a.version for a in Attribution.objects.all()}
    for method, url in calls:
        response = getattr(editor_api, method)(url, {"version": 1, "note": "x" * 2000}, format="json")
        assert response.status_code == 413, url
        assert "limit is 1000 bytes" in response.json()["detail"]
    assert {a.pk: a.version for a in Attribution.objects.all()} == versions


@pytest.mark.parametrize(
    "body, field",
    [
        ({"quote": "something else"}, "quote"),
        ({"status": "approved"}, "status"),
        ({}, "non_field_errors"),
    ],
)
def test_a_correction_with_unknown_fields_or_nothing_to_change_is_a_400_and_changes_nothing(
    editor_api, shared_claim, body, field
):
    pending = shared_claim["pending"]
    response = editor_api.patch(f"/api/attributions/{pending.pk}/", {"version": pending.version, **body}, format="json")
    assert response.status_code == 400
    assert field in response.json()
    before = pending.version
    pending.refresh_from_db()
    assert pending.version == before and pending.status == Attribution.Status.PENDING


def test_a_merge_into_a_claim_changed_since_it_was_read_gets_409(editor_api, shared_claim, newsroom):
    other = newsroom.attribution(article=newsroom.article())
    into = shared_claim["claim"]
    response = editor_api.post(
        f"/api/claims/{other.claim_id}/merge/",
        {"into": into.pk, "version": other.claim.version, "into_version": into.version + 1},
        format="json",
    )
    assert response.status_code == 409
    assert response.json()["current_version"] == into.version
    assert Claim.objects.filter(pk=other.claim_id).exists()
