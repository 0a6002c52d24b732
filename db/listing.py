"""The incident list as a window onto the desk: rows by position, never the whole table.

The app's list widget asks ``IncidentWindow.rows(start, stop)`` for what it is about to
draw. The query (sort, direction, filters, search) is fixed per window; a new query makes
a new window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from db.models import from_row

SORT_KEYS: dict[str, str] = {
    "date": "coalesce(occurred_on, '')",
    "status": "attribution_status",
    "place": "coalesce(location, '')",
    "weapon": "coalesce(weapon, '')",
}


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
    attribution_statuses: tuple[str, ...] = ()
    triage_statuses: tuple[str, ...] = ()
    search: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class IncidentQuery:
    sort: str = "date"
    descending: bool = True
    filter: IncidentFilter = IncidentFilter()


_COLUMNS = ("id, title, occurred_on, time_precision, location, country, weapon, "
            "weapon_category, attribution_status, triage_status")


class IncidentWindow:
    """Rows of the incident list by position for one query."""

    def __init__(self, db: sqlite_utils.Database, query: IncidentQuery = IncidentQuery()):
        self.db = db
        self.query = query
        self._count: int | None = None

    def _order(self) -> str:
        direction = "DESC" if self.query.descending else "ASC"
        return f"{SORT_KEYS[self.query.sort]} {direction}, id {direction}"

    def _where(self) -> tuple[str, list[Any]]:
        clauses, params = [], []
        f = self.query.filter
        if f.attribution_statuses:
            clauses.append(f"attribution_status IN ({','.join('?' * len(f.attribution_statuses))})")
            params += f.attribution_statuses
        if f.triage_statuses:
            clauses.append(f"triage_status IN ({','.join('?' * len(f.triage_statuses))})")
            params += f.triage_statuses
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def count(self) -> int:
        if self._count is None:
            where, params = self._where()
            self._count = self.db.execute(
                f"SELECT count(*) FROM incidents{where}", params).fetchone()[0]
        return self._count

    def rows(self, start: int, stop: int) -> list[IncidentRow]:
        where, params = self._where()
        sql = (f"SELECT {_COLUMNS} FROM incidents{where} ORDER BY {self._order()} "
               "LIMIT ? OFFSET ?")
        return [from_row(IncidentRow, row)
                for row in self.db.query(sql, [*params, max(0, stop - start), start])]

    def index_of(self, incident_id: int) -> int | None:
        for index, row in enumerate(self.rows(0, self.count())):
            if row.id == incident_id:
                return index
        return None
