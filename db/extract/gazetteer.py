"""Actor names matched through transliteration variants, apostrophes and hyphens.

Arabic names reach English copy in many spellings (Kataib Hezbollah, Kata'ib Hizballah,
Kataib Hizbullah). Matching compares a consonant skeleton of each word: apostrophes dropped,
vowels dropped, doubled letters collapsed, q read as k. Acronyms (KH, PMF, IS) match only
as written, in capitals, because their skeletons would collide with ordinary words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from db.spelling import single_letters


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "unknown"
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    entry: GazetteerEntry
    start: int
    end: int
    # "Iran-backed", "Hezbollah-linked": the name qualifies another noun, it is not the actor.
    modifier: bool = False


def _e(name: str, kind: str, *aliases: str, parent: str | None = None) -> GazetteerEntry:
    return GazetteerEntry(name, tuple(aliases), kind, parent)


DEFAULT_GAZETTEER: tuple[GazetteerEntry, ...] = (
    _e("Kataib Hezbollah", "armed-group", "Kata'ib Hizballah", "Kataib Hizbullah", "Hezbollah Brigades", "KH"),
    _e("Kataib Sayyid al-Shuhada", "armed-group", "Kata'ib Sayyid al-Shuhada", "Sayyid al-Shuhada Brigades",
       "Masters of the Martyrs Brigade", "KSS"),
    _e("Asaib Ahl al-Haq", "armed-group", "Asa'ib Ahl al-Haq", "League of the Righteous", "AAH"),
    _e("Harakat al-Nujaba", "armed-group", "Harakat Hezbollah al-Nujaba", "Nujaba Movement", "al-Nujaba",
       "Nujaba", "HaN"),
    _e("Islamic Resistance in Iraq", "umbrella", "Islamic Resistance of Iraq", "IRI"),
    _e("Popular Mobilization Forces", "umbrella", "Popular Mobilisation Forces", "Popular Mobilization Units",
       "Popular Mobilization Committee", "Hashd al-Shaabi", "al-Hashd al-Shaabi", "Hashd", "al-Hashd", "PMF", "PMU"),
    _e("Badr Organization", "armed-group", "Badr Organisation", "Badr Brigades", "Badr"),
    _e("Kataib Imam Ali", "armed-group", "Kata'ib al-Imam Ali", "Imam Ali Brigades"),
    _e("Kataib Jund al-Imam", "armed-group", "Kata'ib Jund al-Imam"),
    _e("Saraya Awliya al-Dam", "front-group", "Awliya al-Dam", "Guardians of the Blood Brigade",
       parent="Kataib Hezbollah"),
    _e("Ashab al-Kahf", "front-group", "Ashab al-Kahaf", "Companions of the Cave", parent="Kataib Hezbollah"),
    _e("Usbat al-Thaireen", "front-group", "Usbat al-Tha'ireen", "League of Revolutionaries",
       parent="Kataib Hezbollah"),
    _e("Saraya Qasim al-Jabbarin", "front-group", "Saraya Qassim al-Jabbarin", parent="Kataib Hezbollah"),
    _e("Rab'allah", "front-group", "Rabaallah", "Rabbullah", parent="Kataib Hezbollah"),
    _e("Islamic State", "armed-group", "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria",
       "Daesh", "ISIS", "ISIL", "IS"),
    _e("Hayat Tahrir al-Sham", "armed-group", "Hay'at Tahrir al-Sham", "HTS"),
    _e("Syrian Democratic Forces", "armed-group", "SDF"),
    _e("Kurdistan Workers' Party", "armed-group", "PKK"),
    _e("Al-Qaeda in the Arabian Peninsula", "armed-group", "al-Qaida in the Arabian Peninsula", "Ansar al-Sharia", "AQAP"),
    _e("Houthis", "armed-group", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi rebels", "Houthi"),
    _e("Hezbollah", "armed-group", "Lebanese Hezbollah", "Hizballah", "Hizbullah"),
    # Jordan's Islamist party: no "IAF", which is also the Israeli Air Force.
    _e("Islamic Action Front", "party"),
    _e("Hamas", "armed-group", "Harakat al-Muqawama al-Islamiya", "Ezzedine al-Qassam Brigades", "Qassam Brigades"),
    _e("IRGC", "state", "Islamic Revolutionary Guard Corps", "Revolutionary Guard Corps", "Revolutionary Guards",
       "Revolutionary Guard"),
    _e("Quds Force", "state", "IRGC Quds Force", "IRGC-QF", "Qods Force", parent="IRGC"),
    _e("Iran", "state", "Islamic Republic of Iran", "Tehran"),
    _e("Israel", "state"),
)

_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’ʼ`]*|\d+")
_VOWELS = str.maketrans("", "", "aeiou'’ʼ`")
_MODIFIER = re.compile(r"[-‑–](?:backed|aligned|linked|allied|affiliated|made|designed|built|produced|manufactured|supplied"
                       r"|based|supported|sponsored|funded"
                       r"|armed|led|run|controlled|trained|leaning|friendly)\b")
# "pro-Iran groups", "anti-Houthi forces": a prefixed name qualifies the noun after it as well.
_PREFIX = ("pro-", "pro‑", "anti-", "anti‑")
_ARTICLE = {"al", "el", "ul"}


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    w = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    if w in _ARTICLE:
        return "l"
    w = w.replace("q", "k").replace("ph", "f")
    first = w[:1]
    rest = w[1:].translate(_VOWELS)
    # An initial vowel carries weight in short words (Ahl vs Hal); keep its presence only.
    return single_letters(("a" if first in "aeiou" else first) + rest)


def _is_acronym(alias: str) -> bool:
    # "HaN" is matched as written: folded like a word it would match "Hanne", a first name.
    return " " not in alias and (alias.replace("-", "").isupper() or (alias[:1].isupper() and alias[-1:].isupper()))


@dataclass(frozen=True, slots=True)
class _Compiled:
    by_first: dict[str, list[tuple[tuple[str, ...], GazetteerEntry]]]
    acronyms: dict[str, GazetteerEntry]


@lru_cache(maxsize=8)
def _compile(entries: tuple[GazetteerEntry, ...]) -> _Compiled:
    by_first: dict[str, list[tuple[tuple[str, ...], GazetteerEntry]]] = {}
    acronyms: dict[str, GazetteerEntry] = {}
    for entry in entries:
        for alias in (entry.name, *entry.aliases):
            if _is_acronym(alias):
                acronyms.setdefault(alias, entry)
                continue
            key = tuple(_fold(w) for w in _WORD.findall(alias))
            if key:
                by_first.setdefault(key[0], []).append((key, entry))
    for options in by_first.values():
        options.sort(key=lambda kv: -len(kv[0]))  # longest alias wins
    return _Compiled(by_first, acronyms)


# A capital, or the "a" or "e" of "al" or "el", opens the pattern, and what may not stand before the word is tested
# after that letter: the engine then skips in C to the next such letter instead of trying every position.
_START = re.compile(r"[A-Z\u00C0-\u00DEae](?<![\w'’ʼ`].)(?:(?<=[ae])l|(?<![ae])[A-Za-z\u00C0-\u024F'’ʼ`]*)(?![\w'’ʼ`])")
_SEP = re.compile(r"[ \-‑]{1,2}")


def find_mentions(text: str, gazetteer: Sequence[GazetteerEntry]) -> list[Mention]:
    comp = _compile(tuple(gazetteer))
    out: list[Mention] = []
    pos = 0
    # Names start with a capital (or "al-"), so only those words are tried as starts.
    for m in _START.finditer(text):
        if m.start() < pos:
            continue
        s, e, w = _unpossess(m.start(), m.end(), m.group())
        hit = comp.acronyms.get(w)
        end = e
        if hit is None:
            for key, entry in comp.by_first.get(_fold(w), ()):
                end = e if len(key) == 1 else _rest(text, key, m.end())
                if end is not None:
                    hit = entry
                    break
        if hit is None:
            continue
        out.append(Mention(hit, s, end, _modifies(text, s, end) or _demonym(text, hit, end)))
        pos = end
    return out


def _modifies(text: str, start: int, end: int) -> bool:
    """The name at `start`-`end` qualifies another noun ("Iran-backed", "pro-Iran")."""
    return bool(_MODIFIER.match(text, end)) or text[max(0, start - 5):start].lower().endswith(_PREFIX)


_COMMON_NOUN = re.compile(r"[ \-‑][a-z]")
_DEMONYM_ENDINGS = ("i", "ian")  # Israeli, Iranian


def _demonym(text: str, entry: GazetteerEntry, end: int) -> bool:
    """"the Israeli border town", "the Israeli military": a demonym folds to its state's name, but before a
    common noun it is an adjective, and the noun (a town, an army) is what the sentence speaks of."""
    return (text.endswith(_DEMONYM_ENDINGS, 0, end) and _COMMON_NOUN.match(text, end) is not None
            and not any(a.endswith(_DEMONYM_ENDINGS) for a in (entry.name, *entry.aliases)))


def _rest(text: str, key: tuple[str, ...], cur: int) -> int | None:
    """End of the name if the words after the first fold to the rest of `key`."""
    if text.startswith(("'s", "’s"), cur - 2):
        return None  # a possessive ends a name
    end = cur
    for part in key[1:]:
        sep = _SEP.match(text, end)
        if sep is None:
            return None
        wm = _WORD.match(text, sep.end())
        if wm is None:
            return None
        ws, we, w = _unpossess(wm.start(), wm.end(), wm.group())
        if _fold(w) != part:
            return None
        end = we
    return end


def _unpossess(s: int, e: int, w: str) -> tuple[int, int, str]:
    if w.endswith(("'s", "’s")) and len(w) > 3:
        return s, e - 2, w[:-2]
    return s, e, w


# "a little-known group calling itself Saraya Ahrar Nineveh": a group the gazetteer does not know names
# itself, and is an actor under that name wherever the article repeats it; the name may stand in quotation
# marks ("a group calling itself “Saraya X”").
_SELF_NAMED = re.compile(
    r"\b(?:group|faction|militia|organi[sz]ation|outfit|movement|coalition of [\w-]+ militias)\s+(?:calling itself|called"
    r"|known as)\s+[\"“]?(?:the\s+)?((?:al-)?[A-Z][\w’'-]*(?:\s+(?:al-|of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,4})")


# "A previously unknown group, Saraya Rijal al-Ghadab, claimed ...": Arabic names of armed groups open with
# a word for a formation (Saraya and Kataib "brigades", Liwa "brigade", Harakat "movement", Jaish "army",
# Ansar "supporters"), so a name of that shape is a group's even when the gazetteer has never heard of it.
_GROUP_HEADS = ("Saraya", "Kataib", "Kata'ib", "Kata’ib", "Liwa", "Alwiya", "Harakat", "Jaish", "Jabhat", "Ansar", "Asaib",
                "Asa'ib", "Asa’ib", "Usbat", "Tanzim", "Quwat")
_GROUP_SHAPE = re.compile(rf"\b(?:{'|'.join(_GROUP_HEADS)})(?:\s+(?:al-)?[A-Z][\w’'-]*){{1,3}}")


def _shaped(text: str) -> list[tuple[int, str]]:
    """Names of a group's shape: the pattern is tried only where a head word stands, far cheaper than a scan."""
    out = []
    for head in _GROUP_HEADS:
        at = text.find(head)
        while at >= 0:
            m = _GROUP_SHAPE.match(text, at)
            if m:
                out.append((at, _unpossess(at, m.end(), m.group())[2]))
            at = text.find(head, at + 1)
    return out


def self_named(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the groups that name themselves, or whose names have a group's shape, added in text order."""
    found = [(m.start(1), m.group(1)) for m in _SELF_NAMED.finditer(text)] if (
        "calling itself" in text or " called " in text or "known as" in text) else []  # spares the pattern
    found += _shaped(text)
    if not found:
        return mentions
    known = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for start, name in found:
        if any(a <= start < b for a, b in known):
            continue
        entry = GazetteerEntry(name, kind="unknown")
        for at in re.finditer(re.escape(name), text):
            added.append(Mention(entry, at.start(), at.end(), bool(_MODIFIER.match(text, at.end()))))
            known.append((at.start(), at.end()))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions

