"""Dates in news copy resolved against the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_MONTHS = {
    m.lower(): i
    for i, names in enumerate(
        [("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",), ("June", "Jun"),
         ("July", "Jul"), ("August", "Aug"), ("September", "Sep", "Sept"), ("October", "Oct"),
         ("November", "Nov"), ("December", "Dec")],
        start=1,
    )
    for m in names
}
_WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

DATE_RE = re.compile(
    rf"(?P<bound>\b(?:since|until|before|by)\s+(?:late\s+|early\s+)?)?"
    rf"(?:(?P<last>\blast\s+)?(?P<wd>\b{_WD})(?:['’]s)?"
    rf"|(?P<md>\b(?P<mon1>{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}}))?)"
    rf"|(?P<dm>\b(?P<d2>\d{{1,2}})\s+(?P<mon2>{_MON})(?:,?\s+(?P<y2>\d{{4}}))?\b)"
    rf"|(?P<iso>\b(?P<yi>\d{{4}})-(?P<mi>\d\d)-(?P<di>\d\d)\b)"
    r"|(?P<rel>\b(?:yesterday|today|last night|overnight|tonight|this morning|earlier today|earlier this week"
    r"|last week|this week|earlier this month|last month|this month|past week)\b)"
    rf"|(?P<mo>\b(?:in|during|since)\s+(?:early\s+|late\s+|mid-)?(?P<mon3>{_MON})(?:\s+(?P<y3>\d{{4}}))?\b))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    on: date | None
    precision: str
    bounded: bool  # "since February 15": a limit of a period, not when something happened


def _year_for(month: int, day: int, pub: date | None, year: str | None) -> date | None:
    if year:
        return _safe(int(year), month, day)
    if pub is None:
        return None
    d = _safe(pub.year, month, day)
    if d is not None and d > pub + timedelta(days=2):
        d = _safe(pub.year - 1, month, day)
    return d


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _weekday(name: str, pub: date | None, last: bool) -> date | None:
    if pub is None:
        return None
    back = (pub.weekday() - _WEEKDAYS[name.lower()]) % 7
    if last and back == 0:
        back = 7
    return pub - timedelta(days=back)


def _relative(word: str, pub: date | None) -> tuple[date | None, str]:
    if pub is None:
        return None, "day"
    w = " ".join(word.lower().split())
    if w in ("yesterday", "last night"):
        return pub - timedelta(days=1), "day"
    if w in ("today", "tonight", "this morning", "earlier today", "overnight"):
        return pub, "day"
    if w in ("last week", "past week"):
        return pub - timedelta(days=7), "week"
    if w in ("this week", "earlier this week"):
        return pub - timedelta(days=pub.weekday()), "week"
    if w == "last month":
        first = pub.replace(day=1) - timedelta(days=1)
        return first.replace(day=1), "month"
    return pub.replace(day=1), "month"


def find_dates(text: str, start: int, end: int, pub: date | None) -> list[DateMention]:
    out = []
    for m in DATE_RE.finditer(text, start, end):
        on: date | None
        precision = "day"
        g = m.group
        if g("wd"):
            if not m.group(0)[:1].isupper() and not g("last") and not g("bound"):
                continue  # "wednesday" in lower case is not a date in edited copy
            on = _weekday(g("wd"), pub, bool(g("last")))
        elif g("md"):
            on = _year_for(_MONTHS[g("mon1").lower().rstrip(".")], int(g("d1")), pub, g("y1"))
        elif g("dm"):
            on = _year_for(_MONTHS[g("mon2").lower().rstrip(".")], int(g("d2")), pub, g("y2"))
        elif g("iso"):
            on = _safe(int(g("yi")), int(g("mi")), int(g("di")))
        elif g("rel"):
            on, precision = _relative(g("rel"), pub)
        else:
            month = _MONTHS[g("mon3").lower().rstrip(".")]
            if not g("mon3")[:1].isupper():
                continue
            on = _year_for(month, 1, pub, g("y3"))
            precision = "month"
        out.append(DateMention(m.start(), m.end(), on, precision, bool(g("bound"))))
    return out
