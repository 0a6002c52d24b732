"""ACLED import: both layouts, attribution mapping, bad rows, re-import, progress, speed.

tests/data/acled_current.csv and acled_old.csv are written for these tests in ACLED's
real column layouts (current, and the pre-2019 one with data_id); their rows are invented.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from db.errors import DeskError
from db.exchange import UnknownFormatError, import_file
from db.exchange.common import name_key
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
    # "The group claimed responsibility": actor1's claim; its associate stays ACLED's suspect.
    claims = {(c.actor_name, c.stance, c.asserted_by) for c in store.claims_for(claimed.id)}
    assert claims == {("Islamic Resistance in Iraq", "claimed", "ACLED (notes)"),
                      ("Kataib Hezbollah", "suspected", "ACLED (associated)")}
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


IRAQ_UNKNOWN = "Unidentified Armed Group (Iraq)"


def write_export(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    """An ACLED export in the current layout of (event_id_cnty, actor1, assoc_actor_1, notes)
    rows, the other cells as a rocket attack on Ain al-Asad would have them."""
    with (DATA / "acled_current.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.DictWriter(handle, header)
        out.writeheader()
        for event_id, actor1, associates, notes in rows:
            out.writerow({
                "event_id_cnty": event_id, "event_date": "2024-03-03", "year": "2024",
                "time_precision": "1", "disorder_type": "Political violence",
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Shelling/artillery/missile attack", "actor1": actor1,
                "assoc_actor_1": associates, "inter1": "Political militia",
                "actor2": "Military Forces of the United States (2021-)",
                "inter2": "External/Other forces", "interaction": "38", "iso": "368",
                "region": "Middle East", "country": "Iraq", "admin1": "Al Anbar",
                "admin2": "Heet", "location": "Ain al-Asad Air Base", "latitude": "33.8003",
                "longitude": "42.4414", "geo_precision": "1", "source": "Shafaq News",
                "source_scale": "National", "notes": notes, "fatalities": "0",
                "timestamp": "1709500000"})
    return path


def attribution(store: Store, event_id: str) -> tuple[str, set[tuple[str | None, str, str]]]:
    """The incident's status, and its claims as (actor, stance, asserted by)."""
    incident = by_external(store, f"acled:{event_id}")
    return incident.attribution_status, {(c.actor_name, c.stance, c.asserted_by)
                                         for c in store.claims_for(incident.id)}


def test_a_group_named_as_claiming_in_the_notes_claims_it(store: Store, tmp_path: Path
                                                          ) -> None:
    import_file(store, write_export(tmp_path / "claims.csv", [
        ("IRQ40001", IRAQ_UNKNOWN, "", "On 3 March 2024, an unidentified armed group fired 3 "
         "rockets at Ain al-Asad airbase (Al Anbar). The Islamic Resistance in Iraq claimed "
         "responsibility. No casualties reported."),
        ("IRQ40002", IRAQ_UNKNOWN, "", "On 4 March 2024, a drone struck near Ain al-Asad "
         "airbase. The attack was claimed by Saraya Awliya al-Dam in a Telegram post."),
        ("IRQ40003", IRAQ_UNKNOWN, "", "On 5 March 2024, rockets landed near the base. "
         "Harakat Hezbollah al-Nujaba said it carried out the attack with Katyusha rockets."),
        ("IRQ40004", IRAQ_UNKNOWN, "", "On 6 March 2024, an IED hit a logistics convoy near "
         "the base. According to Sabereen News, Ashab al-Kahf claimed the attack."),
        ("IRQ40005", "Kataib Hezbollah", "", "On 7 March 2024, two drones struck the "
         "airbase. Saraya Awliya al-Dam claimed responsibility. The group said it carried "
         "out the attack in response to US strikes.")]))
    assert attribution(store, "IRQ40001") == ("claimed", {
        (None, "unattributed", "ACLED"),
        ("Islamic Resistance in Iraq", "claimed", "ACLED (notes)")})
    for event_id, group in (("IRQ40002", "Saraya Awliya al-Dam"),
                            ("IRQ40003", "Harakat Hezbollah al-Nujaba"),
                            ("IRQ40004", "Ashab al-Kahf")):
        status, claims = attribution(store, event_id)
        assert status == "claimed" and (group, "claimed", "ACLED (notes)") in claims
        assert store.actor(by_external(store, f"acled:{event_id}").lead_actor_id).name == group
    assert store.find_actor(IRAQ_UNKNOWN) is None
    # "The group" is Saraya Awliya al-Dam, named just before, not ACLED's Kataib Hezbollah.
    assert attribution(store, "IRQ40005") == ("claimed", {
        ("Kataib Hezbollah", "suspected", "ACLED"),
        ("Saraya Awliya al-Dam", "claimed", "ACLED (notes)")})


def test_no_claim_of_responsibility_names_nobody(store: Store, tmp_path: Path) -> None:
    import_file(store, write_export(tmp_path / "none.csv", [
        ("IRQ40011", IRAQ_UNKNOWN, "", "On 7 March 2024, two rockets hit an empty field near "
         "Ain al-Asad airbase. No group claimed responsibility."),
        ("IRQ40012", "Kataib Hezbollah", "", "On 8 March 2024, a drone was shot down over "
         "the base. There was no claim of responsibility."),
        ("IRQ40013", IRAQ_UNKNOWN, "", "On 9 March 2024, a mortar round hit the base. The "
         "attack was not claimed by any group, and no group has claimed responsibility.")]))
    assert attribution(store, "IRQ40011") == ("unattributed",
                                              {(None, "unattributed", "ACLED")})
    assert attribution(store, "IRQ40012") == ("suspected",
                                              {("Kataib Hezbollah", "suspected", "ACLED")})
    assert attribution(store, "IRQ40013") == ("unattributed",
                                              {(None, "unattributed", "ACLED")})


def test_a_front_group_claims_what_acled_codes_to_its_parent(store: Store, tmp_path: Path
                                                             ) -> None:
    import_file(store, write_export(tmp_path / "front.csv", [
        ("IRQ40021", "Kataib Hezbollah", "Harakat Hezbollah al-Nujaba",
         "On 10 March 2024, a drone attacked Ain al-Asad airbase. The Islamic Resistance in "
         "Iraq claimed responsibility for the attack in a statement.")]))
    incident = by_external(store, "acled:IRQ40021")
    assert attribution(store, "IRQ40021") == ("claimed", {
        ("Kataib Hezbollah", "suspected", "ACLED"),
        ("Harakat Hezbollah al-Nujaba", "suspected", "ACLED (associated)"),
        ("Islamic Resistance in Iraq", "claimed", "ACLED (notes)")})
    assert store.actor(incident.lead_actor_id).name == "Islamic Resistance in Iraq"


def test_denials_are_kept_but_claim_nothing(store: Store, tmp_path: Path) -> None:
    import_file(store, write_export(tmp_path / "denials.csv", [
        ("IRQ40031", IRAQ_UNKNOWN, "", "On 11 March 2024, three rockets hit Ain al-Asad "
         "airbase. Kataib Hezbollah denied any involvement in the attack."),
        ("IRQ40032", "Kataib Hezbollah", "", "On 12 March 2024, a drone hit the airbase. "
         "The group, however, denied responsibility."),
        ("IRQ40033", IRAQ_UNKNOWN, "", "On 13 March 2024, a drone hit the airbase. The "
         "attack was claimed by Saraya Awliya al-Dam, while Kataib Hezbollah denied "
         "involvement.")]))
    assert attribution(store, "IRQ40031") == ("unattributed", {
        (None, "unattributed", "ACLED"), ("Kataib Hezbollah", "denied", "ACLED (notes)")})
    assert by_external(store, "acled:IRQ40031").lead_actor_id is None
    assert attribution(store, "IRQ40032") == ("suspected", {
        ("Kataib Hezbollah", "suspected", "ACLED"),
        ("Kataib Hezbollah", "denied", "ACLED (notes)")})
    status, claims = attribution(store, "IRQ40033")
    assert status == "claimed"
    assert {("Saraya Awliya al-Dam", "claimed", "ACLED (notes)"),
            ("Kataib Hezbollah", "denied", "ACLED (notes)")} <= claims


def test_a_claim_and_a_denial_can_share_a_subject_and_an_aside(store: Store, tmp_path: Path
                                                              ) -> None:
    import_file(store, write_export(tmp_path / "shared.csv", [
        ("IRQ40035", IRAQ_UNKNOWN, "", "On 11 March 2024, rockets hit Ain al-Asad airbase. "
         "Saraya Awliya al-Dam claimed responsibility but later denied any involvement."),
        ("IRQ40036", IRAQ_UNKNOWN, "", "On 12 March 2024, a drone hit the airbase. Ashab "
         "al-Kahf, a little-known Iran-aligned faction, claimed responsibility."),
        ("IRQ40037", IRAQ_UNKNOWN, "", "On 13 March 2024, a drone hit the airbase. Kataib "
         "Hezbollah, which is backed by Iran, denied involvement.")]))
    assert attribution(store, "IRQ40035") == ("contested", {
        (None, "unattributed", "ACLED"), ("Saraya Awliya al-Dam", "claimed", "ACLED (notes)"),
        ("Saraya Awliya al-Dam", "denied", "ACLED (notes)")})
    assert attribution(store, "IRQ40036") == ("claimed", {
        (None, "unattributed", "ACLED"), ("Ashab al-Kahf", "claimed", "ACLED (notes)")})
    assert attribution(store, "IRQ40037") == ("unattributed", {
        (None, "unattributed", "ACLED"), ("Kataib Hezbollah", "denied", "ACLED (notes)")})


def test_competing_claims_contest_it_and_a_joint_claim_does_not(store: Store, tmp_path: Path
                                                                ) -> None:
    import_file(store, write_export(tmp_path / "competing.csv", [
        ("IRQ40041", IRAQ_UNKNOWN, "", "On 14 March 2024, rockets hit the airbase. Saraya "
         "Awliya al-Dam claimed responsibility. Ashab al-Kahf later also claimed the attack."),
        ("IRQ40042", IRAQ_UNKNOWN, "", "On 15 March 2024, rockets hit the airbase. Kataib "
         "Hezbollah and Harakat Hezbollah al-Nujaba claimed responsibility."),
        ("IRQ40043", "Saraya Awliya al-Dam", "", "On 16 March 2024, a drone hit the "
         "airbase. The group claimed responsibility; a day later Saraya Awliya al-Dam denied "
         "any involvement.")]))
    assert attribution(store, "IRQ40041")[0] == "contested"
    assert attribution(store, "IRQ40042") == ("claimed", {
        (None, "unattributed", "ACLED"), ("Kataib Hezbollah", "claimed", "ACLED (notes)"),
        ("Harakat Hezbollah al-Nujaba", "claimed", "ACLED (notes)")})
    assert attribution(store, "IRQ40043")[0] == "contested"


def test_names_in_the_notes_find_the_actors_by_spelling_acronym_and_alias(
        store: Store, tmp_path: Path) -> None:
    store.add_actor("Islamic State", aliases=["Daesh", "ISIS"], kind="armed-group")
    import_file(store, write_export(tmp_path / "names.csv", [
        ("IRQ40051", "Kataib Hezbollah", "", "On 17 March 2024, rockets hit the airbase."),
        ("IRQ40052", IRAQ_UNKNOWN, "", "On 18 March 2024, a drone hit the airbase. Kata'ib "
         "Hizballah claimed responsibility."),
        ("IRQ40053", "Islamic Resistance in Iraq", "", "On 19 March 2024, a drone hit the "
         "airbase. IRI said it carried out the attack."),
        ("IRQ40054", IRAQ_UNKNOWN, "", "On 20 March 2024, an IED hit a convoy near the "
         "airbase. DAESH claimed responsibility."),
        ("IRQ40055", IRAQ_UNKNOWN, "", "On 21 March 2024, a drone hit the airbase. Kataib "
         "Sayyid al-Shuhada (KSS) claimed responsibility.")]))
    assert ("Kataib Hezbollah", "claimed", "ACLED (notes)") in attribution(store, "IRQ40052")[1]
    assert attribution(store, "IRQ40053") == ("claimed", {
        ("Islamic Resistance in Iraq", "claimed", "ACLED (notes)")})
    assert ("Islamic State", "claimed", "ACLED (notes)") in attribution(store, "IRQ40054")[1]
    assert store.find_actor("KSS").name == "Kataib Sayyid al-Shuhada"
    names = {a.name for a in store.actors()}
    assert not names & {"Kata'ib Hizballah", "IRI", "DAESH"}


def test_a_desk_actor_spelt_otherwise_in_the_file_is_the_same_actor(
        store: Store, tmp_path: Path) -> None:
    store.add_actor("Kataib Hezbollah", aliases=["KH"], kind="armed-group")
    import_file(store, write_export(tmp_path / "spelt.csv", [
        ("IRQ40061", "Kata'ib Hizballah", "", "On 22 March 2024, rockets hit the airbase."),
        ("IRQ40062", "Kataib Hizbullah", "Asa'ib Ahl al-Haq", "On 23 March 2024, rockets "
         "hit the airbase."),
        ("IRQ40063", "Asaib Ahl al Haq", "", "On 24 March 2024, rockets hit the airbase.")]))
    for event_id in ("IRQ40061", "IRQ40062"):
        lead = by_external(store, f"acled:{event_id}").lead_actor_id
        assert store.actor(lead).name == "Kataib Hezbollah"
    groups = [a.name for a in store.actors() if a.kind != "state"]
    assert sorted(groups) == ["Asa'ib Ahl al-Haq", "Kataib Hezbollah"]  # two spellings, one


def test_spelling_blind_names_keep_numbers_apart() -> None:
    assert name_key("Kata'ib Hizballah") == name_key("Kataib Hezbollah")
    assert name_key("Saraya Awliya al-Dam") == name_key("Saraya Awliya' al-Damm")
    assert name_key("Armed Group 11") != name_key("Armed Group 1")
    assert name_key("Brigade 313") != name_key("Brigade 3113")


def test_reimport_with_new_notes_adds_their_claims_once(store: Store, tmp_path: Path) -> None:
    first = [("IRQ40061", IRAQ_UNKNOWN, "", "On 22 March 2024, rockets hit the airbase. "
              "The Islamic Resistance in Iraq claimed responsibility.")]
    import_file(store, write_export(tmp_path / "first.csv", first))
    updated = [(*first[0][:3], first[0][3] + " Kataib Hezbollah denied any involvement.")]
    report = import_file(store, write_export(tmp_path / "updated.csv", updated))
    assert report.incidents_added == 0 and report.incidents_updated == 1
    assert report.claims_added == 1
    again = import_file(store, write_export(tmp_path / "again.csv", updated))
    assert again.claims_added == 0 and again.actors_added == 0
    assert attribution(store, "IRQ40061") == ("claimed", {
        (None, "unattributed", "ACLED"),
        ("Islamic Resistance in Iraq", "claimed", "ACLED (notes)"),
        ("Kataib Hezbollah", "denied", "ACLED (notes)")})


def test_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
    from bench_import import main

    assert main(2000) > 0
    assert "rows/s" in capsys.readouterr().out
