"""Claims across outlets: matching at ingest, what a matched claim tells, editors' merge and split, rematch."""

from datetime import date

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from attribution import matching, services
from attribution.models import Attribution, Claim, ClaimKey, Source

from tests.matching.wordings import ROUNDS, ROUNDS_PENTAGON

SELF_DEFENSE = "The military action was taken in self-defense and did not target fleeing soldiers."
COORDINATED = "The attack on the Syrian Democratic Forces appeared to be coordinated."


def outlets_of(claim):
    return set(claim.attributions.values_list("article__outlet__name", flat=True))


# ---------------------------------------------------------------- matching at ingest


def test_two_outlets_quoting_the_same_speaker_share_one_claim(report):
    first = report(COORDINATED, outlet="Daily Example")
    second = report(COORDINATED, outlet="Evening Example", speaker="Col. Veale")
    assert first.claim == second.claim
    assert outlets_of(first.claim) == {"Daily Example", "Evening Example"}
    assert not first.claim.attribution_differs and not first.claim.wording_differs


def test_a_different_claim_by_the_same_speaker_gets_a_claim_of_its_own(report):
    first = report(COORDINATED, outlet="Daily Example")
    second = report(SELF_DEFENSE, outlet="Evening Example")
    assert first.claim != second.claim


def test_a_partial_quote_joins_the_longer_quote_it_comes_from(report):
    full = report(SELF_DEFENSE, outlet="Daily Example")
    partial = report("taken in self-defense", outlet="Evening Example", kind="partial")
    assert partial.claim == full.claim
    assert not full.claim.wording_differs  # a fragment quoted as said is not a change of wording


def test_a_changed_word_between_outlets_flags_wording_differs(report):
    first = report("The attack appeared to be coordinated and occurred in Khusham.", outlet="Daily Example")
    second = report("The attack was coordinated and occurred in Khusham.", outlet="Evening Example")
    assert first.claim == second.claim
    claim = Claim.objects.get(pk=first.claim_id)
    assert claim.wording_differs and not claim.attribution_differs


def test_the_same_words_credited_to_two_speakers_are_one_claim_with_attribution_drift(report):
    veale = report(ROUNDS, outlet="Daily Example", published=None)
    white = report(ROUNDS_PENTAGON, outlet="Defense Wire", speaker="Dana W. White")
    assert veale.claim == white.claim
    claim = Claim.objects.get(pk=veale.claim_id)
    assert claim.attribution_differs and claim.wording_differs


def test_a_quote_another_outlet_gives_as_its_own_statement_flags_attribution_drift(report):
    credited = report(COORDINATED, outlet="Daily Example")
    uncredited = report(COORDINATED, outlet="Evening Example", speaker=None, kind="indirect")
    assert credited.claim == uncredited.claim
    assert Claim.objects.get(pk=credited.claim_id).attribution_differs


def test_a_paraphrase_by_another_speaker_is_a_separate_claim(report):
    first = report("Inflation will come down next year.", outlet="Daily Example", speaker="Jerome Powell")
    second = report("Inflation should fall back next year.", outlet="Evening Example", speaker="Christine Lagarde")
    assert first.claim != second.claim


def test_the_first_appearance_is_the_earliest_dated_report(report):
    later = report(COORDINATED, outlet="Daily Example", published=date(2018, 2, 9))
    earlier = report(COORDINATED, outlet="Evening Example", published=date(2018, 2, 8))
    claim = Claim.objects.get(pk=later.claim_id)
    assert claim.first_appearance == earlier
    assert claim.first_seen == date(2018, 2, 8)
    assert not claim.dates_conflict


def test_an_undated_report_makes_the_first_appearance_uncertain(report):
    dated = report(COORDINATED, outlet="Daily Example", published=date(2018, 2, 9))
    report(COORDINATED, outlet="Evening Example", published=None)
    claim = Claim.objects.get(pk=dated.claim_id)
    assert claim.first_appearance == dated and claim.first_seen == date(2018, 2, 9)
    assert claim.dates_conflict


def test_two_outlets_on_the_earliest_day_make_the_dates_conflict(report):
    first = report(COORDINATED, outlet="Daily Example")
    report(COORDINATED, outlet="Evening Example")
    assert Claim.objects.get(pk=first.claim_id).dates_conflict


def test_rejecting_the_odd_appearance_out_clears_the_drift_flag(report, editor):
    credited = report(COORDINATED, outlet="Daily Example")
    uncredited = report(COORDINATED, outlet="Evening Example", speaker=None)
    assert Claim.objects.get(pk=credited.claim_id).attribution_differs
    services.attribution_reject(attribution=uncredited, by=editor)
    assert not Claim.objects.get(pk=credited.claim_id).attribution_differs


def test_correcting_the_speaker_recomputes_the_attribution_flag(report, editor):
    veale = report(ROUNDS, outlet="Daily Example")
    white = report(ROUNDS, outlet="Defense Wire", speaker="Dana W. White")
    assert Claim.objects.get(pk=veale.claim_id).attribution_differs
    services.attribution_correct(attribution=white, by=editor, speaker=veale.speaker)
    assert not Claim.objects.get(pk=veale.claim_id).attribution_differs


def test_matching_makes_the_same_number_of_queries_whatever_the_number_of_claims(report, settings):
    def queries_to_match_one():
        with CaptureQueriesContext(connection) as context:
            report(COORDINATED, outlet="Daily Example")
        return len(context.captured_queries)

    for n in range(3):
        report(f"Pro-regime forces attacked the base near checkpoint {n} of the Euphrates valley.", outlet="Wire")
    few = queries_to_match_one()
    for n in range(3, 60):
        report(f"Pro-regime forces attacked the base near checkpoint {n} of the Euphrates valley.", outlet="Wire")
    assert queries_to_match_one() <= few
    assert ClaimKey.objects.filter(claim__attributions__quote=COORDINATED).exists()


def test_a_matched_claim_is_found_among_many_sharing_common_words(report, settings):
    settings.CLAIM_MATCHING = {**settings.CLAIM_MATCHING, "CLAIMS_PER_KEY": 5, "CANDIDATE_CLAIMS": 3}
    original = report(COORDINATED, outlet="Daily Example")
    for n in range(30):
        report(f"The attack on the Syrian Democratic Forces near village {n} was repelled.", outlet="Wire")
    again = report(COORDINATED, outlet="Evening Example")
    assert again.claim == original.claim


def test_each_appearance_shows_the_stance_of_its_cue_verb(report):
    said = report(COORDINATED, outlet="Daily Example", cue="said")
    claimed = report(COORDINATED, outlet="Evening Example", cue="claimed")
    assert (said.cue_stance, claimed.cue_stance) == ("neutral", "doubting")
    assert said.claim == claimed.claim


# ---------------------------------------------------------------- editors: merge and split


def test_merging_moves_every_appearance_and_pins_it(report, editor):
    first = report(COORDINATED, outlet="Daily Example")
    second = report(SELF_DEFENSE, outlet="Evening Example")
    removed = second.claim_id
    merged = services.claim_merge(claim=second.claim, into=first.claim, by=editor)
    assert set(merged.attributions.values_list("pk", flat=True)) == {first.pk, second.pk}
    assert set(merged.attributions.values_list("claim_pinned", flat=True)) == {True}
    assert not Claim.objects.filter(pk=removed).exists()
    deleted = Claim.history.get(id=removed, history_type="-")
    assert deleted.history_user == editor and f"into #{merged.pk}" in deleted.history_change_reason
    assert set(ClaimKey.objects.filter(claim=merged).values_list("key", flat=True)) >= set(
        matching.index_keys(SELF_DEFENSE)
    )


def test_a_claim_cannot_be_merged_into_itself(report, editor):
    first = report(COORDINATED, outlet="Daily Example")
    with pytest.raises(ValidationError, match="into itself"):
        services.claim_merge(claim=first.claim, into=first.claim, by=editor)


def test_a_merge_from_a_stale_version_is_refused(report, editor):
    first = report(COORDINATED, outlet="Daily Example")
    second = report(SELF_DEFENSE, outlet="Evening Example")
    with pytest.raises(services.ConflictError):
        services.claim_merge(claim=second.claim, into=first.claim, by=editor, version=second.claim.version + 5)
    assert Claim.objects.filter(pk=second.claim_id).exists()


def test_splitting_gives_the_attribution_a_pinned_claim_of_its_own(report, editor):
    first = report(COORDINATED, outlet="Daily Example")
    second = report(COORDINATED, outlet="Evening Example", speaker=None)
    old = first.claim
    new = services.attribution_claim_split(attribution=second, by=editor)
    second.refresh_from_db()
    assert second.claim == new != old and second.claim_pinned
    assert not Claim.objects.get(pk=old.pk).attribution_differs  # the uncredited report left it
    assert Attribution.history.filter(id=second.pk).first().history_user == editor


def test_the_only_appearance_of_a_claim_cannot_be_split_out(report, editor):
    alone = report(COORDINATED, outlet="Daily Example")
    with pytest.raises(ValidationError, match="only appearance"):
        services.attribution_claim_split(attribution=alone, by=editor)


def test_a_split_from_a_stale_version_is_refused(report, editor):
    first = report(COORDINATED, outlet="Daily Example")
    second = report(COORDINATED, outlet="Evening Example")
    with pytest.raises(services.ConflictError):
        services.attribution_claim_split(attribution=second, by=editor, version=second.version + 1)
    assert Attribution.objects.get(pk=second.pk).claim_id == first.claim_id


def test_a_merge_survives_a_rematch(report, editor):
    first = report(COORDINATED, outlet="Daily Example")
    second = report(SELF_DEFENSE, outlet="Evening Example")
    merged = services.claim_merge(claim=second.claim, into=first.claim, by=editor)
    services.claims_rematch()
    assert Attribution.objects.get(pk=second.pk).claim_id == merged.pk
    assert Attribution.objects.get(pk=first.pk).claim_id == merged.pk


def test_a_split_survives_a_rematch(report, editor):
    first = report(COORDINATED, outlet="Daily Example")
    second = report(COORDINATED, outlet="Evening Example")
    new = services.attribution_claim_split(attribution=second, by=editor)
    result = services.claims_rematch()
    assert Attribution.objects.get(pk=second.pk).claim_id == new.pk
    assert Attribution.objects.get(pk=first.pk).claim_id != new.pk
    assert result.moved == 0


# ---------------------------------------------------------------- rematch


def test_rematch_joins_claims_when_the_thresholds_are_loosened(report, settings):
    first = report("The attack appeared to be coordinated and occurred in Khusham.", outlet="Daily Example")
    settings.CLAIM_MATCHING = {**settings.CLAIM_MATCHING, "PARAPHRASE": 0.99, "CONTAINMENT": 1.01}
    second = report("The attack was coordinated in Khusham, near the Euphrates.", outlet="Evening Example")
    assert first.claim != second.claim
    settings.CLAIM_MATCHING = {**settings.CLAIM_MATCHING, "PARAPHRASE": 0.4}
    result = services.claims_rematch()
    assert Attribution.objects.get(pk=second.pk).claim_id == first.claim_id
    assert (result.checked, result.moved, result.claims_removed) == (2, 1, 1)


def test_rematch_splits_claims_when_the_thresholds_are_tightened(report, settings):
    first = report("The attack appeared to be coordinated and occurred in Khusham.", outlet="Daily Example")
    second = report("The attack was coordinated and occurred in Khusham.", outlet="Evening Example")
    assert first.claim == second.claim
    settings.CLAIM_MATCHING = {**settings.CLAIM_MATCHING, "PARAPHRASE": 0.99, "CONTAINMENT": 1.01}
    result = services.claims_rematch()
    assert Attribution.objects.get(pk=first.pk).claim_id != Attribution.objects.get(pk=second.pk).claim_id
    assert result.claims_created == 1
    assert not Claim.objects.filter(attributions__isnull=True).exists()


def test_rematch_twice_changes_nothing_the_second_time(report, settings):
    for outlet in ("A", "B", "C"):
        report(COORDINATED, outlet=outlet)
        report(SELF_DEFENSE, outlet=outlet)
    settings.CLAIM_MATCHING = {**settings.CLAIM_MATCHING, "PARAPHRASE": 0.2, "CONTAINMENT": 0.3}
    services.claims_rematch()
    placed = dict(Attribution.objects.values_list("pk", "claim_id"))
    again = services.claims_rematch()
    assert again.moved == again.claims_created == again.claims_removed == 0
    assert dict(Attribution.objects.values_list("pk", "claim_id")) == placed


def test_rematch_stores_the_index_keys_as_the_word_rules_read_them_now(report):
    attribution = report(COORDINATED, outlet="Daily Example")
    ClaimKey.objects.filter(claim=attribution.claim).delete()  # keys of older word rules, say
    services.claims_rematch()
    stored = set(ClaimKey.objects.filter(claim=attribution.claim).values_list("key", flat=True))
    assert stored == matching.index_keys(COORDINATED)


def test_rematch_since_a_date_leaves_older_attributions_alone(report):
    report(COORDINATED, outlet="Daily Example")
    assert services.claims_rematch(since=date(2999, 1, 1)).checked == 0
    assert services.claims_rematch(since=date(2000, 1, 1)).checked == 1


def test_the_rematch_command_shows_progress_and_a_summary(report, capsys):
    report(COORDINATED, outlet="Daily Example")
    report(COORDINATED, outlet="Evening Example")
    call_command("rematch")
    out, err = capsys.readouterr()
    assert "2 attribution(s) checked: 0 moved" in out
    assert "rematch" in err and "2/2" in err


def test_the_rematch_command_refuses_a_malformed_date(db):
    with pytest.raises(CommandError, match="not a date"):
        call_command("rematch", "--since", "8 Feb 2018")


# ---------------------------------------------------------------- admin


def test_editors_merge_claims_from_admin(client, editor, report):
    first = report(COORDINATED, outlet="Daily Example")
    second = report(SELF_DEFENSE, outlet="Evening Example")
    client.force_login(editor)
    changelist = reverse("admin:attribution_claim_changelist")
    form = {"action": "merge_claims", ACTION_CHECKBOX_NAME: [first.claim_id, second.claim_id]}
    assert "Claim to keep" in client.post(changelist, form).content.decode()
    client.post(changelist, {**form, "into": first.claim_id})
    assert Attribution.objects.get(pk=second.pk).claim_id == first.claim_id
    assert not Claim.objects.filter(pk=second.claim_id).exists()


def test_editors_split_an_attribution_out_of_its_claim_from_admin(client, editor, report):
    first = report(COORDINATED, outlet="Daily Example")
    second = report(COORDINATED, outlet="Evening Example")
    client.force_login(editor)
    changelist = reverse("admin:attribution_attribution_changelist") + "?status=pending"
    client.post(changelist, {"action": "split_out_of_claim", ACTION_CHECKBOX_NAME: [second.pk]})
    assert Attribution.objects.get(pk=second.pk).claim_id != first.claim_id
    page = client.post(changelist, {"action": "split_out_of_claim", ACTION_CHECKBOX_NAME: [first.pk]}, follow=True)
    assert "only appearance" in page.content.decode()


def test_admin_filters_claims_by_their_flags(client, editor, report):
    drift = report(ROUNDS, outlet="Daily Example")
    report(ROUNDS_PENTAGON, outlet="Defense Wire", speaker="Dana W. White")
    calm = report(SELF_DEFENSE, outlet="Daily Example")
    client.force_login(editor)
    page = client.get(reverse("admin:attribution_claim_changelist") + "?attribution_differs__exact=1").content.decode()
    assert f"/{drift.claim_id}/change/" in page
    assert f"/{calm.claim_id}/change/" not in page


# ---------------------------------------------------------------- the demo articles


@pytest.fixture
def demo_reports(db, settings):
    folder = settings.BASE_DIR / "demo" / "articles"
    seed = services.article_ingest(
        text=(folder / "00-khusham-attack.txt").read_bytes(), outlet="Unnamed publisher"
    ).article
    briefing = services.article_ingest(
        text=(folder / "90-sample-coalition-briefing.txt").read_bytes(),
        outlet="Sample Defense Wire (illustrative)",
        published=date(2018, 2, 8),
        is_illustrative=True,
    ).article
    return seed, briefing


def claim_quoting(words, article):
    return article.attributions.get(quote__contains=words, kind="direct").claim


def test_the_two_reports_of_the_artillery_rounds_are_one_claim_with_both_drifts(demo_reports):
    seed, briefing = demo_reports
    claim = claim_quoting("artillery and tank rounds landed", seed)
    assert claim == claim_quoting("artillery and tank rounds landed", briefing)
    assert outlets_of(claim) == {"Unnamed publisher", "Sample Defense Wire (illustrative)"}
    speakers = set(claim.attributions.values_list("speaker__name", flat=True))
    assert any("Veale" in name for name in speakers) and any("White" in name for name in speakers)
    assert claim.wording_differs and claim.attribution_differs
    # The seed article carries no date and the briefing is an illustrative sample, not a
    # report: no first appearance is named (facts.first_appearance).
    assert claim.first_appearance is None and claim.first_seen is None
    assert claim.dates_conflict


def test_the_two_reports_of_the_right_to_self_defense_are_one_claim(demo_reports):
    seed, briefing = demo_reports
    claim = claim_quoting("non-negotiable right to act in self-defense", seed)
    assert claim == claim_quoting("non-negotiable right to act in self-defense", briefing)
    assert claim.attribution_differs  # SDF officials in one, Operation Inherent Resolve officials in the other


def test_the_demo_loader_approves_the_claims_both_reports_share(demo_reports, editor):
    seed, briefing = demo_reports
    assert services.claims_shared_approve(by=editor, articles=[seed, briefing]) >= 4
    claim = claim_quoting("artillery and tank rounds landed", seed)
    assert set(claim.attributions.values_list("status", flat=True)) == {Attribution.Status.APPROVED}


def test_a_claim_has_keys_in_the_index_for_each_appearance(demo_reports):
    seed, _ = demo_reports
    claim = claim_quoting("artillery and tank rounds landed", seed)
    keys = set(claim.index_keys.values_list("key", flat=True))
    for attribution in claim.attributions.all():
        assert matching.index_keys(attribution.quote) <= keys


def test_unnamed_officials_of_one_article_stay_unnamed_sources_of_that_article(demo_reports):
    seed, briefing = demo_reports
    assert Source.objects.filter(kind=Source.Kind.UNNAMED, scope_article=briefing).exists()


# ---------------------------------------------------------------- grouping, rejected appearances, history


DEFEAT = "The coalition will continue to work with its partners to defeat ISIS in the Euphrates valley"
REBUILD = "The coalition will continue to work with its partners to rebuild schools and hospitals in Raqqa"
CONTINUE = "the coalition will continue to work with its partners"


def grouping(*attributions):
    """The attributions' claims as a set of sets of their quotes."""
    claims = {}
    for attribution in attributions:
        claim_id = Attribution.objects.get(pk=attribution.pk).claim_id
        claims.setdefault(claim_id, set()).add(attribution.quote)
    return {frozenset(quotes) for quotes in claims.values()}


@pytest.mark.parametrize("order", [(DEFEAT, REBUILD, CONTINUE), (DEFEAT, CONTINUE, REBUILD), (CONTINUE, DEFEAT, REBUILD)])
def test_a_truncated_quote_never_bridges_two_claims_whatever_the_order_or_a_rematch(report, order):
    stored = [report(quote, outlet=f"Outlet {n}") for n, quote in enumerate(order)]
    expected = {frozenset({DEFEAT, CONTINUE}), frozenset({REBUILD})}
    assert grouping(*stored) == expected
    assert services.claims_rematch().moved == 0
    assert grouping(*stored) == expected


def test_a_truncated_quote_stays_out_of_a_bridge_when_the_other_claim_came_first(report):
    stored = [report(REBUILD, outlet="A"), report(DEFEAT, outlet="B"), report(CONTINUE, outlet="C")]
    services.claims_rematch()
    assert grouping(*stored) == {frozenset({REBUILD, CONTINUE}), frozenset({DEFEAT})}


def test_a_rejected_attribution_is_no_match_for_a_new_one(report, editor):
    rejected = report(COORDINATED, outlet="Daily Example")
    services.attribution_reject(attribution=rejected, by=editor)
    again = report(COORDINATED, outlet="Evening Example")
    assert again.claim_id != rejected.claim_id


def test_a_rematch_leaves_rejected_attributions_alone_and_changes_nothing_twice(report, editor):
    rejected = report(COORDINATED, outlet="Daily Example")
    kept = report(COORDINATED, outlet="Evening Example")
    services.attribution_reject(attribution=rejected, by=editor)
    first = services.claims_rematch()
    second = services.claims_rematch()
    assert first.checked == 1 and first.moved == second.moved == second.claims_created == 0
    assert Attribution.objects.get(pk=kept.pk).claim_id == Attribution.objects.get(pk=rejected.pk).claim_id


def test_the_index_keys_rebuilt_for_a_claim_leave_out_its_rejected_attributions(report, editor):
    first = report(COORDINATED, outlet="Daily Example")
    report(COORDINATED, outlet="Evening Example")
    odd = report("The attack on the Syrian Democratic Forces appeared to be coordinated and deliberate.", outlet="Wire")
    assert odd.claim_id == first.claim_id
    services.attribution_reject(attribution=odd, by=editor)
    services.claims._claim_keys_rebuild(first.claim)
    keys = set(ClaimKey.objects.filter(claim_id=first.claim_id).values_list("key", flat=True))
    assert keys == matching.index_keys(COORDINATED)


def test_a_claim_shared_by_many_outlets_is_compared_once_per_wording(report):
    first = report(COORDINATED, outlet="Outlet 0")
    for n in range(1, 6):
        report(COORDINATED, outlet=f"Outlet {n}")
    report(COORDINATED.replace("appeared to be", "was"), outlet="Outlet 6")
    members = services.claims._claim_members([first.claim_id], exclude=None)[first.claim_id]
    assert sorted(member.text for member in members) == sorted([COORDINATED, COORDINATED.replace("appeared to be", "was")])


def test_matching_records_the_claim_move_in_the_attributions_history(report, editor):
    first = report(COORDINATED, outlet="Daily Example")
    second = report(COORDINATED, outlet="Evening Example")
    record = Attribution.history.filter(id=second.pk).first()
    assert record.claim_id == first.claim_id and "Matching" in record.history_change_reason
    services.attribution_approve(attribution=second, by=editor)
    newest, before = Attribution.history.filter(id=second.pk)[:2]
    assert "claim" not in {change.field for change in newest.diff_against(before).changes}


def test_a_merge_and_a_split_are_in_the_kept_claims_history(report, editor):
    first = report(COORDINATED, outlet="Daily Example")
    second = report(SELF_DEFENSE, outlet="Evening Example")
    merged = services.claim_merge(claim=second.claim, into=first.claim, by=editor)
    reasons = list(Claim.history.filter(id=merged.pk).values_list("history_change_reason", "history_user"))
    assert (f"Editor merged claim #{second.claim_id} into #{merged.pk}", editor.pk) in reasons
    services.attribution_claim_split(attribution=Attribution.objects.get(pk=second.pk), by=editor)
    record = Claim.history.filter(id=merged.pk).filter(history_change_reason__contains="split").first()
    assert record is not None and record.history_user == editor and record.version == merged.version + 1


def test_the_unprovoked_claim_of_one_article_shows_no_attribution_drift(demo_reports):
    seed, _ = demo_reports
    claim = seed.attributions.filter(quote__icontains="unprovoked").first().claim
    assert not claim.attribution_differs
