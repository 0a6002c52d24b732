"""CSV, JSON and Markdown exports; TLP held back; desk-to-desk merge; Datasette reading a desk."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from db.exchange import ExportFormatError, export, import_file
from db.store import Store

DATA = Path(__file__).parent / "data"


@pytest.fixture
def demo(store: Store) -> Store:
    """The demo desk (conftest's `store`)."""
    return store


@pytest.fixture
def acled(empty_store: Store) -> Store:
    """A new desk holding tests/data/acled_current.csv."""
    import_file(empty_store, DATA / "acled_current.csv")
    return empty_store


def test_csv_columns_injection_guard_and_bom(acled: Store) -> None:
    out = io.BytesIO()
    report = export(acled, None, "csv", out, bom=True)
    raw = out.getvalue()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert report.count == len(rows) == 3
    assert {"lead_actor", "attribution_status", "first_seen", "claims", "quotes"} <= rows[0].keys()
    injected = next(r for r in rows if "HYPERLINK" in r["summary"])
    assert injected["summary"].startswith("'=")
    claimed = next(r for r in rows if r["attribution_status"] == "claimed")
    assert claimed["lead_actor"] == "Islamic Resistance in Iraq" and claimed["claims"] == "2"
    assert claimed["occurred_on"] == "2024-01-20" and claimed["longitude"] == "42.4414"


def test_csv_chosen_columns_and_unknown_column(acled: Store) -> None:
    out = io.StringIO()
    export(acled, None, "csv", out, columns=["id", "title"])
    assert out.getvalue().splitlines()[0] == "id,title"
    with pytest.raises(ExportFormatError):
        export(acled, None, "csv", io.StringIO(), columns=["nope"])


def test_tlp_max_holds_back_and_says_how_many(acled: Store) -> None:
    first, second, third = acled.incidents()
    acled.update_incident(first.id, first.version, {"tlp": "red"})
    acled.update_incident(second.id, second.version, {"tlp": "amber+strict"})
    out = io.StringIO()
    report = export(acled, None, "stix", out)
    assert (report.count, report.held_back) == (2, 1)
    assert first.title not in out.getvalue() or first.title == third.title
    assert export(acled, None, "csv", io.StringIO(), tlp_max="amber").held_back == 2


def test_ids_and_predicates_choose_the_incidents(acled: Store) -> None:
    ids = [i.id for i in acled.incidents()][:1]
    assert export(acled, ids, "json", io.StringIO()).count == 1
    chosen = export(acled, lambda i: i.attribution_status == "unattributed", "md", io.StringIO())
    assert chosen.count == 2


def test_brief_reads_as_plain_text(demo: Store) -> None:
    out = io.StringIO()
    export(demo, None, "md", out)
    text = out.getvalue()
    assert text.startswith("# Shift brief\n")
    assert "unattributed" in text.splitlines()[2]
    assert "Key quotes:" in text and "Claims:" in text
    assert re.search(r'^- ".+" \(.+, \d{4}-\d{2}-\d{2}\)$', text, re.MULTILINE)


def test_brief_says_likelihood_and_confidence_in_words(acled: Store) -> None:
    incident = next(i for i in acled.incidents() if i.lead_actor_id)
    acled.set_attribution(incident.id, incident.version, status="assessed",
                          lead_actor_id=incident.lead_actor_id, likelihood="very-likely",
                          confidence="moderate")
    out = io.StringIO()
    export(acled, [incident.id], "md", out)
    assert "very likely (80-95%), moderate confidence" in out.getvalue()


def test_json_merges_two_desks(demo: Store, acled: Store, tmp_path: Path) -> None:
    path = tmp_path / "acled.json"
    with path.open("w", encoding="utf-8") as handle:
        export(acled, None, "json", handle)
    assert json.loads(path.read_text())["format"] == "threatdesk"
    before = demo.incident_count()
    report = import_file(demo, path)
    assert report.format == "json" and report.incidents_added == 3
    assert demo.incident_count() == before + 3
    again = import_file(demo, path)
    assert (again.incidents_added, again.claims_added, again.quotes_added) == (0, 0, 0)


def test_json_merge_reports_conflicts_and_keeps_the_desk(demo: Store, tmp_path: Path) -> None:
    path = tmp_path / "demo.json"
    with path.open("w", encoding="utf-8") as handle:
        export(demo, None, "json", handle)
    incident = demo.incidents()[0]
    demo.update_incident(incident.id, incident.version, {"title": "Renamed on this desk"})
    report = import_file(demo, path)
    assert report.incidents_added == 0
    assert any("title" in w and "kept the desk's" in w for w in report.warnings)
    assert demo.incident(incident.id).title == "Renamed on this desk"


def test_datasette_opens_the_desk_with_search(acled: Store) -> None:
    datasette = pytest.importorskip("datasette.app")
    path = acled.desk.path
    acled.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    app = datasette.Datasette([str(path)])

    async def fetch() -> dict:
        response = await app.client.get(f"/{path.stem}/incident_search.json?_search=Kataib"
                                        "&_shape=objects")
        return response.json()

    import asyncio

    rows = asyncio.run(fetch())["rows"]
    assert len(rows) == 1 and "Islamic Resistance" in rows[0]["summary"]
