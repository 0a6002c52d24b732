"""Runs an import: the format's reader yields batches, the bulk writer commits each one."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from db.exchange import acled, gtd
from db.exchange.common import count_lines
from db.exchange.records import Batch
from db.exchange.report import ImportReport
from db.audit import Transaction
from db.exchange.writer import BulkWriter
from db.search_index import reindex
from db.store import Store

FILLED = ("incidents", "claims", "quotes", "incident_sources", "audit_log")
FTS_DEFAULT_HASHSIZE = 1024 * 1024
COUNT_TRIGGER = "incident_status_counts_insert"  # db.schema._create_status_counts
# What that trigger adds, for all incidents at once (`WHERE true` lets an upsert follow).
ADD_STATUS_COUNTS = (
    "INSERT INTO incident_status_counts (attribution_status, n) "
    "SELECT attribution_status, count(*) FROM incidents WHERE true GROUP BY attribution_status "
    "ON CONFLICT (attribution_status) DO UPDATE SET n = n + excluded.n")


def _reader(path: Path, kind: str, report: ImportReport) -> Iterator[Batch]:
    if kind == "acled":
        return acled.read(path, report)
    if kind == "gtd":
        return gtd.read(path, report)
    if kind == "stix":
        from db.exchange import stix_import
        return stix_import.read(path, report)
    from db.exchange import json_format
    return json_format.read(path, report)


def _expected_rows(path: Path, kind: str) -> int:
    if kind in ("acled", "gtd") and path.suffix.lower() not in (".xlsx", ".xlsm"):
        return max(count_lines(path) - 1, 1)
    return 1  # one JSON document, or a spreadsheet whose size is not known before reading


def run_import(store: Store, path: Path, kind: str,
               progress: Callable[[int, int], None] | None) -> ImportReport:
    report = ImportReport(format=kind)
    write_batches(store, _reader(path, kind, report), report, path,
                  _expected_rows(path, kind), progress, merge=kind == "json")
    return report


def write_batches(store: Store, batches: Iterable[Batch], report: ImportReport, path: Path,
                  total: int, progress: Callable[[int, int], None] | None, *,
                  merge: bool = False) -> None:
    """One transaction per batch; into an empty desk, one for the whole file.

    An empty desk has nothing to protect from a half-done import, and a single transaction
    lets the secondary indexes be built once at the end: keeping a dozen indexes sorted row
    by row costs several times more than sorting them once. The status counts likewise
    take one grouped count instead of a trigger run per row.
    """
    writer = BulkWriter(store, report, merge=merge)
    with _big_cache(store), _no_gc():
        if store.incident_count() == 0:
            with store.transaction() as tx:
                rebuild = _drop_indexes(store) + _drop_count_trigger(store)
                done, touched = _write_all(writer, tx, batches, path, progress, total)
                for sql in rebuild:
                    store.db.execute(sql)
                _reindex(store, touched)
        else:
            done = 0
            for batch in batches:
                with store.transaction() as tx:
                    done, touched = _write_all(writer, tx, [batch], path, progress, total, done)
                    _reindex(store, touched)
    if progress:
        progress(max(done, total), max(done, total))


def _reindex(store: Store, incident_ids: list[int]) -> None:
    """``reindex`` with a 64 MB term hash instead of FTS5's 1 MB: each time the hash fills,
    FTS5 writes a segment that must later be merged (50k rows: 0.3 s instead of 0.5 s)."""
    before = store.db.execute("SELECT v FROM incident_search_config "
                              "WHERE k = 'hashsize'").fetchone()
    _fts_hashsize(store, 64 << 20)
    reindex(store.db, incident_ids)
    _fts_hashsize(store, before[0] if before else FTS_DEFAULT_HASHSIZE)


def _fts_hashsize(store: Store, size: int) -> None:
    store.db.execute("INSERT INTO incident_search (incident_search, rank) "
                     "VALUES ('hashsize', ?)", [size])


def _write_all(writer: BulkWriter, tx: Transaction, batches: Iterable[Batch], path: Path,
               progress: Callable[[int, int], None] | None, total: int, done: int = 0
               ) -> tuple[int, list[int]]:
    touched: list[int] = []
    for batch in batches:
        touched += writer.write(tx, batch, str(path))
        done += batch.rows
        if progress:
            progress(done, max(total, done))
    return done, touched


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cycle collector: an import makes millions of short-lived objects, none in a
    cycle, and collections triggered by them rescan every record held so far."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def _big_cache(store: Store) -> Iterator[None]:
    """A 200 MB page cache while importing: index pages stay in memory between batches."""
    before = store.db.execute("PRAGMA cache_size").fetchone()[0]
    store.db.execute("PRAGMA cache_size = -200000")
    try:
        yield
    finally:
        store.db.execute(f"PRAGMA cache_size = {int(before)}")


def _drop_indexes(store: Store) -> list[str]:
    """Drop the secondary indexes of the tables an import fills; returns their SQL.

    Unique indexes stay: they keep keys unique and answer the re-import lookups.
    """
    rows = store.db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ({','.join('?' * len(FILLED))})",
        FILLED).fetchall()
    for name, _ in rows:
        store.db.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in rows]


def _drop_count_trigger(store: Store) -> list[str]:
    """Drop the trigger that counts each new incident by status; returns the SQL that
    counts the (new: the desk was empty) incidents at once and puts the trigger back."""
    row = store.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                           "AND name = ?", [COUNT_TRIGGER]).fetchone()
    if row is None:
        return []
    store.db.execute(f'DROP TRIGGER "{row[0]}"')
    return [ADD_STATUS_COUNTS, row[1]]
