"""Exchange: import ACLED, GTD, STIX 2.1 and threatdesk JSON; export STIX, CSV, JSON, Markdown.

``import_file(store, path)`` detects the format from the file (``format=`` overrides),
writes it in batches, one audited transaction each, and returns an ``ImportReport``: what
was added or updated, and every skipped row with its file, line and reason. Re-importing
an updated file updates the incidents it already brought (keyed by ACLED
``event_id_cnty``/``data_id``, GTD ``eventid``, STIX id) instead of duplicating them.

``export(store, incident_ids, format, out)`` writes the chosen incidents, holding back
any marked above ``tlp_max``, and returns an ``ExportReport``.

STIX note: an incident's attribution is exported as an ``attributed-to`` relationship from
the ``incident``. STIX 2.1 suggests that relationship only from campaign, intrusion-set
and threat-actor, so the official ``stix2-validator`` prints best-practice warning 202 for
it; the bundle is valid, and fails only under ``--strict``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path
from typing import BinaryIO, TextIO

from db.exchange.detect import FORMATS, detect
from db.exchange.report import ExportFormatError, ExportReport, ImportReport, UnknownFormatError
from db.models import Incident
from db.store import Store

Progress = Callable[[int, int], None]
IncidentSelection = Collection[int] | Callable[[Incident], bool] | None
EXPORT_FORMATS = ("stix", "csv", "json", "md")

__all__ = ["EXPORT_FORMATS", "FORMATS", "ExportFormatError", "ExportReport", "ImportReport",
           "UnknownFormatError", "export", "import_file"]


def import_file(store: Store, path: Path | str, format: str | None = None,
                progress: Progress | None = None) -> ImportReport:
    """Import one file into the desk; ``progress(done, total)`` is called after each batch."""
    from db.exchange.importing import run_import

    path = Path(path)
    kind = format or detect(path)
    if kind not in FORMATS:
        raise UnknownFormatError(f"{kind!r} is not an import format; use one of: "
                                 f"{', '.join(FORMATS)}")
    return run_import(store, path, kind, progress)


def export(store: Store, incident_ids: IncidentSelection, format: str,
           out: TextIO | BinaryIO, tlp_max: str = "amber+strict", bom: bool = False,
           columns: list[str] | None = None) -> ExportReport:
    """Write the chosen incidents (ids, a predicate, or None for all) in ``format``."""
    from db.exchange.exporting import run_export

    if format not in EXPORT_FORMATS:
        raise ExportFormatError(f"{format!r} is not an export format; use one of: "
                                f"{', '.join(EXPORT_FORMATS)}")
    return run_export(store, incident_ids, format, out, tlp_max=tlp_max, bom=bom,
                      columns=columns)
