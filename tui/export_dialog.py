"""Exporting the incident list as it is filtered now: format, file and TLP ceiling.

The export runs in a thread with its own connection, so a large desk keeps the app live.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Label, Static

from db.errors import DeskError
from db.exchange import EXPORT_FORMATS
from db.export_file import SUFFIXES, export_to_file, listed_ids
from db.listing import IncidentQuery
from db.store import Store
from db.vocabulary import TLP_LEVELS
from tui.choice_field import ChoiceField
from tui.form_dialog import FormDialog
from tui.literal import literal


@dataclass(frozen=True)
class ExportDone:
    path: Path
    count: int
    held_back: int


def default_path(format: str) -> Path:
    return Path.home() / f"threatdesk-{date.today().isoformat()}{SUFFIXES[format]}"


class ExportDialog(FormDialog[ExportDone | None]):
    DEFAULT_CSS = """
    ExportDialog #export-hint { margin-top: 1; }
    """
    BINDINGS = [
        Binding("enter", "export", "Export", priority=True, id="export.run"),
        Binding("escape", "dismiss(None)", "Cancel", id="export.cancel"),
    ]

    class Finished(Message):
        def __init__(self, done: ExportDone | None, error: str | None) -> None:
            self.done, self.error = done, error
            super().__init__()

    def __init__(self, store: Store, query: IncidentQuery, listed: int,
                 format: str = "stix") -> None:
        super().__init__()
        self.store, self.incident_query, self.listed = store, query, listed
        self.format = format

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = f"Export the {self.listed:,} incidents listed"
            yield Horizontal(Label("Format"), ChoiceField(list(EXPORT_FORMATS), self.format,
                                                          id="export-format"))
            yield Horizontal(Label("File"), Input(str(default_path(self.format)),
                                                  id="export-path"))
            yield Horizontal(Label("TLP max"), ChoiceField(list(TLP_LEVELS), "amber+strict",
                                                           id="export-tlp"))
            yield Static(Content("Nothing marked above TLP max leaves the desk. "
                                 "⏎ export · esc cancel"),
                         id="export-hint", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#export-format", ChoiceField).focus()

    def on_choice_field_changed(self, event: ChoiceField.Changed) -> None:
        # Keep the file's suffix in step with the format while the name is the default one.
        if event.field.id != "export-format":
            return
        chosen = event.field.value or "stix"
        path_input = self.query_one("#export-path", Input)
        if chosen != self.format and path_input.value == str(default_path(self.format)):
            path_input.value = str(default_path(chosen))
        self.format = chosen

    def action_export(self) -> None:
        path = Path(self.query_one("#export-path", Input).value.strip()).expanduser()
        tlp_max = self.query_one("#export-tlp", ChoiceField).value or "amber+strict"
        self.query_one("#export-hint", Static).update(Content("exporting…"))
        self._run(self.query_one("#export-format", ChoiceField).value or "stix", path, tlp_max)

    @work(thread=True, exclusive=True)
    def _run(self, format: str, path: Path, tlp_max: str) -> None:
        # sqlite connections belong to the thread that made them: this worker opens its own.
        store = self.store.reopen()
        try:
            ids = listed_ids(store, self.incident_query)
            report = export_to_file(store, ids, format, path, tlp_max=tlp_max)
            self.post_message(self.Finished(ExportDone(path, report.count, report.held_back),
                                            None))
        except (DeskError, OSError) as error:
            self.post_message(self.Finished(None, str(error)))
        finally:
            store.close()

    def on_export_dialog_finished(self, event: Finished) -> None:
        if event.error is not None:
            self.notify(literal(event.error), title="Not exported", severity="error")
            self.query_one("#export-hint", Static).update(Content("⏎ export · esc cancel"))
            return
        self.dismiss(event.done)
