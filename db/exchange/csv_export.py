"""CSV export: one row per incident, for spreadsheets.

ISO dates, UTF-8 (with a BOM on request, which Excel needs to guess the encoding), and
text cells that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab,
carriage return first) prefixed with ``'`` (OWASP's advice on CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any, BinaryIO, TextIO

from db.exchange.exporting import Gathered, Selection, write_text
from db.exchange.report import ExportFormatError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _first_seen(item: Gathered) -> str | None:
    """The earliest date the desk has word of the incident: a source's, else its own entry."""
    dates = [s.published_on[:10] for s in item.sources if s.published_on]
    if item.incident.created_at:
        dates.append(item.incident.created_at[:10])
    return min(dates) if dates else None


def _lead(selection: Selection) -> Callable[[Gathered], str | None]:
    def lead(item: Gathered) -> str | None:
        actor = selection.actors.get(item.incident.lead_actor_id or -1)
        return actor.name if actor else None
    return lead


def _columns(selection: Selection) -> dict[str, Callable[[Gathered], Any]]:
    plain = ("id", "occurred_on", "time_precision", "title", "event_type", "weapon",
             "weapon_category", "target", "location", "admin1", "country", "latitude",
             "longitude", "attribution_status")
    tail = ("likelihood", "confidence", "outcome", "killed", "injured", "triage_status", "tlp",
            "external_id", "summary")
    columns: dict[str, Callable[[Gathered], Any]] = {
        name: (lambda item, name=name: getattr(item.incident, name)) for name in plain}
    columns |= {"lead_actor": _lead(selection), "first_seen": _first_seen,
                "claims": lambda item: len(item.claims), "quotes": lambda item: len(item.quotes)}
    columns |= {name: (lambda item, name=name: getattr(item.incident, name)) for name in tail}
    return columns


def safe(value: Any) -> Any:
    """A text cell a spreadsheet will show, never evaluate; numbers pass as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(selection: Selection, out: TextIO | BinaryIO, *, bom: bool = False,
              columns: list[str] | None = None) -> None:
    available = _columns(selection)
    chosen = columns or list(available)
    unknown = [c for c in chosen if c not in available]
    if unknown:
        raise ExportFormatError(f"no CSV column {', '.join(unknown)}; choose from: "
                                f"{', '.join(available)}")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(chosen)
    for item in selection.items:
        writer.writerow([safe(available[c](item)) for c in chosen])
    write_text(out, buffer.getvalue(), bom=bom)
