"""Snapshots of the real app on the demo desk at fixed terminal sizes.

Update them with `pytest tests/test_snapshots.py --snapshot-update` after a deliberate
change to the screen, and look at the SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import db.audit
from db.demo.loader import write_demo
from db.store import Store
from tui.app import ThreatdeskApp

FIXED_TIME = "2026-01-01T00:00:00+00:00"


@pytest.fixture
def demo_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ThreatdeskApp]:
    # Timestamps show in the Detail pane: pin them so the screen is the same on every run.
    monkeypatch.setattr(db.audit, "now_iso", lambda: FIXED_TIME)
    store = Store.open(write_demo(tmp_path / "desk.db"), analyst="tester")
    yield ThreatdeskApp(store)
    store.close()


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Let the panes catch up with the cursor, as they do once the keys pause."""
    await pilot.pause(0.2)


def shot(snap_compare, app: ThreatdeskApp, size: tuple[int, int], keys: list[str]) -> bool:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press(*keys)
        await settle(pilot)

    return snap_compare(app, terminal_size=size, run_before=run_before)


def test_main_screen_120x36(snap_compare, demo_app: ThreatdeskApp) -> None:
    assert shot(snap_compare, demo_app, (120, 36), ["G"])


def test_main_screen_80x24(snap_compare, demo_app: ThreatdeskApp) -> None:
    assert shot(snap_compare, demo_app, (80, 24), [])


def test_inline_attribution_editor(snap_compare, demo_app: ThreatdeskApp) -> None:
    assert shot(snap_compare, demo_app, (120, 36), ["G", "a"])


def test_status_picker_on_the_row(snap_compare, demo_app: ThreatdeskApp) -> None:
    assert shot(snap_compare, demo_app, (120, 36), ["j", "s"])


def test_help_screen(snap_compare, demo_app: ThreatdeskApp) -> None:
    assert shot(snap_compare, demo_app, (120, 36), ["question_mark"])
