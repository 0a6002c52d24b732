"""STIX 2.1 export, built with the stix2 library, that the official stix2-validator accepts.

Incidents become ``incident`` objects, actors ``threat-actor`` (``intrusion-set`` for the
parent organisation of a front group), claims ``attributed-to`` relationships (a denial
is ``related-to``: it attributes nothing) with ``confidence`` from the ICD 203 likelihood
via stix2's DNI scale, quotes ``note`` objects whose ``object_refs`` name their incident,
sources ``external_references`` with their URL and SHA-256, TLP the published TLP 2.0
marking definitions. The desk's own fields ride in one property extension (an incident's
carries its sources' outlet, title, publication date and admiralty grading, keyed by
SHA-256), so a bundle imported into an empty desk gives back the same incidents, actors,
claims, quotes and sources.

``attributed-to`` from an ``incident`` draws the validator's best-practice warning 202
(STIX suggests it only from campaign, intrusion-set and threat-actor); it fails only
under ``--strict``.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any, BinaryIO, TextIO

import stix2
from stix2.exceptions import STIXError
from stix2.confidence.scales import dni_to_value

from db.exchange.common import desk_key, stix_id
from db.exchange.exporting import Gathered, Selection, write_text
from db.exchange.report import ExportFormatError
from db.exchange.tlp import marking
from db.models import Actor, Claim, Incident, Quote, Source
from db.vocabulary import LIKELIHOODS

FIXED = datetime(2025, 1, 1, tzinfo=timezone.utc)
# ICD 203 terms in order, against the DNI scale labels of stix2.confidence.scales.
DNI_LABELS = dict(zip(LIKELIHOODS, (
    "Almost No Chance / Remote", "Very Unlikely / Highly Improbable", "Unlikely / Improbable",
    "Roughly Even Chance / Roughly Even Odds", "Likely / Probable",
    "Very Likely / Highly Probable", "Almost Certain / Nearly Certain")))
INCIDENT_FIELDS = ("title", "occurred_on", "time_precision", "event_type", "weapon",
                   "weapon_category", "munition_count", "target", "location", "admin1",
                   "country", "latitude", "longitude", "geo_precision", "outcome", "killed",
                   "injured", "attribution_status", "likelihood", "confidence",
                   "triage_status", "tlp", "summary", "external_id", "created_at")


EXTENSION_ID = stix_id("extension-definition", "desk-fields")
IDENTITY_ID = stix_id("identity", "threatdesk")


def confidence_of(likelihood: str | None) -> int | None:
    return dni_to_value(DNI_LABELS[likelihood]) if likelihood else None


def _when(text: str | None) -> datetime:
    if not text:
        return FIXED
    when = datetime.fromisoformat(text)
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _extension(values: dict[str, Any]) -> dict[str, Any]:
    fields = {k: v for k, v in values.items() if v is not None and v != ""}
    return {EXTENSION_ID: {"extension_type": "property-extension", **fields}}


def _tool_objects() -> list[Any]:
    identity = stix2.Identity(id=IDENTITY_ID, name="threatdesk", identity_class="system",
                              created=FIXED, modified=FIXED)
    definition = stix2.ExtensionDefinition(
        id=EXTENSION_ID, created_by_ref=IDENTITY_ID, created=FIXED, modified=FIXED,
        name="threatdesk desk fields", version="1.0",
        description="The desk's own fields: attribution status, ICD 203 likelihood, "
                    "claim stances, quote speakers and offsets, source dates and "
                    "gradings, triage and TLP.",
        extension_types=["property-extension"],
        schema="threatdesk's incident, actor, claim and quote fields, named as in its "
               "desk (see db/exchange/stix_export.py)")
    return [identity, definition]


def _kept_id(external_id: str | None, kind: str) -> str | None:
    """The STIX id an object arrived under, if STIX accepts it back. Bundles in the wild
    carry ids whose UUID is not RFC 4122 (the import takes them); the export then names the
    object by a stable id derived from it, and the desk's extension still carries the one
    it came with, so importing the export back finds the same incident."""
    if not external_id:
        return None
    try:
        return stix2.properties.IDProperty(kind, spec_version="2.1").clean(external_id, False)[0]
    except ValueError:
        return None


def incident_id(incident: Incident) -> str:
    if kept := _kept_id(incident.external_id, "incident"):
        return kept
    if incident.external_id:
        return stix_id("incident", incident.external_id)
    return desk_key(incident.id, incident.created_at)


def _reference(source: Source) -> dict[str, Any]:
    reference: dict[str, Any] = {"source_name": source.outlet or source.title or "source",
                                 "hashes": {"SHA-256": source.sha256}}
    if source.url:
        reference["url"] = source.url
    # STIX wants a description, URL or external id: an outlet known by name alone has only it.
    reference["description"] = source.title or source.outlet or "source"
    return reference


class _Builder:
    def __init__(self, selection: Selection):
        self.selection = selection
        parents = {a.parent_actor_id for a in selection.actors.values()
                   if a.kind == "front-group" and a.parent_actor_id}
        self.actor_ids = {a.id: self._actor_id(a, a.id in parents)
                          for a in selection.actors.values()}
        self.parents = parents
        self.objects: list[Any] = _tool_objects()
        self.levels: set[str] = set()

    @staticmethod
    def _actor_id(actor: Actor, organisation: bool) -> str:
        kind = "intrusion-set" if organisation else "threat-actor"
        return _kept_id(actor.external_id, kind) or stix_id(kind, f"actor:{actor.name.casefold()}")

    def build(self) -> stix2.Bundle:
        for actor in self.selection.actors.values():
            self._actor(actor)
        for item in self.selection.items:
            self._incident(item)
        self.objects += [marking(level) for level in sorted(self.levels)]
        return stix2.Bundle(objects=self.objects, allow_custom=True)

    def _actor(self, actor: Actor) -> None:
        cls = stix2.IntrusionSet if actor.id in self.parents else stix2.ThreatActor
        options: dict[str, Any] = {"aliases": actor.aliases} if actor.aliases else {}
        if actor.notes:
            options["description"] = actor.notes
        self.objects.append(cls(id=self.actor_ids[actor.id], name=actor.name,
                                created=FIXED, modified=FIXED, allow_custom=True,
                                extensions=_extension({"kind": actor.kind}), **options))
        if actor.parent_actor_id in self.actor_ids:
            parent = self.actor_ids[actor.parent_actor_id]
            self.objects.append(stix2.Relationship(
                id=stix_id("relationship", f"parent:{self.actor_ids[actor.id]}:{parent}"),
                relationship_type="attributed-to", source_ref=self.actor_ids[actor.id],
                target_ref=parent, created=FIXED, modified=FIXED))

    def _incident(self, item: Gathered) -> None:
        incident = item.incident
        own_id = incident_id(incident)
        self.levels.add(incident.tlp)
        created = _when(incident.created_at)
        common = {"created": created, "modified": max(created, _when(incident.updated_at)),
                  "object_marking_refs": [marking(incident.tlp).id], "allow_custom": True}
        sources = {s.id: s for s in item.sources}
        note_ids = {q.id: self._note(q, own_id, sources, common) for q in item.quotes}
        fields = {name: getattr(incident, name) for name in INCIDENT_FIELDS}
        fields["lead_actor_ref"] = self.actor_ids.get(incident.lead_actor_id or -1)
        fields["unattributed_statements"] = [
            _claim_fields(c, note_ids) for c in item.claims if c.actor_id is None] or None
        fields["sources"] = [_source_fields(s) for s in sources.values()] or None
        options = {"description": incident.summary} if incident.summary else {}
        if sources:
            options["external_references"] = [_reference(s) for s in sources.values()]
        self.objects.append(stix2.Incident(id=own_id, name=incident.title or "(untitled)",
                                           extensions=_extension(fields), **options, **common))
        for claim in item.claims:
            if claim.actor_id is not None:
                self._claim(claim, own_id, note_ids, common)

    def _note(self, quote: Quote, incident: str, sources: dict[int, Source],
              common: dict[str, Any]) -> str:
        note_id = stix_id("note", f"{incident}:{quote.speaker}:{quote.text}")
        source = sources.get(quote.source_id or -1)
        options: dict[str, Any] = {"authors": [quote.speaker]} if quote.speaker else {}
        if source:
            options["external_references"] = [_reference(source)]
        self.objects.append(stix2.Note(
            id=note_id, content=quote.text, object_refs=[incident], **options, **common,
            extensions=_extension({
                "speaker": quote.speaker, "speaker_role": quote.speaker_role,
                "start_offset": quote.start_offset, "end_offset": quote.end_offset,
                "credibility": quote.credibility, "kind": quote.kind,
                "source_sha256": source.sha256 if source else None})))
        return note_id

    def _claim(self, claim: Claim, incident: str, note_ids: dict[int, str],
               common: dict[str, Any]) -> None:
        target = self.actor_ids[claim.actor_id]  # type: ignore[index]
        kind = "related-to" if claim.stance == "denied" else "attributed-to"
        options = {}
        if claim.likelihood:
            options["confidence"] = confidence_of(claim.likelihood)
        self.objects.append(stix2.Relationship(
            id=stix_id("relationship", f"claim:{incident}:{target}:{claim.stance}:"
                                       f"{claim.asserted_by}"),
            relationship_type=kind, source_ref=incident, target_ref=target,
            extensions=_extension(_claim_fields(claim, note_ids)), **options, **common))


def _source_fields(source: Source) -> dict[str, Any]:
    """What an external reference cannot hold: when a source was published, its grading,
    and which of outlet and title it has (a reference fills both from either)."""
    fields = {"sha256": source.sha256, "outlet": source.outlet, "title": source.title,
              "published_on": source.published_on, "reliability": source.reliability,
              "credibility": source.credibility}
    return {k: v for k, v in fields.items() if v is not None}


def _claim_fields(claim: Claim, note_ids: dict[int, str]) -> dict[str, Any]:
    fields = {"stance": claim.stance, "asserted_by": claim.asserted_by,
              "likelihood": claim.likelihood, "confidence": claim.confidence,
              "proposed_by": claim.proposed_by, "review_status": claim.review_status,
              "created_at": claim.created_at, "quote_ref": note_ids.get(claim.quote_id or -1)}
    return {k: v for k, v in fields.items() if v is not None}


def write_stix(selection: Selection, out: TextIO | BinaryIO) -> None:
    try:
        bundle = _Builder(selection).build()
    except (STIXError, ValueError) as error:
        # A value STIX will not carry (an id from a lax bundle, a timestamp edited outside
        # threatdesk in sqlite3 or Datasette): a message, not a traceback.
        raise ExportFormatError(f"STIX cannot carry this desk's data: {error}") from error
    write_text(out, json.dumps(json.loads(bundle.serialize()), indent=2, ensure_ascii=False)
               + "\n")
