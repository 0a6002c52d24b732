"""The help screen: every key the desk answers to, grouped by where it works."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KeyGroup = tuple[str, list[BindingType]]


def _display(binding: Binding) -> str:
    return " ".join(key.strip() for key in binding.key.split(","))


def render_keys(groups: list[KeyGroup]) -> Content:
    parts: list[Content | str | tuple[str, str]] = []
    for title, bindings in groups:
        parts += [(title, "bold $accent"), "\n"]
        for binding in Binding.make_bindings(bindings):
            parts += [(f"  {_display(binding):<22}", "bold"), binding.description, "\n"]
        parts.append("\n")
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 72; max-width: 95%; height: 90%; border: round $accent;
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
