"""How close `threatdesk import` of the two seed reports comes to the hand-made demo desk.

    python scripts/eval_seed_import.py

Imports both seed articles (with the publication dates the demo desk records) into an empty
desk through the real import path, then compares with the demo desk: incidents (same date,
same place, same weapon category), direct quotes (same span of the same article), and
actor-stance claims on matching incidents. Prints precision and recall for each.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from db.articles import ArticleOptions, import_article, read_article_file
from db.demo.loader import demo_data, write_demo
from db.extract import place_key
from db.models import Incident
from db.store import Store

DEMO = Path(__file__).resolve().parents[1] / "db" / "demo"


def incident_key(incident: Incident) -> tuple[str | None, str, str | None]:
    return (incident.occurred_on, place_key(incident.location or incident.admin1 or
                                            incident.country), incident.weapon_category)


def same_incident(a: Incident, b: Incident) -> bool:
    """Same day and weapon category, and one place name contains the other."""
    (day_a, place_a, weapon_a), (day_b, place_b, weapon_b) = incident_key(a), incident_key(b)
    places = place_a and place_b and (place_a in place_b or place_b in place_a)
    return day_a == day_b and weapon_a == weapon_b and bool(places)


def imported_desk(folder: Path) -> Store:
    store = Store.open(folder / "imported.db", analyst="eval", create=True)
    for source in demo_data()["sources"]:
        article = read_article_file(DEMO / source["file"])
        import_article(store, article, source["file"],
                       ArticleOptions(published=date.fromisoformat(source["published_on"])))
    return store


def quote_spans(store: Store) -> set[tuple[str, int, int]]:
    rows = store.db.execute("SELECT s.sha256, q.start_offset, q.end_offset FROM quotes q "
                            "JOIN sources s ON s.id = q.source_id WHERE q.kind = 'direct'")
    return {tuple(row) for row in rows}


def claim_pairs(store: Store, matched: dict[int, int]) -> set[tuple[int, str, str]]:
    """(demo incident id, actor, stance) for claims on incidents matched to the demo desk."""
    pairs = set()
    for incident_id, demo_id in matched.items():
        for claim in store.claims_for(incident_id):
            pairs.add((demo_id, claim.actor_name or "", claim.stance))
    return pairs


def ratio(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a"


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        demo = Store.open(write_demo(Path(folder) / "demo.db"), analyst="eval")
        imported = imported_desk(Path(folder))
        truth, found = demo.incidents(), imported.incidents()
        matched = {f.id: t.id for f in found for t in truth if same_incident(f, t)}
        demo_ids = {t.id: t.id for t in truth}
        true_claims, found_claims = claim_pairs(demo, demo_ids), claim_pairs(imported, matched)
        rows = [
            ("incidents", len(set(matched.values())), len(truth), len(matched), len(found)),
            _overlap("direct quotes", quote_spans(demo), quote_spans(imported)),
            _overlap("actor-stance claims", true_claims, found_claims),
        ]
        print(f"{'':22}{'recall':>18}{'precision':>20}")
        for name, found_true, total_true, right, total_found in rows:
            print(f"{name:22}{ratio(found_true, total_true):>18}{ratio(right, total_found):>20}")
        missed = [t for t in truth if t.id not in matched.values()]
        for incident in missed:
            print(f"  missed incident: {incident.occurred_on} {incident.title}")
        titles = {t.id: t.title for t in truth}
        for demo_id, actor, stance in sorted(true_claims - found_claims):
            print(f"  missed claim: {stance} {actor or '(nobody named)'} on {titles[demo_id]}")
        for demo_id, actor, stance in sorted(found_claims - true_claims):
            print(f"  extra claim: {stance} {actor or '(nobody named)'} on {titles[demo_id]}")
    return 0


def _overlap(name: str, truth: set, found: set) -> tuple[str, int, int, int, int]:
    both = len(truth & found)
    return name, both, len(truth), both, len(found)


if __name__ == "__main__":
    sys.exit(main())
