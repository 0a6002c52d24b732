"""One colour per status, used wherever a status is shown so the eye learns them once."""

from __future__ import annotations

ATTRIBUTION_COLOURS: dict[str, str] = {
    "unattributed": "grey62",
    "suspected": "yellow",
    "claimed": "dark_orange",
    "contested": "magenta",
    "assessed": "dodger_blue1",
    "confirmed": "green3",
}

TRIAGE_COLOURS: dict[str, str] = {
    "new": "bold cyan",
    "in_progress": "yellow",
    "reviewed": "green3",
    "closed": "grey50",
}

STANCE_COLOURS: dict[str, str] = {
    "claimed": "dark_orange",
    "denied": "green3",
    "suspected": "yellow",
    "assessed": "dodger_blue1",
    "unattributed": "grey62",
}


def attribution_style(status: str) -> str:
    return ATTRIBUTION_COLOURS.get(status, "")


def triage_style(status: str) -> str:
    return TRIAGE_COLOURS.get(status, "")
