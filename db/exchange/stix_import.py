"""STIX 2.1 bundles in: incidents, actors, attribution chains, notes, opinions, reports.

Real bundles are read as plain JSON, not through stix2's strict parser: objects without
``spec_version``, custom ``x-`` types and properties are tolerated, and a relationship to
an object missing from the bundle becomes a warning. ``attributed-to`` chains are followed
through campaigns (incident -> campaign -> intrusion-set) to the actors at their end. An
``identity`` is an actor only where something is attributed to it. Bundles written by
threatdesk carry the desk's fields in a property extension and come back unchanged.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

from stix2.confidence.scales import value_to_dni

from db.exchange.common import sha256_key
from db.exchange.records import (ActorRecord, Batch, ClaimRecord, IncidentRecord,
                                 QuoteRecord, SourceRecord)
from db.exchange.report import ImportReport, UnknownFormatError
from db.exchange.stix_export import DNI_LABELS, EXTENSION_ID, INCIDENT_FIELDS
from db.exchange.tlp import KNOWN_IDS, level_of
from db.vocabulary import ACTOR_KINDS, CREDIBILITIES, RELIABILITIES, tlp_rank

ACTOR_TYPES = ("threat-actor", "intrusion-set")
ATTRIBUTING = ("attributed-to", "related-to")
USED = frozenset({"incident", "threat-actor", "intrusion-set", "campaign", "identity",
                  "location", "report", "note", "opinion", "relationship",
                  "marking-definition", "extension-definition"})
LIKELIHOOD_OF_DNI = {label: term for term, label in DNI_LABELS.items()}
ACTOR_KIND_OF = {"nation-state": "state", "terrorist": "armed-group",
                 "activist": "armed-group", "crime-syndicate": "armed-group"}


def _objects(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as error:
        raise UnknownFormatError(f"{path.name}: not a STIX bundle ({error})") from None
    objects = data.get("objects", [data]) if isinstance(data, dict) else data
    return [o for o in objects if isinstance(o, dict) and isinstance(o.get("id"), str)]


def _ext(obj: dict[str, Any]) -> dict[str, Any]:
    return (obj.get("extensions") or {}).get(EXTENSION_ID) or {}


def _date(text: Any) -> str | None:
    return text[:10] if isinstance(text, str) and len(text) >= 10 else None


class _Bundle:
    def __init__(self, objects: list[dict[str, Any]], path: Path, report: ImportReport):
        self.path, self.report = path, report
        self.by_id = {o["id"]: o for o in objects}
        self.levels = dict(KNOWN_IDS)
        self.levels |= {o["id"]: level for o in objects if o.get("type") == "marking-definition"
                        and (level := level_of(o))}
        self.out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.about: dict[str, list[dict[str, Any]]] = defaultdict(list)  # notes, reports
        for position, obj in enumerate(objects, 1):
            self._index(obj, position)
        ignored = Counter(o["type"] for o in objects if o.get("type") not in USED)
        if ignored:
            self.report.warnings.append("ignored " + ", ".join(
                f"{n} {kind}" for kind, n in sorted(ignored.items())))

    def _index(self, obj: dict[str, Any], position: int) -> None:
        if obj.get("type") == "relationship":
            for end in ("source_ref", "target_ref"):
                if obj.get(end) not in self.by_id:
                    self.report.warnings.append(
                        f"object {position}: relationship {obj['id']} points at "
                        f"{obj.get(end)}, which is not in the bundle")
            self.out[obj.get("source_ref", "")].append(obj)
        for ref in obj.get("object_refs") or ():
            self.about[ref].append(obj)

    def name(self, ref: str | None) -> str | None:
        obj = self.by_id.get(ref or "")
        return obj.get("name") if obj else None

    def tlp(self, obj: dict[str, Any]) -> str | None:
        known = [self.levels[r] for r in obj.get("object_marking_refs") or ()
                 if r in self.levels]
        return max(known, key=tlp_rank) if known else None

    def actors(self, batch: Batch) -> None:
        targets = {r.get("target_ref") for rels in self.out.values() for r in rels
                   if r.get("relationship_type") in ATTRIBUTING}
        for obj in self.by_id.values():
            if obj.get("type") in ACTOR_TYPES or (obj.get("type") == "identity"
                                                 and obj["id"] in targets):
                batch.add_actor(self._actor(obj))

    def _actor(self, obj: dict[str, Any]) -> ActorRecord:
        kind = _ext(obj).get("kind") or next(
            (ACTOR_KIND_OF[t] for t in obj.get("threat_actor_types") or ()
             if t in ACTOR_KIND_OF), "unknown")
        parent = next((self.name(r.get("target_ref")) for r in self.out[obj["id"]]
                       if r.get("relationship_type") == "attributed-to"
                       and self._is_actor(r.get("target_ref"))), None)
        aliases = [a for a in obj.get("aliases") or () if isinstance(a, str)]
        return ActorRecord(name=str(obj.get("name") or obj["id"]), aliases=aliases,
                           kind=kind if kind in ACTOR_KINDS else "unknown", parent=parent,
                           notes=str(obj.get("description") or ""), external_id=obj["id"])

    def _is_actor(self, ref: str | None) -> bool:
        return (self.by_id.get(ref or "") or {}).get("type") in (*ACTOR_TYPES, "identity")

    def incident(self, obj: dict[str, Any], position: int, batch: Batch) -> IncidentRecord:
        ext = _ext(obj)
        fields = {k: ext.get(k) for k in INCIDENT_FIELDS if k not in ("external_id",)}
        fields["title"] = fields["title"] or str(obj.get("name") or "")
        fields["summary"] = fields["summary"] or str(obj.get("description") or "")
        fields["occurred_on"] = fields["occurred_on"] or _date(obj.get("first_seen")) \
            or _date(obj.get("created"))
        fields["tlp"] = fields["tlp"] or self.tlp(obj)
        self._place(obj["id"], fields)
        claims = self._claims(obj["id"], set()) + [
            _claim(None, "unattributed", s) for s in ext.get("unattributed_statements") or ()]
        if not fields["attribution_status"]:
            fields["attribution_status"] = "suspected" if any(c.actor for c in claims) \
                else "unattributed"
        record = IncidentRecord(
            external_id=str(ext.get("external_id") or obj["id"]), fields=fields,
            line=position, lead_actor=self.name(ext.get("lead_actor_ref")), claims=claims,
            sources=self._sources(obj, fields["tlp"], batch))
        record.quotes = self._quotes(obj["id"], fields["tlp"], record, batch)
        return record

    def _place(self, incident: str, fields: dict[str, Any]) -> None:
        for rel in self.out[incident]:
            place = self.by_id.get(rel.get("target_ref", ""))
            if rel.get("relationship_type") == "located-at" and place:
                fields["location"] = fields["location"] or place.get("name") \
                    or place.get("city")
                fields["admin1"] = fields["admin1"] or place.get("administrative_area")
                fields["country"] = fields["country"] or place.get("country")
                fields["latitude"] = fields["latitude"] or place.get("latitude")
                fields["longitude"] = fields["longitude"] or place.get("longitude")

    def _claims(self, ref: str, seen: set[str], via: str = "") -> list[ClaimRecord]:
        """Claims from attributed-to edges, followed through campaigns to actors."""
        claims = []
        seen.add(ref)
        for rel in self.out[ref]:
            target = rel.get("target_ref", "")
            ext = _ext(rel)
            if rel.get("relationship_type") not in ATTRIBUTING or target in seen:
                continue
            if rel["relationship_type"] == "related-to" and not ext.get("stance"):
                continue  # plain related-to says nothing about who did it
            if self._is_actor(target):
                default = via or self.name(rel.get("created_by_ref")) or "STIX bundle"
                claims.append(_claim(self.name(target), "suspected",
                                     {"asserted_by": default, **ext}, rel.get("confidence")))
            elif (self.by_id.get(target) or {}).get("type") == "campaign":
                claims += self._claims(target, seen, f"via campaign {self.name(target)}")
        return claims

    def _quotes(self, incident: str, tlp: str | None, record: IncidentRecord,
                batch: Batch) -> list[QuoteRecord]:
        quotes = []
        for obj in self.about[incident]:
            if obj.get("type") not in ("note", "opinion"):
                continue
            ext = _ext(obj)
            text = obj.get("content") or obj.get("explanation") or obj.get("opinion")
            if not isinstance(text, str) or not text:
                continue
            source = ext.get("source_sha256") or next(iter(self._sources(obj, tlp, batch)),
                                                      None)
            authors = obj.get("authors") or [self.name(obj.get("created_by_ref")) or ""]
            quotes.append(QuoteRecord(
                key=obj["id"], text=text, speaker=str(ext.get("speaker") or authors[0] or ""),
                speaker_role=str(ext.get("speaker_role") or ""), source=source,
                start_offset=ext.get("start_offset"), end_offset=ext.get("end_offset"),
                credibility=ext.get("credibility"), kind=ext.get("kind") or "reported"))
        return quotes

    def _sources(self, obj: dict[str, Any], tlp: str | None, batch: Batch) -> list[str]:
        """External references with a URL or hash (with what threatdesk's extension says of
        them), and reports about the object."""
        keys = []
        desk = {d.get("sha256"): d for d in _ext(obj).get("sources") or ()
                if isinstance(d, dict)}
        for ref in obj.get("external_references") or ():
            if not isinstance(ref, dict) or not (ref.get("url") or ref.get("hashes")):
                continue
            key = (ref.get("hashes") or {}).get("SHA-256") or sha256_key(
                "reference", str(ref.get("url")), str(ref.get("description")))
            batch.add_source(_source(key, ref, desk.get(key), tlp))
            keys.append(key)
        for report in self.about[obj["id"]]:
            if report.get("type") == "report":
                keys.append(self._report(report, tlp, batch))
        return keys

    def _report(self, report: dict[str, Any], tlp: str | None, batch: Batch) -> str:
        key = sha256_key("stix-report", report["id"])
        url = next((r.get("url") for r in report.get("external_references") or ()
                    if isinstance(r, dict) and r.get("url")), None)
        batch.add_source(SourceRecord(
            sha256=key, outlet=self.name(report.get("created_by_ref")), url=url,
            title=report.get("name"), published_on=_date(report.get("published")),
            text=str(report.get("description") or ""), tlp=self.tlp(report) or tlp or "amber"))
        return key


def _source(key: str, ref: dict[str, Any], desk: dict[str, Any] | None,
            tlp: str | None) -> SourceRecord:
    """A source from an external reference; threatdesk's own fields, where the bundle has
    them, say which of outlet and title it has, and add its date and grading."""
    if desk is None:
        return SourceRecord(sha256=key, outlet=ref.get("source_name"), url=ref.get("url"),
                            title=ref.get("description"), tlp=tlp or "amber")
    return SourceRecord(
        sha256=key, outlet=_text(desk.get("outlet")), url=ref.get("url"),
        title=_text(desk.get("title")), published_on=_date(desk.get("published_on")),
        reliability=_text(desk.get("reliability"), RELIABILITIES),
        credibility=_text(desk.get("credibility"), CREDIBILITIES), tlp=tlp or "amber")


def _text(value: Any, allowed: Collection[str] | None = None) -> str | None:
    """A string from a bundle, if it is one (and one of ``allowed``, if given)."""
    if not isinstance(value, str) or (allowed is not None and value not in allowed):
        return None
    return value


def _claim(actor: str | None, stance: str, ext: dict[str, Any],
           confidence: Any = None) -> ClaimRecord:
    likelihood = ext.get("likelihood")
    if likelihood is None and isinstance(confidence, int) and 0 <= confidence <= 100:
        likelihood = LIKELIHOOD_OF_DNI[value_to_dni(confidence)]
    return ClaimRecord(
        stance=ext.get("stance") or stance, actor=actor,
        asserted_by=str(ext.get("asserted_by") or ""), quote=ext.get("quote_ref"),
        likelihood=likelihood, confidence=ext.get("confidence"),
        proposed_by=ext.get("proposed_by") or "analyst",
        review_status=ext.get("review_status") or "accepted", created_at=ext.get("created_at"))


def read(path: Path, report: ImportReport) -> Iterator[Batch]:
    objects = _objects(path)
    bundle = _Bundle(objects, path, report)
    batch = Batch(rows=len(objects))
    bundle.actors(batch)
    for position, obj in enumerate(objects, 1):
        if obj.get("type") == "incident":
            batch.incidents.append(bundle.incident(obj, position, batch))
    yield batch


