"""Who said a quote: named people with their roles, and the usual news attribution patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clauses import opens_subject
from .gazetteer import Mention
from .quotes import RawQuote
from .segment import Sentence, lowered, sentence_at

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
_ORG_WORDS = frozenset(
    "house ministry command forces force department pentagon council army corps agency office cell coalition "
    "brigade brigades state resistance organization organisation group movement front news reuters press "
    "base airport airbase province region government embassy university institute center centre committee "
    "party network channel media security operations directorate service services guard guards navy air "
    "staff asayish peshmerga defense defence company union mobilization mobilisation units nations republic kingdom authority".split()
)
_STOP = frozenset(
    "the in on at but and a an according meanwhile when if while after before last this that it he she they we "
    "i monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december however separately earlier later also".split()
)
# Turkish, Kurdish and French names carry letters beyond ASCII ("Cem Yalçınkaya", "Şahin").
_LATIN = [chr(c) for c in range(0xC0, 0x250) if chr(c) not in "×÷"]
_UP = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LO = "a-z" + "".join(c for c in _LATIN if c.islower())
_TOK = (rf"(?:(?:Gen|Maj|Lt|Col|Brig|Capt|Sgt|Adm|Dr|Mr|Ms|Mrs|Sen|Rep|Gov|Prof)\.|[A-Z]\."
        rf"|(?:al|el|bin|ibn|abu|bint|ad|as|ash|an|ar|at)-[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)*"
        rf"|[{_UP}][{_LO}]+(?:[-’'][{_UP}{_LO}][{_LO}]+)*)")
_RUN = re.compile(rf"(?<![\w-]){_TOK}(?:[ \t]+{_TOK}){{0,6}}(?![\w-])")
_VERB = (r"(?:said|says|say|added|adds|told|tells|stated|states|noted|notes|announced|announces|warned|warns"
         r"|wrote|writes|declared|insisted|explained|stressed|argued|asserted|posted|tweeted|replied|responded"
         r"|confirmed|acknowledged|cautioned|urged|vowed|threatened|conceded|continued|commented|remarked"
         r"|called|calling|described|recalled|praised|hailed|condemned|welcomed|accused|accusing|claimed|denied|admitted|alleged|saying|adding|telling|warning|insisting"
         # A sentence may open with it: "According to a refinery engineer, “the fire ...”".
         r"|[Aa]ccording to)")
_VERB_RE = re.compile(rf"\b{_VERB}\b")
_MARK_RE = re.compile(r"[\"“”]")
# A bare role between commas: "Sarkawt Mahmoud, spokesperson for the ministry, told ...".
_BARE_ROLE = (r"(?:(?:deputy|senior|chief|acting|former|official|military|media)\s+)?(?:spokesperson|spokesman|spokeswoman"
              r"|head|director|commander|chief|minister|leader|adviser|advisor|secretary|governor|mayor|envoy)\b")
# A name followed by its role or a verb of speech or of taking a side ("Hassan al-Mousawi rejected ...").
_SPEAKS_NEXT = re.compile(rf"\s*(?:,\s*(?:a|an|the|who|{_BARE_ROLE})\b"
                          rf"|\s*,?\s*(?:\w+ly\s+)?(?:{_VERB}|rejected|dismissed|condemned|blamed|accused)\b)")
# Before a verb of speech, past an appositive: "Mahmud Sindi, a village headman near Kani Masi, told".
_SUBJECT_NEXT = re.compile(rf"\s*(?:,[^,.;“”\"]{{1,100}}?)?,?\s*(?:\w+ly\s+)?{_VERB}\b")
# "near Kani Masi, told": a bare name after a preposition of place is a place, "Observatory for Human
# Rights" the tail of a longer name.
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|near|at|from|outside|inside|around|towards?|across)|[A-Z][\w’'-]*\s+(?:for|of))\s+$")
_SAID_BEFORE = re.compile(r"\b(?:said|[Aa]ccording to)\s+$")
# "said Mehdi Rastegar, ...": a name right after the verb is a speaker too.
_SPEAKS_BEFORE = re.compile(r"\b(?:said|[Aa]ccording to|told)\s+$")
_APPOS_AFTER = re.compile(rf",\s+(?:(?:a|an|the)\s+([^,.;“”\"]{{3,80}}?)|({_BARE_ROLE}[^,.;“”\"]{{0,70}}?))\s*(?=[,.;])")
_APPOS_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+([^,.;“”\"]{3,80}?),\s*$", re.IGNORECASE)
# A subject may hold the dots of initials and titles ("John F. Kirby", "Maj. Gen.").
_ABBR_DOT = r"(?:(?<=\b[A-Z])\.|(?<=Gen)\.|(?<=Maj)\.|(?<=Lt)\.|(?<=Col)\.|(?<=Dr)\.|(?<=Mr)\.|(?<=Ms)\.|(?<=Brig)\.)"
_AFTER1 = re.compile(rf"\s*[,.]?\s*((?:[^.“”\"!?;]|{_ABBR_DOT}){{1,90}}?)\s+(?:\w+ly\s+)?({_VERB})\b")
_AFTER2 = re.compile(rf"\s*[,.]?\s*({_VERB})\s+((?:[^.,;“”\"]|{_ABBR_DOT}){{1,90}})")
# `“… attack.” the ministry said`: a full stop inside the marks, yet the sentence goes on in lower case.
_LOWER_NEXT = re.compile(r"[ \t]+(?:the|a|an|he|she|it|they)\b")
_INTRO_END = re.compile(rf"\b{_VERB}\b[^.:;“”\"]{{0,90}}[:.]\s*$")
_TRIM_AFTER2 = re.compile(r"\s+(?:in|on|at|who|to|during|late|early|after|before|from|when|while)\b.*$", re.S)
_TIME_WORDS = re.compile(
    r"\b(?:late|early|on|later|also|earlier|separately|yesterday|today|then|again|previously|in a statement|have|has|had"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|evening|night|afternoon)\b")
_ROLE_NOUN = re.compile(r"^(?:the|this)\s+(\w+)$", re.IGNORECASE)
_CONJ = re.compile(r"(?:and|but|or|then|as|while|before|after|which|that)\b", re.I)
# "The army said" right after "..., the General Command of the Jordanian Armed Forces said": the force
# that spoke in the sentence before.
# "the Iraqi military's Security Media Cell", "the U.S. military's Central Command": the body is named
# without the force it belongs to.
_FORCE_OWNER = re.compile(r"^(?:[\w.]+\s+){0,2}(?:military|army)['’]s\s+(?=[A-Z])")
_ACRONYM = re.compile(r"(?:[Tt]he\s+)?([A-Z]{2,6})")
_FORCE_NOUNS = frozenset(("army", "military", "navy", "police"))
_GROUP_NOUNS = frozenset("group militia faction organisation organization movement coalition".split())
# "The Erbil Asayish, the region's security agency, described": the name, not its description.
_APPOS_TAIL = re.compile(r",\s+(?:the|a|an)\s+[^,]{3,80},\s*$")
_RELATIVE = re.compile(r",\s*(?:who|which)\b[^,]*,?")
_STATEMENT = re.compile(r"^(?:the|its|their|a)\s+(?:(?:group|militia|faction|movement)['’]s\s+)?(?:statement|communique|post)$", re.I)
# An aside may stand between a group and its verb: "the IRI, a coalition that includes KH, said".
_SPEAKING = re.compile(r"['’]?s?(?:,[^,.;“”\"]{0,120}?,)?\s*(?:[\w-]+\s+){0,3}?"
                       r"(?:said|says|stated|announced|added|claimed|posted|wrote|issued)\b")
_ASIDE_OPEN = re.compile(r",\s+(?:a|an|the|which|who|whose|one of|part of|including|itself)\b[^,.;“”\"]*$")
_IN_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s[^,.;“”\"]*$")
# "in response to what it called": a subordinate clause opens a new subject.
_CLAUSE_WORD = re.compile(r"\b(?:that|what|which|who|because|when|while|whom)\s+")
_ASIDE_CLOSE = re.compile(r"[^,.;“”\"]{0,80}[,.]")  # "…, a front for KH." closes at the full stop
# "the ministry said" refers back to the organisation named in full before: "Iran's mission to the UN",
# "the Kurdistan Region's interior ministry", "the US Consulate General in Erbil".
_ORG_NOUNS = r"mission|ministry|government|consulate|embassy|directorate|command|cell|office|council|agency|department"
_ORG_PHRASE = re.compile(
    r"\b(?:(?!(?:The|This|That|Its|Their|Our|All|Some|Both|Each|Every|No|A|An|In|On|At)\s)"
    r"(?:[A-Z][\w’'.-]*(?:['’]s)?|interior|foreign|defen[cs]e|health|finance|oil|security|media|permanent)[ \t]+){1,4}"
    rf"(?i:({_ORG_NOUNS}))\b(?:\s+General)?"
    r"(?:\s+(?:to|in|of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?")
_POSSESSED_ORG = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_ORG_NOUNS})\b(?!\s+{_BARE_ROLE})")
# Not a speaker: a conjunction left of a split subject, or "No group claimed responsibility".
_NOT_SPEAKER = re.compile(r"(?i:who|which|that|and|or|but|nor)$|(?i:no|nobody|none)\b")
_DESCRIPTOR = re.compile(r"^(?:(?i:the|an?)\s+)?(?:[\w.-]+-based\s+)?")
_ORG_OF = re.compile(rf"\b({_ORG_NOUNS.title()})\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}")
# "the company" refers back to a name ending like a firm's, or one written with its base ("Oslo-based X").
_COMPANY_NOUNS = frozenset(("company", "firm", "operator", "owner", "manager"))
_COMPANY = re.compile(r"(?:\b[A-Z][\w.-]*-based\s+)((?:[A-Z][\w&’'.-]*\s+){0,3}[A-Z][\w&’'.-]*)"
                      r"|\b((?:[A-Z][\w&’'.-]*\s+){1,3}(?:Lines|Shipping|Maritime|Marine|Tankers|Navigation"
                      r"|Logistics|Holdings|Petroleum|Company|Ltd|Inc))\b")
# Unnamed sources ("a senior Iraqi security official") can be referred back to ("the official said").
_UNNAMED = re.compile(
    r"\b(?:[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|[Oo]ne)\s+(?!of\b)((?:(?:[\w-]+|(?:[A-Z]\.)+)[ \t]+){0,3}?(?:official|source|officer|diplomat|commander)s?)\b")
# "one of the officials": one of a group named before ("two security officials"), else just the noun.
_ONE_OF = re.compile(r"\b[Oo]ne of (?:the|those|these|them)\s+((?:[\w-]+\s+){0,2}?(?:official|source|officer|diplomat|commander))s\b")
# Any subject of a verb of speech is a source whom a later "he said" may mean: "A shopkeeper in Mayadin,
# who asked not to be named, said", "An airport employee who was on a night shift said". "A ministry
# statement said" is a document.
_SOURCE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+((?:[a-z][\w-]*[ \t]+){0,3}?(?!statement|report|video|post|letter"
    r"|message|communique|tweet|document)[a-z][\w-]*)(?:[ \t]+(?:in|from|at|near|of)[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)?"
    r"(?:,[ \t]*who\b[^,.;“”\"]{0,80},|[ \t]+who\b[^,.;“”\"]{0,80}?)?[ \t]+(?:said|told|says|tells|added)\b")
_HONORIFICS = frozenset(("mr", "ms", "mrs", "dr"))
# Arabic names drop the article in later references: "Mohammed Shia al-Sudani" ... "Sudani said".
_PARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-")


# Who issued a statement that "the statement said" refers back to: "according to a statement by the
# region's interior ministry", "the Joint Operations Command said in a statement", "X issued a statement".
_STATEMENT_WORD = re.compile(r"\bstatements?\b")
_STATEMENT_BY = re.compile(r"\s+(?:issued\s+|released\s+|published\s+)?(?:by|from)\s+((?:the\s+)?[^,.;:“”\"]{3,90})")
_ISSUED = re.compile(r"\b(?:said|says|announced|added|stated|wrote|issued|released|published|posted)\b"
                     r"[^.;:“”\"]{0,40}?\b(?:a|an|its|their|the)\s+(?:\w+\s+)?$")


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
        toks = m.group().split()
        offs = [m.start()]
        for t in toks[1:]:
            offs.append(text.index(t, offs[-1] + 1))
        j = max((k for k, t in enumerate(toks) if t.lower() in TITLES), default=-1)
        k0 = j + 1
        while k0 < len(toks) and ((j < 0 and toks[k0].lower() in _STOP) or toks[k0].endswith("-based")):
            k0 += 1
        name_toks = toks[k0:]
        if not name_toks or any(t.lower() in _ORG_WORDS or t.lower() in _STOP for t in name_toks):
            continue
        start = offs[k0]
        known = by_surname.get(_surname(name_toks[-1]))
        if known is None and j >= 0 and len(name_toks) == 1 and toks[j].lower().rstrip(".") in _HONORIFICS:
            name_toks = _earlier_full_name(text, start, name_toks[0]) or name_toks
        if known is None and j < 0 and len(name_toks) < 2 and _no_title_left(text, m.start()):
            continue  # most capitalised words: a lone unknown word needs a title to be a name
        role_words = _left_role_words(text, m.start()) + toks[:j + 1]
        titled = any(w.lower() in TITLES for w in role_words)
        before = _SPEAKS_BEFORE.search(text, max(0, start - 16), start) is not None
        if not titled and not known:
            if len(name_toks) < 2 or not (_SPEAKS_NEXT.match(text, m.end()) or before):
                continue
            if _PLACE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
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
    out.extend(_unnamed(text))
    out.sort(key=lambda p: p.start)
    return out


def _role_prefix(words: list[str]) -> str | None:
    """The title words before a name as its role; "Mr" is a courtesy, not a role."""
    real = any(w.lower() in TITLES and w.lower().rstrip(".") not in _HONORIFICS for w in words)
    return " ".join(words) if real else None


def _earlier_full_name(text: str, pos: int, surname: str) -> list[str] | None:
    """"Mr Sarie" after "Yahya Sarie appeared on TV": the full name written earlier, when no title
    or speech verb made it a speaker there."""
    found = None  # the pattern depends on the surname; the path is rare (an honorific before an unknown surname)
    for m in re.finditer(rf"\b((?:[A-Z][\w’'-]+\s+){{1,3}}){re.escape(surname)}\b", text[:pos]):
        found = m
    if found is None:
        return None
    toks = [t for t in found.group(1).split() if t.lower() not in TITLES and t.lower() not in _STOP]
    return [*toks, surname] if toks else None


def _surname(token: str) -> str:
    low = token.lower()
    return low.split("-", 1)[1] if low.startswith(_PARTICLES) else low


def _unnamed(text: str) -> list[Person]:
    out = [Person(m.start(), m.end(), m.group(1), None, _SUBJECT_NEXT.match(text, m.end()) is not None, False)
           for m in _UNNAMED.finditer(text)]
    if "he said" in text or "he told" in text or "he added" in text:  # "she said" too; the pattern is costly
        seen = {p.start for p in out}
        out.extend(Person(m.start(), m.end(1), m.group(1), None, True, False) for m in _SOURCE.finditer(text) if m.start() not in seen)
    if "ne of th" not in text:  # a substring test is far cheaper than the pattern on most articles
        return out
    for m in _ONE_OF.finditer(text):
        noun = m.group(1)
        for p in out:
            if p.start < m.start() and p.name.endswith(noun.split()[-1] + "s"):
                noun = p.name[:-1]
        out.append(Person(m.start(), m.end(), noun, None, named=False))
    return out


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


class Resolver:
    """Turns a subject phrase into (speaker, role) using names and groups seen so far."""

    def __init__(self, text: str, persons: list[Person], mentions: list[Mention]):
        self.text = text
        self.persons = persons
        self.actors = [m for m in mentions if not m.modifier]
        self._orgs: dict[str, list[tuple[int, str]]] = {}
        self._low: str | None = None
        # Quotes attributed so far to a body rather than a person: "it said" after a quote from
        # Central Command is Central Command, even when a group is named inside that quote.
        self.quoted: list[tuple[int, int]] = []
        self.bodies: list[tuple[int, str]] = []
        self._people = {p.name for p in persons}
        self.sents: list[Sentence] = []
        self._issuers: list[tuple[int, str]] | None = None

    def heard(self, start: int, speaker: str | None) -> None:
        """Record who spoke the quote opening at `start` when that was a body, not a person."""
        if speaker and speaker[0].isupper() and speaker not in self._people:
            self.bodies.append((start, speaker))

    def statement_issuer(self, pos: int) -> tuple[int, str] | None:
        """Who issued the last statement named before `pos`, with where it was named."""
        if self._issuers is None:  # found on first use: few articles say "the statement said"
            self._issuers = []  # an issuer named "the statement" must not look itself up
            self._issuers = [i for m in _STATEMENT_WORD.finditer(self.text) if (i := self._issuer(m))]
        found = None
        for at, who in self._issuers:
            if at >= pos:
                break
            found = (at, who)
        return found

    def _issuer(self, m: re.Match) -> tuple[int, str] | None:
        if self._quoted(m.start()) or not self.sents:
            return None
        by = _STATEMENT_BY.match(self.text, m.end())
        if by:
            name, _ = self.resolve(by.start(1), by.end(1))
            return (m.start(), name) if name else None
        sent = self.sents[sentence_at(self.sents, m.start())]
        verb = _ISSUED.search(self.text, max(sent.start, m.start() - 60), m.start())
        if verb is None:
            return None
        # '"…," Central Command said in a statement': the subject starts after the quote.
        start = max(sent.start, self.text.rfind("”", 0, verb.start()) + 1, self.text.rfind('"', 0, verb.start()) + 1)
        name, _ = self.resolve(start, verb.start())
        return (m.start(), name) if name and name != "statement" else None

    def _antecedent_body(self, pos: int) -> str | None:
        """What "it said" stands for: the latest of a group named outside an aside, a body quoted,
        a statement's issuer and a body that spoke in the sentence before."""
        a = self.last_subject(pos)
        found = [(a.start, a.entry.name)] if a else []
        body = next((b for b in reversed(self.bodies) if b[0] < pos), None)
        found += [x for x in (body, self.statement_issuer(pos), self._body_before(pos)) if x]
        return max(found)[1] if found else None

    def _body_before(self, pos: int) -> tuple[int, str] | None:
        """"The Central Command said its forces ... In a statement, it said:": a body, not a person,
        speaking in the sentence before."""
        if not self.sents:
            return None
        si = sentence_at(self.sents, pos)
        if si == 0:
            return None
        prev = self.sents[si - 1]
        verb = _VERB_RE.search(self.text, prev.start, prev.end)
        if verb is None or self._quoted(verb.start()) or _MARK_RE.search(self.text, prev.start, verb.start()):
            return None
        phrase = self.text[prev.start:verb.start()].strip(" ,")
        if not phrase[:1].isupper() or phrase.lower() in ("it", "they", "he", "she"):
            return None
        name, _ = self.resolve(prev.start, verb.start())
        if name is None or name in self._people or not name[:1].isupper():
            return None
        return verb.start(), name

    def _quoted(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quoted)

    def last_org(self, pos: int, noun: str) -> str | None:
        """The latest organisation named in full before `pos` whose head noun is `noun`."""
        if noun not in self._orgs:  # found on first use, around each occurrence of the noun only
            self._orgs[noun] = self._orgs_headed(noun)
        found = None
        for start, phrase in self._orgs[noun]:
            if start >= pos:
                break
            found = phrase
        return found

    def _orgs_headed(self, noun: str) -> list[tuple[int, str]]:
        if self._low is None:
            self._low = lowered(self.text)
        low = self._low
        out = []
        at = low.find(noun)
        while at >= 0:
            # "UAE Ministry of Foreign Affairs", not the "Ministry of Foreign Affairs" inside it.
            found = [m for rx in (_ORG_PHRASE, _ORG_OF) for m in rx.finditer(self.text, max(0, at - 80), min(len(low), at + 120))
                     if m.start(1) == at]
            if found:
                m = max(found, key=lambda m: len(m.group()))
                out.append((m.start(), m.group()))
            at = low.find(noun, at + 1)
        return out

    def person_in(self, s: int, e: int) -> Person | None:
        """The person a subject phrase names: a name before a role ("A senior official, Yasser
        al-Haddi, told"), and not one inside its appositive ("Rojhat Derik, an official in the ...")."""
        inside = [p for p in self.persons if p.start >= s and p.end <= e]
        named = [p for p in inside if p.named] or inside
        heads = [p for p in named if not _IN_APPOSITIVE.search(self.text, max(s, p.start - 100), p.start)]
        return (heads or named or [None])[-1]

    def last_speaker(self, pos: int) -> Person | None:
        """Whom "he said" means: the last person who spoke, unless someone named after them stands in a
        later paragraph (the sentence before named a new person, not yet said to speak)."""
        last = self.last_person(pos)
        for p in reversed(self.persons):
            if p.end <= pos and p.subject:
                return p if last is None or "\n" not in self.text[p.start:last.start] else last
        return last

    def last_person(self, pos: int, noun: str | None = None) -> Person | None:
        found = None
        for p in self.persons:
            if p.end > pos:
                break
            if noun is None or (p.role and noun in p.role.lower()) or (p.role is None and noun in p.name.lower()):
                found = p
        return found

    def subject_actor(self, s: int, e: int) -> Mention | None:
        """The group a subject phrase names: not one in its aside ("KH, a member of the IRI, said")."""
        found = last = None
        for m in self.actors:
            if m.end > e:
                break
            if m.start >= s:
                last = m
                if not in_aside(self.text, m):
                    found = m
        return found or last

    def last_subject(self, pos: int) -> Mention | None:
        """The group "it", "the group" or "the statement" stands for: not one named in an aside
        ("KH, a member of the Islamic Resistance in Iraq, said ... the group said" is KH)."""
        last = None
        for m in reversed(self.actors):
            if m.end <= pos and not self._quoted(m.start):
                if not in_aside(self.text, m):
                    return m
                last = last or m
        return last

    def last_speaking_actor(self, pos: int) -> Mention | None:
        for m in reversed(self.actors):
            if m.end <= pos and _SPEAKING.match(self.text, m.end):
                return m
        return None

    def possessed_org(self, s: int, e: int) -> str | None:
        """"Iran's foreign ministry rejected ...": the subject is the ministry, not Iran named later."""
        for m in self.actors:
            if m.start >= s + 5 or m.start >= e:
                return None
            if m.start >= s:
                org = _POSSESSED_ORG.match(self.text, m.end, e)
                if org and m.entry.kind != "state":
                    return m.entry.name  # "IS's Amaq propaganda agency": an armed group's outlet speaks for it
                return self.text[m.start:org.end()] if org else None
        return None

    def resolve(self, s: int, e: int) -> tuple[str | None, str | None]:
        p = self.person_in(s, e)
        if p:
            return p.name, p.role
        org = self.possessed_org(s, e)
        if org:
            return org, None
        a = self.subject_actor(s, e)
        if a:
            return a.entry.name, _role_of(self.text[s:a.start])
        phrase = _APPOS_TAIL.sub("", _RELATIVE.sub("", self.text[s:e]))
        phrase = phrase.rstrip(" ,")
        phrase = phrase[phrase.rfind(",") + 1:]
        phrase = " ".join(_TIME_WORDS.sub(" ", phrase).split()).strip(" ,")
        tails = list(_CLAUSE_WORD.finditer(phrase))
        tail = tails[-1] if tails else None
        # "X said that it condemned": "it" is X, whom the first verb names.
        if tail and tail.end() < len(phrase) and not _VERB_RE.search(phrase, 0, tail.end()):
            phrase = phrase[tail.end():]
        low = phrase.lower()
        if low in ("he", "she"):
            p = self.last_speaker(s)
            return (p.name, p.role) if p else (None, None)
        if low in ("it", "they") or (_ROLE_NOUN.match(phrase) and _ROLE_NOUN.match(phrase).group(1).lower() in _GROUP_NOUNS):
            return self._antecedent_body(s), None
        if _STATEMENT.match(phrase):
            a = self.last_speaking_actor(s) or self.last_subject(s)
            issuer = self.statement_issuer(s)
            if issuer and (a is None or issuer[0] > a.start):
                return issuer[1], None
            return (a.entry.name, None) if a else (None, None)
        rn = _ROLE_NOUN.match(phrase)
        org = self.last_org(s, rn.group(1).lower()) if rn else None
        if rn and rn.group(1).lower() in _COMPANY_NOUNS:
            org = _last_company(self.text, s)
        if rn and not org and rn.group(1)[:1].isupper():
            org = _last_full_name(self.text, s, rn.group(1))
        if rn and not org and rn.group(1).lower() in _FORCE_NOUNS:
            body = self._body_before(s)
            org = body[1] if body else None
        if org:
            return org, None
        if rn:
            p = self.last_person(s, rn.group(1).lower())
            if p:
                return p.name, p.role
        acronym = _ACRONYM.fullmatch(phrase)
        if acronym:
            return _expansion(self.text, s, acronym.group(1)) or acronym.group(1), None
        return _bare(phrase), None


def _last_full_name(text: str, pos: int, head: str) -> str | None:
    """"The Observatory said" after "the Britain-based Syrian Observatory for Human Rights": the
    last longer proper name with that head word."""
    found = None  # the pattern depends on the head word; asked only for a capitalised "The X said"
    rx = rf"\b(?:[A-Z][\w’'-]*\s+){{0,4}}{re.escape(head)}(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})?"
    for m in re.finditer(rx, text[:pos]):
        name = _DESCRIPTOR.sub("", m.group(), count=1)
        if name != head:
            found = name
    return found


def _expansion(text: str, pos: int, acronym: str) -> str | None:
    """"the CTD said" after "the Kurdistan Region’s Counter-Terrorism Directorate (CTD)": the name spelled out."""
    m = re.search(rf"((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the)\s+)*){{1,6}})\({re.escape(acronym)}\)", text[:pos])
    return m.group(1).strip() if m else None


def _last_company(text: str, pos: int) -> str | None:
    """"the company said" after "Singapore-based Tidewater Ocean Lines": the last company named."""
    found = None
    for m in _COMPANY.finditer(text, 0, pos):
        found = m.group(1) or m.group(2)
    return found


def _bare(phrase: str) -> str | None:
    """The speaker's name without its article or descriptor ("Singapore-based Tidewater Ocean Lines")."""
    if not phrase or len(phrase.split()) > 12 or _NOT_SPEAKER.match(phrase):
        return None
    if _VERB_RE.search(phrase):  # "the consulate said that it": a clause, the speaker is its subject
        return None
    return _FORCE_OWNER.sub("", _DESCRIPTOR.sub("", phrase, count=1), count=1) or None


def in_aside(text: str, m: Mention) -> bool:
    head = _ASIDE_OPEN.search(text, max(0, m.start - 120), m.start)
    if head is None or _ASIDE_CLOSE.match(text, m.end) is None:
        return False
    start = max(text.rfind(". ", 0, head.start()) + 2, text.rfind("\n", 0, head.start()) + 1)
    return not opens_subject(text, start, head.start())


def _role_of(prefix: str) -> str | None:
    words = [w for w in prefix.split() if w.lower() in TITLES]
    return words[-1] if words else None


def attribute(
    text: str, sents: list[Sentence], raw: list[RawQuote], res: Resolver
) -> list[tuple[str | None, str | None, bool]]:
    """(speaker, role, attributed) for each raw quote, in order."""
    out: list[tuple[str | None, str | None, bool]] = []
    res.quoted = [(q.open_at, q.close_at or q.end) for q in raw]
    res.sents = sents
    for i, q in enumerate(raw):
        found = _after(text, q, res) if q.close_at is not None else None
        if found is None:
            found = _before(text, sents, raw, i, res)
        if found is None and not q.continues:  # an introduction outranks a title quoted just before it
            found = _introduced(text, sents, q, res)
        if found is None and i and _inherits(text, raw, i, out):
            prev = out[i - 1]
            found = (prev[0], prev[1])
        if found is None:
            found = _previous_speaker(text, sents, q, res)
        out.append((found[0], found[1], True) if found else (None, None, False))
        res.heard(q.open_at, found[0] if found else None)
    # A multi-paragraph quote is often attributed only in its last piece: carry it back.
    for i in range(len(raw) - 1, 0, -1):
        if raw[i].continues and out[i][2] and not out[i - 1][2]:
            out[i - 1] = out[i]
    return out


def _inherits(text: str, raw: list[RawQuote], i: int, done: list) -> bool:
    q, prev = raw[i], raw[i - 1]
    if not done[i - 1][2]:
        return False
    if q.continues or q.para == prev.para:
        return True
    # "“A,” she said.\n“B.”": a paragraph that opens with a quote carries on the last speaker.
    return q.para == prev.para + 1 and q.open_at == _para_start(text, q.open_at)


def _previous_speaker(text: str, sents: list[Sentence], q: RawQuote, res: Resolver) -> tuple[str, str | None] | None:
    """`It caused “no damage or casualties”.`: a sentence without a speech verb goes on with the
    speaker of the sentence before it in the same paragraph ("The ministry said the drone ...")."""
    si = sentence_at(sents, q.open_at)
    sent = sents[si]
    if si == 0 or sents[si - 1].para != sent.para or _VERB_RE.search(text, sent.start, sent.end):
        return None
    prev = sents[si - 1]
    verb = _VERB_RE.search(text, prev.start, prev.end)
    if verb is None or _MARK_RE.search(text, prev.start, verb.start()):
        return None
    name, role = res.resolve(prev.start, verb.start())
    return (name, role) if name else None


def _introduced(text: str, sents: list[Sentence], q: RawQuote, res: Resolver) -> tuple[str, str | None] | None:
    """"The Jordanian Armed Forces said in a statement:" closing the paragraph before gives the speaker
    of a statement quoted in the paragraphs that follow."""
    ps = _para_start(text, q.open_at)
    if q.open_at != ps or ps < 2:
        return None
    prev = sents[sentence_at(sents, ps - 2)]
    intro = _INTRO_END.search(text, prev.start, ps - 1)
    if intro is None or _MARK_RE.search(text, prev.start, ps - 1) or _MARK_RE.match(text, _para_start(text, prev.start)):
        return None
    name, role = res.resolve(prev.start, intro.start())
    return (name, role) if name else None


def _para_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _after(text: str, q: RawQuote, res: Resolver) -> tuple[str | None, str | None] | None:
    body_end = text[q.start:q.end].rstrip()[-1:]
    pos = q.close_at + 1
    if body_end not in ",?!" and not text.startswith(",", pos) and not _LOWER_NEXT.match(text, pos):
        return None
    m2 = _AFTER2.match(text, pos)
    # "…”, adding that residents had fled": a participle goes on with the speaker named before the quote.
    if m2 and m2.group(1).endswith("ing"):
        return None
    if m2:
        subj = _TRIM_AFTER2.sub("", m2.group(2))
        s = m2.start(2)
        name, role = res.resolve(s, s + len(subj))
        if name:
            return name, role
    m1 = _AFTER1.match(text, pos)
    if m1 and m1.group(2).lower() != "according to" and len(m1.group(1).split()) <= 12 and not _CONJ.match(m1.group(1)):
        name, role = res.resolve(m1.start(1), m1.end(1))
        if name:
            return name, role
    return None


def _before(text: str, sents: list[Sentence], raw: list[RawQuote], i: int, res: Resolver):
    q = raw[i]
    sent = sents[sentence_at(sents, q.open_at)]
    inside = [(r.open_at, (r.close_at or r.end)) for r in raw[:i] if r.open_at >= sent.start]
    verbs = [m for m in _VERB_RE.finditer(text, sent.start, q.open_at) if not any(a <= m.start() <= b for a, b in inside)]
    if not verbs:
        return None
    verb = verbs[-1]
    if verb.group().endswith("ing"):  # "said ..., calling it “…”": the participle shares the main verb's subject
        verb = next((m for m in verbs if not m.group().endswith("ing")), verb)
    if verb.group().lower() == "according to":
        tail = re.match(r"\s*([^,.;:]{1,90})", text[verb.end():q.open_at])
        if tail:
            s = verb.end() + tail.start(1)
            return res.resolve(s, s + len(tail.group(1)))
        return None
    # "The consulate said in a statement that it condemned “…”": when the last verb's subject names
    # nobody, the subject of the sentence's first verb speaks.
    return _subject(sent.start, inside, verb, res) or _subject(sent.start, inside, verbs[0], res)


def _subject(s: int, inside: list[tuple[int, int]], verb: re.Match, res: Resolver) -> tuple[str, str | None] | None:
    for a, b in inside:
        if b < verb.start():
            s = b + 1
    name, role = res.resolve(s, verb.start())
    return (name, role) if name else None
