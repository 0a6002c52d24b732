"""The Attribution pane: the desk's judgement on the incident, the claims under it, and the
inline editor that changes the judgement where the analyst is looking."""

from __future__ import annotations

from dataclasses import dataclass

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Static
from textual.widgets.option_list import Option

from db.models import Actor, Claim, Incident
from db.vocabulary import ATTRIBUTION_STATUSES, CONFIDENCES, LIKELIHOODS
from tui.choice_field import ChoiceField
from tui.detail_pane import likelihood_words
from tui.literal import clean
from tui.palette import ATTRIBUTION_COLOURS, STANCE_COLOURS, attribution_style
from tui.vim_list import VimOptionList


@dataclass(frozen=True)
class AttributionDraft:
    """What the analyst typed into the editor, before the store checks it."""

    status: str
    lead_actor: str
    likelihood: str | None
    confidence: str | None


def render_summary(incident: Incident, lead_actor: str | None) -> Content:
    return Content.assemble(
        ("Status      ", "bold $text-muted"),
        (incident.attribution_status, f"bold {attribution_style(incident.attribution_status)}"),
        "\n", ("Lead actor  ", "bold $text-muted"), clean(lead_actor) or "—",
        "\n", ("Likelihood  ", "bold $text-muted"), likelihood_words(incident.likelihood) or "—",
        "\n", ("Confidence  ", "bold $text-muted"), incident.confidence or "—",
    )


def claim_prompt(claim: Claim) -> Table:
    """Stance beside actor, and who asserts it and the quote under the actor, so wrapped
    lines keep their indent. Rich ``Text`` from a string is literal: no markup is read."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=12, no_wrap=True)
    grid.add_column(ratio=1)
    actor = Text(clean(claim.actor_name) if claim.actor_id else "nobody named", style="bold")
    if claim.review_status == "proposed":
        actor.append(" (proposed)", style="italic yellow")
    grid.add_row(Text(claim.stance, style=STANCE_COLOURS.get(claim.stance, "")), actor)
    if claim.asserted_by:
        grid.add_row(Text("by", style="dim"), Text(clean(claim.asserted_by)))
    if claim.quote_text:
        grid.add_row(Text(""), Text(f"“{clean(claim.quote_text)}”", style="italic"))
    return grid


class ClaimList(VimOptionList):
    BINDINGS = [Binding("x,delete", "remove_claim", "Remove claim", id="claims.remove")]

    class RemoveRequested(Message):
        def __init__(self, claim_id: int) -> None:
            self.claim_id = claim_id
            super().__init__()

    def action_remove_claim(self) -> None:
        option = self.highlighted_option
        if option is not None and option.id:
            self.post_message(self.RemoveRequested(int(option.id)))


class AttributionEditor(Vertical):
    """Status, lead actor (with completion), likelihood and confidence; enter saves."""

    DEFAULT_CSS = """
    AttributionEditor { height: auto; border: round $accent; padding: 0 1; }
    AttributionEditor Horizontal { height: 1; }
    AttributionEditor Label { width: 12; color: $text-muted; }
    AttributionEditor Input, AttributionEditor Input:focus {
        height: 1; border: none; padding: 0 1; width: 1fr;
    }
    AttributionEditor Input:focus { background: $accent 30%; }
    AttributionEditor #editor-hint { color: $text-muted; height: 1; }
    """
    BINDINGS = [
        Binding("enter", "save", "Save", priority=True, id="editor.save"),
        Binding("escape", "cancel", "Cancel", priority=True, id="editor.cancel"),
        Binding("tab", "app.focus_next", "Next field", show=False, id="editor.next_field"),
        Binding("shift+tab", "app.focus_previous", "Previous field", show=False,
                id="editor.previous_field"),
    ]

    class Saved(Message):
        def __init__(self, draft: AttributionDraft) -> None:
            self.draft = draft
            super().__init__()

    class Cancelled(Message):
        pass

    def __init__(self, incident: Incident, lead_actor: str | None, actors: list[Actor]) -> None:
        super().__init__(id="attribution-editor")
        self.incident = incident
        self.lead_actor = lead_actor or ""
        self.names = sorted({n for a in actors for n in (a.name, *a.aliases)}, key=str.casefold)

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield Label("Status")
            yield ChoiceField(list(ATTRIBUTION_STATUSES), self.incident.attribution_status,
                              styles=ATTRIBUTION_COLOURS, id="edit-status")
        with Horizontal():
            yield Label("Lead actor")
            yield Input(self.lead_actor, placeholder="type a name; → completes",
                        suggester=SuggestFromList(self.names, case_sensitive=False),
                        id="edit-actor")
        with Horizontal():
            yield Label("Likelihood")
            yield ChoiceField([None, *LIKELIHOODS], self.incident.likelihood,
                              id="edit-likelihood")
        with Horizontal():
            yield Label("Confidence")
            yield ChoiceField([None, *CONFIDENCES], self.incident.confidence,
                              id="edit-confidence")
        yield Static(Content("⏎ save · esc cancel · ←/→ change"),
                     id="editor-hint")

    def on_mount(self) -> None:
        self.query_one("#edit-status", ChoiceField).focus()

    def draft(self) -> AttributionDraft:
        return AttributionDraft(
            status=self.query_one("#edit-status", ChoiceField).value or "unattributed",
            lead_actor=self.query_one("#edit-actor", Input).value.strip(),
            likelihood=self.query_one("#edit-likelihood", ChoiceField).value,
            confidence=self.query_one("#edit-confidence", ChoiceField).value,
        )

    def action_save(self) -> None:
        self.post_message(self.Saved(self.draft()))

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())


class AttributionPane(Vertical):
    DEFAULT_CSS = """
    AttributionPane > #attribution-summary { height: auto; padding-bottom: 1; }
    AttributionPane > ClaimList, AttributionPane > ClaimList:focus {
        height: 1fr; border: none;
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(Content(""), id="attribution-summary")
        yield ClaimList(id="claim-list")

    @property
    def claim_list(self) -> ClaimList:
        return self.query_one(ClaimList)

    @property
    def editor(self) -> AttributionEditor | None:
        return next(iter(self.query(AttributionEditor)), None)

    def show(self, incident: Incident | None, lead_actor: str | None,
             claims: list[Claim]) -> None:
        summary = self.query_one("#attribution-summary", Static)
        if incident is None:
            summary.update(Content("No incident selected"))
            self.claim_list.set_options([])
            return
        summary.update(render_summary(incident, lead_actor))
        if not claims:
            self.claim_list.set_options([Option(Content("No claims yet"), disabled=True)])
            return
        entries: list[Option | None] = []
        for claim in claims:
            entries += [Option(claim_prompt(claim), id=str(claim.id)), None]
        self.claim_list.set_options(entries[:-1])
        self.claim_list.highlighted = 0

    def open_editor(self, incident: Incident, lead_actor: str | None,
                    actors: list[Actor]) -> None:
        self.close_editor()
        self.mount(AttributionEditor(incident, lead_actor, actors), after=0)

    def close_editor(self) -> None:
        if self.editor is not None:
            self.editor.remove()
