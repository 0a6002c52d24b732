#!/usr/bin/env python
"""Score the extractor against the hand-annotated corpus in tests/corpus and time it.

Prints precision, recall and F1 for quotes (exact character span), speaker accuracy over
matched quotes, actor-stance pairs (per article, as a set), incident dates (per article, as a
multiset of (date, precision)) and incident places (a place matches when the words of one
contain the other's: "Ain al-Asad airbase" and "Ain Al-Asad base"), then the import speed in
articles per second over 3 KB articles built from the corpus. Exits 1 if a target is missed.

    python scripts/eval_extract.py [-v]
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db.extract import Extraction, extract, place_key  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
TARGETS = {"quotes P": 0.95, "quotes R": 0.95, "speakers": 0.90, "stances F1": 0.85, "dates F1": 0.90,
           "articles/s": 200.0}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


@dataclass
class Report:
    quotes: Score = field(default_factory=Score)
    stances: Score = field(default_factory=Score)
    dates: Score = field(default_factory=Score)
    places: Score = field(default_factory=Score)
    speakers_ok: int = 0
    speakers_n: int = 0
    meta_ok: int = 0
    meta_n: int = 0
    notes: list[str] = field(default_factory=list)


def load_corpus() -> list[tuple[str, str, dict]]:
    out = []
    for js in sorted(CORPUS.glob("*.json")):
        text = js.with_suffix(".txt").read_text(encoding="utf-8")
        out.append((js.stem, text, json.loads(js.read_text(encoding="utf-8"))))
    return out


def norm_speaker(s: str | None) -> str:
    if not s:
        return ""
    w = s.replace("’", "'").lower().split()
    if w and w[0] in ("the", "a", "an"):
        w = w[1:]
    return " ".join(w)


def _multiset(gold: list, got: list) -> tuple[int, int, int]:
    g, x = Counter(gold), Counter(got)
    tp = sum((g & x).values())
    return tp, sum(x.values()) - tp, sum(g.values()) - tp


def _places(gold: list[str], got: list[str]) -> tuple[int, int, int]:
    free = [set(k.split()) for k in got]
    tp = 0
    for g in gold:
        gs = set(g.split())
        for i, e in enumerate(free):
            if e is not None and gs and e and (gs <= e or e <= gs):
                free[i] = None
                tp += 1
                break
    return tp, len(got) - tp, len(gold) - tp


def score_article(name: str, text: str, gold: dict, x: Extraction, rep: Report, verbose: bool) -> None:
    gq = {(q["start"], q["end"]): q for q in gold["quotes"]}
    xq = {(q.start, q.end): q for q in x.quotes}
    rep.quotes.add(len(gq.keys() & xq.keys()), len(xq.keys() - gq.keys()), len(gq.keys() - xq.keys()))
    for span in sorted(gq.keys() & xq.keys()):
        rep.speakers_n += 1
        if norm_speaker(gq[span]["speaker"]) == norm_speaker(xq[span].speaker):
            rep.speakers_ok += 1
        elif verbose:
            rep.notes.append(f"{name}: speaker {xq[span].speaker!r} != {gq[span]['speaker']!r} for {text[span[0]:span[1]][:40]!r}")
    if verbose:
        for span in sorted(xq.keys() - gq.keys()):
            rep.notes.append(f"{name}: extra quote {text[span[0]:span[1]][:60]!r}")
        for span in sorted(gq.keys() - xq.keys()):
            rep.notes.append(f"{name}: missed quote {text[span[0]:span[1]][:60]!r}")
    gs = {(s["actor"], s["stance"]) for s in gold["stances"]}
    xs = {(s.actor, s.stance) for s in x.stances}
    rep.stances.add(len(gs & xs), len(xs - gs), len(gs - xs))
    if verbose and gs != xs:
        rep.notes.append(f"{name}: stances extra {sorted(xs - gs, key=str)} missed {sorted(gs - xs, key=str)}")
    gd = [(i["occurred_on"], i["time_precision"]) for i in gold["incidents"]]
    xd = [(c.occurred_on, c.time_precision) for c in x.candidates]
    rep.dates.add(*_multiset(gd, xd))
    if verbose and Counter(gd) != Counter(xd):
        rep.notes.append(f"{name}: dates got {xd} want {gd}")
    gp = [place_key(i["place"]) for i in gold["incidents"]]
    xp = [place_key(c.place) for c in x.candidates]
    t = _places(gp, xp)
    rep.places.add(*t)
    if verbose and (t[1] or t[2]):
        rep.notes.append(f"{name}: places got {xp} want {gp}")
    for key in ("outlet", "dateline", "headline"):
        rep.meta_n += 1
        rep.meta_ok += (gold["meta"].get(key) or None) == (getattr(x.meta, key) or None)
        if verbose and (gold["meta"].get(key) or None) != (getattr(x.meta, key) or None):
            rep.notes.append(f"{name}: meta {key} {getattr(x.meta, key)!r} != {gold['meta'].get(key)!r}")


def synth_articles(corpus: list[tuple[str, str, dict]], n: int, size: int = 3000) -> list[tuple[str, date]]:
    """About 3 KB each: an article's paragraphs repeated until the size is reached."""
    out = []
    for k in range(n):
        _, text, gold = corpus[k % len(corpus)]
        paras = [p for p in text.split("\n") if p.strip()]
        body: list[str] = []
        i = 0
        while sum(len(p) + 1 for p in body) < size:
            body.append(paras[i % len(paras)])
            i += 1
        out.append(("\n".join(body) + "\n", date.fromisoformat(gold["published_on"])))
    return out


def speed(corpus: list[tuple[str, str, dict]], n: int = 600) -> tuple[float, int]:
    arts = synth_articles(corpus, n)
    mean = sum(len(t.encode()) for t, _ in arts) // len(arts)
    extract(arts[0][0], published_on=arts[0][1])  # compile patterns outside the timing
    best = 0.0
    for _ in range(3):
        t0 = time.perf_counter()
        for text, pub in arts:
            extract(text, published_on=pub)
        best = max(best, len(arts) / (time.perf_counter() - t0))
    return best, mean


def evaluate(verbose: bool = False) -> tuple[dict[str, float], Report]:
    corpus = load_corpus()
    rep = Report()
    for name, text, gold in corpus:
        x = extract(text, published_on=date.fromisoformat(gold["published_on"]))
        score_article(name, text, gold, x, rep, verbose)
    rate, mean = speed(corpus)
    figures = {
        "articles": len(corpus),
        "quotes P": rep.quotes.p, "quotes R": rep.quotes.r, "quotes F1": rep.quotes.f1,
        "speakers": rep.speakers_ok / rep.speakers_n if rep.speakers_n else 1.0,
        "stances P": rep.stances.p, "stances R": rep.stances.r, "stances F1": rep.stances.f1,
        "dates P": rep.dates.p, "dates R": rep.dates.r, "dates F1": rep.dates.f1,
        "places P": rep.places.p, "places R": rep.places.r, "places F1": rep.places.f1,
        "meta": rep.meta_ok / rep.meta_n if rep.meta_n else 1.0,
        "articles/s": rate, "bytes/article": mean,
    }
    return figures, rep


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    f, rep = evaluate(verbose)
    print(f"corpus: {f['articles']} annotated articles in {CORPUS.relative_to(ROOT)}")
    print(f"{'':<12}{'P':>7}{'R':>7}{'F1':>7}   counts (tp/fp/fn)")
    for label, sc in (("quotes", rep.quotes), ("stances", rep.stances), ("dates", rep.dates), ("places", rep.places)):
        print(f"{label:<12}{sc.p:7.3f}{sc.r:7.3f}{sc.f1:7.3f}   {sc.tp}/{sc.fp}/{sc.fn}")
    print(f"{'speakers':<12}{f['speakers']:7.3f} accuracy over {rep.speakers_n} matched quotes")
    print(f"{'meta':<12}{f['meta']:7.3f} accuracy (outlet, dateline, headline)")
    print(f"{'speed':<12}{f['articles/s']:7.0f} articles/s over {f['bytes/article']} B articles")
    missed = [k for k, t in TARGETS.items() if f[k] < t]
    for note in rep.notes:
        print("  ", note)
    if missed:
        print("MISSED TARGETS:", ", ".join(f"{k} {f[k]:.3f} < {TARGETS[k]}" for k in missed))
        return 1
    print("all targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
