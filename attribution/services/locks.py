"""Locks that keep concurrent ingests (several task-queue workers) from creating a row twice.

Outlets and sources are found or created by name: two ingests naming the same new speaker
would both look, find nothing and both create it (the unique constraints then refuse the
second, which would have to redo its whole article). So, after extraction and before any
write, an ingest takes PostgreSQL advisory locks, held until its transaction ends, on what it
may create: its text, its URL, and the outlets and named sources it names that are not
stored yet. Two ingests naming the same new speaker take turns; the others, nearly all once
the usual names are stored, do not wait at all. The locks are taken in one statement in one
global order, so two ingests never wait for each other in a circle. Claims have a lock of
their own (services.ingest_claims). SQLite needs none: a writer holds the database's lock
from the start of its transaction.
"""

import hashlib
import logging
import time

from django.db import connection
from django.db.models.functions import Lower

from attribution import extraction
from attribution.models import Outlet, Source


logger = logging.getLogger(__name__)


def lock_id(name):
    """The 64-bit advisory lock number standing for `name`."""
    return int.from_bytes(hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def ingest_lock_names(*, fingerprint, url, outlet, found):
    """What an ingest of this text, extracted as `found`, may create: its text and URL, and
    the outlets and named sources it names that are not stored yet (a stored one cannot be
    created twice)."""
    names = {f"text:{fingerprint}"}
    if url:
        names.add(f"url:{url}")
    outlets = {outlet.strip()} if isinstance(outlet, str) else set()
    sources = set()
    for item in found:
        outlets.update(hop.name for hop in item.relay if hop.kind == "outlet")
        speakers = [(hop.kind, hop.name) for hop in item.relay if hop.kind != "outlet"]
        if item.speaker:
            speakers.append((item.speaker.kind, item.speaker.name))
            if item.speaker.affiliation:
                speakers.append(("organization", item.speaker.affiliation))
        # Unnamed sources ("officials") belong to their article alone: nobody else creates them.
        sources.update((kind, name.lower()) for kind, name in speakers if kind != "unnamed")
    canonical = {((extraction.outlet_record(name) or {}).get("name", name)).lower() for name in outlets if name}
    names.update(f"outlet:{name}" for name in canonical - _outlets_stored(canonical))
    names.update(f"source:{kind}:{name}" for kind, name in sources - _sources_stored(sources))
    return names


def _outlets_stored(lowered_names):
    if not lowered_names:
        return set()
    found = Outlet.objects.annotate(lowered=Lower("name")).filter(lowered__in=lowered_names)
    return set(found.values_list("lowered", flat=True))


def _sources_stored(kinds_and_lowered_names):
    if not kinds_and_lowered_names:
        return set()
    found = Source.objects.filter(scope_article=None).annotate(lowered=Lower("name")).filter(
        lowered__in={name for _, name in kinds_and_lowered_names}
    )
    return set(found.values_list("kind", "lowered"))


def ingest_writes_lock(names):
    """Wait for, then hold until the current transaction ends, the locks on `names`."""
    if connection.vendor != "postgresql":
        return
    if not connection.in_atomic_block:
        raise RuntimeError("ingest_writes_lock() holds its locks until the transaction ends: call it inside one.")
    ids = sorted({lock_id(name) for name in names})
    with advisory_lock_wait("names"), connection.cursor() as cursor:
        # In ascending order, so that no two ingests wait for each other in a circle.
        cursor.execute(
            "SELECT count(pg_advisory_xact_lock(id)) FROM (SELECT id FROM unnest(%s::bigint[]) AS id ORDER BY id) AS ordered",
            [ids],
        )


class advisory_lock_wait:
    """Logs (DEBUG, logger attribution.services.locks) how long taking a lock took: how much an
    ingest waited for others (bench/ingest_queue.py adds these up)."""

    def __init__(self, what):
        self.what = what

    def __enter__(self):
        self.began = time.perf_counter()

    def __exit__(self, *exc_info):
        logger.debug("lock wait %s %.2f ms", self.what, (time.perf_counter() - self.began) * 1000)
