import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from attribution import services
from attribution.models import Attribution, Source

CHANGELIST = reverse("admin:attribution_attribution_changelist")


def change_url(attribution):
    return reverse("admin:attribution_attribution_change", args=[attribution.pk])


def run_action(client, action, attributions):
    return client.post(
        CHANGELIST + "?status=pending",
        {"action": action, ACTION_CHECKBOX_NAME: [a.pk for a in attributions]},
        follow=True,
    )


def correction_form(attribution, **changes):
    data = {
        "speaker": attribution.speaker_id or "",
        "speaker_mention": attribution.speaker_mention,
        "kind": attribution.kind,
        "cue": attribution.cue,
        "start": attribution.start,
        "end": attribution.end,
        "editor_note": attribution.editor_note,
        "seen_version": attribution.version,
        "relay_hops-TOTAL_FORMS": attribution.relay_hops.count(),
        "relay_hops-INITIAL_FORMS": attribution.relay_hops.count(),
        "relay_hops-MIN_NUM_FORMS": 0,
        "relay_hops-MAX_NUM_FORMS": 1000,
    }
    for index, hop in enumerate(attribution.relay_hops.all()):
        data[f"relay_hops-{index}-id"] = hop.pk
        data[f"relay_hops-{index}-attribution"] = attribution.pk
    data.update(changes)
    return data


def test_the_queue_opens_on_pending_attributions_newest_first(client, editor, seed_article):
    approved = seed_article.attributions.get(quote__startswith="After 20-30")
    services.attribution_approve(attribution=approved, by=editor)
    client.force_login(editor)
    page = client.get(CHANGELIST).content.decode()
    assert "The coalition remains committed" in page
    assert "After 20-30 artillery and tank rounds" not in page
    assert "?status=all" in page


def test_all_statuses_are_one_click_away_from_the_queue(client, editor, seed_article):
    services.attribution_approve(attribution=seed_article.attributions.get(quote__startswith="After 20-30"), by=editor)
    client.force_login(editor)
    every = client.get(CHANGELIST, {"status": "all"}).content.decode()
    assert "After 20-30 artillery and tank rounds" in every and "The coalition remains committed" in every
    approved = client.get(CHANGELIST, {"status": "approved"}).content.decode()
    assert "After 20-30 artillery and tank rounds" in approved and "The coalition remains committed" not in approved


def test_the_queue_filters_by_kind_and_searches_by_speaker(client, editor, seed_article):
    client.force_login(editor)
    page = client.get(CHANGELIST, {"kind__exact": "direct", "q": "Veale"}).content.decode()
    assert "After 20-30 artillery" in page
    assert "The coalition remains committed" not in page


def test_the_change_page_shows_the_quote_highlighted_in_its_sentence(client, editor, seed_article):
    attribution = seed_article.attributions.get(quote__startswith="After 20-30")
    client.force_login(editor)
    page = client.get(change_url(attribution)).content.decode()
    assert "Veale\xa0added, “<mark>After 20-30 artillery" in page


def test_article_text_is_escaped_on_the_change_page(client, editor, db):
    text = 'Officials said the <script>alert(1)</script> site "was <b>safe</b>," a spokesman said.'
    article = services.article_ingest(text=text, outlet="Daily Example").article
    attribution = article.attributions.first()
    assert attribution is not None
    client.force_login(editor)
    page = client.get(change_url(attribution)).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_an_editor_approves_several_attributions_at_once(client, editor, seed_article):
    chosen = list(seed_article.attributions.all()[:2])
    client.force_login(editor)
    response = run_action(client, "approve_selected", chosen)
    assert "Approved 2 attribution(s)" in response.content.decode()
    for attribution in chosen:
        attribution.refresh_from_db()
        assert attribution.status == Attribution.Status.APPROVED
        assert attribution.reviewer == editor
        assert attribution.history.first().history_user == editor


def test_an_editor_rejects_an_attribution(client, editor, seed_article):
    attribution = seed_article.attributions.first()
    client.force_login(editor)
    run_action(client, "reject_selected", [attribution])
    attribution.refresh_from_db()
    assert attribution.status == Attribution.Status.REJECTED


def test_staff_outside_the_editors_group_cannot_approve(client, staff_non_editor, seed_article):
    attribution = seed_article.attributions.first()
    client.force_login(staff_non_editor)
    page = client.get(CHANGELIST + "?status=pending").content.decode()
    assert "approve_selected" not in page
    run_action(client, "approve_selected", [attribution])
    attribution.refresh_from_db()
    assert attribution.status == Attribution.Status.PENDING


def test_an_editor_corrects_the_span_and_the_quote_follows(client, editor, seed_article):
    attribution = seed_article.attributions.get(quote__startswith="After 20-30")
    client.force_login(editor)
    response = client.post(change_url(attribution), correction_form(attribution, start=attribution.start + 6))
    assert response.status_code == 302
    attribution.refresh_from_db()
    assert attribution.quote.startswith("20-30 artillery")
    assert attribution.quote == seed_article.text[attribution.start : attribution.end]
    assert attribution.history.first().history_user == editor


def test_a_span_outside_the_article_is_refused_with_a_message(client, editor, seed_article):
    attribution = seed_article.attributions.first()
    client.force_login(editor)
    response = client.post(change_url(attribution), correction_form(attribution, end=10**6))
    assert response.status_code == 200
    assert "must lie inside the article" in response.content.decode()
    attribution.refresh_from_db()
    assert attribution.end < 10**6


def test_a_stale_edit_does_not_overwrite_another_editors_change(client, editor, seed_article):
    attribution = seed_article.attributions.first()
    stale_form = correction_form(attribution, cue="insisted")
    services.attribution_correct(attribution=attribution, by=editor, cue="stated")
    client.force_login(editor)
    response = client.post(change_url(attribution), stale_form)
    assert "Someone changed this attribution" in response.content.decode()
    attribution.refresh_from_db()
    assert attribution.cue == "stated"


def test_merging_two_sources_moves_aliases_and_attributions_and_keeps_history(client, editor, seed_article):
    veale = Source.objects.get(name="Thomas Veale")
    duplicate = Source.objects.create(kind="person", name="Tom Veale", aliases=["Colonel Veale"])
    moved = seed_article.attributions.filter(speaker=veale).first()
    moved.speaker = duplicate
    moved.save()
    client.force_login(editor)
    changelist = reverse("admin:attribution_source_changelist")
    form = {"action": "merge_sources", ACTION_CHECKBOX_NAME: [veale.pk, duplicate.pk]}
    assert "Source to keep" in client.post(changelist, form).content.decode()
    client.post(changelist, {**form, "into": veale.pk})
    veale.refresh_from_db()
    assert {"Tom Veale", "Colonel Veale"} <= set(veale.aliases)
    assert not Source.objects.filter(pk=duplicate.pk).exists()
    moved.refresh_from_db()
    assert moved.speaker == veale
    assert Source.history.filter(id=duplicate.pk, history_type="-").get().history_user == editor


def test_the_history_of_an_attribution_names_who_changed_it(client, editor, seed_article):
    attribution = seed_article.attributions.first()
    services.attribution_approve(attribution=attribution, by=editor)
    client.force_login(editor)
    page = client.get(reverse("admin:attribution_attribution_history", args=[attribution.pk])).content.decode()
    assert "editor" in page
    assert "approved" in page.lower()


def test_the_editors_group_holds_exactly_the_review_permissions(db):
    from django.contrib.auth.models import Group

    codenames = set(Group.objects.get(name="editors").permissions.values_list("codename", flat=True))
    assert codenames == {
        "view_attribution", "change_attribution", "review_attribution",
        "view_source", "add_source", "change_source",
        "view_claim", "change_claim",
        "view_article",
        "view_outlet", "add_outlet", "change_outlet",
        "view_relayhop",
        "view_ingestjob", "view_feed", "add_feed", "change_feed", "delete_feed",
    }


@pytest.mark.parametrize(
    "span",
    [
        {"start": "shifted+2", "end": "shifted+1"},
        {"start": "shifted+1", "end": "shifted+0"},
        {"start": -1, "end": "shifted+5"},
        {"start": "", "end": "shifted+5"},
        {"start": "abc", "end": "shifted+5"},
    ],
)
def test_a_broken_span_in_the_change_form_is_a_form_error_not_a_crash(client, editor, seed_article, span):
    attribution = seed_article.attributions.get(quote__startswith="After 20-30")
    values = {
        field: attribution.start + int(value.split("+")[1]) if isinstance(value, str) and value.startswith("shifted") else value
        for field, value in span.items()
    }
    client.force_login(editor)
    response = client.post(change_url(attribution), correction_form(attribution, **values))
    assert response.status_code == 200
    assert "errornote" in response.content.decode()
    before = (attribution.start, attribution.end, attribution.version)
    attribution.refresh_from_db()
    assert (attribution.start, attribution.end, attribution.version) == before


def test_moving_a_span_onto_another_attributions_span_is_refused_with_a_message(client, editor, seed_article):
    first, second = seed_article.attributions.filter(kind="direct").order_by("start")[:2]
    client.force_login(editor)
    response = client.post(change_url(first), correction_form(first, start=second.start, end=second.end))
    assert response.status_code == 200
    assert f"Attribution #{second.pk} of this article already has that span and kind" in response.content.decode()


def test_a_correction_by_staff_who_may_not_review_sends_an_approved_attribution_back_to_pending(
    client, editor, staff_non_editor, seed_article
):
    attribution = seed_article.attributions.get(quote__startswith="After 20-30")
    services.attribution_approve(attribution=attribution, by=editor)
    attribution.refresh_from_db()
    client.force_login(staff_non_editor)
    response = client.post(change_url(attribution), correction_form(attribution, cue="admitted"))
    assert response.status_code == 302
    attribution.refresh_from_db()
    assert attribution.cue == "admitted"
    assert attribution.status == Attribution.Status.PENDING and attribution.reviewer is None


def test_an_editors_correction_keeps_the_attribution_approved(client, editor, seed_article):
    attribution = seed_article.attributions.get(quote__startswith="After 20-30")
    services.attribution_approve(attribution=attribution, by=editor)
    attribution.refresh_from_db()
    client.force_login(editor)
    client.post(change_url(attribution), correction_form(attribution, cue="stated"))
    attribution.refresh_from_db()
    assert (attribution.cue, attribution.status) == ("stated", Attribution.Status.APPROVED)


def test_merging_a_source_into_one_affiliated_with_it_keeps_everything_consistent(client, editor, db):
    coalition = Source.objects.create(kind="organization", name="Inherent Resolve coalition")
    spokesman = Source.objects.create(kind="person", name="Thomas Veale", affiliation=coalition)
    other = Source.objects.create(kind="organization", name="Operation Inherent Resolve")
    client.force_login(editor)
    changelist = reverse("admin:attribution_source_changelist")
    form = {"action": "merge_sources", ACTION_CHECKBOX_NAME: [spokesman.pk, coalition.pk, other.pk], "into": spokesman.pk}
    response = client.post(changelist, form, follow=True)
    assert response.status_code == 200
    assert "Merged 2 sources" in response.content.decode()
    spokesman.refresh_from_db()
    assert spokesman.affiliation is None
    assert {"Inherent Resolve coalition", "Operation Inherent Resolve"} <= set(spokesman.aliases)


def test_articles_come_in_through_ingest_not_the_admin_add_form(client, editor, db):
    client.force_login(editor)
    assert client.get(reverse("admin:attribution_article_add")).status_code == 403


def test_an_editor_can_add_a_speaker_the_extractor_missed(client, editor, db):
    client.force_login(editor)
    response = client.post(
        reverse("admin:attribution_source_add"), {"kind": "person", "name": "Dana W. White", "aliases": '["White"]'}
    )
    assert response.status_code == 302
    assert Source.objects.get(name="Dana W. White").aliases == ["White"]


def test_aliases_must_be_a_list_of_names(client, editor, db):
    client.force_login(editor)
    response = client.post(reverse("admin:attribution_source_add"), {"kind": "person", "name": "Dana W. White", "aliases": '"White"'})
    assert response.status_code == 200
    assert "Give a list of names" in response.content.decode()
    assert not Source.objects.filter(name="Dana W. White").exists()


def test_the_history_page_offers_no_revert_that_would_bypass_the_version_check(client, editor, seed_article):
    attribution = seed_article.attributions.first()
    services.attribution_approve(attribution=attribution, by=editor)
    record = attribution.history.last()
    client.force_login(editor)
    url = reverse("admin:attribution_attribution_simple_history", args=[attribution.pk, record.history_id])
    client.post(url, correction_form(attribution))
    attribution.refresh_from_db()
    assert attribution.status == Attribution.Status.APPROVED


def test_the_context_is_the_quotes_sentence_not_its_whole_paragraph(client, editor, db):
    text = 'The council met on Monday. "We will rebuild the bridge," the mayor said. Work starts in May.'
    article = services.article_ingest(text=text, outlet="Daily Example").article
    attribution = article.attributions.get(kind="direct")
    client.force_login(editor)
    page = client.get(change_url(attribution)).content.decode()
    assert '<p class="quote-context">&quot;<mark>We will rebuild the bridge,</mark>&quot; the mayor said.</p>' in page


def test_a_claims_admin_page_lists_its_appearances_with_outlet_speaker_and_stance(client, editor, seed_article):
    attribution = seed_article.attributions.get(quote__startswith="After 20-30")
    client.force_login(editor)
    page = client.get(reverse("admin:attribution_claim_change", args=[attribution.claim_id])).content.decode()
    assert "After 20-30 artillery and tank rounds" in page
    assert "Seed publisher" in page
    assert "Col. Thomas Veale, spokesman for the Inherent Resolve coalition" in page
    assert "neutral" in page


def test_a_span_of_only_white_space_is_refused(client, editor, seed_article):
    attribution = seed_article.attributions.get(quote__startswith="After 20-30")
    newline = seed_article.text.index("\n")
    client.force_login(editor)
    response = client.post(change_url(attribution), correction_form(attribution, start=newline, end=newline + 1))
    assert "holds only white space" in response.content.decode()


BUDGET_STORY = "The council said the budget would pass."


def article_url_change(client, article, url):
    """Post the article's admin change form as loaded, with `url` changed."""
    page = reverse("admin:attribution_article_change", args=[article.pk])
    form = client.get(page).context
    data = {name: form["adminform"].form.initial.get(name) or "" for name in form["adminform"].form.fields}
    for inline in form["inline_admin_formsets"]:
        management = inline.formset.management_form
        data.update({management.add_prefix(name): value for name, value in management.initial.items()})
        for publication_form in inline.formset.forms:
            data[publication_form.add_prefix("id")] = publication_form.instance.pk
            data[publication_form.add_prefix("article")] = publication_form.instance.article_id
    data["url"] = url
    return client.post(page, {name: value for name, value in data.items() if value is not None})


def test_an_article_address_typed_without_a_scheme_in_admin_is_read_as_https(admin_client, db):
    article = services.article_ingest(text=BUDGET_STORY, outlet="Daily", url="https://daily.example/budget").article

    response = article_url_change(admin_client, article, "daily.example/budget-2027")

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.url == "https://daily.example/budget-2027"


def test_giving_an_article_another_publications_url_in_admin_is_a_form_error(admin_client, db):
    carried = "The agency wrote that the bridge would reopen in May, a spokesman said."
    services.article_ingest(text=carried, outlet="Agency", url="https://agency.example/bridge")
    services.article_ingest(text=carried, outlet="Daily", url="https://daily.example/bridge")
    other = services.article_ingest(text=BUDGET_STORY, outlet="Daily", url="https://daily.example/budget").article

    response = article_url_change(admin_client, other, "https://daily.example/bridge")

    assert response.status_code == 200
    assert "Another publication already has the URL https://daily.example/bridge." in response.content.decode()
    other.refresh_from_db()
    assert other.url == "https://daily.example/budget"
    assert other.publications.get().url == "https://daily.example/budget"


def test_an_editor_moves_an_article_to_a_new_url_and_its_first_publication_follows(admin_client, db):
    article = services.article_ingest(text=BUDGET_STORY, outlet="Daily", url="https://daily.example/budget").article

    response = article_url_change(admin_client, article, "https://daily.example/budget-2027")

    assert response.status_code == 302
    assert article.publications.get().url == "https://daily.example/budget-2027"
