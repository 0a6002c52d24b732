"""Extraction of quotes, actors, claim stances and incident candidates from a news report.

Pure standard library: the gazetteer comes in as data, nothing here touches the desk.
"""

from __future__ import annotations

from datetime import date
from typing import Sequence

from .clauses import clauses
from .dates import DateIndex
from .gazetteer import DEFAULT_GAZETTEER, GazetteerEntry, Mention, find_mentions, self_named
from .incidents import find_incidents, place_key
from .meta import read_meta
from .quotes import find_spans, is_statement
from .segment import lowered, paragraphs, sentences
from .people import find_persons
from .references import Resolver
from .speakers import attribute
from .stances import find_stances
from .types import ArticleMeta, Extraction, IncidentCandidate, Quote, Stance

__all__ = [
    "DEFAULT_GAZETTEER", "ArticleMeta", "Extraction", "GazetteerEntry", "IncidentCandidate", "Mention", "Quote",
    "Stance", "extract", "find_mentions", "place_key",
]


class _Clauses(dict):
    """Clauses of a sentence, split only when a stance or incident pattern asks for them; read on the
    lower-cased text, where the boundary pattern runs without IGNORECASE."""

    def __init__(self, text: str, sents: list) -> None:
        super().__init__()
        self.text, self.sents = text, sents

    def __missing__(self, i: int) -> list[tuple[int, int]]:
        s = self.sents[i]
        self[i] = value = clauses(self.text, s.start, s.end)
        return value


def extract(
    text: str, gazetteer: Sequence[GazetteerEntry] = DEFAULT_GAZETTEER, published_on: date | None = None
) -> Extraction:
    """Everything an import proposes from one article; `published_on` overrides a date in the text."""
    meta = read_meta(text)
    if published_on is not None:
        meta = ArticleMeta(meta.outlet, meta.dateline, meta.headline, published_on)
    pub = meta.published_on
    paras = paragraphs(text)
    sents = sentences(text, paras)
    mentions = self_named(text, find_mentions(text, gazetteer))
    res = Resolver(text, find_persons(text, mentions), mentions)
    raw = find_spans(text, paras)
    quotes = [
        Quote(text[q.start:q.end], q.start, q.end, speaker, role)
        for q, (speaker, role, attributed) in zip(raw, attribute(text, sents, raw, res))
        if is_statement(text, q, attributed)
    ]
    low = lowered(text)
    dates = DateIndex(text, pub, low)
    clause_map = _Clauses(low, sents)
    stances = find_stances(text, sents, mentions, quotes, res, pub, dates, clause_map, low)
    candidates = find_incidents(text, sents, pub, dates, clause_map, low)
    return Extraction(meta, tuple(quotes), tuple(stances), tuple(candidates))
