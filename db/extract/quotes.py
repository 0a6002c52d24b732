"""Quoted spans and whether they are statements.

Convention (shared with the demo desk): a quote's text is exactly the characters between its
marks, marks excluded. A quote that runs over several paragraphs (a paragraph opens a mark
and ends without closing it, the next paragraph opens again) gives one quote per paragraph
piece, each piece running to the end of its paragraph; `continues` links a piece to the one
before, and all pieces share the speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"[\"“”]")
_WORDS = re.compile(r"[\w’'-]+")
# Words that introduce a name, a slogan or a title rather than a statement.
_TITLE_CUE = re.compile(
    r"(?:\bphrase|\bslogan|\bdubbed|\btitled|\bentitled|\bnamed|\bcodenamed|\bcode-named|\bso-called|\bknown as"
    r"|\bwords|\bbanner|\bhashtag|\bsign|\boperation|\bcampaign|\bof the|\bcalled itself|\bcalling itself"
    r"|\breading)\s*,?\s*$",
    re.IGNORECASE,
)


# "described the attacks as “a dangerous escalation”": the fragment is the speaker's words.
_INTRODUCED = re.compile(r"(?:\bas|\bcalled \w+|\bcalling \w+|\bsaid|\bsays|\btermed \w+)\s*:?\s*$", re.IGNORECASE)
# A verb of speech earlier in the same clause reports the fragment as the speaker's words: "called the
# strike a “warning strike”", "said the attack caused “no losses”", "accused them of “looting”".
_REPORTED = re.compile(r"\b(?:said|says|saying|adding|called|calling|described|describing|termed|accused|accusing|told|warned|added)\b"
                       r"[^“”\"!?;:]{0,110}$")


# "struck Kurdish “separatists”": one word quoted after a proper adjective of its noun phrase is a scare quote.
_MODIFIED = re.compile(r"\s[A-Z][a-z]+[ \t]+$")
_SMALL_WORDS = frozenset(("of", "the", "to", "for", "and", "in", "on", "a", "al"))


@dataclass(slots=True)
class RawQuote:
    start: int
    end: int
    open_at: int
    close_at: int | None  # None: runs to the end of its paragraph
    para: int
    continues: bool = False


def find_spans(text: str, paras: list[tuple[int, int]]) -> list[RawQuote]:
    out: list[RawQuote] = []
    open_piece = False
    for i, (ps, pe) in enumerate(paras):
        marks = [m.start() for m in _MARK.finditer(text, ps, pe)]
        continues = open_piece and bool(marks) and marks[0] == ps
        open_piece = False
        for k in range(0, len(marks), 2):
            o = marks[k]
            if k + 1 < len(marks):
                c = marks[k + 1]
                out.append(RawQuote(o + 1, c, o, c, i, continues and k == 0))
            else:
                end = pe
                out.append(RawQuote(o + 1, end, o, None, i, continues and k == 0))
                open_piece = True
    return [q for q in out if q.end > q.start]


def _titled(words: list[str]) -> bool:
    """"Sword of the Coast", "Death to America": a short title-case run is a name, a title or a slogan."""
    # "Saraya Thar al-Muhandis": a capital after the article's hyphen counts.
    return len(words) <= 5 and all(w[:1].isupper() or w in _SMALL_WORDS or w[3:4].isupper() and w[2] == "-" for w in words)


def is_name(text: str, q: RawQuote) -> bool:
    """A quoted name or title ("a group calling itself “Saraya X”"), not words someone said."""
    return _titled(_WORDS.findall(text, q.start, q.end))


def is_statement(text: str, q: RawQuote, attributed: bool) -> bool:
    """A statement, not a scare-quoted word or a title.

    Four words or more read as speech unless a cue such as "the phrase" or "dubbed" introduces
    them; shorter pieces count only when they end in punctuation inside the marks and a speech
    verb attributes them ("said their troops “remain at risk,”").
    """
    if q.continues:
        return True
    body = text[q.start:q.end]
    before = text[max(0, q.open_at - 40):q.open_at]
    if _TITLE_CUE.search(before):
        return False
    words = _WORDS.findall(body)
    if _titled(words):
        return False
    if len(words) >= 4:
        return True
    if not attributed or (len(words) == 1 and _MODIFIED.search(before)):
        return False
    if len(words) >= 2 and (body.rstrip()[-1:] in ",.!?" or _INTRODUCED.search(before)):
        return True
    return _REPORTED.search(text, max(0, q.open_at - 130), q.open_at) is not None
