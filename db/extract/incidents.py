"""Incident candidates: each attack the text reports, with date, place, weapon and outcome."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .alternation import by_first_letter
from .dates import DateIndex, DateMention
from .places import ADMIN1, COUNTRIES, WATERS, admin_of
from .segment import Sentence
from .types import IncidentCandidate

_I = 0  # patterns are lower case and run on segment.lowered(text)
_NUM_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_NUM_WORDS.update({"a dozen": 12, "dozen": 12, "a pair of": 2, "a single": 1})
_WEAPONS = [
    ("indirect-fire", r"rounds? of indirect fire|indirect[- ]fire|artillery(?: shells?| fire)?"),
    ("missile", r"(?:ballistic |cruise |anti-ship |surface-to-surface )?missiles?"),
    ("rocket", r"(?:katyusha )?rockets?|rocket fire|(?:rocket )?launchers?"),
    # An unmanned surface vessel is a drone boat; a manned "explosive boat" is not.
    ("drone", r"(?:kamikaze |attack |one-way attack |explosive-laden |armed )?drones?|uavs?|unmanned aerial vehicles?"
              r"|unmanned surface vessels?|usvs?|drone boats?"),
    ("mortar", r"mortars?(?: rounds?| shells?| bombs?)?"),
    ("ied", r"roadside bombs?|improvised explosive devices?|ieds?|(?:explosive )?devices?|car bombs?|bombs?"),
    ("small-arms", r"gunmen|gunfire|small[- ]arms(?: fire)?|sniper fire"),
    ("other", r"grenades?|explosives?|air ?strikes?|(?:limpet|sea) mines?"),
]
# One boundary and a look at the first three letters before the alternatives (keep it in step with them; a test runs
# the pattern without it over the corpora): scanning a sentence is then several times faster than with a boundary
# inside each group, and common words ("and", "as", "said", "officials") fail at the look-ahead.
_WEAPON_OPENINGS = (r"(?=a(?:rt|nt|tt|rm|ir)|b(?:al|om)|c(?:ru|ar)|d(?:ro|ev)|exp|g(?:un|re)|i(?:nd|mp|ed)|k(?:at|am)"
                    r"|l(?:au|im)|m(?:is|or)|one|r(?:ou|oc|oa)|s(?:ur|ma|ni|ea)|u(?:av|nm|sv))")
_WEAPON = re.compile(rf"\b{_WEAPON_OPENINGS}(?:" + "|".join(f"(?P<w{i}>{rx})" for i, (_, rx) in enumerate(_WEAPONS)) + r")\b", _I)
_COUNT = re.compile(
    r"\b(\d{1,3}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|a dozen|a pair of|a single)\s+(?:[\w’'-]+\s+){0,3}$")
_ACT_WORDS = (
    "struck", "strikes? on", "hit", "hitting", "targeted", "targeting", "landed", "landing", "fired", "firing", "launched",
    "attacked", "exploded", "detonated", "shot down", "downed", "intercepted", "foiled", "thwarted", "defused", "dismantled",
    "disarmed", "shelled", "slammed", "crashed", "impacted", "came under", "attack on", "attack against", "attacks? at",
    "strike against", "explosion", "blast", "bombing", "shelling", "rounds of", "rocket fire", "indirect fire", "gunfire",
    "air ?strikes?", "drone strike", "ambush(?:ed)?", "opened fire", "exploding", "set off", "went off",
    # An attack told by its effect or its failure: "a roadside bomb killed", "a rocket fell inside the
    # perimeter", "a launcher was found", "troops found and destroyed a device", "seized two drones".
    "killed", "fell", "found", "discovered", "seized", "destroyed",
    # "A tanker was damaged by a missile": the attack told by the harm to its target.
    "damaged", "damaging",
    # "An explosive-laden boat rammed a tanker": a boat or car driven into its target is the attack.
    "rammed", "ramming",
    # "A car bomb tore through a crowded market": a blast told by its passage through the place.
    "tore through", "ripped through",
)
_ACT = re.compile(rf"\b(?:{by_first_letter(_ACT_WORDS)})\b", _I)
_ATTACK_NOUN = re.compile(r"\b(?:attack|strike|bombing|explosion|blast|ambush)\b(?!s)|\b(?:attacked|ambushed|stormed|bombed|shelled)\b", _I)
_AGGREGATE = re.compile(
    r"\b(?:twice|three times|several times|repeatedly)\b|\b(?:series|wave|spate|string|dozens|scores|hundreds|number) of\b"
    # "fired a number of drones" counts munitions of one attack, "a number of attacks" many attacks, and "a base
    # that hosts a small number of trainers" people.
    r"(?! (?:\w+ )?(?:drones?|rockets?|missiles?|mortars?|shells?|rounds?|uavs?|troops|soldiers|trainers|advisers|advisors"
    r"|personnel|people|civilians|workers|staff)\b)|\bat least \d+\s+(?:\w+\s+){0,3}attacks"
    r"|\bmore than \d+\s+(?:\w+\s+){0,3}attacks|\b\d+\s+(?:\w+\s+){0,2}attacks\b", _I)
_LATEST = re.compile(r"\blatest (?:in|of) an? $")
# "the rockets", "those two drones": munitions named before, so the clause tells more of an attack already reported
# ("the drone attack" names an attack, which may be only the time of another: "hours after the drone attack").
_DEFINITE = re.compile(r"\b(?:the|those|these)\s+(?:[\w-]+\s+)?$")
_ATTACK_AFTER = re.compile(r"\s+(?:attack|strike|bombing)")
_MODAL = re.compile(
    r"\b(?:will|would|could|might|may|can|threaten(?:ed|s)? to|vow(?:ed|s)? to|plan(?:ned|s)? to|intends? to"
    r"|to counter|to protect|to defend against|capable of|in case of)\b", _I)
_PAST_ACT = re.compile(r"\b(?:struck|hit|targeted|landed|fired|launched|attacked|exploded|detonated|shot down|downed|rammed"
                       r"|intercepted|foiled|thwarted|shelled|slammed|crashed|impacted|came under|seized|found|killed|fell"
                       r"|destroyed|dismantled|defused|tore through|ripped through)\b", _I)
_OLD = re.compile(r"\b(?:last year|years ago|in (?:19|20)\d\d)\b", _I)
_INTERCEPTED = re.compile(r"\b(?:shot down|downed|intercepted|intercept|destroyed (?:it |them )?(?:in flight|mid-air|before)"
                          r"|air defen[cs]es? (?:engaged|destroyed|repelled))\b", _I)
_FOILED = re.compile(r"\b(?:foiled|thwarted|defused|dismantled|disarmed|seized|prevented|failed to launch|found|discovered"
                     r"|before (?:they|it) could be (?:fired|launched|used))\b", _I)
_IMPACT = re.compile(r"\b(?:struck|hit|landed|impacted|slammed|exploded|detonated|damaged|killed|wounded|injured|crashed|rammed"
                     r"|tore through|ripped through"
                     r"|hitting|landing|causing)\b", _I)
_NAME = r"(?:[A-Z][\w’'-]*|al-[A-Z][\w’'-]*|al|el|ad|as|of)"
# The look-ahead holds the first letters of _NAME: most word starts fail there at once.
_FACILITY = re.compile(
    rf"\b(?=[A-Zaeo])((?:{_NAME}[ -]){{0,4}}{_NAME})[ -]((?:(?:military|army|police|naval|coalition|logistics) )?(?:[Aa]ir ?[Bb]ase|[Aa]irbase|[Bb]ase|[Ii]nternational [Aa]irport|[Aa]irport"
    r"|[Aa]irfield|[Aa]ir [Ff]ield|[Gg]as [Ff]ield|[Oo]il ?[Ff]ield|[Cc]ompound|[Ee]mbassy|[Cc]onsulate|[Gg]arrison|[Cc]amp"
    r"|[Oo]utpost|[Rr]efinery|(?:[Oo]il )?[Tt]erminal|[Bb]order (?:[Pp]ost|[Cc]rossing)|[Dd]epot|[Pp]ort|[Pp]alace|[Hh]eadquarters|[Cc]heckpoint)s?)\b")
# These open with a capital and test the word boundary after it (`(?<!\w.)`, as `\b` before it would): the engine
# then skips in C to the next capital instead of trying the pattern at every position, ten times the work.
_CAMP = re.compile(r"(C(?<!\w.)amp [A-Z][\w-]+|T(?<!\w.)ower \d+|M(?<!\w.)ission Support Site [A-Z][\w-]+)")
# "US-run base", "coalition-held airfield": who holds a facility is no part of its name.
_DESCRIPTOR = frozenset("us u.s american coalition iraqi syrian kurdish turkish military the a an its their joint "
                        "diplomatic foreign an run led held operated controlled peshmerga army police".split())
_IN_PLACE = re.compile(
    # The look-ahead holds the first letters of the prepositions: most word starts fail there at once.
    r"\b(?=[inoafsew])(?:in|near|outside|at|on|over|from|off|north of|south of|east of|west of)\s+"
    # "over an uninhabited area of Abu Dhabi": a part of a place told with "a" leads to its name as "the" does.
    r"(?:the\s+|an?\s+(?=(?:[a-z]+\s+)?(?:town|city|village|district|area) of))?"
    # "on the outskirts of Koya": a part of a settlement says the name is a settlement's too; "the northern Syrian city
    # of Manbij": a country's adjective describes the city (any capitalised word would take "the Harib district of
    # Marib" for Marib).
    r"(?:(?:[a-z]+\s+)?(?:[A-Z][a-z]+(?:i|ian|ish|ese)\s+)?(?P<cue>town|city|village|province|region|governorate|district|area|outskirts"
    r"|suburbs|vicinity) of\s+)?"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|central)(?:ern)?\s+)?"
    r"(?P<name>(?:[A-Z][\w’'-]+|al-[A-Z][\w’'-]+)(?:[ -](?:[A-Z][\w’'-]+|al-[A-Z][\w’'-]+|ez-[A-Z][\w-]+)){0,2})"
    r"(?:['’]s)?(?:\s+(province|governorate))?"
)
_TARGET = re.compile(  # on the original text; the look-ahead holds the verbs' first letters
    r"\b(?=[tshoa])(?:targeting|targeted|struck|hit|hitting|on|against|at)\s+((?:a|an|the)\s+[\w\s-]{0,40}?"
    r"(?:base|airbase|airport|embassy|consulate|convoy|troops|forces|compound|ship|vessel|tanker|field|facility|patrol"
    r"|camp|headquarters|residence|office|plant|garrison|checkpoint|outpost))\b", re.IGNORECASE)
_PROVINCE = re.compile(r"([A-Z](?<!\w.)[\w-]+(?: [A-Z][\w-]+)?) (?:province|governorate)\b")  # see _CAMP
_WATERS = re.compile("|".join(WATERS))
_SEPARATE = re.compile(r"\b(?:in (?:a|another) separate|in another|a separate|another) (?:incident|attack|strike|blast"
                       r"|explosion|bombing)\b")
_FACILITY_KINDS = ("air base", "airbase", "base", "airport", "airfield", "embassy", "consulate", "camp", "compound",
                   "refinery", "terminal", "crossing", "post", "depot", "port", "garrison", "outpost", "checkpoint", "field")
_ANY_PLACE = frozenset(("area", "site"))  # "the same area": wherever the attack before was
_SETTLEMENT = frozenset(("town", "city", "village"))  # "the town": the last place that is no facility
_THE_FACILITY = re.compile(rf"\bthe (?:(same) |nearby )?({'|'.join((*_FACILITY_KINDS, *_ANY_PLACE, *_SETTLEMENT))})\b")
# What follows a town: "X in Babil province", "X, in Babil", "the X district of Babil province",
# "X, a farming town in Babil".
_IN_ADMIN = re.compile(r"(?:\s+(?:district|sub-?district|town|city|village|area))?(?:,\s*(?:in\s+|(?:a|the)\s+(?:[\w-]+\s+)?(?:town|city|village|district)\s+in\s+)?|\s+(?:in|of)\s+)"
                       r"(?:the\s+)?(?:[A-Z][\w’'-]+['’]s\s+)?([A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?)")
_NOT_PLACE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May"
                        r"|June|July|August|September|October|November|December)\b")
_OF_NAME = re.compile(r" of ((?:al-)?[A-Z][\w’'-]+(?:[ -](?:al-)?[A-Z][\w’'-]+)?)")
# "launched by the militia from Saada governorate": the launcher may stand between the verb and "from".
_LAUNCHED = re.compile(r"\b(?:launched|fired|flown|flew|came|coming|sent|originat\w+)\b[^.,;\n]{0,50}?\s+$")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
_KEEP_DESCRIPTOR = ("embassy", "consulate")
_TARGET_HIT = re.compile(r"\b(?:the|its) (?:[\w-]+ ){0,2}(?:was|were|had been|has been) (?:hit|struck|damaged|targeted)\b")
# "the Islamic Resistance in Iraq": a country after a name led by "the" is part of a group's name, not a place
# (whereas "facilities of Kataib Hezbollah in Iraq" stand in Iraq).
_NAMED_BEFORE = re.compile(r"\bthe (?:[A-Z][\w-]+ )+$")
_WINDOW_DAYS = 90


@dataclass(slots=True)
class _Draft:
    on: date | None
    precision: str | None
    own_date: bool
    location: str | None
    admin1: str | None
    country: str | None
    target: str | None
    weapon: str | None
    category: str | None
    count: int | None
    outcome: str
    start: int
    end: int
    separate: bool = False  # "in a separate incident": never a restatement of the attack before
    told: bool = False  # dated only by the day it was announced: a later sentence may give the attack's own day
    restates: bool = False  # its weapon is one told before ("the rockets"): a day near it is when that was found or said


def find_incidents(
    text: str, sents: list[Sentence], pub: date | None, dates: DateIndex, clause_map: dict[int, list[tuple[int, int]]],
    low: str,
) -> list[IncidentCandidate]:
    drafts: list[_Draft] = []
    last_date: DateMention | None = None
    waiting: tuple[Sentence, DateMention] | None = None  # a day named in a sentence that told no attack
    for si, sent in enumerate(sents):
        sdates = [d for d in dates.between(sent.start, sent.end) if not d.bounded]
        if not _ACT.search(low, sent.start, sent.end):
            if sdates:
                last_date = sdates[-1]
                events = [d for d in sdates if not d.reported]
                waiting = (sent, events[-1]) if events else waiting
            continue
        opening = None
        if waiting and _opens(text, waiting[0], sent) and not any(not d.reported for d in sdates):
            # "On Sunday, UKMTO reported that a boat approached a ship. The guards fired ...": the day
            # opening the paragraph is the attack's own, and so is the place it names.
            opening = waiting[0]
            sdates = [waiting[1], *sdates]
        waiting = None
        if not (_WEAPON.search(low, sent.start, sent.end) or _ATTACK_NOUN.search(low, sent.start, sent.end)):
            if sdates:  # every clause needs a weapon or an attack word: none is in this sentence
                _target_hit_on(low, sent, sdates, drafts, pub)
                last_date = sdates[-1]
            continue
        for cs, ce in clause_map[si]:
            d = _clause(text, low, cs, ce, sent, sdates, last_date, pub, not any(o.on for o in drafts))
            if d is not None:
                d.separate = _SEPARATE.search(low, sent.start, ce) is not None
                _refer_back(low, cs, ce, d, drafts)
                if opening and not (d.location or d.admin1 or d.country):
                    d.location, d.admin1, d.country = _place(text, opening.start, opening.end)
                drafts.append(d)
        if sdates:
            last_date = sdates[-1]
    merged = _merge(drafts)
    if any(d.on for d in merged):
        # A headline or summary line without a date restates an attack dated further down.
        merged = [d for d in merged if d.on]
    return [_freeze(d) for d in merged]


def _target_hit_on(low: str, sent: Sentence, sdates: list[DateMention], drafts: list[_Draft], pub: date | None) -> None:
    """"The agency said the ship was struck on Wednesday": the target told before, hit on a day, gives the attack
    just told its own day when it had none or only the day it was claimed (no weapon named: no other attack)."""
    events = [d for d in sdates if not d.reported and d.on is not None]
    if not events or not drafts or (drafts[-1].on is not None and not drafts[-1].told):
        return
    day = events[0]
    if (pub is None or day.on >= pub - timedelta(days=_WINDOW_DAYS)) and _TARGET_HIT.search(low, sent.start, sent.end):
        last = drafts[-1]
        last.on, last.precision, last.own_date, last.told = day.on, day.precision, True, False


def _aggregate(low: str, cs: int, ce: int) -> bool:
    """The clause tells many attacks, not "the latest in a series of incidents", which tells one of them."""
    m = _AGGREGATE.search(low, cs, ce)
    return m is not None and _LATEST.search(low, max(cs, m.start() - 16), m.start()) is None


def _opens(text: str, day: Sentence, sent: Sentence) -> bool:
    """The sentence `day` names the day of the attack that `sent` tells: it opens the same paragraph, or it is
    the heading just above ("2. Kharab al-Jir airstrip, Hasakah (April 27)": a tracker's numbered entry)."""
    if day.para == sent.para:
        return True
    whole = text[day.start - 1:day.start] in ("", "\n") and text[day.end:day.end + 1] in ("", "\n")
    return sent.para == day.para + 1 and whole and text[day.end - 1] not in ".!?\"”:"


def _clause(text, low, cs, ce, sent, sdates, last_date, pub, first: bool) -> _Draft | None:
    act = _ACT.search(low, cs, ce)
    if act is None:
        return None
    wm = _WEAPON.search(low, cs, ce)
    if wm is None and not _ATTACK_NOUN.search(low, cs, ce):
        return None
    if _aggregate(low, cs, ce) or _OLD.search(low, cs, ce):
        return None
    if _MODAL.search(low, cs, ce) and not _PAST_ACT.search(low, cs, ce):
        return None
    events = [d for d in sdates if not d.reported]
    own = [d for d in events if cs <= d.start < ce] or events
    # A day something was said or claimed dates the attack only when nothing else does; after an
    # attack already told it adds to that one ("Early on Friday, another faction claimed it").
    told = [d for d in sdates if d.reported] if not own else []
    anchor = wm.start() if wm else act.start()
    # The date nearest the attack words: "on Thursday, X wrote ... Wednesday's attack".
    near = own or told
    dm = min(near, key=lambda d: abs(d.start - anchor)) if near else last_date
    if dm is not None and pub is not None and dm.on is not None and dm.on < pub - timedelta(days=_WINDOW_DAYS):
        return None
    location, admin1, country = _place(text, min(anchor, act.start()), ce)
    if not (location or admin1 or country):
        location, admin1, country = _place(text, cs, ce)
    if not (location or admin1 or country) and cs > sent.start:
        # "Harir base has been targeted several times, most recently last week, when a rocket landed in
        # a field": the clause before names the place.
        location, admin1, country = _place(text, sent.start, cs)
    category, weapon, count = _weapon(text, low, wm)
    return _Draft(
        dm.on if dm else None, dm.precision if dm else None, bool(own) or (bool(told) and first), location, admin1, country,
        _target(text, cs, ce), weapon, category, count, _outcome(low, cs, ce), sent.start, sent.end,
        told=dm is not None and not own and dm in told,
        restates=_restates(low, wm),
    )


def _restates(low: str, wm: re.Match | None) -> bool:
    """"On Tuesday, the army said the rockets had been fired from an orchard": munitions told before."""
    if wm is None or _ATTACK_AFTER.match(low, wm.end()):
        return False
    return _DEFINITE.search(low, max(0, wm.start() - 24), wm.start()) is not None


def _refer_back(low: str, cs: int, ce: int, d: _Draft, drafts: list[_Draft]) -> None:
    """"Rockets hit the airport's perimeter": a place-less attack on "the airport" is at the airport named before."""
    if d.location or d.admin1 or d.country:
        return
    m = _THE_FACILITY.search(low, cs, ce)
    if m is None:
        return
    kind = _facility_kind(m.group(2))
    # "the same base" after an attack told by its town ("a base in the town of Qasrok" kept as "Qasrok"): "same" says
    # a place told before, so without one of its kind it is the last attack's.
    earlier = next((o for o in reversed(drafts) if _refers_to(kind, o)), None)
    if earlier is None and m.group(1):
        earlier = next((o for o in reversed(drafts) if _refers_to("area", o)), None)
    if earlier is not None:
        d.location, d.admin1, d.country = earlier.location, earlier.admin1, earlier.country


def _refers_to(kind: str, o: _Draft) -> bool:
    if kind in _ANY_PLACE:
        return bool(o.location or o.admin1 or o.country)
    if o.location is None:
        return False
    last = _facility_kind(o.location.lower().rsplit(" ", 1)[-1])
    return last == kind or (kind in _SETTLEMENT and last not in _FACILITY_KINDS)


def _facility_kind(word: str) -> str:
    return "base" if word in ("airbase", "air base") else word


def _weapon(text: str, low: str, wm: re.Match | None) -> tuple[str | None, str | None, int | None]:
    if wm is None:
        return None, None, None
    category = _WEAPONS[int(wm.lastgroup[1:])][0]
    count = None
    # "Published On 5 Apr 2034\nA drone struck": the count stands in the weapon's own line.
    c = _COUNT.search(low[max(0, wm.start() - 40, low.rfind("\n", 0, wm.start()) + 1):wm.start()])
    if c:
        word = c.group(1).lower()
        count = int(word) if word.isdigit() else _NUM_WORDS.get(word)
    return category, text[wm.start():wm.end()], count


def _outcome(text: str, cs: int, ce: int) -> str:
    if _FOILED.search(text, cs, ce):
        return "foiled"
    if _INTERCEPTED.search(text, cs, ce):
        return "intercepted"
    if _IMPACT.search(text, cs, ce):
        return "impact"
    return "unknown"


def _target(text: str, cs: int, ce: int) -> str | None:
    m = _TARGET.search(text, cs, ce)
    return m.group(1) if m else None


def _place(text: str, cs: int, ce: int) -> tuple[str | None, str | None, str | None]:
    location = admin1 = country = None
    for m in _CAMP.finditer(text, cs, ce):
        location = m.group(1)
        break
    if location is None and _may_name_facility(text, cs, ce):
        for m in _FACILITY.finditer(text, cs, ce):
            words = [w for w in re.split(r"[ -]", m.group(1)) if w.lower() not in _DESCRIPTOR]
            if not words and not m.group(2).lower().startswith(_KEEP_DESCRIPTOR):
                continue
            location = _facility_name(text, m)
            break
    if location is None:
        w = _WATERS.search(text, cs, ce)
        location = w.group() if w else None
    if location:
        admin1, country = admin_of(location)
    if _may_name_province(text, cs, ce):
        for m in _PROVINCE.finditer(text, cs, ce):
            if m.group(1).lower() in ADMIN1 and admin1 is None and not _origin_at(text, m.start()):
                admin1, country = ADMIN1[m.group(1).lower()]
    for m in _IN_PLACE.finditer(text, cs, ce):
        name = m.group("name")
        key = name.lower()
        if key in ADMIN1 and admin1 is None and not _origin(text, m):
            admin1, country = ADMIN1[key]
        elif name in COUNTRIES and country is None and not _origin(text, m) and not _in_name(text, m):
            country = name
        elif location is None and key not in ADMIN1 and name not in COUNTRIES:
            a, c = _town(text, m)
            # A town is more specific than its province ("in Iskandariyah in Babil province").
            if (a or m.group("cue") or _near(m)) and (admin1 is None or a in (None, admin1)):
                location, admin1, country = name, a or admin1, c or country
    return location, admin1, country


def _near(m: re.Match) -> bool:
    """"an army post near Wadi Zawra": what a site lies near is a place, unlike what an attack was "on" or "at" (a date, a
    target); a possessive is not ("near Iraq's city of Basra": Basra is)."""
    return m.group().startswith("near") and not m.group("name").endswith(("'s", "’s"))


# Every match of _FACILITY holds one of these words, in any case: a clause without them is spared the pattern,
# which tries runs of names at every capitalised word.
_FACILITY_WORDS = ("base", "port", "field", "compound", "embassy", "consulate", "garrison", "camp", "outpost", "refinery",
                   "terminal", "border", "depot", "palace", "headquarters", "checkpoint")


def _may_name_province(text: str, cs: int, ce: int) -> bool:
    # Every match of _PROVINCE holds one of these: two substring tests are far cheaper than the pattern.
    return text.find(" province", cs, ce) >= 0 or text.find(" governorate", cs, ce) >= 0


def _may_name_facility(text: str, cs: int, ce: int) -> bool:
    clause = text[cs:ce].lower()
    return any(word in clause for word in _FACILITY_WORDS)


def _facility_name(text: str, m: re.Match) -> str:
    """"the Red Sea port of Mokha" is Mokha: a name after "of" is the place, what stands before only describes it."""
    of = _OF_NAME.match(text, m.end())
    if of:
        return of.group(1)
    name = m.group(1)
    while name.split(" ", 1)[0].lower() in _DESCRIPTOR and " " in name:
        name = name.split(" ", 1)[1]
    return f"{name} {m.group(2)}"


def _in_name(text: str, m: re.Match) -> bool:
    """"The Islamic Resistance in Iraq claimed ...": a group's name."""
    return m.group().startswith("in ") and _NAMED_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None


def _origin(text: str, m: re.Match) -> bool:
    """"A drone launched from Syria struck a post in Jordan": where it came from is not where it struck."""
    return m.group().startswith("from") and _launched_before(text, m.start())


def _origin_at(text: str, pos: int) -> bool:
    """The name at `pos` follows "launched ... from": where the weapon came from."""
    f = _FROM.search(text, max(0, pos - 12), pos)
    return f is not None and _launched_before(text, f.start())


def _launched_before(text: str, pos: int) -> bool:
    return _LAUNCHED.search(text, max(0, pos - 60), pos) is not None


def _town(text: str, m: re.Match) -> tuple[str | None, str | None]:
    """Province and country of a place name: from the table, else from "X in Babil province" / "X, Babil"."""
    if _NOT_PLACE.match(m.group("name")):
        return None, None
    a, c = admin_of(m.group("name"))
    if a:
        return a, c
    p = _IN_ADMIN.match(text, m.end())
    if p and p.group(1).lower() in ADMIN1:
        return ADMIN1[p.group(1).lower()]
    return None, None


def place_key(place: str | None) -> str:
    """A comparable form of a place: case, hyphens and the kind of facility do not matter."""
    if not place:
        return ""
    w = re.sub(r"[-‑’']", " ", place.lower())
    w = re.sub(r"\b(?:the|international|air ?base|airbase|base|airport|airfield|air field|province|governorate)\b", " ", w)
    return " ".join(w.split())


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    out: list[_Draft] = []
    for d in drafts:
        twin = _twin(out, d)
        if twin is None:
            if d.own_date or d.location or d.admin1 or d.country:
                out.append(d)
            continue
        if twin.told and d.own_date and not d.told:
            # "The cell announced on Saturday that rockets fell ... 'At 23:40 on Friday night, ...'".
            twin.on, twin.precision, twin.told = d.on, d.precision, False
        # An unknown place in a follow-up may lie anywhere: it names the attack only in the same province.
        if twin.location is None and (twin.admin1 is None or d.admin1 == twin.admin1):
            twin.location = d.location
        twin.admin1 = twin.admin1 or d.admin1
        twin.country = twin.country or d.country
        twin.weapon = twin.weapon or d.weapon
        twin.category = twin.category or d.category
        twin.count = twin.count or d.count
        twin.target = twin.target or d.target
        if twin.outcome == "unknown":
            twin.outcome = d.outcome
    return out


def _twin(out: list[_Draft], d: _Draft) -> _Draft | None:
    """An earlier candidate this one restates: same place, or same day with no conflicting place."""
    if d.separate:
        return None
    key = place_key(d.location or d.admin1 or d.country)
    for o in reversed(out):
        okey = place_key(o.location or o.admin1 or o.country)
        same_place = key and okey and (key == okey or key in okey.split(" ") or okey.startswith(key))
        if _apart(o, d):
            continue
        if d.restates and o.on and d.category == o.category:
            return o
        if d.own_date:
            if o.told and not d.told and (same_place or not key):
                return o  # the attack's own day told after the day it was announced
            if o.on == d.on and (same_place or not key or (d.location is None and o.country == d.country)):
                if same_place or not key or d.category in (None, o.category):
                    return o
        elif same_place or not key:
            return o
    if not d.own_date and out:
        return out[-1]  # undated follow-up details belong to the attack just reported
    return None


def _apart(o: _Draft, d: _Draft) -> bool:
    """A device defused or found is its own (foiled) incident beside an attack with another weapon."""
    if (d.outcome == "foiled") == (o.outcome == "foiled"):
        return False
    return None not in (d.category, o.category) and d.category != o.category


def _freeze(d: _Draft) -> IncidentCandidate:
    return IncidentCandidate(
        d.on.isoformat() if d.on else None, d.precision, d.location, d.admin1, d.country, d.target, d.weapon,
        d.category, d.count, d.outcome, d.start, d.end,
    )
