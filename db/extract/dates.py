"""Dates in news copy resolved against the publication date."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .alternation import at_word_start
from .segment import lowered

_MONTH_FORMS = (("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",), ("June", "Jun"),
                ("July", "Jul"), ("August", "Aug"), ("September", "Sep", "Sept"), ("October", "Oct"),
                ("November", "Nov"), ("December", "Dec"))
# Each month's number by any of its names, lower-cased ("sept": 9); its full names alone, in order.
MONTHS = {m.lower(): i for i, names in enumerate(_MONTH_FORMS, start=1) for m in names}
MONTH_NAMES = tuple(names[0].lower() for names in _MONTH_FORMS)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# The look-ahead holds the openings of every alternative below (keep it in step with them), grouped under their
# first letters: most word starts fail there at once, which makes the scan of an article about a quarter faster (a
# test runs it without the look-ahead over the corpora). Three letters, not two, so that the commonest words ("the",
# "that", "said", "to", "in", "on", "be") fail there too unless they open a date ("the same day", "in March").
_OPENINGS = (r"(?=\d|t(?:ue|hu|hr|hi|he\s|hat\s|o[dn]|wo)|s(?:at|un|ep|ix|in)|m(?:on|a[ry])|wed|f(?:ri|eb|ou|iv)|j(?:an|u[nl])"
             r"|a(?:pr|ug|n?\s)|o(?:ct|ve|ne)|nov|d(?:ec|ur)|yes|la[st]|ear|pas|in\s|unt|b(?:ef|y\s))")
DATE_RE = re.compile(
    rf"\b{_OPENINGS}(?P<bound>\b(?:since|until|before|by)\s+(?:late\s+|early\s+)?)?"
    rf"(?:(?P<last>\blast\s+)?(?P<wd>\b{_WD})(?:['’]s)?"
    rf"|(?P<md>\b(?P<mon1>{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}}))?)"
    rf"|(?P<dm>\b(?P<d2>\d{{1,2}})\s+(?P<mon2>{_MON})(?:,?\s+(?P<y2>\d{{4}}))?\b)"
    rf"|(?P<iso>\b(?P<yi>\d{{4}})-(?P<mi>\d\d)-(?P<di>\d\d)\b)"
    # "overnight Sunday" is Sunday's night: the weekday dates it, not the publication.
    rf"|(?P<rel>\b(?:yesterday|today|last night|overnight(?!\s+(?:on\s+)?{_WD})|tonight|this morning|earlier today|earlier this week"
    r"|last week|this week|earlier this month|last month|this month|past week)\b)"
    r"|(?P<shift>\b(?P<n>a|an|one|two|three|four|five|six|\d{1,2})\s+(?P<unit>day|week)s?\s+(?P<dir>ago|earlier|before|later)\b)"
    r"|(?P<near>\bthe (?:(?:previous|preceding|next|following) (?:day|night)|(?:day|night) before)\b)"
    # "Earlier the same evening, two drones were shot down": the day last named.
    r"|(?P<same>\b(?:(?:earlier|later) (?:that|the same)|(?:that|the) same) (?:day|morning|afternoon|evening|night)\b)"
    rf"|(?P<mo>\b(?:in|during|since)\s+(?:early\s+|late\s+|mid-)?(?P<mon3>{_MON})(?:\s+(?P<y3>\d{{4}}))?\b))",
)  # matched on lowered text (segment.lowered); capitals are checked on the original


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    on: date | None
    precision: str
    bounded: bool  # "since February 15": a limit of a period, not when something happened
    reported: bool = False  # "said on Wednesday", "claimed Tuesday": when it was told, not when it happened


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


def _shifted(g: Callable[[str], str | None], pub: date | None, last_day: date | None) -> tuple[date | None, str]:
    """"Two days earlier", "the day before": counted from the day last named ("ago" from publication),
    so a second incident gets its own day, not the publication date."""
    if g("shift"):
        n = _COUNTS.get(g("n")) or int(g("n"))
        days = n * (7 if g("unit") == "week" else 1)
        base = pub if g("dir") == "ago" else (last_day or pub)
        forward = g("dir") == "later"
    else:
        days, base, forward = 1, last_day or pub, g("near").split()[1] in ("next", "following")
    precision = "week" if g("unit") == "week" else "day"
    if base is None:
        return None, precision
    return (base + timedelta(days=days) if forward else base - timedelta(days=days)), precision


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


# The day something was said or claimed: "said on Wednesday", "claimed Tuesday that", "told AFP on Monday",
# "said in a statement on Friday", "announced, on Saturday, that", "accused on Saturday the faction of",
# "Speaking to state television on Tuesday", "rejected the claim in a statement on Tuesday"; or a sentence opening
# with the day a group published its claim ("Early on Friday, another faction, X, published a statement").
# The verb may stand a few words before ("claimed responsibility for the attack through Amaq on Sunday")
# as long as no verb of the attack comes between ("said a drone struck the base on Sunday").
_TELLING = ("said", "says", "claimed", "claims", "announced", "added", "stated", "confirmed", "denied", "reported",
            "published", "posted", "issued", "released", "wrote", "told", "accused", "blamed", "rejected", "speaking",
            "spoke", "statement")
_SAID_ON = re.compile(rf"{at_word_start(_TELLING)}\b"
                      r",?([^.;,“”\"\n]{0,60}?)[ \t]+(?:late[ \t]+|early[ \t]+)?(?:on[ \t]+)?$")
_EVENT_VERB = re.compile(r"\b(?:struck|hit|fired|launched|attacked|targeted|exploded|detonated|landed|shot|downed|intercepted"
                         r"|killed|wounded|crashed|fell|found|seized|destroyed|dismantled|defused|shelled|was|were|happened|occurred)\b")
# "said that on Dec. 3, a drone ...": the day opens the clause reported, it dates what the clause tells.
_THAT = re.compile(r"\bthat$")
_OPENS = re.compile(r"(?:(?:late|early)\s+)?(?:on\s+)?$")
_CLAIMED_THEN = re.compile(r",\s+(?:[^,.;]{0,60}?,\s+){0,2}(?:[^\s,.;]+\s+){0,5}?(?:published|posted|issued|released)\b")
# "The faction also claimed a mortar attack on the airport on March 2": an attack the verb's object introduces (a, an)
# is dated by the day after it; the day after "the attack" already told is the claim's.
_NEW_ATTACK = re.compile(r"\ban? (?:[\w-]+ ){0,2}(?:attack|strike|ambush|bombing|raid|barrage)\b")


# "The Pentagon on Monday blamed X for a drone that struck ... early Sunday": the day stands before the verb.
_SAID_AFTER = re.compile(r",?\s+(?:said|says|blamed|accused|claimed|announced|denied|confirmed|told|reported|stated)\b")


# "claimed the Oct. 27 drone strike", "claimed Sunday's attack": a day that qualifies an attack noun is the attack's.
_OF_ATTACK = re.compile(r"(?:\s+(?!(?:a|an|the|that|its|their)\s)[\w-]+)?\s+(?:attack|strike|bombing|raid|ambush|blast"
                        r"|explosion)s?\b")


def _names_attack(low: str, start: int, end: int) -> bool:
    qualifies = low.endswith(("'s", "’s"), start, end) or low.endswith("the ", 0, start)
    return qualifies and _OF_ATTACK.match(low, end) is not None


def _reported(low: str, start: int, end: int) -> bool:
    if _names_attack(low, start, end):
        return False
    if _SAID_AFTER.match(low, end):
        return True
    said = _SAID_ON.search(low, max(0, start - 80), start)
    if said and not any(rx.search(said.group(1)) for rx in (_EVENT_VERB, _THAT, _NEW_ATTACK)):
        return True
    line = max(low.rfind(". ", 0, start) + 2, low.rfind("\n", 0, start) + 1)
    return _OPENS.fullmatch(low, line, start) is not None and _CLAIMED_THEN.match(low, end) is not None


# "BAGHDAD, March 8 (Reuters) -": the date of the dispatch, not of anything it reports.
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z .'’-]+(?:,\s+[A-Z][\w .'’-]+)?,\s*")  # "MARIB, Yemen, April 10 (Xinhua) --"
_AGENCY = r"\([^)\n]{1,40}\)"  # "(Reuters)", "(EFE)"
_DATELINE_TAIL = re.compile(rf"\s*(?:{_AGENCY})?\.?\s*[-–—]+\s")
# "Dubai, Jul 23 (EFE).-": a city in ordinary case is a dateline when the agency's name follows the date.
_TOWN_HEAD = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}(?:,\s+[A-Z][\w .'’-]+)?,\s*")
_AGENCY_TAIL = re.compile(rf"\s*{_AGENCY}\.?\s*[-–—]+\s")


def _in_dateline(text: str, d: DateMention) -> bool:
    line = text.rfind("\n", 0, d.start) + 1
    if _DATELINE_HEAD.fullmatch(text, line, d.start) and _DATELINE_TAIL.match(text, d.end):
        return True
    if _TOWN_HEAD.fullmatch(text, line, d.start) and _AGENCY_TAIL.match(text, d.end):
        return True
    return _stamp(text, line, d)


def _stamp(text: str, line: int, d: DateMention) -> bool:
    """"Reuters | June 10, 2024", "Aug. 19, 2026": a line that only dates the story."""
    end = text.find("\n", d.end)
    rest = (text[line:d.start] + " " + text[d.end:end if end >= 0 else len(text)]).split()
    return len(rest) <= 4 and not any(w[:1].islower() for w in rest)


class DateIndex:
    """All dates of an article found once; stances and incidents ask for ranges of it."""

    def __init__(self, text: str, pub: date | None, low: str):
        self.items = [d for d in find_dates(text, 0, len(text), pub, low) if not _in_dateline(text, d)]
        self.starts = [d.start for d in self.items]

    def between(self, start: int, end: int) -> list[DateMention]:
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end)
        return [d for d in self.items[lo:hi] if d.end <= end]


# "announced, today, Wednesday, ...": a day named again in apposition was told or happened as the first naming was.
_APPOSITION = re.compile(r",\s*")
# "the worst since January 2024, when a drone killed three": the time of what the clause after "when" tells, no limit.
_WHEN = re.compile(r",?\s+when\b")


# "shortly after 1:00 am (2200 GMT Wednesday)": the local time's moment in another zone, not another day.
_ZONE_BEFORE = re.compile(r"\b(?:gmt|utc)\s+$")


def _one_sentence(low: str, start: int, end: int) -> bool:
    return "\n" not in low[start:end] and ". " not in low[start:end]


def find_dates(text: str, start: int, end: int, pub: date | None, low: str | None = None) -> list[DateMention]:
    out: list[DateMention] = []
    last_day: date | None = None
    last_event: date | None = None
    if low is None:
        low = lowered(text)
    for m in DATE_RE.finditer(low, start, end):
        bounded = False
        on: date | None
        precision = "day"
        g = m.group
        if g("wd"):
            if not text[m.start("wd")].isupper() or _ZONE_BEFORE.search(low, max(0, m.start() - 8), m.start()):
                continue  # "wednesday" in lower case is not a date in edited copy
            on = _weekday(g("wd"), pub, bool(g("last")))
        elif g("md"):
            on = _year_for(MONTHS[g("mon1").lower().rstrip(".")], int(g("d1")), pub, g("y1"))
        elif g("dm"):
            on = _year_for(MONTHS[g("mon2").lower().rstrip(".")], int(g("d2")), pub, g("y2"))
        elif g("iso"):
            on = _safe(int(g("yi")), int(g("mi")), int(g("di")))
        elif g("rel"):
            on, precision = _relative(g("rel"), pub)
        elif g("shift") or g("near"):
            on, precision = _shifted(g, pub, last_day)
        elif g("same"):
            # Within one sentence "on the same day" is the day just named, whatever happened on it.
            on = last_day if out and _one_sentence(low, out[-1].end, m.start()) else last_event
            if on is None:
                continue
        else:
            month = MONTHS[g("mon3").lower().rstrip(".")]
            bounded = m.group(0).lower().startswith("since") and not _WHEN.match(low, m.end())
            if not text[m.start("mon3")].isupper():
                continue
            on = _year_for(month, 1, pub, g("y3"))
            precision = "month"
        bound = bool(g("bound")) and not _WHEN.match(low, m.end())
        again = out and _APPOSITION.fullmatch(low, out[-1].end, m.start())
        out.append(DateMention(m.start(), m.end(), on, precision, bound or (g("mo") is not None and bounded),
                               out[-1].reported if again else _reported(low, m.start(), m.end())))
        if precision == "day" and not g("bound"):
            last_day = on
            # "the same evening" is the day of the last thing that happened, not of the last statement.
            last_event = on if not out[-1].reported else last_event
    return out
