"""ACLED import: both layouts, attribution mapping, bad rows, re-import, progress, speed.

tests/data/acled_current.csv and acled_old.csv are written for these tests in ACLED's
real column layouts (current, and the pre-2019 one with data_id); their rows are invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from db.errors import DeskError
from db.exchange import UnknownFormatError, import_file
from db.store import Store

DATA = Path(__file__).parent / "data"


@pytest.fixture
def store(empty_store: Store) -> Store:
    """A new, empty desk (conftest's own `store` is the demo desk)."""
    return empty_store


def by_external(store: Store, key: str):
    return next(i for i in store.incidents() if i.external_id == key)


def test_current_layout_maps_actors_claims_sources_and_precision(store: Store) -> None:
    report = import_file(store, DATA / "acled_current.csv")
    assert report.format == "acled"
    assert report.incidents_added == 3
    claimed = by_external(store, "acled:IRQ30001")
    assert claimed.occurred_on == "2024-01-20" and claimed.time_precision == "day"
    assert claimed.geo_precision == "exact" and claimed.latitude == pytest.approx(33.8003)
    assert claimed.attribution_status == "claimed"
    assert store.actor(claimed.lead_actor_id).name == "Islamic Resistance in Iraq"
    claims = {(c.actor_name, c.stance) for c in store.claims_for(claimed.id)}
    assert claims == {("Islamic Resistance in Iraq", "claimed"), ("Kataib Hezbollah", "claimed")}
    assert claimed.summary.startswith("On 20 January 2024, the Islamic Resistance")
    assert {s.outlet for s in store.sources_for(claimed.id)} == {"Reuters", "Shafaq News"}
    assert claimed.weapon_category == "missile"
    unknown = by_external(store, "acled:IRQ30002")
    assert unknown.attribution_status == "unattributed" and unknown.lead_actor_id is None
    assert [(c.actor_id, c.stance) for c in store.claims_for(unknown.id)] == [(None, "unattributed")]
    assert unknown.time_precision == "week" and unknown.geo_precision == "near"
    assert store.find_actor("Unidentified Armed Group (Iraq)") is None
    assert store.find_actor("Military Forces of the United States (2021-)") is not None


def test_bad_rows_are_reported_with_line_and_skipped(store: Store) -> None:
    report = import_file(store, DATA / "acled_current.csv")
    lines = {line: reason for _, line, reason in report.skipped}
    assert "not a date" in lines[4]
    assert "out of range" in lines[5]
    assert "wrong delimiter" in lines[7]
    assert all(file.endswith("acled_current.csv") for file, _, _ in report.skipped)


def test_untrusted_text_is_stored_literally(store: Store) -> None:
    import_file(store, DATA / "acled_current.csv")
    summary = by_external(store, "acled:IRQ30005").summary
    assert summary.startswith('=HYPERLINK("http://evil.example")')
    assert "[bold]markup[/bold]" in summary


def test_old_layout_dates_and_numeric_inter(store: Store) -> None:
    report = import_file(store, DATA / "acled_old.csv")
    assert report.incidents_added == 2 and not report.skipped
    first = by_external(store, "acled:IRQ2501")
    assert first.occurred_on == "2018-02-28"
    assert store.actor(first.lead_actor_id).kind == "armed-group"
    assert first.weapon_category == "mortar"
    assert by_external(store, "acled:IRQ2502").occurred_on == "2018-04-30"
    assert store.find_actor("Military Forces of Iraq (2014-)").kind == "state"


def test_reimport_of_an_updated_export_updates_instead_of_duplicating(
        store: Store, tmp_path: Path) -> None:
    import_file(store, DATA / "acled_current.csv")
    changed = tmp_path / "acled_update.csv"
    changed.write_text((DATA / "acled_current.csv").read_text(encoding="utf-8")
                       .replace("it was shot down", "it was intercepted"), encoding="utf-8")
    before = store.incident_count()
    report = import_file(store, changed)
    assert store.incident_count() == before
    assert report.incidents_added == 0 and report.incidents_updated == 1
    assert report.claims_added == 0
    assert "intercepted" in by_external(store, "acled:IRQ30002").summary
    assert "intercepted" in store.db.execute(
        "SELECT summary FROM incident_search WHERE incident_search MATCH 'intercepted'"
    ).fetchone()[0]


def test_reimport_keeps_the_analysts_judgement(store: Store) -> None:
    import_file(store, DATA / "acled_current.csv")
    incident = by_external(store, "acled:IRQ30002")
    store.set_triage(incident.id, incident.version, "reviewed")
    import_file(store, DATA / "acled_current.csv")
    assert store.incident(incident.id).triage_status == "reviewed"


def test_search_index_and_audit_follow_the_import(store: Store) -> None:
    import_file(store, DATA / "acled_current.csv")
    hits = store.db.execute(
        "SELECT rowid FROM incident_search WHERE incident_search MATCH 'Kataib'").fetchall()
    assert [row[0] for row in hits] == [by_external(store, "acled:IRQ30001").id]
    inserted = store.db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'incidents' AND action = 'insert'"
    ).fetchone()[0]
    assert inserted == 3


def test_status_counts_follow_an_import_into_an_empty_desk(store: Store) -> None:
    import_file(store, DATA / "acled_current.csv")
    import_file(store, DATA / "acled_old.csv")  # a busy desk: the trigger counts again

    def counts(sql: str) -> dict[str, int]:
        return dict(store.db.execute(sql).fetchall())

    grouped = counts("SELECT attribution_status, count(*) FROM incidents GROUP BY 1")
    assert counts("SELECT attribution_status, n FROM incident_status_counts WHERE n") == grouped
    assert sum(grouped.values()) == 5


def test_second_import_into_a_busy_desk_can_be_undone(store: Store) -> None:
    import_file(store, DATA / "acled_old.csv")
    import_file(store, DATA / "acled_current.csv")
    store.undo()
    assert {i.external_id for i in store.incidents()} == {"acled:IRQ2501", "acled:IRQ2502"}
    assert store.db.execute("SELECT count(*) FROM incident_search").fetchone()[0] == 2


def test_progress_reaches_its_total(store: Store) -> None:
    calls: list[tuple[int, int]] = []
    import_file(store, DATA / "acled_current.csv", progress=lambda d, t: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1]


def test_missing_required_column_is_reported(store: Store, tmp_path: Path) -> None:
    text = (DATA / "acled_current.csv").read_text(encoding="utf-8")
    broken = tmp_path / "no_date.csv"
    broken.write_text(text.replace("event_date", "when", 1), encoding="utf-8")
    report = import_file(store, broken, format="acled")
    assert report.incidents_added == 0
    assert "missing required column event_date" in report.skipped[0][2]


def test_a_file_in_no_format_is_one_desk_error(store: Store, tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("just some notes\nnothing tabular\n", encoding="utf-8")
    with pytest.raises(UnknownFormatError) as caught:
        import_file(store, junk)
    assert isinstance(caught.value, DeskError) and "\n" not in str(caught.value)


def test_interrupted_import_leaves_the_desk_as_it_was(store: Store, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import_file(store, DATA / "acled_old.csv")
    from db.exchange import writer

    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(writer._Children, "write", explode)
    with pytest.raises(KeyboardInterrupt):
        import_file(store, DATA / "acled_current.csv")
    assert store.incident_count() == 2
    monkeypatch.undo()
    assert import_file(store, DATA / "acled_current.csv").incidents_added == 3


def test_interrupted_import_into_an_empty_desk_keeps_its_schema(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # The empty-desk path drops indexes and the count trigger inside its transaction.
    def schema() -> list[tuple[str, str]]:
        return store.db.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()

    before = schema()
    from db.exchange import writer

    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(writer._Children, "write", explode)
    with pytest.raises(KeyboardInterrupt):
        import_file(store, DATA / "acled_current.csv")
    assert schema() == before and store.incident_count() == 0


def test_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
    from bench_import import main

    assert main(2000) > 0
    assert "rows/s" in capsys.readouterr().out
