"""The shape every reader hands the bulk writer: plain records keyed the way files key them.

Readers know file formats, the writer knows the desk. Records name actors by name, sources
by sha256 and quotes by a key local to their incident, so a reader never needs a row id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ActorRecord:
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "unknown"
    parent: str | None = None  # the parent actor's name
    notes: str = ""
    external_id: str | None = None


@dataclass
class SourceRecord:
    sha256: str  # the desk's identity for a source: importing it again is a no-op
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published_on: str | None = None
    text: str = ""
    reliability: str | None = None
    credibility: str | None = None
    tlp: str = "amber"


@dataclass
class QuoteRecord:
    key: str  # unique within its incident; claims point at it
    text: str
    speaker: str = ""
    speaker_role: str = ""
    source: str | None = None  # a SourceRecord sha256
    start_offset: int | None = None
    end_offset: int | None = None
    credibility: str | None = None
    kind: str = "direct"


@dataclass
class ClaimRecord:
    stance: str
    actor: str | None = None  # an actor name; None for `unattributed`
    asserted_by: str = ""
    quote: str | None = None  # a QuoteRecord key of the same incident
    source: str | None = None  # a SourceRecord sha256
    likelihood: str | None = None
    confidence: str | None = None
    proposed_by: str = "analyst"
    review_status: str = "accepted"
    created_at: str | None = None


@dataclass
class IncidentRecord:
    external_id: str  # ACLED event_id_cnty, GTD eventid, STIX id: the re-import key
    fields: dict[str, Any]  # incidents columns, by name
    line: int = 0
    lead_actor: str | None = None
    claims: list[ClaimRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # SourceRecord sha256s


@dataclass
class Batch:
    """What one transaction writes; ``rows`` is how far into the file it reaches."""

    incidents: list[IncidentRecord] = field(default_factory=list)
    actors: dict[str, ActorRecord] = field(default_factory=dict)  # by casefolded name
    sources: dict[str, SourceRecord] = field(default_factory=dict)  # by sha256
    rows: int = 0

    def add_actor(self, actor: ActorRecord) -> None:
        self.actors.setdefault(actor.name.casefold(), actor)

    def add_source(self, source: SourceRecord) -> None:
        self.sources.setdefault(source.sha256, source)
