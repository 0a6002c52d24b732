"""Write a deterministic synthetic desk of N incidents for the benchmark.

    python -m bench.generate PATH [--n 1000000] [--seed 7]

The shape follows a regional desk's years of work: a few hundred actors with aliases,
1-5 quotes and 0-4 claims per incident, dates spread over ten years, text drawn from a
vocabulary of places, weapons and actor names. Rows go in with plain ``executemany`` in
one transaction, with the secondary indexes dropped and rebuilt afterwards (a sort-based
build is far faster than a million random B-tree inserts), and the search documents are
written straight from the generated text instead of being re-read by ``rebuild_all``.

Two cores, two processes: a second one makes the batches, passes the incident and quote
rows to this one, and writes the search documents and the claims (with their indexes) into
a file of its own while this one writes its tables and builds their indexes; the search
index's tables and the claims are then copied into the desk's as they are (SQLite's
transfer of whole records, no re-tokenising or sorting).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import queue
import random
import sqlite3
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from db.schema import fill_incident_actors
from db.store import Store

T = TypeVar("T")
BATCH = 20_000
START = date(2016, 1, 1)
DAYS = 3652

COUNTRIES: dict[str, tuple[str, ...]] = {
    "Iraq": ("Anbar", "Baghdad", "Erbil", "Nineveh", "Basra", "Salah al-Din", "Diyala"),
    "Syria": ("Deir ez-Zor", "Hasakah", "Homs", "Idlib", "Aleppo", "Raqqa"),
    "Yemen": ("Hodeidah", "Marib", "Sanaa", "Taiz", "Aden", "Al Bayda"),
    "Lebanon": ("South Lebanon", "Nabatieh", "Beqaa", "Beirut"),
    "Israel": ("Northern District", "Haifa", "Southern District"),
    "Jordan": ("Mafraq", "Zarqa"),
    "Saudi Arabia": ("Jizan", "Najran", "Eastern Province"),
    "Red Sea": ("Bab el-Mandeb", "Southern Red Sea"),
}
SITES = ("Ain al-Asad", "Harir", "Victory", "Tower 22", "al-Tanf", "Conoco", "Green Village",
         "Rumalyn", "Shaddadi", "Balad", "Union III", "Mission Support Site", "Qayyarah",
         "Erbil airport", "Baghdad airport", "K-1", "Camp Taji", "Bashur", "Tal Baydar",
         "Kharab al-Jir", "Mosul dam", "Hodeidah port", "Ras Isa", "Kiryat Shmona",
         "Metula", "Shlomi", "Eilat", "Ashdod", "Marib dam", "Hajjah")
SYLLABLES = ("al", "ba", "dar", "fa", "ha", "ji", "ka", "lu", "ma", "na", "qa", "ra", "sa",
             "ta", "wa", "ya", "za", "kir", "mun", "sur", "tel", "um", "zub", "hit")
WEAPONS: dict[str, tuple[str, ...]] = {
    "rocket": ("107mm rocket", "122mm Grad rocket", "Katyusha rocket", "240mm rocket"),
    "missile": ("ballistic missile", "cruise missile", "anti-ship missile", "Burkan missile"),
    "drone": ("one-way attack drone", "Shahed-136 drone", "quadcopter", "Samad-3 drone"),
    "mortar": ("60mm mortar", "82mm mortar", "120mm mortar"),
    "ied": ("roadside IED", "vehicle-borne IED", "magnetic IED"),
    "indirect-fire": ("indirect fire", "artillery shells"),
    "small-arms": ("small-arms fire", "sniper fire", "RPG"),
    "other": ("unknown projectile", "explosive device"),
}
CATEGORIES = tuple(WEAPONS)
EVENT_TYPES = {"rocket": "Shelling/artillery/missile attack",
               "missile": "Shelling/artillery/missile attack",
               "drone": "Air/drone strike", "mortar": "Shelling/artillery/missile attack",
               "ied": "Remote explosive/landmine/IED",
               "indirect-fire": "Shelling/artillery/missile attack",
               "small-arms": "Attack", "other": "Attack"}
ACTOR_STEMS = ("Hezbollah", "Nujaba", "Sayyid al-Shuhada", "Imam Ali", "Abu al-Fadl",
               "Ansar Allah", "Thar Allah", "Ashab al-Kahf", "Qasim al-Jabbarin",
               "Rab Allah", "Awliya al-Dam", "Khorasani", "Tha'ir", "Muqawama", "Huthi",
               "Zainabiyoun", "Fatemiyoun", "Badr", "Jund al-Haq", "al-Wa'd al-Sadiq")
ACTOR_FORMS = ("Kata'ib {}", "Harakat {}", "Saraya {}", "Liwa {}", "Ashab {}", "{} Brigades",
               "Islamic Resistance {}", "{} Front", "{} Movement")
SPEAKERS = (("Pentagon press secretary", "official"), ("CENTCOM", "military"),
            ("Iraqi Security Media Cell", "military"), ("two US defense officials", "official"),
            ("a Kurdistan Region spokesperson", "official"), ("Telegram channel", "group"),
            ("IDF spokesperson", "military"), ("local police chief", "official"),
            ("a senior militia commander", "group"), ("residents", "witness"))
VERBS = ("struck", "targeted", "hit", "attacked", "fired on", "launched at")
STATUSES = ("unattributed",) * 9 + ("suspected",) * 4 + ("claimed",) * 3 + (
    "contested", "assessed", "assessed", "confirmed")
TRIAGE = ("new", "new", "in_progress", "reviewed", "reviewed", "reviewed") + ("closed",) * 6
TLPS = ("clear", "green", "green", "amber", "amber", "amber", "amber", "amber+strict", "red")
STANCES = ("claimed", "claimed", "denied", "suspected", "suspected", "assessed",
           "unattributed")


@dataclass(frozen=True)
class Vocabulary:
    places: tuple[tuple[str, str, str], ...]  # (location, admin1, country)
    actors: tuple[tuple[int, str, str], ...]  # (id, name, aliases JSON)


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def make_vocabulary(rng: random.Random) -> Vocabulary:
    places = []
    for country, regions in COUNTRIES.items():
        for admin1 in regions:
            towns = {_word(rng) for _ in range(12)} | {rng.choice(SITES) for _ in range(3)}
            places += [(town, admin1, country) for town in sorted(towns)]
    names: dict[str, list[str]] = {}
    while len(names) < 300:
        name = rng.choice(ACTOR_FORMS).format(rng.choice(ACTOR_STEMS + (_word(rng),) * 4))
        names.setdefault(name, [_acronym(name), f"{name.split()[-1]} group"][: rng.randint(0, 2)])
    actors = tuple((i, n, json.dumps(a)) for i, (n, a) in enumerate(sorted(names.items()), 1))
    return Vocabulary(tuple(places), actors)


def _acronym(name: str) -> str:
    return "".join(part[0] for part in name.replace("-", " ").split()).upper()


class Generator:
    """Rows for incidents, quotes, claims and search documents.

    Each batch has its own RNG seeded from (seed, batch), so batches can be made in any
    process and in any order and the desk still comes out the same.
    """

    def __init__(self, seed: int):
        self.seed = seed
        rng = random.Random(seed)
        self.vocab = make_vocabulary(rng)
        # A few actors do most of the work, as on a real desk: a table of weighted draws
        # picked from uniformly is much cheaper than `choices` per row.
        weights = [1 / rank for rank in range(1, len(self.vocab.actors) + 1)]
        self.actor_table = rng.choices(self.vocab.actors, weights, k=8192)
        self.random = rng.random

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def between(self, low: int, high: int) -> int:
        return low + int(self.random() * (high - low + 1))

    def actor(self) -> tuple[int, str, str]:
        return self.pick(self.actor_table)

    def incident(self, incident_id: int, out: dict[str, list[tuple]]) -> None:
        pick, between = self.pick, self.between
        location, admin1, country = pick(self.vocab.places)
        category = pick(CATEGORIES)
        weapon = pick(WEAPONS[category])
        occurred = (START + timedelta(days=int(self.random() * DAYS))).isoformat()
        status = pick(STATUSES)
        lead = self.actor() if status != "unattributed" else None
        target = pick(SITES)
        title = f"{weapon.capitalize()} {pick(VERBS)} {target} near {location}"
        summary = (f"{between(1, 12)} x {weapon} {pick(VERBS)} {target} in "
                   f"{admin1}, {country}; outcome {pick(('impact', 'intercepted'))}.")
        stamp = f"{occurred}T12:00:00+00:00"
        out["incidents"].append((
            incident_id, title, occurred, pick(("day", "day", "day", "week", "month")),
            EVENT_TYPES[category], weapon, category, between(1, 12), target, location,
            admin1, country, pick(("impact", "intercepted", "foiled", "unknown")),
            pick((0, 0, 0, 1, 2)), pick((0, 0, 1, 3)), status,
            lead[0] if lead else None, pick(TRIAGE), pick(TLPS), summary,
            f"SYN{incident_id}", stamp, stamp))
        quotes = self._quotes(incident_id, weapon, target, location, out)
        actors = self._claims(incident_id, stamp, out) | ({lead} if lead else set())
        out["search"].append((incident_id, title, summary,
                              f"{location} {admin1} {country} {target}", quotes,
                              " ".join(f"{n} {a}" for _, n, a in sorted(actors)) or None))

    def _quotes(self, incident_id: int, weapon: str, target: str, location: str,
                out: dict[str, list[tuple]]) -> str:
        texts = []
        for _ in range(self.between(1, 5)):
            speaker, role = self.pick(SPEAKERS)
            name = self.actor()[1]
            text = (f"The {weapon} {self.pick(VERBS)} {target} near {location}; "
                    f"we believe {name} was behind it")
            out["quotes"].append((incident_id, speaker, role, text))
            texts.append(f"{speaker} {role} {text}")
        return " ".join(texts)

    def _claims(self, incident_id: int, stamp: str, out: dict[str, list[tuple]]
                ) -> set[tuple[int, str, str]]:
        actors = set()
        for _ in range(self.between(0, 4)):
            stance = self.pick(STANCES)
            actor = None if stance == "unattributed" else self.actor()
            actors |= {actor} if actor else set()
            out["claims"].append((incident_id, actor[0] if actor else None,
                                  stance, self.pick(SPEAKERS)[0], stamp))
        return actors

    def batch(self, start: int, stop: int) -> dict[str, list[tuple]]:
        """Rows for incidents ``start`` to ``stop - 1``."""
        self.random = random.Random(f"{self.seed}:{start}").random
        out: dict[str, list[tuple]] = {k: [] for k in INSERTS}
        for incident_id in range(start, stop):
            self.incident(incident_id, out)
        return out


_DONE = "done"


def _search_side(seed: int, n: int, path: str, ddl: list[str], claim_indexes: list[str],
                 rows: multiprocessing.Queue) -> None:
    """Second process: make every batch, hand the incident and quote rows to the writer,
    and write the search documents and the claims (with their indexes) into a file of its
    own at ``path``, copied into the desk at the end."""
    gen = Generator(seed)
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -1000000"):
        conn.execute(f"PRAGMA {pragma}")
    for sql in ddl:
        conn.execute(sql)
    # A term hash as big as the whole index, and no merging while loading: the documents
    # are flushed once, as one segment, which is what `optimize` would leave.
    _fts_config(conn, "hashsize", FTS_HASH_BYTES)
    _fts_config(conn, "automerge", 0)
    conn.execute("BEGIN")
    claims: list[tuple] = []
    for start in range(1, n + 1, BATCH):
        out = gen.batch(start, min(n + 1, start + BATCH))
        search = out.pop("search")
        claims += out.pop("claims")
        rows.put(out)
        conn.executemany(INSERTS["search"], search)
    # The writer has all its rows: the rest is done while it builds its indexes.
    rows.put(_DONE)
    conn.executemany(INSERTS["claims"], claims)
    for sql in claim_indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    # A no-op when the hash held everything (one segment); merges otherwise.
    conn.execute("INSERT INTO incident_search(incident_search) VALUES ('optimize')")
    conn.close()


INSERTS = {
    "incidents": "INSERT INTO incidents (id, title, occurred_on, time_precision, event_type, "
                 "weapon, weapon_category, munition_count, target, location, admin1, country, "
                 "outcome, killed, injured, attribution_status, lead_actor_id, triage_status, "
                 "tlp, summary, external_id, created_at, updated_at) "
                 "VALUES (" + ",".join("?" * 23) + ")",
    "quotes": "INSERT INTO quotes (incident_id, speaker, speaker_role, text) "
              "VALUES (?, ?, ?, ?)",
    "claims": "INSERT INTO claims (incident_id, actor_id, stance, asserted_by, created_at) "
              "VALUES (?, ?, ?, ?, ?)",
    "search": "INSERT INTO incident_search (rowid, title, summary, place, quotes, actors) "
              "VALUES (?, ?, ?, ?, ?, ?)",
}


def _drop(conn: sqlite3.Connection, kind: str, which: str) -> list[str]:
    """Drop the schema objects of ``kind`` (index, trigger) that ``which`` selects; returns
    the SQL to make them again after the load."""
    rows = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = ? "
                        f"AND sql IS NOT NULL AND {which}", [kind]).fetchall()
    for name, _ in rows:
        conn.execute(f"DROP {kind.upper()} [{name}]")
    return [sql for _, sql in rows]


def _fts_config(conn: sqlite3.Connection, name: str, value: int) -> None:
    conn.execute("INSERT INTO incident_search (incident_search, rank) VALUES (?, ?)",
                 [name, value])


# The search index's own tables, copied as they are from the side file into the desk's
# (empty) ones: its configuration row (incident_search_config) stays the desk's own.
FTS_SHADOWS = ("data", "idx", "content", "docsize")
FTS_HASH_BYTES = 1 << 30  # FTS5 takes up to 2**31 - 1


def _next(rows: multiprocessing.Queue, side: multiprocessing.Process) -> object:
    """The next batch from the side process, or an error if it died before sending it."""
    while True:
        try:
            return rows.get(timeout=1)
        except queue.Empty:
            if not side.is_alive():
                raise RuntimeError(f"search index process failed ({side.exitcode})") from None


def _remove(*paths: Path) -> None:
    for path in paths:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def generate(path: Path, n: int, seed: int = 7) -> dict[str, float]:
    """Create the desk at ``path`` (which must not exist) with ``n`` incidents.

    All or nothing: the desk is written to a scratch file beside ``path`` with no journal
    and renamed into place, in WAL mode, only once complete.
    """
    path = Path(path)
    scratch = path.with_name(f".{path.name}.{os.getpid()}.partial")
    search_file = path.with_name(f".{path.name}.{os.getpid()}.search")
    _remove(scratch, search_file)
    try:
        figures = _generate(scratch, search_file, n, seed)
        if path.exists():
            raise FileExistsError(f"{path} appeared while the desk was generated")
        os.replace(scratch, path)
        return figures
    finally:
        _remove(scratch, search_file)


def _generate(path: Path, search_file: Path, n: int, seed: int) -> dict[str, float]:
    started = time.perf_counter()
    store = Store.open(path, create=True, analyst="bench")
    conn = store.db.conn
    gen = Generator(seed)
    ddl = [conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
           for name in ("incident_search", "claims")]
    claim_indexes = [row[0] for row in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claims' "
        "AND sql IS NOT NULL")]
    # A scratch file that a failure deletes: no journal while loading, and foreign keys
    # need no checking on rows made consistent. Two sorter threads and a cache that
    # holds the incidents table: index builds are most of the time after the load.
    for pragma in ("journal_mode = OFF", "synchronous = OFF", "foreign_keys = OFF",
                   "cache_size = -2000000", "threads = 2"):
        conn.execute(f"PRAGMA {pragma}")
    rows: multiprocessing.Queue = multiprocessing.get_context("fork").Queue(8)
    side = multiprocessing.get_context("fork").Process(
        target=_search_side, args=(seed, n, str(search_file), ddl, claim_indexes, rows), daemon=True)
    side.start()
    try:
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO actors (id, name, aliases, kind) VALUES (?, ?, ?, "
                         "'armed-group')", gen.vocab.actors)
        # Secondary indexes are built once, sorted, after the load; actor ties are filled
        # in one sorted pass instead of a trigger's insert per row.
        rebuild = _drop(conn, "index", "tbl_name IN ('incidents', 'quotes')")
        ties = _drop(conn, "trigger", "name LIKE 'incident_actors_%'")
        while (batch := _next(rows, side)) != _DONE:
            for table, table_rows in batch.items():
                conn.executemany(INSERTS[table], table_rows)
        marks = {"load_s": time.perf_counter()}
        for sql in rebuild:
            conn.execute(sql)
        marks["indexes_s"] = time.perf_counter()
        side.join()
        if side.exitcode != 0:
            raise RuntimeError(f"search index process failed ({side.exitcode})")
        marks["fts_wait_s"] = time.perf_counter()
        conn.execute("ATTACH ? AS side", [str(search_file)])
        for shadow in FTS_SHADOWS:
            conn.execute(f"DELETE FROM main.incident_search_{shadow}")
            conn.execute(f"INSERT INTO main.incident_search_{shadow} "
                         f"SELECT * FROM side.incident_search_{shadow}")
        # Into the empty table with the same indexes: SQLite copies the table and index
        # b-trees record by record, in order, without a sort.
        conn.execute("INSERT INTO main.claims SELECT * FROM side.claims")
        fill_incident_actors(store.db)
        for sql in ties:
            conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute("DETACH side")
        marks["fts_copy_s"] = time.perf_counter()
    finally:
        if side.is_alive():
            side.kill()
            side.join()
    conn.execute("PRAGMA analysis_limit = 1000")  # sampled statistics are plenty for the planner
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode = WAL")
    store.close()
    marks["analyze_s"] = time.perf_counter()
    figures: dict[str, float] = {"n": n}
    previous = started
    for name, mark in marks.items():
        figures[name] = round(mark - previous, 2)
        previous = mark
    figures["total_s"] = round(previous - started, 2)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.path.exists():
        parser.error(f"{args.path} exists; the generator writes a new desk")
    figures = generate(args.path, args.n, args.seed)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
