"""Importing news articles: the extractor's proposals written to the desk for review.

One article is one transaction: its source row, the quotes found in it, the actors it names
that the desk did not know, the incidents it reports (as proposed incidents, triage `new`)
and the claims (``proposed_by = extractor``, ``review_status = proposed``). Nothing here
touches an existing incident's attribution: the analyst accepts, edits or rejects each
proposal in the review queue (``db.review``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from db import vocabulary as vocab
from db.audit import Transaction
from db.errors import DeskError, ValidationError
from db.models import Actor
from db.review import merge_targets
from db.search_index import reindex
from db.store import Store

if TYPE_CHECKING:
    from db.extract import Extraction, GazetteerEntry, IncidentCandidate, Stance

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # wire copy runs to kilobytes; past this it is not one
EVENT_TYPES = {
    "drone": "Air/drone strike",
    "ied": "Remote explosive/landmine/IED",
    "small-arms": "Armed clash",
    "other": "Attack",
}
DEFAULT_EVENT_TYPE = "Shelling/artillery/missile attack"


class ArticleError(DeskError):
    """This file cannot be read as an article; the desk is unchanged."""


@dataclass(frozen=True)
class ArticleOptions:
    """What the analyst says about the article; each overrides what the text carries."""

    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    tlp: str = "amber"
    reliability: str | None = None
    credibility: str | None = None


@dataclass
class ArticleReport:
    name: str
    source_id: int | None = None
    duplicate_of: int | None = None
    quotes: int = 0
    claims: int = 0
    candidates: int = 0
    actors_added: int = 0
    merge_offers: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ArticleText:
    text: str
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    warnings: tuple[str, ...] = ()


def decode_article(data: bytes, name: str) -> ArticleText:
    """Bytes to article text: refuses binaries, replaces bad UTF-8 (and says so), reads HTML."""
    if not data.strip():
        raise ArticleError(f"{name}: empty file, nothing to import")
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{name}: {len(data) / 1_048_576:.1f} MB is too large to be one "
                           f"article (the limit is {MAX_ARTICLE_BYTES // 1_048_576} MB)")
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{name}: a binary file, not an article")
    warnings: tuple[str, ...] = ()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        warnings = (f"{name}: not valid UTF-8; undecodable bytes were replaced with �",)
    if _looks_like_html(text):
        return _from_html(text, name, warnings)
    return ArticleText(text=text.replace("\r\n", "\n"), warnings=warnings)


def _looks_like_html(text: str) -> bool:
    head = text[:4096].lower()
    return head.lstrip().startswith("<") and any(t in head for t in ("<html", "<body", "<p",
                                                                      "<article", "<div"))


def _from_html(html: str, name: str, warnings: tuple[str, ...]) -> ArticleText:
    # trafilatura is the well-kept extractor of article bodies; it is slow to import.
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_recall=True)
    if not text:
        raise ArticleError(f"{name}: HTML with no article text in it")
    meta = trafilatura.extract_metadata(html)
    published = None
    if meta is not None and meta.date:
        try:
            published = date.fromisoformat(meta.date[:10])
        except ValueError:
            published = None
    return ArticleText(text=text, title=meta.title if meta else None,
                       outlet=meta.sitename if meta else None, published=published,
                       warnings=warnings)


def read_article_file(path: Path) -> ArticleText:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ArticleError(f"{path}: a directory, not an article") from None
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror})") from None
    return decode_article(data, path.name)


def gazetteer_for(store: Store) -> list[GazetteerEntry]:
    """The desk's actors first, then the built-in groups the desk does not know yet."""
    # The extractor compiles its patterns on import: paid by an import, not by start-up.
    from db.extract import DEFAULT_GAZETTEER, GazetteerEntry

    actors = store.actors()
    names = {n.casefold() for a in actors for n in (a.name, *a.aliases)}
    parents = {a.id: a.name for a in actors}
    desk = [GazetteerEntry(a.name, tuple(a.aliases), a.kind, parents.get(a.parent_actor_id or 0))
            for a in actors]
    seeded = [e for e in DEFAULT_GAZETTEER
              if not names & {n.casefold() for n in (e.name, *e.aliases)}]
    return desk + seeded


def import_article(store: Store, article: ArticleText, name: str,
                   options: ArticleOptions = ArticleOptions()) -> ArticleReport:
    """Propose everything in one article; a second import of the same text is a no-op."""
    _check_options(options)
    report = ArticleReport(name=name, warnings=list(article.warnings))
    sha = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    existing = store.db.execute("SELECT id FROM sources WHERE sha256 = ?", (sha,)).fetchone()
    if existing:
        report.duplicate_of = existing[0]
        return report
    from db.extract import extract

    gazetteer = gazetteer_for(store)
    found = extract(article.text, gazetteer, options.published or article.published)
    with store.transaction() as tx:
        _write(store, tx, article, found, sha, options, gazetteer, report)
    return report


def _check_options(options: ArticleOptions) -> None:
    if options.tlp not in vocab.TLP_LEVELS:
        raise ValidationError(f"{options.tlp!r} is not a TLP level; use one of: "
                              f"{', '.join(vocab.TLP_LEVELS)}")
    if options.reliability and options.reliability not in vocab.RELIABILITIES:
        raise ValidationError(f"{options.reliability!r} is not a reliability grade (A-F)")


def _write(store: Store, tx: Transaction, article: ArticleText, found: Extraction, sha: str,
           options: ArticleOptions, gazetteer: list[GazetteerEntry],
           report: ArticleReport) -> None:
    meta = found.meta
    published = options.published or article.published or meta.published_on
    source_id = tx.insert("sources", {
        "outlet": options.outlet or article.outlet or meta.outlet, "url": options.url,
        "title": article.title or meta.headline, "text": article.text, "sha256": sha,
        "published_on": published.isoformat() if published else None,
        "reliability": options.reliability, "credibility": options.credibility,
        "tlp": options.tlp, "imported_at": tx.ts})
    report.source_id = source_id
    incidents = [_propose_incident(tx, c, article.text, meta.headline, options.tlp, source_id)
                 for c in found.candidates]
    starts = [c.start for c in found.candidates]
    quote_ids = [tx.insert("quotes", {
        "source_id": source_id, "incident_id": _nearest(incidents, starts, q.start),
        "speaker": q.speaker or "", "speaker_role": q.speaker_role or "", "text": q.text,
        "start_offset": q.start, "end_offset": q.end, "kind": "direct"})
        for q in found.quotes]
    actors = _ActorBook(store, tx, gazetteer)
    for stance in found.stances:
        targets = _claim_targets(stance, incidents, starts)
        if not targets:
            report.warnings.append(f"{report.name}: a {stance.stance} statement with no "
                                   "attack in the article to attach it to was left out")
            continue
        quote_id = (quote_ids[stance.quote_index] if stance.quote_index is not None
                    else _reported_quote(tx, source_id, targets[0], article.text, stance))
        for incident_id in targets:
            tx.insert("claims", {
                "incident_id": incident_id, "actor_id": actors.id_for(stance.actor),
                "stance": stance.stance, "asserted_by": stance.asserted_by or "",
                "quote_id": quote_id, "source_id": source_id, "proposed_by": "extractor",
                "review_status": "proposed", "created_at": tx.ts})
            report.claims += 1
    reindex(store.db, incidents)
    report.quotes, report.candidates = len(quote_ids), len(incidents)
    report.actors_added = actors.added
    report.merge_offers = sum(1 for i in incidents if merge_targets(store, i))


def _claim_targets(stance: Stance, incidents: list[int], starts: list[int]) -> list[int]:
    """The incidents a stance speaks to. "No group has claimed", "no specific attribution":
    a statement naming nobody is said of the article's attacks as a whole, so it goes to
    each; a statement about an actor goes to the attack it follows."""
    if stance.actor is None:
        return incidents
    nearest = _nearest(incidents, starts, stance.start)
    return [] if nearest is None else [nearest]


def _nearest(incidents: list[int], starts: list[int], offset: int) -> int | None:
    """The incident reported last before ``offset`` in the text (else the first one)."""
    if not incidents:
        return None
    before = [i for i, start in enumerate(starts) if start <= offset]
    return incidents[before[-1] if before else 0]


def _reported_quote(tx: Transaction, source_id: int, incident_id: int, text: str,
                    stance: Stance) -> int:
    """A claim with no direct quote rests on its sentence, kept as a reported statement."""
    return tx.insert("quotes", {
        "source_id": source_id, "incident_id": incident_id,
        "speaker": stance.asserted_by or "", "speaker_role": "",
        "text": text[stance.start:stance.end], "start_offset": stance.start,
        "end_offset": stance.end, "kind": "reported"})


def candidate_title(candidate: IncidentCandidate, headline: str | None) -> str:
    what = candidate.weapon or candidate.weapon_category or "attack"
    count = f"{candidate.munition_count} " if candidate.munition_count else ""
    place = candidate.place
    verb = {"intercepted": "intercepted near", "foiled": "foiled near"}.get(candidate.outcome,
                                                                             "at")
    title = f"{count}{what} {verb} {place}" if place else (headline or f"{count}{what}")
    return title[:1].upper() + title[1:]


def _propose_incident(tx: Transaction, candidate: IncidentCandidate, text: str,
                      headline: str | None, tlp: str, source_id: int) -> int:
    incident_id = tx.insert("incidents", {
        "title": candidate_title(candidate, headline), "occurred_on": candidate.occurred_on,
        "time_precision": candidate.time_precision,
        "event_type": EVENT_TYPES.get(candidate.weapon_category or "", DEFAULT_EVENT_TYPE),
        "weapon": candidate.weapon, "weapon_category": candidate.weapon_category,
        "munition_count": candidate.munition_count, "target": candidate.target,
        "location": candidate.location, "admin1": candidate.admin1,
        "country": candidate.country, "outcome": candidate.outcome,
        "summary": text[candidate.start:candidate.end], "triage_status": "new",
        "review_status": "proposed", "tlp": tlp, "created_at": tx.ts, "updated_at": tx.ts,
        "version": 1})
    tx.link_source(incident_id, source_id)
    return incident_id


class _ActorBook:
    """Actor ids by gazetteer name, adding a built-in group to the desk the first time."""

    def __init__(self, store: Store, tx: Transaction, gazetteer: list[GazetteerEntry]):
        self.store, self.tx = store, tx
        self.entries = {e.name: e for e in gazetteer}
        self.ids: dict[str, int] = {}
        self.added = 0

    def id_for(self, name: str | None) -> int | None:
        if name is None:
            return None
        if name not in self.ids:
            actor = self.store.find_actor(name)
            self.ids[name] = actor.id if actor else self._add(self.entries[name])
        return self.ids[name]

    def _add(self, entry: GazetteerEntry) -> int:
        parent: Actor | None = self.store.find_actor(entry.parent) if entry.parent else None
        self.added += 1
        return self.tx.insert("actors", {
            "name": entry.name, "aliases": json.dumps(list(entry.aliases), ensure_ascii=False),
            "kind": entry.kind, "parent_actor_id": parent.id if parent else None,
            "notes": "added by article import from the built-in gazetteer"})
