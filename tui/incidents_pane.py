"""The Incidents pane: search box, filter chips with counts, and the virtual list.

The pane owns the list's query (sort, direction, filter, search); every change to it makes
a new ``IncidentWindow`` and keeps the cursor on the same incident when it is still listed.
"""

from __future__ import annotations

from dataclasses import replace

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Static

from db.listing import SORT_KEYS, IncidentFilter, IncidentQuery, IncidentWindow
from db.vocabulary import ATTRIBUTION_STATUSES
from tui.filter_dialog import FilterDialog, FilterResult
from tui.incident_list import IncidentList
from tui.literal import clean
from tui.palette import attribution_style

SORTS = tuple(SORT_KEYS)
SEARCH_DELAY = 0.12  # seconds of quiet in the search box before the list is searched


def filter_chips(f: IncidentFilter, actor_name: str | None) -> list[str]:
    """One short label per active filter, in the order an analyst reads them."""
    chips = []
    if f.search:
        chips.append(f"search: {f.search}")
    if f.attribution_statuses:
        chips.append("status: " + "|".join(f.attribution_statuses))
    if f.triage_statuses:
        chips.append("triage: " + "|".join(f.triage_statuses))
    if f.actor_id is not None:
        how = f"{f.actor_stance} by" if f.actor_stance else "any claim by"
        chips.append(f"{how} {actor_name or f.actor_id}")
    if f.date_from or f.date_to:
        chips.append(f"dates: {f.date_from or '…'} to {f.date_to or '…'}")
    for label, value in (("country", f.country), ("admin1", f.admin1),
                         ("weapon", f.weapon_category), ("tlp", f.tlp)):
        if value:
            chips.append(f"{label}: {value}")
    return chips


def shown_count(count: int, exact: bool) -> str:
    """A count as the list shows it: a guess rounded to three figures and marked as one."""
    if exact:
        return f"{count:,}"
    figures = max(len(str(count)) - 3, 0)
    return f"≈{round(count, -figures):,}"


def render_bar(chips: list[str], counts: dict[str, int] | None, total: int,
               exact: bool = True) -> Content:
    """Active filters as chips, the match count, and the non-zero counts per status
    (``None`` while they are being counted)."""
    parts: list[Content | str | tuple[str, str]] = []
    for chip in chips:
        parts += [(f" {clean(chip)} ", "reverse $accent"), " "]
    if chips:
        noun = "match" if total == 1 and exact else "matches"
        parts += [(f"{shown_count(total, exact)} {noun}", "bold"), "  "]
    if counts is None:
        return Content.assemble(*parts, ("counting…", "$text-muted"))
    for status in ATTRIBUTION_STATUSES:
        if counts[status]:
            parts += [(f"{status} ", attribution_style(status)),
                      (f"{counts[status]:,}", "bold"), "  "]
    return Content.assemble(*parts)


class IncidentsPane(Vertical):
    DEFAULT_CSS = """
    IncidentsPane > #search-box { display: none; height: 1; border: none; padding: 0 1; }
    IncidentsPane > #search-box:focus { border: none; background: $accent 20%; }
    IncidentsPane.-searching > #search-box { display: block; }
    IncidentsPane > #filter-bar { height: 1; padding: 0 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding("slash", "search", "Search", id="incidents.search"),
        Binding("f", "filter", "Filter", id="incidents.filter"),
        Binding("F", "clear_filters", "Clear filters", show=False,
                id="incidents.clear_filters"),
        Binding("o", "cycle_sort", "Sort", show=False, id="incidents.sort"),
        Binding("O", "reverse_sort", "Reverse sort", show=False, id="incidents.reverse"),
    ]

    class Counted(Message):
        """The exact count of a query whose list showed a guess, and the desk's last
        audit row when it was counted (``IncidentWindow.settle``)."""

        def __init__(self, query: IncidentQuery, count: int, last_audit_id: int) -> None:
            self.query, self.count, self.last_audit_id = query, count, last_audit_id
            super().__init__()

    class StatusCounted(Message):
        def __init__(self, query: IncidentQuery, counts: dict[str, int]) -> None:
            self.query, self.counts = query, counts
            super().__init__()

    def __init__(self, window: IncidentWindow, *, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.db = window.db
        self.first_window = window
        self.actor_names: dict[int, str] = {}
        self._counts: dict[IncidentQuery, dict[str, int]] = {}
        self._search_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Input(placeholder='search: words, prefix*, "a phrase"; esc clears',
                    id="search-box", select_on_focus=False)
        yield Static(Content(""), id="filter-bar")
        yield IncidentList(self.first_window, id="incident-list")

    @property
    def listing(self) -> IncidentList:
        return self.query_one(IncidentList)

    @property
    def query_state(self) -> IncidentQuery:
        return self.listing.window.query

    def on_mount(self) -> None:
        self.describe()

    def set_query(self, query: IncidentQuery, *, keep_place: bool = True) -> None:
        """Show the list for another query, staying on the same incident if it is listed
        (or starting at the top, as a search does)."""
        keep = self.listing.current_id if keep_place else None
        self.listing.set_window(IncidentWindow(self.db, query), keep_id=keep)
        if not keep_place:
            self.listing.cursor = 0
        self.describe()

    def set_filter(self, incident_filter: IncidentFilter, *, keep_place: bool = True) -> None:
        self.set_query(replace(self.query_state, filter=incident_filter), keep_place=keep_place)

    def describe(self) -> None:
        """Chips, counts and the sort: what the analyst is looking at, at a glance."""
        window = self.listing.window
        query = window.query
        self._show_count()
        self._count_statuses(query)
        box = self.query_one("#search-box", Input)
        box.border_subtitle = window.message
        if window.message:
            self.notify(Content(window.message), title="Search", severity="warning", timeout=3)

    def _show_count(self) -> None:
        """The match count and the sort in the border, the chips and counts above the list
        (the last counts of this query until the new ones come)."""
        query, listing = self.query_state, self.listing
        arrow = "↓" if query.descending else "↑"
        self.border_subtitle = (f"{shown_count(listing.count, listing.counted)} listed · "
                                f"sort {query.sort} {arrow}")
        self._show_bar(query, self._counts.get(query))

    def _show_bar(self, query: IncidentQuery, counts: dict[str, int] | None) -> None:
        chips = filter_chips(query.filter, self.actor_names.get(query.filter.actor_id or -1))
        self.query_one("#filter-bar", Static).update(
            render_bar(chips, counts, self.listing.count, self.listing.counted))

    @work(thread=True, exclusive=True, group="status-counts")
    def _count_statuses(self, query: IncidentQuery) -> None:
        # Counting a searched million-row desk by status takes a good part of a second,
        # and a search in most of it is only guessed at first: a worker counts both on its
        # own connection while the list stays live.
        store = self.app.store.reopen()  # type: ignore[attr-defined]
        try:
            window = IncidentWindow(store.db, query)
            if not window.counted:
                self.post_message(self.Counted(query, *window.snapshot_count()))
            counts = window.status_counts()
        finally:
            store.close()
        self.post_message(self.StatusCounted(query, counts))

    def on_incidents_pane_counted(self, event: Counted) -> None:
        if event.query == self.query_state:
            self.listing.window.settle(event.count, event.last_audit_id)
            self.listing.recount()
            self._show_count()

    def on_incidents_pane_status_counted(self, event: StatusCounted) -> None:
        self._counts = {event.query: event.counts}  # one query's counts: the current one
        if event.query == self.query_state:
            self._show_bar(event.query, event.counts)

    # Search

    def action_search(self) -> None:
        self.add_class("-searching")
        self.query_one("#search-box", Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "search-box":
            return
        event.stop()
        # A search runs when the typing pauses, not for every letter of a word in progress.
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_DELAY, self._run_search)

    def _run_search(self) -> None:
        self._search_timer = None
        text = self.query_one("#search-box", Input).value
        if text != self.query_state.filter.search:
            self.set_filter(replace(self.query_state.filter, search=text), keep_place=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search-box":
            event.stop()
            self._run_search()  # enter does not wait for the pause
            self.listing.focus()

    def on_key(self, event) -> None:  # type: ignore[no-untyped-def]
        box = self.query_one("#search-box", Input)
        if event.key == "escape" and (box.has_focus or self.query_state.filter.search):
            event.stop()
            box.value = ""
            self._run_search()
            self.remove_class("-searching")
            self.listing.focus()

    # Filters and sort

    def action_clear_filters(self) -> None:
        self.query_one("#search-box", Input).value = ""
        self.remove_class("-searching")
        self.set_filter(IncidentFilter())
        self.notify("Filters cleared")

    def action_cycle_sort(self) -> None:
        following = SORTS[(SORTS.index(self.query_state.sort) + 1) % len(SORTS)]
        self.set_query(replace(self.query_state, sort=following))

    def action_reverse_sort(self) -> None:
        self.set_query(replace(self.query_state, descending=not self.query_state.descending))

    def action_filter(self) -> None:
        def apply(result: FilterResult | None) -> None:
            if result is not None:
                incident_filter, actor_name = result
                if incident_filter.actor_id is not None and actor_name:
                    self.actor_names[incident_filter.actor_id] = actor_name
                self.set_filter(incident_filter)

        current = self.query_state.filter
        self.app.push_screen(
            FilterDialog(current, self.actor_names.get(current.actor_id or -1)), apply)
