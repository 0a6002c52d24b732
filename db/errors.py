"""Errors the store raises; each carries a one-line message fit to show an analyst."""

from __future__ import annotations


class DeskError(Exception):
    """Base of every error the desk reports to the analyst as a one-line message."""


class NotADeskError(DeskError):
    """The file is not an SQLite database."""


class NewerDeskError(DeskError):
    """The desk was written by a newer threatdesk; it is left untouched."""


class ReadOnlyDeskError(DeskError):
    """A write was attempted on a desk opened read-only."""


class ValidationError(DeskError):
    """A value outside the desk's vocabulary, or a reference to a row that does not exist."""


class ConflictError(DeskError):
    """A write against a stale version: someone else changed the row first."""

    def __init__(self, table: str, row_id: int, field: str, theirs: object, yours: object):
        self.table, self.row_id, self.field = table, row_id, field
        self.theirs, self.yours = theirs, yours
        super().__init__(
            f"{table} {row_id} changed elsewhere: {field} is now {theirs!r}, "
            f"yours was {yours!r}; reload and try again"
        )


class NothingToUndoError(DeskError):
    """The audit log has no change left to take back."""
