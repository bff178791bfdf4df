"""Interchange formats: schema.org Claim JSON-LD, W3C Web Annotations and CSV rows.

Pure functions over rows the selectors loaded (with their relations), so they make no
queries. The caller passes `url_for(obj)`, the stable URL of an outlet, source, article,
claim or attribution in the tracker; these functions know nothing about requests.
"""

import json

from attribution import facts
from attribution.models import Attribution, Source

SCHEMA_CONTEXT = "https://schema.org"
ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# How much text before and after the quote a TextQuoteSelector carries, at least.
SELECTOR_CONTEXT_CHARS = 32

KIND_WORDS = {
    Attribution.Kind.DIRECT: "direct quote",
    Attribution.Kind.PARTIAL: "partial quote",
    Attribution.Kind.INDIRECT: "paraphrase",
    Attribution.Kind.BELIEF: "belief or intention",
}


def _iso(value):
    return value.isoformat() if value else None


def _without_empty(data):
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


# ---------------------------------------------------------------- schema.org


def source_jsonld(source, *, url_for):
    """A speaker as a schema.org Person, or an Organization: an organization, or an unnamed
    source ("officials"), which is no one person the article names."""
    is_person = source.kind == Source.Kind.PERSON
    data = {
        "@type": "Person" if is_person else "Organization",
        "@id": url_for(source),
        "name": source.name,
        "alternateName": source.aliases_shown,
    }
    if is_person:
        data["honorificPrefix"] = source.title
        data["jobTitle"] = source.role
    else:
        data["description"] = source.role
    if source.kind == Source.Kind.UNNAMED:
        data["description"] = "A source the article does not name."
    if source.affiliation_id:
        # A person's organization is their `affiliation`; an organization's is its parent.
        data["affiliation" if is_person else "parentOrganization"] = {
            "@type": "Organization",
            "@id": url_for(source.affiliation),
            "name": source.affiliation.name,
        }
    # sameAs needs identifiers outside the tracker (Wikidata and the like), which it does not keep.
    return _without_empty(data)


def _publisher_jsonld(outlet):
    return _without_empty({"@type": "Organization", "name": outlet.name, "url": outlet.homepage})


def _relay_jsonld(hops, *, url_for):
    """The relay chain as nested works, each based on the next: BBC's report ← officials' statement."""
    based_on = None
    for hop in reversed(hops):
        node = {"@type": "CreativeWork"}
        if hop.outlet_id:
            node["publisher"] = _publisher_jsonld(hop.outlet)
        else:
            node["author"] = source_jsonld(hop.source, url_for=url_for)
        if hop.cue:
            node["description"] = hop.cue
        if based_on:
            node["isBasedOn"] = based_on
        based_on = node
    return based_on


def appearance_jsonld(attribution, *, url_for):
    """The article in which the claim appears, with its publisher and the relay it cites."""
    article = attribution.article
    data = {
        # Illustrative demo texts are not news reports.
        "@type": "CreativeWork" if article.is_illustrative else "NewsArticle",
        "@id": url_for(article),
        "url": article.url or url_for(article),
        "headline": article.title,
        "datePublished": _iso(article.published),
        "publisher": _publisher_jsonld(article.outlet),
        "isBasedOn": _relay_jsonld(attribution.relay_chain, url_for=url_for),
    }
    return _without_empty(data)


def claim_jsonld(claim, *, url_for):
    """A schema.org Claim, as the reader is shown it (selectors.claims_attach_appearances):
    `claim.shown.text`, and `claim.appearances`, the attributions of it the reader may see,
    earliest report first. Each article appears once, however many of its attributions report
    the claim; the first is `firstAppearance`. No ClaimReview: the tracker records who said
    what, it gives no verdicts."""
    appearances, articles = [], {}
    for attribution in claim.appearances:
        if attribution.article_id not in articles:
            articles[attribution.article_id] = len(appearances)
            appearances.append(attribution)
    works = [appearance_jsonld(a, url_for=url_for) for a in appearances]
    speaker = next((a.speaker for a in appearances if a.speaker_id), None)
    # The first appearance as the pages name it (facts.first_appearance): none when the dates cannot tell.
    rule = facts.first_appearance([r for a in claim.appearances for r in facts.attribution_reports(a)])
    first = next((a for a in claim.appearances if a.pk == rule.key), None)
    data = {
        "@context": SCHEMA_CONTEXT,
        "@type": "Claim",
        "@id": url_for(claim),
        "url": url_for(claim),
        "name": claim.shown.text,
        "text": claim.shown.text,
        "author": source_jsonld(speaker, url_for=url_for) if speaker else None,
        "datePublished": _iso(rule.first_seen),
        "appearance": works,
        "firstAppearance": works[articles[first.article_id]] if first else None,
    }
    if any(a.status == Attribution.Status.PENDING for a in claim.appearances):
        # Readers may be shown unreviewed attributions (READERS_SEE_UNREVIEWED): say so.
        data["creativeWorkStatus"] = "unreviewed"
    return _without_empty(data)


def claims_jsonld_graph(claims, *, url_for):
    """Several claims (each with `appearances` and `shown`) in one JSON-LD document."""
    graph = []
    for claim in claims:
        item = claim_jsonld(claim, url_for=url_for)
        item.pop("@context")
        graph.append(item)
    return {"@context": SCHEMA_CONTEXT, "@graph": graph}


# ---------------------------------------------------------------- W3C Web Annotation


def _occurrences(text, needle, stop_at=2):
    count, start = 0, text.find(needle)
    while start != -1 and count < stop_at:
        count += 1
        start = text.find(needle, start + 1)
    return count


def quote_selector_context(text, start, end, size=SELECTOR_CONTEXT_CHARS):
    """The prefix and suffix around text[start:end]: `size` characters each, longer when the
    quote with that context still occurs more than once, so the selector finds one place."""
    exact = text[start:end]
    while True:
        prefix, suffix = text[max(0, start - size) : start], text[end : end + size]
        whole_text = start - size <= 0 and end + size >= len(text)
        if whole_text or _occurrences(text, prefix + exact + suffix) == 1:
            return prefix, suffix
        size *= 2


def annotation_body_value(attribution):
    speaker = attribution.speaker.display_name if attribution.speaker_id else "unknown speaker"
    if attribution.speaker_mention and attribution.speaker_mention != getattr(attribution.speaker, "name", None):
        speaker = f"{speaker} (written “{attribution.speaker_mention}”)"
    cue = attribution.cue or "none"
    return f"Speaker: {speaker}; cue: {cue}; kind: {KIND_WORDS.get(attribution.kind, attribution.kind)}"


def _annotation_creator(attribution):
    if attribution.origin == Attribution.Origin.EXTRACTED:
        return {"type": "Software", "name": f"attribution tracker extractor {attribution.extractor_version}"}
    return {"type": "Organization", "name": "attribution tracker editors"}


def annotation_jsonld(attribution, *, url_for):
    """One attribution as a W3C Web Annotation on its article's text. Positions count
    characters (Unicode code points) from 0, end exclusive."""
    article = attribution.article
    prefix, suffix = quote_selector_context(article.text, attribution.start, attribution.end)
    modified = max(filter(None, [attribution.created_at, attribution.reviewed_at]))
    return {
        "@context": ANNOTATION_CONTEXT,
        "type": "Annotation",
        "id": url_for(attribution),
        "created": _iso(attribution.created_at),
        "modified": _iso(modified),
        "creator": _annotation_creator(attribution),
        "motivation": "describing",
        "body": [
            {
                "type": "TextualBody",
                "value": annotation_body_value(attribution),
                "purpose": "describing",
                "format": "text/plain",
            }
        ],
        "target": {
            "source": article.url or url_for(article),
            "selector": [
                {"type": "TextQuoteSelector", "exact": attribution.quote, "prefix": prefix, "suffix": suffix},
                {"type": "TextPositionSelector", "start": attribution.start, "end": attribution.end},
            ],
        },
    }


def annotation_page_jsonld(attributions, *, page_id):
    """Several annotations as one W3C AnnotationPage."""
    items = []
    for annotation in attributions:
        annotation = dict(annotation)
        annotation.pop("@context")
        items.append(annotation)
    return {"@context": ANNOTATION_CONTEXT, "id": page_id, "type": "AnnotationPage", "items": items}


# ---------------------------------------------------------------- CSV

CSV_COLUMNS = [
    "id", "status", "kind", "quote", "speaker_id", "speaker", "speaker_title", "speaker_role",
    "speaker_mention", "cue", "relay", "outlet_id", "outlet", "article_id", "article_title",
    "article_url", "published", "claim_id", "start", "end", "confidence", "origin", "created_at", "version",
]
CSV_REVIEW_COLUMNS = ["reviewer", "reviewed_at", "editor_note"]
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_STARTS) else value
    return _iso(value) if hasattr(value, "isoformat") else value


def attribution_csv_rows(attributions, *, with_review):
    """The header, then one row per attribution. `with_review` adds reviewer and editor note,
    which only editors may read."""
    yield CSV_COLUMNS + (CSV_REVIEW_COLUMNS if with_review else [])
    for a in attributions:
        speaker, article = a.speaker, a.article
        row = [
            a.pk, a.status, a.kind, a.quote,
            a.speaker_id, speaker.name if speaker else "", speaker.title if speaker else "",
            speaker.role if speaker else "", a.speaker_mention, a.cue,
            " > ".join(hop.name for hop in a.relay_chain),
            article.outlet_id, article.outlet.name, article.pk, article.title, article.url, article.published,
            a.claim_id, a.start, a.end, a.confidence, a.origin, a.created_at, a.version,
        ]
        if with_review:
            row += [a.reviewer.get_username() if a.reviewer_id else "", a.reviewed_at, a.editor_note]
        yield [_csv_cell(value) for value in row]


def _list_cell(values):
    return "; ".join(values)


ARTICLE_CSV_COLUMNS = [
    "id", "title", "outlet_id", "outlet", "published", "url", "byline", "illustrative", "attributions_shown", "page",
]
SOURCE_CSV_COLUMNS = [
    "id", "kind", "name", "title", "role", "aliases", "affiliation_id", "affiliation", "reports_crediting",
    "relay_hops", "last_reported", "page",
]
OUTLET_CSV_COLUMNS = ["id", "name", "domain", "homepage", "aliases", "articles", "attributions_shown", "last_article", "page"]


def article_csv_rows(articles, *, url_for):
    """The header, then one row per article (outlet loaded, `shown_count` annotated)."""
    yield ARTICLE_CSV_COLUMNS
    for a in articles:
        row = [
            a.pk, a.title, a.outlet_id, a.outlet.name, a.published, a.url, a.byline, a.is_illustrative,
            a.shown_count, url_for(a),
        ]
        yield [_csv_cell(value) for value in row]


def source_csv_rows(sources, *, url_for):
    """The header, then one row per source (affiliation loaded; `report_count`, `relay_count`
    and `last_reported` annotated)."""
    yield SOURCE_CSV_COLUMNS
    for s in sources:
        affiliation = s.affiliation
        row = [
            s.pk, s.kind, s.name, s.title, s.role, _list_cell(s.aliases_shown), s.affiliation_id,
            affiliation.name if affiliation else "", s.report_count, s.relay_count, s.last_reported, url_for(s),
        ]
        yield [_csv_cell(value) for value in row]


def outlet_csv_rows(outlets, *, url_for):
    """The header, then one row per outlet (`article_count`, `report_count` and `last_reported` annotated)."""
    yield OUTLET_CSV_COLUMNS
    for o in outlets:
        row = [
            o.pk, o.name, o.domain, o.homepage, _list_cell(o.aliases), o.article_count, o.report_count,
            o.last_reported, url_for(o),
        ]
        yield [_csv_cell(value) for value in row]


def claims_jsonld_stream(claims, *, url_for):
    """claims_jsonld_graph as a stream of text pieces, for a download of many claims."""
    yield '{"@context": ' + json.dumps(SCHEMA_CONTEXT) + ', "@graph": ['
    for number, claim in enumerate(claims):
        item = claim_jsonld(claim, url_for=url_for)
        item.pop("@context")
        yield ("," if number else "") + "\n" + json.dumps(item, ensure_ascii=False)
    yield "\n]}\n"
