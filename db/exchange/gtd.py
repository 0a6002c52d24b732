"""Global Terrorism Database files: XLSX, or CSV with `sep=;`, CRLF and `N/A` for empty.

Attribution follows DESIGN.md: ``gname`` ``Unknown`` unclaimed is unattributed,
``guncertain1`` 1 is suspected, ``claimed`` 1 is a claim, ``compclaim`` 1 is contested. A
named group that is neither uncertain nor claiming is GTD's firm coding: ``assessed``.
Up to three perpetrator groups (``gname``, ``gname2``, ``gname3``) each make a claim;
a ``gsubname`` is an actor whose parent is its ``gname``. ``eventid`` is the re-import key.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from db.exchange.common import (BATCH_ROWS, RowError, coordinate, csv_rows, null,
                                sha256_key, text_layout, to_int, weapon_in)
from db.exchange.records import (ActorRecord, Batch, ClaimRecord, IncidentRecord,
                                 SourceRecord)
from db.exchange.report import ImportReport

SIGNATURE = frozenset({"eventid", "iyear", "imonth", "iday", "gname", "guncertain1",
                       "claimed", "compclaim", "attacktype1_txt", "weaptype1_txt", "nkill"})
REQUIRED = ("eventid", "iyear", "imonth", "iday", "gname")
ASSERTER = "GTD"
GEO = {"1": "exact", "2": "near", "3": "region", "4": "region", "5": "region"}
EVENT_TYPES = {"Bombing/Explosion": "Remote explosive/landmine/IED", "Armed Assault": "Attack",
               "Assassination": "Attack", "Facility/Infrastructure Attack": "Attack"}
WEAPON_TYPES = {"Firearms": "small-arms", "Explosives": "ied", "Incendiary": "other",
                "Melee": "other", "Chemical": "other", "Vehicle (not to include "
                "vehicle-borne explosives, i.e., car or truck bombs)": "other"}
# The claimed/uncertain columns of each of the three perpetrator slots.
SLOTS = (("gname", "gsubname", "guncertain1", "claimed", "claimmode_txt"),
         ("gname2", "gsubname2", "guncertain2", "claim2", "claimmode2_txt"),
         ("gname3", "gsubname3", "guncertain3", "claim3", "claimmode3_txt"))
_RANK = ("unattributed", "assessed", "suspected", "claimed", "contested")


def looks_like(header: Iterable[str]) -> bool:
    return len({str(h).strip().lower() for h in header} & SIGNATURE) >= 4


def read(path: Path, report: ImportReport) -> Iterator[Batch]:
    rows = _xlsx_rows(path) if path.suffix.lower() in (".xlsx", ".xlsm") else _csv_rows(path)
    header = [h.lower() for h in next(rows)[1]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        report.skip(str(path), 1, f"missing required column {', '.join(missing)}: "
                                  "nothing imported")
        return
    batch = Batch()
    for line, fields in rows:
        batch.rows += 1
        if len(fields) != len(header):
            report.skip(str(path), line, f"{len(fields)} fields where the header has "
                                         f"{len(header)} (wrong delimiter?)")
            continue
        try:
            batch.incidents.append(_incident(dict(zip(header, fields)), line, batch))
        except RowError as error:
            report.skip(str(path), line, str(error))
        if len(batch.incidents) >= BATCH_ROWS:
            yield batch
            batch = Batch()
    yield batch


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    layout = text_layout(path)
    yield layout.header_line, layout.header
    with path.open(encoding=layout.encoding, newline="") as handle:
        yield from csv_rows(handle, layout)


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook  # only XLSX imports pay for loading it

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        for line, values in enumerate(book.worksheets[0].iter_rows(values_only=True), 1):
            if any(v is not None for v in values):
                yield line, [_cell(v) for v in values]
    finally:
        book.close()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel keeps every number as a float: 1.0 is a flag of 1
    return str(value)


def _incident(row: dict[str, str], line: int, batch: Batch) -> IncidentRecord:
    event_id = null(row["eventid"])
    if event_id is None:
        raise RowError("no eventid")
    occurred_on, precision = _date(row)
    summary = null(row.get("summary")) or ""
    weapon, category = _weapon(row, summary)
    attack = null(row.get("attacktype1_txt"))
    status, lead, claims = _attribution(row, batch)
    city = null(row.get("city"))
    return IncidentRecord(
        external_id=f"gtd:{event_id}", line=line, lead_actor=lead, claims=claims,
        sources=_sources(row, batch),
        fields={
            "title": " in ".join(p for p in (attack or "Attack", city) if p),
            "occurred_on": occurred_on, "time_precision": precision,
            "event_type": "Suicide bomb" if row.get("suicide") == "1"
            else EVENT_TYPES.get(attack or "", attack),
            "weapon": weapon, "weapon_category": category,
            "target": null(row.get("target1")) or null(row.get("targtype1_txt")),
            "location": city, "admin1": null(row.get("provstate")),
            "country": null(row.get("country_txt")),
            "latitude": coordinate(row.get("latitude"), "latitude", 90),
            "longitude": coordinate(row.get("longitude"), "longitude", 180),
            "geo_precision": GEO.get(row.get("specificity", "").strip()),
            "killed": to_int(row.get("nkill"), "nkill"),
            "injured": to_int(row.get("nwound"), "nwound"),
            "attribution_status": status, "summary": summary,
        })


def _date(row: dict[str, str]) -> tuple[str, str]:
    """GTD writes 0 for an unknown month or day: the date keeps the 1st, precision says so."""
    year, month, day = (to_int(row[c], c) for c in ("iyear", "imonth", "iday"))
    try:
        when = date(year or 0, month or 1, day or 1)
    except ValueError:
        raise RowError(f"{row['iyear']}-{row['imonth']}-{row['iday']} is not a date") from None
    return when.isoformat(), "day" if month and day else "month"


def _weapon(row: dict[str, str], summary: str) -> tuple[str | None, str | None]:
    detail = null(row.get("weapdetail")) or ""
    # The detail names the weapon; the subtype ("rockets, mortars, RPGs") only narrows it.
    word, category = weapon_in(f"{detail} {summary} {null(row.get('weapsubtype1_txt')) or ''}")
    weapon = detail or null(row.get("weapsubtype1_txt")) or null(row.get("weaptype1_txt"))
    if category is None and weapon:
        category = WEAPON_TYPES.get(row.get("weaptype1_txt", ""), "other")
    return weapon or word, category


def _attribution(row: dict[str, str], batch: Batch
                 ) -> tuple[str, str | None, list[ClaimRecord]]:
    claims, status, lead = [], "unattributed", None
    for group_col, sub_col, uncertain_col, claimed_col, mode_col in SLOTS:
        group = null(row.get(group_col))
        if group is None or group.lower() == "unknown":
            continue
        if row.get(uncertain_col, "").strip() == "1":
            stance = "suspected"
        else:
            stance = "claimed" if row.get(claimed_col, "").strip() == "1" else "assessed"
        mode = null(row.get(mode_col))
        asserted = f"{ASSERTER} ({mode})" if stance == "claimed" and mode else ASSERTER
        batch.add_actor(ActorRecord(group, kind="armed-group"))
        claims.append(ClaimRecord(stance, group, asserted_by=asserted))
        sub = null(row.get(sub_col))
        if sub:
            batch.add_actor(ActorRecord(sub, kind="armed-group", parent=group))
            claims.append(ClaimRecord(stance, sub, asserted_by=asserted))
        lead = lead or group
        status = max(status, stance, key=_RANK.index)
    if row.get("compclaim", "").strip() == "1" and claims:
        status = "contested"
    if not claims:
        claims.append(ClaimRecord("unattributed", asserted_by=ASSERTER))
    return status, lead, claims


def _sources(row: dict[str, str], batch: Batch) -> list[str]:
    keys = []
    for column in ("scite1", "scite2", "scite3"):
        citation = null(row.get(column))
        if citation:
            key = sha256_key("citation", citation)
            batch.add_source(SourceRecord(sha256=key, title=citation,
                                          outlet=null(row.get("dbsource")), tlp="clear"))
            keys.append(key)
    return keys
