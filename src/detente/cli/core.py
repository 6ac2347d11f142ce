"""The core commands: extract, build, timeline, export, demo, timex, actors, actor."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable

import click

from detente import export, pipeline, query
from detente.cli.base import (
    EXIT_SKIPPED,
    check_output_folder,
    cli,
    db_option,
    dct_option,
    err,
    mode_option,
    settings_for,
)
from detente.engines.build import ENGINES
from detente.model import Document, Skipped
from detente.settings import Settings
from detente.store import open_store


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "csv"]), default="jsonl", show_default=True)
@dct_option
@mode_option
def extract(paths: tuple[str, ...], fmt: str, dct: str | None, mode: str | None) -> None:
    """Extract events from PATHS (files, directories, - for stdin) to stdout; nothing is stored.

    A file may be plain text, HTML, JSON Lines, a WARC crawl, a news feed (RSS, RDF, Atom), subtitles (.srt,
    .vtt) or e-mail (an .eml message, an .mbox of several), any of them gzipped; a feed, subtitle file or message
    saved as .txt is known by how it opens."""
    skipped: list[Skipped] = []
    events = []

    def documents() -> Iterable:
        for item in pipeline.extract_documents(paths, settings_for(mode), dct):
            if isinstance(item, Skipped):
                skipped.append(item)
                if item.failed:
                    err(item.message)
            else:
                yield from item.events

    if fmt == "table":
        events = list(documents())
        export.write_events(events, sys.stdout, "table")
    else:
        export.write_events(documents(), sys.stdout, fmt)
    if skipped:
        err(f"skipped {len(skipped)} input(s): {_reasons(skipped)}")
    if any(item.failed for item in skipped):
        sys.exit(EXIT_SKIPPED)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@dct_option
@mode_option
@click.option("--strict", is_flag=True, help="Stop with an error at the first input that cannot be read.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--engine", type=click.Choice(ENGINES), default=None,
              help="Run over resumable shards: local processes or a Dask cluster (default: this process, no shards).")
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes (--engine local: default one per core; dask: workers of the local cluster).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="An existing Dask scheduler, e.g. tcp://host:8786 (implies --engine dask).")
def build(paths: tuple[str, ...], db: str, dct: str | None, mode: str | None, strict: bool, quiet: bool,
          engine: str | None, workers: int | None, scheduler: str | None) -> None:
    """Extract events from PATHS and store them (documents, events, sources, actors) in the store.

    With --engine, --workers or --scheduler the input is cut into shards run by worker processes or a
    Dask cluster; each finished shard is recorded in the store, so the same command run again after a
    stop resumes after the last finished shard.
    """
    if engine is None and (workers is not None or scheduler is not None):
        engine = "dask" if scheduler else "local"
    with open_store(db) as store:
        if engine is None:
            report = _build_with_progress(paths, store, settings_for(mode), dct, strict, quiet)
        else:
            report = _build_on_engine(paths, store, settings_for(mode), dct, strict, quiet, engine, workers, scheduler)
    _print_report(report, db)
    if engine is not None:
        _print_shards(report)
    if any(item.failed for item in report.skipped):
        sys.exit(EXIT_SKIPPED)


def _build_on_engine(paths, store, settings: Settings, dct: str | None, strict: bool, quiet: bool,
                     engine: str, workers: int | None, scheduler: str | None):
    """``engines.build_parallel`` with a bar of shards and a count of documents; skipped inputs named as they come."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from detente.engines import BuildProgress, build_parallel

    console = Console(stderr=True)
    show = not quiet and console.is_terminal
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
        TextColumn("{task.completed}/{task.total} shards, {task.fields[documents]} documents, {task.fields[events]} events"),
        TimeElapsedColumn(), console=console, disable=not show, transient=True,
    ) as progress:
        task = progress.add_task(f"building on {engine}", total=None, documents=0, events=0)

        def advance(update: BuildProgress) -> None:
            for item in update.skipped:
                if not item.failed:
                    continue  # a web archive's image or redirect: counted in the summary, not an error
                progress.console.print(item.message, markup=False, highlight=False, soft_wrap=True)
                if strict:
                    raise click.ClickException(f"stopped by --strict: {item.message}")
            progress.update(task, total=update.shards_total, completed=update.shards_done,
                            documents=update.documents, events=update.events)

        return build_parallel(paths, store, engine, workers, scheduler, settings, dct, on_progress=advance)


def _print_shards(report) -> None:
    resumed = f" ({report.shards_resumed} finished by an earlier build)" if report.shards_resumed else ""
    rate = report.bytes / 1e6 / report.seconds if report.seconds else 0.0
    err(f"shards {report.shards_done + report.shards_resumed}/{report.shards_total}{resumed}, "
        f"{report.bytes / 1e6:.1f} MB in {report.seconds:.1f} s ({rate:.2f} MB/s) on {report.workers} worker(s)")


def _build_with_progress(paths, store, settings: Settings, dct: str | None, strict: bool, quiet: bool):
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    show = not quiet and console.is_terminal
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} documents"),
        TimeElapsedColumn(), console=console, disable=not show, transient=True,
    ) as progress:
        task = progress.add_task("building", total=None)

        def advance(item: Document | Skipped) -> None:
            if isinstance(item, Skipped) and item.failed:  # a web archive's images and redirects are only counted
                progress.console.print(item.message, markup=False, highlight=False, soft_wrap=True)
                if strict:
                    raise click.ClickException(f"stopped by --strict: {item.message}")
            progress.advance(task)

        return pipeline.build(paths, store, settings, dct, on_document=advance)


def _reasons(skipped: list[Skipped]) -> str:
    counts: dict[str, int] = {}
    for item in skipped:
        counts[item.reason] = counts.get(item.reason, 0) + 1
    return ", ".join(f"{reason} {count}" for reason, count in sorted(counts.items()))


def _print_report(report: pipeline.BuildReport, db: str) -> None:
    line = (
        f"documents read {report.read}, stored {report.stored}, unchanged {report.unchanged}, "
        f"skipped {len(report.skipped)}"
    )
    if report.skipped:
        line += f" ({_reasons(report.skipped)})"
    line += f", events {report.events} -> {_redact(db)}"
    click.echo(line)


@cli.command()
@db_option
@click.option("--actors", "actor_list", default=None, help="Comma-separated actors that must all take part, e.g. USA,USSR.")
@click.option("--from", "start", type=click.IntRange(1, 9999), default=None, help="First year.")
@click.option("--to", "end", type=click.IntRange(1, 9999), default=None, help="Last year.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--merged", is_flag=True,
              help="The merged timeline: one line per happening, with its sources (every one in jsonl) and a flag "
                   "where they disagree on the date or the type.")
def timeline(db: str, actor_list: str | None, start: int | None, end: int | None, fmt: str, merged: bool) -> None:
    """The stored events of a pair (or any set) of actors in date order; with --merged, the merged timeline."""
    _require_store(db)
    with open_store(db) as store:
        names = actor_list.split(",") if actor_list else []
        if merged:
            export.write_timeline(query.merged_timeline(store, names, start, end), sys.stdout, fmt)
        else:
            export.write_events(query.timeline_events(store, names, start, end), sys.stdout, fmt)


@cli.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "timelinejs"]), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None, help="File to write (default stdout).")
@click.option("--actors", "actor_list", default=None, metavar="A,B",
              help="timelinejs only: the timeline of this pair, with its periods as eras.")
def export_command(db: str, fmt: str, output: str | None, actor_list: str | None) -> None:
    """Every stored event, as JSON Lines or CSV; or the merged timeline as TimelineJS JSON."""
    _require_store(db)
    if actor_list and fmt != "timelinejs":
        raise click.BadParameter("--actors goes with --format timelinejs", param_hint="--actors")

    def write(store, handle) -> int:
        if fmt == "timelinejs":
            return export.write_timelinejs(store, handle, query.parse_actor_list(actor_list) or None)
        return export.write_events(store.events(), handle, fmt)

    if output:
        check_output_folder(output)
    with open_store(db) as store:
        if output:
            try:
                handle = open(output, "w", encoding="utf-8", newline="")
            except OSError as error:
                raise click.ClickException(f"{output}: cannot write ({error.strerror or error}); give another -o") from None
            with handle:
                count = write(store, handle)
            err(f"{count} events -> {output}")
        else:
            write(store, sys.stdout)


@cli.command()
@db_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def demo(db: str, quiet: bool) -> None:
    """Build the bundled demo corpus into the store and print the US–Soviet timeline."""
    from detente.resources import demo_paths

    with demo_paths() as paths:
        with open_store(db) as store:
            report = _build_with_progress([str(p) for p in paths], store, settings_for(), None, False, quiet)
            _print_report(report, db)
            shown = export.write_events(query.timeline_events(store, ["USA", "SUN"]), sys.stdout, "table")
            happenings = sum(1 for _ in query.merged_timeline(store, ["USA", "SUN"]))
            err(f"{shown} events of the United States and the Soviet Union, {happenings} happenings once the sources "
                f"that tell the same one are merged: detente timeline --merged --actors USA,SUN --db {_redact(db)}")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@dct_option
@mode_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
def timex(paths: tuple[str, ...], dct: str | None, mode: str | None, fmt: str) -> None:
    """Time expressions of PATHS (TIMEX3 type, value, mod), one JSON line per document."""
    from detente import time
    from detente.ingest.read import read_inputs

    skipped = 0
    for item in read_inputs(paths):
        if isinstance(item, Skipped):
            if item.failed:  # a web archive's images and redirects hold no text to tag: passed over
                skipped += 1
                err(item.message)
            continue
        published = dct or item.published
        tagged = time.tag(item.text, dct=published, mode=mode or "auto")
        records = [time.timex_record(t) for t in tagged if t.layer == "timex"]
        if fmt == "jsonl":
            click.echo(json.dumps({"doc_id": item.origin, "timexes": records}, ensure_ascii=False))
        else:
            for record in records:
                click.echo(f"{item.origin}\t{record['start']}-{record['end']}\t{record['type']}\t{record['value']}\t"
                           f"{record.get('mod') or ''}\t{record['text']}")
    if skipped:
        sys.exit(EXIT_SKIPPED)


@cli.command("actors")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
def actors_command(paths: tuple[str, ...], fmt: str) -> None:
    """Actor mentions of PATHS, each resolved to the entity valid at its date."""
    from detente.actors import mention_record

    skipped = 0
    for item in pipeline.extract_documents(paths):
        if isinstance(item, Skipped):
            if item.failed:  # a web archive's images and redirects hold no text to tag: passed over
                skipped += 1
                err(item.message)
            continue
        for mention in item.mentions:
            record = {"doc": item.origin, **mention_record(mention)}
            if fmt == "jsonl":
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                click.echo(f"{item.origin}\t{mention.start}-{mention.end}\t{mention.text}\t{mention.entity}\t"
                           f"{mention.kind}\t{mention.qid or ''}\t{mention.date or ''}")
    if skipped:
        sys.exit(EXIT_SKIPPED)


@cli.command()
@click.argument("name")
def actor(name: str) -> None:
    """The record of one actor, by code or name: names, codes, validity, predecessors, successors."""
    from detente import actors

    record = actors.lookup(name)
    if record is None:
        raise click.ClickException(f"no actor called {name!r}; try a code (USA, SUN) or a common name (Soviet Union)")
    click.echo(json.dumps(record, ensure_ascii=False, indent=2))


def _redact(db: str) -> str:
    """The store as a message may name it: a URL loses its password."""
    import re

    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", db)


def _require_store(db: str) -> None:
    from pathlib import Path

    if db != ":memory:" and not db.startswith(("postgresql://", "postgres://")) and not Path(db).exists():
        raise click.ClickException(f"{db}: no such store; build one first with `detente build PATH... --db {db}`")


@cli.command("settings")
def settings_command() -> None:
    """Every setting with its value in force, where it came from (defaults < detente.toml < DETENTE_* variables)
    and what it is for."""
    import os
    from pathlib import Path

    from detente.settings import _read_toml

    current = settings_for()
    in_file = _read_toml(Path("detente.toml")) if Path("detente.toml").exists() else {}
    for name, default, text in Settings.describe():
        value = getattr(current, name)
        variable = f"DETENTE_{name.upper()}"
        origin = f"from {variable}" if variable in os.environ else "from detente.toml" if name in in_file else ""
        notes = [part for part in (origin, "" if value == default else f"default {default}") if part]
        marker = f"  ({'; '.join(notes)})" if notes else "  (default)"
        click.echo(f"{name} = {value!r}{marker}\n    {text}")
