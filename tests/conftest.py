"""Shared fixtures: real desk files on disk, and the real app on them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.demo.loader import write_demo
from db.schema import SCHEMA_VERSION
from db.store import Store


def write_future_desk(path: Path) -> bytes:
    """A desk from a newer threatdesk (a higher schema version); returns its bytes."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE incidents (id)")
    conn.commit()
    conn.close()
    return path.read_bytes()


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
