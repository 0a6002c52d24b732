"""Import speed: generate N ACLED rows (current layout), import them into an empty desk.

    python bench/bench_import.py [N]

Prints rows per second for ``import_file``, search index and audit rows included, with the
process's CPU time and the load average beside it: on a busy machine the wall time says
more about the neighbours than about the import. The target (issue 5) is at least 50,000
rows/s.

Two ceilings are printed beside it, to show what this machine allows: the desk's writes
alone (the same rows, read beforehand, so parsing costs nothing), and the least any Python
importer does (the CSV's cells copied as they are into one SQLite table without an index).
"""

from __future__ import annotations

import csv
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from db.exchange import acled, import_file
from db.exchange.importing import write_batches
from db.exchange.report import ImportReport
from db.store import Store

HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
          "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
          "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
          "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
          "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
SUB_EVENTS = ["Air/drone strike", "Shelling/artillery/missile attack",
              "Remote explosive/landmine/IED", "Armed clash", "Attack"]
PLACES = [("Iraq", "Erbil", "Erbil", 36.19, 44.01), ("Iraq", "Al Anbar", "Ain al-Asad", 33.8, 42.44),
          ("Syria", "Deir ez Zor", "Al Omar", 35.05, 40.45), ("Yemen", "Al Hudaydah", "Hodeidah", 14.8, 42.95)]
WEAPONS = ["rockets", "a drone", "mortar rounds", "an IED", "a missile", "gunfire"]


def acled_rows(count: int, seed: int = 5) -> list[list[str]]:
    rng = random.Random(seed)
    actors = [f"Armed Group {n}" for n in range(200)] + ["Unidentified Armed Group (Iraq)"] * 50
    outlets = [f"Outlet {n}" for n in range(300)]
    rows = []
    for n in range(count):
        country, admin1, location, lat, lon = rng.choice(PLACES)
        sub = rng.choice(SUB_EVENTS)
        actor = rng.choice(actors)
        notes = (f"On {n % 28 + 1} March, {actor} fired {rng.choice(WEAPONS)} at a base near "
                 f"{location}, {admin1}. {rng.randint(0, 4)} soldiers were wounded. "
                 "No group claimed responsibility." * rng.randint(1, 2))
        rows.append([f"BEN{n}", f"2024-03-{n % 28 + 1:02d}", "2024", str(rng.randint(1, 3)),
                     "Political violence", "Explosions/Remote violence", sub, actor, "",
                     "Political militia", "Military Forces of Iraq (2022-)", "",
                     "State forces", "13", "", "368", "Middle East", country, admin1, "", "",
                     location, f"{lat:.4f}", f"{lon:.4f}", str(rng.randint(1, 3)),
                     "; ".join(rng.sample(outlets, rng.randint(1, 3))), "National",
                     notes, str(rng.randint(0, 3)), "", "1712345678"])
    return rows


def write_acled(path: Path, count: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(acled_rows(count))


def _timed(label: str, count: int, work: Callable[[], object]) -> float:
    started, cpu = time.perf_counter(), time.process_time()
    work()
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"{label}: {count} rows in {elapsed:.2f} s: {count / elapsed:,.0f} rows/s "
          f"(CPU {cpu:.2f} s, load {os.getloadavg()[0]:.1f})")
    return count / elapsed


def _copy_cells(source: Path, target: Path) -> None:
    """The least a Python importer does: every cell as it is, into an unindexed table."""
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    with source.open(newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        conn.execute(f"CREATE TABLE cells ({', '.join(f'c{n}' for n in range(len(header)))})")
        conn.executemany(f"INSERT INTO cells VALUES ({', '.join('?' * len(header))})", rows)
    conn.commit()
    conn.close()


def main(count: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp, "acled.csv")
        write_acled(source, count)
        store = Store.open(Path(tmp, "desk.db"), create=True, analyst="bench")
        reports: list[ImportReport] = []
        rate = _timed("import_file (the target)", count,
                      lambda: reports.append(import_file(store, source)))
        print(reports[0].summary())
        store.close()
        store = Store.open(Path(tmp, "desk2.db"), create=True, analyst="bench")
        batches = list(acled.read(source, ImportReport(format="acled")))
        _timed("ceiling: the desk's writes, parsing free", count,
               lambda: write_batches(store, batches, ImportReport(format="acled"), source,
                                     count, None))
        store.close()
        _timed("ceiling: cells copied into one unindexed table", count,
               lambda: _copy_cells(source, Path(tmp, "cells.db")))
    return rate


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
