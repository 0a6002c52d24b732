"""Narrowing the incident list: every filter in one small form; enter applies."""

from __future__ import annotations


from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import Input, Label, Static

from db.listing import IncidentFilter, iso_date
from db.vocabulary import (ATTRIBUTION_STATUSES, CLAIM_STANCES, TLP_LEVELS, TRIAGE_STATUSES,
                           WEAPON_CATEGORIES)
from tui.choice_field import ChoiceField
from tui.form_dialog import FormDialog
from tui.literal import literal
from tui.palette import ATTRIBUTION_COLOURS, TRIAGE_COLOURS

ANY_CLAIM = "any claim"
FilterResult = tuple[IncidentFilter, str | None]


def _first(values: tuple[str, ...]) -> str | None:
    return values[0] if values else None


class FilterDialog(FormDialog[FilterResult | None]):
    DEFAULT_CSS = """
    FilterDialog > Vertical { width: 64; }
    """
    BINDINGS = [
        Binding("enter", "apply", "Apply", priority=True, id="filter.apply"),
        Binding("escape", "dismiss(None)", "Cancel", id="filter.cancel"),
    ]

    def __init__(self, current: IncidentFilter, actor_name: str | None = None) -> None:
        super().__init__()
        self.current = current
        self.actor_name = actor_name or ""

    def _row(self, label: str, field: Widget) -> Horizontal:
        return Horizontal(Label(label), field)

    def compose(self) -> ComposeResult:
        f = self.current
        actors = self.app.store.actors()  # type: ignore[attr-defined]
        names = sorted({n for a in actors for n in (a.name, *a.aliases)}, key=str.casefold)
        with Vertical() as box:
            box.border_title = "Filter incidents"
            yield self._row("Status", ChoiceField([None, *ATTRIBUTION_STATUSES],
                            _first(f.attribution_statuses), styles=ATTRIBUTION_COLOURS,
                            id="f-status"))
            yield self._row("Triage", ChoiceField([None, *TRIAGE_STATUSES],
                            _first(f.triage_statuses), styles=TRIAGE_COLOURS, id="f-triage"))
            yield self._row("Actor", Input(self.actor_name, placeholder="name or alias",
                            suggester=SuggestFromList(names, case_sensitive=False),
                            id="f-actor"))
            yield self._row("Tied how", ChoiceField(
                [ANY_CLAIM, *(s for s in CLAIM_STANCES if s != "unattributed")],
                f.actor_stance or ANY_CLAIM, id="f-stance"))
            yield self._row("From", Input(f.date_from or "", placeholder="YYYY-MM-DD",
                                          id="f-from"))
            yield self._row("To", Input(f.date_to or "", placeholder="YYYY-MM-DD", id="f-to"))
            yield self._row("Country", Input(f.country or "", id="f-country"))
            yield self._row("Admin1", Input(f.admin1 or "", id="f-admin1"))
            yield self._row("Weapon", ChoiceField([None, *WEAPON_CATEGORIES],
                                                  f.weapon_category, id="f-weapon"))
            yield self._row("TLP", ChoiceField([None, *TLP_LEVELS], f.tlp, id="f-tlp"))
            yield Static(Content("⏎ apply · esc cancel · ←/→ or a letter · tab next"),
                         id="filter-hint", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#f-status", ChoiceField).focus()

    def _text(self, field_id: str) -> str | None:
        return self.query_one(f"#{field_id}", Input).value.strip() or None

    def _choice(self, field_id: str) -> str | None:
        return self.query_one(f"#{field_id}", ChoiceField).value

    def action_apply(self) -> None:
        try:
            result = self._build()
        except ValueError as error:
            self.notify(literal(str(error)), title="Filter not applied", severity="error")
            return
        self.dismiss(result)

    def _build(self) -> FilterResult:
        actor_id, actor_name = None, self._text("f-actor")
        if actor_name:
            actor = self.app.store.find_actor(actor_name)  # type: ignore[attr-defined]
            if actor is None:
                raise ValueError(f"no actor named {actor_name!r} on the desk")
            actor_id, actor_name = actor.id, actor.name
        stance = self._choice("f-stance")
        status, triage = self._choice("f-status"), self._choice("f-triage")
        return IncidentFilter(
            attribution_statuses=(status,) if status else (),
            triage_statuses=(triage,) if triage else (),
            search=self.current.search, actor_id=actor_id,
            actor_stance=None if stance == ANY_CLAIM else stance,
            date_from=iso_date(self._text("f-from"), "From"),
            date_to=iso_date(self._text("f-to"), "To"),
            country=self._text("f-country"), admin1=self._text("f-admin1"),
            weapon_category=self._choice("f-weapon"), tlp=self._choice("f-tlp"),
        ), actor_name
