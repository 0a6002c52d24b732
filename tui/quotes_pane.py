"""The Quotes pane: who said what about the incident, and the passage it came from."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from db.models import Quote
from tui.literal import clean
from tui.vim_list import VimOptionList


def quote_header(quote: Quote) -> Content:
    meta = " · ".join(clean(p) for p in (quote.speaker_role, quote.outlet, quote.published_on) if p)
    kind = " (reported)" if quote.kind == "reported" else ""
    return Content.assemble((clean(quote.speaker) or "unnamed", "bold"), (kind, "italic"),
                            (f" · {meta}" if meta else "", "$text-muted"))


def quote_prompt(quote: Quote) -> Content:
    marks = ("“", "”") if quote.kind == "direct" else ("", "")
    return Content.assemble(quote_header(quote), "\n",
                            (f"{marks[0]}{clean(quote.text)}{marks[1]}", "italic"))


def render_passage(source_text: str, quote: Quote, span: tuple[int, int]) -> Content:
    """The passage with the quote's own words highlighted."""
    begin, end = span
    start, stop = quote.start_offset or begin, quote.end_offset or begin
    return Content.assemble(
        ("In context: ", "bold $text-muted"),
        clean(source_text[begin:start]),
        (clean(source_text[start:stop]), "bold $accent"),
        clean(source_text[stop:end]),
    )


class QuotesPane(Vertical, can_focus=False):
    DEFAULT_CSS = """
    QuotesPane > OptionList, QuotesPane > OptionList:focus { height: 1fr; border: none; }
    QuotesPane > #quote-context { height: auto; max-height: 8; border-top: solid $panel; }
    """

    class QuoteHighlighted(Message):
        def __init__(self, quote: Quote | None) -> None:
            self.quote = quote
            super().__init__()

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.quotes: list[Quote] = []

    def compose(self) -> ComposeResult:
        yield VimOptionList(id="quote-list")
        with VerticalScroll(id="quote-context"):
            yield Static(Content(""), id="quote-context-body")

    @property
    def option_list(self) -> OptionList:
        return self.query_one("#quote-list", OptionList)

    def show(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        options = self.option_list
        if not quotes:
            options.set_options([Option(Content("No quotes for this incident"), disabled=True)])
            self.show_context(None)
            return
        entries: list[Option | None] = []
        for quote in quotes:
            entries += [Option(quote_prompt(quote), id=str(quote.id)), None]
        options.set_options(entries[:-1])
        options.highlighted = 0

    @property
    def selected(self) -> Quote | None:
        index = self.option_list.highlighted
        if index is None or not self.quotes:
            return None
        option_id = self.option_list.get_option_at_index(index).id
        return next((q for q in self.quotes if str(q.id) == option_id), None)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.QuoteHighlighted(self.selected))

    def show_context(self, passage: Content | None) -> None:
        self.query_one("#quote-context-body", Static).update(passage or Content(""))
