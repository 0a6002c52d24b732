"""Resolving a subject phrase ("he", "the ministry", "Sudani", "CENTCOM", "the statement") to the
person or body it refers to, using the people and groups named before it."""

from __future__ import annotations

import re

from .clauses import opens_subject
from .dates import MONTH_NAMES
from .gazetteer import Mention
from .people import ORG_WORDS, TITLES, Person
from .segment import Sentence, lowered, sentence_at
from .speech import BARE_ROLE, MARK_RE, SOURCE_NOUN, SPEECH_VERB_RE

_TIME_WORDS = re.compile(
    r"\b(?:late|early|[Oo]n|later|also|earlier|separately|yesterday|today|then|again|previously|in a statement|have|has|had"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|evening|night|afternoon)\b")
_ROLE_NOUN = re.compile(r"^(?:the|this)\s+(\w+)$", re.IGNORECASE)
# "the Iran-backed group", "the little-known militia": a group noun with its descriptors is still the group.
_DESCRIBED_GROUP = re.compile(r"^(?:the|this)\s+(?:[\w-]+\s+){1,2}(?:group|militia|faction|movement)$", re.IGNORECASE)
# "The army said" right after "..., the General Command of the Jordanian Armed Forces said": the force
# that spoke in the sentence before.
# "the Iraqi military's Security Media Cell", "the U.S. military's Central Command": the body is named
# without the force it belongs to.
_FORCE_OWNER = re.compile(r"^(?:[\w.]+\s+){0,2}(?:military|army)['’]s\s+(?=[A-Z])")
_ACRONYM = re.compile(r"(?:[Tt]he\s+)?([A-Z](?:[a-z]?[A-Z]){1,7})")  # "CENTCOM", "AFRICOM", "MoD", "MoFAIC"
_FORCE_NOUNS = frozenset(("army", "military", "navy", "police"))
# "The jihadists said in their Amaq outlet": the fighters of the group last named speak for it.
_GROUP_NOUNS = frozenset("group militia faction organisation organization movement coalition "
                         "militants jihadists insurgents extremists".split())
_ARMED_NOUNS = _GROUP_NOUNS - {"coalition", "organisation", "organization"}
# "The Erbil Asayish, the region's security agency, described": the name, not its description.
_APPOS_TAIL = re.compile(r",\s+(?:the|a|an)\s+[^,]{3,80},\s*$")
_RELATIVE = re.compile(r",\s*(?:who|which)\b[^,]*,?")
# "at the convoy, which he said": the verb is the relative clause's, whose own subject speaks.
_OPEN_RELATIVE = re.compile(r",\s*(?:who|which|that)\s+([^,]+?)\s*$")
# "By 17:00 the post was deleted, and a new message said": a later message is the group's as much as its first.
_STATEMENT = re.compile(r"^(?:and\s+)?(?:the|its|their|a)\s+(?:(?:group|militia|faction|movement)['’]s\s+)?"
                        r"(?:(?:new|first|second|latest|later|separate|fresh|short|follow-up)\s+)?(?:statement|communique|post|message)"
                        # "A new statement published on the same channel said": where it appeared, not who spoke.
                        r"(?:\s+(?:published|posted|issued|released|carried)\b.*)?$", re.I)
_GROUP_POSSESSIVE = re.compile(r"\b(?:group|militia|faction|movement)['’]s\s", re.I)
# "A statement from the prime minister's media office said": the office speaks through it.
_STATEMENT_FROM = re.compile(r"\s*(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|message)\s+(?:issued\s+)?(?:from|by)\s+")
# "The KRSC statement reads:", "The Hamas statement said": the issuer is named before the noun.
_OWNED_STATEMENT = re.compile(r"(?:[Tt]he\s+)?(?!The\b)([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5})\s+(?:statement|communiqu[eé])\s*$")
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
_BODY_AFTER = re.compile(r"[ \t]+(?:media[ \t]+)?(?:cent(?:re|er)|office|wing)(?=\s*$)")
# "Iran's mission to the United Nations": the body's own complement is part of its name.
_POSSESSED_ORG = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_ORG_NOUNS})\b(?!\s+{BARE_ROLE})"
                            r"(?:\s+(?:to|in|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?")
# "The Ministry of X (MoX) strongly condemned": the bracketed short name and an adverb end the subject.
_SUBJECT_TAIL = re.compile(r"(?<=[\w)])(?:\s+\([A-Z](?:[a-z]?[A-Z]){1,7}\))?"
                           r"(?:\s+(?!(?:family|ally|assembly|daily|weekly|monthly|quarterly)\b)[a-z]{3,}ly)?$")
# Not a speaker: a conjunction left of a split subject, or "No group claimed responsibility".
# Nor a prepositional phrase ("of the defence committee", "at the ship") or a participle ("declining to
# say"): an aside or a clause after the quote, not its subject.
_NOT_SPEAKER = re.compile(r"(?i:who|which|that|and|or|but|nor)$|(?i:no|nobody|none)\b"
                          r"|(?:at|of|in|on|to|for|from|with|without|by|into|over|under|about)\b|[a-z]+ing\b")
# "Iraq's Foreign Ministry issued a statement rejecting “…”": the body that issued it speaks.
_ISSUED_TAIL = re.compile(r"(?<=\w)\s+(?:issued|released|published|posted|put out)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?"
                          r"(?:statement|communiqu[eé]|message)$")
# "Al-Masirah TV quoted the group's military spokesman as saying": the one quoted speaks, not the outlet.
_QUOTED_AS = re.compile(r"^.*?\bquoted\s+(.+?)\s+as$")
_GROUP_VOICE = re.compile(r"^(?:the|its|their)\s+(?:group|militia|movement|faction)['’]s\s+(?:[\w-]+\s+){0,2}"
                          r"spokes(?:man|woman|person)$", re.IGNORECASE)
# "The Pentagon referred questions to U.S. Central Command, which said": the body the relative clause hangs on.
_RELATIVE_HEAD = re.compile(r"\b(?:to|from|by|with|for)\s+((?:the\s+)?[A-Z](?:[^,.;“”\"]|(?<=[A-Z])\.){1,80}?),\s*(?:which|who)\s*$")
# "The defense official said" after "a U.S. defense official told": the source as first introduced.
_DEFINITE_SOURCE = re.compile(rf"^(?i:the)\s+((?:[\w.-]+\s+){{1,2}}{SOURCE_NOUN})$")
_INFINITIVE_TAIL = re.compile(r"(?<=\w)\s+(?:[a-z]{2,}ed|sought|chose)\s+to\b.*$")
# "one resident" is a resident, "Its Secretary-General" the Secretary-General, "But security sources" sources.
_DESCRIPTOR = re.compile(r"^(?:(?i:but|and|yet)\s+)?(?:(?i:the|an?|one|its|their)\s+)?(?:[\w.-]+-based\s+)?")
_ORG_OF = re.compile(rf"\b({_ORG_NOUNS.title()})\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}")
# "the company" refers back to a name ending like a firm's, or one written with its base ("Oslo-based X").
_COMPANY_NOUNS = frozenset(("company", "firm", "operator", "owner", "manager"))
_COMPANY = re.compile(r"(?:\b[A-Z][\w.-]*-based\s+)((?:[A-Z][\w&’'.-]*\s+){0,3}[A-Z][\w&’'.-]*)"
                      r"|\b((?:[A-Z][\w&’'.-]*\s+){1,3}(?:Lines|Shipping|Maritime|Marine|Tankers|Navigation"
                      r"|Logistics|Holdings|Petroleum|Management|Company|Ltd|Inc))\b")

# region's interior ministry", "the Joint Operations Command said in a statement", "X issued a statement".
_AND_BEFORE = re.compile(r",?\s+(?:and|but|then)\s+(?:also\s+)?$")
_STATEMENT_WORD = re.compile(r"\bstatements?\b")
_STATEMENT_BY = re.compile(r"\s+(?:issued\s+|released\s+|published\s+)?(?:by|from)\s+((?:the\s+)?[^,.;:“”\"]{3,90})")
# "X rejected the accusation in a statement": whatever X did "in" a statement, the statement is X's.
_ISSUED = re.compile(r"\b(?:said|says|announced|added|stated|wrote|issued|released|published|posted)\b"
                     r"[^.;:“”\"]{0,40}?\b(?:a|an|its|their|the)\s+(?:\w+\s+)?$"
                     r"|(?<![\w-])[a-z]{3,}ed\b[^.;:“”\"]{0,40}?\bin\s+(?:a|an|its|their)\s+(?:\w+\s+)?$")  # not "Iran-backed"




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
        name, _ = self.resolve(start, self._subject_end(start, verb.start()))
        return (m.start(), name) if name and name != "statement" else None

    def _subject_end(self, start: int, verb: int) -> int:
        """"X affirmed ..., and said in its statement": a coordinated verb shares the first verb's subject."""
        if _AND_BEFORE.search(self.text, max(start, verb - 12), verb) is None:
            return verb
        first = SPEECH_VERB_RE.search(self.text, start, verb)
        return first.start() if first else verb

    def _antecedent_body(self, pos: int) -> str | None:
        """What "it said" stands for: the latest of a group named outside an aside, a body quoted,
        a statement's issuer and a body that spoke in the sentence before."""
        a = self.last_subject(pos)
        spoke = self._body_before(pos)
        if a and spoke and a.start > spoke[0]:
            a = None  # "The council said the drone was launched by KH. In a statement, it said": what it said
        found = [(a.start, a.entry.name)] if a else []
        body = next((b for b in reversed(self.bodies) if b[0] < pos), None)
        found += [x for x in (body, self.statement_issuer(pos), spoke) if x]
        return max(found)[1] if found else None

    def _last_voice(self, pos: int) -> tuple[str | None, None]:
        """Whose "the statement" is when no statement was named: the body quoted last ("According to the
        Security Media Cell, the blast hit … “…”. “…,” the statement read."), unless a group was named since."""
        body = next((b for b in reversed(self.bodies) if b[0] < pos), None)
        a = self.last_subject(pos)
        if body and (a is None or body[0] > a.start):
            return body[1], None
        return (a.entry.name if a else None), None

    def _armed_group(self, pos: int) -> str | None:
        """"The Iran-backed group rejected the accusation" after a ministry blamed "the outlaw X militia" in its
        quoted words: a group noun means the last armed group named, quoted or not, never a ministry since."""
        for m in reversed(self.actors):
            if m.end <= pos and m.entry.kind != "state" and not in_aside(self.text, m):
                return m.entry.name
        return None

    def _led_body(self, pos: int, noun: str) -> str | None:
        """"the coalition said" after "the US-led coalition": a body known by its noun only, which a
        group named since ("the Kurdish-led Syrian Democratic Forces") does not stand for."""
        if noun not in _GROUP_NOUNS or f"-led {noun}" not in self.text[:pos]:
            return None
        a = self.last_subject(pos)
        return noun if a is None or noun not in a.entry.name.lower() else None

    def _body_before(self, pos: int) -> tuple[int, str] | None:
        """"The Central Command said its forces ... In a statement, it said:": a body, not a person,
        speaking in the sentence before."""
        if not self.sents:
            return None
        si = sentence_at(self.sents, pos)
        if si == 0:
            return None
        prev = self.sents[si - 1]
        # "A coalition calling itself X claimed …": the finite verb's subject spoke, not the participle's.
        verb = next((m for m in SPEECH_VERB_RE.finditer(self.text, prev.start, prev.end) if not m.group().endswith("ing")), None)
        if verb is None or self._quoted(verb.start()) or MARK_RE.search(self.text, prev.start, verb.start()):
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

    def is_quoted(self, open_at: int) -> bool:
        """Words, not a name, are quoted from `open_at`."""
        return any(a == open_at for a, _ in self.quoted)

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

    def _introduced_source(self, pos: int, role: str) -> Person | None:
        """The last unnamed source before `pos` whose name ends in `role` ("U.S. defense official")."""
        role = role.lower()
        found = None
        for p in self.persons:
            if p.end > pos:
                break
            if not p.named and p.name.lower().endswith(role):
                found = p
        return found

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

    def named_body(self, s: int, e: int) -> str | None:
        """"the SDF media centre said": a body named by its group and a noun, as the text writes it."""
        for m in self.actors:
            if m.start >= e:
                break
            if m.start >= s and (body := _BODY_AFTER.match(self.text, m.end, e)):
                return self.text[m.start:body.end()]
        return None

    def resolve(self, s: int, e: int) -> tuple[str | None, str | None]:
        p = self.person_in(s, e)
        if p:
            return p.name, p.role
        org = self.possessed_org(s, e) or self.named_body(s, e)
        if org:
            return org, None
        a = self.subject_actor(s, e)
        if a:
            return a.entry.name, _role_of(self.text[s:a.start])
        issued = _STATEMENT_FROM.match(self.text, s, e)
        if issued:
            return self.resolve(issued.end(), e)
        owner = _OWNED_STATEMENT.match(self.text, s, e)
        if owner:
            return self.resolve(owner.start(1), owner.end(1))
        head = _RELATIVE_HEAD.search(self.text, s, e)
        if head:
            return self.resolve(head.start(1), head.end(1))
        return self._resolve_phrase(s, _subject_phrase(self.text, s, e))

    def _resolve_phrase(self, s: int, phrase: str) -> tuple[str | None, str | None]:
        """Whom a subject's naming words at `s` stand for: a pronoun, a group noun, a statement or a role."""
        if _GROUP_VOICE.match(phrase):
            return self._armed_group(s) or self._antecedent_body(s), None
        low = phrase.lower()
        if low in ("he", "she", "him", "her", "his"):  # "According to her, “…”", "his pledge to “…”"
            p = self.last_speaker(s)
            return (p.name, p.role) if p else (None, None)
        if low in ("it", "they", "its", "their") or _DESCRIBED_GROUP.match(phrase) or (
                _ROLE_NOUN.match(phrase) and _ROLE_NOUN.match(phrase).group(1).lower() in _GROUP_NOUNS):
            noun = low.split()[-1]
            group = self._armed_group(s) if noun in _ARMED_NOUNS else None
            return self._led_body(s, noun) or group or self._antecedent_body(s), None
        if _STATEMENT.match(phrase):
            return self._statement_speaker(s, phrase)
        return self._named_by_noun(s, phrase)

    def _statement_speaker(self, s: int, phrase: str) -> tuple[str | None, None]:
        # "the group's statement said": the group last named, not the last group that spoke.
        owned = self.last_subject(s) if _GROUP_POSSESSIVE.search(phrase) else None
        a = owned or self.last_speaking_actor(s)
        issuer = self.statement_issuer(s)
        if issuer and (a is None or issuer[0] > a.start):
            # "It said the attack had been carried out by the PKK ... the statement added": a group
            # named since, but not as speaking, issued no statement.
            return issuer[1], None
        if a is None:
            return self._last_voice(s)
        return a.entry.name, None

    def _named_by_noun(self, s: int, phrase: str) -> tuple[str | None, str | None]:
        """"the defense official", "the ministry", "the company", "the military", "CENTCOM", "Pelagos": the
        source, body or name these words refer back to, else the words themselves."""
        definite = _DEFINITE_SOURCE.match(phrase)
        if definite and (p := self._introduced_source(s, definite.group(1))):
            return p.name, p.role
        rn = _ROLE_NOUN.match(phrase)
        org = self.last_org(s, rn.group(1).lower()) if rn else None
        if rn and rn.group(1).lower() in _COMPANY_NOUNS:
            org = _last_company(self.text, s)
        if rn and not org and rn.group(1)[:1].isupper():
            org = _last_full_name(self.text, s, rn.group(1))
        if rn and not org and rn.group(1).lower() in ORG_WORDS:
            org = _described_as(self.text, s, rn.group(1).lower())
        if rn and not org and rn.group(1).lower() in _FORCE_NOUNS:
            body = self._body_before(s)
            org = body[1] if body else _last_force(self.text, s)
        if org:
            return org, None
        if rn:
            p = self.last_person(s, rn.group(1).lower())
            if p:
                return _one_of(p, rn.group(1).lower()), p.role
        acronym = _ACRONYM.fullmatch(phrase)
        if acronym:
            return _expansion(self.text, s, acronym.group(1)) or acronym.group(1), None
        bare = _bare(phrase)
        return (_fuller_name(self.text, s, bare) if bare and bare[:1].isupper() else bare), None


def _subject_phrase(text: str, s: int, e: int) -> str:
    """The words of a subject that name its speaker: past relative clauses, appositives, time words, a
    clause it opens, an infinitive it hangs on, the statement it issued and the outlet that quoted it."""
    rel = _OPEN_RELATIVE.search(text, s, e)
    phrase = rel.group(1) if rel else _APPOS_TAIL.sub("", _RELATIVE.sub("", text[s:e]))
    phrase = phrase.rstrip(" ,")
    # '“…,” the official said, adding …': a quote begun in the sentence before leaves its closing mark.
    phrase = phrase[max(phrase.rfind(","), phrase.rfind("”"), phrase.rfind('"')) + 1:]
    phrase = " ".join(_TIME_WORDS.sub(" ", phrase).split()).strip(" ,")
    if phrase[:1].isupper():  # a name's tail, not a common noun's ("the family")
        phrase = _SUBJECT_TAIL.sub("", phrase, count=1)
    tails = list(_CLAUSE_WORD.finditer(phrase))
    tail = tails[-1] if tails else None
    # "X said that it condemned": "it" is X, whom the first verb names.
    if tail and tail.end() < len(phrase) and not SPEECH_VERB_RE.search(phrase, 0, tail.end()):
        phrase = phrase[tail.end():]
    # "She declined to say ..., saying only that …": the subject of the verb the infinitive hangs on.
    phrase = _INFINITIVE_TAIL.sub("", phrase, count=1)
    phrase = _ISSUED_TAIL.sub("", phrase, count=1)
    quoted_as = _QUOTED_AS.match(phrase)
    return quoted_as.group(1) if quoted_as else phrase


def _one_of(p: Person, noun: str) -> str:
    """"Two U.S. officials said ... “…,” the official said": one of unnamed sources is named by the bare
    singular role."""
    return p.name[:-1] if not p.named and p.name.lower().endswith(noun + "s") else p.name


# "the Israel Defense Forces", "the IDF", "the Lebanese Army": a force by its name or its initials.
_FORCE_NAME = re.compile(r"\b(?:[A-Z][\w’'-]*[ \t]+){1,4}(?:Forces|Army|Navy)\b|\b[A-Z]{3,5}\b")
_FORCE_END = re.compile(r"(?:Forces|Army|Navy)$")


def _last_force(text: str, pos: int) -> str | None:
    """"“…,” the military said" after "according to the Israel Defense Forces ... the IDF said": the force
    named last before it, spelled out."""
    found = None
    for m in _FORCE_NAME.finditer(text, 0, pos):
        name = _expansion(text, m.start(), m.group()) if m.group().isupper() else _DESCRIPTOR.sub("", m.group(), count=1)
        if name and _FORCE_END.search(name):
            found = name
    return found


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


# Words that do not open a fuller name before its short form: an article, a month, a weekday, a base
# ("Athens-based"), and an owner's possessive or initials, which the corpora leave out ("US Central Command"
# then "Central Command" is Central Command).
_OPENERS = "The|A|An|In|On|At|By|For|From|After|Before|When|While|As|But|And"  # words that open a sentence, not a name
_NOT_NAME_WORD = re.compile(rf"[A-Z.]+$|.*-based$|(?:{_OPENERS}|To|{'|'.join(m.title() for m in MONTH_NAMES)}"
                            r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$|.*['’]s$")


def _fuller_name(text: str, pos: int, short: str) -> str:
    """"Pelagos said" after "Athens-based Pelagos Tankers", "the Army Command said" after "the Lebanese Army
    Command": a body keeps the full name first given, of which the text later writes a part."""
    at = text.find(short, 0, pos)
    if at < 0:  # the short form never appeared before: nothing to lengthen
        return short
    for m in _fuller_rx(short).finditer(text, max(0, at - 60), pos):
        before = _name_words(m.group(1).split())
        after = m.group(2).split()
        while after and after[-1].lower() not in ORG_WORDS:  # "Pentagon Press Secretary" is no body
            after.pop()
        if before or after:
            return " ".join([*before, short, *after])
    return short


def _fuller_rx(short: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w’'-])((?:[A-Z][\w.&-]*[ \t]+){{0,3}}){re.escape(short)}((?:[ \t]+[A-Z][\w&-]*){{0,3}})(?![\w’'-])")


def _name_words(words: list[str]) -> list[str]:
    """The capitalised words right before a short form that belong to the name: not "The" or "On Monday"."""
    kept: list[str] = []
    for w in reversed(words):
        if _NOT_NAME_WORD.match(w):
            break
        kept.append(w)
    return kept[::-1]


def _described_as(text: str, pos: int, noun: str) -> str | None:
    """"the agency said" after "the United Kingdom Maritime Trade Operations, a British military agency": the
    body whose appositive calls it so."""
    if f" {noun}" not in text[:pos]:  # the pattern depends on the noun; most texts never use it before
        return None
    found = None
    rx = rf"((?:[A-Z][\w’'.&-]*[ \t]+(?:(?:of|for|and)[ \t]+(?:the[ \t]+)?)?)*[A-Z][\w’'.&-]*),[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){{0,3}}{noun}\b"
    for m in re.finditer(rx, text[:pos]):
        if not any(_NOT_NAME_WORD.match(w) for w in m.group(1).split()):  # "On Friday, the Lebanese army"
            found = m.group(1)
    return found


def _expansion(text: str, pos: int, acronym: str) -> str | None:
    """"the CTD said" after "the Kurdistan Region’s Counter-Terrorism Directorate (CTD)": the name spelled out;
    else the last name before whose initials spell it ("the IDF said" after "the Israel Defense Forces said")."""
    # "United Nations Interim Force in Lebanon (UNIFIL)": small words may join the name's words.
    m = re.search(rf"((?:[A-Z][\w’'.-]*\s+(?:(?:of|for|and|the|in|on|to)\s+)*){{1,6}})\({re.escape(acronym)}\)", text[:pos])
    if m:
        return re.sub(r"^The\s+", "", m.group(1).strip())  # the name without its article
    if len(acronym) < 3:  # "US", "UN": two letters fit too many names
        return None
    if len(acronym) >= 5 and (whole := _contracted(text, pos, acronym)):
        return whole
    initials = r"\s+(?:(?:of|for|and|the)\s+)?".join(rf"{c}[a-z’'-]+" for c in acronym)
    found = None
    # The initials spell the whole name: not "United Kingdom Maritime Trade Operations center" for "UKMTO".
    for m in re.compile(rf"\b{initials}\b(?![ \t]+(?:[A-Z]|cent(?:er|re)\b|office\b))").finditer(text, 0, pos):
        found = m.group()
    return found


# A run of capitalised words, initials included: "U.S. Central Command".
_CAPITAL_RUN = re.compile(r"\b(?:[A-Z][\w.’'-]*[ \t]+){1,5}[A-Z][\w’'-]*")
_RUN_OPENER = re.compile(rf"(?:{_OPENERS})$")


def _contracted(text: str, pos: int, acronym: str) -> str | None:
    """"CENTCOM said" after "U.S. Central Command said": the last name, as first given, whose words' first
    syllables make up the acronym (CENT-COM, AFRI-COM); initials alone, a letter a word, are not a contraction."""
    found = None
    for m in _CAPITAL_RUN.finditer(text, 0, pos):
        words = m.group().split()
        while words and _RUN_OPENER.match(words[0]):
            words.pop(0)
        if any(_spells(acronym.lower(), [w.lower() for w in words[i:]]) for i in range(len(words) - 1)
               if len(words) - i < len(acronym)):
            found = " ".join(words)
    return found


def _spells(acronym: str, words: list[str]) -> bool:
    """`acronym` is a prefix of each of `words` in turn, none left out."""
    if not words:
        return not acronym
    head = words[0]
    return any(_spells(acronym[k:], words[1:]) for k in range(1, min(len(head), len(acronym)) + 1)
               if acronym[:k] == head[:k])


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
    if SPEECH_VERB_RE.search(phrase):  # "the consulate said that it": a clause, the speaker is its subject
        return None
    return _proper(_FORCE_OWNER.sub("", _DESCRIPTOR.sub("", phrase, count=1), count=1)) or None


_INITIALS_GIVEN = re.compile(r"[ \t]+\([A-Z][A-Za-z]{1,7}\)")
_KIND_NOUN = ("agency", "centre", "center")


def _proper(name: str) -> str:
    """"The United Kingdom Maritime Trade Operations (UKMTO) agency", "the UK Maritime Trade Operations centre": a
    body's name without the initials it was given with, nor the lower-case kind of body after it."""
    name = _INITIALS_GIVEN.sub("", name)
    words = name.split()
    if len(words) > 2 and words[-1] in _KIND_NOUN and words[-2][:1].isupper():
        return " ".join(words[:-1])
    return name


def in_aside(text: str, m: Mention) -> bool:
    head = _ASIDE_OPEN.search(text, max(0, m.start - 120), m.start)
    if head is None or _ASIDE_CLOSE.match(text, m.end) is None:
        return False
    start = max(text.rfind(". ", 0, head.start()) + 2, text.rfind("\n", 0, head.start()) + 1)
    return not opens_subject(text, start, head.start())


def _role_of(prefix: str) -> str | None:
    words = [w for w in prefix.split() if w.lower() in TITLES]
    return words[-1] if words else None
