"""The help screen: every key the desk answers to, grouped by where it works."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KeyGroup = tuple[str, list[BindingType]]


KEY_SYMBOLS = {"question_mark": "?", "slash": "/", "delete": "del"}


def _keys(binding: Binding) -> list[str]:
    return [KEY_SYMBOLS.get(k.strip(), k.strip()) for k in binding.key.split(",")]


def render_keys(groups: list[KeyGroup]) -> Content:
    """One line per binding: all its keys, what it does, and the id a keymap file uses."""
    parts: list[Content | str | tuple[str, str]] = []
    for title, bindings in groups:
        parts += [(title, "bold $accent"), "\n"]
        for binding in bindings:
            if not isinstance(binding, Binding):
                binding = Binding(*binding)
            keys = " ".join(_keys(binding))
            parts += [(f"  {keys:<20}", "bold"), (f"{binding.description:<34}", ""),
                      (binding.id or "", "$text-muted"), "\n"]
        parts.append("\n")
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90; max-width: 95%; height: 90%; border: round $accent;
        background: $surface; padding: 0 1;
    }
    """
    BINDINGS = [Binding("escape,q,question_mark", "dismiss(None)", "Close help",
                        id="help.close")]

    def __init__(self, groups: list[KeyGroup]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "threatdesk keys"
            scroll.border_subtitle = "esc closes"
            yield Static(render_keys(self.groups))
