"""Paragraphs and sentences with character offsets into the article."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARA = re.compile(r"[^\n]+")
# A sentence may end inside a closing quotation mark or bracket.
_END = re.compile(r"[.!?]+[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])")
_ABBREV = frozenset(
    "mr mrs ms dr gen maj lt col brig capt sgt adm rep sen gov st no jan feb mar apr jun jul aug "
    "sep sept oct nov dec u.s u.n u.k inc co corp vs etc mt ft a.m p.m".split()
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    para: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines: wire copy puts one paragraph on a line."""
    out = []
    for m in _PARA.finditer(text):
        s, e = m.span()
        seg = m.group()
        stripped = seg.strip()
        if not stripped:
            continue
        s += len(seg) - len(seg.lstrip())
        e -= len(seg) - len(seg.rstrip())
        out.append((s, e))
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    space = max(text.rfind(" ", 0, dot), text.rfind("\n", 0, dot))
    word = text[space + 1 : dot].lstrip("(\"“‘").lower()
    return len(word) == 1 or word in _ABBREV


def sentences(text: str, paras: list[tuple[int, int]]) -> list[Sentence]:
    out: list[Sentence] = []
    for i, (ps, pe) in enumerate(paras):
        start = ps
        for m in _END.finditer(text, ps, pe):
            if text[m.start()] == "." and m.end() - m.start() == 1 and _is_abbreviation(text, m.start()):
                continue
            out.append(Sentence(start, m.end(), i))
            start = m.end()
            while start < pe and text[start].isspace():
                start += 1
        if start < pe:
            out.append(Sentence(start, pe, i))
    return out


def lowered(text: str) -> str:
    """Lower case with offsets kept: patterns run case-sensitively on it, far faster than IGNORECASE."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def sentence_at(sents: list[Sentence], pos: int) -> int:
    """Index of the sentence containing `pos` (binary search: called per quote and mention)."""
    lo, hi = 0, len(sents) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sents[mid].start <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo
