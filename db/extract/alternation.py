"""Word lists compiled so the regex engine rejects most positions at once."""

from __future__ import annotations

from collections.abc import Iterable


def by_first_letter(stems: Iterable[str]) -> str:
    """An alternation of `stems`, each opening with a plain letter (no quantifier on it), grouped under
    their first letters: the engine tries every alternative at every position, so a flat list of 50
    costs 50 tests a position, the grouped one a test per first letter. Within a letter the order is
    kept, and stems of different first letters never match at one position, so every match is the same."""
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in _grouped(stems).items())


def at_word_start(stems: Iterable[str]) -> str:
    r"""`\b(?:stem|stem|...)` for stems as by_first_letter takes them, grouped the same way, behind a look-ahead
    holding their first letters: a position fails at the look-ahead or at one test of its letter, where
    `(?:\bstem|\bstem|...)` tests the boundary and the letter of every alternative in turn."""
    stems = tuple(stems)
    return rf"(?=[{''.join(_grouped(stems))}])\b(?:{by_first_letter(stems)})"


def each(words: Iterable[str], tail: str) -> list[str]:
    """Stems for `(?:word|word|...)tail`, which opens with no plain letter: one a word."""
    return [word + tail for word in words]


def _grouped(stems: Iterable[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for stem in stems:
        groups.setdefault(stem[0], []).append(stem[1:])
    return groups
