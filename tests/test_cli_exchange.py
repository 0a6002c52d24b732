"""`threatdesk import` and `threatdesk export` as a user runs them, on real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from db.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "db" / "demo").glob("seed_*.txt"))
STIX = ROOT / "tests" / "data"


def threatdesk(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui.cli", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, input=stdin)


def test_import_articles_then_again_is_a_no_op(tmp_path: Path) -> None:
    desk = tmp_path / "desk.db"
    first = threatdesk(desk, "import", *map(str, SEEDS))
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("imported 2 of 2 files:") and "quotes" in first.stdout
    again = threatdesk(desk, "import", *map(str, SEEDS))
    assert again.returncode == 0
    assert "already on the desk" in again.stderr and "nothing new" in again.stdout
    assert Store.open(desk).db.execute("SELECT count(*) FROM sources").fetchone()[0] == 2


def test_a_bad_file_is_reported_and_the_others_import(tmp_path: Path) -> None:
    desk = tmp_path / "desk.db"
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 10)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = threatdesk(desk, "import", str(binary), str(SEEDS[0]), str(empty),
                        str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert "imported 1 of 4 files" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("threatdesk:")]
    assert len(errors) == 3
    assert any("binary" in e for e in errors) and any("empty" in e for e in errors)
    assert binary.read_bytes().startswith(b"\xff\xd8")  # the file it came from is untouched


def test_a_file_in_no_format_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "table.csv"
    bad.write_text("colour,size\nred,3\n")
    result = threatdesk(tmp_path / "desk.db", "import", str(bad))
    assert result.returncode == 2
    assert "table.csv: not an ACLED or GTD file" in result.stderr


def test_import_from_standard_input(tmp_path: Path) -> None:
    desk = tmp_path / "desk.db"
    text = SEEDS[0].read_text(encoding="utf-8")
    result = threatdesk(desk, "import", "-", "--published", "2021-03-04", "--outlet",
                        "Asharq Al-Awsat", stdin=text)
    assert result.returncode == 0, result.stderr
    store = Store.open(desk)
    [source] = list(store.db.query("SELECT outlet, published_on FROM sources"))
    assert source == {"outlet": "Asharq Al-Awsat", "published_on": "2021-03-04"}
    assert "2021-03-03" in {i.occurred_on for i in store.incidents()}


def test_bad_published_date_exits_2(tmp_path: Path) -> None:
    result = threatdesk(tmp_path / "desk.db", "import", str(SEEDS[0]), "--published", "May")
    assert result.returncode == 2


def test_export_formats_filters_and_tlp(tmp_path: Path) -> None:
    desk = tmp_path / "desk.db"
    assert subprocess.run([sys.executable, "-m", "tui.cli", "demo", str(desk)]).returncode == 0
    brief = threatdesk(desk, "export", "--format", "md", "--status", "suspected")
    assert brief.returncode == 0 and "Ain al-Asad" in brief.stdout
    assert "exported 1 incidents as md" in brief.stderr
    out = tmp_path / "desk.stix.json"
    stix = threatdesk(desk, "export", "--format", "stix", "--out", str(out))
    assert stix.returncode == 0
    assert json.loads(out.read_text())["type"] == "bundle"
    denied = threatdesk(desk, "export", "--format", "csv", "--actor", "KSS", "--stance",
                        "denied")
    assert denied.stdout.count("\n") == 2  # header and the one incident KSS denied
    store = Store.open(desk, analyst="tester")
    first = store.incidents()[0]
    store.update_incident(first.id, first.version, {"tlp": "red"})
    store.close()
    held = threatdesk(desk, "export", "--format", "json")
    assert "1 held back above TLP amber+strict" in held.stderr
    unknown = threatdesk(desk, "export", "--format", "csv", "--actor", "Nobody")
    assert unknown.returncode == 2 and "no actor named" in unknown.stderr


def test_an_unfiltered_json_export_is_the_whole_desk_with_every_actor(tmp_path: Path) -> None:
    desk, copy = tmp_path / "desk.db", tmp_path / "copy.db"
    # apt1.json holds actors tied to no incident; the others hold incidents.
    assert threatdesk(desk, "import", str(STIX / "apt1.json"), str(STIX / "acled_current.csv"),
                      str(STIX / "opencti-test-bundle.json")).returncode == 0
    whole = threatdesk(desk, "export", "--format", "json", "--tlp-max", "red")
    assert "APT1" in {a["name"] for a in json.loads(whole.stdout)["actors"]}
    part = threatdesk(desk, "export", "--format", "json", "--tlp-max", "red",
                      "--search", "APT41")
    assert "APT1" not in {a["name"] for a in json.loads(part.stdout)["actors"]}
    dump = tmp_path / "desk.json"
    dump.write_text(whole.stdout, encoding="utf-8")
    assert threatdesk(copy, "import", str(dump)).returncode == 0
    before, after = Store.open(desk), Store.open(copy)
    assert {a.name for a in after.actors()} == {a.name for a in before.actors()}
    before.close()
    after.close()
