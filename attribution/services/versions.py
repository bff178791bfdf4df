"""Optimistic concurrency: every editor's write names the version of the row it read, and
loses to any write made since."""


class ConflictError(Exception):
    """The row changed since the caller read it: its version is stale."""

    def __init__(self, obj, expected):
        self.current_version = obj.version
        super().__init__(
            f"{type(obj).__name__} {obj.pk} is at version {obj.version}, not {expected}: "
            "someone changed it since you read it. Reload and try again."
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
