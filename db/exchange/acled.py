"""ACLED CSV exports, current and pre-2019 layouts (DESIGN.md, "Interchange formats").

ACLED codes a perpetrator in ``actor1`` (with ``assoc_actor_1``) and the other side in
``actor2``; an unknown perpetrator is an ``Unidentified Armed Group (Country)``, which the
desk records as an ``unattributed`` statement rather than as an actor. ACLED's coding is a
dataset's reading of the reports, so a named perpetrator is ``suspected`` unless the notes
say a group claimed it. Only ``event_id_cnty`` (or ``data_id``) ties a row to the desk.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from db.exchange.common import (BATCH_ROWS, RowError, TextLayout, coordinate, csv_rows,
                                null, parse_date, sha256_key, text_layout, to_int, weapon_in)
from db.exchange.records import (ActorRecord, Batch, ClaimRecord, IncidentRecord,
                                 SourceRecord)
from db.exchange.report import ImportReport

SIGNATURE = frozenset({"event_id_cnty", "data_id", "event_date", "actor1", "inter1",
                       "sub_event_type", "fatalities", "geo_precision", "source_scale"})
ASSERTER = "ACLED"
PRECISION_TIME = {"1": "day", "2": "week", "3": "month"}
PRECISION_GEO = {"1": "exact", "2": "near", "3": "region"}
# inter1/inter2: numeric codes in old exports, words in current ones.
ACTOR_KINDS = {"1": "state", "2": "armed-group", "3": "armed-group", "4": "armed-group",
               "8": "state", "state forces": "state", "rebel group": "armed-group",
               "political militia": "armed-group", "identity militia": "armed-group",
               "external/other forces": "state"}
SUB_EVENT_WEAPONS = {"Air/drone strike": ("air/drone strike", "drone"),
                     "Shelling/artillery/missile attack": ("shelling", "indirect-fire"),
                     "Remote explosive/landmine/IED": ("explosive device", "ied")}
_UNIDENTIFIED = re.compile(r"unidentified\b", re.IGNORECASE)
_CLAIMED = re.compile(r"claimed (?:the )?responsibility|claimed the (?:attack|strike)",
                      re.IGNORECASE)


def looks_like(header: list[str]) -> bool:
    names = {h.strip().lower() for h in header}
    return len(names & SIGNATURE) >= 4


class Row(NamedTuple):
    """The cells the mapping reads; a column missing from an older layout reads as empty."""

    event_id: str
    event_date: str
    time_precision: str
    event_type: str
    sub_event_type: str
    actor1: str
    assoc_actor_1: str
    inter1: str
    actor2: str
    inter2: str
    admin1: str
    country: str
    location: str
    latitude: str
    longitude: str
    geo_precision: str
    source: str
    notes: str
    fatalities: str


def _picker(header: list[str], key: str) -> Callable[[list[str]], tuple[str, ...]]:
    """Picks a Row's cells out of a data row that has one empty cell appended."""
    # A dict keeps the last of duplicated column names, as reading rows into dicts did.
    position = {name: index for index, name in enumerate(header)}
    columns = (key, *Row._fields[1:])
    return itemgetter(*(position.get(name, len(header)) for name in columns))


def read(path: Path, report: ImportReport, layout: TextLayout | None = None
         ) -> Iterator[Batch]:
    layout = layout or text_layout(path)
    header = [h.lower() for h in layout.header]
    key = "event_id_cnty" if "event_id_cnty" in header else "data_id"
    missing = [c for c in (key, "event_date", "actor1") if c not in header]
    if missing:
        report.skip(str(path), layout.header_line,
                    f"missing required column {', '.join(missing)}: nothing imported")
        return
    pick = _picker(header, key)
    batch = Batch()
    with path.open(encoding=layout.encoding, newline="") as handle:
        for line, fields in csv_rows(handle, layout):
            batch.rows += 1
            if len(fields) != len(header):
                report.skip(str(path), line, f"{len(fields)} fields where the header has "
                                             f"{len(header)} (wrong delimiter?)")
                continue
            fields.append("")
            try:
                batch.incidents.append(_incident(Row(*pick(fields)), key, line, batch))
            except RowError as error:
                report.skip(str(path), line, str(error))
            if len(batch.incidents) >= BATCH_ROWS:
                yield batch
                batch = Batch(rows=0)
    yield batch


def _incident(row: Row, key: str, line: int, batch: Batch) -> IncidentRecord:
    event_id = row.event_id.strip()
    if not event_id:
        raise RowError(f"no {key}")
    notes = row.notes
    kind = null(row.sub_event_type) or null(row.event_type)
    weapon, category = weapon_in(notes)
    if weapon is None and kind in SUB_EVENT_WEAPONS:
        weapon, category = SUB_EVENT_WEAPONS[kind]
    location = null(row.location)
    status, lead, claims = _attribution(row, notes, batch)
    return IncidentRecord(
        external_id=f"acled:{event_id}", line=line, lead_actor=lead, claims=claims,
        sources=_sources(row.source, batch),
        fields={
            "title": " in ".join(p for p in (kind or "Event", location) if p),
            "occurred_on": parse_date(row.event_date),
            "time_precision": PRECISION_TIME.get(row.time_precision.strip()),
            "event_type": kind, "weapon": weapon, "weapon_category": category,
            "target": null(row.actor2), "location": location,
            "admin1": null(row.admin1), "country": null(row.country),
            "latitude": coordinate(row.latitude, "latitude", 90),
            "longitude": coordinate(row.longitude, "longitude", 180),
            "geo_precision": PRECISION_GEO.get(row.geo_precision.strip()),
            "killed": to_int(row.fatalities, "fatalities"),
            "attribution_status": status, "summary": notes,
        })


def _attribution(row: Row, notes: str, batch: Batch) -> tuple[str, str | None, list[ClaimRecord]]:
    """Status, lead actor and claims from actor1/assoc_actor_1; actor2 joins the actors."""
    target = null(row.actor2)
    if target and not _unidentified(target):
        _add_actor(batch, target, _kind(row.inter2))
    actor1 = null(row.actor1)
    if actor1 is None or _unidentified(actor1):
        return "unattributed", None, [ClaimRecord("unattributed", asserted_by=ASSERTER)]
    stance = "claimed" if _CLAIMED.search(notes) else "suspected"
    _add_actor(batch, actor1, _kind(row.inter1))
    claims = [ClaimRecord(stance, actor1, asserted_by=ASSERTER)]
    for partner in _split(row.assoc_actor_1):
        if not _unidentified(partner):
            _add_actor(batch, partner, "unknown")
            claims.append(ClaimRecord(stance, partner, asserted_by=f"{ASSERTER} (associated)"))
    return stance, actor1, claims


def _add_actor(batch: Batch, name: str, kind: str) -> None:
    # The first mention in a batch wins: skip building records that would be dropped.
    if name.casefold() not in batch.actors:
        batch.add_actor(ActorRecord(name, kind=kind))


@lru_cache(maxsize=4096)
def _unidentified(name: str) -> bool:
    return _UNIDENTIFIED.match(name) is not None


def _kind(inter: str) -> str:
    return ACTOR_KINDS.get(inter.strip().lower(), "unknown")


@lru_cache(maxsize=4096)
def _split(names: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in names.split(";") if n.strip())


@lru_cache(maxsize=4096)
def _outlet_key(outlet: str) -> str:
    return sha256_key("outlet", outlet)


def _sources(names: str, batch: Batch) -> list[str]:
    keys = []
    for outlet in _split(names):
        key = _outlet_key(outlet)
        if key not in batch.sources:
            batch.add_source(SourceRecord(sha256=key, outlet=outlet, tlp="clear"))
        keys.append(key)
    return keys
