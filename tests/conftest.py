"""Shared fixtures: real desk files on disk, and the real app on them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from db.demo.loader import write_demo
from db.schema import MIGRATIONS, SCHEMA_VERSION
from db.store import Store


def write_future_desk(path: Path) -> bytes:
    """A desk from a newer threatdesk (a higher schema version); returns its bytes."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE incidents (id)")
    conn.commit()
    conn.close()
    return path.read_bytes()


def write_v1_desk(path: Path, incident: dict) -> None:
    """A desk at schema version 1, made before search had its index, holding one incident row."""
    db = sqlite_utils.Database(path)
    MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db["incidents"].insert(incident)
    db.close()


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    return write_demo(tmp_path / "desk.db")


@pytest.fixture
def store(demo_path: Path) -> Iterator[Store]:
    handle = Store.open(demo_path, analyst="tester")
    yield handle
    handle.close()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    handle = Store.open(tmp_path / "empty.db", analyst="tester", create=True)
    yield handle
    handle.close()
