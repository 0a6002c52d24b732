"""The `threatdesk` command: open the desk, write a demo desk, and the version."""

from __future__ import annotations

import gc
import importlib
import os
import sys
from pathlib import Path

import click
from platformdirs import user_data_path

from db.errors import DeskError
from db.store import Store, default_analyst
from tui.cli_common import fail

DB_ENV = "THREATDESK_DB"


def default_desk_path() -> Path:
    return user_data_path("threatdesk") / "desk.db"


class _LazyGroup(click.Group):
    """Imports a subcommand's module only when it is asked for: opening the desk has no use
    for the exchange formats, whose imports cost ~80 ms of every start-up."""

    LAZY = {"import": "tui.cli_exchange:import_command",
            "export": "tui.cli_exchange:export_command"}

    def list_commands(self, context: click.Context) -> list[str]:
        return sorted([*super().list_commands(context), *self.LAZY])

    def get_command(self, context: click.Context, name: str) -> click.Command | None:
        if name in self.LAZY:
            module, attribute = self.LAZY[name].split(":")
            command: click.Command = getattr(importlib.import_module(module), attribute)
            return command
        return super().get_command(context, name)


@click.group(cls=_LazyGroup, invoke_without_command=True)
@click.option("--db", "db_path", type=click.Path(path_type=Path), envvar=DB_ENV,
              help=f"Desk file (default: {default_desk_path()}; or ${DB_ENV}).")
@click.option("--analyst", default=default_analyst, show_default="your login name",
              help="Name written to the audit log for your changes.")
# Looked up when asked for: reading the installed packages' metadata cost 20 ms a start.
@click.version_option(package_name="threatdesk", prog_name="threatdesk")
@click.pass_context
def main(context: click.Context, db_path: Path | None, analyst: str) -> None:
    """A keyboard-driven desk for conflict and threat analysts.

    With no command, opens the desk (creating a demo desk if there is none yet).
    """
    context.ensure_object(dict)
    context.obj.update(db_path=db_path or default_desk_path(), analyst=analyst)
    if context.invoked_subcommand is None:
        open_desk(context.obj["db_path"], analyst)


def open_desk(path: Path, analyst: str) -> None:
    # Start-up allocates hundreds of thousands of long-lived objects (modules, styles,
    # widgets) and the collector kept walking them; the app turns it back on, frozen, once
    # the first page is painted.
    gc.disable()
    from db.demo.loader import write_demo

    notice = None
    if not path.exists():
        try:
            write_demo(path)
        except (DeskError, OSError) as error:
            fail(str(error))
        notice = f"No desk at {path} yet: created one with the demo incidents."
    try:
        store = Store.open(path, analyst=analyst)
    except DeskError as error:
        fail(str(error))
    except OSError as error:
        fail(f"cannot open {path}: {error.strerror}")
    from tui.app import ThreatdeskApp
    from tui.keymap import load_keymap

    try:
        keymap = load_keymap()
    except ValueError as error:
        fail(f"bad keymap: {error}")
    app = ThreatdeskApp(store, notice=notice, keymap=keymap)
    try:
        app.run()
    finally:
        store.close()
    sys.exit(app.return_code or 0)


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Replace an existing file.")
def demo(path: Path, force: bool) -> None:
    """Write a fresh demo desk to PATH."""
    from db.demo.loader import write_demo

    try:
        written = write_demo(path, force=force)
    except DeskError as error:
        fail(str(error))
    except OSError as error:
        fail(f"cannot write {path}: {error.strerror}")
    click.echo(f"demo desk written to {written}")


if __name__ == "__main__":
    main(prog_name="threatdesk")
