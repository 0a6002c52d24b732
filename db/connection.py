"""Opening a desk file: checks before anything is written, pragmas, migrations."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from db.errors import NotADeskError
from db.schema import migrate, refuse_newer

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class DeskFile:
    path: Path
    read_only: bool


def check_desk_file(path: Path) -> None:
    """Refuse anything that is not an SQLite file, without writing a byte to it."""
    if path.is_dir():
        raise NotADeskError(f"{path} is a directory, not a desk file")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    # An empty file is what `touch` leaves: SQLite treats it as a new database.
    if header and header != SQLITE_HEADER:
        raise NotADeskError(f"{path} is not a threatdesk desk (not an SQLite database)")


def is_writable(path: Path) -> bool:
    """Whether we may write the desk. A file with no write bit is treated as read-only even
    for root, who could write it anyway: the owner said so by taking the bits away."""
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222)


def create_private_file(path: Path) -> None:
    """Create an empty desk file readable by its owner only; a desk holds sensitive work."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _connect(path: Path, read_only: bool, check_same_thread: bool) -> sqlite3.Connection:
    options = {"isolation_level": None, "check_same_thread": check_same_thread}
    if not read_only:
        return sqlite3.connect(str(path), **options)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, **options)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        # A WAL desk in a directory we cannot write has no -shm to share: read it as is.
        return sqlite3.connect(f"file:{path}?immutable=1", uri=True, **options)


def open_desk(path: Path | str, *, create: bool = False, read_only: bool | None = None,
              check_same_thread: bool = True) -> tuple[sqlite_utils.Database, DeskFile]:
    """Open (and, with ``create``, make) a desk, migrating it forward.

    ``read_only=None`` opens read-only exactly when the file is not writable by us.
    """
    path = Path(path).expanduser()
    if not path.exists():
        if not create:
            raise NotADeskError(f"{path} does not exist")
        create_private_file(path)
    check_desk_file(path)
    if read_only is None:
        read_only = not is_writable(path)
    conn = _connect(path, read_only, check_same_thread)
    try:
        db = _prepare(conn, read_only)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise NotADeskError(f"{path} is not a usable desk: {error}") from error
    except Exception:
        conn.close()
        raise
    return db, DeskFile(path=path, read_only=read_only)


def _prepare(conn: sqlite3.Connection, read_only: bool) -> sqlite_utils.Database:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # sqlite-utils plugins are for its own command line; loading them would scan every
    # installed package's entry points (13 ms of each start) and let any of them add SQL
    # functions to the desk's connection.
    db = sqlite_utils.Database(conn, execute_plugins=False)
    # The version check runs before any pragma or migration that would write to the file.
    refuse_newer(db)
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(db)
    return db
