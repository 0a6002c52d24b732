"""Named people and unnamed sources in an article, with their roles: whom a quote may be attributed to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Mention
from .speech import BARE_ROLE, SOURCE_NOUN, SPEECH_VERB

TITLES = frozenset(
    "president minister secretary spokesperson spokesman spokeswoman general gen. major maj. lieutenant lt. "
    "colonel col. brigadier brig. captain capt. admiral adm. commander chief director ambassador envoy "
    "adviser advisor official leader head sheikh mr. ms. mrs. dr. governor mayor deputy senator sen. rep. "
    "representative chairman speaker analyst researcher fellow professor prof. sergeant sgt. cleric imam "
    "ayatollah lawmaker mp emir king prince judge coordinator undersecretary secretary-general "
    # Ranks as British and Middle East copy writes them, without a full stop ("Brig Gen", "Lt Col").
    "gen maj lt col brig capt sgt adm mr ms mrs dr".split()
)
_ROLE_WORDS = frozenset(
    "press defense defence foreign senior deputy military security national former top interior armed forces "
    "militia government state pentagon white house iraqi us u.s. american iranian syrian kurdish yemeni "
    "british french regional provincial local police army navy coalition acting district".split()
)
ORG_WORDS = frozenset(
    "house ministry command forces force department pentagon council army corps agency office cell coalition "
    "brigade brigades state resistance organization organisation group movement front news reuters press "
    "base airport airbase province region government embassy university institute center centre committee "
    "party network channel media security operations directorate service services guard guards navy air "
    "staff asayish peshmerga defense defence company union mobilization mobilisation units nations republic kingdom authority "
    # A firm is no person: "The ship's manager, Elbe Shipping, said".
    "lines shipping maritime marine tankers carriers freight navigation logistics holdings petroleum ltd inc "
    # Nor a research body: "Layla Haddad of the Gulf Research Forum said".
    "forum foundation observatory association society initiative program programme "
    # Nor a building named after a king or a sheikh: "King Khalid Hospital".
    "hospital school mosque market stadium bridge street square".split()
)
_STOP = frozenset(
    "the in on at but and a an according meanwhile when if while after before last this that it he she they we "
    "i monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december however separately earlier later also".split()
)
_NOT_ALONE = TITLES | ORG_WORDS | _STOP
# Turkish, Kurdish and French names carry letters beyond ASCII ("Cem Yalçınkaya", "Şahin").
_LATIN = [chr(c) for c in range(0xC0, 0x250) if chr(c) not in "×÷"]
_UP = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LO = "a-z" + "".join(c for c in _LATIN if c.islower())
_TOK = (rf"(?:(?:Gen|Maj|Lt|Col|Brig|Capt|Sgt|Adm|Dr|Mr|Ms|Mrs|Sen|Rep|Gov|Prof)\.|[A-Z]\."
        rf"|(?:al|el|bin|ibn|abu|bint|ad|as|ash|an|ar|at)-[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)*"
        rf"|[{_UP}][{_LO}]+(?:[-’'][{_UP}{_LO}][{_LO}]+)*)")
# A patronymic joins two names in lower case: "Saad bin Mohammed Al-Shahrani", "Turki bin Saud".
_RUN = re.compile(rf"(?<![\w-]){_TOK}(?:[ \t]+(?:(?:bin|ibn|bint)[ \t]+)?{_TOK}){{0,6}}(?![\w-])")
# A name followed by its role or a verb of speech or of taking a side ("Hassan al-Mousawi rejected ...").
_SPEAKS_NEXT = re.compile(rf"\s*(?:,\s*(?:a|an|the|who|{BARE_ROLE})\b"
                          rf"|\s*,?\s*(?:\w+ly\s+)?(?:{SPEECH_VERB}|rejected|dismissed|condemned|blamed|accused)\b)")
# Before a verb of speech, past an appositive: "Mahmud Sindi, a village headman near Kani Masi, told".
# "Rana Halabi of the Levant Policy Center said": or past the body the speaker belongs to.
# "Owen Radcliffe — a former Navy officer — said": or past an aside set off by dashes.
_SUBJECT_NEXT = re.compile(rf"\s*(?:,[^,.;“”\"]{{1,100}}?|[ \t]+(?:of|at|from)[ \t]+(?:the[ \t]+)?[A-Z][^,.;“”\"]{{1,60}}?"
                           rf"|[ \t]*[—–][^.;“”\"—–]{{1,140}}?[—–])?"
                           rf",?\s*(?:\w+ly\s+)?{SPEECH_VERB}\b")
# "near Kani Masi, told", "in the Middle East, said": a bare name after a preposition of place is a place, "Observatory for Human
# Rights" the tail of a longer name, and "the armed wing of Palestinian Islamic Jihad, says" a body's owner.
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|near|at|from|outside|inside|around|towards?|across|of)(?:\s+the)?|[A-Z][\w’'-]*\s+(?:for|of))\s+$")
# "an analyst at the London-based firm Halyard Risk, said": a name after the kind of body it is names that body.
_KIND_BEFORE = re.compile(r"\b(?:firm|company|consultancy|agency|outlet|channel|newspaper|group)\s+$")
_SAID_BEFORE = re.compile(r"\b(?:said|[Aa]ccording to)\s+$")
# "said Mehdi Rastegar, ...": a name right after the verb is a speaker too.
_SPEAKS_BEFORE = re.compile(r"\b(?:said|[Aa]ccording to|told)\s+$")
_APPOS_AFTER = re.compile(rf",\s+(?:(?:a|an|the)\s+([^,.;“”\"]{{3,80}}?)|({BARE_ROLE}[^,.;“”\"]{{0,70}}?))\s*(?=[,.;])")
_APPOS_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+([^,.;“”\"]{3,80}?),\s*$", re.IGNORECASE)
# Unnamed sources ("a senior Iraqi security official") can be referred back to ("the official said").
# Its words before the noun modify it: "a statement on its official website" holds no official.
_UNNAMED = re.compile(
    r"\b(?:[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|[Oo]ne)\s+(?!of\b)((?:(?:(?!(?:on|in|at|of|for|from|with|its|their|his|her)\b)[\w-]+"
    rf"|(?:[A-Z]\.)+)[ \t]+){{0,3}}?{SOURCE_NOUN}s?"
    # "a state department spokesperson": "the spokesperson said" later is that source; "a spokesman for X"
    # is X's voice (X speaks), and "a spokesman, Yahya Saree," is named.
    r"|(?:(?:(?!(?:on|in|at|of|for|from|with|its|their|his|her)\b)[\w-]+|(?:[A-Z]\.)+)[ \t]+){1,3}?"
    r"spokes(?:person|man|woman)(?![ \t]+(?:for|of)\b))\b")
# "a senior official in the Kurdistan Region's Ministry of Interior": the body a source works in names it
# (not a place: "a police officer in Diwaniyah province" is a police officer).
_IN_BODY = re.compile(r"[ \t]+(?:in|at|from|with)[ \t]+the[ \t]+(?:[A-Z][\w’'-]*[ \t]+){0,4}?"
                      r"(?:[A-Z][\w’'-]*['’]s[ \t]+)?(?:Ministry|Office|Directorate|Command|Council|Agency|Department"
                      r"|Presidency|Embassy|Consulate)\b(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3})?")
# "A former commander of British forces in Cyprus said": what the source commands or belongs to names it.
_OF_WHAT = re.compile(r"[ \t]+of[ \t]+[^,.;“”\"]{1,50}?(?=,?[ \t]+(?:\w+ly[ \t]+)?(?:said|told|says|tells|added)\b)")
# "a source in the Syrian security services": wire copy's security source, named by the kind of service.
_IN_SERVICE = re.compile(r"[ \t]+(?:in|from|within|with)[ \t]+the[ \t]+(?:[A-Z][\w’'-]*[ \t]+)?"
                         r"(security|intelligence|military|police)[ \t]+(?:services|forces|agencies|apparatus|establishment)\b")
# A title and its portfolio before a name: "Minister of Government Communications Samer Rawashdeh".
_TITLE_OF = re.compile(r"\b(?i:minister|secretary|chief|head|director|commander|governor)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$")
# Each noun opens with its letter and tests the word boundary after it (`(?<!\w.)`, as `\b` before it would):
# the engine then skips in C to the next of those letters instead of trying the pattern at every position.
_SOURCE_NOUN = re.compile(r"(?:o(?<!\w.)(?:fficial|fficer)|s(?<!\w.)(?:ource|pokes(?:person|man|woman))|d(?<!\w.)iplomat"
                          r"|c(?<!\w.)ommander)s?\b")
# "one of the officials": one of a group named before ("two security officials"), else just the noun.
# "One of the wounded soldiers told INA": one of any group of people speaks as one of them.
_ONE_OF = re.compile(r"\b[Oo]ne(?<!to one)(?<!of one)(?<!with one) of (?:the|those|these|them)\s+((?:[\w-]+\s+){0,2}?[a-z]+s|people)\b(?=[^.;“”\"]{0,30}?\b(?:said|told|says|tells|added)\b)")
# "two people familiar with the investigation", "a person briefed on the matter": the wire's unnamed sources.
_FAMILIAR = re.compile(r"\b(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+((?:person|people)\s+(?:familiar with|with knowledge of"
                       r"|briefed on|close to)\s+(?:the\s+)?[\w-]+)")
# Any subject of a verb of speech is a source whom a later "he said" may mean: "A shopkeeper in Mayadin,
# who asked not to be named, said", "An airport employee who was on a night shift said". "A ministry
# statement said" is a document.
_SOURCE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+((?:[a-z][\w-]*[ \t]+){0,3}?(?!statement|report|video|post|letter"
    # "a resident of Jazan's al-Rawdah district" is named with its "of", "a shopkeeper in Mayadin" without its "in".
    r"|message|communique|tweet|document)[a-z][\w-]*(?:[ \t]+of[ \t]+[^,.;“”\"]{1,50}?)?)"
    r"(?:[ \t]+(?:in|from|at|near)[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)?"
    r"(?:,[ \t]*who\b[^,.;“”\"]{0,80},|[ \t]+who\b[^,.;“”\"]{0,80}?)?[ \t]+(?:said|told|says|tells|added)\b")
# A role for a body left unnamed ("a spokeswoman for one foreign firm with staff nearby said") is the
# source's whole name: the body cannot stand in for it.
_ROLE_FOR_UNNAMED = re.compile(
    r"\b[Aa]n?[ \t]+((?:[a-z]+[ \t]+)?spokes(?:man|woman|person)[ \t]+for[ \t]+(?:a|an|one)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}?[\w-]+)(?=[ \t]+(?:with|in|at|near|from|based|who|that|said|told|says)\b|,)")
# Every match of _ROLE_FOR_UNNAMED holds these words; led by a literal, the search skips in C to each "spokes".
_SPOKES_FOR = re.compile(r"spokes(?:man|woman|person)[ \t]+for[ \t]+(?:a|an|one)[ \t]")
_HONORIFICS = frozenset(("mr", "ms", "mrs", "dr"))
# Arabic names drop the article in later references: "Mohammed Shia al-Sudani" ... "Sudani said".
_LOOSE_PARTICLES = frozenset(("al", "el", "abu", "bin", "ibn"))
_PARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-")


@dataclass(frozen=True, slots=True)
class Person:
    start: int
    end: int
    name: str
    role: str | None
    subject: bool = False  # the subject of a verb of speech: whom a later "he said" most likely means
    named: bool = True  # False for a source known by a role only ("a senior security official")


def _words_left(text: str, pos: int, limit: int = 5) -> list[str]:
    seg = text[max(0, pos - 60):pos]
    cut = max(seg.rfind(","), seg.rfind("."), seg.rfind("\n"), seg.rfind("“"), seg.rfind('"'))
    return seg[cut + 1:].split()[-limit:]


def _no_title_left(text: str, pos: int) -> bool:
    """A cheap test that _left_role_words finds no title: punctuation or a plain lower-case word before `pos`."""
    seg = text[max(0, pos - 30):pos].rstrip(" \t")
    if not seg or seg[-1] in ",.\n“\"":
        return True
    word = seg.rsplit(None, 1)[-1]
    return word[:1].islower() and word.lower() not in TITLES and word.lower() not in _ROLE_WORDS


def _left_role_words(text: str, pos: int) -> list[str]:
    words = _words_left(text, pos)
    picked: list[str] = []
    for w in reversed(words):
        lw = w.lower()
        if lw in TITLES or lw in _ROLE_WORDS or (w[:1].isupper() and lw not in _STOP):
            picked.append(w)
        else:
            break
    picked.reverse()
    return picked


def find_persons(text: str, mentions: list[Mention]) -> list[Person]:
    taken = bytearray(len(text) + 1)
    for mm in mentions:
        taken[mm.start:mm.end] = b"\x01" * (mm.end - mm.start)
    out: list[Person] = []
    by_surname: dict[str, Person] = {}
    for m in _RUN.finditer(text):
        if taken.find(1, m.start(), m.end()) >= 0:  # inside a group's name
            continue
        if _lone_word_skipped(text, m, by_surname):
            continue
        toks = m.group().split()
        offs = [m.start()]
        for t in toks[1:]:
            offs.append(text.index(t, offs[-1] + 1))
        j = max((k for k, t in enumerate(toks) if t.lower() in TITLES), default=-1)
        k0 = j + 1
        while k0 < len(toks) and ((j < 0 and toks[k0].lower() in _STOP) or toks[k0].endswith("-based")):
            k0 += 1
        name_toks = toks[k0:]
        portfolio = (_TITLE_OF.search(text, max(0, m.start() - 40), m.start())
                     if j < 0 and text.endswith(("of ", "for ", "the "), 0, m.start()) else None)
        if portfolio:
            name_toks = _after_portfolio(name_toks)
        if not name_toks or any(t.lower() in ORG_WORDS or t.lower() in _STOP for t in name_toks):
            continue
        start = offs[len(toks) - len(name_toks)]
        known = by_surname.get(_surname(name_toks[-1]))
        if known is None and j >= 0 and len(name_toks) == 1 and toks[j].lower().rstrip(".") in _HONORIFICS:
            name_toks = _earlier_full_name(text, start, name_toks[0]) or name_toks
        if known is None and j < 0 and len(name_toks) < 2 and _no_title_left(text, m.start()):
            continue  # most capitalised words: a lone unknown word needs a title to be a name
        role_words = text[portfolio.start():start].split() if portfolio else _left_role_words(text, m.start()) + toks[:j + 1]
        titled = any(w.lower() in TITLES for w in role_words)
        before = _SPEAKS_BEFORE.search(text, max(0, start - 16), start) is not None
        if not titled and not known:
            # "Sami Jabbar, of the council's security panel, told": a subject past an aside speaks too.
            if len(name_toks) < 2 or not (_SPEAKS_NEXT.match(text, m.end()) or before or _SUBJECT_NEXT.match(text, m.end())):
                continue
            if _PLACE_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _KIND_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue
        role = _appositive(text, m.start(), m.end()) or _role_prefix(role_words)
        # "told Reuters": the one told listens; "said Mehdi Rastegar" speaks.
        subject = _SAID_BEFORE.search(text, max(0, start - 16), start) is not None or _SUBJECT_NEXT.match(text, m.end()) is not None
        if known and len(name_toks) <= len(known.name.split()):
            out.append(Person(start, m.end(), known.name, role or known.role, subject))
            continue
        p = Person(start, m.end(), " ".join(name_toks), role, subject)
        by_surname[_surname(name_toks[-1])] = p
        out.append(p)
    # "Grant Heisler, a former Army officer who served …, said": the role describes the person, it is no one else.
    described = {p.end + 2 for p in out if text.startswith(", ", p.end)}
    out.extend(_of_group(text, p, mentions) for p in _unnamed(text) if p.start not in described)
    out.sort(key=lambda p: p.start)
    return out


# "An official from the Hezbollah terror group", "a commander in the Iraqi faction KSS": a source inside a group.
_FROM_GROUP = re.compile(r"[ \t]+(?:from|of|with|in|within)[ \t]+(?:the[ \t]+)?")
_GROUP_DESCRIBED = re.compile(r"(?:[\w-]+[ \t]+){0,2}")


def _of_group(text: str, p: Person, mentions: list[Mention]) -> Person:
    """An unnamed source who speaks from inside an armed group is named by it: "Hezbollah official"."""
    gap = None if p.named or " " in p.name else _FROM_GROUP.match(text, p.end)
    if gap is None:
        return p
    for m in mentions:
        if m.start >= gap.end() and not m.modifier and _GROUP_DESCRIBED.fullmatch(text, gap.end(), m.start):
            if m.entry.kind == "state":  # "an official in Iran" is a state's, named as the text names it
                return p
            return Person(p.start, m.end, f"{m.entry.name} {p.name}", p.role, p.subject, False)
    return p


def _after_portfolio(toks: list[str]) -> list[str]:
    """"Minister of Government Communications Samer Rawashdeh": a portfolio's words are any words, so the
    name is the run's last two (three with a particle: "Ali Hassan al-Jubouri")."""
    # "Saeed Al Kaabi": a particle written apart counts as one with the surname it belongs to.
    size = 3 if toks[-1].lower().startswith(_PARTICLES) or (len(toks) > 2 and toks[-2].lower() in _LOOSE_PARTICLES) else 2
    return toks[-size:] if len(toks) > size else toks


def _lone_word_skipped(text: str, m: re.Match, by_surname: dict[str, Person]) -> bool:
    """The general test below, cut short for the commonest run: one capitalised word that is a title, a
    stop word or an organisation's word, or an unknown word with no title before it."""
    word = m.group()
    if " " in word or "\t" in word:
        return False
    return (word.lower() in _NOT_ALONE or word.endswith("-based")
            or (_surname(word) not in by_surname and _no_title_left(text, m.start())))


def _role_prefix(words: list[str]) -> str | None:
    """The title words before a name as its role; "Mr" is a courtesy, not a role."""
    real = any(w.lower() in TITLES and w.lower().rstrip(".") not in _HONORIFICS for w in words)
    return " ".join(words) if real else None


def _earlier_full_name(text: str, pos: int, surname: str) -> list[str] | None:
    """"Mr Sarie" after "Yahya Sarie appeared on TV": the full name written earlier, when no title
    or speech verb made it a speaker there."""
    found = None  # the pattern depends on the surname; the path is rare (an honorific before an unknown surname)
    # "Mr Jubouri" after "Nihad al-Jubouri": the surname may have dropped its article.
    for m in re.finditer(rf"\b((?:[A-Z][\w’'-]+\s+){{1,3}})((?:{'|'.join(_PARTICLES)})?){re.escape(surname)}\b", text[:pos]):
        found = m
    if found is None:
        return None
    toks = [t for t in found.group(1).split() if t.lower() not in TITLES and t.lower() not in _STOP]
    return [*toks, found.group(2) + surname] if toks else None


def _surname(token: str) -> str:
    low = token.lower()
    return low.split("-", 1)[1] if low.startswith(_PARTICLES) else low


def _unnamed(text: str) -> list[Person]:
    out = [_unnamed_source(text, m) for m in _unnamed_sources(text)]
    if "he said" in text or "he told" in text or "he added" in text:  # "she said" too; the pattern is costly
        seen = {p.start for p in out}
        out.extend(Person(m.start(), m.end(1), m.group(1), None, True, False) for m in _SOURCE.finditer(text) if m.start() not in seen)
    if _SPOKES_FOR.search(text):  # most articles name a spokesman, few "a spokesman for a ...": the pattern is costly
        out.extend(Person(m.start(), m.end(1), m.group(1), None, True, False) for m in _ROLE_FOR_UNNAMED.finditer(text))
    if any(cue in text for cue in ("familiar with", "knowledge of", "briefed on", "close to")):  # cheaper than the pattern
        out.extend(Person(m.start(), m.end(), m.group(1), None, False, False) for m in _FAMILIAR.finditer(text))
    if "ne of th" not in text:  # a substring test is far cheaper than the pattern on most articles
        return out
    for m in _ONE_OF.finditer(text):
        group = m.group(1)
        noun = _singular(group)
        for p in out:
            if p.start < m.start() and (p.name.endswith(group.split()[-1]) or p.name.startswith(group + " ")):
                noun = _singular(p.name)
        out.append(Person(m.start(), m.end(), noun, None, named=False))
    return out


def _unnamed_source(text: str, m: re.Match) -> Person:
    body = None if m.group(1).endswith("s") else _IN_BODY.match(text, m.end()) or _OF_WHAT.match(text, m.end())
    end = body.end() if body else m.end()
    name = m.group(1) + text[m.end():end] if body else m.group(1)
    service = _IN_SERVICE.match(text, m.end()) if m.group(1) == "source" else None
    if service:
        end, name = service.end(), f"{service.group(1)} source"
    return Person(m.start(), end, name, None, _SUBJECT_NEXT.match(text, end) is not None, False)


def _unnamed_sources(text: str) -> list[re.Match]:
    """_UNNAMED's matches, sought back from each of its rare nouns: far cheaper than trying every "a"."""
    out: list[re.Match] = []
    for n in _SOURCE_NOUN.finditer(text):
        at = max(0, n.start() - 60, out[-1].end() if out else 0)
        while (m := _UNNAMED.search(text, at, n.end())) and m.end(1) != n.end():
            at = m.start() + 1  # a match of an earlier noun: look further right
        if m:
            out.append(m)
    return out


def _singular(group: str) -> str:
    """One of a group of sources: "officials" -> "official", "people familiar with ..." -> "person familiar with ..."."""
    if group.startswith("people"):
        return "person" + group[6:]
    return group[:-1]


def _has_title(phrase: str) -> bool:
    return any(w.lower().strip(",") in TITLES for w in phrase.split())


def _appositive(text: str, start: int, end: int) -> str | None:
    a = _APPOS_AFTER.match(text, end)
    if a and _has_title(a.group(1) or a.group(2)):
        return a.group(1) or a.group(2)
    b = _APPOS_BEFORE.search(text[max(0, start - 90):start])
    if b and _has_title(b.group(1)):
        return b.group(1)
    return None
