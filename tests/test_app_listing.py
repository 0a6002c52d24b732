"""Search, filters, sort and scrolling in the real app, on the demo desk and a large one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bench.generate import generate
from db.store import Store
from tui.app import ThreatdeskApp
from tui.filter_dialog import FilterDialog
from tui.incident_list import IncidentList
from tui.incidents_pane import IncidentsPane, shown_count

SIZE = (120, 36)


def listed(app: ThreatdeskApp) -> list:
    listing = app.query_one(IncidentList)
    return [listing.row_at(i) for i in range(listing.count)]


async def test_slash_search_narrows_as_you_type_and_esc_clears(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"baghd")
        await pilot.pause(0.3)  # the search runs when the typing pauses
        rows = listed(app)
        assert len(rows) == 1 and "Baghdad" in rows[0].location
        assert "search: baghd" in str(app.query_one("#filter-bar").render())
        await pilot.press("escape")
        assert app.query_one(IncidentList).count == 6
        assert isinstance(app.focused, IncidentList)


async def test_search_finds_incidents_by_quote_and_actor_alias(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"hasty", "enter")  # words of Psaki's 2021 quote
        assert [r.occurred_on for r in listed(app)] == ["2021-03-03"]
        assert isinstance(app.focused, IncidentList)  # enter goes back to the list
        app.query_one("#search-box").value = '"Kataib Sayyid'
        await pilot.pause(0.3)
        assert [r.occurred_on for r in listed(app)] == ["2021-03-03"]


@pytest.mark.parametrize("hostile", ['"unbalanced', "AND OR", "*", "(", "a\x00b", "NEAR("])
async def test_hostile_search_input_never_crashes(store: Store, hostile: str) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        app.query_one("#search-box").value = hostile
        await pilot.pause(0.3)
        assert app.is_running
        assert app.query_one(IncidentList).count >= 0


async def test_filter_dialog_narrows_by_status_and_shows_a_chip(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        assert isinstance(app.screen, FilterDialog)
        await pilot.press("s", "enter")  # status: suspected
        await pilot.pause()
        assert [r.attribution_status for r in listed(app)] == ["suspected"]
        bar = str(app.query_one("#filter-bar").render())
        assert "status: suspected" in bar and "1 match" in bar
        await pilot.press("F")
        assert app.query_one(IncidentList).count == 6


async def test_filter_by_actor_denial_and_dates(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", "tab", "tab")
        app.screen.query_one("#f-actor").value = "KSS"
        await pilot.press("tab", "d")  # tied how: denied
        await pilot.press("enter")
        await pilot.pause()
        assert [r.occurred_on for r in listed(app)] == ["2021-03-03"]
        assert "denied by Kataib Sayyid al-Shuhada" in str(app.query_one("#filter-bar").render())
        await pilot.press("F", "f")
        app.screen.query_one("#f-from").value = "2022-01-04"
        app.screen.query_one("#f-to").value = "2022-01-04"
        await pilot.press("enter")
        await pilot.pause()
        assert {r.occurred_on for r in listed(app)} == {"2022-01-04"}


async def test_bad_date_in_the_filter_is_refused_with_a_toast(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        app.screen.query_one("#f-from").value = "last tuesday"
        await pilot.press("enter")
        assert isinstance(app.screen, FilterDialog)
        assert any("must be a date like 2024-03-05" in str(n.message)
                   for n in app._notifications)


async def test_o_cycles_the_sort_and_O_reverses(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(IncidentsPane)
        await pilot.press("o")
        assert pane.query_state.sort == "status"
        statuses = [r.attribution_status for r in listed(app)]
        assert statuses == sorted(statuses, reverse=True)
        await pilot.press("O")
        assert not pane.query_state.descending
        assert "sort status ↑" in pane.border_subtitle


@pytest.fixture(scope="module")
def big_desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.db"
    generate(path, 50_000)
    return path


async def test_scrolling_to_the_end_of_a_50000_incident_desk(big_desk: Path) -> None:
    store = Store.open(big_desk, analyst="tester")
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        listing = app.query_one(IncidentList)
        assert listing.count == 50_000
        await pilot.press("G")
        last = store.db.execute("SELECT id FROM incidents ORDER BY coalesce(occurred_on, '') "
                                "ASC, id ASC LIMIT 1").fetchone()[0]
        assert listing.cursor == 49_999 and listing.current_id == last
        assert app.desk_screen.incident.id == last
        await pilot.press("pageup", "k", "g", "pagedown")
        assert listing.cursor == listing._page
    store.close()


async def test_a_search_in_most_of_the_desk_shows_its_first_page_then_its_count(
        big_desk: Path) -> None:
    store = Store.open(big_desk, analyst="tester")
    truth = store.db.execute("SELECT rowid FROM incident_search WHERE incident_search "
                             "MATCH 'al' ORDER BY rowid").fetchall()
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        pane, listing = app.query_one(IncidentsPane), app.query_one(IncidentList)
        pane.set_filter(replace(pane.query_state.filter, search="al"), keep_place=False)
        assert not listing.counted and "≈" in pane.border_subtitle  # a guess, at once
        assert listing.current_id is not None
        await pilot.press("G")  # before the worker's count: G counts, and lands on the last
        last = store.db.execute(
            "SELECT id FROM incidents WHERE id IN (SELECT rowid FROM incident_search "
            "WHERE incident_search MATCH 'al') ORDER BY coalesce(occurred_on, '') ASC, "
            "id ASC LIMIT 1").fetchone()[0]
        assert listing.current_id == last and listing.cursor == len(truth) - 1
        await pilot.pause(0.3)
        assert listing.counted and f"{len(truth):,} listed" in pane.border_subtitle
    store.close()


async def test_palette_filters_by_status(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"status suspected")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert [r.attribution_status for r in listed(app)] == ["suspected"]


async def test_palette_exports_the_filtered_list(store: Store, tmp_path: Path) -> None:
    from tui.export_dialog import ExportDialog
    target = tmp_path / "brief.md"
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"baghdad", "enter")
        await pilot.press("ctrl+p", *"export markdown")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert app.screen.query_one("#export-path").value.endswith(".md")
        app.screen.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        for _ in range(60):
            await pilot.pause(0.05)
            if not isinstance(app.screen, ExportDialog):
                break
        assert any("1 incident to" in str(n.message) for n in app._notifications)
    brief = target.read_text(encoding="utf-8")
    assert "Baghdad" in brief and "Ain al-Asad" not in brief


async def test_status_counts_follow_a_write(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.3)
        assert "suspected 1" in str(app.query_one("#filter-bar").render())
        await pilot.press("G", "s", "a")
        await pilot.pause(0.3)
        bar = str(app.query_one("#filter-bar").render())
        assert "assessed 1" in bar and "suspected" not in bar


async def test_search_waits_for_the_typing_to_pause(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(IncidentsPane)
        await pilot.press("slash", *"ain")
        assert pane.query_state.filter.search == ""
        await pilot.pause(0.3)
        assert pane.query_state.filter.search == "ain"


def test_a_guessed_count_is_shown_rounded_and_marked() -> None:
    assert shown_count(926_183, exact=False) == "≈926,000"
    assert shown_count(41, exact=False) == "≈41"
    assert shown_count(926_183, exact=True) == "926,183"
