"""GTD import from CSV (`sep=;` first line, `;`, CRLF, `N/A`) and from XLSX.

tests/data/gtd_semicolon.csv has GTD's 135 real columns with invented rows; the XLSX is
made from it by openpyxl in a fixture.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook

from db.exchange import import_file
from db.store import Store

DATA = Path(__file__).parent / "data"
CSV_FILE = DATA / "gtd_semicolon.csv"


@pytest.fixture
def store(empty_store: Store) -> Store:
    """A new, empty desk (conftest's own `store` is the demo desk)."""
    return empty_store


@pytest.fixture
def xlsx(tmp_path: Path) -> Path:
    with CSV_FILE.open(encoding="utf-8", newline="") as handle:
        handle.readline()
        rows = list(csv.reader(handle, delimiter=";"))
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append([int(v) if v.isdigit() and len(v) < 6 else v for v in row])
    path = tmp_path / "gtd.xlsx"
    book.save(path)
    return path


def incident(store: Store, event_id: str):
    return next(i for i in store.incidents() if i.external_id == f"gtd:{event_id}")


def check_mapping(store: Store) -> None:
    claimed = incident(store, "201701050001")
    assert claimed.attribution_status == "claimed"
    assert store.actor(claimed.lead_actor_id).name == "Islamic State of Iraq and the Levant (ISIL)"
    assert [(c.stance, c.asserted_by) for c in store.claims_for(claimed.id)] == [
        ("claimed", "GTD (Internet)")]
    assert claimed.weapon == "Mortars" and claimed.weapon_category == "mortar"
    assert claimed.killed == 3 and claimed.injured == 5 and claimed.target == "Checkpoint"
    assert claimed.summary.startswith("01/05/2017: Assailants fired mortars")
    assert store.sources_for(claimed.id)[0].title.startswith('"Mortars hit Mosul')
    unknown = incident(store, "201701060002")
    assert unknown.attribution_status == "unattributed"
    assert [c.stance for c in store.claims_for(unknown.id)] == ["unattributed"]
    suspected = incident(store, "201701070003")
    assert suspected.attribution_status == "suspected"
    assert suspected.time_precision == "month" and suspected.occurred_on == "2017-01-01"
    contested = incident(store, "201701080004")
    assert contested.attribution_status == "contested"
    assert {c.actor_name for c in store.claims_for(contested.id)} == {
        "Jabhat Fath al-Sham", "Ahrar al-Sham"}


def test_semicolon_csv_with_crlf_and_na(store: Store) -> None:
    report = import_file(store, CSV_FILE)
    assert report.format == "gtd" and report.incidents_added == 4
    assert report.skipped == [(str(CSV_FILE), 7, "iyear 'twenty' is not a number")]
    check_mapping(store)
    assert incident(store, "201701060002").weapon_category == "ied"


def test_xlsx(store: Store, xlsx: Path) -> None:
    report = import_file(store, xlsx)
    assert report.format == "gtd" and report.incidents_added == 4
    assert [line for _, line, _ in report.skipped] == [6]
    check_mapping(store)


def test_reimport_is_a_no_op(store: Store) -> None:
    import_file(store, CSV_FILE)
    again = import_file(store, CSV_FILE)
    assert (again.incidents_added, again.incidents_updated, again.claims_added) == (0, 0, 0)
