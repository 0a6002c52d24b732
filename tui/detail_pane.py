"""The Detail pane: every field of the highlighted incident, readable at a glance."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from db.models import Incident, Source
from db.vocabulary import LIKELIHOODS
from tui.literal import clean, literal
from tui.palette import attribution_style, triage_style


def _join(*parts: object, sep: str = ", ") -> str:
    return sep.join(str(p) for p in parts if p not in (None, ""))


def _casualties(incident: Incident) -> str:
    if incident.killed is None and incident.injured is None:
        return "not reported"
    killed = "?" if incident.killed is None else incident.killed
    injured = "?" if incident.injured is None else incident.injured
    return f"{killed} killed, {injured} injured"


def likelihood_words(likelihood: str | None) -> str:
    if likelihood is None:
        return ""
    low, high = LIKELIHOODS[likelihood]
    return f"{likelihood} ({low}–{high}%)"


def incident_fields(incident: Incident, lead_actor: str | None,
                    sources: list[Source]) -> list[tuple[str, str, str]]:
    """(label, value, style) for each line of the pane."""
    when = _join(incident.occurred_on or "undated",
                 incident.time_precision and f"precise to the {incident.time_precision}", sep=" ")
    coords = (f"{incident.latitude:.4f}, {incident.longitude:.4f}"
              if incident.latitude is not None and incident.longitude is not None else "")
    return [
        ("When", when, ""),
        ("Where", _join(incident.location, incident.admin1, incident.country), ""),
        ("Coordinates", _join(coords, incident.geo_precision, sep=" · "), ""),
        ("Event type", incident.event_type or "", ""),
        ("Weapon", _join(incident.weapon, incident.weapon_category and
                         f"[{incident.weapon_category}]", sep=" "), ""),
        ("Count", "" if incident.munition_count is None else str(incident.munition_count), ""),
        ("Target", incident.target or "", ""),
        ("Outcome", incident.outcome or "", ""),
        ("Casualties", _casualties(incident), ""),
        ("Attribution", incident.attribution_status, attribution_style(incident.attribution_status)),
        ("Lead actor", lead_actor or "", ""),
        ("Likelihood", likelihood_words(incident.likelihood), ""),
        ("Confidence", incident.confidence or "", ""),
        ("Triage", incident.triage_status, triage_style(incident.triage_status)),
        ("TLP", incident.tlp.upper(), ""),
        ("Sources", "; ".join(map(_source_line, sources)), ""),
        ("Record", f"#{incident.id} · version {incident.version} · updated "
                   f"{incident.updated_at or incident.created_at or '—'}", "dim"),
    ]


def _source_line(source: Source) -> str:
    """Outlet, date and grading; an imported paste may have no outlet (its headline names
    it then) and no grading, which reads better as a word than as "??"."""
    name = source.outlet or source.title or f"source #{source.id}"
    grading = source.grading if source.reliability or source.credibility else "ungraded"
    return _join(name, source.published_on, grading, sep=" · ")


def render_fields(incident: Incident, lead_actor: str | None, sources: list[Source]) -> Table:
    """Label beside value in a grid, so a long value wraps under itself. Rich ``Text``
    built from a string is literal: no markup is read from outside text."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1)
    for label, value, style in incident_fields(incident, lead_actor, sources):
        if value:
            grid.add_row(Text(label, style="bold dim"), Text(clean(value), style=style))
    return grid


class DetailPane(VerticalScroll, can_focus=True):
    DEFAULT_CSS = """
    DetailPane #detail-title { text-style: bold; margin-bottom: 1; }
    DetailPane #detail-summary { margin-top: 1; }
    """

    def compose(self) -> ComposeResult:
        yield Static(Content("No incident selected"), id="detail-title")
        yield Static(Content(""), id="detail-fields")
        yield Static(Content(""), id="detail-summary")

    def show(self, incident: Incident | None, lead_actor: str | None,
             sources: list[Source]) -> None:
        title = self.query_one("#detail-title", Static)
        title.update(literal(incident.title) if incident else Content("No incident selected"))
        fields = self.query_one("#detail-fields", Static)
        fields.update(render_fields(incident, lead_actor, sources) if incident else Content(""))
        summary = incident.summary if incident else ""
        self.query_one("#detail-summary", Static).update(literal(summary))
