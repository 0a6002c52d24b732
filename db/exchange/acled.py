"""ACLED CSV exports, current and pre-2019 layouts (DESIGN.md, "Interchange formats").

ACLED codes a perpetrator in ``actor1`` (with ``assoc_actor_1``) and the other side in
``actor2``; an unknown perpetrator is an ``Unidentified Armed Group (Country)``, which the
desk records as an ``unattributed`` statement rather than as an actor. ACLED's coding is a
dataset's reading of the reports, so a coded perpetrator is ``suspected`` (asserted by
"ACLED", or "ACLED (associated)" for ``assoc_actor_1``).

Claims and denials live only in ``notes``. A group the notes name as claiming ("X claimed
responsibility", "claimed by X", "X claimed the attack", "X said it carried out") gets a
``claimed`` claim, one denying ("X denied any involvement") a ``denied`` claim, both
asserted by "ACLED (notes)". "The group", "it" and the like stand for the group the notes
last named, else ``actor1``; "No group claimed responsibility" names nobody. A name is
matched, spelling-blind, to the actors the file codes (the row's own first, acronyms such
as IRI included); otherwise it is kept as written and the writer matches it to the desk's
actor names and aliases, case-blind, then spelling-blind. A coded actor that claims it
keeps only its claim.

The incident's status, by DESIGN.md's vocabulary:

- ``contested``: a group both claims and denies it, or separate statements claim it for
  different groups ("X and Y claimed" is one joint claim);
- ``claimed``: otherwise, any group claims it (ACLED's coding of another actor is a
  suspicion, not an assessment, so it does not contest the claim);
- ``suspected``: no claim, and ``actor1`` is a named actor, whatever the denials;
- ``unattributed``: no claim and an unidentified ``actor1``: a denial names no culprit.

The lead actor is the first claimant, else ``actor1``. Status and lead are set when an
incident first arrives: an updated export adds the claims its notes newly make, but leaves
the analyst's judgement alone. Only ``event_id_cnty`` (or ``data_id``) ties a row to the
desk.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from db.exchange.common import (BATCH_ROWS, RowError, TextLayout, coordinate, csv_rows,
                                name_key, null, parse_date, sha256_key, text_layout, to_int,
                                weapon_in)
from db.exchange.records import (ActorRecord, Batch, ClaimRecord, IncidentRecord,
                                 SourceRecord)
from db.exchange.report import ImportReport

SIGNATURE = frozenset({"event_id_cnty", "data_id", "event_date", "actor1", "inter1",
                       "sub_event_type", "fatalities", "geo_precision", "source_scale"})
ASSERTER = "ACLED"
NOTES_ASSERTER = "ACLED (notes)"
PRECISION_TIME = {"1": "day", "2": "week", "3": "month"}
PRECISION_GEO = {"1": "exact", "2": "near", "3": "region"}
# inter1/inter2: numeric codes in old exports, words in current ones.
ACTOR_KINDS = {"1": "state", "2": "armed-group", "3": "armed-group", "4": "armed-group",
               "8": "state", "state forces": "state", "rebel group": "armed-group",
               "political militia": "armed-group", "identity militia": "armed-group",
               "external/other forces": "state"}
SUB_EVENT_WEAPONS = {"Air/drone strike": ("air/drone strike", "drone"),
                     "Shelling/artillery/missile attack": ("shelling", "indirect-fire"),
                     "Remote explosive/landmine/IED": ("explosive device", "ied")}
_UNIDENTIFIED = re.compile(r"unidentified\b", re.IGNORECASE)

# What a claim or a denial in the notes says, found by its verb; the subject is read after.
_VERB = re.compile(
    r"(?P<claimed>claimed (?:full |the |its )?responsibility"
    r"|claimed (?:the|this|that|both) (?:[\w/-]+ ){0,2}?(?:attacks?|strikes?|bombings?"
    r"|operations?|assaults?|ambush(?:es)?|shelling|explosions?|killings?)\b"
    r"|claimed to have (?:carried out|conducted|launched)"
    r"|said (?:that )?(?:it|they) (?:had )?(?:carried out|conducted|launched|(?:was|were) behind))"
    r"|(?P<by>claimed by )"
    r"|(?P<denied>den(?:ied|ies) (?:any |all |its |their )?(?:involvement|responsibility|role"
    r"|links?|(?:being |having been )?behind|carrying out"
    r"|(?:that )?(?:it|they) (?:was|were|had been) (?:behind|involved|responsible)))")
# A proper name as notes write one: capitalised words joined by particles ("Islamic
# Resistance in Iraq", "Harakat Hezbollah al-Nujaba"), perhaps with "(KSS)" after it.
_TOKEN = r"(?:[A-Z][\w'’`-]*|(?:al|el|ad|ash|as|an|ar|at|az)-[\w'’`-]+)"
_NAME = (rf"{_TOKEN}(?:\s+(?:(?:of|in|the|for|al|el|wa|bin|ibn|li|de|du)\s+)*{_TOKEN})*"
         r"(?:\s+\([^()]{1,40}\))?")
_REFERENCE = (r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+)?(?:group|militia|organi[sz]ation"
              r"|movement|faction|network|coalition|alliance|militants|rebels|insurgents)"
              r"|[Ii]t|[Tt]hey")
_ADVERBS = (r"has|have|had|later|also|reportedly|subsequently|then|quickly|officially"
            r"|publicly|allegedly|swiftly|immediately|formally|again|both|however|itself"
            r"|themselves")
# Read on the clause before the verb, so anchored at its end.
_SUBJECT = re.compile(rf"(?:(?P<name>{_NAME}(?:\s+and\s+{_NAME})*)(?:,\s*(?:which|who))?"
                      rf"|(?P<ref>{_REFERENCE}))(?:[\s,]+(?:{_ADVERBS}))*[\s,]*$")
# A verb sharing the subject of the statement before it ("X claimed responsibility but
# later denied involvement"): the clause ends on a conjunction after a claim or denial.
_SHARED = re.compile(rf"(?:claim|deni|said)\w*\b.*\b(?:but|and|yet|then|before)"
                     rf"(?:\s+(?:{_ADVERBS}))*\s*$")
# An aside between the subject and its verb ("X, an Iran-backed militia, claimed").
_ASIDE = re.compile(r",\s+(?:a|an|the|which|who|whose|one)\b[^,;]{1,80},\s*$")
_AGENT = re.compile(rf"(?:the\s+)?({_NAME}(?:\s+and\s+{_NAME})*)")
_NEGATED = re.compile(r"\b(?:not|never|no|yet to be)\s+(?:\w+\s+){0,2}$")
_JOINT = re.compile(r"\s+and\s+")
_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]{1,7})\)$")  # "(KSS)"; "(Iraq)" is a qualifier
_LONGEST_NAME = 10  # words: ACLED's longest actor names have about seven
_CUES = ("claim", "deni", "said")
_NO_GROUP = ("No group ", "no group ")
# Capitalised words that open a sentence rather than a name ("Later IS claimed ...").
_OPENERS = frozenset(
    "The On In At By Later Meanwhile Reportedly Subsequently According Also However Then "
    "Separately Both Additionally Afterwards Earlier Today Yesterday Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split())
_NOBODY = frozenset({"No", "Nobody", "None", "Neither", "Nor"})


def looks_like(header: list[str]) -> bool:
    names = {h.strip().lower() for h in header}
    return len(names & SIGNATURE) >= 4


class Row(NamedTuple):
    """The cells the mapping reads; a column missing from an older layout reads as empty."""

    event_id: str
    event_date: str
    time_precision: str
    event_type: str
    sub_event_type: str
    actor1: str
    assoc_actor_1: str
    inter1: str
    actor2: str
    inter2: str
    admin1: str
    country: str
    location: str
    latitude: str
    longitude: str
    geo_precision: str
    source: str
    notes: str
    fatalities: str


def _picker(header: list[str], key: str) -> Callable[[list[str]], tuple[str, ...]]:
    """Picks a Row's cells out of a data row that has one empty cell appended."""
    # A dict keeps the last of duplicated column names, as reading rows into dicts did.
    position = {name: index for index, name in enumerate(header)}
    columns = (key, *Row._fields[1:])
    return itemgetter(*(position.get(name, len(header)) for name in columns))


def read(path: Path, report: ImportReport, layout: TextLayout | None = None
         ) -> Iterator[Batch]:
    layout = layout or text_layout(path)
    header = [h.lower() for h in layout.header]
    key = "event_id_cnty" if "event_id_cnty" in header else "data_id"
    missing = [c for c in (key, "event_date", "actor1") if c not in header]
    if missing:
        report.skip(str(path), layout.header_line,
                    f"missing required column {', '.join(missing)}: nothing imported")
        return
    pick = _picker(header, key)
    names = _Names()
    batch = Batch()
    with path.open(encoding=layout.encoding, newline="") as handle:
        for line, fields in csv_rows(handle, layout):
            batch.rows += 1
            if len(fields) != len(header):
                report.skip(str(path), line, f"{len(fields)} fields where the header has "
                                             f"{len(header)} (wrong delimiter?)")
                continue
            fields.append("")
            try:
                batch.incidents.append(_incident(Row(*pick(fields)), key, line, batch,
                                                 names))
            except RowError as error:
                report.skip(str(path), line, str(error))
            if len(batch.incidents) >= BATCH_ROWS:
                names.learn(batch)
                yield batch
                batch = Batch(rows=0)
    yield batch


def _incident(row: Row, key: str, line: int, batch: Batch, names: _Names) -> IncidentRecord:
    event_id = row.event_id.strip()
    if not event_id:
        raise RowError(f"no {key}")
    notes = row.notes
    kind = null(row.sub_event_type) or null(row.event_type)
    weapon, category = weapon_in(notes)
    if weapon is None and kind in SUB_EVENT_WEAPONS:
        weapon, category = SUB_EVENT_WEAPONS[kind]
    location = null(row.location)
    status, lead, claims = _attribution(row, notes, batch, names)
    return IncidentRecord(
        external_id=f"acled:{event_id}", line=line, lead_actor=lead, claims=claims,
        sources=_sources(row.source, batch),
        fields={
            "title": " in ".join(p for p in (kind or "Event", location) if p),
            "occurred_on": parse_date(row.event_date),
            "time_precision": PRECISION_TIME.get(row.time_precision.strip()),
            "event_type": kind, "weapon": weapon, "weapon_category": category,
            "target": null(row.actor2), "location": location,
            "admin1": null(row.admin1), "country": null(row.country),
            "latitude": coordinate(row.latitude, "latitude", 90),
            "longitude": coordinate(row.longitude, "longitude", 180),
            "geo_precision": PRECISION_GEO.get(row.geo_precision.strip()),
            "killed": to_int(row.fatalities, "fatalities"),
            "attribution_status": status, "summary": notes,
        })


def _attribution(row: Row, notes: str, batch: Batch, names: _Names
                 ) -> tuple[str, str | None, list[ClaimRecord]]:
    """Status, lead actor and claims from ACLED's coding and the notes (see the docstring)."""
    target = null(row.actor2)
    if target and not _unidentified(target):
        _add_actor(batch, target, _kind(row.inter2))
    actor1 = null(row.actor1)
    if actor1 is not None and _unidentified(actor1):
        actor1 = None
    partners = _partners(row.assoc_actor_1)
    statements = _statements(notes)
    if not statements:
        return ("suspected" if actor1 else "unattributed"), actor1, _coded(
            actor1, row.inter1, partners, batch, {})
    coded = (actor1, *partners) if actor1 else partners
    claimed, denied, competing = _said(statements, actor1, coded, names, batch)
    claims = _coded(actor1, row.inter1, partners, batch, claimed)
    claims += [ClaimRecord("claimed", n, asserted_by=NOTES_ASSERTER) for n in claimed.values()]
    claims += [ClaimRecord("denied", n, asserted_by=NOTES_ASSERTER) for n in denied.values()]
    if claimed:
        status = "contested" if competing or claimed.keys() & denied.keys() else "claimed"
    else:
        status = "suspected" if actor1 else "unattributed"
    return status, next(iter(claimed.values()), actor1), claims


def _coded(actor1: str | None, inter1: str, partners: tuple[str, ...], batch: Batch,
           claimed: dict[str, str]) -> list[ClaimRecord]:
    """ACLED's own coding: its actors are suspects, save those the notes say claimed it."""
    claims = [] if actor1 else [ClaimRecord("unattributed", asserted_by=ASSERTER)]
    if actor1:
        _add_actor(batch, actor1, _kind(inter1))
        if actor1.casefold() not in claimed:
            claims.append(ClaimRecord("suspected", actor1, asserted_by=ASSERTER))
    for partner in partners:
        _add_actor(batch, partner, "unknown")
        if partner.casefold() not in claimed:
            claims.append(ClaimRecord("suspected", partner,
                                      asserted_by=f"{ASSERTER} (associated)"))
    return claims


def _said(statements: list[tuple[str, tuple[str, ...] | None]], actor1: str | None,
          coded: tuple[str, ...], names: _Names, batch: Batch
          ) -> tuple[dict[str, str], dict[str, str], bool]:
    """The groups the statements say claimed it and denied it (by casefolded name), and
    whether separate claims name different groups."""
    claimed: dict[str, str] = {}
    denied: dict[str, str] = {}
    claims: list[set[str]] = []
    group: tuple[str, ...] = (actor1,) if actor1 else ()
    for stance, written in statements:
        # "The group", "it": the group last named, else actor1 if ACLED could name one.
        if written is not None:
            group = tuple(names.resolve(w, coded, batch) for w in written)
        for name in group:
            (claimed if stance == "claimed" else denied).setdefault(name.casefold(), name)
        if stance == "claimed" and group:
            claims.append({n.casefold() for n in group})
    competing = any(a.isdisjoint(b) for i, a in enumerate(claims) for b in claims[i + 1:])
    return claimed, denied, competing


def _statements(notes: str) -> list[tuple[str, tuple[str, ...] | None]]:
    """Each claim or denial in the notes, in order: its stance and the names it gives as
    written (None for "the group", "it")."""
    # Substring searches cost far less than a regex scan: most notes hold no cue at all,
    # and many only ACLED's "No group claimed responsibility".
    if "claim" not in notes and "deni" not in notes and "said" not in notes:
        return []
    found: list[tuple[int, str, tuple[str, ...] | None]] = []
    for cue in _CUES:
        at = notes.find(cue)
        while at >= 0:
            if notes[at - 9:at] not in _NO_GROUP and (verb := _VERB.match(notes, at)) and (
                    statement := _statement(notes, verb)):
                found.append(statement)
            at = notes.find(cue, at + len(cue))
    found.sort(key=itemgetter(0))
    return [(stance, names) for _, stance, names in found]


def _statement(notes: str, verb: re.Match[str]
               ) -> tuple[int, str, tuple[str, ...] | None] | None:
    """Where the verb stands, its stance and its subject; None if it has no group."""
    start = verb.start()
    if verb.lastgroup == "by":
        agent = _AGENT.match(notes, verb.end())
        if agent is None or _NEGATED.search(notes, max(0, start - 30), start):
            return None
        names: tuple[str, ...] | None = _proper_names(agent[1])
    else:
        low = max(0, start - 160)
        cut = max(notes.rfind(". ", low, start), notes.rfind("; ", low, start))
        reference, names = _subject(notes[cut + 2 if cut >= 0 else low:start])
        names = None if reference else names
    stance = "denied" if verb.lastgroup == "denied" else "claimed"
    return None if names == () else (start, stance, names)


@lru_cache(maxsize=4096)
def _subject(clause: str) -> tuple[bool, tuple[str, ...]]:
    """Whether the clause ends on "the group" or "it" (or shares the subject of the
    statement before it), and the names it ends on; cached, as "No group" and "The group"
    open most of these clauses."""
    if _SHARED.search(clause):
        return True, ()
    subject = _SUBJECT.search(_ASIDE.sub(" ", clause))
    if subject is None:
        return False, ()
    return bool(subject["ref"]), () if subject["ref"] else _proper_names(subject["name"])


def _proper_names(text: str) -> tuple[str, ...]:
    """The names in "X" or "X and Y", without the words that open a sentence; none when
    the subject is "No ..." or "Nobody", or too long to be a name."""
    names = []
    for part in _JOINT.split(text):
        words = part.split()
        if words[0] in _NOBODY:
            return ()
        while words and words[0] in _OPENERS:
            words.pop(0)
        if len(words) > _LONGEST_NAME:
            return ()  # a run of capitalised words, not a clear name
        if words and len(" ".join(words)) > 1:
            names.append(" ".join(words))
    return tuple(names)


class _Names:
    """The actors a file codes, by spelling-blind key: a name in the notes is put on one."""

    def __init__(self) -> None:
        self.by_key: dict[str, str] = {}
        self.batch: Batch | None = None
        self.learnt = 0  # how many of the batch's actors are in by_key

    def learn(self, batch: Batch) -> None:
        """Take in the batch's actors added since last time (read calls it before handing
        a batch on; a resolve, for the batch in hand)."""
        if batch is not self.batch:
            self.batch, self.learnt = batch, 0
        actors = list(batch.actors.values())
        for actor in actors[self.learnt:]:
            self.by_key.setdefault(name_key(actor.name), actor.name)
        self.learnt = len(actors)

    def resolve(self, written: str, coded: tuple[str, ...], batch: Batch) -> str:
        """The row's own actor, else one the file codes, else the name as written (with
        an acronym in brackets after it kept as its alias)."""
        acronym = _ACRONYM.search(written)
        bare = written[:acronym.start()].strip() if acronym else written
        key = name_key(bare)
        for name in coded:
            if name_key(name) == key or bare == _acronym(name):
                return name
        self.learn(batch)
        name = self.by_key.get(key)
        if name is None:
            name = bare
            batch.add_actor(ActorRecord(name, aliases=[acronym[1]] if acronym else []))
            self.learn(batch)
        return name


@lru_cache(maxsize=4096)
def _acronym(name: str) -> str:
    """Islamic Resistance in Iraq: IRI; Islamic State (Iraq): IS."""
    return "".join(w[0] for w in name.split(" (")[0].split() if w[0].isupper())


def _add_actor(batch: Batch, name: str, kind: str) -> None:
    # The first mention in a batch wins: skip building records that would be dropped.
    if name.casefold() not in batch.actors:
        batch.add_actor(ActorRecord(name, kind=kind))


@lru_cache(maxsize=4096)
def _unidentified(name: str) -> bool:
    return _UNIDENTIFIED.match(name) is not None


def _kind(inter: str) -> str:
    return ACTOR_KINDS.get(inter.strip().lower(), "unknown")


@lru_cache(maxsize=4096)
def _split(names: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in names.split(";") if n.strip())


@lru_cache(maxsize=4096)
def _partners(names: str) -> tuple[str, ...]:
    """The identified actors of ``assoc_actor_1``."""
    return tuple(n for n in _split(names) if not _unidentified(n))


@lru_cache(maxsize=4096)
def _outlet_key(outlet: str) -> str:
    return sha256_key("outlet", outlet)


def _sources(names: str, batch: Batch) -> list[str]:
    keys = []
    for outlet in _split(names):
        key = _outlet_key(outlet)
        if key not in batch.sources:
            batch.add_source(SourceRecord(sha256=key, outlet=outlet, tlp="clear"))
        keys.append(key)
    return keys
