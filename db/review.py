"""The review queue: what an article import proposed, and the analyst's answer to each.

Proposals are ordinary rows marked ``review_status = 'proposed'`` (incidents and claims),
so every pane shows them as they are; accepting marks them ``accepted``, rejecting deletes
them, merging moves a proposed incident's quotes, claims and sources onto an incident
already on the desk. Each answer is one audited transaction, so ``u`` takes it back.
Nothing here changes an incident's attribution status: that stays the analyst's key press.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from db.models import Claim, Incident, Source, from_row
from db.search_index import reindex
from db.store import Store


@dataclass(frozen=True)
class Proposal:
    """One line of the review queue: a proposed incident or a proposed claim."""

    kind: str  # `incident` or `claim`
    row_id: int
    start: int | None  # where in the source text it rests, for highlighting
    end: int | None
    incident: Incident
    claim: Claim | None = None


def sources_to_review(store: Store) -> list[tuple[Source, int]]:
    """Articles with proposals still open, newest import first, with how many."""
    rows = store.db.query(
        "SELECT s.*, (SELECT count(*) FROM claims c WHERE c.source_id = s.id "
        "             AND c.review_status = 'proposed') + "
        "            (SELECT count(*) FROM incidents i JOIN incident_sources l "
        "             ON l.incident_id = i.id WHERE l.source_id = s.id "
        "             AND i.review_status = 'proposed') AS open "
        "FROM sources s WHERE open > 0 ORDER BY s.imported_at DESC, s.id DESC")
    return [(from_row(Source, row), row["open"]) for row in rows]


def proposals(store: Store, source_id: int) -> list[Proposal]:
    """The open proposals of one article, in the order they appear in its text."""
    found: list[Proposal] = []
    for row in store.db.query(
            "SELECT i.* FROM incidents i JOIN incident_sources l ON l.incident_id = i.id "
            "WHERE l.source_id = ? AND i.review_status = 'proposed'", (source_id,)):
        incident = from_row(Incident, row)
        span = _summary_span(store, source_id, incident)
        found.append(Proposal("incident", incident.id, *span, incident=incident))
    for row in store.db.query(
            "SELECT c.id, c.incident_id, q.start_offset, q.end_offset FROM claims c "
            "LEFT JOIN quotes q ON q.id = c.quote_id "
            "WHERE c.source_id = ? AND c.review_status = 'proposed'", (source_id,)):
        claim = next(c for c in store.claims_for(row["incident_id"]) if c.id == row["id"])
        found.append(Proposal("claim", claim.id, row["start_offset"], row["end_offset"],
                              incident=store.incident(claim.incident_id), claim=claim))
    return sorted(found, key=lambda p: (p.start is None, p.start or 0, p.kind != "incident"))


def _summary_span(store: Store, source_id: int, incident: Incident) -> tuple[int | None,
                                                                          int | None]:
    """A proposed incident's summary is its sentence of the article: find it there."""
    text = store.source(source_id).text
    start = text.find(incident.summary) if incident.summary else -1
    return (start, start + len(incident.summary)) if start >= 0 else (None, None)


def accept(store: Store, proposal: Proposal) -> None:
    table = "incidents" if proposal.kind == "incident" else "claims"
    with store.transaction() as tx:
        tx.update(table, proposal.row_id, {"review_status": "accepted"})


def reject(store: Store, proposal: Proposal) -> None:
    """Delete a proposed claim, or a proposed incident with the claims proposed on it."""
    with store.transaction() as tx:
        if proposal.kind == "claim":
            tx.delete("claims", proposal.row_id)
            reindex(store.db, [proposal.incident.id])
            return
        incident_id = proposal.row_id
        for (claim_id,) in store.db.execute(
                "SELECT id FROM claims WHERE incident_id = ?", (incident_id,)).fetchall():
            tx.delete("claims", claim_id)
        for (quote_id,) in store.db.execute(
                "SELECT id FROM quotes WHERE incident_id = ?", (incident_id,)).fetchall():
            tx.update("quotes", quote_id, {"incident_id": None})
        for (source_id,) in store.db.execute(
                "SELECT source_id FROM incident_sources WHERE incident_id = ?",
                (incident_id,)).fetchall():
            tx.unlink_source(incident_id, source_id)
        tx.delete("incidents", incident_id)
        reindex(store.db, [incident_id])


def merge_targets(store: Store, incident_id: int) -> list[Incident]:
    """Incidents already on the desk that look like this one: same place within a day,
    same weapon category."""
    from db.extract import place_key  # the extractor's patterns load on first use

    candidate = store.incident(incident_id)
    if not candidate.occurred_on or not candidate.place:
        return []
    day = date.fromisoformat(candidate.occurred_on)
    rows = store.db.query(
        "SELECT * FROM incidents WHERE id != ? AND review_status = 'accepted' "
        "AND occurred_on BETWEEN ? AND ? AND weapon_category IS ?",
        (incident_id, (day - timedelta(days=1)).isoformat(),
         (day + timedelta(days=1)).isoformat(), candidate.weapon_category))
    key = place_key(candidate.location or candidate.admin1 or candidate.country)
    return [i for i in (from_row(Incident, r) for r in rows)
            if key and key in {place_key(i.location), place_key(i.admin1),
                               place_key(i.country)}]


def merge(store: Store, incident_id: int, target_id: int) -> None:
    """Move a proposed incident's quotes, claims and sources onto ``target_id``.

    The claims stay proposed on the target: they are evidence for the analyst to weigh,
    and the target's attribution status does not change.
    """
    with store.transaction() as tx:
        for table in ("claims", "quotes"):
            for (row_id,) in store.db.execute(
                    f"SELECT id FROM {table} WHERE incident_id = ?", (incident_id,)).fetchall():
                tx.update(table, row_id, {"incident_id": target_id})
        for (source_id,) in store.db.execute(
                "SELECT source_id FROM incident_sources WHERE incident_id = ?",
                (incident_id,)).fetchall():
            tx.unlink_source(incident_id, source_id)
            tx.link_source(target_id, source_id)
        tx.delete("incidents", incident_id)
        reindex(store.db, [incident_id, target_id])
