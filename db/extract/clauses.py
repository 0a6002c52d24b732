"""Clause boundaries and the asides (appositives, relative clauses) inside a sentence.

Stances and incidents are read clause by clause so that "X denied involvement, while Y
claimed the attack" gives each group its own stance, and an aside such as ", a front for
Kataib Hezbollah," or ", which claimed attacks in the past," lends its names to no one.
"""

from __future__ import annotations

import re

# Every boundary opens with a semicolon, a comma or a space: the look-ahead skips other characters fast, and the
# alternatives are grouped under that first character, so a space tries only the four that may open with one.
# "shortly after midnight" tells the time of the clause it stands in; it opens no other clause.
_AFTER = r"(?:a day|a week|hours|days|two days|shortly|weeks) after\s+(?!midnight|noon|dawn|dusk|sunrise|sunset|\d)"
_BOUNDARY = re.compile(
    rf"(?=[;,\s])(?:;\s+|,\s+(?:{_AFTER}|while\s+|but\s+|whereas\s+|although\s+|when\s+|adding\s+(?:that\s+)?)"
    rf"|\s+(?:{_AFTER}|while\s+|but\s+(?=\w+\s+(?:said|say|says|insisted|denied|claimed))|and\s+(?=(?:later\s+|also\s+)?"
    r"(?:shot down|downed|intercepted|foiled|struck|hit|fired|launched|targeted|destroyed|thwarted)\b)))",
)  # lower case: clauses() runs on segment.lowered(text)
_ASIDE = re.compile(r",\s+(?:a|an|the|which|who|whose|one of|part of|itself|formerly|also known as)\b[^,;]*?(?=,)")


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.start() > s:
            out.append((s, m.start()))
        s = m.end()
    if s < end:
        out.append((s, end))
    return out


# "Within hours, a faction calling itself X claimed ...", "Hours later, the IRI, an umbrella ..., said":
# after an opening adverbial the comma starts the subject, not an aside.
_OPENER = re.compile(
    r"(?i:within|on|in|at|after|before|during|since|early|late|later|earlier|hours|days|minutes|moments|shortly|soon"
    r"|meanwhile|separately|however|overnight|yesterday|today|last|this|then|also|elsewhere|still|speaking|asked"
    # "About 12 hours later, the IRI ...", "Several hours later, the group ...": a time counted from the attack.
    r"|about|around|roughly|nearly|several|a few|\d+"
    # "The next morning, a group calling itself X — ... — posted": a day counted from the attack.
    r"|the (?:next|following|same|previous))\b[^,.;“”\"]{0,50}")


# "The launcher, the timer and the orchard all point to X": ", the timer and ..." continues a list of
# subjects that opens the sentence; it is no aside about the launcher.
_LIST_HEAD = re.compile(r"[\"“]?(?i:the|a|an) [\w-]+(?: (?i:of) [\w-]+)?")
_LIST_ITEM = re.compile(r",\s+(?i:the|a|an) [\w-]+ (?i:and|or) ")


def asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _ASIDE.finditer(text, start, end)
            if not opens_subject(text, start, m.start()) and not _lists_subjects(text, start, m.start())]


def _lists_subjects(text: str, start: int, comma: int) -> bool:
    return _LIST_ITEM.match(text, comma) is not None and _LIST_HEAD.fullmatch(text, start, comma) is not None


def opens_subject(text: str, start: int, comma: int) -> bool:
    """The comma at `comma` closes an adverbial that opens the sentence starting at `start`."""
    return _OPENER.fullmatch(text, start, comma) is not None


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)
