"""`threatdesk import` and `threatdesk export`: files in and out of the desk."""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from db.articles import ArticleOptions, decode_article
from db.errors import DeskError
from db.exchange import EXPORT_FORMATS, export
from db.export_file import export_to_file, listed_ids
from db.imports import IMPORT_FORMATS, Outcome, describe_counts, import_path, import_text
from db.listing import IncidentFilter, IncidentQuery, IncidentWindow, iso_date
from db.store import Store
from db.vocabulary import ATTRIBUTION_STATUSES, RELIABILITIES, TLP_LEVELS, TRIAGE_STATUSES
from tui.cli_common import fail, open_store


def _iso(value: str | None, name: str) -> str | None:
    try:
        return iso_date(value, name)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def _import_one(store: Store, name: str, fmt: str, options: ArticleOptions,
                progress: Progress) -> Outcome:
    task = progress.add_task(name, total=None)

    def advance(done: int, total: int) -> None:
        progress.update(task, completed=done, total=total)

    try:
        if name == "-":
            data = sys.stdin.buffer.read()
            return import_text(store, decode_article(data, "stdin"), "stdin", options)
        return import_path(store, Path(name), format=fmt, options=options, progress=advance)
    finally:
        progress.update(task, completed=1, total=1, visible=False)


@click.command("import")
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(IMPORT_FORMATS), default="auto",
              show_default=True, help="What the files are; auto reads it from each file.")
@click.option("--outlet", help="Outlet of the articles (else read from the text).")
@click.option("--url", help="Where the article was published.")
@click.option("--published", help="Publication date YYYY-MM-DD (else read from the text).")
@click.option("--tlp", type=click.Choice(TLP_LEVELS), default="amber", show_default=True)
@click.option("--reliability", type=click.Choice(tuple(RELIABILITIES)),
              help="Source reliability, NATO admiralty code A-F.")
@click.pass_context
def import_command(context: click.Context, files: tuple[str, ...], fmt: str,
                   outlet: str | None, url: str | None, published: str | None, tlp: str,
                   reliability: str | None) -> None:
    """Import FILES: news articles (text, Markdown, HTML; - for standard input), ACLED or
    GTD exports, STIX 2.1 bundles, or threatdesk JSON. Each file is its own transaction:
    one that fails leaves the desk as it was, and the others still import."""
    day = _iso(published, "--published")
    options = ArticleOptions(outlet=outlet, url=url,
                             published=date.fromisoformat(day) if day else None,
                             tlp=tlp, reliability=reliability)
    store = open_store(context)
    err = Console(stderr=True, highlight=False, markup=False)
    totals: Counter[str] = Counter()
    failures = 0
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=err, transient=True, disable=not err.is_terminal) as progress:
        for name in files:
            try:
                outcome = _import_one(store, name, fmt, options, progress)
            except DeskError as error:
                failures += 1
                err.print(f"threatdesk: {error}")
                continue
            totals.update(outcome.counts)
            for note in outcome.notes:
                err.print(f"  {note}")
            err.print(outcome.line())
    store.close()
    click.echo(f"imported {len(files) - failures} of {len(files)} files: "
               f"{describe_counts(totals)}")
    if failures:
        sys.exit(2)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: standard output).")
@click.option("--tlp-max", type=click.Choice(TLP_LEVELS), default="amber+strict",
              show_default=True, help="Nothing marked above this leaves the desk.")
@click.option("--status", type=click.Choice(ATTRIBUTION_STATUSES), multiple=True)
@click.option("--triage", type=click.Choice(TRIAGE_STATUSES), multiple=True)
@click.option("--actor", help="Only incidents tied to this actor (name or alias).")
@click.option("--stance", type=click.Choice(("claimed", "denied", "suspected", "assessed")),
              help="With --actor: only incidents where the actor has this stance.")
@click.option("--from", "date_from", help="First date, YYYY-MM-DD.")
@click.option("--to", "date_to", help="Last date, YYYY-MM-DD.")
@click.option("--search", default="", help="Full-text search, as / in the app.")
@click.option("--bom", is_flag=True, help="CSV: start with a UTF-8 byte order mark.")
@click.pass_context
def export_command(context: click.Context, fmt: str, out: Path | None, tlp_max: str,
                   status: tuple[str, ...], triage: tuple[str, ...], actor: str | None,
                   stance: str | None, date_from: str | None, date_to: str | None,
                   search: str, bom: bool) -> None:
    """Export incidents as STIX 2.1, CSV, JSON or a Markdown brief, with the same filters
    as the incident list."""
    store = open_store(context)
    actor_id = None
    if actor:
        found = store.find_actor(actor)
        if found is None:
            fail(f"no actor named {actor!r} on the desk")
        actor_id = found.id
    incident_filter = IncidentFilter(
        attribution_statuses=status, triage_statuses=triage, search=search,
        actor_id=actor_id, actor_stance=stance,
        date_from=_iso(date_from, "--from"), date_to=_iso(date_to, "--to"))
    query = IncidentQuery(filter=incident_filter)
    if message := IncidentWindow(store.db, query).message:
        fail(f"search: {message}")
    ids = listed_ids(store, query)
    try:
        if out is None:
            report = export(store, ids, fmt, sys.stdout, tlp_max=tlp_max, bom=bom)
        else:
            report = export_to_file(store, ids, fmt, out, tlp_max=tlp_max, bom=bom)
    except (DeskError, OSError) as error:
        fail(str(error))
    store.close()
    held = f" ({report.held_back} held back above TLP {tlp_max})" if report.held_back else ""
    click.echo(f"exported {report.count} incidents as {fmt}{held}", err=True)
