"""A one-line field that cycles through a fixed vocabulary.

Unlike ``Select`` it opens no overlay and leaves ``enter`` to the form around it, so an
inline editor can save on ``enter`` from any field. ``left``/``right``
cycle; a letter jumps to the next value starting with it.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.events import Key
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

NONE_LABEL = "—"


class ChoiceField(Widget, can_focus=True):
    DEFAULT_CSS = """
    ChoiceField { height: 1; width: 1fr; padding: 0 1; background: $boost; }
    ChoiceField:focus { background: $accent 30%; text-style: bold; }
    """
    BINDINGS = [
        Binding("right", "step(1)", "Next value", show=False, id="choice.next"),
        Binding("left", "step(-1)", "Previous value", show=False, id="choice.previous"),
    ]

    index: reactive[int] = reactive(0)

    class Changed(Message):
        def __init__(self, field: ChoiceField) -> None:
            self.field = field
            super().__init__()

        @property
        def control(self) -> ChoiceField:
            return self.field

    def __init__(self, values: list[str | None], value: str | None = None, *,
                 styles: dict[str, str] | None = None, id: str | None = None) -> None:
        super().__init__(id=id)
        self.values = values
        self.value_styles = styles or {}
        self.index = values.index(value) if value in values else 0

    @property
    def value(self) -> str | None:
        return self.values[self.index]

    def watch_index(self) -> None:
        self.post_message(self.Changed(self))

    def action_step(self, delta: int) -> None:
        self.index = (self.index + delta) % len(self.values)

    def on_key(self, event: Key) -> None:
        char = (event.character or "").lower()
        if not char.isalpha():
            return
        event.stop()
        count = len(self.values)
        for step in range(1, count + 1):
            candidate = self.values[(self.index + step) % count]
            if (candidate or NONE_LABEL).lower().startswith(char):
                self.index = (self.index + step) % count
                return

    def render(self) -> Content:
        label = self.value or NONE_LABEL
        return Content.assemble("◂ ", (label, self.value_styles.get(label, "")), " ▸")
