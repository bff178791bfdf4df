"""Locks that keep concurrent writers (several task-queue workers) from creating the same row twice.

Outlets and sources are found or created by name, and claims by matching: two ingests that
both look before either writes would each create one. Unique constraints catch the first two
(an IntegrityError, retried), but no constraint can say two claims report the same thing. So
the part of an ingest that finds or creates these rows runs under one PostgreSQL advisory lock,
held until its transaction ends; the slow part, extraction, runs before it is taken.
SQLite needs none: a writer holds the database's lock from the start of its transaction.
"""

from django.db import connection

# An arbitrary constant naming this lock among the database's advisory locks.
INGEST_WRITES_LOCK = 0x61747472  # "attr"


def ingest_writes_lock():
    """Wait for, then hold until the end of the current transaction, the lock under which
    ingests find or create outlets, sources and claims."""
    if connection.vendor != "postgresql":
        return
    if not connection.in_atomic_block:
        raise RuntimeError("ingest_writes_lock() is held until the transaction ends: call it inside one.")
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [INGEST_WRITES_LOCK])
