"""The bulk writer: each batch is one audited transaction, its rows inserted with executemany.

Speed comes from three choices: row ids are allotted here (the transaction holds SQLite's
write lock, so ``max(id) + 1`` cannot race), rows go in with ``executemany``, and their audit
rows are made by SQLite itself (``json_object`` over the inserted id range) instead of one
Python round trip per row. An interrupted import loses only the batch in flight.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Any

from db import vocabulary as vocab
from db.audit import Transaction
from db.exchange.common import desk_key, name_key
from db.exchange.records import ActorRecord, Batch, ClaimRecord, IncidentRecord
from db.exchange.report import ImportReport
from db.store import Store

INCIDENT_DEFAULTS: dict[str, Any] = {"title": "", "summary": "", "triage_status": "new",
                                     "attribution_status": "unattributed", "tlp": "amber",
                                     "review_status": "accepted"}
# The analyst's judgement: set when an incident first arrives, never overwritten by a
# re-import of the file it came from (an updated ACLED export must not undo triage).
JUDGEMENT_FIELDS = frozenset({"attribution_status", "lead_actor_id", "likelihood",
                              "confidence", "triage_status", "tlp"})
BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at", "external_id"})


def _sets(table: dict[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    return {name: frozenset(values) for name, values in table.items()}


# Sets, as every imported row is checked against them.
_FIELD_VOCAB = _sets({
    "attribution_status": vocab.ATTRIBUTION_STATUSES, "triage_status": vocab.TRIAGE_STATUSES,
    "tlp": vocab.TLP_LEVELS, "likelihood": vocab.LIKELIHOODS, "confidence": vocab.CONFIDENCES,
    "time_precision": vocab.TIME_PRECISIONS, "geo_precision": vocab.GEO_PRECISIONS,
    "weapon_category": vocab.WEAPON_CATEGORIES, "outcome": vocab.OUTCOMES})
_CLAIM_VOCAB = _sets({
    "stance": vocab.CLAIM_STANCES, "likelihood": vocab.LIKELIHOODS,
    "confidence": vocab.CONFIDENCES, "proposed_by": vocab.PROPOSERS,
    "review_status": vocab.REVIEW_STATES})
_CLAIM_VALUES = attrgetter(*_CLAIM_VOCAB)
_PLAIN_TYPES = frozenset({str, int, float, type(None)})
QUOTE_COLUMNS = ("id", "source_id", "incident_id", "speaker", "speaker_role", "text",
                 "start_offset", "end_offset", "credibility", "kind")
CLAIM_COLUMNS = ("id", "incident_id", "actor_id", "stance", "asserted_by", "quote_id",
                 "source_id", "likelihood", "confidence", "proposed_by", "review_status",
                 "created_at")
SOURCE_COLUMNS = ("id", "outlet", "url", "title", "published_on", "text", "sha256",
                  "reliability", "credibility", "tlp", "imported_at")
ACTOR_COLUMNS = ("id", "name", "aliases", "kind", "parent_actor_id", "notes", "external_id")


def vocabulary_problem(record: IncidentRecord) -> str | None:
    """Why this record's values fall outside the desk's vocabulary, if they do."""
    fields = record.fields
    # The exact-type test runs at C speed; only a row it doubts takes the slow look.
    if not _PLAIN_TYPES.issuperset(map(type, fields.values())):
        for name, value in fields.items():
            if value is not None and not isinstance(value, (str, int, float)):
                return f"{name} holds a {type(value).__name__}, not a value"
    if problem := _outside_vocabulary(tuple(map(fields.get, _FIELD_VOCAB)), False):
        return problem
    for claim in record.claims:
        if problem := _outside_vocabulary(_CLAIM_VALUES(claim), True):
            return problem
        if (claim.stance == "unattributed") != (claim.actor is None):
            return "an `unattributed` claim names no actor; every other names one"
    return None


@lru_cache(maxsize=4096)
def _outside_vocabulary(values: tuple[Any, ...], claim: bool) -> str | None:
    """The first value outside its vocabulary, as a problem; cached, as the rows of a file
    repeat a few combinations of values."""
    table, what = (_CLAIM_VOCAB, "claim ") if claim else (_FIELD_VOCAB, "")
    for (name, allowed), value in zip(table.items(), values):
        if value is not None and value not in allowed:
            return f"{what}{name} {value!r} is not in the desk's vocabulary"
    return None


def _row_maker(columns: list[str], ts: str) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """Makes a new incident's row from its values; a default stands in for a missing or None
    value. Built once per batch, as it runs for every row."""
    defaults = {**INCIDENT_DEFAULTS, "created_at": ts, "updated_at": ts}
    base = {**dict.fromkeys(columns), **defaults}
    pick = itemgetter(*columns)

    def make(values: dict[str, Any]) -> tuple[Any, ...]:
        row = {**base, **values}
        for name, default in defaults.items():
            if row[name] is None:
                row[name] = default
        return pick(row)
    return make


def _marks(n: int) -> str:
    return ",".join("?" * n)


class BulkWriter:
    """Writes batches into one desk; keeps the desk's actor and source keys in memory."""

    def __init__(self, store: Store, report: ImportReport, *, merge: bool = False):
        self.store, self.db, self.report = store, store.db, report
        # merge: a desk-to-desk JSON import keeps the desk's values and reports conflicts.
        self.merge = merge
        # Actors by casefolded name or alias, and by a spelling-blind key (name_key) for a
        # file that spells a desk's actor otherwise (Kata'ib Hizballah, Kataib Hezbollah).
        self.actor_ids: dict[str, int] = {}
        self.actor_keys: dict[str, int] = {}
        for actor_id, name, aliases in self.db.execute(
                "SELECT id, name, aliases FROM actors ORDER BY id"):
            self._know_actor(actor_id, name, json.loads(aliases or "[]"))
        self.source_ids: dict[str, int] = dict(self.db.execute("SELECT sha256, id FROM sources"))
        self.incident_columns = [row[1] for row in self.db.execute(
            "PRAGMA table_info(incidents)")]
        # The desk's own incidents travel under a key their exports give them: an export
        # imported back must find them.
        self.local_keys = {desk_key(row[0], row[1]): row[0] for row in self.db.execute(
            "SELECT id, created_at FROM incidents WHERE external_id IS NULL")}

    def write(self, tx: Transaction, batch: Batch, file: str) -> list[int]:
        """Write one batch inside ``tx``; returns the incidents whose search documents the
        caller must ``reindex`` before committing. A failure ends the import (and this
        writer, whose key caches would otherwise remember rows the rollback took away)."""
        batch.incidents = self._valid(batch.incidents, file)
        if not (batch.incidents or batch.actors):
            return []
        self._write_actors(tx, batch)
        self._write_sources(tx, batch)
        return self._write_incidents(tx, batch, file)

    def _valid(self, records: list[IncidentRecord], file: str) -> list[IncidentRecord]:
        kept = []
        for record in records:
            problem = vocabulary_problem(record)
            if problem:
                self.report.skip(file, record.line, problem)
            else:
                kept.append(record)
        return kept

    def actor_id(self, name: str | None) -> int | None:
        if not name:
            return None
        found = self.actor_ids.get(name.casefold())
        return found if found is not None else self.actor_keys.get(name_key(name))

    def _know_actor(self, actor_id: int, name: str, aliases: Iterable[str]) -> None:
        for alias in (name, *aliases):
            self.actor_ids.setdefault(alias.casefold(), actor_id)
            if key := name_key(alias):
                self.actor_keys.setdefault(key, actor_id)

    def source_id(self, sha256: str | None) -> int | None:
        return self.source_ids.get(sha256) if sha256 else None

    def next_id(self, table: str) -> int:
        return self.db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]

    def insert_rows(self, tx: Transaction, table: str, columns: tuple[str, ...] | list[str],
                rows: list[tuple[Any, ...]]) -> None:
        """Insert rows whose first value is an id allotted in one run, and audit them."""
        if not rows:
            return
        self.db.conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({_marks(len(columns))})", rows)
        pairs = ", ".join(f"'{c}', {c}" for c in columns)
        self.db.execute(
            "INSERT INTO audit_log (txn, ts, analyst, action, table_name, row_id, field, "
            f"old_value, new_value) SELECT ?, ?, ?, 'insert', '{table}', id, '*', NULL, "
            f"json_object({pairs}) FROM {table} WHERE id BETWEEN ? AND ?",
            (tx.txn, tx.ts, tx.analyst, rows[0][0], rows[-1][0]))

    # Actors and sources

    def _write_actors(self, tx: Transaction, batch: Batch) -> None:
        for record in batch.incidents:
            for name in (record.lead_actor, *(c.actor for c in record.claims)):
                # Most names are known to the batch already: skip building records for them.
                if name and name.casefold() not in batch.actors:
                    batch.add_actor(ActorRecord(name=name))
        next_id = self.next_id("actors")
        new: list[ActorRecord] = []
        for actor in batch.actors.values():
            # Known before the next is looked up: two spellings in one file are one actor.
            if self.actor_id(actor.name) is None:
                self._know_actor(next_id + len(new), actor.name, actor.aliases)
                new.append(actor)
        rows = [(next_id + i, a.name, json.dumps(a.aliases, ensure_ascii=False), a.kind,
                 None, a.notes, a.external_id) for i, a in enumerate(new)]
        self.insert_rows(tx, "actors", ACTOR_COLUMNS, rows)
        self.report.actors_added += len(rows)
        # Parents afterwards: a parent may come later in the batch than its child.
        for offset, actor in enumerate(new):
            parent = self.actor_id(actor.parent)
            if parent and parent != next_id + offset:
                tx.update("actors", next_id + offset, {"parent_actor_id": parent})

    def _write_sources(self, tx: Transaction, batch: Batch) -> None:
        new = [s for s in batch.sources.values() if self.source_id(s.sha256) is None]
        next_id = self.next_id("sources")
        rows = []
        for offset, s in enumerate(new):
            self.source_ids[s.sha256] = next_id + offset
            rows.append((next_id + offset, s.outlet, s.url, s.title, s.published_on, s.text,
                         s.sha256, s.reliability, s.credibility, s.tlp, tx.ts))
        self.insert_rows(tx, "sources", SOURCE_COLUMNS, rows)
        self.report.sources_added += len(rows)

    # Incidents and what hangs off them

    def _existing(self, records: list[IncidentRecord]) -> dict[str, dict[str, Any]]:
        keys = [r.external_id for r in records]
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            for row in self.db.query(
                    f"SELECT * FROM incidents WHERE external_id IN ({_marks(len(chunk))})",
                    chunk):
                found[row["external_id"]] = row
        for key in set(keys) & self.local_keys.keys():
            found[key] = next(iter(self.db.query("SELECT * FROM incidents WHERE id = ?",
                                                 [self.local_keys[key]])))
        return found

    def _write_incidents(self, tx: Transaction, batch: Batch, file: str) -> list[int]:
        existing = self._existing(batch.incidents)
        children = _Children(self, existing)
        next_id = self.next_id("incidents")
        new_rows: list[tuple[Any, ...]] = []
        columns = self.incident_columns
        make_row = _row_maker(columns, tx.ts)
        seen: dict[str, int] = {}
        touched = []
        for record in batch.incidents:
            if record.external_id in seen:
                self.report.skip(file, record.line, f"{record.external_id} appears again "
                                 f"(first on line {seen[record.external_id]})")
                continue
            seen[record.external_id] = record.line
            fields = {**record.fields, "lead_actor_id": self.actor_id(record.lead_actor)}
            row = existing.get(record.external_id)
            if row is None:
                incident_id = next_id + len(new_rows)
                new_rows.append(make_row({**fields, "id": incident_id, "version": 1,
                                          "external_id": record.external_id}))
            else:
                incident_id = row["id"]
                if self._update(tx, row, fields):
                    self.report.incidents_updated += 1
            touched.append(incident_id)
            children.add(incident_id, record)
        self.insert_rows(tx, "incidents", columns, new_rows)
        self.report.incidents_added += len(new_rows)
        children.write(tx)
        return touched

    def _update(self, tx: Transaction, row: dict[str, Any], fields: dict[str, Any]) -> bool:
        changes = {}
        for name, value in fields.items():
            if name in BOOKKEEPING or name not in row or value is None or row[name] == value:
                continue
            if self.merge and row.get(name) is not None:
                self.report.warnings.append(
                    f"incident {row['external_id']}: {name} is {row[name]!r} on the desk and "
                    f"{value!r} in the file; kept the desk's")
            elif self.merge or name not in JUDGEMENT_FIELDS:
                changes[name] = value
        if changes:
            tx.update("incidents", row["id"],
                      {**changes, "version": row["version"] + 1, "updated_at": tx.ts})
        return bool(changes)


class _Children:
    """Claims, quotes and source links of a batch's incidents, written after them."""

    def __init__(self, writer: BulkWriter, existing: dict[str, dict[str, Any]]):
        self.writer = writer
        self.links: list[tuple[int, int]] = []
        self.quotes: list[tuple[int, Any]] = []
        self.claims: list[tuple[int, ClaimRecord]] = []
        ids = [row["id"] for row in existing.values()]
        self.claim_keys = self._keys(ids, "SELECT incident_id, actor_id, stance, asserted_by "
                                          "FROM claims WHERE incident_id IN ({})")
        self.quote_keys = self._keys(ids, "SELECT incident_id, text, speaker FROM quotes "
                                          "WHERE incident_id IN ({})")
        self.quote_ids: dict[tuple[int, str], int] = {}

    def _keys(self, ids: list[int], sql: str) -> set[tuple[Any, ...]]:
        keys: set[tuple[Any, ...]] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            keys |= {tuple(row) for row in self.writer.db.execute(
                sql.format(_marks(len(chunk))), chunk)}
        return keys

    def add(self, incident_id: int, record: IncidentRecord) -> None:
        self.links += [(incident_id, self.writer.source_id(s)) for s in record.sources]
        self.quotes += [(incident_id, q) for q in record.quotes]
        self.claims += [(incident_id, c) for c in record.claims]

    def write(self, tx: Transaction) -> None:
        self._write_links(tx)
        self._write_quotes(tx)
        self._write_claims(tx)

    def _write_links(self, tx: Transaction) -> None:
        db = self.writer.db
        before = db.execute("SELECT coalesce(max(rowid), 0) FROM incident_sources").fetchone()[0]
        db.conn.executemany("INSERT OR IGNORE INTO incident_sources (incident_id, source_id) "
                            "VALUES (?, ?)", [link for link in self.links if link[1]])
        # Link rows have no id of their own: the audit row carries the pair (as audit.py does).
        db.execute(
            "INSERT INTO audit_log (txn, ts, analyst, action, table_name, row_id, field, "
            "old_value, new_value) SELECT ?, ?, ?, 'insert', 'incident_sources', NULL, '*', "
            "NULL, json_object('incident_id', incident_id, 'source_id', source_id) "
            "FROM incident_sources WHERE rowid > ?", (tx.txn, tx.ts, tx.analyst, before))

    def _write_quotes(self, tx: Transaction) -> None:
        next_id = self.writer.next_id("quotes")
        rows = []
        for incident_id, q in self.quotes:
            key = (incident_id, q.text, q.speaker)
            if key in self.quote_keys:
                continue
            self.quote_keys.add(key)
            quote_id = next_id + len(rows)
            self.quote_ids[(incident_id, q.key)] = quote_id
            rows.append((quote_id, self.writer.source_id(q.source), incident_id, q.speaker,
                         q.speaker_role, q.text, q.start_offset, q.end_offset, q.credibility,
                         q.kind))
        self.writer.insert_rows(tx, "quotes", QUOTE_COLUMNS, rows)
        self.writer.report.quotes_added += len(rows)

    def _write_claims(self, tx: Transaction) -> None:
        next_id = self.writer.next_id("claims")
        rows = []
        for incident_id, c in self.claims:
            actor_id = self.writer.actor_id(c.actor)
            key = (incident_id, actor_id, c.stance, c.asserted_by)
            if key in self.claim_keys:
                continue
            self.claim_keys.add(key)
            rows.append((next_id + len(rows), incident_id, actor_id, c.stance, c.asserted_by,
                          self.quote_ids.get((incident_id, c.quote or "")),
                          self.writer.source_id(c.source), c.likelihood, c.confidence,
                          c.proposed_by, c.review_status, c.created_at or tx.ts))
        self.writer.insert_rows(tx, "claims", CLAIM_COLUMNS, rows)
        self.writer.report.claims_added += len(rows)
