"""Round 16, they2 (sentences and names written for these tests): a report whose "they" fits no group is kept with
"they" as written, an unresolved speaker as "the senator" is, and stored, shown and matched as one."""

import re
from datetime import date

from attribution.matching import Appearance, SpeakerRef
from attribution.matching.speakers import same_speaker

from attribution.extraction import extract, to_json_row


def _reports(text: str, cue: str = "said") -> list[tuple[str | None, str | None, str | None]]:
    return [(e.speaker.name if e.speaker else None, e.speaker.kind if e.speaker else None, e.speaker_mention) for e in extract(text) if e.cue == cue]


def test_a_quotation_whose_they_fits_no_group_is_kept_with_they_unresolved():
    text = "The ferry to Marrow Island was late again on Tuesday.\n\n“We have waited long enough,” they said.\n"
    assert _reports(text) == [("they", "unnamed", "they")]


def test_an_unresolved_they_keeps_the_mention_as_written_and_the_row_says_so():
    text = "The depot on Quill Street closed in March. They said the buses would never come back.\n"
    found = [e for e in extract(text) if e.cue == "said"]
    assert [(e.speaker.name, e.speaker_mention, e.kind) for e in found] == [("they", "They", "indirect")]
    row = to_json_row(found[0], "quill")
    assert (row["speaker"], row["speaker_mention"], row["speaker_type"]) == ("they", "They", "unnamed")


def test_an_unresolved_they_is_stored_as_the_articles_own_unnamed_source_and_shown_on_its_page(db, client, editor):
    from django.urls import reverse

    from attribution import services
    from attribution.models import Source

    first = services.article_ingest(
        text="The ferry to Marrow Island was late again on Tuesday.\n\n“We have waited long enough,” they said.\n",
        outlet="Marrow Gazette", title="Ferry", published=date(2031, 4, 2),
    ).article
    second = services.article_ingest(
        text="The lighthouse on Gull Point went dark on Friday.\n\n“Nobody told us a thing,” they said.\n",
        outlet="Gull Courier", title="Lighthouse", published=date(2031, 4, 3),
    ).article
    [kept] = first.attributions.all()
    assert (kept.speaker.name, kept.speaker.kind, kept.speaker.scope_article, kept.speaker_mention) == ("they", Source.Kind.UNNAMED, first, "they")
    [other] = second.attributions.all()
    assert other.speaker != kept.speaker  # each article's "they" is its own group
    services.attribution_approve(attribution=kept, by=editor)
    page = client.get(reverse("pages:article", args=[first.pk])).content.decode()
    legend = page.split('class="legend__list"', 1)[1].split("</ol>", 1)[0]
    assert "We have waited long enough" in page and re.search(r">\s*they\s*<", legend)
    body = client.get(f"/api/attributions/{kept.pk}/").json()  # approved: anyone may read it
    assert (body["speaker"]["display_name"], body["speaker_mention"]) == ("they", "they")
    client.force_login(editor)
    admin = client.get(reverse("admin:attribution_attribution_change", args=[other.pk]))
    assert admin.status_code == 200 and "Nobody told us a thing" in admin.content.decode()


def test_two_articles_quoting_an_unresolved_they_are_not_the_same_speaker():
    they_here = SpeakerRef("they", kind="unnamed", aliases=("They",), key=31)
    they_there = SpeakerRef("they", kind="unnamed", aliases=("they",), key=32)
    assert not same_speaker(Appearance("the pier must reopen", they_here), Appearance("the pier must reopen", they_there))


def test_they_is_never_the_surveys_heard_from_just_before():
    text = "The new surveys show support for the harbor levy rising. They said the levy was fair.\n"
    assert _reports(text) == [("they", "unnamed", "They")]


def test_they_stays_unresolved_when_people_were_named_since_the_group_last_heard_from_but_not_when_it_goes_on():
    after_a_preposition = ("Harbor officials said the pier would close in the spring. The closure angered the fishing crews. "
                           "A meeting with the dock unions was held on Friday. They said the plan was unfair.\n")
    assert _reports(after_a_preposition)[-1] == ("they", "unnamed", "They")
    named_together = ("Port officials said the ferry would run twice a day. On Monday the mayor met with Ann Lee and Tom Park. "
                      "The talks lasted an hour. They would only say the timetable was under review.\n")
    assert _reports(named_together, "say") == [("they", "unnamed", "They")]
    named_again = ("Harbor officials said the pier would close in the spring. The closure angered the fishing crews. "
                   "Harbor officials met again on Friday. They said the plan was fair.\n")
    their_own = ("Harbor officials said the pier would close in the spring. The plan angered their own members. "
                 "The talks lasted an hour. They said the plan was fair.\n")
    just_before = "Harbor officials said the pier would close in the spring. They said the closure would last a year.\n"
    for text in (named_again, their_own, just_before):
        assert _reports(text)[-1] == ("Harbor officials", "unnamed", "They")


def test_they_opening_the_clause_a_group_reports_is_that_group():
    share = "Thirty two percent were certain they would support Mayor Dana Holt over her rival.\n"
    assert _reports(share, "support") == [("Thirty two percent", "unnamed", "they")]
    wanting = "Many Gullhavens want what they want without any thought for the harbor budget or the crews.\n"
    assert [(e.speaker.name, e.speaker_mention) for e in extract(wanting) if e.speaker_mention == "they"] == [("Gullhavens", "they")]
