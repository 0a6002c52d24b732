"""The keyset incident window checked against a plain ORDER BY ... LIMIT on small desks."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from db import incident_sets
from db.listing import (PAGE, SORT_KEYS, IncidentFilter, IncidentQuery, IncidentWindow)
from db.search_index import rebuild_all
from db.store import Store
from db.vocabulary import ATTRIBUTION_STATUSES, TLP_LEVELS, TRIAGE_STATUSES

N = 700
# Few distinct values, NULLs among them: long runs of ties on every sort key.
DATES = (None, "2020-01-01", "2020-01-02", "2021-06-30", "2024-12-31")
PLACES = (None, "Erbil", "Harir", "Ain al-Asad")
WEAPONS = (None, "107mm rocket", "one-way attack drone")
COUNTRIES = (("Iraq", "Erbil"), ("Iraq", "Anbar"), ("Syria", "Hasakah"))
CATEGORIES = ("rocket", "drone", "mortar")


def _incident(rng: random.Random, incident_id: int) -> dict[str, Any]:
    country, admin1 = rng.choice(COUNTRIES)
    return {"id": incident_id, "title": f"incident {incident_id}",
            "occurred_on": rng.choice(DATES), "location": rng.choice(PLACES),
            "weapon": rng.choice(WEAPONS), "weapon_category": rng.choice(CATEGORIES),
            "country": country, "admin1": admin1, "tlp": rng.choice(TLP_LEVELS),
            "attribution_status": rng.choice(ATTRIBUTION_STATUSES),
            "triage_status": rng.choice(TRIAGE_STATUSES),
            "lead_actor_id": rng.choice((None, None, 1, 2))}


def fill(store: Store, n: int = N, seed: int = 3) -> None:
    rng = random.Random(seed)
    store.add_actor("Kata'ib Hezbollah", aliases=["KH"], kind="armed-group")
    store.add_actor("Islamic Resistance in Iraq", kind="umbrella")
    db = store.db
    db["incidents"].insert_all(_incident(rng, i) for i in range(1, n + 1))
    claims = [{"incident_id": rng.randint(1, n), "actor_id": rng.choice((1, 2)),
               "stance": rng.choice(("claimed", "denied", "suspected")),
               "proposed_by": "analyst", "review_status": "accepted"} for _ in range(n // 3)]
    db["claims"].insert_all(claims)
    rebuild_all(db)


def delete_incident(store: Store, incident_id: int) -> None:
    with store.transaction() as tx:
        for (claim_id,) in store.db.execute("SELECT id FROM claims WHERE incident_id = ?",
                                            [incident_id]).fetchall():
            tx.delete("claims", claim_id)
        tx.delete("incidents", incident_id)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "list.db", create=True, analyst="tester")
    fill(store)
    yield store
    store.close()


def expected(store: Store, query: IncidentQuery, where: str = "", params: tuple = ()
             ) -> list[int]:
    direction = "DESC" if query.descending else "ASC"
    key = SORT_KEYS[query.sort]
    sql = f"SELECT id FROM incidents {where} ORDER BY {key} {direction}, id {direction}"
    return [row[0] for row in store.db.execute(sql, params)]


def ids(window: IncidentWindow, start: int, stop: int) -> list[int]:
    return [row.id for row in window.rows(start, stop)]


QUERIES = [IncidentQuery(sort, descending) for sort in SORT_KEYS for descending in (True, False)]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: f"{q.sort}-{q.descending}")
def test_scrolling_down_row_by_row_matches_order_by(desk: Store, query: IncidentQuery) -> None:
    reference = expected(desk, query)
    window = IncidentWindow(desk.db, query)
    assert window.count() == N
    height = 20
    for top in range(0, N - height + 1):  # `j` at the bottom edge moves the view by one
        assert ids(window, top, top + height) == reference[top:top + height]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: f"{q.sort}-{q.descending}")
def test_jumps_and_paging_backwards_match_order_by(desk: Store, query: IncidentQuery) -> None:
    reference = expected(desk, query)
    window = IncidentWindow(desk.db, query)
    assert ids(window, N - 30, N + 10) == reference[N - 30:]  # G: the last page first
    for top in range(N - 30, -30, -27):  # page up all the way back
        assert ids(window, top, top + 30) == reference[max(0, top):top + 30]
    fresh = IncidentWindow(desk.db, query)
    for top in random.Random(1).sample(range(N), 40):  # scrollbar jumps anywhere
        assert ids(fresh, top, top + 25) == reference[top:top + 25]


def test_the_cache_stays_small(desk: Store) -> None:
    window = IncidentWindow(desk.db)
    for top in range(0, N, 10):
        window.rows(top, top + 10)
    assert sum(len(page) for page in window._pages.values()) <= 8 * PAGE


def test_rows_inserted_and_deleted_between_pages(desk: Store) -> None:
    query = IncidentQuery("date", True)
    window = IncidentWindow(desk.db, query)
    assert ids(window, 0, 50) == expected(desk, query)[:50]
    rng = random.Random(9)
    with desk.transaction() as tx:
        for incident_id in range(N + 1, N + 40):
            tx.insert("incidents", _incident(rng, incident_id))
    for incident_id in range(5, 400, 7):
        delete_incident(desk, incident_id)
    reference = expected(desk, query)
    assert window.changed()
    assert window.count() == len(reference)
    for top in range(0, len(reference), 45):
        assert ids(window, top, top + 45) == reference[top:top + 45]
    assert ids(window, 300, 350) == reference[300:350]


def test_a_stale_window_refreshes_itself(desk: Store) -> None:
    window = IncidentWindow(desk.db)
    window.rows(0, 10)
    first = window.rows(0, 1)[0]
    delete_incident(desk, first.id)
    assert first.id not in ids(window, 0, 10)


@pytest.mark.parametrize("query", QUERIES[:4], ids=lambda q: f"{q.sort}-{q.descending}")
def test_index_of_finds_each_position(desk: Store, query: IncidentQuery) -> None:
    reference = expected(desk, query)
    window = IncidentWindow(desk.db, query)
    for position in (0, 1, 99, 350, N - 1):
        assert window.index_of(reference[position]) == position
    assert window.index_of(10**9) is None


FILTERS: list[tuple[IncidentFilter, str, tuple]] = [
    (IncidentFilter(attribution_statuses=("claimed", "contested")),
     "WHERE attribution_status IN ('claimed', 'contested')", ()),
    (IncidentFilter(triage_statuses=("new",), tlp="amber"),
     "WHERE triage_status = 'new' AND tlp = 'amber'", ()),
    (IncidentFilter(country="Iraq", admin1="Erbil", weapon_category="rocket"),
     "WHERE country = 'Iraq' AND admin1 = 'Erbil' AND weapon_category = 'rocket'", ()),
    (IncidentFilter(date_from="2020-01-02", date_to="2021-06-30"),
     "WHERE occurred_on BETWEEN '2020-01-02' AND '2021-06-30'", ()),
    (IncidentFilter(actor_id=1),
     "WHERE lead_actor_id = 1 OR id IN (SELECT incident_id FROM claims WHERE actor_id = 1)",
     ()),
    (IncidentFilter(actor_id=2, actor_stance="denied", attribution_statuses=("claimed",)),
     "WHERE attribution_status = 'claimed' AND id IN "
     "(SELECT incident_id FROM claims WHERE actor_id = 2 AND stance = 'denied')", ()),
    (IncidentFilter(search="erbi", weapon_category="drone"),
     "WHERE weapon_category = 'drone' AND (location = 'Erbil' OR admin1 = 'Erbil')", ()),
    (IncidentFilter(search="KH", date_from="2021-01-01", tlp="red"),
     "WHERE occurred_on >= '2021-01-01' AND tlp = 'red' AND (lead_actor_id = 1 OR id IN "
     "(SELECT incident_id FROM claims WHERE actor_id = 1))", ()),
    (IncidentFilter(search="incident"), "", ()),
    (IncidentFilter(search="Ain al-Asa", country="Iraq"),
     "WHERE location = 'Ain al-Asad' AND country = 'Iraq'", ()),
    (IncidentFilter(search="ÉRBI"), "WHERE location = 'Erbil' OR admin1 = 'Erbil'", ()),
    (IncidentFilter(search="erbilx"), "WHERE 0", ()),
    (IncidentFilter(country="Jordan"), "WHERE 0", ()),
]


@pytest.fixture(params=["chosen by cost", "always collected", "kept in the index",
                        "kept, collected for long walks"])
def search_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every way a search set can be read, forced, so each is checked on a small desk."""
    if request.param == "always collected":
        monkeypatch.setattr(incident_sets, "_dense_from", lambda size, terms: 2 ** 62)
    elif request.param == "kept in the index":
        monkeypatch.setattr(incident_sets, "_dense_from", lambda size, terms: 1)
        monkeypatch.setattr(incident_sets, "COLLECT_COST", 1e9)
    elif request.param == "kept, collected for long walks":
        monkeypatch.setattr(incident_sets, "_dense_from", lambda size, terms: 1)
        monkeypatch.setattr(incident_sets, "FTS_PROBE_COST", 1e9)
    return request.param


@pytest.mark.parametrize("case", FILTERS, ids=lambda c: c[1][:40])
def test_filter_combinations_match_sql(desk: Store, case: tuple, search_mode: str) -> None:
    incident_filter, where, params = case
    for query in (IncidentQuery("date", True, incident_filter),
                  IncidentQuery("place", False, incident_filter)):
        reference = expected(desk, query, where, params)
        window = IncidentWindow(desk.db, query)
        assert window.count() == len(reference)
        assert ids(window, 0, len(reference)) == reference
        assert ids(window, len(reference) - 7, len(reference)) == reference[-7:]


def test_status_counts_follow_the_other_filters(desk: Store) -> None:
    def group(where: str) -> dict[str, int]:
        rows = dict(desk.db.execute(
            f"SELECT attribution_status, count(*) FROM incidents {where} GROUP BY 1").fetchall())
        return {status: rows.get(status, 0) for status in ATTRIBUTION_STATUSES}

    assert IncidentWindow(desk.db).status_counts() == group("")
    chosen = IncidentFilter(attribution_statuses=("claimed",), tlp="green")
    window = IncidentWindow(desk.db, IncidentQuery(filter=chosen))
    assert window.status_counts() == group("WHERE tlp = 'green'")
    assert window.count() == group("WHERE tlp = 'green'")["claimed"]


@pytest.mark.parametrize("case", [c for c in FILTERS if not c[0].attribution_statuses],
                         ids=lambda c: c[1][:40])
def test_status_counts_under_other_filters_match_sql(desk: Store, case: tuple,
                                                    search_mode: str) -> None:
    incident_filter, where, params = case
    rows = dict(desk.db.execute(
        f"SELECT attribution_status, count(*) FROM incidents {where} GROUP BY 1", params
    ).fetchall())
    window = IncidentWindow(desk.db, IncidentQuery(filter=incident_filter))
    assert window.status_counts() == {s: rows.get(s, 0) for s in ATTRIBUTION_STATUSES}


def test_status_counts_stay_right_through_edits(desk: Store) -> None:
    incident = desk.incident(3)
    new_status = "confirmed" if incident.attribution_status != "confirmed" else "claimed"
    desk.set_attribution_status(3, incident.version, new_status)
    delete_incident(desk, 4)
    counts = IncidentWindow(desk.db).status_counts()
    rows = dict(desk.db.execute(
        "SELECT attribution_status, count(*) FROM incidents GROUP BY 1").fetchall())
    assert counts == {status: rows.get(status, 0) for status in ATTRIBUTION_STATUSES}


def test_unknown_sort_is_refused(desk: Store) -> None:
    with pytest.raises(ValueError):
        IncidentWindow(desk.db, IncidentQuery(sort="colour"))


@pytest.mark.parametrize("query", QUERIES[:2], ids=lambda q: f"{q.sort}-{q.descending}")
def test_index_of_under_a_search(desk: Store, query: IncidentQuery, search_mode: str) -> None:
    searched = IncidentQuery(query.sort, query.descending, IncidentFilter(search="inciden"))
    reference = expected(desk, query)
    window = IncidentWindow(desk.db, searched)
    for position in (0, 350, N - 1):
        assert window.index_of(reference[position]) == position


def test_actor_ties_follow_claims_and_lead_actors(desk: Store) -> None:
    def ties() -> set[tuple[int, int]]:
        return set(desk.db.execute("SELECT actor_id, incident_id FROM incident_actors"))

    def truth() -> set[tuple[int, int]]:
        return set(desk.db.execute(
            "SELECT actor_id, incident_id FROM claims WHERE actor_id IS NOT NULL UNION "
            "SELECT lead_actor_id, id FROM incidents WHERE lead_actor_id IS NOT NULL"))

    assert ties() == truth()
    claim = desk.db.execute("SELECT id, incident_id FROM claims LIMIT 1").fetchone()
    with desk.transaction() as tx:
        tx.update("claims", claim[0], {"actor_id": 2 if claim[1] % 2 else 1})
        tx.update("incidents", claim[1], {"lead_actor_id": None})
        tx.update("incidents", claim[1] + 1, {"lead_actor_id": 2})
    assert ties() == truth()
    with desk.transaction() as tx:
        tx.delete("claims", claim[0])
    delete_incident(desk, claim[1] + 1)
    assert ties() == truth()


@pytest.fixture
def guessing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every search with hits counts as one in most of the desk: its count is guessed."""
    monkeypatch.setattr(incident_sets, "_dense_from", lambda size, terms: 1)


def test_a_guessed_count_lets_the_first_pages_be_read_without_counting(
        desk: Store, guessing: None) -> None:
    query = IncidentQuery(filter=IncidentFilter(search="incident"))
    window = IncidentWindow(desk.db, query)
    assert not window.counted
    # One hit read, at rowid 1 of 700: the guess is the whole desk.
    assert window.shown_count() == N
    assert ids(window, 0, 40) == expected(desk, query)[:40]
    assert not window.counted
    assert ids(window, 300, 310) == expected(desk, query)[300:310]  # past the first pages
    assert window.counted and window.count() == N


def test_a_short_first_page_tells_a_guessed_list_where_it_ends(
        desk: Store, guessing: None) -> None:
    query = IncidentQuery(filter=IncidentFilter(search="incident 69"))
    window = IncidentWindow(desk.db, query)
    assert not window.counted
    assert ids(window, 0, 40) == [69]
    assert window.counted and window.count() == 1


def test_a_count_from_another_connection_settles_a_guess(desk: Store, guessing: None) -> None:
    query = IncidentQuery(filter=IncidentFilter(search="incident"))
    other = desk.reopen()
    count, last_audit_id = IncidentWindow(other.db, query).snapshot_count()
    assert count == N
    window = IncidentWindow(desk.db, query)
    window.settle(count - 1, last_audit_id)
    assert window.counted and window.count() == N - 1  # taken as given, not recounted
    stale = IncidentWindow(desk.db, query)
    with desk.transaction() as tx:
        tx.update("incidents", 5, {"title": "incident 5 renamed"})
    stale.settle(count - 1, last_audit_id)  # counted before the write: refused
    assert stale.count() == N
    other.close()
