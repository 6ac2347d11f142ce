"""Commands over the merged timeline: index, periods, conflicts, plot."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from detente import query
from detente.cli.base import FINITE, check_output_folder, cli, db_option
from detente.store import open_store


def _open(db: str):
    if db != ":memory:" and not db.startswith(("postgresql://", "postgres://")) and not Path(db).exists():
        raise click.ClickException(f"{db}: no such store; build one first with `detente build PATH... --db {db}`")
    return open_store(db)


def _pair(actor_list: str) -> list[str]:
    codes = query.parse_actor_list(actor_list)
    if len(codes) != 2:
        raise click.BadParameter(f"give exactly two actors, e.g. USA,USSR (got {actor_list!r})", param_hint="--actors")
    return codes


actors_option = click.option("--actors", "actor_list", required=True, metavar="A,B",
                             help="The pair, as codes or names: USA,USSR (the USSR, Soviet Russia and Russia are one line).")


@cli.command("index")
@db_option
@actors_option
@click.option("--by", type=click.Choice(["month", "year", "decade"]), default="year", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True)
@click.option("--ordered", is_flag=True, help="Only what the first actor does to the second (default: both ways).")
@click.option("--halflife", type=FINITE, default=None, metavar="N",
              help="Half-life of the smoothed index in buckets (default 12 months, 2 years, 1 decade).")
def index_command(db: str, actor_list: str, by: str, fmt: str, ordered: bool, halflife: float | None) -> None:
    """The relations index of a pair: events by quad class, Goldstein sum and mean, smoothed index, per bucket."""
    from detente.timeline.index import relations_index

    pair = _pair(actor_list)
    with _open(db) as store:
        rows = relations_index(store, pair, by=by, ordered=ordered, halflife=halflife)
    if not rows:
        from detente.cli.core import _redact

        click.echo(f"no dated events between {pair[0]} and {pair[1]} in {_redact(db)}", err=True)
    records = [row.to_dict() for row in rows]
    columns = ["bucket", "start", "events", "quad1", "quad2", "quad3", "quad4", "neutral", "goldstein_sum",
               "goldstein_mean", "smoothed"]
    if fmt == "jsonl":
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for record in records:
            writer.writerow([record[column] for column in columns])
    else:
        _table(columns, [[_cell(record[column]) for column in columns] for record in records])


@cli.command("periods")
@db_option
@actors_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.option("--penalty", type=FINITE, default=None, metavar="P",
              help="Change-point penalty, a multiple of the BIC penalty (default 1; larger: fewer periods).")
@click.option("--kind", type=click.Choice(["all", "stated", "detected"]), default="all", show_default=True)
def periods_command(db: str, actor_list: str, fmt: str, penalty: float | None, kind: str) -> None:
    """Periods of a pair: detected by change points on the yearly index, and stated by the texts, with sources."""
    from detente.timeline.periods import DEFAULT_PENALTY, periods

    kinds = ("stated", "detected") if kind == "all" else (kind,)
    with _open(db) as store:
        found = periods(store, _pair(actor_list), DEFAULT_PENALTY if penalty is None else penalty, kinds)
    if fmt == "jsonl":
        for period in found:
            click.echo(json.dumps(period.to_dict(), ensure_ascii=False))
        return
    columns = ["start", "end", "kind", "level", "label", "polarity", "mean_goldstein", "events", "key_events", "sources"]
    _table(columns, [[str(p.start), str(p.end), p.kind, str(p.level), p.label, p.polarity, _cell(p.mean_goldstein), str(p.events),
                      " ".join(p.key_events), "; ".join(sorted({Path(s["doc"]).name for s in p.sources}))] for p in found])


@cli.command("conflicts")
@db_option
@click.option("--actors", "actor_list", default=None, metavar="A,B", help="Only timeline events involving all these actors.")
@click.option("--kind", type=click.Choice(["all", "date", "type"]), default="all", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def conflicts_command(db: str, actor_list: str | None, kind: str, fmt: str) -> None:
    """Timeline events whose sources disagree on the date or the type, with every version and its sources."""
    from detente.timeline.conflicts import conflicts
    from detente.timeline.families import family

    families = [family(code) for code in query.parse_actor_list(actor_list)] if actor_list else None
    with _open(db) as store:
        found = conflicts(store, families, None if kind == "all" else kind)
    if fmt == "jsonl":
        for record in found:
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    rows = []
    for record in found:
        dates = "; ".join(f"{v['date']} ({v['support']}: {', '.join(sorted({Path(s['doc']).name for s in v['sources']}))})"
                          for v in record["dates"])
        types = "; ".join(f"{v['type']} ({v['support']})" for v in record["types"])
        rows.append([record["date"] or "—", record["conflict"], ",".join(record["actors"]), record["type"], dates, types,
                     _short(record["evidence"], 90)])
    _table(["chosen", "conflict", "actors", "type", "dates (support: sources)", "types (support)", "evidence"], rows)


@cli.command("plot")
@db_option
@actors_option
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True), help="FILE.svg or FILE.png")
@click.option("--by", type=click.Choice(["month", "year", "decade"]), default="year", show_default=True)
@click.option("--penalty", type=FINITE, default=None, metavar="P", help="Change-point penalty of the detected periods.")
def plot_command(db: str, actor_list: str, output: str, by: str, penalty: float | None) -> None:
    """The index of a pair as a line, with its periods shaded and key events marked (needs matplotlib)."""
    from detente.timeline.plot import plot

    if Path(output).suffix.lower() not in (".svg", ".png"):
        raise click.BadParameter(f"{output}: the file must end in .svg or .png", param_hint="-o")
    check_output_folder(output)
    with _open(db) as store:
        summary = plot(store, _pair(actor_list), output, by=by, penalty=penalty)
    click.echo(f"{summary['buckets']} {by}s, {summary['periods']} periods, {summary['key_events']} key events -> {output}",
               err=True)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:+.2f}"
    return str(value)


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _table(columns: list[str], rows: list[list[str]]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))  # Text: brackets in evidence are not markup
    Console(file=sys.stdout, width=200, highlight=False, soft_wrap=False).print(table)
