"""Builds the demo desk from ``desk.json`` and the seed texts beside it."""

from __future__ import annotations

import hashlib
import json
from importlib.resources import files
from pathlib import Path
from typing import Any

from db.audit import Transaction
from db.errors import DeskError
from db.search_index import rebuild_all
from db.store import Store

DEMO_ANALYST = "threatdesk-demo"


def _read(name: str) -> str:
    with files("db.demo").joinpath(name).open(encoding="utf-8", newline="") as handle:
        return handle.read()


def demo_data() -> dict[str, Any]:
    return json.loads(_read("desk.json"))


def write_demo(path: Path | str, *, force: bool = False) -> Path:
    """Write a fresh demo desk to ``path``; an existing file is replaced only with ``force``."""
    path = Path(path).expanduser()
    if path.exists():
        if not force:
            raise DeskError(f"{path} already exists: use --force to replace it")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = Store.open(path, analyst=DEMO_ANALYST, create=True)
    try:
        load_demo(store)
    finally:
        store.close()
    return path


def load_demo(store: Store) -> None:
    """Add the demo desk's rows to ``store`` in one audited transaction."""
    data = demo_data()
    with store.transaction() as tx:
        sources = {s["key"]: _insert_source(tx, s) for s in data["sources"]}
        actors: dict[str, int] = {}
        for actor in data["actors"]:
            actors[actor["key"]] = tx.insert("actors", {
                "name": actor["name"], "aliases": json.dumps(actor["aliases"], ensure_ascii=False),
                "kind": actor["kind"], "parent_actor_id": actors.get(actor["parent"] or ""),
                "notes": actor["notes"]})
        incidents = {i["key"]: _insert_incident(tx, i, actors, sources) for i in data["incidents"]}
        quotes = {q["key"]: tx.insert("quotes", {
            **_plain(q, "key", "source", "incident"), "source_id": sources[q["source"]],
            "incident_id": incidents.get(q["incident"] or "")}) for q in data["quotes"]}
        for claim in data["claims"]:
            tx.insert("claims", {
                **_plain(claim, "incident", "actor", "quote", "source"),
                "incident_id": incidents[claim["incident"]],
                "actor_id": actors.get(claim["actor"] or ""),
                "quote_id": quotes.get(claim["quote"] or ""),
                "source_id": sources[claim["source"]],
                "proposed_by": "analyst", "review_status": "accepted", "created_at": tx.ts})
        rebuild_all(store.db)


def _plain(row: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in keys}


def _insert_source(tx: Transaction, source: dict[str, Any]) -> int:
    text = _read(source["file"])
    return tx.insert("sources", {
        **_plain(source, "key", "file", "notes"), "text": text,
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "imported_at": tx.ts})


def _insert_incident(tx: Transaction, incident: dict[str, Any], actors: dict[str, int],
                     sources: dict[str, int]) -> int:
    row = {**_plain(incident, "key", "lead_actor", "sources"),
           "lead_actor_id": actors.get(incident["lead_actor"] or ""),
           "created_at": tx.ts, "updated_at": tx.ts, "version": 1}
    incident_id = tx.insert("incidents", row)
    for key in incident["sources"]:
        tx.link_source(incident_id, sources[key])
    return incident_id
