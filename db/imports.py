"""One way in for every file: structured exchange formats, or a news article.

The command line and the app both call ``import_path``; it decides what the file is (or
takes the analyst's word for it), imports it in its own transaction(s), and returns one
``Outcome`` whose counts add up across files for the closing summary line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from db.articles import (ArticleOptions, ArticleReport, ArticleText, import_article,
                         read_article_file)
from db.exchange import FORMATS, import_file
from db.exchange.detect import detect
from db.exchange.report import ImportReport, UnknownFormatError
from db.store import Store

IMPORT_FORMATS = ("auto", "article", *FORMATS)
STRUCTURED_SUFFIXES = {".csv", ".tsv", ".xlsx", ".xls", ".json"}
Progress = Callable[[int, int], None]


@dataclass
class Outcome:
    """What importing one file did, in the words of the closing summary."""

    name: str
    kind: str
    counts: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)  # warnings and skipped rows, one line each

    def line(self) -> str:
        return f"{self.name} ({self.kind}): {describe_counts(self.counts)}"


def describe_counts(counts: Counter[str]) -> str:
    """"1 source, 3 quotes, 2 claims": the counts that are not zero, in words."""
    def phrase(n: int, plural: str) -> str:
        words = plural.split()
        if n == 1:  # the noun is the first word in the plural: "incidents added"
            noun = next(i for i, w in enumerate(words) if w.endswith("s"))
            words[noun] = words[noun][:-1]
        return " ".join([str(n), *words])

    return ", ".join(phrase(n, what) for what, n in counts.items() if n) or "nothing new"


def _from_article(report: ArticleReport) -> Outcome:
    outcome = Outcome(report.name, "article", notes=list(report.warnings))
    if report.duplicate_of is not None:
        outcome.notes.append(f"{report.name}: already on the desk as source "
                             f"#{report.duplicate_of}; nothing imported")
        return outcome
    outcome.counts.update(sources=1, quotes=report.quotes, claims=report.claims,
                          **{"incident candidates": report.candidates,
                             "merge offers": report.merge_offers})
    return outcome


def _from_exchange(name: str, report: ImportReport) -> Outcome:
    outcome = Outcome(name, report.format, notes=list(report.warnings))
    outcome.counts.update(sources=report.sources_added, quotes=report.quotes_added,
                          claims=report.claims_added, **{
                              "incidents added": report.incidents_added,
                              "incidents updated": report.incidents_updated,
                              "actors added": report.actors_added,
                              "rows skipped": len(report.skipped)})
    outcome.notes += [f"{file}:{line}: {reason}" if line else f"{file}: {reason}"
                      for file, line, reason in report.skipped]
    return outcome


def _kind(path: Path, wanted: str) -> str:
    if wanted != "auto":
        return wanted
    try:
        return detect(path)
    except UnknownFormatError:
        # A structured file we cannot read is an error, not an article with odd prose.
        if path.suffix.lower() in STRUCTURED_SUFFIXES:
            raise
        return "article"


def import_path(store: Store, path: Path, *, format: str = "auto",
                options: ArticleOptions = ArticleOptions(),
                progress: Progress | None = None) -> Outcome:
    """Import one file; raises a ``DeskError`` (one line) when it cannot be imported."""
    kind = _kind(path, format)
    if kind == "article":
        return _from_article(import_article(store, read_article_file(path), path.name, options))
    return _from_exchange(path.name, import_file(store, path, kind, progress))


def import_text(store: Store, article: ArticleText, name: str,
                options: ArticleOptions = ArticleOptions()) -> Outcome:
    """Import pasted or piped text as an article."""
    return _from_article(import_article(store, article, name, options))
