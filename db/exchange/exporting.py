"""Choosing what leaves the desk: the caller's incidents, minus anything above --tlp-max."""

from __future__ import annotations

import io
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any, BinaryIO, TextIO

from db.exchange.report import ExportFormatError, ExportReport
from db.models import Actor, Claim, Incident, Quote, Source
from db.store import Store
from db.vocabulary import TLP_LEVELS, tlp_rank


@dataclass
class Gathered:
    """One incident with everything an export writes about it, TLP-filtered."""

    incident: Incident
    claims: list[Claim]
    quotes: list[Quote]
    sources: list[Source]


@dataclass
class Selection:
    items: list[Gathered]
    actors: dict[int, Actor] = field(default_factory=dict)  # claimed, lead, and their parents
    held_back: int = 0
    by_status: dict[str, int] = field(default_factory=dict)


def _chosen(store: Store, selection: Collection[int] | Callable[[Incident], bool] | None
            ) -> tuple[list[Incident], bool]:
    """The incidents selected, and whether they are the whole desk."""
    incidents = store.incidents()
    if selection is None:
        return incidents, True
    if callable(selection):
        chosen = [i for i in incidents if selection(i)]
    else:
        wanted = set(selection)
        chosen = [i for i in incidents if i.id in wanted]
    return chosen, len(chosen) == len(incidents)


def select(store: Store, selection: Collection[int] | Callable[[Incident], bool] | None,
           tlp_max: str) -> Selection:
    if tlp_max not in TLP_LEVELS:
        raise ExportFormatError(f"{tlp_max!r} is not a TLP level; use one of: "
                                f"{', '.join(TLP_LEVELS)}")
    limit = tlp_rank(tlp_max)
    result = Selection(items=[])
    chosen, whole_desk = _chosen(store, selection)
    for incident in chosen:
        if tlp_rank(incident.tlp) > limit:
            result.held_back += 1
            continue
        result.items.append(_gather(store, incident, limit))
        result.by_status[incident.attribution_status] = (
            result.by_status.get(incident.attribution_status, 0) + 1)
    # The whole desk takes every actor along (an unfiltered list is the whole desk, though
    # it names its incidents one by one); a part takes the actors it names.
    result.actors = ({a.id: a for a in store.actors()} if whole_desk
                     else _actors(store, result.items))
    return result


def _gather(store: Store, incident: Incident, limit: int) -> Gathered:
    """Sources above the limit stay behind, with the quotes taken from them.

    Only the incident's own quotes travel with it (``quotes_for`` also lends it those of
    other incidents its claims rest on, which would come back as copies).
    """
    sources = {s.id: s for s in store.sources_for(incident.id) if tlp_rank(s.tlp) <= limit}
    quotes = []
    for quote in store.quotes_for(incident.id):
        if quote.incident_id != incident.id:
            continue
        if quote.source_id is None or quote.source_id in sources:
            quotes.append(quote)
        elif tlp_rank(store.source(quote.source_id).tlp) <= limit:
            sources[quote.source_id] = store.source(quote.source_id)
            quotes.append(quote)
    return Gathered(incident, store.claims_for(incident.id), quotes, list(sources.values()))


def _actors(store: Store, items: list[Gathered]) -> dict[int, Actor]:
    wanted = {c.actor_id for g in items for c in g.claims if c.actor_id}
    wanted |= {g.incident.lead_actor_id for g in items if g.incident.lead_actor_id}
    actors: dict[int, Actor] = {}
    while wanted:
        actor_id = wanted.pop()
        actors[actor_id] = store.actor(actor_id)
        parent = actors[actor_id].parent_actor_id
        if parent and parent not in actors:
            wanted.add(parent)
    return actors


def run_export(store: Store, selection: Any, format: str, out: TextIO | BinaryIO, *,
               tlp_max: str, bom: bool, columns: list[str] | None) -> ExportReport:
    chosen = select(store, selection, tlp_max)
    if format == "stix":
        from db.exchange.stix_export import write_stix
        write_stix(chosen, out)
    elif format == "csv":
        from db.exchange.csv_export import write_csv
        write_csv(chosen, out, bom=bom, columns=columns)
    elif format == "json":
        from db.exchange.json_format import write_json
        write_json(store, chosen, out)
    else:
        from db.exchange.brief import write_brief
        write_brief(chosen, out, tlp_max=tlp_max)
    return ExportReport(count=len(chosen.items), held_back=chosen.held_back)


def write_text(out: TextIO | BinaryIO, text: str, *, bom: bool = False) -> None:
    """Write to a text stream as is, or to a binary one as UTF-8 (the CLI passes either)."""
    text = ("\ufeff" if bom else "") + text
    if isinstance(out, io.TextIOBase):
        out.write(text)
    else:
        out.write(text.encode("utf-8"))  # type: ignore[arg-type]
