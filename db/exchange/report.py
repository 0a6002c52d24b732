"""What an import or an export did, for the CLI's summary and the app's toast."""

from __future__ import annotations

from dataclasses import dataclass, field

from db.errors import DeskError


class UnknownFormatError(DeskError):
    """The file is in none of the formats threatdesk imports."""


class ExportFormatError(DeskError):
    """An export format or option threatdesk does not know."""


@dataclass
class ImportReport:
    format: str
    incidents_added: int = 0
    incidents_updated: int = 0
    actors_added: int = 0
    claims_added: int = 0
    quotes_added: int = 0
    sources_added: int = 0
    # (file, line, reason) for each row left out; line 0 means the file as a whole.
    skipped: list[tuple[str, int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def skip(self, file: str, line: int, reason: str) -> None:
        self.skipped.append((file, line, reason))

    def summary(self) -> str:
        return (f"{self.format}: {self.incidents_added} incidents added, "
                f"{self.incidents_updated} updated, {self.actors_added} actors, "
                f"{self.claims_added} claims, {self.quotes_added} quotes, "
                f"{self.sources_added} sources; {len(self.skipped)} rows skipped")


@dataclass(frozen=True)
class ExportReport:
    count: int  # incidents written
    held_back: int  # incidents above --tlp-max, left on the desk
