"""Two processes on one desk: a write by one shows in the other's incident window."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.listing import IncidentFilter, IncidentQuery, IncidentWindow
from db.store import Store

WRITER = textwrap.dedent("""
    import sys
    from db.search_index import reindex
    from db.store import Store

    store = Store.open(sys.argv[1], analyst="other-window")
    with store.transaction() as tx:
        new_id = tx.insert("incidents", {"title": "Drone shot down over Zubayr",
                                         "occurred_on": "2030-01-01",
                                         "attribution_status": "claimed"})
        reindex(store.db, [new_id])
    store.close()
    print(new_id)
""")


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "shared.db", create=True, analyst="tester")
    store.db["incidents"].insert_all(
        {"title": f"Rocket attack {i}", "occurred_on": f"2020-01-{i:02d}"} for i in range(1, 29))
    yield store
    store.close()


def write_from_another_process(path: Path) -> int:
    done = subprocess.run([sys.executable, "-c", WRITER, str(path)], capture_output=True,
                          text=True, check=True, timeout=60)
    return int(done.stdout)


def test_another_process_write_shows_in_the_window(desk: Store) -> None:
    window = IncidentWindow(desk.db)
    searching = IncidentWindow(desk.db, IncidentQuery(filter=IncidentFilter(search="zubayr")))
    assert (window.count(), searching.count()) == (28, 0)
    before = desk.data_version()
    assert window.rows(0, 5)[0].title == "Rocket attack 28"

    new_id = write_from_another_process(desk.desk.path)

    assert desk.data_version() != before
    assert window.changed()
    assert window.count() == 29
    assert window.rows(0, 1)[0].id == new_id  # newest first
    assert window.status_counts()["claimed"] == 1
    fresh = IncidentWindow(desk.db)
    assert fresh.index_of(new_id) == 0
    assert [row.id for row in searching.rows(0, 10)] == [new_id]


def test_nothing_changes_without_a_write(desk: Store) -> None:
    window = IncidentWindow(desk.db)
    window.rows(0, 10)
    version = desk.data_version()
    assert not window.changed()
    assert desk.data_version() == version
