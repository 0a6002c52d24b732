"""Finding the passage of a source around a quote, so the analyst reads it in context."""

from __future__ import annotations

import re

# A sentence ends at . ! ? (possibly followed by a closing quote) and white space, or a newline.
_BOUNDARY = re.compile(r"[.!?][\"”’']?\s+|\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) containing ``text[start:end]``."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    begin = 0
    for match in _BOUNDARY.finditer(text, 0, start):
        begin = match.end()
    after = _BOUNDARY.search(text, end)
    finish = len(text) if after is None else after.start() + (1 if text[after.start()] != "\n" else 0)
    while finish < len(text) and text[finish] in "\"”’'":
        finish += 1
    return begin, max(finish, end)
