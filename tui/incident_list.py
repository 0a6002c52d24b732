"""The incident list: a virtual list that only ever holds the rows on screen.

It renders with Textual's line API: ``render_line`` asks the ``IncidentWindow`` for the rows
it is about to draw (plus a margin, kept in a small cache), so a desk of a million
incidents costs what a desk of a screenful does. The first line is a sticky header that
names the columns and the sort.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rich.cells import set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from db.listing import GUESSED_REACH, IncidentRow, IncidentWindow
from tui.literal import one_line
from tui.palette import attribution_style, triage_style

HEADER_LINES = 1
CACHE_MARGIN = 40  # rows fetched beyond the screen in each direction
TRIAGE_GLYPHS = {"new": "●", "in_progress": "◐", "reviewed": "✓", "closed": "·"}


@lru_cache(maxsize=64)
def _parse(style: str) -> Style:
    return Style.parse(style)


@dataclass(frozen=True)
class Column:
    name: str
    width: int


def layout_columns(width: int) -> list[Column]:
    """Fit the columns to the width: dates and statuses first, the rest shares what is left;
    a wide list also shows the title."""
    triage = Column("triage", 11 if width >= 64 else 1)
    fixed = [Column("date", 10), Column("attribution", 12), triage]
    wide = width >= 100
    gaps = len(fixed) + (4 if wide else 3)  # a space before and after each column
    rest = max(width - sum(c.width for c in fixed) - gaps, 0)
    title = Column("title", rest * 2 // 5 if wide else 0)
    place = Column("place", (rest - title.width) // 2)
    weapon = Column("weapon", rest - title.width - place.width)
    flexible = [title, place, weapon] if wide else [place, weapon]
    return [fixed[0], *flexible, fixed[1], fixed[2]]


def _cell(row: IncidentRow, name: str, width: int) -> tuple[str, str]:
    """The text and style of one cell."""
    if name == "date":
        return (row.occurred_on or "undated"), ""
    if name == "title":
        return one_line(row.title), ""
    if name == "place":
        return one_line(", ".join(p for p in (row.location, row.country) if p)), ""
    if name == "weapon":
        return one_line(row.weapon or row.weapon_category or ""), ""
    if name == "attribution":
        return row.attribution_status, attribution_style(row.attribution_status)
    if width == 1:
        return TRIAGE_GLYPHS.get(row.triage_status, "?"), triage_style(row.triage_status)
    return row.triage_status, triage_style(row.triage_status)


class IncidentList(ScrollView, can_focus=True):
    """Keyboard-driven list of incidents over an ``IncidentWindow``."""

    COMPONENT_CLASSES = {"incident-list--header", "incident-list--cursor"}
    DEFAULT_CSS = """
    IncidentList { height: 1fr; overflow-x: hidden; }
    IncidentList > .incident-list--header { text-style: bold; color: $text-muted; }
    IncidentList > .incident-list--cursor { background: $accent 40%; text-style: bold; }
    IncidentList:focus > .incident-list--cursor { background: $accent; }
    """
    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g,home", "first", "First", show=False, id="list.first"),
        Binding("G,end", "last", "Last", show=False, id="list.last"),
        Binding("pagedown,ctrl+d", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("pageup,ctrl+u", "page_up", "Page up", show=False, id="list.page_up"),
    ]

    cursor: reactive[int] = reactive(0, always_update=True)

    class Highlighted(Message):
        """The cursor rests on another incident (or on none, in an empty list)."""

        def __init__(self, incident_id: int | None) -> None:
            self.incident_id = incident_id
            super().__init__()

    def __init__(self, window: IncidentWindow, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.window = window
        self._cache: dict[int, IncidentRow] = {}
        self._count = window.shown_count()

    # Data

    @property
    def count(self) -> int:
        """How many incidents are listed: a guess until ``counted`` (see IncidentWindow)."""
        return self._count

    @property
    def counted(self) -> bool:
        return self.window.counted and self._count == self.window.count()

    def count_exactly(self) -> int:
        """The exact count, counted now if it was a guess."""
        self._take_count(self.window.count())
        return self._count

    def recount(self) -> None:
        """Take the window's exact count if it has learnt it since (see ``settle``)."""
        if self.window.counted:
            self._take_count(self.window.count())
            if self.cursor >= self._count:
                self.cursor = self._clamp(self.cursor)

    def _take_count(self, count: int) -> None:
        if count != self._count:
            self._count = count
            self.virtual_size = Size(self.size.width, count + HEADER_LINES)
            self.refresh()

    def row_at(self, index: int) -> IncidentRow | None:
        if not 0 <= index < self._count:
            return None
        if index not in self._cache:
            self._fill_cache(index)
        return self._cache.get(index)

    def _fill_cache(self, index: int) -> None:
        page = max(self.size.height, 20)
        start = max(index - CACHE_MARGIN, 0)
        stop = min(index + page + CACHE_MARGIN, self._count)
        if len(self._cache) > 4 * (page + 2 * CACHE_MARGIN):
            self._cache.clear()
        for offset, row in enumerate(self.window.rows(start, stop)):
            self._cache[start + offset] = row

    @property
    def current_id(self) -> int | None:
        row = self.row_at(self.cursor)
        return row.id if row else None

    def set_window(self, window: IncidentWindow, keep_id: int | None = None) -> None:
        """Show another query (or the same one after a write), keeping the analyst's place."""
        self.window = window
        self._cache.clear()
        self._count = window.shown_count()
        self.virtual_size = Size(self.size.width, self._count + HEADER_LINES)
        index = window.index_of(keep_id) if keep_id is not None else None
        self.cursor = self._clamp(index if index is not None else self.cursor)
        self.refresh()

    def refresh_rows(self) -> None:
        """Re-read the rows on screen after a change, staying on the same incident."""
        keep = self.current_id
        self._cache.clear()
        self._count = self.window.shown_count()
        self.virtual_size = Size(self.size.width, self._count + HEADER_LINES)
        row = self.row_at(self.cursor)
        if row is not None and row.id == keep:
            # Most writes leave the row where it was: no need to look for it on a big desk.
            self.refresh()
            return
        self.set_window(self.window, keep_id=keep)

    def select_id(self, incident_id: int) -> bool:
        index = self.window.index_of(incident_id)
        if index is None:
            return False
        self.cursor = index
        return True

    # Cursor and scrolling

    def _clamp(self, index: int) -> int:
        if index >= min(self._count, GUESSED_REACH) - 1 and not self.counted:
            self.count_exactly()  # past the first pages a guessed count would misplace rows
        return min(max(index, 0), max(self._count - 1, 0))

    @property
    def _page(self) -> int:
        return max(self.size.height - HEADER_LINES, 1)

    def validate_cursor(self, index: int) -> int:
        return self._clamp(index)

    def watch_cursor(self, old: int, new: int) -> None:
        top = round(self.scroll_y)
        if new < top:
            self.scroll_to(y=new, animate=False, immediate=True)
        elif new >= top + self._page:
            self.scroll_to(y=new - self._page + 1, animate=False, immediate=True)
        self.refresh()
        self.post_message(self.Highlighted(self.current_id))

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self._count + HEADER_LINES)

    def on_mount(self) -> None:
        self.virtual_size = Size(self.size.width, self._count + HEADER_LINES)
        self.post_message(self.Highlighted(self.current_id))

    def cursor_region(self) -> Region:
        """Where the cursor row is on screen, for a picker to open on it."""
        y = self.cursor - round(self.scroll_y) + HEADER_LINES
        region = self.content_region
        return Region(region.x, region.y + y, region.width, 1)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = self.count_exactly() - 1

    def action_page_down(self) -> None:
        self.cursor += self._page

    def action_page_up(self) -> None:
        self.cursor -= self._page

    def on_click(self, event) -> None:  # type: ignore[no-untyped-def]
        y = event.y - HEADER_LINES
        if y >= 0:
            self.cursor = round(self.scroll_y) + y

    # Rendering

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        columns = layout_columns(width)
        if y < HEADER_LINES:
            return self._header(columns, width)
        index = round(self.scroll_y) + y - HEADER_LINES
        row = self.row_at(index)
        if row is None:
            return Strip.blank(width, self.rich_style)
        cells = [_cell(row, c.name, c.width) for c in columns]
        base = self.rich_style
        if index == self.cursor:
            # Status colours would vanish on the cursor's background: the cursor speaks alone.
            base = base + self.get_component_rich_style("incident-list--cursor")
            cells = [(text, "") for text, _ in cells]
        return self._strip(cells, columns, base, width)

    def _header(self, columns: list[Column], width: int) -> Strip:
        names = {"date": "Date", "title": "Title", "place": "Place", "weapon": "Weapon",
                 "attribution": "Attribution", "triage": "Triage"}
        cells = [(names[c.name] if c.width > 1 else "T", "") for c in columns]
        style = self.rich_style + self.get_component_rich_style("incident-list--header")
        return self._strip(cells, columns, style, width)

    def _strip(self, cells: list[tuple[str, str]], columns: list[Column], base: Style,
               width: int) -> Strip:
        segments = [Segment(" ", base)]
        for (text, style), column in zip(cells, columns):
            cell_style = base + _parse(style) if style else base
            segments.append(Segment(set_cell_size(text, column.width), cell_style))
            segments.append(Segment(" ", base))
        return Strip(segments).crop_extend(0, width, base)
