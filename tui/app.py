"""The threatdesk app: one store, one desk screen, the command palette and key remapping."""

from __future__ import annotations

import gc
import os
import time

from textual.app import App
from textual.binding import Binding

from db.store import Store
from tui.attribution_pane import AttributionEditor, ClaimList
from tui.choice_field import ChoiceField
from tui.commands import DeskCommands
from tui.desk_screen import DeskScreen
from tui.help_screen import HelpScreen, KeyGroup
from tui.incident_list import IncidentList
from tui.incidents_pane import IncidentsPane
from tui.literal import literal
from tui.vim_list import VimOptionList

REFRESH_SECONDS = 0.5
PALETTE_KEY = Binding("ctrl+p", "command_palette", "Command palette: the desk's commands")


class ThreatdeskApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "threatdesk"
    COMMANDS = App.COMMANDS | {DeskCommands}

    def __init__(self, store: Store, *, notice: str | None = None,
                 keymap: dict[str, str] | None = None) -> None:
        super().__init__()
        self.store = store
        self.notice = notice
        self.user_keymap = keymap or {}
        self._data_version = store.data_version()
        self.desk_screen = DeskScreen()

    def get_default_screen(self) -> DeskScreen:
        return self.desk_screen

    def on_mount(self) -> None:
        self.sub_title = str(self.store.desk.path)
        if self.store.read_only:
            self.title = "threatdesk · READ-ONLY"
        if self.user_keymap:
            self.set_keymap(self.user_keymap)
        if self.notice:
            self.notify(literal(self.notice), title="threatdesk", timeout=8)
        self.set_interval(REFRESH_SECONDS, self.poll_for_changes)

    def first_page_painted(self) -> None:
        """Called once the list's first page is on screen; the start-up benchmark leaves here."""
        # What exists by now (modules, styles, widgets) lives as long as the app. Left in the
        # collector's oldest generation, each full collection walked all of it again, a
        # 35-115 ms stall in the middle of a keystroke every few seconds of scrolling.
        # The collector was off since start-up (tui.cli): it found nothing to free there.
        gc.freeze()
        gc.enable()
        if os.environ.get("THREATDESK_EXIT_AFTER_FIRST_PAINT"):
            # Textual captures sys.stderr while it runs: write to the descriptor itself.
            os.write(2, f"first-paint {time.monotonic():.6f}\n".encode())
            self.exit()

    def poll_for_changes(self) -> None:
        """Another process wrote to the desk: show it, keeping the analyst's place."""
        version = self.store.data_version()
        if version == self._data_version:
            return
        self._data_version = version
        if self.desk_screen.is_mounted and self.desk_screen.attribution_pane.editor is None:
            self.desk_screen.refresh_desk()

    def action_show_keys(self) -> None:
        self.push_screen(HelpScreen(key_groups()))


def key_groups() -> list[KeyGroup]:
    # Loaded here, not at start-up: they bring the importers and exchange formats along.
    from tui.export_dialog import ExportDialog
    from tui.import_dialog import ImportDialog
    from tui.review_screen import ReviewScreen

    return [
        ("Anywhere on the desk", [*DeskScreen.BINDINGS, PALETTE_KEY]),
        ("Incident list", [*IncidentList.BINDINGS, *IncidentsPane.BINDINGS]),
        ("Quote and claim lists", [*VimOptionList.BINDINGS, *ClaimList.BINDINGS]),
        ("Attribution editor (a)", [*AttributionEditor.BINDINGS, *ChoiceField.BINDINGS]),
        ("Review queue (r)", ReviewScreen.BINDINGS),
        ("Import dialog (i)", ImportDialog.BINDINGS),
        ("Export dialog (e)", ExportDialog.BINDINGS),
    ]
