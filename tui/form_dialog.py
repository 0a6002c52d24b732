"""The look every small form shares: a centred box of one-line labelled fields."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

R = TypeVar("R")


class FormDialog(ModalScreen[R]):
    """A modal form; subclasses compose a ``Vertical`` of ``Horizontal(Label, field)`` rows."""

    DEFAULT_CSS = """
    FormDialog { align: center middle; }
    FormDialog > Vertical {
        width: 80; max-width: 95%; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    FormDialog Horizontal { height: 1; }
    FormDialog Label { width: 12; color: $text-muted; }
    FormDialog Input, FormDialog Input:focus { height: 1; border: none; padding: 0 1; width: 1fr; }
    FormDialog Input:focus { background: $accent 30%; }
    FormDialog .hint { color: $text-muted; }
    """
