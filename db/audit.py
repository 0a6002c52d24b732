"""Audited write transactions: every change to the desk and its audit rows commit together.

A ``Transaction`` is the one way the store writes. It takes SQLite's write lock at the
start (``BEGIN IMMEDIATE``), numbers itself with a fresh ``txn`` id, and records one audit
row per changed field (or one ``*`` row holding the whole row for an insert or delete),
so that any past state can be rebuilt from ``audit_log`` and undo is a read of it.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from types import TracebackType
from typing import Any

import sqlite_utils

from db.errors import ReadOnlyDeskError

# Bookkeeping columns that change with every edit; auditing them would only add noise.
UNAUDITED_FIELDS = frozenset({"version", "updated_at"})


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def encode(value: Any) -> str | None:
    """Audit values are stored as JSON so that numbers, text and NULL come back as they were."""
    return None if value is None else json.dumps(value, ensure_ascii=False)


def decode(value: str | None) -> Any:
    return None if value is None else json.loads(value)


class Transaction:
    """``with Transaction(db, analyst) as tx:`` one audited write, all or nothing."""

    def __init__(self, db: sqlite_utils.Database, analyst: str, *, read_only: bool = False,
                 undoes_txn: int | None = None):
        if read_only:
            raise ReadOnlyDeskError("this desk is open read-only: nothing was changed")
        self.db = db
        self.analyst = analyst
        self.undoes_txn = undoes_txn
        self.ts = now_iso()
        self.txn = 0
        self.rows: list[dict[str, Any]] = []

    def __enter__(self) -> Transaction:
        self.db.execute("BEGIN IMMEDIATE")
        row = self.db.execute("SELECT coalesce(max(txn), 0) + 1 FROM audit_log").fetchone()
        self.txn = row[0]
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if kind is not None:
            self.db.execute("ROLLBACK")
            return
        try:
            if self.rows:
                self.db["audit_log"].insert_all(self.rows)
            self.db.execute("COMMIT")
        except sqlite3.Error:
            self.db.execute("ROLLBACK")
            raise

    def _log(self, action: str, table: str, row_id: int | None, field: str | None,
             old: Any, new: Any) -> None:
        self.rows.append({
            "txn": self.txn, "ts": self.ts, "analyst": self.analyst, "action": action,
            "table_name": table, "row_id": row_id, "field": field,
            "old_value": encode(old), "new_value": encode(new), "undoes_txn": self.undoes_txn,
        })

    def insert(self, table: str, row: dict[str, Any]) -> int:
        row_id = self.db[table].insert(row).last_pk
        self._log("insert", table, row_id, "*", None, self.db[table].get(row_id))
        return row_id

    def link_source(self, incident_id: int, source_id: int) -> None:
        """Tie a source to an incident (a link row has no id of its own: the pair is logged)."""
        pair = {"incident_id": incident_id, "source_id": source_id}
        cursor = self.db.execute("INSERT OR IGNORE INTO incident_sources VALUES (?, ?)",
                                 (incident_id, source_id))
        if cursor.rowcount:  # an existing link is no change, and undo must not remove it
            self._log("insert", "incident_sources", None, "*", None, pair)

    def unlink_source(self, incident_id: int, source_id: int) -> None:
        pair = {"incident_id": incident_id, "source_id": source_id}
        self.db["incident_sources"].delete((incident_id, source_id))
        self._log("delete", "incident_sources", None, "*", pair, None)

    def delete(self, table: str, row_id: int) -> dict[str, Any]:
        row = self.db[table].get(row_id)
        self.db[table].delete(row_id)
        self._log("delete", table, row_id, "*", row, None)
        return row

    def update(self, table: str, row_id: int, changes: dict[str, Any]) -> dict[str, Any]:
        """Apply ``changes`` and log each field that really changed; returns the old row."""
        old = self.db[table].get(row_id)
        self.db[table].update(row_id, changes)
        for name, value in changes.items():
            if name not in UNAUDITED_FIELDS and old.get(name) != value:
                self._log("update", table, row_id, name, old.get(name), value)
        return old
