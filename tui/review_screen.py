"""The review queue: an imported article beside what the extractor proposed from it.

The highlighted proposal's words are marked in the article, so every proposal is checked
against the exact characters it rests on. One key answers it: accept, reject, edit, merge.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from db.errors import DeskError
from db.models import Source
from db.review import Proposal, accept, merge, merge_targets, proposals, reject, sources_to_review
from tui.choice_picker import ChoicePicker
from tui.claim_dialog import ClaimDialog, ClaimDraft
from tui.literal import clean, literal
from tui.palette import STANCE_COLOURS
from tui.vim_list import VimOptionList


def proposal_prompt(proposal: Proposal) -> Content:
    incident = proposal.incident
    if proposal.kind == "incident":
        return Content.assemble(("incident ", "bold $accent"), incident.occurred_on or "undated",
                                " · ", clean(incident.title))
    claim = proposal.claim
    assert claim is not None
    return Content.assemble(
        ("claim    ", "bold $accent"), (claim.stance, STANCE_COLOURS.get(claim.stance, "")),
        " · ", (clean(claim.actor_name) or "nobody named", "bold"),
        (f" · by {clean(claim.asserted_by)}" if claim.asserted_by else "", "$text-muted"),
        (f"\n         on #{incident.id} {clean(incident.title)}", "$text-muted"))


def render_article(source: Source, highlight: tuple[int | None, int | None]) -> Content:
    start, end = highlight
    text = source.text
    head = Content.assemble((clean(source.title or "untitled"), "bold"), "\n",
                            (" · ".join(clean(p) for p in (source.outlet, source.published_on)
                                        if p), "$text-muted"), "\n\n")
    if start is None or end is None:
        return head + Content(clean(text))
    return head + Content.assemble(clean(text[:start]), (clean(text[start:end]),
                                   "bold reverse $accent"), clean(text[end:]))


class ReviewScreen(Screen[None]):
    DEFAULT_CSS = """
    ReviewScreen Horizontal { height: 1fr; }
    ReviewScreen #review-article { width: 3fr; border: round $panel; padding: 0 1; }
    ReviewScreen #review-list { width: 2fr; border: round $accent; }
    """
    BINDINGS = [
        Binding("y,enter", "answer('accept')", "Accept", id="review.accept"),
        Binding("x,delete", "answer('reject')", "Reject", id="review.reject"),
        Binding("e", "edit", "Edit claim", id="review.edit"),
        Binding("m", "merge", "Merge into…", id="review.merge"),
        Binding("right_square_bracket", "article(1)", "Next article", id="review.next"),
        Binding("left_square_bracket", "article(-1)", "Previous article",
                id="review.previous"),
        Binding("u", "undo", "Undo", id="review.undo"),
        Binding("escape,q", "app.pop_screen", "Back to the desk", id="review.back"),
    ]

    def __init__(self) -> None:
        super().__init__(id="review")
        self.sources: list[Source] = []
        self.index = 0
        self.queue: list[Proposal] = []

    @property
    def store(self):  # type: ignore[no-untyped-def]
        return self.app.store  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with VerticalScroll(id="review-article"):
                yield Static(Content(""), id="review-text")
            yield VimOptionList(id="review-list")
        yield Footer()

    def on_mount(self) -> None:
        self.reload()
        self.query_one("#review-list").focus()

    def reload(self, keep: int = 0) -> None:
        """Re-read the queue; leave when nothing is left to review."""
        self.sources = [source for source, _ in sources_to_review(self.store)]
        if not self.sources:
            self.notify("Nothing left to review")
            self.app.pop_screen()
            return
        self.index = min(self.index, len(self.sources) - 1)
        source = self.sources[self.index]
        self.queue = proposals(self.store, source.id)
        self.sub_title = f"article {self.index + 1} of {len(self.sources)}"
        self.query_one("#review-article").border_title = clean(source.outlet or "article")
        options = self.query_one("#review-list", OptionList)
        options.border_title = f"{len(self.queue)} proposals"
        options.set_options([Option(proposal_prompt(p), id=str(i))
                             for i, p in enumerate(self.queue)])
        options.highlighted = min(keep, len(self.queue) - 1) if self.queue else None
        self._show_article()

    @property
    def current(self) -> Proposal | None:
        index = self.query_one("#review-list", OptionList).highlighted
        return self.queue[index] if index is not None and self.queue else None

    def _show_article(self) -> None:
        proposal = self.current
        span = (proposal.start, proposal.end) if proposal else (None, None)
        self.query_one("#review-text", Static).update(
            render_article(self.sources[self.index], span))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_article()

    def _do(self, change: Callable[[], object], done: str) -> None:
        keep = self.query_one("#review-list", OptionList).highlighted or 0
        try:
            change()
        except DeskError as error:
            self.notify(literal(str(error)), title="Not saved", severity="error")
            return
        self.notify(literal(done), title="Saved")
        self.reload(keep)

    def action_answer(self, answer: str) -> None:
        proposal = self.current
        if proposal is None:
            return
        change = accept if answer == "accept" else reject
        self._do(lambda: change(self.store, proposal),
                 f"{proposal.kind} {answer}ed (u takes it back)")

    def action_edit(self) -> None:
        proposal = self.current
        if proposal is None or proposal.claim is None:
            self.notify("Edit works on a proposed claim; accept or reject an incident, then "
                        "edit it on the desk", severity="warning")
            return
        claim = proposal.claim
        quote = (self.store.quote(claim.quote_id) if claim.quote_id else None)
        if quote is None:
            self.notify("This claim rests on no quote to edit against", severity="warning")
            return
        initial = ClaimDraft(quote, claim.actor_name or "", claim.stance, claim.asserted_by,
                             claim.likelihood, claim.confidence)

        def save(draft: ClaimDraft | None) -> None:
            if draft is not None:
                self._do(lambda: self.store.update_claim(
                    claim.id, stance=draft.stance,
                    actor_id=self.store.actor_id_named(draft.actor),
                    asserted_by=draft.asserted_by, likelihood=draft.likelihood,
                    confidence=draft.confidence), "claim corrected and accepted")

        self.app.push_screen(ClaimDialog(quote, self.store.actors(), initial, "Edit claim"),
                             save)

    def action_merge(self) -> None:
        proposal = self.current
        if proposal is None or proposal.kind != "incident":
            self.notify("Merge works on a proposed incident", severity="warning")
            return
        targets = {f"#{t.id} {t.occurred_on} {one}": t.id for t in
                   merge_targets(self.store, proposal.row_id)
                   for one in [clean(t.title)[:40]]}
        if not targets:
            self.notify("No incident on the desk looks like this one (same place within a "
                        "day, same weapon)")
            return

        def chosen(label: str | None) -> None:
            if label is not None:
                self._do(lambda: merge(self.store, proposal.row_id, targets[label]),
                         f"merged into #{targets[label]}: its quotes and claims joined it")

        anchor = self.query_one("#review-list").region
        self.app.push_screen(ChoicePicker("Merge into", list(targets), None, anchor), chosen)

    def action_article(self, step: int) -> None:
        self.index = (self.index + step) % max(len(self.sources), 1)
        self.reload()

    def action_undo(self) -> None:
        self._do(self.store.undo, "undone")
