"""The Markdown brief for a shift report: counts by status, then each incident in words.

Plain sentences and lists only, so it reads as well in a terminal or an email as rendered.
Imported text is quoted as it is; Markdown in it is the reader's to see, not to run.
"""

from __future__ import annotations

from typing import BinaryIO, TextIO

from db.exchange.exporting import Gathered, Selection, write_text
from db.vocabulary import ATTRIBUTION_STATUSES, LIKELIHOODS

CONFIDENCE_WORDS = {"low": "low confidence", "moderate": "moderate confidence",
                    "high": "high confidence"}


def likelihood_words(term: str | None) -> str | None:
    if not term:
        return None
    low, high = LIKELIHOODS[term]
    return f"{term.replace('-', ' ')} ({low}-{high}%)"


def _header(selection: Selection, tlp_max: str) -> list[str]:
    counts = [f"{selection.by_status[s]} {s}" for s in ATTRIBUTION_STATUSES
              if selection.by_status.get(s)]
    lines = ["# Shift brief", "",
             f"{len(selection.items)} incidents: {', '.join(counts) or 'none'}.",
             f"Marked up to TLP:{tlp_max.upper()}."]
    if selection.held_back:
        lines.append(f"{selection.held_back} incidents marked above that are not included.")
    return lines + [""]


def _attribution(item: Gathered, selection: Selection) -> str:
    incident = item.incident
    lead = selection.actors.get(incident.lead_actor_id or -1)
    words = [incident.attribution_status]
    if lead:
        words.append(f"lead actor {lead.name}")
    judgement = [w for w in (likelihood_words(incident.likelihood),
                             CONFIDENCE_WORDS.get(incident.confidence or "")) if w]
    if judgement:
        words.append(", ".join(judgement))
    return "; ".join(words)


def _incident(item: Gathered, selection: Selection) -> list[str]:
    incident = item.incident
    when = incident.occurred_on or "date unknown"
    if incident.time_precision and incident.time_precision != "day":
        when += f" (to the {incident.time_precision})"
    lines = [f"## {incident.title or '(untitled)'}", "",
             f"- When: {when}", f"- Where: {incident.place or 'place unknown'}",
             f"- Attribution: {_attribution(item, selection)}"]
    if incident.weapon:
        lines.append(f"- Weapon: {incident.weapon}")
    lines += ["", incident.summary.strip() or "No summary.", ""]
    if item.quotes:
        lines += ["Key quotes:", ""]
        for quote in item.quotes:
            said = ", ".join(p for p in (quote.speaker or "unnamed speaker",
                                         quote.outlet, quote.published_on) if p)
            lines.append(f"- \"{quote.text}\" ({said})")
        lines.append("")
    if item.claims:
        lines += ["Claims:", ""]
        for claim in item.claims:
            who = claim.actor_name or "no one named"
            extra = [w for w in (likelihood_words(claim.likelihood), claim.confidence and
                                 CONFIDENCE_WORDS[claim.confidence]) if w]
            by = f", according to {claim.asserted_by}" if claim.asserted_by else ""
            lines.append(f"- {claim.stance}: {who}{by}"
                         + (f" ({', '.join(extra)})" if extra else ""))
        lines.append("")
    return lines


def write_brief(selection: Selection, out: TextIO | BinaryIO, *, tlp_max: str) -> None:
    lines = _header(selection, tlp_max)
    for item in selection.items:
        lines += _incident(item, selection)
    write_text(out, "\n".join(lines).rstrip() + "\n")
