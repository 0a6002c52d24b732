"""Adding a claim from a quote: who, which stance, who asserts it, how likely."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Static

from db.models import Actor, Quote
from db.vocabulary import CLAIM_STANCES, CONFIDENCES, LIKELIHOODS
from tui.choice_field import ChoiceField
from tui.form_dialog import FormDialog
from tui.quotes_pane import quote_prompt
from tui.palette import STANCE_COLOURS


@dataclass(frozen=True)
class ClaimDraft:
    quote: Quote
    actor: str  # empty for an `unattributed` statement
    stance: str
    asserted_by: str
    likelihood: str | None
    confidence: str | None


def default_asserted_by(quote: Quote) -> str:
    who = ", ".join(p for p in (quote.speaker, quote.speaker_role) if p)
    return f"{who}, via {quote.outlet}" if quote.outlet and who else who or (quote.outlet or "")


class ClaimDialog(FormDialog[ClaimDraft | None]):
    DEFAULT_CSS = """
    ClaimDialog > Vertical { width: 80%; max-width: 90; }
    ClaimDialog #claim-quote { height: auto; max-height: 6; margin-bottom: 1; }
    """
    BINDINGS = [
        Binding("enter", "save", "Save", priority=True, id="claim.save"),
        Binding("escape", "dismiss(None)", "Cancel", id="claim.cancel"),
    ]

    def __init__(self, quote: Quote, actors: list[Actor], initial: ClaimDraft | None = None,
                 title: str = "Add claim from quote") -> None:
        super().__init__()
        self.quote = quote
        self.initial = initial or ClaimDraft(quote, "", "suspected",
                                             default_asserted_by(quote), None, None)
        self.dialog_title = title
        self.names = sorted({n for a in actors for n in (a.name, *a.aliases)}, key=str.casefold)

    def compose(self) -> ComposeResult:
        start = self.initial
        with Vertical() as box:
            box.border_title = self.dialog_title
            yield Static(quote_prompt(self.quote), id="claim-quote")
            with Horizontal():
                yield Label("Actor")
                yield Input(start.actor, placeholder="empty: nobody named (unattributed)",
                            suggester=SuggestFromList(self.names, case_sensitive=False),
                            id="claim-actor")
            with Horizontal():
                yield Label("Stance")
                yield ChoiceField(list(CLAIM_STANCES), start.stance, styles=STANCE_COLOURS,
                                  id="claim-stance")
            with Horizontal():
                yield Label("Asserted by")
                yield Input(start.asserted_by, id="claim-asserted-by")
            with Horizontal():
                yield Label("Likelihood")
                yield ChoiceField([None, *LIKELIHOODS], start.likelihood, id="claim-likelihood")
            with Horizontal():
                yield Label("Confidence")
                yield ChoiceField([None, *CONFIDENCES], start.confidence, id="claim-confidence")
            yield Static(Content("enter save · esc cancel · tab next field · → completes"),
                         id="claim-hint", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#claim-actor", Input).focus()

    def action_save(self) -> None:
        actor = self.query_one("#claim-actor", Input).value.strip()
        stance = self.query_one("#claim-stance", ChoiceField).value or "suspected"
        self.dismiss(ClaimDraft(
            quote=self.quote, actor=actor, stance="unattributed" if not actor else stance,
            asserted_by=self.query_one("#claim-asserted-by", Input).value.strip(),
            likelihood=self.query_one("#claim-likelihood", ChoiceField).value,
            confidence=self.query_one("#claim-confidence", ChoiceField).value))
