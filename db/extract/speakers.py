"""Who said a quote: the usual news attribution patterns around and before each quote."""

from __future__ import annotations

import re
from functools import lru_cache

from .people import TITLES
from .quotes import RawQuote, is_name
from .references import Resolver
from .segment import Sentence, sentence_at
from .speech import MARK_RE, SPEECH_VERB, SPEECH_VERB_RE

# A subject may hold the dots of initials and titles ("John F. Kirby", "Maj. Gen.").
_RANKS = ("Gen", "Maj", "Lt", "Col", "Brig", "Capt", "Sgt", "Adm", "Cmdr", "Dr", "Mr", "Ms", "Mrs", "Sen", "Rep", "Gov", "Prof")
_ABBR_DOT = r"(?:(?<=\b[A-Z])\.|" + "|".join(rf"(?<=\b{r})\." for r in _RANKS) + ")"
_AFTER1 = re.compile(rf"\s*[,.]?\s*((?:[^.“”\"!?;]|{_ABBR_DOT}){{1,90}}?)\s+(?:\w+ly\s+)?({SPEECH_VERB})\b")
_AFTER2 = re.compile(rf"\s*[,.]?\s*({SPEECH_VERB})\s+((?:[^.,;“”\"]|{_ABBR_DOT}){{1,90}})")
# `“… attack.” the ministry said`: a full stop inside the marks, yet the sentence goes on in lower case.
_LOWER_NEXT = re.compile(r"[ \t]+(?:the|a|an|he|she|it|they)\b")
# "The statement reads:" introduces a text quoted whole, as "said:" introduces words spoken (not "read from a
# statement:", whose subject reads aloud and is found as the speaker of what follows by the usual patterns).
_INTRO_END = re.compile(rf"\b(?:{SPEECH_VERB}\b[^.:;“”\"]{{0,90}}[:.]|reads?:)\s*$")
# "“…,” the statement read.": a document's words (never a speech verb: "he read a statement" speaks).
_STATEMENT_READ = re.compile(r"\s*[,.]?\s*((?:the|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:statement|communiqu[eé]|message"
                             r"|post|letter))\s+reads?\b")
_TRIM_AFTER2 = re.compile(r"\s+(?:in|on|at|who|to|during|late|early|after|before|from|when|while)\b.*$", re.S)
_COORDINATED = re.compile(r"\b(?:and|but|then)\s+(?:also\s+)?$")  # a verb with no subject of its own
_CONJ = re.compile(r"(?:and|but|or|then|as|while|before|after|which|that|although|though|because|whereas)\b", re.I)


def attribute(
    text: str, sents: list[Sentence], raw: list[RawQuote], res: Resolver
) -> list[tuple[str | None, str | None, bool]]:
    """(speaker, role, attributed) for each raw quote, in order."""
    out: list[tuple[str | None, str | None, bool]] = []
    # A quoted name ("a group calling itself “Saraya X”") is no one's words: it neither speaks nor hides a group.
    names = [not q.continues and is_name(text, q) for q in raw]
    res.quoted = [(q.open_at, q.close_at or q.end) for q, name in zip(raw, names) if not name]
    res.sents = sents
    for i, q in enumerate(raw):
        if names[i]:
            out.append((None, None, False))
            continue
        found = _after(text, q, res) if q.close_at is not None else None
        if found is None:
            found = _before(text, sents, raw, i, res)
        if found is None and not q.continues:
            found = _owned_words(text, sents, q, res)
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
        # 'belong to “a cell …” and “confessed to …,” the statement said': partial quotes strung through
        # one sentence share the speaker named after the last.
        elif out[i][2] and not out[i - 1][2] and not names[i - 1] and _same_sentence(sents, raw[i - 1], raw[i]):
            out[i - 1] = out[i]
    return _named_later(text, raw, out, res)


def _same_sentence(sents: list[Sentence], a: RawQuote, b: RawQuote) -> bool:
    return sentence_at(sents, a.open_at) == sentence_at(sents, b.open_at)


_NAMED_WITHIN = 700  # about two paragraphs: how far on copy names a source it first quoted by role


@lru_cache(maxsize=64)
def _role_ties(head: str) -> tuple[re.Pattern, re.Pattern]:
    """What ties a name to "the <head>" before it ("the spokesman, Minister X Samer Rawashdeh") and after it
    ("Hamid al-Jubouri, the commander,")."""
    role = rf"the (?:[\w-]+ )?{re.escape(head)}"
    return re.compile(rf"\b{role},\s+[^,.;“”\"]{{0,60}}$", re.I), re.compile(rf",\s+{role}\b", re.I)


def _named_later(text: str, raw: list[RawQuote], out: list, res: Resolver) -> list:
    """"A government spokesman said Jordan “…” ... “…,” the spokesman, Minister X Samer Rawashdeh, told
    Petra": a source quoted first by role and named further on as "the <role>" takes the name."""
    named = [p for p in res.persons if p.named]
    if not named:
        return out
    people = {p.name for p in named}
    for i, (speaker, role, ok) in enumerate(out):
        heads = [w for w in (speaker or "").lower().split() if w in TITLES] if speaker not in people else []
        if not heads:
            continue
        before, after = _role_ties(heads[-1])
        for p in named:
            if raw[i].end < p.start < raw[i].end + _NAMED_WITHIN and (
                    before.search(text, max(0, p.start - 90), p.start) or after.match(text, p.end)):
                out[i] = (p.name, p.role, ok)
                break
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
    if si == 0 or sents[si - 1].para != sent.para or SPEECH_VERB_RE.search(text, sent.start, sent.end):
        return None
    prev = sents[si - 1]
    verb = SPEECH_VERB_RE.search(text, prev.start, prev.end)
    if verb is None or MARK_RE.search(text, prev.start, verb.start()):
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
    if intro is None or MARK_RE.search(text, prev.start, ps - 1) or MARK_RE.match(text, _para_start(text, prev.start)):
        return None
    # "In a statement posted to its channel, the group said:": the verb closing the introduction, not one before.
    verb = [m.start() for m in SPEECH_VERB_RE.finditer(text, intro.start(), ps - 1)][-1:] or [intro.start()]
    name, role = res.resolve(prev.start, verb[0])
    return (name, role) if name else None


# "The group's public statement that it has “…”", "Prime Minister X's commitment to “…”", "its denial that
# “…”": words owned by whoever the possessive names.
_OWNED_WORDS = re.compile(
    r"(?:(?<![\w-])((?:(?:a[lsdnrt]h?-|el-)?[A-Z][\w.’'-]*[ \t]+){0,5}(?:a[lsdnrt]h?-|el-)?[A-Z][\w’'-]*|[Tt]he[ \t]+[a-z]+)['’]s?"
    r"|\b([Ii]ts|[Tt]heir|[Hh]is|[Hh]er))[ \t]+"
    r"(?:[a-z-]+[ \t]+){0,2}?(?:statement|commitment|pledge|promise|vow|claim|denial|warning|assurance|insistence|words)"
    r"(?:[ \t]+that(?:[ \t]+[^,.;“”\"]{1,40}?)?|[ \t]+to)?[ \t]*$")


def _owned_words(text: str, sents: list[Sentence], q: RawQuote, res: Resolver) -> tuple[str, str | None] | None:
    sent = sents[sentence_at(sents, q.open_at)]
    m = _OWNED_WORDS.search(text, max(sent.start, q.open_at - 160), q.open_at)
    if m is None:
        return None
    owner = 1 if m.group(1) else 2
    name, role = res.resolve(m.start(owner), m.end(owner))
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
    read = _STATEMENT_READ.match(text, pos)
    if read:
        name, role = res.resolve(read.start(1), read.end(1))
        if name:
            return name, role
    m1 = _AFTER1.match(text, pos)
    if m1 and m1.group(2).lower() != "according to" and _words(m1.group(1)) <= 12 and not _CONJ.match(m1.group(1)):
        name, role = res.resolve(m1.start(1), m1.end(1))
        if name:
            return name, role
    return None


# "a Jizan resident, who asked not to be named for fear of reprisal, told CNN": the aside lengthens no subject.
_WHO_ASIDE = re.compile(r",\s*who\b[^,]*,")


def _words(subject: str) -> int:
    return len(_WHO_ASIDE.sub("", subject).split()) if "who" in subject else len(subject.split())


def _before(text: str, sents: list[Sentence], raw: list[RawQuote], i: int, res: Resolver):
    q = raw[i]
    sent = sents[sentence_at(sents, q.open_at)]
    inside = [(r.open_at, (r.close_at or r.end)) for r in raw[:i] if r.open_at >= sent.start]
    verbs = [m for m in SPEECH_VERB_RE.finditer(text, sent.start, q.open_at) if not any(a <= m.start() <= b for a, b in inside)]
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
    # "The consulate said in a statement that it condemned “…”", "X said … and vowed “…”": when the last
    # verb's subject names nobody, the subject of the sentence's first finite verb speaks ("A group
    # calling itself X said": not the participle's).
    first = next((m for m in verbs if not m.group().endswith("ing")), verbs[0])
    if _COORDINATED.search(text, max(sent.start, verb.start() - 12), verb.start()):
        verb = first  # "The ministry said it had summoned the envoy, and called on Tehran to “…”"
    # A quoted name stays in the subject ("a group calling itself “Saraya X” said"); words quoted end it.
    spoken = [(a, b) for a, b in inside if res.is_quoted(a)]
    return _subject(sent.start, spoken, verb, res) or _subject(sent.start, spoken, first, res)


def _subject(s: int, inside: list[tuple[int, int]], verb: re.Match, res: Resolver) -> tuple[str, str | None] | None:
    for a, b in inside:
        if b < verb.start():
            s = b + 1
    name, role = res.resolve(s, verb.start())
    return (name, role) if name else None
