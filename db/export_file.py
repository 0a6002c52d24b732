"""Writing an export to a file so that a failure never leaves half a file behind."""

from __future__ import annotations

from pathlib import Path

from db.exchange import ExportReport, export
from db.listing import IncidentQuery, IncidentWindow
from db.store import Store

SUFFIXES = {"stix": ".stix.json", "csv": ".csv", "json": ".json", "md": ".md"}


def listed_ids(store: Store, query: IncidentQuery) -> list[int]:
    """Every incident the list shows for this query, in its order."""
    window = IncidentWindow(store.db, query)
    return [row.id for row in window.rows(0, window.count())]


def export_to_file(store: Store, ids: list[int], format: str, path: Path, *,
                   tlp_max: str, bom: bool = False) -> ExportReport:
    # Write beside the target and rename, so a failed export never leaves half a file.
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as handle:
            report = export(store, ids, format, handle, tlp_max=tlp_max, bom=bom)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return report
