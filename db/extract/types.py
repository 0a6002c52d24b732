"""Frozen result types of the extractor: what an import proposes to the desk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    outlet: str | None = None
    dateline: str | None = None
    headline: str | None = None
    published_on: date | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """Verbatim quoted words: `text == article[start:end]`, quotation marks excluded."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_role: str | None = None


@dataclass(frozen=True, slots=True)
class Stance:
    """One piece of claim evidence; `start`/`end` bound the sentence it rests on."""

    actor: str | None
    stance: str
    asserted_by: str | None
    start: int
    end: int
    quote_index: int | None = None


@dataclass(frozen=True, slots=True)
class IncidentCandidate:
    occurred_on: str | None
    time_precision: str | None
    location: str | None
    admin1: str | None
    country: str | None
    target: str | None
    weapon: str | None
    weapon_category: str | None
    munition_count: int | None
    outcome: str
    start: int
    end: int

    @property
    def place(self) -> str | None:
        """The most specific place known, as analysts read it in a list."""
        return self.location or self.admin1 or self.country


@dataclass(frozen=True, slots=True)
class Extraction:
    meta: ArticleMeta
    quotes: tuple[Quote, ...]
    stances: tuple[Stance, ...]
    candidates: tuple[IncidentCandidate, ...]
