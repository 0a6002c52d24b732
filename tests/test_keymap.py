"""Keys remapped from keymap.toml by binding id, as Posting does."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.store import Store
from tui.app import ThreatdeskApp
from tui.choice_picker import ChoicePicker
from tui.keymap import load_keymap


def test_keymap_file_is_read_by_binding_id(tmp_path: Path) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('[keymap]\n"desk.set_status" = "S"\n"list.down" = "j,down,ctrl+n"\n')
    assert load_keymap(path) == {"desk.set_status": "S", "list.down": "j,down,ctrl+n"}
    assert load_keymap(tmp_path / "missing.toml") == {}


def test_broken_keymap_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text("[keymap\n")
    with pytest.raises(ValueError, match="keymap.toml"):
        load_keymap(path)


async def test_remapped_key_works_and_the_old_one_does_not(store: Store) -> None:
    app = ThreatdeskApp(store, keymap={"desk.set_status": "S"})
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("s")
        assert not isinstance(app.screen, ChoicePicker)
        await pilot.press("S")
        assert isinstance(app.screen, ChoicePicker)
