"""Turning what an analyst types into a safe FTS5 MATCH expression.

FTS5's query syntax treats quotes, parentheses, ``*``, ``:``, ``^``, ``-`` and the words
AND, OR, NOT and NEAR as operators, and a stray one is a syntax error. Analysts type
names like ``Kata'ib Hezbollah`` and ``Shahed-136`` and search as they type, so the input
is never passed through: it is cut into words the way the ``unicode61`` tokenizer cuts
text, and every word is quoted, which makes it a plain term whatever it spells.

- Words are ANDed: ``erbil rocket`` finds incidents mentioning both.
- A run of characters without spaces is one phrase: ``Kata'ib`` is ``"kata ib"``.
- ``"double quotes"`` make a phrase of several words; an unclosed quote runs to the end.
- The last word is a prefix while the analyst is still typing it: the input ends in it,
  not in a space, a closing quote or punctuation, and has three letters or more. Shorter,
  it is a whole word (``KH``, ``IS``): as a prefix it would match a large part of a big
  desk (``ka*`` 40% of it), cost a pass over that much of the index, and narrow nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# unicode61 keeps letters, digits and private-use characters; everything else separates.
_TOKEN = re.compile(r"[^\W_]+")
_MAX_TERMS = 16
_MAX_INPUT = 500
_MIN_PREFIX = 3


@dataclass(frozen=True)
class SearchQuery:
    """Either a MATCH expression to run, or a short message to show instead (or neither)."""

    match: str | None = None
    message: str = ""

    @property
    def empty(self) -> bool:
        return self.match is None


def _clean(text: str) -> str:
    """Control characters (NUL included) separate words; they never reach SQLite."""
    return "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text[:_MAX_INPUT])


def _phrases(text: str) -> list[list[str]]:
    """Group the input's tokens into phrases: quoted spans, or runs without spaces."""
    phrases = []
    for index, span in enumerate(text.split('"')):
        # Odd spans sit between quotes (the last one may be unclosed).
        chunks = [span] if index % 2 else span.split()
        phrases += [_TOKEN.findall(chunk) for chunk in chunks]
    return [p for p in phrases if p]


def _quote(tokens: list[str]) -> str:
    return '"' + " ".join(tokens) + '"'


def parse(text: str) -> SearchQuery:
    """The MATCH expression for ``text``, or a message saying why there is none."""
    cleaned = _clean(text)
    if not cleaned.strip():
        return SearchQuery()
    phrases = _phrases(cleaned)
    if not phrases:
        return SearchQuery(message="type letters or digits to search")
    if len(phrases) > _MAX_TERMS:
        return SearchQuery(message=f"too many words: search for at most {_MAX_TERMS}")
    terms = [_quote(p) for p in phrases]
    typing = _TOKEN.fullmatch(cleaned[-1]) is not None
    if typing and len(phrases[-1][-1]) >= _MIN_PREFIX:
        terms[-1] += " *"
    return SearchQuery(match=" AND ".join(terms))
