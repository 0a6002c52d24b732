"""Incidents named by a search or an actor, as sets the incident list can narrow to.

A set can *drive* a query (the planner starts from its incidents: cheap when they are
few) or be *probed* one incident at a time while the list walks one of its own indexes
(cheap when they are many, since a page is found after a few rows).

Search hits are either collected into a temp table of ids, which every later count, page
and status count probes by primary key, or, when they are a large share of the desk,
left in the full-text index: probing it row by row along the sort index finds the first
page without reading every hit, and their number is guessed from the first hits until
someone needs it exactly (``IncidentWindow.count``). A dense set still collects its
table when asked to probe many rows (a far jump, an incident's position, a filter that
leaves many rows to test): a probe into the full-text index costs ten times one into a
table of ids.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import sqlite_utils

T = TypeVar("T")

# Measured on a million incidents: collecting a hit costs ~0.4 µs, probing the full-text
# index ~10 µs a row for each term or phrase of the query.
COLLECT_COST = 0.4
FTS_PROBE_COST = 10.0
# The prefix index holds prefixes of up to 3 characters (schema migration 6); a longer
# prefix merges the doclists of every term it starts, which a probe would redo per row.
_INDEXED_PREFIX = 3
_MAX_EXPANSION = 32
_PAGE = 64  # rows the list reads at a time (db.listing.PAGE)


@dataclass(frozen=True)
class IncidentSet:
    """SQL that names a set of incidents, and what it costs to know how many."""

    drive: str
    probe: str
    params: list[Any]
    count_sql: str  # how many incidents, exactly
    count_params: list[Any]
    estimate: int  # cheap to know: an upper bound, or a guess if not ``counted``
    table: str | None = None  # the temp table of search hits it reads
    collect: Callable[[], IncidentSet] | None = None  # the same set as a table of hits
    terms: int = 1  # of the search it probes, each a cost per probe
    counted: bool = True  # False: count_sql reads every hit, and estimate is a guess

    def for_probes(self, rows: int) -> IncidentSet:
        """This set, or its table of hits if probing ``rows`` rows costs more than collecting."""
        if self.collect and rows * _probe_cost(self.terms) > self.estimate * COLLECT_COST:
            return self.collect()
        return self


def desk_stamp(db: sqlite_utils.Database) -> tuple[int, int]:
    """Changes whenever the desk does: commits by others, and audited writes of our own."""
    version = db.execute("PRAGMA data_version").fetchone()[0]
    last = db.execute("SELECT max(id) FROM audit_log").fetchone()[0] or 0
    return version, last


def actor_set(db: sqlite_utils.Database, actor_id: int, stance: str | None) -> IncidentSet:
    """Incidents with a claim of ``stance`` by the actor, or tied to it at all if None."""
    if stance is not None:
        claims = "FROM claims c WHERE c.actor_id = ? AND c.stance = ?"
        params = [actor_id, stance]
        return IncidentSet(f"id IN (SELECT c.incident_id {claims})",
                           f"EXISTS (SELECT 1 {claims} AND c.incident_id = incidents.id)",
                           params, f"SELECT count(DISTINCT c.incident_id) {claims}", params,
                           _scalar(db, f"SELECT count(*) {claims}", params))
    ties = "FROM incident_actors t WHERE t.actor_id = ?"
    size = _scalar(db, f"SELECT count(*) {ties}", [actor_id])
    return IncidentSet(f"id IN (SELECT t.incident_id {ties})",
                       f"EXISTS (SELECT 1 {ties} AND t.incident_id = incidents.id)",
                       [actor_id], "SELECT ?", [size], size)


def search_set(db: sqlite_utils.Database, match: str, desk_size: int) -> IncidentSet:
    """The incidents matching an FTS5 expression: collected into a table of hits while
    they are few, kept in the index (their count guessed) once they are many."""
    expanded = _expand_prefix(db, match)
    if expanded is None:
        return IncidentSet("0", "0", [], "SELECT 0", [], 0)
    match = expanded
    terms = match.count('"') // 2
    # Typing on through a word often leaves the expression as it was ("Badr Briga",
    # "Badr Brigad": both "badr" AND "brigades"): a dense one is guessed once per desk state.
    guesses = _GUESSES.entries(db)
    if match not in guesses:
        table, size = HITS.table_if_few(db, match, _dense_from(desk_size, terms))
        if table is not None:
            return _table_set(table, size)
        _GUESSES.keep(guesses, match, size)
    return IncidentSet(
        "id IN (SELECT rowid FROM incident_search WHERE incident_search MATCH ?)",
        "EXISTS (SELECT 1 FROM incident_search s WHERE s.incident_search MATCH ? "
        "AND s.rowid = incidents.id)",
        [match], "SELECT count(*) FROM incident_search WHERE incident_search MATCH ?",
        [match], guesses[match], collect=lambda: _table_set(*HITS.table(db, match)),
        terms=terms, counted=False)


def _probe_cost(terms: int) -> float:
    return FTS_PROBE_COST * max(terms, 1)


def _dense_from(desk_size: int, terms: int) -> int:
    """The fewest hits for which probing the index along the list finds a page sooner
    than collecting every hit.

    A page found by probing reads page * desk/hits rows; collecting reads every hit, so
    collecting wins while hits * COLLECT_COST <= page * desk/hits * probe cost.
    """
    return math.isqrt(int(_PAGE * desk_size * _probe_cost(terms) / COLLECT_COST)) + 1


def _table_set(table: str, size: int) -> IncidentSet:
    # IN would first copy every hit into an ephemeral index; EXISTS looks one up by rowid.
    return IncidentSet(f"id IN (SELECT id FROM temp.{table})",
                       f"EXISTS (SELECT 1 FROM temp.{table} h WHERE h.id = incidents.id)",
                       [], f"SELECT {size}", [], size, table)


def connection_key(db: sqlite_utils.Database) -> str:
    """A name for this connection that no later one shares (``id()`` is reused once a
    connection is gone): a token in a temp table, which dies with its connection."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS incident_sets_connection (token TEXT)")
    row = db.execute("SELECT token FROM temp.incident_sets_connection").fetchone()
    if row is not None:
        return row[0]
    token = uuid.uuid4().hex
    db.execute("INSERT INTO temp.incident_sets_connection VALUES (?)", [token])
    return token


_LAST_PREFIX = re.compile(r'"([^"]*)" \*$')


def _expand_prefix(db: sqlite_utils.Database, match: str) -> str | None:
    """Spell out a last-word prefix longer than the prefix index as the terms it starts.

    ``"ansar all" *`` becomes ``("ansar allah" OR "ansar allahu")``: terms can be probed by
    rowid, a long prefix cannot (FTS5 would merge its doclists again for every probe).
    None if no term starts with it: nothing can match.
    """
    found = _LAST_PREFIX.search(match)
    if not found:
        return match
    words = found.group(1).split(" ")
    stem = _fold(words[-1])
    if len(stem) <= _INDEXED_PREFIX:
        return match
    terms = _terms_starting(db, stem)
    if terms is None:
        return match
    if not terms:
        return None
    head = " ".join(words[:-1] + [""])
    spelled = " OR ".join(f'"{head}{term}"' for term in terms)
    return match[:found.start()] + (spelled if len(terms) == 1 else f"({spelled})")


def _fold(word: str) -> str:
    """A word as the tokenizer stores it: lower case, diacritics removed."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _vocabulary(db: sqlite_utils.Database) -> str:
    """A per-connection view of the index's terms (temp: a read-only desk can have it)."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.incident_terms "
               "USING fts5vocab(main, incident_search, row)")
    return "temp.incident_terms"


def _terms_starting(db: sqlite_utils.Database, stem: str) -> list[str] | None:
    """Every term starting with ``stem``, or None if there are too many to spell out.

    fts5vocab reads every document list of the terms it returns (to count them), as dear
    as a search for them. A word typed letter by letter asks for ever longer prefixes, and
    the terms of one are those of the last one that start with it.
    """
    known = _TERMS.entries(db)
    for shorter, terms in reversed(known.items()):
        if stem.startswith(shorter):
            return [term for term in terms if term.startswith(stem)]
    terms = [row[0] for row in db.execute(
        f"SELECT term FROM {_vocabulary(db)} WHERE term >= ? AND term < ? LIMIT ?",
        [stem, stem[:-1] + chr(ord(stem[-1]) + 1), _MAX_EXPANSION + 1])]
    if len(terms) > _MAX_EXPANSION:
        return None
    _TERMS.keep(known, stem, terms)
    return terms


class _DeskMemo(Generic[T]):
    """Values read from the desk, per connection, forgotten as soon as the desk changes;
    the last ``size`` of each connection, for the last few connections."""

    CONNECTIONS = 8

    def __init__(self, size: int) -> None:
        self._size = size
        self._known: OrderedDict[str, tuple[tuple[int, int], OrderedDict[str, T]]] = \
            OrderedDict()

    def entries(self, db: sqlite_utils.Database) -> OrderedDict[str, T]:
        """This connection's values, oldest first; empty after any change to the desk."""
        key, stamp = connection_key(db), desk_stamp(db)
        known = self._known.get(key)
        if known is None or known[0] != stamp:
            known = self._known[key] = (stamp, OrderedDict())
        self._known.move_to_end(key)
        while len(self._known) > self.CONNECTIONS:
            self._known.popitem(last=False)
        return known[1]

    def keep(self, entries: OrderedDict[str, T], name: str, value: T) -> None:
        entries[name] = value
        while len(entries) > self._size:
            entries.popitem(last=False)


_GUESSES: _DeskMemo[int] = _DeskMemo(64)
_TERMS: _DeskMemo[list[str]] = _DeskMemo(32)


def _scalar(db: sqlite_utils.Database, sql: str, params: list[Any]) -> int:
    return db.execute(sql, params).fetchone()[0]


class _HitTables:
    """Search hits as temp tables of incident ids, the last few searches per connection.

    Collecting the hits once per search text lets the count, every page and the status
    counts test membership with a primary-key lookup instead of re-running the match.
    """

    KEEP = 4

    def __init__(self) -> None:
        self._tables: dict[int, OrderedDict[str, tuple[str, int, tuple[int, int]]]] = {}
        self._names = itertools.count(1)

    def table(self, db: sqlite_utils.Database, match: str) -> tuple[str, int]:
        """The name of the table holding the hits of ``match``, and how many there are."""
        name, size = self._collect(db, match, None)
        assert name is not None  # without a limit every hit is kept
        return name, size

    def table_if_few(self, db: sqlite_utils.Database, match: str, limit: int
                     ) -> tuple[str | None, int]:
        """As ``table``, unless the search has ``limit`` hits or more: then no table (None)
        and a guess at their number, from how far into the desk the last hit read lies.

        One pass: counting first, then collecting, would read every hit twice; and an
        exact count of a word in most of the desk reads its whole document list (60 ms
        for "al" on a million), which the list's first page does without.
        """
        return self._collect(db, match, limit)

    def _collect(self, db: sqlite_utils.Database, match: str, limit: int | None
                 ) -> tuple[str | None, int]:
        tables = self._tables.setdefault(id(db.conn), OrderedDict())
        stamp = desk_stamp(db)
        known = tables.get(match)
        if known and known[2] == stamp and _temp_exists(db, known[0]):
            tables.move_to_end(match)
            return known[0], known[1]
        if known:
            self._drop(db, tables, match)
        name = f"search_hits_{next(self._names)}"
        db.execute(f"CREATE TEMP TABLE {name} (id INTEGER PRIMARY KEY)")
        size, complete = self._fill(db, name, match, limit)
        if not complete:
            db.execute(f"DROP TABLE temp.{name}")
            return None, size
        tables[match] = (name, size, stamp)
        while len(tables) > self.KEEP:
            self._drop(db, tables, next(iter(tables)))
        return name, size

    @staticmethod
    def _fill(db: sqlite_utils.Database, name: str, match: str, limit: int | None
              ) -> tuple[int, bool]:
        """Collect the hits into table ``name``: how many, and whether that is all of them;
        once they reach ``limit``, a guess at how many there are, and False.

        The first eighth of the limit is read first: if it lies so early in the desk that
        the hits must run past the limit, the rest is not read (a word in most of the desk
        is known for one in 3 ms, not in the 25 ms of reading up to the limit). A guess a
        little too high only costs probing where collecting would have been as quick.
        """
        insert = (f"INSERT INTO temp.{name} SELECT rowid FROM incident_search "
                  "WHERE incident_search MATCH ? AND rowid > ? LIMIT ?")
        if limit is None:
            return db.execute(insert, [match, 0, -1]).rowcount, True
        size, last = 0, 0
        for stage in (max(limit // 8, 1), limit):
            size += db.execute(insert, [match, last, stage - size]).rowcount
            if size < stage:
                return size, True
            last = db.execute(f"SELECT max(id) FROM temp.{name}").fetchone()[0]
            # Hits come in rowid order, and ids are spread over the desk's life.
            top = db.execute("SELECT max(id) FROM incidents").fetchone()[0] or last
            guess = max(size, size * top // max(last, 1))
            if guess >= limit:
                return guess, False
        raise AssertionError("unreachable: the last stage's guess is at least its size")

    def alive(self, db: sqlite_utils.Database, names: list[str]) -> bool:
        """Whether these tables are all still kept (newer searches evict older ones)."""
        kept = {entry[0] for entry in self._tables.get(id(db.conn), {}).values()}
        return kept.issuperset(names)

    @staticmethod
    def _drop(db: sqlite_utils.Database, tables: OrderedDict[str, Any], match: str) -> None:
        name = tables.pop(match)[0]
        db.execute(f"DROP TABLE IF EXISTS temp.{name}")


def _temp_exists(db: sqlite_utils.Database, name: str) -> bool:
    return db.execute("SELECT 1 FROM temp.sqlite_master WHERE name = ?", [name]).fetchone() \
        is not None


HITS = _HitTables()
