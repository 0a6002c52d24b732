"""A small picker that opens where the analyst is looking: one key per value."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Region
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option


def mnemonics(values: list[str]) -> dict[str, str]:
    """A distinct key for each value: its first free letter."""
    keys: dict[str, str] = {}
    for value in values:
        key = next((c for c in value.lower() if c.isalpha() and c not in keys), None)
        if key:
            keys[key] = value
    return keys


class ChoicePicker(ModalScreen[str | None]):
    """Pick one value; dismisses with it, or with None on ``esc``."""

    DEFAULT_CSS = """
    ChoicePicker { background: $background 10%; align: left top; }
    ChoicePicker > OptionList, ChoicePicker > OptionList:focus {
        width: 30; height: auto; max-height: 12; border: round $accent;
        background: $surface;
    }
    """
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="picker.cancel")]

    def __init__(self, title: str, values: list[str], current: str | None,
                 anchor: Region, styles: dict[str, str] | None = None) -> None:
        super().__init__()
        self.picker_title = title
        self.values = values
        self.current = current
        self.anchor = anchor
        self.value_styles = styles or {}
        self.keys = mnemonics(values)
        # Real bindings, not a key handler: a key typed before the picker has mounted is
        # matched against the active screen's bindings, and would miss a handler.
        for key, value in self.keys.items():
            self._bindings.bind(key, f"choose({value!r})", value, show=False)

    def compose(self) -> ComposeResult:
        by_value = {v: k for k, v in self.keys.items()}
        options = [Option(Content.assemble((f"[{by_value.get(v, ' ')}] ", "bold"),
                                           (v, self.value_styles.get(v, ""))), id=v)
                   for v in self.values]
        picker = OptionList(*options)
        picker.border_title = self.picker_title
        yield picker

    def on_mount(self) -> None:
        picker = self.query_one(OptionList)
        height = len(self.values) + 2
        y = self.anchor.y + 1
        if y + height > self.size.height:
            y = max(self.anchor.y - height, 0)
        picker.styles.offset = (self.anchor.x + 11, y)
        if self.current in self.values:
            picker.highlighted = self.values.index(self.current)
        picker.focus()

    def action_choose(self, value: str) -> None:
        self.dismiss(value)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
