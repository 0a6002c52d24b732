"""Measure threatdesk on synthetic desks of N and of a small N, and compare.

    python -m bench.run [--n 1000000] [--small 10000] [--dir bench/out]

Desks missing from ``--dir`` are generated first (and the generation timed), then read
once so that they sit in the OS page cache as a desk in daily use does. Each desk is
measured in fresh processes, so that one desk's caches and peak memory never count
for the other:

- first page painted: ``python -m tui.cli --db DESK`` with THREATDESK_EXIT_AFTER_FIRST_PAINT
  set; the app reports the monotonic time at which the list's first page is on screen.
  The package is byte-compiled first, as ``pip install`` leaves it: a source checkout run
  with PYTHONDONTWRITEBYTECODE would otherwise compile every module at every start;
- keystroke to repaint (j, page down, G): the real ``ThreatdeskApp`` under ``run_test``,
  from posting the key to the end of the next compositor refresh (the frame that shows it);
- search: 20 queries typed a character at a time, each keystroke a new window's count and
  first page, as the app asks for them before the frame (a search in most of the desk
  shows a guessed count, ``IncidentWindow.shown_count``); then, apart, the exact counts
  the app's worker makes for those guesses; filters likewise; the per-status counts;
- peak RSS of the process that did all of the above, and of the first-paint process.

Prints a table and writes ``results-N.json`` (and ``latest.json``) to ``--dir``.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.keys import _character_to_key

from db.listing import IncidentFilter, IncidentQuery, IncidentWindow
from db.store import Store

SCREEN = (120, 40)
APP_QUERIES = 8  # typed into the real app's search box; each keystroke waits for idle
VISIBLE = 40
QUERIES = ("Kata'ib Hezbollah", "Erbil", "Ain al-Asad", "drone", "Shahed-136",
           '"one-way attack drone"', "rocket Harir", "Tower 22", "Nujaba",
           "Islamic Resistance", "ballistic missile", "Hodeidah port", "Ansar Allah", "CENTCOM",
           "al-Tanf drone", "Kiryat Shmona", "Badr Brigades", "intercepted", "Telegram channel",
           "quadcopter")


# (wall seconds, CPU seconds of this process): on a shared machine the CPU figure shows
# the work itself, the wall figure adds the time other processes held the cores.
Sample = tuple[float, float]


def _pick(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def percentiles(samples: list[Sample]) -> dict[str, float]:
    wall, cpu = [s[0] for s in samples], [s[1] for s in samples]
    return {"p50_ms": round(_pick(wall, 0.5) * 1000, 2),
            "p95_ms": round(_pick(wall, 0.95) * 1000, 2), "max_ms": round(max(wall) * 1000, 2),
            "cpu_p50_ms": round(_pick(cpu, 0.5) * 1000, 2),
            "cpu_p95_ms": round(_pick(cpu, 0.95) * 1000, 2), "samples": len(samples)}


def timed(action: Callable[[], Any]) -> Sample:
    started, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - started, time.process_time() - cpu


def first_page(db: Any, incident_filter: IncidentFilter, sort: str = "date") -> None:
    """What the list does for a new query: the count (or its guess) for the scrollbar,
    then the page."""
    window = IncidentWindow(db, IncidentQuery(sort=sort, filter=incident_filter))
    window.shown_count()
    window.rows(0, VISIBLE)


def searched(db: Any, text: str) -> IncidentWindow:
    return IncidentWindow(db, IncidentQuery(filter=IncidentFilter(search=text)))


# Search and filters, at the store: the app asks for exactly this on each keystroke.

def search_latency(db: Any) -> dict[str, Any]:
    typed = {text[:n]: timed(lambda: first_page(db, IncidentFilter(search=text[:n])))
             for text in QUERIES for n in range(1, len(text) + 1)}
    # The app's worker counts a guessed search exactly after its first page is drawn.
    guessed = [text for text in typed if not searched(db, text).counted]
    exact = [timed(lambda: searched(db, text).snapshot_count()) for text in guessed]
    counted = [timed(lambda: searched(db, text).status_counts()) for text in QUERIES]
    slowest = sorted(typed.items(), key=lambda item: -item[1][0])[:12]
    return {"search_per_keystroke": percentiles(list(typed.values())),
            "search_slowest": {text: round(s[0] * 1000, 1) for text, s in slowest},
            "search_guessed": f"{len(guessed)} of {len(typed)}",
            **({"search_exact_count": percentiles(exact)} if exact else {}),
            "search_status_counts": percentiles(counted)}


def filters(db: Any) -> dict[str, IncidentFilter]:
    top, rare = db.execute("SELECT min(id), max(id) FROM actors").fetchone()
    return {
        "status claimed": IncidentFilter(attribution_statuses=("claimed",)),
        "status contested+confirmed": IncidentFilter(
            attribution_statuses=("contested", "confirmed")),
        "triage new": IncidentFilter(triage_statuses=("new",)),
        "any claim by top actor": IncidentFilter(actor_id=top),
        "denied by top actor": IncidentFilter(actor_id=top, actor_stance="denied"),
        "any claim by rare actor": IncidentFilter(actor_id=rare),
        "one year": IncidentFilter(date_from="2022-01-01", date_to="2022-12-31"),
        "one month": IncidentFilter(date_from="2024-03-01", date_to="2024-03-31"),
        "country Iraq": IncidentFilter(country="Iraq"),
        "Iraq / Erbil": IncidentFilter(country="Iraq", admin1="Erbil"),
        "weapon drone": IncidentFilter(weapon_category="drone"),
        "TLP red": IncidentFilter(tlp="red"),
        "Iraq+drone+claimed+2023": IncidentFilter(
            country="Iraq", weapon_category="drone", attribution_statuses=("claimed",),
            date_from="2023-01-01", date_to="2023-12-31"),
        "search+Syria+2021": IncidentFilter(search="Kata'ib", country="Syria",
                                            date_from="2021-01-01", date_to="2021-12-31"),
    }


def filter_latency(db: Any, rounds: int = 3) -> dict[str, Any]:
    chosen = filters(db)
    each = {name: [timed(lambda: first_page(db, f)) for _ in range(rounds)]
            for name, f in chosen.items()}
    counts = [timed(lambda: IncidentWindow(db, IncidentQuery(filter=f)).status_counts())
              for f in chosen.values()]
    sorts = [timed(lambda: first_page(db, IncidentFilter(), sort))
             for sort in ("date", "status", "place", "weapon") for _ in range(rounds)]
    return {"filter": percentiles([s for samples in each.values() for s in samples]),
            "filter_worst": {name: round(max(s)[0] * 1000, 2) for name, s in each.items()},
            "filter_status_counts": percentiles(counts),
            "sort_change": percentiles(sorts)}


def jump_latency(db: Any) -> dict[str, Any]:
    """A scrollbar drag: pages anywhere in the list, each window fresh (no anchors yet)."""
    window = IncidentWindow(db)
    total = window.count()
    samples = []
    for step in range(20):
        window = IncidentWindow(db)
        samples.append(timed(lambda: window.rows(total * step // 20, total * step // 20 +
                                                 VISIBLE)))
    return {"scrollbar_jump_cold": percentiles(samples)}


# The real app, driven key by key.

async def key_latency(path: Path) -> dict[str, Any]:
    from textual import events

    from tui.app import ThreatdeskApp
    from tui.incident_list import IncidentList

    store = Store.open(path, analyst="bench")
    app = ThreatdeskApp(store)
    frames: list[Sample] = []  # when each frame was ready: (perf_counter, process_time)
    async with app.run_test(size=SCREEN) as pilot:
        await pilot.pause()
        _count_frames(app.screen, frames)
        listing = app.query_one(IncidentList)

        async def press(key: str, char: str | None, shown: Callable[[], bool] = lambda: True
                        ) -> Sample:
            """From the key to the first frame drawn once ``shown()`` holds."""
            started, cpu = time.perf_counter(), time.process_time()
            app._driver.send_message(events.Key(key, char))
            while not shown():
                await asyncio.sleep(0.0005)
            seen = len(frames)
            while len(frames) == seen:
                await asyncio.sleep(0.0005)
            latency = (frames[seen][0] - started, frames[seen][1] - cpu)
            await pilot.pause()
            return latency

        results = {"j": [await press("j", "j") for _ in range(150)],
                   "pagedown": [await press("pagedown", None) for _ in range(60)]}
        g_cold = []
        for _ in range(20):
            listing.set_window(IncidentWindow(store.db))  # forget anchors and caches
            await press("g", "g")
            g_cold.append(await press("G", "G"))
        results["G"] = g_cold
        results["search_typed"] = [sample for text in QUERIES[:APP_QUERIES]
                                   for sample in await _type(press, listing, text)]
    store.close()
    return {f"key_{name}": percentiles(samples) for name, samples in results.items()}


async def _type(press: Callable[..., Any], listing: Any, text: str) -> list[Sample]:
    """Open the search box, type ``text`` a key at a time, then clear it with escape.

    Each keystroke counts until the first frame after the list holds that search.
    """
    await press("slash", "/")
    samples = []
    for typed in range(1, len(text) + 1):
        char = text[typed - 1]
        key = char if char.isalnum() else _character_to_key(char)
        samples.append(await press(
            key, char, lambda: listing.window.query.filter.search == text[:typed]))
    await press("escape", None)
    return samples


def _count_frames(screen: Any, frames: list[Sample]) -> None:
    """Note the end of each compositor refresh: the moment a frame is ready to show."""
    refresh = screen._compositor_refresh

    def counted() -> None:
        refresh()
        frames.append((time.perf_counter(), time.process_time()))

    screen._compositor_refresh = counted


def measure(path: Path) -> dict[str, Any]:
    """Everything measured inside one process on one desk (run with --measure)."""
    import resource

    store = Store.open(path, analyst="bench", read_only=True)
    figures: dict[str, Any] = {}
    figures.update(search_latency(store.db))
    figures.update(filter_latency(store.db))
    figures.update(jump_latency(store.db))
    store.close()
    figures.update(asyncio.run(key_latency(path)))
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return figures


# Orchestration: fresh processes per desk.

def first_paint(path: Path, runs: int) -> dict[str, Any]:
    for package in ("db", "tui"):
        compileall.compile_dir(Path(__file__).resolve().parent.parent / package, quiet=1)
    times, cpu, rss = [], [], []
    env = dict(os.environ, THREATDESK_EXIT_AFTER_FIRST_PAINT="1", TERM="xterm-256color",
               COLUMNS=str(SCREEN[0]), LINES=str(SCREEN[1]))
    for _ in range(runs):
        started = time.monotonic()
        output, usage = _run_child([sys.executable, "-m", "tui.cli", "--db", str(path)], env)
        painted = re.search(rb"first-paint (\d+\.\d+)", output)
        if painted is None:
            raise RuntimeError(f"no first-paint line from the app: {output[-500:]!r}")
        times.append(float(painted.group(1)) - started)
        cpu.append(usage.ru_utime + usage.ru_stime)  # it exits right after the first paint
        rss.append(usage.ru_maxrss / 1024)
    return {"first_paint_s": round(statistics.median(times), 3),
            "first_paint_max_s": round(max(times), 3),
            "first_paint_cpu_s": round(statistics.median(cpu), 3),
            "first_paint_rss_mb": round(max(rss), 1)}


def _run_child(command: list[str], env: dict[str, str]) -> tuple[bytes, Any]:
    """Run to the end; returns its stderr and its own resource usage (peak RSS among it)."""
    child = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    output = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    return output, usage


def ensure_desk(directory: Path, n: int) -> tuple[Path, dict[str, Any]]:
    path = directory / f"desk-{n}.db"
    record = directory / f"desk-{n}.generate.json"
    if not path.exists():
        done = subprocess.run([sys.executable, "-m", "bench.generate", str(path), "--n", str(n)],
                              check=True, capture_output=True, text=True)
        record.write_text(done.stdout)
    return path, json.loads(record.read_text()) if record.exists() else {}


def warm(path: Path) -> None:
    """Bring a cached desk to this release's schema (a migration must not be timed as a
    first paint), then read it once, as an analyst's desk in daily use sits in the OS page
    cache."""
    Store.open(path, analyst="bench").close()
    with path.open("rb") as desk:
        while desk.read(1 << 24):
            pass


def run_desk(directory: Path, n: int, paints: int) -> dict[str, Any]:
    path, generated = ensure_desk(directory, n)
    warm(path)
    figures: dict[str, Any] = {"n": n, "generate_s": round(generated.get("total_s", 0), 1)}
    figures.update(first_paint(path, paints))
    done = subprocess.run([sys.executable, "-m", "bench.run", "--measure", str(path)],
                          check=True, capture_output=True, text=True)
    figures.update(json.loads(done.stdout.splitlines()[-1]))
    return figures


ROWS = (("latencies: p50 / p95 wall (p95 CPU), ms", ""),
        ("generate the desk (s)", "generate_s"),
        ("first page painted (s, median)", "first_paint_s"),
        ("  slowest of the runs (s)", "first_paint_max_s"),
        ("  CPU time of the process, median (s)", "first_paint_cpu_s"),
        ("key j to frame", "key_j"), ("key page down to frame", "key_pagedown"),
        ("key G to frame, cold", "key_G"),
        ("search, per keystroke (store)", "search_per_keystroke"),
        ("search, per keystroke (app)", "key_search_typed"),
        ("  keystrokes whose count was guessed", "search_guessed"),
        ("  their exact count, in the worker", "search_exact_count"),
        ("filter", "filter"), ("sort change", "sort_change"),
        ("status counts, filtered", "filter_status_counts"),
        ("status counts, searched", "search_status_counts"),
        ("scrollbar jump, cold", "scrollbar_jump_cold"),
        ("peak RSS, measuring process (MB)", "peak_rss_mb"),
        ("peak RSS, first-paint process (MB)", "first_paint_rss_mb"))


def _cell(value: Any) -> str:
    if isinstance(value, dict):
        return f"{value['p50_ms']:.1f} / {value['p95_ms']:.1f} ({value['cpu_p95_ms']:.1f})"
    return str(value)


def table(results: list[dict[str, Any]]) -> str:
    header = f"{'':42}" + "".join(f"{'N = ' + format(r['n'], ','):>26}" for r in results)
    lines = [header]
    for label, key in ROWS:
        lines.append(f"{label:42}" + "".join(f"{_cell(r.get(key, '')):>26}" for r in results))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--dir", type=Path, default=Path("bench/out"))
    parser.add_argument("--paints", type=int, default=7, help="first-paint runs per desk")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    args.dir.mkdir(parents=True, exist_ok=True)
    results = [run_desk(args.dir, n, args.paints) for n in (args.small, args.n)]
    small, large = results
    growth = large["first_paint_s"] / small["first_paint_s"] - 1
    print(table(results))
    print(f"first page painted, N = {args.n:,} vs {args.small:,}: {growth:+.0%}")
    report = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
              "results": results, "first_paint_growth": round(growth, 3)}
    for name in (f"results-{args.n}.json", "latest.json"):
        (args.dir / name).write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
