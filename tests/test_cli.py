"""The command line, run as a user runs it: a real process, real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import write_future_desk
from db.store import Store


def threatdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui.cli", *args], capture_output=True,
                          text=True, timeout=60, env=env)


def test_version_and_help() -> None:
    assert "threatdesk, version" in threatdesk("--version").stdout
    help_text = threatdesk("--help").stdout
    for option in ("--db", "--analyst", "demo"):
        assert option in help_text


def test_demo_writes_a_desk_and_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    assert threatdesk("demo", str(path)).returncode == 0
    store = Store.open(path)
    assert store.incident_count() == 6
    store.close()
    before = path.read_bytes()
    refused = threatdesk("demo", str(path))
    assert refused.returncode == 2
    assert "--force" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before
    assert threatdesk("demo", str(path), "--force").returncode == 0


def test_db_that_is_not_sqlite_exits_2_and_is_untouched(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04 not a desk at all" * 100)
    before = path.read_bytes()
    result = threatdesk("--db", str(path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not a threatdesk desk" in result.stderr
    assert path.read_bytes() == before


def test_db_from_a_newer_threatdesk_exits_2_and_is_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    before = write_future_desk(path)
    result = threatdesk("--db", str(path))
    assert result.returncode == 2
    assert "upgrade threatdesk" in result.stderr and result.stderr.count("\n") == 1
    assert path.read_bytes() == before


def test_first_run_creates_the_demo_desk_from_the_environment(tmp_path: Path) -> None:
    import os
    path = tmp_path / "sub" / "desk.db"
    env = {**os.environ, "THREATDESK_DB": str(path), "THREATDESK_EXIT_AFTER_FIRST_PAINT": "1",
           "TERM": "xterm-256color"}
    result = threatdesk(env=env)
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stderr
    assert Store.open(path).incident_count() == 6
