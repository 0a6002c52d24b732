"""ACLED CSV exports, current and pre-2019 layouts (DESIGN.md, "Interchange formats").

ACLED codes a perpetrator in ``actor1`` (with ``assoc_actor_1``) and the other side in
``actor2``; an unknown perpetrator is an ``Unidentified Armed Group (Country)``, which the
desk records as an ``unattributed`` statement rather than as an actor. ACLED's coding is a
dataset's reading of the reports, so a named perpetrator is ``suspected`` unless the notes
say a group claimed it. Only ``event_id_cnty`` (or ``data_id``) ties a row to the desk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

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
    batch = Batch()
    with path.open(encoding=layout.encoding, newline="") as handle:
        for line, fields in csv_rows(handle, layout):
            batch.rows += 1
            if len(fields) != len(header):
                report.skip(str(path), line, f"{len(fields)} fields where the header has "
                                             f"{len(header)} (wrong delimiter?)")
                continue
            try:
                batch.incidents.append(_incident(dict(zip(header, fields)), key, line, batch))
            except RowError as error:
                report.skip(str(path), line, str(error))
            if len(batch.incidents) >= BATCH_ROWS:
                yield batch
                batch = Batch(rows=0)
    yield batch


def _incident(row: dict[str, str], key: str, line: int, batch: Batch) -> IncidentRecord:
    event_id = row[key].strip()
    if not event_id:
        raise RowError(f"no {key}")
    notes = row.get("notes", "")
    kind = null(row.get("sub_event_type")) or null(row.get("event_type"))
    weapon, category = weapon_in(notes)
    if weapon is None and kind in SUB_EVENT_WEAPONS:
        weapon, category = SUB_EVENT_WEAPONS[kind]
    location = null(row.get("location"))
    status, lead, claims = _attribution(row, notes, batch)
    return IncidentRecord(
        external_id=f"acled:{event_id}", line=line, lead_actor=lead, claims=claims,
        sources=_sources(row.get("source", ""), batch),
        fields={
            "title": " in ".join(p for p in (kind or "Event", location) if p),
            "occurred_on": parse_date(row["event_date"]),
            "time_precision": PRECISION_TIME.get(row.get("time_precision", "").strip()),
            "event_type": kind, "weapon": weapon, "weapon_category": category,
            "target": null(row.get("actor2")), "location": location,
            "admin1": null(row.get("admin1")), "country": null(row.get("country")),
            "latitude": coordinate(row.get("latitude"), "latitude", 90),
            "longitude": coordinate(row.get("longitude"), "longitude", 180),
            "geo_precision": PRECISION_GEO.get(row.get("geo_precision", "").strip()),
            "killed": to_int(row.get("fatalities"), "fatalities"),
            "attribution_status": status, "summary": notes,
        })


def _attribution(row: dict[str, str], notes: str, batch: Batch
                 ) -> tuple[str, str | None, list[ClaimRecord]]:
    """Status, lead actor and claims from actor1/assoc_actor_1; actor2 joins the actors."""
    target = null(row.get("actor2"))
    if target and not _UNIDENTIFIED.match(target):
        batch.add_actor(ActorRecord(target, kind=_kind(row.get("inter2"))))
    actor1 = null(row.get("actor1"))
    if actor1 is None or _UNIDENTIFIED.match(actor1):
        return "unattributed", None, [ClaimRecord("unattributed", asserted_by=ASSERTER)]
    stance = "claimed" if _CLAIMED.search(notes) else "suspected"
    batch.add_actor(ActorRecord(actor1, kind=_kind(row.get("inter1"))))
    claims = [ClaimRecord(stance, actor1, asserted_by=ASSERTER)]
    for partner in _split(row.get("assoc_actor_1", "")):
        if not _UNIDENTIFIED.match(partner):
            batch.add_actor(ActorRecord(partner))
            claims.append(ClaimRecord(stance, partner, asserted_by=f"{ASSERTER} (associated)"))
    return stance, actor1, claims


def _kind(inter: str | None) -> str:
    return ACTOR_KINDS.get((inter or "").strip().lower(), "unknown")


def _split(names: str) -> list[str]:
    return [n.strip() for n in names.split(";") if n.strip()]


def _sources(names: str, batch: Batch) -> list[str]:
    keys = []
    for outlet in _split(names):
        key = sha256_key("outlet", outlet)
        batch.add_source(SourceRecord(sha256=key, outlet=outlet, tlp="clear"))
        keys.append(key)
    return keys
