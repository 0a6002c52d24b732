"""Typed rows the store hands out. Plain frozen dataclasses: no SQL, no widgets."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any, TypeVar

T = TypeVar("T")


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    """Build a dataclass from a row, ignoring columns the class does not name."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in row.items() if k in names})


@dataclass(frozen=True)
class Incident:
    id: int
    title: str
    occurred_on: str | None = None
    time_precision: str | None = None
    event_type: str | None = None
    weapon: str | None = None
    weapon_category: str | None = None
    munition_count: int | None = None
    target: str | None = None
    location: str | None = None
    admin1: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: str | None = None
    outcome: str | None = None
    killed: int | None = None
    injured: int | None = None
    attribution_status: str = "unattributed"
    lead_actor_id: int | None = None
    likelihood: str | None = None
    confidence: str | None = None
    triage_status: str = "new"
    tlp: str = "amber"
    summary: str = ""
    external_id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    version: int = 1
    review_status: str = "accepted"

    @property
    def place(self) -> str:
        return ", ".join(p for p in (self.location, self.admin1, self.country) if p)


@dataclass(frozen=True)
class Actor:
    id: int
    name: str
    aliases_json: str = "[]"
    kind: str = "unknown"
    parent_actor_id: int | None = None
    notes: str = ""
    external_id: str | None = None

    @property
    def aliases(self) -> list[str]:
        return list(json.loads(self.aliases_json or "[]"))

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Actor:
        return from_row(cls, {**row, "aliases_json": row.get("aliases") or "[]"})


@dataclass(frozen=True)
class Source:
    id: int
    text: str
    sha256: str
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published_on: str | None = None
    reliability: str | None = None
    credibility: str | None = None
    tlp: str = "amber"
    imported_at: str | None = None

    @property
    def grading(self) -> str:
        return f"{self.reliability or '?'}{self.credibility or '?'}"


@dataclass(frozen=True)
class Quote:
    id: int
    text: str
    source_id: int | None = None
    incident_id: int | None = None
    speaker: str = ""
    speaker_role: str = ""
    start_offset: int | None = None
    end_offset: int | None = None
    credibility: str | None = None
    kind: str = "direct"
    # From the source, joined in for display.
    outlet: str | None = None
    published_on: str | None = None


@dataclass(frozen=True)
class Claim:
    id: int
    incident_id: int
    stance: str
    actor_id: int | None = None
    asserted_by: str = ""
    quote_id: int | None = None
    source_id: int | None = None
    likelihood: str | None = None
    confidence: str | None = None
    proposed_by: str = "analyst"
    review_status: str = "accepted"
    created_at: str | None = None
    # Joined in for display.
    actor_name: str | None = None
    quote_text: str | None = None


@dataclass(frozen=True)
class AuditEntry:
    id: int
    txn: int
    ts: str
    analyst: str
    action: str
    table_name: str
    row_id: int | None
    field: str | None
    old_value: str | None
    new_value: str | None
    undoes_txn: int | None = None
