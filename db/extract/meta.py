"""Outlet, dateline, headline and publication date, when the text carries them."""

from __future__ import annotations

import re
from datetime import date

from .dates import find_dates
from .types import ArticleMeta

_OUTLETS = (
    "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Rudaw", "Rudaw English", "Kurdistan 24", "Kurdistan24",
    "Al-Monitor", "The National", "Shafaq News", "Xinhua", "Politico", "Al Jazeera", "Al Arabiya", "BBC",
    "The New York Times", "The Washington Post", "Iraqi News Agency", "INA", "Anadolu", "Long War Journal",
    "Defense Post", "The Defense Post", "Middle East Eye", "Asharq Al-Awsat", "Arab News", "Bloomberg",
)
_OUTLET_RX = "|".join(sorted((re.escape(o) for o in _OUTLETS), key=len, reverse=True))
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+)*(?:,\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})?)"
    r"(?:,?\s+(?P<md>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?\s*(?:\((?P<outlet>[^)]{2,40})\))?\s*(?:[-–—]+|(?<=[A-Z]):)\s"  # Arab News writes "DUBAI: A drone ..."
)
# Asharq Al-Awsat gives the place and its name on a line of their own: "Riyadh - Asharq Al-Awsat".
_PLACE_OUTLET = re.compile(rf"^(?P<place>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){{0,2}})\s+[-–—]\s+(?P<outlet>{_OUTLET_RX})$")
_OUTLET_LINE = re.compile(rf"^(?:By\s+|Source:\s*|From\s+)?(?:[A-Z][\w .'-]*\s+\|\s+|[^|]*\|\s*)?(?P<outlet>{_OUTLET_RX})\b", re.I)
# Some outlets sign the body's first words instead of a dateline: "Shafaq News/ A drone struck ...".
_BODY_OPENER = re.compile(rf"^(?P<outlet>{_OUTLET_RX})\s*/")
_PUBLISHED = re.compile(r"^(?:Published|Posted|Updated|Date)\s*[:\-]?\s*", re.I)


def _dateline_outlet(lines: list[tuple[int, str]]) -> str | None:
    """The outlet a dateline names ("ERBIL (Kurdistan24) –"): a line of just that name is the outlet's, not a headline."""
    for _, line in lines:
        d = _DATELINE.match(line.strip())
        if d and d.group("outlet"):
            return d.group("outlet").strip()
    return None


def read_meta(text: str, hint: date | None = None) -> ArticleMeta:
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text[:2000]) if m.group().strip()][:6]
    named = _dateline_outlet(lines)
    outlet = dateline = headline = None
    published = None
    body_from = None
    for i, (off, line) in enumerate(lines):
        s = line.strip()
        d = _DATELINE.match(s)
        if d and len(d.group("place")) >= 3:
            dateline = d.group("place")
            if d.group("outlet"):
                outlet = outlet or d.group("outlet").strip()
            body_from = i
            break
        po = _PLACE_OUTLET.match(s)
        if po:
            dateline, outlet = po.group("place"), outlet or po.group("outlet")
            continue
        if s == named and outlet is None:
            outlet = s
            continue
        if len(s) < 120 and (_OUTLET_LINE.match(s) or _PUBLISHED.match(s)):
            o = _OUTLET_LINE.match(s)
            if o and outlet is None:
                outlet = o.group("outlet")
            dates = [x for x in find_dates(line, 0, len(line), None) if x.on]
            if dates and published is None:
                published = dates[0].on
            continue
        if len(s) < 120 and s[-1:] not in ".”\"" and headline is None:
            headline = s
            continue
        dates = [x for x in find_dates(line, 0, len(line), None) if x.on]
        if len(s) < 40 and dates and published is None:
            published = dates[0].on
            continue
        opener = _BODY_OPENER.match(s)
        if opener and outlet is None:
            outlet = opener.group("outlet")
        body_from = i
        break
    if body_from == 0:
        headline = None
    return ArticleMeta(_canon(outlet), dateline, headline, published or hint)


def _canon(outlet: str | None) -> str | None:
    if outlet is None:
        return None
    for o in _OUTLETS:
        if o.lower() == outlet.lower():
            return o
    return outlet
