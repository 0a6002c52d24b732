"""Word lists compiled so the regex engine rejects most positions at once."""

from __future__ import annotations

from collections.abc import Iterable


def by_first_letter(stems: Iterable[str]) -> str:
    """An alternation of `stems`, each opening with a plain letter (no quantifier on it), grouped under
    their first letters: the engine tries every alternative at every position, so a flat list of 50
    costs 50 tests a position, the grouped one a test per first letter. Within a letter the order is
    kept, and stems of different first letters never match at one position, so every match is the same."""
    groups: dict[str, list[str]] = {}
    for stem in stems:
        groups.setdefault(stem[0], []).append(stem[1:])
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items())
