"""Articles in: text checks and fingerprints, HTML reduced to its text, and ingest with
extraction, each article and its attributions in one transaction."""

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from attribution import extraction, fetching
from attribution.models import Article, Attribution, Claim, Publication, RelayHop
from attribution.services.claims import attribution_claim_assign, claim_flags_refresh
from attribution.services.ingest_claims import claims_assign_for_ingest
from attribution.services.locks import ingest_lock_names, ingest_writes_lock
from attribution.services.sources import outlet_get_or_create, source_for_speaker


def article_text_normalize(raw):
    """Decode, validate and normalize an article's text as the tracker stores it.

    Line endings become "\\n" and a byte-order mark is dropped; everything else
    (curly quotes, non-breaking spaces) is kept, so offsets match what editors read.
    """
    if isinstance(raw, (bytes, bytearray)):
        try:
            raw = bytes(raw).decode("utf-8")
        except UnicodeDecodeError as error:
            raise ValidationError(
                f"The article is not UTF-8 text: byte {error.start} cannot be decoded.", code="not_utf8"
            ) from None
    if not isinstance(raw, str):
        raise ValidationError("The article text must be a string.", code="invalid")
    limit = settings.ARTICLE_MAX_BYTES
    if len(raw) > limit or len(raw.encode("utf-8", "surrogatepass")) > limit:
        raise ValidationError(
            f"The article is larger than the limit of {limit} bytes (ARTICLE_MAX_BYTES).", code="too_large"
        )
    text = raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise ValidationError("The article text contains NUL characters.", code="invalid")
    if not text.strip():
        raise ValidationError("The article text is empty.", code="empty")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError("The article text holds unpaired surrogate characters.", code="not_utf8") from None
    return text


def article_text_fingerprint(text):
    """SHA-256 of the text with Unicode form, case of whitespace and spacing made uniform,
    so the same article sent twice (re-wrapped, different line endings) is recognised."""
    folded = unicodedata.normalize("NFKC", text)
    folded = re.sub(r"\s+", " ", folded).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str
    published: object  # a date, or None when the page gives none
    byline: str = ""
    site_name: str = ""
    canonical_url: str = ""  # the page's own <link rel="canonical"> or og:url, when it gives one


def article_from_html(*, html, limit=None):
    """The article text of an HTML page (text, or bytes in the encoding the page declares),
    without navigation, adverts or comments (trafilatura), with the title, author, publication
    date, site name and canonical URL the page gives. `limit`: the largest page accepted, in
    bytes (default: the largest request body)."""
    import trafilatura  # slow to import; only HTML ingest needs it

    limit = limit or settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    if len(html) > limit:
        raise ValidationError(f"The HTML is larger than the limit of {limit} bytes.", code="too_large")
    # Menus, footers and sidebars are never the article: without them, a page that is nothing
    # else has no text to store, rather than trafilatura's fallback taking the menu for it.
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, prune_xpath=["//nav", "//footer", "//aside"]
    )
    text = (document.text or "") if document else ""
    if not text.strip():
        raise ValidationError({"html": "No article text was found in this HTML."}, code="empty")
    try:
        published = date.fromisoformat(document.date) if document.date else None
    except ValueError:
        published = None
    return HtmlArticle(
        text=text,
        title=document.title or "",
        published=published,
        byline=document.author or "",
        site_name=document.sitename or "",
        canonical_url=document.url or "",
    )


def article_ingest_url(*, url, outlet=None, title=None, published=None, byline=None):
    """Fetch the page at `url` (attribution.fetching: bounded, no private addresses), take its
    article text and metadata (trafilatura) and ingest it. The outlet defaults to the page's
    site name, then its host; the title, byline and date to the page's. The article keeps the
    page's canonical URL. A page whose URL (as asked, as reached or canonical) or text is
    already stored is not ingested again: the stored article comes back, created=False.

    Raises fetching.FetchError when the page cannot be had, ValidationError when it holds no
    article."""
    url = fetching.url_check(url)
    known = _article_with_url(url)
    if known is not None:
        return IngestResult(article=known, created=False, attribution_count=known.attributions.count())
    page = fetching.fetch(url, accept=fetching.HTML_TYPES)
    found = article_from_html(html=page.content, limit=settings.INGEST_MAX_PAGE_BYTES)
    canonical = _canonical_url(found.canonical_url, base=page.url)
    known = _article_with_url(canonical, page.url)
    if known is not None:
        return IngestResult(article=known, created=False, attribution_count=known.attributions.count())
    outlet = (outlet or "").strip() or found.site_name.strip() or urlsplit(canonical).hostname
    return article_ingest(
        text=found.text, outlet=outlet, title=title or found.title, url=canonical,
        published=published or found.published, byline=byline or found.byline,
    )


def _article_with_url(*urls):
    """The stored article with one of `urls`, its own or one of its publications'."""
    urls = [url for url in urls if url]
    return (
        Article.objects.filter(url__in=urls).order_by("pk").first()
        or Article.objects.filter(publications__url__in=urls).order_by("pk").first()
    )


def _canonical_url(candidate, *, base):
    """The page's canonical URL when it names a valid http(s) one (relative to the page), else
    the URL it was fetched from."""
    if candidate:
        try:
            return fetching.url_check(urljoin(base, candidate))[:1000]
        except fetching.FetchError:
            pass
    return base[:1000]


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool  # the article (its text) is new
    attribution_count: int
    publication: Publication = None  # this outlet's publication of it, stored now or before
    publication_created: bool = False  # a new publication: the article's first, or another outlet's copy

    @property
    def stored_anything(self):
        return self.created or self.publication_created


def article_ingest(*, text, outlet, title=None, url=None, published=None, byline=None, is_illustrative=False):
    """Store an article and its extracted attributions (pending review), with this outlet's
    publication of it.

    The same text from another outlet (an agency story it carried), or at another URL, stores
    one more publication of the stored article and extracts nothing again; the same text from
    the same outlet and URL writes nothing. Also when another ingest stores the same text
    between the check and the write. `outlet` is an Outlet or an outlet name.
    Safe with other ingests running at once (several task-queue workers): nothing is created
    twice and no attribution is lost (services.locks, services.ingest_claims).
    """
    try:
        text = article_text_normalize(text)
    except ValidationError as error:
        raise ValidationError({"text": error.error_list}) from None
    fingerprint = article_text_fingerprint(text)
    # Extraction needs no database: it runs before the write transaction, which on SQLite holds
    # the one write lock every other writer waits for.
    found = None if _article_with_text(fingerprint) else extraction.extract(text)
    return _article_or_publication_store(
        text=text, fingerprint=fingerprint, found=found, outlet=outlet, title=title, url=url,
        published=published, byline=byline, is_illustrative=is_illustrative,
    )


@transaction.atomic
def _article_or_publication_store(*, text, fingerprint, found, outlet, is_illustrative, **publication):
    publication["url"] = (publication["url"] or "").strip()
    if found is not None:
        # Extraction done, before any write: take turns with ingests that may create the same
        # rows (services.locks); held until this transaction ends.
        ingest_writes_lock(ingest_lock_names(fingerprint=fingerprint, url=publication["url"], outlet=outlet, found=found))
    # Twice at most: a concurrent ingest may store the same text, outlet or URL between the
    # checks and the write. A savepoint each time, so nothing of a lost attempt stays.
    for attempt in range(2):
        try:
            with transaction.atomic():
                # Looked up again each time: an outlet created by a lost attempt was rolled back with it.
                publisher = outlet_get_or_create(name=outlet) if isinstance(outlet, str) else outlet
                existing = _article_with_text(fingerprint)
                if existing is not None:
                    return _publication_add(article=existing, outlet=publisher, **publication)
                return _article_store(
                    text=text, fingerprint=fingerprint, found=found or extraction.extract(text), outlet=publisher,
                    is_illustrative=is_illustrative, **publication,
                )
        except IntegrityError:
            if attempt:
                raise ValidationError("Another write changed the same rows at the same moment; send the article again.")
    raise AssertionError("the loop returns or raises")


def _article_with_text(fingerprint):
    return Article.objects.filter(text_sha256=fingerprint).first()


def _url_check(url, *, article=None, outlet=None):
    """A URL is one page: refused when another article's publication (or another outlet's) has it."""
    if not url:
        return
    taken = Publication.objects.filter(url=url).select_related("outlet").first()
    if taken is None:
        taken_by_article = Article.objects.filter(url=url).exclude(pk=getattr(article, "pk", None)).exists()
        if taken_by_article:
            raise ValidationError({"url": f"Another article already has the URL {url}."}, code="duplicate_url")
        return
    if article is None or taken.article_id != article.pk:
        raise ValidationError({"url": f"Another article already has the URL {url}."}, code="duplicate_url")
    if taken.outlet_id != outlet.pk:
        raise ValidationError(
            {"url": f"The URL {url} is already stored as {taken.outlet.name}'s publication of this article."},
            code="duplicate_url",
        )


def _publication_add(*, article, outlet, url, title, published, byline):
    """The outlet's publication of a stored article: the one already stored (the same outlet and
    URL, or the same outlet when no URL is given), else a new one. Extracts nothing again."""
    of_outlet = article.publications.filter(outlet=outlet)
    existing = (of_outlet.filter(url=url) if url else of_outlet).first()
    count = article.attributions.count()
    if existing is not None:
        return IngestResult(article=article, created=False, attribution_count=count, publication=existing)
    _url_check(url, article=article, outlet=outlet)
    publication = Publication(
        article=article, outlet=outlet, url=url, title=(title or "")[:500], byline=(byline or "")[:300],
        published=published,
    )
    publication.full_clean(exclude=["article", "outlet"], validate_constraints=False)
    publication.save()
    # Another outlet and date for each of its claims: their first appearance may change.
    for claim in Claim.objects.filter(attributions__article=article).distinct():
        claim_flags_refresh(claim=claim)
    return IngestResult(
        article=article, created=False, attribution_count=count, publication=publication, publication_created=True
    )


def _article_store(*, text, fingerprint, found, outlet, url, title, published, byline, is_illustrative):
    _url_check(url)
    article = Article(
        outlet=outlet,
        title=(title or _title_from_text(text))[:500],
        url=url,
        byline=(byline or "")[:300],
        published=published,
        text=text,
        text_sha256=fingerprint,
        is_illustrative=is_illustrative,
        extractor_version=extraction.EXTRACTOR_VERSION,
    )
    # The database's unique index decides a race on the text, so it raises IntegrityError.
    article.full_clean(exclude=["text_sha256"])
    article.save()
    publication = article.own_publication()
    publication.save()
    attributions = [attribution_create_from_extracted(article=article, item=item, claim=False) for item in found]
    claims_assign_for_ingest(attributions)
    return IngestResult(
        article=article, created=True, attribution_count=len(found), publication=publication, publication_created=True
    )


@transaction.atomic
def article_update(*, article, by):
    """Save an editor's change to an article's own outlet, URL, title, byline or date (admin),
    and to its first publication, which holds the same facts for the pages and the API."""
    article._history_user = by
    article.save()
    first = article.publications.order_by("created_at", "id").first()
    if first is None:
        first = article.own_publication()
    else:
        fresh = article.own_publication()
        for field in ("outlet_id", "url", "title", "byline", "published"):
            setattr(first, field, getattr(fresh, field))
    first.save()
    return article


def _title_from_text(text):
    first_line = text.strip().split("\n", 1)[0].strip()
    return first_line[:200]


def attribution_create_from_extracted(*, article, item, claim=True):
    """Store one extracted attribution with its speaker and relay hops, and (unless `claim` is
    False: article ingest assigns its claims together, services.ingest_claims) its claim."""
    speaker = source_for_speaker(speaker=item.speaker, article=article) if item.speaker else None
    attribution = Attribution.objects.create(
        article=article,
        start=item.start,
        end=item.end,
        quote=article.text[item.start : item.end],
        kind=item.kind,
        cue=(item.cue or "")[:100],
        speaker=speaker,
        speaker_mention=(item.speaker_mention or "")[:300],
        speaker_name_written=_speaker_name_written(item.speaker)[:300],
        speaker_role_written=((item.speaker.role if item.speaker else None) or "")[:300],
        confidence=min(max(item.confidence, 0.0), 1.0),
        origin=Attribution.Origin.EXTRACTED,
        extractor_version=extraction.EXTRACTOR_VERSION,
    )
    for position, hop in enumerate(item.relay):
        relay_hop_create(attribution=attribution, position=position, hop=hop, speaker=speaker)
    if claim:
        attribution_claim_assign(attribution=attribution)
    return attribution


def _speaker_name_written(speaker):
    if speaker is None:
        return ""
    return f"{speaker.title} {speaker.name}" if speaker.title else speaker.name


def relay_hop_create(*, attribution, position, hop, speaker):
    if hop.kind == "outlet":
        return RelayHop.objects.create(
            attribution=attribution, position=position, outlet=outlet_get_or_create(name=hop.name), cue=hop.cue or ""
        )
    if speaker is not None and hop.name.lower() in (n.lower() for n in speaker.all_names):
        source = speaker
    else:
        source = source_for_speaker(
            speaker=extraction.Speaker(name=hop.name, kind=hop.kind), article=attribution.article
        )
    return RelayHop.objects.create(attribution=attribution, position=position, source=source, cue=hop.cue or "")


def database_statistics_refresh():
    """Let the query planner see how the tables have grown: SQLite keeps no statistics
    until ANALYZE runs, and without them picks the status index over the foreign keys."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
