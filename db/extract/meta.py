"""Outlet, dateline, headline and publication date, when the text carries them."""

from __future__ import annotations

import re
from datetime import date

from .dates import MONTHS
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


_MONTH = (r"(?P<{}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# A whole date as mastheads print it: "March 9, 2039", "Mar 31,2029", "4th September, 2028", "19 January ,2028",
# "2036-01-15", "13.12.2027", "02/11/2037".
_FULL_DATE = re.compile(
    rf"\b(?:{_MONTH.format('m1')}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.format('m2')}\s*,?\s*(?P<y2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})|(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y3>\d{4}))\b")
_YEAR = re.compile(r"\d{4}")
# "02/11/2037 06:12 PM EST": American copy puts the month first; elsewhere the day comes first ("07/10/2037 GMT").
_US_CLOCK = re.compile(r"\b(?:[AP]M|[ECMP][SD]?T|ET|PT)\b")


def _printed_date(line: str) -> date | None:
    """The publication date a masthead or dateline line prints in full, if it does."""
    m = _FULL_DATE.search(line) if _YEAR.search(line) else None  # the year first: far cheaper, and most lines lack one
    try:
        return _date_of(m, line) if m else None
    except ValueError:  # "31/02/2030": printed, but no date
        return None


def _masthead_date(line: str) -> date | None:
    """The date a short line that is no sentence prints: "Published On 5 Apr 2034", not "It recalled March 3, 2021."."""
    return _printed_date(line) if len(line) < 160 and line[-1:] not in ".”\"" else None


def _date_of(m: re.Match, line: str) -> date:
    if m.group("iso"):
        return date.fromisoformat(m.group("iso"))
    if m.group("y3"):
        a, b = int(m.group("a")), int(m.group("b"))
        month_first = b > 12 or (a <= 12 and m.group("sep") == "/" and _US_CLOCK.search(line) is not None)
        return date(int(m.group("y3")), a, b) if month_first else date(int(m.group("y3")), b, a)
    month = MONTHS[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
    return date(int(m.group("y1") or m.group("y2")), month, int(m.group("d1") or m.group("d2")))


def _dateline_outlet(lines: list[tuple[int, str]]) -> str | None:
    """The outlet a dateline names ("ERBIL (Kurdistan24) –"): a line of just that name is the outlet's, not a headline."""
    for _, line in lines:
        d = _DATELINE.match(line.strip())
        if d and d.group("outlet"):
            return d.group("outlet").strip()
    return None


def read_meta(text: str, hint: date | None = None) -> ArticleMeta:
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text[:2000]) if m.group().strip()][:8]
    named = _dateline_outlet(lines)
    outlet = dateline = headline = None
    published = None
    body_from = None
    for i, (off, line) in enumerate(lines):
        s = line.strip()
        d = _DATELINE.match(s)
        if d and len(d.group("place")) >= 3:
            dateline = d.group("place")
            published = published or _printed_date(s[:d.end() + 40])  # "ABU DHABI, 4th September, 2028 (WAM) --"
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
        printed = _masthead_date(s)
        # A masthead line ("Reuters | October 18, 2023", "By JT - Mar 31,2029"); a first line printing a date and
        # nothing of the masthead is the headline.
        if (len(s) < 120 and (_OUTLET_LINE.match(s) or _PUBLISHED.match(s))) or (printed and i):
            o = _OUTLET_LINE.match(s)
            outlet = outlet or (o.group("outlet") if o else None)
            published = published or printed
            continue
        if len(s) < 120 and s[-1:] not in ".”\"" and headline is None:
            headline = s
            continue
        opener = _BODY_OPENER.match(s)
        if opener and outlet is None:
            outlet = opener.group("outlet")
        if headline and opener is None and s[-1:] not in ".”\"":
            continue  # a byline or standfirst between the headline and the body: body paragraphs end in a stop
        body_from = i
        break
    if body_from == 0:
        headline = None
    # A masthead line after a standfirst that ends in a stop ("Published On 5 Apr 2034"); not a sentence of the body.
    published = published or next((d for _, line in lines[1:] if (d := _masthead_date(line.strip()))), None)
    return ArticleMeta(_canon(outlet), dateline, headline, published or hint)


def _canon(outlet: str | None) -> str | None:
    if outlet is None:
        return None
    for o in _OUTLETS:
        if o.lower() == outlet.lower():
            return o
    return outlet
