"""The ``detente`` command group, its shared options and its exit codes.

The CLI is a thin layer over the library: each command (in the sibling modules)
parses its options, calls one library function and renders what it returns.  Errors the library raises on purpose (:class:`DetenteError`) become one
line on stderr in one place (:class:`DetenteGroup`).  Exit codes: 0 all went well, 1 an
error stopped the command, 2 the command line was wrong, 3 the command finished
but some inputs were skipped (each named on stderr with its reason).
"""

from __future__ import annotations

import datetime
import math
import re

import click

from detente.errors import DetenteError
from detente.settings import Settings
from detente.store import DEFAULT_PATH

EXIT_SKIPPED = 3
CONTEXT = {"help_option_names": ["-h", "--help"]}


def settings_for(mode: str | None = None) -> Settings:
    """Settings from ./detente.toml and DETENTE_* variables, with the command line's values on top."""
    return Settings.load(mode=mode)


def err(message: str) -> None:
    click.echo(message, err=True)


def db_option(function):
    return click.option("--db", "db", default=DEFAULT_PATH, show_default=True, help="The store: an SQLite file, or a postgresql:// URL.")(function)


_DCT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][0-9:.+\-Z]*)?)?)?$")


def check_dct(ctx, param, value: str | None) -> str | None:
    """``--dct`` as given, when it is a real date (YYYY-MM-DD, a time after it allowed; YYYY-MM; YYYY)."""
    if value is None or not value.strip():
        return None
    found = _DCT.match(value.strip())
    if found:
        year, month, day = found.groups()
        try:
            datetime.date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            found = None
    if not found:
        raise click.BadParameter(f"{value!r} is not a date; give the publication date as YYYY-MM-DD, e.g. 1962-10-24",
                                 ctx, param)
    return value.strip()


def dct_option(function):
    return click.option(
        "--dct", default=None, metavar="DATE", callback=check_dct,
        help="Publication date (YYYY-MM-DD) for documents that carry none.",
    )(function)


def mode_option(function):
    return click.option(
        "--mode",
        type=click.Choice(["auto", "news", "narrative"]),
        default=None,
        help="How relative dates are anchored: news (publication date), narrative (the story's own time), auto.",
    )(function)


def check_output_folder(path: str) -> None:
    """Stop before any work when the folder of an output file does not exist (open() would raise at the end)."""
    import os

    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise click.ClickException(f"{path}: cannot write, no folder {folder}; create it first or give another -o")


class FiniteFloat(click.ParamType):
    """A float that is a real number: click's FLOAT takes "nan" and "inf", which then fail or pass every comparison."""

    name = "number"

    def convert(self, value, param, ctx):
        if isinstance(value, float) and math.isfinite(value):
            return value
        try:
            number = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number", param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number", param, ctx)
        return number


FINITE = FiniteFloat()


class DetenteGroup(click.Group):
    """Turns the library's own errors into one clear line and exit code 1, in one place."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DetenteError as error:
            raise click.ClickException(str(error)) from None
        except KeyboardInterrupt:  # Ctrl-C: click would say only "Aborted!"
            if ctx.invoked_subcommand in ("build", "demo"):
                raise click.ClickException("interrupted; the documents stored so far are kept: run the same command "
                                           "again to go on from there") from None
            raise click.ClickException("interrupted") from None


@click.group(cls=DetenteGroup, context_settings=CONTEXT)
@click.version_option(package_name="detente")
def cli() -> None:
    """detente: documents about relations between states -> a sourced, dated, coded timeline of events."""


