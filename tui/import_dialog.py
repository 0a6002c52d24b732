"""Importing from the app: a path (article, ACLED, GTD, STIX, JSON) or pasted article text.

The import runs in a thread with its own connection to the desk, so the desk stays
responsive; progress and the outcome come back as messages.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Label, ProgressBar, Static, TextArea

from db.articles import ArticleOptions, decode_article
from db.errors import DeskError
from db.imports import Outcome, import_path, import_text
from db.store import Store
from tui.form_dialog import FormDialog
from tui.literal import literal


class ImportDialog(FormDialog[Outcome | None]):
    DEFAULT_CSS = """
    ImportDialog > Vertical { width: 90%; max-width: 110; }
    ImportDialog TextArea { height: 10; }
    ImportDialog Label { width: 1fr; margin-top: 1; }
    ImportDialog ProgressBar { display: none; }
    ImportDialog.-running ProgressBar { display: block; }
    """
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel", id="import.cancel"),
        Binding("ctrl+s", "import_paste", "Import pasted text", priority=True,
                id="import.paste"),
    ]

    class Progressed(Message):
        def __init__(self, done: int, total: int) -> None:
            self.done, self.total = done, total
            super().__init__()

    class Finished(Message):
        def __init__(self, outcome: Outcome | None, error: str | None) -> None:
            self.outcome, self.error = outcome, error
            super().__init__()

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Import"
            yield Label("A file: article (.txt .md .html), ACLED or GTD (.csv .xlsx), STIX or "
                        "threatdesk JSON. Enter imports it.")
            yield Input(placeholder="~/reports/article.txt", id="import-path")
            yield Label("Published (YYYY-MM-DD): relative dates such as \"on Sunday\" are "
                        "read against it; empty takes it from the text.")
            yield Input(placeholder="2024-03-05", id="import-published")
            yield Label("Or paste an article here; ctrl+s imports it.")
            yield TextArea(id="import-text", soft_wrap=True, show_line_numbers=False)
            yield ProgressBar(id="import-progress", show_eta=False)
            yield Static(Content("esc closes · tab moves"), id="import-hint",
                         classes="hint")

    def on_mount(self) -> None:
        self.query_one("#import-path", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()  # enter in either field imports the path
        path = self.query_one("#import-path", Input).value.strip()
        if path:
            self._start(Path(path).expanduser(), None)

    def action_import_paste(self) -> None:
        text = self.query_one("#import-text", TextArea).text
        if text.strip():
            self._start(None, text)

    def _start(self, path: Path | None, text: str | None) -> None:
        published = self.query_one("#import-published", Input).value.strip()
        try:
            options = ArticleOptions(published=date.fromisoformat(published) if published
                                     else None)
        except ValueError:
            self.notify(literal(f"{published!r} is not a date like 2024-03-05"),
                        title="Not imported", severity="error")
            return
        self.add_class("-running")
        self.query_one("#import-hint", Static).update(Content("importing…"))
        self._run(path, text, options)

    @work(thread=True, exclusive=True)
    def _run(self, path: Path | None, text: str | None, options: ArticleOptions) -> None:
        # sqlite connections belong to the thread that made them: this worker opens its own.
        store = self.store.reopen()
        try:
            if path is not None:
                outcome = import_path(store, path, options=options, progress=lambda d, t:
                                      self.post_message(self.Progressed(d, t)))
            else:
                article = decode_article((text or "").encode("utf-8"), "pasted text")
                outcome = import_text(store, article, "pasted text", options)
            self.post_message(self.Finished(outcome, None))
        except DeskError as error:
            self.post_message(self.Finished(None, str(error)))
        finally:
            store.close()

    def on_import_dialog_progressed(self, event: Progressed) -> None:
        self.query_one(ProgressBar).update(total=event.total, progress=event.done)

    def on_import_dialog_finished(self, event: Finished) -> None:
        self.remove_class("-running")
        if event.error is not None:
            self.notify(literal(event.error), title="Not imported", severity="error")
            self.query_one("#import-hint", Static).update(Content("esc closes · tab moves"))
            return
        self.dismiss(event.outcome)
