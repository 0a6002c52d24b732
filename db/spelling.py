"""Spelling-blind names: what the actor matching of imports and of the article extractor share.

Romanisations of Arabic names differ above all in their vowels and doubled letters
(Hizballah, Hezbollah; Damm, Dam), so both compare a consonant skeleton of the name. Each
caller decides what else to drop first: a whole name for an import's actor key, one word at
a time for the gazetteer's matching of running text.
"""

from __future__ import annotations


def single_letters(text: str) -> str:
    """``text`` with each run of a repeated letter written once; a repeated digit stays, as
    it is another number (Armed Group 11 is not Armed Group 1)."""
    out: list[str] = []
    for char in text:
        if not out or char != out[-1] or char.isdigit():
            out.append(char)
    return "".join(out)
