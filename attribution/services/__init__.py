"""Every write the tracker makes. Views, the API, admin actions, commands and tasks call these.

Each function takes keyword arguments only, validates its input, and changes several rows
inside one transaction, so a failure leaves nothing half-written. One module per entity;
callers use the names re-exported here.
"""

from attribution.services.articles import (
    HtmlArticle,
    IngestResult,
    article_from_html,
    article_ingest,
    article_ingest_url,
    article_text_fingerprint,
    article_text_normalize,
    article_update,
    attribution_create_from_extracted,
    database_statistics_refresh,
    relay_hop_create,
)
from attribution.services.claims import (
    RematchResult,
    attribution_appearance,
    attribution_claim_assign,
    attribution_claim_split,
    claim_flags_refresh,
    claim_keys_add,
    claim_merge,
    claims_rematch,
)
from attribution.services.feeds import (
    FeedPollResult,
    feed_add,
    feed_poll,
    feed_poll_soon,
    feed_remove,
    feed_update,
    feeds_due,
    feeds_poll,
)
from attribution.services.jobs import (
    JobRequest,
    ingest_job_for_text,
    ingest_job_for_url,
    ingest_job_retry,
    ingest_job_run,
    ingest_jobs_counts,
    ingest_jobs_enqueue,
    queue_runs_inline,
)
from attribution.services.review import (
    attribution_approve,
    attribution_correct,
    attribution_correction_check,
    attribution_reject,
    attribution_review,
    claims_shared_approve,
)
from attribution.services.sources import outlet_get_or_create, source_for_speaker, source_merge
from attribution.services.users import EDITORS_GROUP, user_admin_ensure
from attribution.services.versions import ConflictError, GoneError

__all__ = [
    "ConflictError",
    "EDITORS_GROUP",
    "GoneError",
    "FeedPollResult",
    "HtmlArticle",
    "IngestResult",
    "JobRequest",
    "RematchResult",
    "article_from_html",
    "article_ingest",
    "article_ingest_url",
    "article_text_fingerprint",
    "article_text_normalize",
    "article_update",
    "attribution_appearance",
    "attribution_approve",
    "attribution_claim_assign",
    "attribution_claim_split",
    "attribution_correct",
    "attribution_correction_check",
    "attribution_create_from_extracted",
    "attribution_reject",
    "attribution_review",
    "claim_flags_refresh",
    "claim_keys_add",
    "claim_merge",
    "claims_rematch",
    "claims_shared_approve",
    "database_statistics_refresh",
    "feed_add",
    "feed_poll",
    "feed_poll_soon",
    "feed_remove",
    "feed_update",
    "feeds_due",
    "feeds_poll",
    "ingest_job_for_text",
    "ingest_job_for_url",
    "ingest_job_retry",
    "ingest_job_run",
    "ingest_jobs_counts",
    "ingest_jobs_enqueue",
    "outlet_get_or_create",
    "queue_runs_inline",
    "relay_hop_create",
    "source_for_speaker",
    "source_merge",
    "user_admin_ensure",
]
