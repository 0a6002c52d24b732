"""Text from outside is data: markup and escape codes show literally in every pane."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rich.console import Console
from textual.content import Content
from textual.widgets import OptionList, Static

from db.store import Store
from tui.app import ThreatdeskApp
from tui.incident_list import IncidentList
from tui.literal import clean

HOSTILE = ["[bold]", "[/oops", "[link=https://example.com]x[/link]", "\x1b]0;title\x07"]
HOSTILE_TEXT = " ".join(HOSTILE)
SHOWN = [clean(h) for h in HOSTILE]


def hostile_desk(path: Path) -> Store:
    store = Store.open(path, analyst="tester", create=True)
    with store.transaction() as tx:
        actor = tx.insert("actors", {"name": f"Group {HOSTILE_TEXT}",
                                     "aliases": json.dumps(HOSTILE), "kind": "armed-group"})
        source = tx.insert("sources", {"outlet": f"Wire {HOSTILE_TEXT}",
                                       "text": f"He said: “{HOSTILE_TEXT}” today.",
                                       "sha256": "x", "tlp": "clear"})
        incident = tx.insert("incidents", {
            "title": f"Attack {HOSTILE_TEXT}", "location": f"Town {HOSTILE_TEXT}",
            "weapon": f"rocket {HOSTILE_TEXT}", "summary": HOSTILE_TEXT,
            "occurred_on": "2024-01-01", "lead_actor_id": actor})
        text_start = len("He said: “")
        quote = tx.insert("quotes", {
            "source_id": source, "incident_id": incident, "speaker": f"Speaker {HOSTILE_TEXT}",
            "speaker_role": HOSTILE_TEXT, "text": HOSTILE_TEXT, "start_offset": text_start,
            "end_offset": text_start + len(HOSTILE_TEXT)})
        tx.insert("claims", {"incident_id": incident, "actor_id": actor, "stance": "claimed",
                             "asserted_by": HOSTILE_TEXT, "quote_id": quote,
                             "source_id": source, "created_at": tx.ts})
    return store


def as_text(renderable: object) -> str:
    """Plain text of what a widget shows: a Content as it is, a Rich renderable as printed."""
    if isinstance(renderable, Content):
        return renderable.plain
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


def screen_text(app: ThreatdeskApp) -> str:
    """Everything the desk's panes show, as plain text."""
    parts = [as_text(widget.render()) for widget in app.screen.query(Static)]
    for options in app.screen.query(OptionList):
        parts += [as_text(options.get_option_at_index(i).prompt)
                  for i in range(options.option_count)]
    listing = app.screen.query_one(IncidentList)
    parts += [listing.render_line(y).text for y in range(listing.size.height)]
    parts.append(app.sub_title)
    return "\n".join(parts)


async def test_every_pane_shows_outside_text_literally(tmp_path: Path) -> None:
    store = hostile_desk(tmp_path / "hostile.db")
    app = ThreatdeskApp(store)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        text = screen_text(app)
        assert "\x1b" not in text and "\x07" not in text
        for shown in SHOWN:
            # title (detail, header), place (list, detail), weapon (list, detail), summary,
            # speaker, role, quote (list, context), outlet, actor (detail, claim), claim
            assert text.count(shown) >= 12, shown
        await pilot.press("4", "a")  # the editor shows the actor's name literally too
        await pilot.pause()
        assert app.is_running
        assert "[/oops" in app.export_screenshot().replace("&#160;", " ")
    store.close()


async def test_hostile_text_in_a_toast_is_literal(tmp_path: Path) -> None:
    store = hostile_desk(tmp_path / "hostile.db")
    app = ThreatdeskApp(store)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("a", "tab")
        app.screen.query_one("#edit-actor").value = "[/nope"
        await pilot.press("enter")  # no such actor: the toast names it
        await pilot.pause()
        assert any("[/nope" in str(n.message) for n in app._notifications)
        assert app.is_running
    store.close()
