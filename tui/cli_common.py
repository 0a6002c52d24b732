"""What every `threatdesk` command shares: the one-line failure, and opening the desk."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from db.errors import DeskError
from db.store import Store


def fail(message: str) -> NoReturn:
    """One line on stderr and exit code 2: how every bad input ends on the command line."""
    click.echo(f"threatdesk: {message}", err=True)
    sys.exit(2)


def open_store(context: click.Context) -> Store:
    """The desk named by --db (created empty if missing), as the named analyst."""
    path, analyst = context.obj["db_path"], context.obj["analyst"]
    try:
        return Store.open(path, analyst=analyst, create=True)
    except DeskError as error:
        fail(str(error))
    except OSError as error:
        fail(f"cannot open {path}: {error.strerror}")
