"""The desk: four panes over one store, and every key that acts on the incident."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Footer, Header

from db.errors import ConflictError, DeskError
from db.listing import IncidentWindow
from db.models import Incident
from db.passages import sentence_around
from db.review import sources_to_review
from db.vocabulary import ATTRIBUTION_STATUSES, TRIAGE_STATUSES
from tui.attribution_pane import AttributionDraft, AttributionEditor, AttributionPane, ClaimList
from tui.choice_picker import ChoicePicker
from tui.claim_dialog import ClaimDialog, ClaimDraft
from tui.detail_pane import DetailPane
from tui.incident_list import IncidentList
from tui.incidents_pane import IncidentsPane
from tui.literal import literal, one_line
from tui.palette import ATTRIBUTION_COLOURS, TRIAGE_COLOURS
from tui.quotes_pane import QuotesPane, render_passage

if TYPE_CHECKING:
    from db.imports import Outcome
    from tui.app import ThreatdeskApp
    from tui.export_dialog import ExportDone

T = TypeVar("T")

PANE_DELAY = 0.05  # seconds of quiet on the list before the panes follow the cursor
PANES = ("incidents-pane", "detail-pane", "quotes-pane", "attribution-pane")
PANE_TITLES = ("1 Incidents", "2 Detail", "3 Quotes", "4 Attribution")


class DeskScreen(Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        Binding("tab", "cycle_pane(1)", "Next pane", show=False, id="desk.next_pane"),
        Binding("shift+tab", "cycle_pane(-1)", "Previous pane", show=False,
                id="desk.previous_pane"),
        Binding("1", "focus_pane(0)", "Incidents", show=False, id="desk.pane_incidents"),
        Binding("2", "focus_pane(1)", "Detail", show=False, id="desk.pane_detail"),
        Binding("3", "focus_pane(2)", "Quotes", show=False, id="desk.pane_quotes"),
        Binding("4", "focus_pane(3)", "Attribution", show=False, id="desk.pane_attribution"),
        # The footer shows keys in this order and cuts what does not fit: help comes first,
        # so a new analyst sees `?` even at 80 columns; the rarer keys are in its list.
        Binding("question_mark", "help", "Help", id="desk.help"),
        Binding("s", "set_status", "Status", id="desk.set_status"),
        Binding("a", "edit_attribution", "Attribution", id="desk.edit_attribution"),
        Binding("t", "set_triage", "Triage", id="desk.set_triage"),
        Binding("n", "next_new", "Next new", show=False, id="desk.next_new"),
        Binding("c", "add_claim", "Claim from quote", id="desk.add_claim"),
        Binding("u", "undo", "Undo", id="desk.undo"),
        Binding("q", "quit", "Quit", id="desk.quit"),
        Binding("i", "import", "Import", id="desk.import"),
        Binding("r", "review", "Review", id="desk.review"),
        Binding("e", "export", "Export", show=False, id="desk.export"),
    ]

    app: ThreatdeskApp

    def __init__(self) -> None:
        super().__init__(id="desk")
        self.incident: Incident | None = None
        self._pane_timer: Timer | None = None

    @property
    def store(self):  # type: ignore[no-untyped-def]
        return self.app.store

    def compose(self) -> ComposeResult:
        # Textual sets the breakpoint class on the first resize, after the first layout,
        # which then styles and lays out every widget again (~60 ms of start-up). Set here,
        # the panes are styled once; the resize then finds the class already right.
        width = self.app.size.width
        active = max(bp for bp in self.HORIZONTAL_BREAKPOINTS if width >= bp[0])[1]
        for _, name in self.HORIZONTAL_BREAKPOINTS:
            self.set_class(name == active, name)
        yield Header()
        with Grid(id="panes"):
            yield IncidentsPane(IncidentWindow(self.store.db), id="incidents-pane",
                                classes="pane")
            yield DetailPane(id="detail-pane", classes="pane")
            yield QuotesPane(id="quotes-pane", classes="pane")
            yield AttributionPane(id="attribution-pane", classes="pane")
        yield Footer()

    def on_mount(self) -> None:
        for pane_id, title in zip(PANES, PANE_TITLES):
            self.query_one(f"#{pane_id}").border_title = title
        self.incident_list.focus()
        self.call_after_refresh(self.app.first_page_painted)

    # Panes

    @property
    def incident_list(self) -> IncidentList:
        return self.query_one(IncidentList)

    @property
    def quotes_pane(self) -> QuotesPane:
        return self.query_one(QuotesPane)

    @property
    def attribution_pane(self) -> AttributionPane:
        return self.query_one(AttributionPane)

    def _pane_target(self, index: int) -> Widget:
        targets: tuple[Widget, ...] = (
            self.incident_list, self.query_one(DetailPane),
            self.quotes_pane.option_list, self.attribution_pane.claim_list)
        return targets[index]

    def _current_pane(self) -> int:
        focused = self.focused
        for index, pane_id in enumerate(PANES):
            if focused is not None and (focused.id == pane_id or any(
                    a.id == pane_id for a in focused.ancestors)):
                return index
        return 0

    def action_focus_pane(self, index: int) -> None:
        self.catch_up()
        self._pane_target(index).focus()

    def action_cycle_pane(self, step: int) -> None:
        self.action_focus_pane((self._current_pane() + step) % len(PANES))

    # Showing the highlighted incident

    def on_incident_list_highlighted(self, event: IncidentList.Highlighted) -> None:
        # The cursor's frame goes out at once; the three panes follow when the keys pause,
        # so holding j scrolls the list without rebuilding the panes for every row.
        self.incident = (self.store.incident(event.incident_id)
                         if event.incident_id is not None else None)
        if self._pane_timer is not None:
            self._pane_timer.stop()
        self._pane_timer = self.set_timer(PANE_DELAY, self._panes_follow)

    def show_incident(self, incident_id: int | None) -> None:
        """Show this incident in the panes now."""
        self.incident = self.store.incident(incident_id) if incident_id is not None else None
        self._show_panes()

    def catch_up(self) -> None:
        """Bring the incident and the panes up to the list's cursor before acting on them.

        Keys typed fast (`G s a`) can run an action before the cursor's Highlighted message
        has reached this screen, so actions ask the list itself where the cursor is."""
        current = self.incident_list.current_id
        if (self.incident.id if self.incident else None) != current:
            self.incident = self.store.incident(current) if current is not None else None
            self._show_panes()
        elif self._pane_timer is not None:
            self._show_panes()

    def _panes_follow(self) -> None:
        """The keys have paused: show the panes, unless the cursor has moved on since.

        A key (G on a cold desk) can still be reading its rows when the timer is due; the
        panes for the row it left would only hold that key's frame back by their layout
        (40-60 ms), and the key's own Highlighted sets the timer again.
        """
        if (self.incident.id if self.incident else None) == self.incident_list.current_id:
            self._show_panes()

    def _show_panes(self) -> None:
        if self._pane_timer is not None:
            self._pane_timer.stop()
            self._pane_timer = None
        self.attribution_pane.close_editor()
        incident = self.incident
        lead = self._lead_actor_name(incident)
        sources = self.store.sources_for(incident.id) if incident else []
        self.query_one(DetailPane).show(incident, lead, sources)
        self.quotes_pane.show(self.store.quotes_for(incident.id) if incident else [])
        self.attribution_pane.show(incident, lead,
                                   self.store.claims_for(incident.id) if incident else [])
        self.sub_title = one_line(incident.title) if incident else ""

    def _lead_actor_name(self, incident: Incident | None) -> str | None:
        if incident is None or incident.lead_actor_id is None:
            return None
        return self.store.actor(incident.lead_actor_id).name

    def on_quotes_pane_quote_highlighted(self, event: QuotesPane.QuoteHighlighted) -> None:
        quote = event.quote
        if quote is None or quote.source_id is None or quote.start_offset is None:
            self.quotes_pane.show_context(None)
            return
        text = self.store.source(quote.source_id).text
        span = sentence_around(text, quote.start_offset, quote.end_offset or quote.start_offset)
        self.quotes_pane.show_context(render_passage(text, quote, span))

    def refresh_desk(self) -> None:
        """Re-read the list and the panes after a change, staying on the same incident."""
        self.incident_list.refresh_rows()
        self.query_one(IncidentsPane).describe()
        self.show_incident(self.incident_list.current_id)

    # Writing

    def write(self, change: Callable[[], T], done: str | Callable[[T], str]) -> T | None:
        """Run one store write; say what happened in a toast, and never lose the app to it."""
        try:
            result = change()
        except ConflictError as conflict:
            self.notify(Content(f"Not saved: {conflict}"), title="Changed elsewhere",
                        severity="error", timeout=10)
            self.refresh_desk()
            return None
        except DeskError as error:
            self.notify(literal(str(error)), title="Not saved", severity="error")
            return None
        self.refresh_desk()
        self.notify(literal(done if isinstance(done, str) else done(result)), title="Saved")
        return result

    async def open(self, screen: Screen[T], callback: Callable[[T], object]) -> None:
        """Push a dialog and wait until it is mounted, so that keys typed ahead (`s a` in
        one breath) are matched against the dialog's bindings, not lost."""
        await self.app.push_screen(screen, callback)

    async def _pick(self, title: str, values: tuple[str, ...], current: str,
                    styles: dict[str, str], save: Callable[[Incident, str], object]) -> None:
        incident = self.incident
        if incident is None:
            self.notify("No incident selected", severity="warning")
            return

        def chosen(value: str | None) -> None:
            if value is not None and value != current:
                self.write(lambda: save(incident, value),
                           f"#{incident.id} {title.lower()}: {current} → {value}")

        await self.open(ChoicePicker(title, list(values), current,
                                     self.incident_list.cursor_region(), styles), chosen)

    async def action_set_status(self) -> None:
        self.catch_up()
        if self.incident:
            await self._pick("Attribution", ATTRIBUTION_STATUSES, self.incident.attribution_status,
                       ATTRIBUTION_COLOURS, lambda i, v: self.store.set_attribution_status(
                           i.id, i.version, v))

    async def action_set_triage(self) -> None:
        self.catch_up()
        if self.incident:
            await self._pick("Triage", TRIAGE_STATUSES, self.incident.triage_status, TRIAGE_COLOURS,
                       lambda i, v: self.store.set_triage(i.id, i.version, v))

    def action_edit_attribution(self) -> None:
        self.catch_up()
        if self.incident is None:
            return
        self.attribution_pane.open_editor(self.incident, self._lead_actor_name(self.incident),
                                          self.store.actors())

    def on_attribution_editor_saved(self, event: AttributionEditor.Saved) -> None:
        incident = self.incident
        if incident is None:
            return
        draft: AttributionDraft = event.draft
        self.write(lambda: self.store.set_attribution(
            incident.id, incident.version, status=draft.status,
            lead_actor_id=self.store.actor_id_named(draft.lead_actor),
            likelihood=draft.likelihood, confidence=draft.confidence),
            f"#{incident.id} attribution: {draft.status}")
        if self.attribution_pane.editor is None:
            self.attribution_pane.claim_list.focus()

    def on_attribution_editor_cancelled(self, event: AttributionEditor.Cancelled) -> None:
        self.attribution_pane.close_editor()
        self.attribution_pane.claim_list.focus()

    def action_next_new(self) -> None:
        self.catch_up()
        target = self.store.next_new_incident(self.incident.id if self.incident else None)
        if target is None:
            self.notify("No incident is still new")
        elif not self.incident_list.select_id(target):
            self.notify("The next new incident is hidden by the current filter")

    async def action_add_claim(self) -> None:
        self.catch_up()
        quote = self.quotes_pane.selected
        if self.incident is None or quote is None:
            self.notify("Highlight a quote in the Quotes pane first (3)", severity="warning")
            return
        await self.open(ClaimDialog(quote, self.store.actors()), self._save_claim)

    def _save_claim(self, draft: ClaimDraft | None) -> None:
        incident = self.incident
        if draft is None or incident is None:
            return
        self.write(lambda: self.store.add_claim(
            incident.id, stance=draft.stance, actor_id=self.store.actor_id_named(draft.actor),
            asserted_by=draft.asserted_by, quote_id=draft.quote.id,
            likelihood=draft.likelihood, confidence=draft.confidence),
            f"Claim added to #{incident.id}: {draft.stance}")

    def on_claim_list_remove_requested(self, event: ClaimList.RemoveRequested) -> None:
        self.write(lambda: self.store.remove_claim(event.claim_id),
                   f"Claim {event.claim_id} removed (u brings it back)")

    def action_undo(self) -> None:
        self.write(self.store.undo, lambda result: f"Undone: {result.description}")

    # The list's query, for the command palette

    def action_filter_status(self, status: str) -> None:
        pane = self.query_one(IncidentsPane)
        pane.set_filter(replace(pane.query_state.filter, attribution_statuses=(status,)))

    def action_filter_triage(self, status: str) -> None:
        pane = self.query_one(IncidentsPane)
        pane.set_filter(replace(pane.query_state.filter, triage_statuses=(status,)))

    def action_sort_by(self, sort: str) -> None:
        pane = self.query_one(IncidentsPane)
        pane.set_query(replace(pane.query_state, sort=sort))

    async def action_export(self, format: str = "stix") -> None:
        pane = self.query_one(IncidentsPane)

        def done(result: ExportDone | None) -> None:
            if result is not None:
                held = f", {result.held_back} held back by TLP" if result.held_back else ""
                noun = "incident" if result.count == 1 else "incidents"
                self.notify(literal(f"{result.count} {noun} to {result.path}{held}"),
                            title="Exported", timeout=8)

        from tui.export_dialog import ExportDialog  # the exchange formats load when used

        await self.open(ExportDialog(self.store, pane.query_state, pane.listing.count_exactly(),
                                     format), done)

    def action_list(self, action: str) -> None:
        """Run one of the Incidents pane's own actions (search, filter, clear_filters)."""
        self.query_one(IncidentsPane).run_action(action)

    # Import and review

    async def action_import(self) -> None:
        def done(outcome: Outcome | None) -> None:
            if outcome is None:
                return
            for note in outcome.notes[:5]:
                self.notify(literal(note), severity="warning", timeout=8)
            hint = " · r reviews the proposals" if sources_to_review(self.store) else ""
            self.notify(literal(outcome.line() + hint), title="Imported", timeout=8)

        from tui.import_dialog import ImportDialog  # the importers load when used

        await self.open(ImportDialog(self.store), done)

    async def action_review(self) -> None:
        if not sources_to_review(self.store):
            self.notify("Nothing to review: no imported article has open proposals")
            return
        from tui.review_screen import ReviewScreen

        await self.app.push_screen(ReviewScreen())

    def on_screen_resume(self) -> None:
        # Back from a dialog or the review queue: show what they changed, if anything. A
        # save from a dialog has refreshed the desk already, and a cancel changed nothing.
        if self.is_mounted and self.query(IncidentList) and self.incident_list.window.changed():
            self.refresh_desk()

    def action_help(self) -> None:
        self.app.action_show_keys()

    def action_quit(self) -> None:
        self.app.exit()
