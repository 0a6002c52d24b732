"""Keeps the full-text index in step with the desk.

``incident_search`` holds one document per incident (rowid = incident id): its own text,
its quotes with their speakers (those a claim of it rests on too, as the Quotes pane
shows them), and the names and aliases of the actors tied to it by a claim or as lead
actor. Every write that touches any of these calls ``reindex`` inside its
transaction, so the index never lags the data it describes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlite_utils


def quotes_shown_with(incident: str) -> str:
    """The condition on quotes ``q`` that picks those shown with an incident (``incident``
    is the SQL naming its id): its own, and any other that one of its claims rests on.
    The Quotes pane and the search document both use it, so a speaker's name finds every
    incident that shows their words."""
    return (f"(q.incident_id = {incident} OR q.id IN "
            f"(SELECT c.quote_id FROM claims c WHERE c.incident_id = {incident}))")


_DOCUMENT_SQL = f"""
INSERT INTO incident_search(rowid, title, summary, place, quotes, actors)
SELECT i.id, i.title, i.summary,
       coalesce(i.location, '') || ' ' || coalesce(i.admin1, '') || ' '
         || coalesce(i.country, '') || ' ' || coalesce(i.target, ''),
       (SELECT group_concat(q.speaker || ' ' || q.speaker_role || ' ' || q.text, ' ')
          FROM quotes q WHERE {quotes_shown_with("i.id")}),
       (SELECT group_concat(a.name || ' ' || a.aliases, ' ') FROM actors a
         WHERE a.id = i.lead_actor_id
            OR a.id IN (SELECT c.actor_id FROM claims c WHERE c.incident_id = i.id))
  FROM incidents i WHERE i.id IN (SELECT value FROM json_each(?))
"""


def reindex(db: sqlite_utils.Database, incident_ids: Iterable[int]) -> None:
    """Rebuild the search documents of these incidents (deleted ones just leave the index)."""
    # One statement each however many ids (passed as one JSON list): FTS5 flushes its
    # pending terms to a new segment at each statement's savepoint, so a big reindex done
    # in chunks leaves many small segments to merge and took twice as long (50k: 1.0 s).
    ids = json.dumps(sorted(set(incident_ids)))
    db.execute("DELETE FROM incident_search WHERE rowid IN (SELECT value FROM json_each(?))",
               [ids])
    db.execute(_DOCUMENT_SQL, [ids])


def incidents_of_actor(db: sqlite_utils.Database, actor_id: int) -> list[int]:
    """The incidents whose documents carry this actor's names."""
    rows = db.execute("SELECT incident_id FROM incident_actors WHERE actor_id = ?", [actor_id])
    return [row[0] for row in rows]


def rebuild_all(db: sqlite_utils.Database) -> None:
    """Index every incident: for a desk made before the index, or after a bulk load."""
    db.execute("DELETE FROM incident_search")
    ids = [row[0] for row in db.execute("SELECT id FROM incidents")]
    reindex(db, ids)
