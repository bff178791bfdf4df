"""Optimistic concurrency: every editor's write names the version of the row it read, and
loses to any write made since. Writes that change several rows lock them first."""


class ConflictError(Exception):
    """The row changed since the caller read it: its version is stale."""

    def __init__(self, obj, expected):
        self.current_version = obj.version
        super().__init__(
            f"{type(obj).__name__} {obj.pk} is at version {obj.version}, not {expected}: "
            "someone changed it since you read it. Reload and try again."
        )


class GoneError(ConflictError):
    """A row the write names was deleted (merged into another) since the caller read it."""

    def __init__(self, model, pk):
        self.current_version = None
        Exception.__init__(
            self,
            f"{model.__name__} {pk} no longer exists: someone merged or deleted it since you read it. "
            "Reload and try again.",
        )


def version_take(obj, expected):
    """Take the row for this write, or raise ConflictError if `expected` is stale.

    The conditional UPDATE is atomic on every database, so of two editors who read
    the same version only the first one's write goes through.
    """
    if expected is None:
        expected = obj.version
    updated = type(obj).objects.filter(pk=obj.pk, version=expected).update(version=expected + 1)
    if not updated:
        obj.refresh_from_db(fields=["version"])
        raise ConflictError(obj, expected)
    obj.version = expected + 1


def rows_lock(rows, expected_versions):
    """The rows (model instances of one model) read again from the database and locked until the
    transaction ends, in the order given; GoneError if one was deleted, ConflictError if one is
    no longer at its expected version (None: the version of the instance given).

    Locks are taken in primary-key order, so two writes locking the same rows never wait for each
    other in a circle. On PostgreSQL that is SELECT … FOR UPDATE; on SQLite the transaction
    already holds the database's write lock (IMMEDIATE), which serialises writers. Either way,
    what the caller read before the lock may be stale: work on the rows returned, never save
    the instances passed in, or a row merged away meanwhile would be written back."""
    model = type(rows[0])
    fresh = {}
    for pk in sorted({row.pk for row in rows}):
        found = model.objects.select_for_update().filter(pk=pk).first()
        if found is None:
            raise GoneError(model, pk)
        fresh[pk] = found
    for row, expected in zip(rows, expected_versions):
        expected = row.version if expected is None else expected
        if fresh[row.pk].version != expected:
            raise ConflictError(fresh[row.pk], expected)
    return [fresh[row.pk] for row in rows]
