"""The store on real desk files: writes with their audit rows, undo, conflicts, migrations."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from db.errors import (ConflictError, NewerDeskError, NotADeskError, NothingToUndoError,
                       ReadOnlyDeskError, ValidationError)
from conftest import write_future_desk, write_v1_desk
from db.schema import SCHEMA_VERSION
from db.store import Store


def audit_rows(store: Store, **where: object) -> list[dict]:
    rows = list(store.db.query("SELECT * FROM audit_log ORDER BY id"))
    return [r for r in rows if all(r[k] == v for k, v in where.items())]


def rocket_attack(store: Store):
    return next(i for i in store.incidents() if i.occurred_on == "2021-03-03")


def test_set_attribution_status_writes_row_version_and_audit(store: Store) -> None:
    incident = rocket_attack(store)
    updated = store.set_attribution_status(incident.id, incident.version, "assessed")
    assert updated.attribution_status == "assessed"
    assert updated.version == incident.version + 1
    [row] = audit_rows(store, analyst="tester")
    assert (row["table_name"], row["row_id"], row["field"]) == ("incidents", incident.id,
                                                                "attribution_status")
    assert (json.loads(row["old_value"]), json.loads(row["new_value"])) == ("suspected",
                                                                            "assessed")


def test_set_attribution_writes_each_changed_field_in_one_transaction(store: Store) -> None:
    incident = rocket_attack(store)
    kss = store.find_actor("Kataib Sayyid al-Shuhada")
    store.set_attribution(incident.id, incident.version, status="contested",
                          lead_actor_id=kss.id, likelihood="roughly-even-chance",
                          confidence="moderate")
    rows = audit_rows(store, analyst="tester")
    assert {r["field"] for r in rows} == {"attribution_status", "lead_actor_id", "likelihood",
                                          "confidence"}
    assert len({r["txn"] for r in rows}) == 1
    again = store.incident(incident.id)
    assert (again.attribution_status, again.lead_actor_id, again.likelihood,
            again.confidence) == ("contested", kss.id, "roughly-even-chance", "moderate")


def test_set_triage_and_unchanged_write_is_no_op(store: Store) -> None:
    incident = rocket_attack(store)
    assert store.set_triage(incident.id, incident.version, "closed").triage_status == "closed"
    current = store.incident(incident.id)
    assert store.set_triage(current.id, current.version, "closed").version == current.version
    assert len(audit_rows(store, analyst="tester")) == 1


@pytest.mark.parametrize("call", [
    lambda s, i: s.set_attribution_status(i.id, i.version, "probable"),
    lambda s, i: s.set_triage(i.id, i.version, "done"),
    lambda s, i: s.set_attribution(i.id, i.version, status="suspected", lead_actor_id=None,
                                   likelihood="maybe", confidence=None),
    lambda s, i: s.add_claim(i.id, stance="claimed"),
    lambda s, i: s.add_claim(i.id, stance="unattributed", actor_id=1),
])
def test_values_outside_the_vocabulary_are_refused(store: Store, call) -> None:
    incident = rocket_attack(store)
    with pytest.raises(ValidationError):
        call(store, incident)
    assert audit_rows(store, analyst="tester") == []


def test_stale_version_raises_conflict_and_keeps_the_other_write(store: Store,
                                                                  demo_path: Path) -> None:
    incident = rocket_attack(store)
    other = Store.open(demo_path, analyst="second-window")
    other.set_attribution_status(incident.id, incident.version, "claimed")
    with pytest.raises(ConflictError) as raised:
        store.set_attribution_status(incident.id, incident.version, "assessed")
    assert (raised.value.theirs, raised.value.yours) == ("claimed", "assessed")
    assert store.incident(incident.id).attribution_status == "claimed"
    other.close()


def test_add_and_remove_claim_are_audited_and_indexed(store: Store) -> None:
    incident = store.incidents()[0]
    kh = store.find_actor("kataib hezbollah")
    quote = store.quotes_for(incident.id)[0]
    claim_id = store.add_claim(incident.id, stance="suspected", actor_id=kh.id,
                               asserted_by="analyst note", quote_id=quote.id,
                               likelihood="unlikely", confidence="low")
    claim = next(c for c in store.claims_for(incident.id) if c.id == claim_id)
    assert (claim.actor_name, claim.quote_text, claim.source_id) == (kh.name, quote.text,
                                                                     quote.source_id)
    hits = store.db.execute("SELECT rowid FROM incident_search WHERE incident_search "
                            "MATCH 'hezbollah'").fetchall()
    assert (incident.id,) in hits
    store.remove_claim(claim_id)
    assert claim_id not in {c.id for c in store.claims_for(incident.id)}
    assert [r["action"] for r in audit_rows(store, analyst="tester")] == ["insert", "delete"]


def test_undo_takes_back_changes_in_reverse_order(store: Store) -> None:
    incident = rocket_attack(store)
    store.set_attribution_status(incident.id, incident.version, "assessed")
    claim_id = store.add_claim(incident.id, stance="claimed",
                               actor_id=store.find_actor("KSS").id)
    assert "removed" in store.undo().description
    assert claim_id not in {c.id for c in store.claims_for(incident.id)}
    assert "suspected" in store.undo().description
    assert store.incident(incident.id).attribution_status == "suspected"
    with pytest.raises(NothingToUndoError):
        store.undo()  # the demo desk itself was written by another analyst


def test_undo_of_a_removed_claim_restores_it(store: Store) -> None:
    incident = rocket_attack(store)
    before = store.claims_for(incident.id)
    store.remove_claim(before[0].id)
    store.undo()
    assert store.claims_for(incident.id) == before


def test_undo_refuses_when_someone_changed_the_field_since(store: Store,
                                                           demo_path: Path) -> None:
    incident = rocket_attack(store)
    store.set_attribution_status(incident.id, incident.version, "assessed")
    other = Store.open(demo_path, analyst="second-window")
    other.set_attribution_status(incident.id, incident.version + 1, "confirmed")
    with pytest.raises(ConflictError):
        store.undo()
    assert store.incident(incident.id).attribution_status == "confirmed"
    other.close()


def test_new_desk_is_private_and_fully_migrated(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "new.db", create=True)
    mode = stat.S_IMODE(os.stat(tmp_path / "new.db").st_mode)
    assert mode == 0o600
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"incidents", "sources", "quotes", "actors", "claims", "audit_log"} <= set(
        store.db.table_names())
    store.close()


def test_empty_file_is_migrated_from_scratch(tmp_path: Path) -> None:
    path = tmp_path / "touched.db"
    path.write_bytes(b"")
    store = Store.open(path)
    assert store.incident_count() == 0
    store.close()


def test_old_desk_gets_search_index_on_open(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    write_v1_desk(path, {"title": "Drone over Erbil", "created_at": "x"})
    store = Store.open(path)
    hits = store.db.execute("SELECT rowid FROM incident_search WHERE incident_search "
                            "MATCH 'erbil'").fetchall()
    assert hits == [(1,)]
    store.close()


def test_newer_desk_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    before = write_future_desk(path)
    with pytest.raises(NewerDeskError, match="newer|upgrade"):
        Store.open(path)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_non_sqlite_file_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"analyst notes, not a desk\n" * 50)
    before = path.read_bytes()
    with pytest.raises(NotADeskError):
        Store.open(path)
    assert path.read_bytes() == before


def test_read_only_desk_opens_and_refuses_writes(demo_path: Path) -> None:
    os.chmod(demo_path, 0o400)
    try:
        store = Store.open(demo_path, analyst="tester")
        assert store.read_only
        incident = store.incidents()[0]
        with pytest.raises(ReadOnlyDeskError):
            store.set_triage(incident.id, incident.version, "closed")
        assert store.incident(incident.id).triage_status == incident.triage_status
        store.close()
    finally:
        os.chmod(demo_path, 0o600)


def test_next_new_walks_newest_first_and_wraps(store: Store) -> None:
    new_ids = [i.id for i in store.incidents() if i.triage_status == "new"]
    first = store.next_new_incident(None)
    assert first == new_ids[0]
    assert store.next_new_incident(new_ids[-1]) == new_ids[0]
    if len(new_ids) > 1:
        assert store.next_new_incident(new_ids[0]) == new_ids[1]
