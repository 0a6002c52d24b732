"""The incident list as a window onto the desk: rows by position, never the whole table.

The app's list widget asks ``IncidentWindow.rows(start, stop)`` for what it is about to
draw. The query (sort, direction, filters, search) is fixed per window; a new query makes
a new window.

Rows are found by keyset: every row fetched leaves its sort key behind as an anchor at its
position, and a page is read from the nearest anchor (or either end of the list) with
``(key, id) > anchor ... LIMIT``. Only the gap between the anchor and the page is skipped
with OFFSET, over the sort index, so the next page, the last page and a page next to one
already seen are all cheap however long the list; a far scrollbar jump costs one index
walk over the gap, and its rows then anchor the pages around it.

The count of a search in most of the desk is only guessed at first (``shown_count``): an
exact count would read every hit, and the first pages, read forward from the start, do
without it. Anything further (a far page, ``G``) counts exactly, and so can another
connection, whose count ``settle`` takes.

A window notices writes by any connection (``PRAGMA data_version`` for other connections,
the audit log for this one) and then forgets its count, cache and anchors.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

import sqlite_utils

from db.incident_sets import HITS, IncidentSet, actor_set, desk_stamp, search_set
from db.models import from_row
from db.search import parse
from db.vocabulary import ATTRIBUTION_STATUSES

SORT_KEYS: dict[str, str] = {
    "date": "coalesce(occurred_on, '')",
    "status": "attribution_status",
    "place": "coalesce(location, '')",
    "weapon": "coalesce(weapon, '')",
}
# Indexes on exactly (SORT_KEYS[sort], id), made by the schema's listing migration.
_SORT_INDEXES = {sort: f"idx_incidents_list_{sort}" for sort in SORT_KEYS}

PAGE = 64
_CACHED_PAGES = 8
# A list whose count is being guessed can still be read this far from its start: pages are
# read forward, and a short page tells where the list ends.
GUESSED_REACH = 4 * PAGE
_MAX_ANCHORS = 4096
# Above this share of the desk matching, walking the sort index and testing each row finds
# a page sooner than collecting every match and sorting it.
_WALK_DENSITY = 0.01


@dataclass(frozen=True)
class IncidentRow:
    """What one line of the incident list shows."""

    id: int
    title: str
    occurred_on: str | None
    time_precision: str | None
    location: str | None
    country: str | None
    weapon: str | None
    weapon_category: str | None
    attribution_status: str
    triage_status: str


@dataclass(frozen=True)
class IncidentFilter:
    """What the list is narrowed to; empty fields do not narrow.

    ``actor_id`` keeps incidents tied to that actor: with ``actor_stance`` None, by any
    claim of any stance or as lead actor ("any claim by"); with a claim stance, by a claim
    of that stance (``"denied"`` for "denied by"). Dates are inclusive ISO dates.
    """

    attribution_statuses: tuple[str, ...] = ()
    triage_statuses: tuple[str, ...] = ()
    search: str = ""
    actor_id: int | None = None
    actor_stance: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    admin1: str | None = None
    weapon_category: str | None = None
    tlp: str | None = None

    @property
    def active(self) -> bool:
        return any(getattr(self, f.name) not in ((), "", None) for f in fields(self))


def iso_date(text: str | None, label: str) -> str | None:
    """A date typed by the analyst as ISO (``2024-03-05``), or None if blank.

    Raises ValueError with a one-line message naming ``label`` if it is no such date.
    """
    text = (text or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"{label} must be a date like 2024-03-05, not {text!r}") from None


@dataclass(frozen=True)
class IncidentQuery:
    sort: str = "date"
    descending: bool = True
    filter: IncidentFilter = IncidentFilter()


_COLUMNS = ("id, title, occurred_on, time_precision, location, country, weapon, "
            "weapon_category, attribution_status, triage_status")
_EQUALS = ("country", "admin1", "weapon_category", "tlp")


@dataclass(frozen=True)
class _Where:
    columns: list[str]
    params: list[Any]
    sets: list[IncidentSet]
    message: str = ""  # why a search cannot run; the list is then empty
    facet: str = ""  # an index hint that covers every column condition, for counting

    def counted(self, *, probe: bool) -> str:
        """The FROM of a count: over the covering facet index unless a set drives."""
        return "incidents" + (self.facet if probe or not self.sets else "")

    @property
    def tables(self) -> list[str]:
        return [s.table for s in self.sets if s.table]

    def for_probes(self, rows: int) -> _Where:
        """These conditions with each set ready to be probed ``rows`` times."""
        return replace(self, sets=[s.for_probes(rows) for s in self.sets])

    def sql(self, *, probe: bool) -> tuple[str, list[Any]]:
        if self.message:
            return " WHERE 0", []
        clauses = self.columns + [s.probe if probe else s.drive for s in self.sets]
        params = self.params + [p for s in self.sets for p in s.params]
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _marks(values: tuple[Any, ...]) -> str:
    return ",".join("?" * len(values))


def _column_clauses(f: IncidentFilter) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for column, values in (("attribution_status", f.attribution_statuses),
                           ("triage_status", f.triage_statuses)):
        if values:
            clauses.append(f"{column} IN ({_marks(values)})")
            params += values
    for column in _EQUALS:
        if getattr(f, column) is not None:
            clauses.append(f"{column} = ?")
            params.append(getattr(f, column))
    for bound, op in ((f.date_from, ">="), (f.date_to, "<=")):
        if bound is not None:
            clauses.append(f"{SORT_KEYS['date']} {op} ?")
            params.append(bound)
    return clauses, params


def build_where(db: sqlite_utils.Database, f: IncidentFilter) -> _Where:
    """The conditions of a filter, its search resolved to a table of hits."""
    clauses, params = _column_clauses(f)
    search = parse(f.search)
    if search.message:
        return _Where([], [], [], search.message)
    sets = [] if f.actor_id is None else [actor_set(db, f.actor_id, f.actor_stance)]
    if search.match is not None:
        sets.append(search_set(db, search.match, _scalar(db, _TOTAL, [])))
    return _Where(clauses, params, sets, facet=_facet(f))


# Each of these indexes leads with one filter column and carries all the others and the
# attribution status (schema migrations 3 and 5). The planner, left alone, sometimes
# counts a date range along the date sort index, reading the table for every row.
_FACETS = (("country", "facet_country"), ("weapon_category", "facet_weapon"),
           ("tlp", "facet_tlp"), ("triage_statuses", "facet_triage"),
           ("date_from", "facet_date"), ("date_to", "facet_date"))


def _facet(f: IncidentFilter) -> str:
    for field, index in _FACETS:
        if getattr(f, field) not in (None, ()):
            return f" INDEXED BY idx_incidents_list_{index}"
    return ""


class IncidentWindow:
    """Rows of the incident list by position for one query."""

    def __init__(self, db: sqlite_utils.Database, query: IncidentQuery = IncidentQuery()):
        if query.sort not in SORT_KEYS:
            raise ValueError(f"unknown sort {query.sort!r}; use one of {', '.join(SORT_KEYS)}")
        self.db = db
        self.query = query
        self._key = SORT_KEYS[query.sort]
        self._stamp = desk_stamp(db)
        self._reset()

    def _reset(self) -> None:
        self._where: _Where | None = None
        self._probing: tuple[_Where | None] | None = None  # None: not worked out yet
        self._count: int | None = None
        self._pages: OrderedDict[int, list[IncidentRow]] = OrderedDict()
        self._anchor_at: list[int] = []  # sorted positions with a known key
        self._anchors: dict[int, tuple[Any, int]] = {}

    def changed(self) -> bool:
        """True (and the window forgets what it knew) if the desk changed since last asked."""
        stamp = desk_stamp(self.db)
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        self._reset()
        return True

    @property
    def where(self) -> _Where:
        if self._where is None or not HITS.alive(self.db, self._where.tables):
            self._where = build_where(self.db, self.query.filter)
            self._probing = None
        return self._where

    @property
    def probing(self) -> _Where | None:
        """The conditions set to walk the column filters' index, if that is the way in."""
        where = self.where
        if self._probing is None or (
                self._probing[0] is not None
                and not HITS.alive(self.db, self._probing[0].tables)):
            self._probing = (_probing(self.db, where),)
        return self._probing[0]

    @property
    def message(self) -> str:
        """A short note on why the search cannot run, or ""."""
        return self.where.message

    def count(self) -> int:
        """How many incidents the list holds, exactly."""
        self.changed()
        return self._exact()

    @property
    def counted(self) -> bool:
        """Whether the exact count is known (else ``shown_count`` may be a guess)."""
        self.changed()
        return self._is_counted()

    def shown_count(self) -> int:
        """The count, or a guess at it while knowing it would mean reading every hit of a
        search in most of the desk: the first pages can be drawn before it is known."""
        self.changed()
        return self._shown()

    def settle(self, count: int, last_audit_id: int) -> None:
        """Take a count made on another connection (a worker's) when the desk had the
        same last audit row, so that this window need not count again."""
        if self._count is None and not self.changed() and self._stamp[1] == last_audit_id:
            self._count = count

    def snapshot_count(self) -> tuple[int, int]:
        """The exact count and the last audit row of the desk it was made on, read in one
        snapshot: what ``settle`` on another connection's window needs."""
        self.db.execute("BEGIN")
        try:
            return self._counted(), desk_stamp(self.db)[1]
        finally:
            self.db.execute("COMMIT")

    # The count as the calls above give it, for a window whose desk was just checked for
    # changes: asked again in the middle of one call, the desk is not checked again.

    def _exact(self) -> int:
        if self._count is None:
            self._count = self._counted()
        return self._count

    def _is_counted(self) -> bool:
        return self._count is not None or self._guess() is None

    def _shown(self) -> int:
        guess = self._guess() if self._count is None else None
        return self._exact() if guess is None else guess

    def _guess(self) -> int | None:
        where = self.where
        if where.columns or len(where.sets) != 1 or where.sets[0].counted:
            return None
        return where.sets[0].estimate

    def _counted(self) -> int:
        where = self.where
        if where.message:
            return 0
        if not (where.columns or where.sets):
            return _scalar(self.db, _TOTAL, [])
        if len(where.sets) == 1 and not where.columns:
            only = where.sets[0]
            return _scalar(self.db, only.count_sql, only.count_params)
        walk = self.probing
        chosen = walk or where
        sql, params = chosen.sql(probe=walk is not None)
        return _scalar(self.db, f"SELECT count(*) FROM "
                                f"{chosen.counted(probe=walk is not None)}{sql}", params)

    def rows(self, start: int, stop: int) -> list[IncidentRow]:
        """The rows at positions ``start`` (inclusive) to ``stop`` (exclusive) of the list."""
        self.changed()
        end = self._end(stop)
        start, stop = max(0, start), stop if end is None else min(stop, end)
        if start >= stop:
            return []
        first, last = start // PAGE, (stop - 1) // PAGE
        rows = [row for page in range(first, last + 1) for row in self._page(page, end)]
        return rows[start - first * PAGE: stop - first * PAGE]

    def _end(self, stop: int) -> int | None:
        """Where the list ends, as far as reading up to ``stop`` needs it: None when the
        count is a guess and the read stays within the first pages."""
        if self._is_counted() or stop > GUESSED_REACH:
            return self._exact()
        return None

    def index_of(self, incident_id: int) -> int | None:
        """The position of an incident in this list, or None if the query leaves it out."""
        self.changed()
        sql, params = self.where.sql(probe=True)
        joiner = " AND " if sql else " WHERE "
        row = self.db.execute(f"SELECT {self._key} FROM incidents{sql}{joiner}id = ?",
                              [*params, incident_id]).fetchone()
        if row is None:
            return None
        hint, where, probe = self._plan(reach=self._exact())
        sql, params = where.sql(probe=probe)
        before = ">" if self.query.descending else "<"
        position = _scalar(self.db, f"SELECT count(*) FROM incidents{hint}{sql}{joiner}"
                                    f"({self._key}, id) {before} (?, ?)",
                           [*params, row[0], incident_id])
        self._anchor(position, (row[0], incident_id))
        return position

    def status_counts(self) -> dict[str, int]:
        """Incidents per attribution status under every filter but the status one."""
        self.changed()
        others = replace(self.query.filter, attribution_statuses=())
        if not others.active:
            counts = dict(self.db.execute(
                "SELECT attribution_status, n FROM incident_status_counts").fetchall())
        else:
            where = build_where(self.db, others)
            probing = _probing(self.db, where)
            probe = probing is not None
            where = probing or where
            sql, params = where.sql(probe=probe)
            columns = ", ".join(f"count(*) FILTER (WHERE attribution_status = '{status}')"
                                for status in ATTRIBUTION_STATUSES)
            counts = dict(zip(ATTRIBUTION_STATUSES, self.db.execute(
                f"SELECT {columns} FROM {where.counted(probe=probe)}{sql}", params).fetchone()))
        return {status: counts.get(status, 0) for status in ATTRIBUTION_STATUSES}

    # Paging

    def _page(self, page: int, end: int | None) -> list[IncidentRow]:
        if page in self._pages:
            self._pages.move_to_end(page)
            return self._pages[page]
        start = page * PAGE
        stop = start + PAGE if end is None else min(start + PAGE, end)
        rows, keys = self._fetch(start, stop, end)
        if end is None and len(rows) < PAGE and self._count is None:
            self._count = start + len(rows)  # the list ends on this page
        if rows:
            self._anchor(start, keys[0])
            self._anchor(start + len(rows) - 1, keys[-1])
        self._pages[page] = rows
        while len(self._pages) > _CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _anchor(self, position: int, key: tuple[Any, int]) -> None:
        if position in self._anchors:
            return
        if len(self._anchor_at) >= _MAX_ANCHORS:
            # Keep the anchors spread out: thin every other one rather than drop a region.
            for old in self._anchor_at[1::2]:
                del self._anchors[old]
            self._anchor_at = self._anchor_at[::2]
        bisect.insort(self._anchor_at, position)
        self._anchors[position] = key

    def _fetch(self, start: int, stop: int, end: int | None
               ) -> tuple[list[IncidentRow], list[tuple[Any, int]]]:
        """Read positions [start, stop) from the nearest anchor before or after them (only
        before them if where the list ends is not known)."""
        at = bisect.bisect_left(self._anchor_at, start)
        before = self._anchor_at[at - 1] if at > 0 else -1
        after_at = bisect.bisect_left(self._anchor_at, stop)
        after = self._anchor_at[after_at] if after_at < len(self._anchor_at) else end
        if after is None or start - before - 1 <= after - stop:
            return self._read(self._anchors.get(before), start - before - 1, stop - start,
                              forward=True)
        rows, keys = self._read(self._anchors.get(after), after - stop, stop - start,
                                forward=False)
        return rows[::-1], keys[::-1]

    def _read(self, anchor: tuple[Any, int] | None, skip: int, limit: int, *, forward: bool
              ) -> tuple[list[IncidentRow], list[tuple[Any, int]]]:
        """``limit`` rows after skipping ``skip`` past ``anchor`` (or the list's end)."""
        descending = self.query.descending == forward
        direction, op = ("DESC", "<") if descending else ("ASC", ">")
        hint, where, probe = self._plan(reach=skip + limit)
        sql, params = where.sql(probe=probe)
        if anchor is not None:
            sql += (" AND " if sql else " WHERE ") + f"({self._key}, id) {op} (?, ?)"
            params += anchor
        cursor = self.db.execute(
            f"SELECT {self._key} AS sort_key, {_COLUMNS} FROM incidents{hint}{sql} "
            f"ORDER BY {self._key} {direction}, id {direction} LIMIT ? OFFSET ?",
            [*params, limit, skip])
        names = [d[0] for d in cursor.description]
        records = [dict(zip(names, values)) for values in cursor.fetchall()]
        return ([from_row(IncidentRow, r) for r in records],
                [(r["sort_key"], r["id"]) for r in records])

    def _plan(self, reach: int) -> tuple[str, _Where, bool]:
        """An index hint, the conditions, and whether they probe sets row by row, for
        reading ``reach`` rows of the list.

        When matches are dense, walking the sort index and testing each row reaches a page
        quickly (the planner sometimes prefers to sort every match); when column filters
        leave few rows, walking their index and testing each does; else starting from the
        sets' matches and sorting them is quicker.
        """
        total = _scalar(self.db, _TOTAL, [])
        count = self._shown()
        if self.query.filter.active and count >= _WALK_DENSITY * total:
            walked = reach * total // max(count, 1)
            return (f" INDEXED BY {_SORT_INDEXES[self.query.sort]}",
                    self.where.for_probes(walked), True)
        probing = self.probing
        if probing is not None:
            return probing.facet, probing, True
        return "", self.where, False


# The whole desk's count, kept by triggers: count(*) would walk a million index entries.
_TOTAL = "SELECT coalesce(sum(n), 0) FROM incident_status_counts"


def _scalar(db: sqlite_utils.Database, sql: str, params: list[Any]) -> int:
    return db.execute(sql, params).fetchone()[0]


def _probing(db: sqlite_utils.Database, where: _Where) -> _Where | None:
    """The conditions set to walk the column filters' index and probe each set, if the
    column filters leave fewer rows than the smallest set names (that is then quicker than
    starting from a set); else None.
    """
    if not (where.sets and where.columns):
        return None
    columns = _Where(where.columns, where.params, [], facet=where.facet)
    column_sql, column_params = columns.sql(probe=True)
    matching = _scalar(db, f"SELECT count(*) FROM {columns.counted(probe=True)}{column_sql}",
                       column_params)
    if matching > min(s.estimate for s in where.sets):
        return None
    return where.for_probes(matching)
