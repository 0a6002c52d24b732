"""The desk's own commands in the command palette (ctrl+p)."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from db.listing import SORT_KEYS
from db.vocabulary import ATTRIBUTION_STATUSES, TRIAGE_STATUSES

# (palette text, help, DeskScreen action)
DESK_COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("Set attribution status", "Pick the highlighted incident's status (s)", "set_status"),
    ("Edit attribution", "Status, lead actor, likelihood, confidence inline (a)",
     "edit_attribution"),
    ("Set triage status", "new, in_progress, reviewed, closed (t)", "set_triage"),
    ("Next new incident", "Jump to the next incident still new (n)", "next_new"),
    ("Add claim from quote", "Record who the highlighted quote names, and how (c)",
     "add_claim"),
    ("Undo last change", "Take back your last change (u)", "undo"),
    ("Import a file or pasted article", "Articles, ACLED, GTD, STIX, JSON (i)", "import"),
    ("Review imported proposals", "Accept, edit, reject or merge what imports proposed (r)",
     "review"),
    ("Focus incidents", "Pane 1", "focus_pane(0)"),
    ("Focus detail", "Pane 2", "focus_pane(1)"),
    ("Focus quotes", "Pane 3", "focus_pane(2)"),
    ("Focus attribution", "Pane 4", "focus_pane(3)"),
    ("Search incidents", "Full-text search over incidents, quotes and actors (/)",
     "list('search')"),
    ("Filter incidents", "Status, triage, actor, dates, place, weapon, TLP (f)",
     "list('filter')"),
    ("Clear filters", "Show every incident again (F)", "list('clear_filters')"),
    *((f"Filter: status {s}", "Only incidents with this attribution status",
       f"filter_status('{s}')") for s in ATTRIBUTION_STATUSES),
    *((f"Filter: triage {s}", "Only incidents in this triage state",
       f"filter_triage('{s}')") for s in TRIAGE_STATUSES),
    *((f"Sort by {key}", "Order the incident list (o cycles, O reverses)",
       f"sort_by('{key}')") for key in SORT_KEYS),
    *((f"Export listed incidents as {label}", "The incident list as filtered now",
       f"export('{fmt}')") for fmt, label in (("stix", "STIX 2.1"), ("csv", "CSV"),
                                              ("json", "JSON"), ("md", "a Markdown brief"))),
    ("Show keys", "Every key the desk answers to (?)", "help"),
    ("Quit", "Leave threatdesk (q)", "quit"),
)


class DeskCommands(Provider):
    """Palette entries that run the desk screen's actions."""

    def _run(self, action: str) -> None:
        desk = self.app.desk_screen  # type: ignore[attr-defined]
        self.app.call_later(partial(self.app.run_action, action, desk))

    async def discover(self) -> Hits:
        for text, help_text, action in DESK_COMMANDS:
            yield DiscoveryHit(text, partial(self._run, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, help_text, action in DESK_COMMANDS:
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), partial(self._run, action),
                          help=help_text)
