"""threatdesk JSON: the whole desk or a part of it, lossless, for merging two desks.

Incidents travel under their external id (or, for the desk's own, a key made from their
id and creation time), actors under their name, sources under their SHA-256. Importing
into another desk matches on those: a match keeps the desk's values and reports each
field the file disagrees on; what is new is added.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from db.exchange.common import desk_key
from db.exchange.exporting import Gathered, Selection, write_text
from db.exchange.records import (ActorRecord, Batch, ClaimRecord, IncidentRecord,
                                 QuoteRecord, SourceRecord)
from db.exchange.report import ImportReport, UnknownFormatError
from db.models import Actor
from db.store import Store

FORMAT_VERSION = 1
ROW_ONLY = ("id", "version", "lead_actor_id", "external_id", "updated_at")


def _actor(actor: Actor, names: dict[int, str]) -> dict[str, Any]:
    return {"name": actor.name, "aliases": actor.aliases, "kind": actor.kind,
            "parent": names.get(actor.parent_actor_id or -1), "notes": actor.notes,
            "external_id": actor.external_id}


def _incident(item: Gathered, names: dict[int, str], store: Store) -> dict[str, Any]:
    row = next(iter(store.db.query("SELECT * FROM incidents WHERE id = ?", [item.incident.id])))
    sha = {s.id: s.sha256 for s in item.sources}
    return {
        "key": row["external_id"] or desk_key(row["id"], row["created_at"]),
        **{k: v for k, v in row.items() if k not in ROW_ONLY},
        "lead_actor": names.get(row["lead_actor_id"] or -1),
        "sources": list(sha.values()),
        "quotes": [{"key": f"q{q.id}", "text": q.text, "speaker": q.speaker,
                    "speaker_role": q.speaker_role, "source": sha.get(q.source_id or -1),
                    "start_offset": q.start_offset, "end_offset": q.end_offset,
                    "credibility": q.credibility, "kind": q.kind} for q in item.quotes],
        "claims": [{"stance": c.stance, "actor": names.get(c.actor_id or -1),
                    "asserted_by": c.asserted_by, "quote": f"q{c.quote_id}" if c.quote_id
                    else None, "source": sha.get(c.source_id or -1),
                    "likelihood": c.likelihood, "confidence": c.confidence,
                    "proposed_by": c.proposed_by, "review_status": c.review_status,
                    "created_at": c.created_at} for c in item.claims],
    }


def write_json(store: Store, selection: Selection, out: TextIO | BinaryIO) -> None:
    names = {a.id: a.name for a in selection.actors.values()}
    sources = {s.sha256: s for item in selection.items for s in item.sources}
    document = {
        "format": "threatdesk", "version": FORMAT_VERSION,
        "actors": [_actor(a, names) for a in selection.actors.values()],
        "sources": [{k: v for k, v in vars(s).items() if k != "id"} for s in sources.values()],
        "incidents": [_incident(item, names, store) for item in selection.items],
    }
    write_text(out, json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def read(path: Path, report: ImportReport) -> Iterator[Batch]:
    document = json.loads(path.read_text(encoding="utf-8-sig"))
    if not isinstance(document, dict) or document.get("format") != "threatdesk":
        raise UnknownFormatError(f"{path.name}: not a threatdesk JSON export")
    if document.get("version", 0) > FORMAT_VERSION:
        raise UnknownFormatError(f"{path.name}: written by a newer threatdesk "
                                 f"(JSON version {document['version']})")
    batch = Batch(rows=len(document.get("incidents", [])))
    try:
        for actor in document.get("actors", []):
            batch.add_actor(ActorRecord(**actor))
        for source in document.get("sources", []):
            batch.add_source(SourceRecord(**{k: v for k, v in source.items()
                                             if k != "imported_at"}))
    except (TypeError, AttributeError) as error:
        raise UnknownFormatError(f"{path.name}: malformed actors or sources ({error})") from None
    for position, incident in enumerate(document.get("incidents", []), 1):
        try:
            batch.incidents.append(_record(incident, position))
        except (TypeError, KeyError, AttributeError) as error:
            report.skip(str(path), position, f"incident {position} is malformed: {error}")
    yield batch


def _record(incident: dict[str, Any], position: int) -> IncidentRecord:
    """One incident; ``line`` is its position in the file's list."""
    children = ("key", "lead_actor", "sources", "quotes", "claims")
    return IncidentRecord(
        external_id=incident["key"], line=position, lead_actor=incident.get("lead_actor"),
        fields={k: v for k, v in incident.items() if k not in children},
        sources=list(incident.get("sources", [])),
        quotes=[QuoteRecord(**q) for q in incident.get("quotes", [])],
        claims=[ClaimRecord(**c) for c in incident.get("claims", [])])
