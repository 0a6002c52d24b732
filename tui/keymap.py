"""User key remapping: ``keymap.toml`` in the config directory maps binding ids to keys.

    [keymap]
    "desk.set_status" = "S"
    "list.down" = "j,down,ctrl+n"
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from platformdirs import user_config_path


def keymap_path() -> Path:
    return user_config_path("threatdesk") / "keymap.toml"


def load_keymap(path: Path | None = None) -> dict[str, str]:
    """The remapped keys, or none when the file is missing; a broken file raises ValueError."""
    path = path or keymap_path()
    if not path.exists():
        return {}
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("keymap", {})
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: {error}") from error
    return {str(k): str(v) for k, v in table.items()}
