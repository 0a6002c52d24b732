"""The store: every read and write the app, the CLI and scripts make on a desk.

All SQL lives below this line of the architecture. Writes go through ``audit.Transaction``
so each commits with its audit rows; edits to an incident name the ``version`` they were
made against, and a stale one raises ``ConflictError`` instead of overwriting.
"""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from db import vocabulary as vocab
from db.audit import Transaction, decode
from db.connection import DeskFile, open_desk
from db.errors import ConflictError, NothingToUndoError, ValidationError
from db.models import Actor, AuditEntry, Claim, Incident, Quote, Source, from_row
from db.search_index import incidents_of_actor, quotes_shown_with, reindex

ATTRIBUTION_FIELDS = ("attribution_status", "lead_actor_id", "likelihood", "confidence")


def default_analyst() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"


def _check(value: str | None, allowed: tuple[str, ...] | dict[str, Any], what: str,
           *, optional: bool = True) -> None:
    if value is None and optional:
        return
    if value not in allowed:
        raise ValidationError(f"{value!r} is not a {what}; use one of: {', '.join(allowed)}")


def _check_claim(stance: str, actor_id: int | None, likelihood: str | None,
                 confidence: str | None) -> None:
    _check(stance, vocab.CLAIM_STANCES, "claim stance", optional=False)
    _check(likelihood, vocab.LIKELIHOODS, "likelihood")
    _check(confidence, vocab.CONFIDENCES, "confidence")
    if (stance == "unattributed") != (actor_id is None):
        raise ValidationError("an `unattributed` claim names no actor; every other names one")


@dataclass(frozen=True)
class UndoResult:
    txn: int
    description: str


class Store:
    """One analyst's handle on one desk file."""

    def __init__(self, db: sqlite_utils.Database, desk: DeskFile, analyst: str):
        self.db = db
        self.desk = desk
        self.analyst = analyst

    @classmethod
    def open(cls, path: Path | str, *, analyst: str | None = None, create: bool = False,
             read_only: bool | None = None, check_same_thread: bool = True) -> Store:
        db, desk = open_desk(path, create=create, read_only=read_only,
                             check_same_thread=check_same_thread)
        return cls(db, desk, analyst or default_analyst())

    def reopen(self) -> Store:
        """A second handle on the same desk, for a worker thread."""
        return Store.open(self.desk.path, analyst=self.analyst, read_only=self.desk.read_only)

    @property
    def read_only(self) -> bool:
        return self.desk.read_only

    def close(self) -> None:
        self.db.close()

    def transaction(self, undoes_txn: int | None = None) -> Transaction:
        return Transaction(self.db, self.analyst, read_only=self.read_only,
                           undoes_txn=undoes_txn)

    def data_version(self) -> int:
        """Changes when another connection commits to the desk: the cheap refresh signal."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    # Reads

    def incident(self, incident_id: int) -> Incident:
        row = self._row("incidents", incident_id)
        return from_row(Incident, row)

    def incident_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM incidents").fetchone()[0]

    def incidents(self) -> list[Incident]:
        """Every incident, newest first: for small desks, exports and tests."""
        rows = self.db.query("SELECT * FROM incidents ORDER BY occurred_on DESC, id DESC")
        return [from_row(Incident, row) for row in rows]

    def quotes_for(self, incident_id: int) -> list[Quote]:
        """The incident's quotes, and any other quote one of its claims rests on."""
        rows = self.db.query(
            "SELECT q.*, s.outlet, s.published_on FROM quotes q "
            "LEFT JOIN sources s ON s.id = q.source_id "
            f"WHERE {quotes_shown_with(':id')} "
            "ORDER BY s.published_on, q.source_id, q.start_offset, q.id",
            {"id": incident_id})
        return [from_row(Quote, row) for row in rows]

    def quote(self, quote_id: int) -> Quote:
        return from_row(Quote, self._row("quotes", quote_id))

    def claims_for(self, incident_id: int) -> list[Claim]:
        rows = self.db.query(
            "SELECT c.*, a.name AS actor_name, q.text AS quote_text FROM claims c "
            "LEFT JOIN actors a ON a.id = c.actor_id LEFT JOIN quotes q ON q.id = c.quote_id "
            "WHERE c.incident_id = ? ORDER BY c.created_at, c.id", (incident_id,))
        return [from_row(Claim, row) for row in rows]

    def claim(self, claim_id: int) -> Claim:
        return from_row(Claim, self._row("claims", claim_id))

    def actors(self) -> list[Actor]:
        rows = self.db.query("SELECT * FROM actors ORDER BY name COLLATE NOCASE")
        return [Actor.from_row(row) for row in rows]

    def actor(self, actor_id: int) -> Actor:
        return Actor.from_row(self._row("actors", actor_id))

    def find_actor(self, name: str) -> Actor | None:
        """The actor with this name or alias, ignoring case."""
        wanted = name.strip().casefold()
        for actor in self.actors():
            if wanted in {n.casefold() for n in (actor.name, *actor.aliases)}:
                return actor
        return None

    def actor_id_named(self, name: str) -> int | None:
        """The id of the actor with this name or alias; None for an empty name."""
        if not name.strip():
            return None
        actor = self.find_actor(name)
        if actor is None:
            raise ValidationError(f"No actor named {name.strip()!r} on the desk")
        return actor.id

    def source(self, source_id: int) -> Source:
        return from_row(Source, self._row("sources", source_id))

    def sources_for(self, incident_id: int) -> list[Source]:
        rows = self.db.query(
            "SELECT s.* FROM sources s JOIN incident_sources l ON l.source_id = s.id "
            "WHERE l.incident_id = ? ORDER BY s.published_on, s.id", (incident_id,))
        return [from_row(Source, row) for row in rows]

    def next_new_incident(self, after_id: int | None) -> int | None:
        """The next incident still in triage `new` after this one, newest first, wrapping."""
        key = ("\uffff", 0)
        if after_id is not None:
            current = self.incident(after_id)
            key = (current.occurred_on or "", current.id)
        sql = ("SELECT id FROM incidents WHERE triage_status = 'new' "
               "AND (coalesce(occurred_on, ''), id) < (?, ?) "
               "ORDER BY coalesce(occurred_on, '') DESC, id DESC LIMIT 1")
        row = self.db.execute(sql, key).fetchone() or self.db.execute(sql, ("\uffff", 0)).fetchone()
        return row[0] if row else None

    def audit_entries(self, table: str | None = None, row_id: int | None = None
                      ) -> list[AuditEntry]:
        where, params = [], []
        if table is not None:
            where.append("table_name = ?")
            params.append(table)
        if row_id is not None:
            where.append("row_id = ?")
            params.append(row_id)
        sql = "SELECT * FROM audit_log"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [from_row(AuditEntry, row) for row in self.db.query(sql + " ORDER BY id", params)]

    def _row(self, table: str, row_id: int) -> dict[str, Any]:
        rows = list(self.db.query(f"SELECT * FROM {table} WHERE id = ?", (row_id,)))
        if not rows:
            raise ValidationError(f"there is no {table[:-1]} {row_id}")
        return rows[0]

    # Writes on an incident

    def update_incident(self, incident_id: int, expected_version: int,
                        changes: dict[str, Any]) -> Incident:
        """Change fields of an incident made against ``expected_version``, audited."""
        with self.transaction() as tx:
            current = self._row("incidents", incident_id)
            if current["version"] != expected_version:
                field = next(iter(changes), "version")
                raise ConflictError("incident", incident_id, field, current.get(field),
                                    changes.get(field))
            if all(current.get(name) == value for name, value in changes.items()):
                return from_row(Incident, current)
            stamped = {**changes, "version": current["version"] + 1, "updated_at": tx.ts}
            tx.update("incidents", incident_id, stamped)
            reindex(self.db, [incident_id])
        return self.incident(incident_id)

    def set_attribution(self, incident_id: int, expected_version: int, *, status: str,
                        lead_actor_id: int | None, likelihood: str | None,
                        confidence: str | None) -> Incident:
        _check(status, vocab.ATTRIBUTION_STATUSES, "attribution status", optional=False)
        _check(likelihood, vocab.LIKELIHOODS, "likelihood")
        _check(confidence, vocab.CONFIDENCES, "confidence")
        if lead_actor_id is not None:
            self.actor(lead_actor_id)
        return self.update_incident(incident_id, expected_version, {
            "attribution_status": status, "lead_actor_id": lead_actor_id,
            "likelihood": likelihood, "confidence": confidence})

    def set_attribution_status(self, incident_id: int, expected_version: int,
                               status: str) -> Incident:
        _check(status, vocab.ATTRIBUTION_STATUSES, "attribution status", optional=False)
        return self.update_incident(incident_id, expected_version,
                                    {"attribution_status": status})

    def set_triage(self, incident_id: int, expected_version: int, status: str) -> Incident:
        _check(status, vocab.TRIAGE_STATUSES, "triage status", optional=False)
        return self.update_incident(incident_id, expected_version, {"triage_status": status})

    # Claims

    def add_claim(self, incident_id: int, *, stance: str, actor_id: int | None = None,
                  asserted_by: str = "", quote_id: int | None = None,
                  source_id: int | None = None, likelihood: str | None = None,
                  confidence: str | None = None, proposed_by: str = "analyst",
                  review_status: str = "accepted") -> int:
        _check_claim(stance, actor_id, likelihood, confidence)
        _check(proposed_by, vocab.PROPOSERS, "proposer", optional=False)
        _check(review_status, vocab.REVIEW_STATES, "review state", optional=False)
        self.incident(incident_id)
        if quote_id is not None and source_id is None:
            source_id = self.quote(quote_id).source_id
        with self.transaction() as tx:
            claim_id = tx.insert("claims", {
                "incident_id": incident_id, "actor_id": actor_id, "stance": stance,
                "asserted_by": asserted_by, "quote_id": quote_id, "source_id": source_id,
                "likelihood": likelihood, "confidence": confidence,
                "proposed_by": proposed_by, "review_status": review_status,
                "created_at": tx.ts})
            reindex(self.db, [incident_id])
        return claim_id

    def update_claim(self, claim_id: int, *, stance: str, actor_id: int | None,
                     asserted_by: str, likelihood: str | None, confidence: str | None,
                     review_status: str = "accepted") -> None:
        """Correct a claim (an extractor's proposal, usually); editing it accepts it."""
        _check_claim(stance, actor_id, likelihood, confidence)
        claim = self.claim(claim_id)
        with self.transaction() as tx:
            tx.update("claims", claim_id, {
                "stance": stance, "actor_id": actor_id, "asserted_by": asserted_by,
                "likelihood": likelihood, "confidence": confidence,
                "review_status": review_status})
            reindex(self.db, [claim.incident_id])

    def remove_claim(self, claim_id: int) -> None:
        with self.transaction() as tx:
            row = tx.delete("claims", self.claim(claim_id).id)
            reindex(self.db, [row["incident_id"]])

    # Actors

    def add_actor(self, name: str, *, aliases: list[str] | None = None, kind: str = "unknown",
                  parent_actor_id: int | None = None, notes: str = "") -> int:
        _check(kind, vocab.ACTOR_KINDS, "actor kind", optional=False)
        if not name.strip():
            raise ValidationError("an actor needs a name")
        if self.find_actor(name):
            raise ValidationError(f"an actor named {name!r} is already on the desk")
        with self.transaction() as tx:
            return tx.insert("actors", {
                "name": name.strip(), "aliases": json.dumps(aliases or [], ensure_ascii=False),
                "kind": kind, "parent_actor_id": parent_actor_id, "notes": notes})

    def set_actor_aliases(self, actor_id: int, aliases: list[str]) -> None:
        with self.transaction() as tx:
            tx.update("actors", actor_id, {"aliases": json.dumps(aliases, ensure_ascii=False)})
            reindex(self.db, incidents_of_actor(self.db, actor_id))

    # Undo

    def undo(self) -> UndoResult:
        """Take back this analyst's last change that is not yet undone."""
        txn = self._last_undoable_txn()
        entries = [e for e in self.audit_entries() if e.txn == txn]
        touched: set[int] = set()
        with self.transaction(undoes_txn=txn) as tx:
            for entry in reversed(entries):
                touched |= self._revert(tx, entry)
            reindex(self.db, touched)
        return UndoResult(txn, _describe(entries))

    def _last_undoable_txn(self) -> int:
        row = self.db.execute(
            "SELECT max(txn) FROM audit_log WHERE analyst = ? AND undoes_txn IS NULL "
            "AND txn NOT IN (SELECT undoes_txn FROM audit_log WHERE undoes_txn IS NOT NULL)",
            (self.analyst,)).fetchone()
        if row[0] is None:
            raise NothingToUndoError("nothing to undo")
        return row[0]

    def _revert(self, tx: Transaction, entry: AuditEntry) -> set[int]:
        """Apply the inverse of one audit row; returns the incidents whose index it touches."""
        table, row_id = entry.table_name, entry.row_id
        if table == "incident_sources":
            row = decode(entry.new_value if entry.action == "insert" else entry.old_value)
            if entry.action == "insert":
                tx.unlink_source(row["incident_id"], row["source_id"])
            else:
                tx.link_source(row["incident_id"], row["source_id"])
            return set()
        if entry.action == "insert":
            row = tx.delete(table, row_id)
        elif entry.action == "delete":
            row = decode(entry.old_value)
            tx.insert(table, row)
        else:
            current = self._row(table, row_id)
            if current.get(entry.field) != decode(entry.new_value):
                raise ConflictError(table, row_id, entry.field, current.get(entry.field),
                                    decode(entry.old_value))
            changes: dict[str, Any] = {entry.field: decode(entry.old_value)}
            if table == "incidents":
                changes |= {"version": current["version"] + 1, "updated_at": tx.ts}
            tx.update(table, row_id, changes)
            row = current
        return _incidents_in(table, row, self.db)


def _incidents_in(table: str, row: dict[str, Any], db: sqlite_utils.Database) -> set[int]:
    if table == "incidents":
        return {row["id"]}
    if table in ("claims", "quotes") and row.get("incident_id"):
        return {row["incident_id"]}
    if table == "actors":
        return set(incidents_of_actor(db, row["id"]))
    return set()


def _describe(entries: list[AuditEntry]) -> str:
    """A short phrase for a toast: what the undone change was."""
    first = entries[0]
    if first.action == "update":
        return (f"{first.table_name[:-1]} {first.row_id}: {first.field} back to "
                f"{decode(first.old_value)}")
    verb = "removed" if first.action == "insert" else "restored"
    return f"{first.table_name[:-1]} {first.row_id} {verb}"

