"""The real app driven by Pilot: each key flow, checked in the database afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from textual import events
from textual.widgets import Input, OptionList

from db.store import Store
from tui.app import ThreatdeskApp
from tui.attribution_pane import AttributionEditor
from tui.choice_picker import ChoicePicker
from tui.claim_dialog import ClaimDialog
from tui.help_screen import HelpScreen
from tui.incident_list import IncidentList

SIZE = (120, 36)


def notes(app: ThreatdeskApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def rocket_attack(store: Store):
    return next(i for i in store.incidents() if i.occurred_on == "2021-03-03")


async def test_list_shows_demo_incidents_newest_first(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE):
        listing = app.query_one(IncidentList)
        assert listing.count == 6
        assert listing.row_at(0).occurred_on == "2022-01-05"
        assert app.desk_screen.incident.id == listing.row_at(0).id


async def test_j_k_g_G_move_the_cursor(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        listing = app.query_one(IncidentList)
        await pilot.press("j", "j")
        assert listing.cursor == 2
        await pilot.press("k")
        assert listing.cursor == 1
        await pilot.press("G")
        assert listing.cursor == 5
        assert app.desk_screen.incident.occurred_on == "2021-03-03"
        await pilot.press("g")
        assert listing.cursor == 0
        await pilot.press("down", "down", "up")
        assert listing.cursor == 1


async def test_panes_due_for_a_row_the_cursor_has_left_wait_for_the_new_one(
        store: Store, monkeypatch) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        screen, listing = app.desk_screen, app.query_one(IncidentList)
        await pilot.pause(0.2)
        shown: list[int] = []
        show = screen._show_panes
        monkeypatch.setattr(screen, "_show_panes",
                            lambda: (shown.append(screen.incident.id), show()))
        listing.cursor = 5  # its Highlighted is still queued when the timer comes due
        screen._panes_follow()
        assert shown == []  # no layout spent on the row the cursor left
        await pilot.pause(0.2)
        assert shown == [listing.row_at(5).id]


async def test_s_sets_status_on_the_row_and_saves(store: Store, demo_path: Path) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "s")
        assert isinstance(app.screen, ChoicePicker)
        await pilot.press("a")  # one key per status: a = assessed
        await pilot.pause()
        assert app.query_one(IncidentList).cursor == 5  # the list keeps its place
        assert any("suspected → assessed" in n for n in notes(app))
    reopened = Store.open(demo_path)
    incident = rocket_attack(reopened)
    assert incident.attribution_status == "assessed"
    [entry] = [e for e in reopened.audit_entries("incidents", incident.id)
               if e.action == "update"]
    assert (entry.analyst, entry.old_value, entry.new_value) == ("tester", '"suspected"',
                                                                 '"assessed"')


async def test_escape_closes_the_picker_without_saving(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "escape")
        assert not isinstance(app.screen, ChoicePicker)
    assert store.audit_entries(table="incidents") == [
        e for e in store.audit_entries(table="incidents") if e.analyst != "tester"]


async def test_a_edits_the_whole_attribution_inline(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "a")
        editor = app.query_one(AttributionEditor)
        assert editor.query_one("#edit-status").has_focus
        await pilot.press("a")  # status: assessed
        await pilot.press("tab", *"kss", "tab")  # lead actor by alias
        await pilot.press("v")  # likelihood: from likely to the next v…, very-likely
        await pilot.press("tab", "h")  # confidence: high
        await pilot.press("enter")
        await pilot.pause()
        assert not app.query(AttributionEditor)
    incident = rocket_attack(store)
    assert incident.attribution_status == "assessed"
    assert store.actor(incident.lead_actor_id).name == "Kataib Sayyid al-Shuhada"
    assert (incident.likelihood, incident.confidence) == ("very-likely", "high")


async def test_actor_completion_fills_the_name(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "tab", *"kataib h", "right")
        assert app.query_one("#edit-actor", Input).value.lower().startswith("kataib h")
        assert len(app.query_one("#edit-actor", Input).value) > len("kataib h")


async def test_escape_cancels_the_editor(store: Store) -> None:
    before = rocket_attack(store)
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "a", "c", "escape")
        await pilot.pause()
        assert not app.query(AttributionEditor)
    assert rocket_attack(store) == before


async def test_unknown_lead_actor_is_refused_with_a_toast(store: Store) -> None:
    before = rocket_attack(store)
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "a", "tab", *"nobody we know", "enter")
        await pilot.pause()
        assert any("No actor named" in n for n in notes(app))
        assert app.query(AttributionEditor)  # the draft is still there to correct
    assert rocket_attack(store) == before


async def test_t_sets_triage(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        first = app.desk_screen.incident
        await pilot.press("t", "c")  # closed
        await pilot.pause()
    assert store.incident(first.id).triage_status == "closed"


async def test_n_jumps_to_the_next_new_incident(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        seen = []
        for _ in range(4):
            await pilot.press("n")
            seen.append(app.desk_screen.incident)
        assert all(i.triage_status == "new" for i in seen)
        assert len({i.id for i in seen[:3]}) == 3  # three new incidents, then it wraps


async def test_c_adds_a_claim_from_the_selected_quote(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "3")
        quote = app.desk_screen.quotes_pane.selected
        await pilot.press("c")
        assert isinstance(app.screen, ClaimDialog)
        await pilot.press(*"Kataib Hezbollah", "tab", "a", "enter")  # stance: assessed
        await pilot.pause()
    incident = rocket_attack(store)
    claim = store.claims_for(incident.id)[-1]
    assert (claim.stance, claim.actor_name, claim.quote_id) == ("assessed", "Kataib Hezbollah",
                                                                quote.id)
    assert claim.proposed_by == "analyst"


async def test_x_removes_a_claim_and_u_brings_it_back(store: Store) -> None:
    incident = rocket_attack(store)
    before = store.claims_for(incident.id)
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "4", "x")
        await pilot.pause()
        assert len(store.claims_for(incident.id)) == len(before) - 1
        await pilot.press("u")
        await pilot.pause()
    assert store.claims_for(incident.id) == before


async def test_u_undoes_the_last_change(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "s", "o")  # contested
        await pilot.pause()
        assert rocket_attack(store).attribution_status == "contested"
        await pilot.press("u")
        await pilot.pause()
        assert any(n.startswith("Undone") for n in notes(app))
        assert app.query_one(IncidentList).row_at(5).attribution_status == "suspected"
    assert rocket_attack(store).attribution_status == "suspected"


async def test_u_with_nothing_to_undo_says_so(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("u")
        assert any("nothing to undo" in n for n in notes(app))


async def test_tab_and_digits_move_between_panes(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.focused, IncidentList)
        await pilot.press("tab")
        assert app.focused.id == "detail-pane"
        await pilot.press("tab")
        assert app.focused.id == "quote-list"
        await pilot.press("shift+tab", "shift+tab")
        assert isinstance(app.focused, IncidentList)
        await pilot.press("4")
        assert app.focused.id == "claim-list"
        await pilot.press("1")
        assert isinstance(app.focused, IncidentList)


async def test_question_mark_shows_every_key(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("Static").render())
        for key in ("j", "G", "s", "a", "t", "n", "c", "u", "q", "tab", "ctrl+p"):
            assert f" {key} " in f" {text} ".replace("\n", " ")
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_command_palette_runs_desk_commands(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"next new")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.desk_screen.incident.triage_status == "new"
        assert app.desk_screen.incident.id != app.query_one(IncidentList).row_at(0).id or \
            app.query_one(IncidentList).row_at(0).triage_status == "new"


async def test_q_quits(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_conflicting_edit_is_refused_and_shown(store: Store, demo_path: Path) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "s")
        incident = app.desk_screen.incident
        # Written while the picker is open: the app's half-second poll could otherwise
        # show the change before the key, and the edit would then rightly succeed.
        other = Store.open(demo_path, analyst="second-window")
        other.set_attribution_status(incident.id, incident.version, "claimed")
        other.close()
        await pilot.press("a")
        await pilot.pause()
        assert any("claimed" in n and "assessed" in n for n in notes(app))
        assert app.desk_screen.incident.attribution_status == "claimed"
    assert rocket_attack(store).attribution_status == "claimed"


async def test_another_process_write_shows_within_a_second(store: Store,
                                                           demo_path: Path) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G")
        incident = app.desk_screen.incident
        writer = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                  "c.execute(\"UPDATE incidents SET triage_status = 'closed', "
                  "version = version + 1 WHERE id = ?\", (int(sys.argv[2]),)); c.commit()")
        subprocess.run([sys.executable, "-c", writer, str(demo_path), str(incident.id)],
                       check=True, timeout=30)
        await pilot.pause(1.0)
        assert app.query_one(IncidentList).row_at(5).triage_status == "closed"
        assert app.desk_screen.incident.triage_status == "closed"
        assert app.query_one(IncidentList).cursor == 5


async def test_read_only_desk_says_so_and_refuses_edits(demo_path: Path) -> None:
    os.chmod(demo_path, 0o400)
    try:
        store = Store.open(demo_path, analyst="tester")
        app = ThreatdeskApp(store)
        async with app.run_test(size=SIZE) as pilot:
            assert "READ-ONLY" in app.title
            await pilot.press("s", "a")
            await pilot.pause()
            assert any("read-only" in n for n in notes(app))
        assert app.return_code in (None, 0)
        store.close()
    finally:
        os.chmod(demo_path, 0o600)


async def test_change_survives_a_restart(demo_path: Path) -> None:
    store = Store.open(demo_path, analyst="tester")
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "s", "a")
        await pilot.pause()
    store.close()
    again = Store.open(demo_path, analyst="tester")
    app = ThreatdeskApp(again)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G")
        assert app.desk_screen.incident.attribution_status == "assessed"
    again.close()


async def test_quote_context_shows_the_source_sentence(store: Store) -> None:
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "3")
        context = str(app.query_one("#quote-context-body").render())
        quote = app.desk_screen.quotes_pane.selected
        assert quote.text in context
        assert app.query_one("#quote-list", OptionList).option_count >= 1


async def test_keys_typed_in_one_breath_act_on_the_cursor_row(store: Store) -> None:
    """`G s a` as a terminal delivers them, in one read: all three reach the app before the
    first is handled, so `s` runs before the cursor's message has reached the screen and
    `a` arrives while the picker is still mounting."""
    app = ThreatdeskApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        for key in ("G", "s", "a"):
            app.post_message(events.Key(key, key))
        for _ in range(60):  # a loaded machine may take a while; an unfixed race never ends
            await pilot.pause(0.05)
            if notes(app):
                break
        assert not isinstance(app.screen, ChoicePicker)
        assert any("suspected → assessed" in n for n in notes(app))
    assert rocket_attack(store).attribution_status == "assessed"
    assert [i.attribution_status for i in store.incidents()].count("assessed") == 1
