"""Search: what analysts type becomes a safe FTS5 query that finds incidents by any text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.listing import IncidentFilter, IncidentQuery, IncidentWindow
from db.search import _clean, _phrases, parse
from db.search_index import rebuild_all
from db.store import Store
from conftest import write_v1_desk

HOSTILE = ['"unbalanced', 'AND OR', '*', '(', ')', 'a\x00b', '\x00', '\x00\x00"', 'NOT',
           'OR', 'NEAR(', 'NEAR(rocket drone, 2)', '^rocket', 'title:rocket', '-rocket',
           '"', '""', '" "', "'", "Kata'ib", 'rocket*', 'rock*et', '{title}: x', '+', ':',
           'a AND', 'AND a', '(a OR b', '\x1b]0;title\x07', '[/oops]', '漢字', '🚀',
           'e\u0301rbil', 'x' * 5000, 'a ' * 400, '\\', '%', '_', '; DROP TABLE incidents']


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "search.db", create=True, analyst="tester")
    kh = store.add_actor("Kata'ib Hezbollah", aliases=["KH", "Hezbollah Brigades"],
                         kind="armed-group")
    store.add_actor("Houthis", aliases=["Ansar Allah"], kind="armed-group")
    db = store.db
    db["incidents"].insert_all([
        {"id": 1, "title": "Rockets hit Ain al-Asad airbase", "location": "Ain al-Asad",
         "country": "Iraq", "admin1": "Anbar", "target": "airbase", "occurred_on": "2024-01-20",
         "weapon_category": "rocket"},
        {"id": 2, "title": "Drone over Erbil airport", "location": "Erbil", "country": "Iraq",
         "summary": "One-way attack drone intercepted", "occurred_on": "2024-02-01",
         "weapon_category": "drone"},
        {"id": 3, "title": "Shahed-136 strike on Kyiv", "country": "Ukraine",
         "occurred_on": "2023-10-01", "weapon_category": "drone"},
    ])
    db["quotes"].insert({"incident_id": 3, "speaker": "Yuriy Ihnat", "text":
                         "the air force downed most of the drones", "kind": "direct"})
    store.add_claim(2, stance="claimed", actor_id=kh)
    rebuild_all(db)
    yield store
    store.close()


def _phrases_of(text: str) -> list[list[str]]:
    return _phrases(_clean(text))


def found(store: Store, text: str, **filters: object) -> list[int]:
    window = IncidentWindow(store.db, IncidentQuery(filter=IncidentFilter(search=text,
                                                                          **filters)))
    return sorted(row.id for row in window.rows(0, window.count()))


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_gives_results_or_a_message(desk: Store, text: str) -> None:
    query = parse(text)
    assert (query.match is None) or not query.message
    window = IncidentWindow(desk.db, IncidentQuery(filter=IncidentFilter(search=text)))
    assert window.count() >= 0
    assert window.rows(0, 50) is not None
    assert window.status_counts() is not None
    assert len(window.message) < 80
    if not _phrases_of(text):
        assert query.match is None
        assert window.message or not text.strip("\x00 ")


def test_match_expressions_quote_every_word() -> None:
    assert parse("erbil").match == '"erbil" *'
    assert parse("erbil ").match == '"erbil"'
    assert parse("Kata'ib Hez").match == '"Kata ib" AND "Hez" *'
    assert parse('"ain al-asad" rock').match == '"ain al asad" AND "rock" *'
    assert parse('"unbalanced').match == '"unbalanced" *'
    assert parse("AND OR").match == '"AND" AND "OR"'
    assert parse("").match is None and parse("").message == ""
    assert parse("*").message
    assert parse("KH").match == '"KH"'  # under three letters: a whole word, no prefix
    assert parse("rocket Ha").match == '"rocket" AND "Ha"'
    assert parse('"ain al-a').match == '"ain al a"'
    assert parse("rocket Har").match == '"rocket" AND "Har" *'


def test_prefix_matches_while_typing(desk: Store) -> None:
    assert found(desk, "Erb") == [2]
    assert found(desk, "roc") == [1]  # rockets: the last word is a prefix
    assert found(desk, "roc ") == []  # a finished word is whole


def test_phrase_search(desk: Store) -> None:
    assert found(desk, '"ain al-asad"') == [1]
    assert found(desk, '"asad al ain"') == []
    assert found(desk, '"attack drone') == [2]  # unclosed quote: a phrase being typed


def test_words_inside_names_keep_their_order(desk: Store) -> None:
    assert found(desk, "Kata'ib") == [2]
    assert found(desk, "Shahed-136") == [3]
    assert found(desk, "ÉRBIL") == [2]  # case and diacritics fold


def test_quotes_and_their_speakers_find_their_incident(desk: Store) -> None:
    assert found(desk, "downed most") == [3]
    assert found(desk, "Ihnat") == [3]


def test_a_quote_a_claim_rests_on_finds_the_claims_incident(desk: Store) -> None:
    quote = desk.db["quotes"].insert({"speaker": "Jen Psaki", "kind": "direct",
                                      "text": "no specific attribution today"}).last_pk
    desk.add_claim(1, stance="unattributed", quote_id=quote)
    assert found(desk, "Psaki") == [1]
    assert found(desk, "specific attribution") == [1]


def test_a_desk_from_before_finds_incidents_by_the_quotes_their_claims_rest_on(
        tmp_path: Path) -> None:
    store = Store.open(tmp_path / "v9.db", create=True, analyst="tester")
    store.db["incidents"].insert({"id": 1, "title": "Rockets hit Balad"})
    quote = store.db["quotes"].insert({"speaker": "Jen Psaki", "kind": "direct",
                                       "text": "no attribution today"}).last_pk
    # Written as an older release indexed it: the document leaves the claim's quote out.
    store.db["claims"].insert({"incident_id": 1, "stance": "unattributed", "quote_id": quote,
                               "proposed_by": "analyst", "review_status": "accepted"})
    store.db.execute("DELETE FROM incident_search WHERE rowid = 1")
    store.db.execute("INSERT INTO incident_search (rowid, title) VALUES (1, 'Rockets hit Balad')")
    assert found(store, "Psaki") == []
    store.db.execute("PRAGMA user_version = 9")
    store.close()
    reopened = Store.open(tmp_path / "v9.db", analyst="tester")
    assert found(reopened, "Psaki") == [1]
    reopened.close()


def test_actor_names_and_aliases_find_their_incidents(desk: Store) -> None:
    assert found(desk, "KH") == [2]
    assert found(desk, "Hezbollah Brigades") == [2]


def test_index_follows_writes(desk: Store) -> None:
    desk.set_actor_aliases(1, ["Brigades of Hezbollah", "KH"])
    assert found(desk, "Brigades of") == [2]
    incident = desk.incident(3)
    desk.update_incident(3, incident.version, {"title": "Missile strike on Odesa"})
    assert found(desk, "Odesa") == [3]
    assert found(desk, "Shahed") == []


def test_search_combines_with_filters(desk: Store) -> None:
    assert found(desk, "drone") == [2, 3]
    assert found(desk, "drone", country="Iraq") == [2]
    assert found(desk, "drone", attribution_statuses=("claimed",)) == []
    assert found(desk, "drone", actor_id=1) == [2]


def test_read_only_desk_can_search(desk: Store) -> None:
    path = desk.desk.path
    desk.close()
    reader = Store.open(path, read_only=True)
    try:
        assert found(reader, "Erbil") == [2]
    finally:
        reader.close()


def test_a_desk_made_before_search_gets_its_index_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    write_v1_desk(path, {"title": "Mortar fire on Camp Taji", "occurred_on": "2019-05-01"})
    store = Store.open(path)
    try:
        assert found(store, "taji") == [1]
        assert IncidentWindow(store.db).status_counts()["unattributed"] == 1
    finally:
        store.close()


def test_an_old_window_survives_newer_searches(desk: Store) -> None:
    first = IncidentWindow(desk.db, IncidentQuery(filter=IncidentFilter(search="Erbil")))
    assert first.count() == 1
    for text in ("drone", "rocket", "Kyiv", "Ihnat", "KH", "airbase"):
        IncidentWindow(desk.db, IncidentQuery(filter=IncidentFilter(search=text))).count()
    assert [row.id for row in first.rows(0, 5)] == [2]
