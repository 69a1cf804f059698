"""Command functions ``ingest``, ``export`` and ``query`` (registered by ``cli.py``).

Thin: each parses its options, calls ``ingest_run.run_ingest``, ``export.export`` or
``Store.query``, and prints. Progress and summaries go to stderr; query results to stdout.
"""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress
from rich.table import Table

from .errors import EventwireError
from .export import FORMATS, Filters
from .export import export as export_events
from .ingest.jsonl import JsonlFields
from .ingest_run import IngestConfig, IngestResult, Progress, run_ingest
from .options import Options
from .store import Store

err = Console(stderr=True)


def _date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form", param_hint=name
                                 ) from exc


def _summary(result: IngestResult, store: Store) -> Table:
    c = result.counts
    table = Table(title=f"ingest run {result.run_id}: {result.status}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [
        ("documents read", c.documents), ("articles stored", c.articles),
        ("files read (unchanged files already read are skipped)", result.files),
        ("already stored (duplicates / earlier runs)", c.duplicates), ("events", c.events),
        ("errors", c.errors), ("skipped (language)", c.skipped), ("pipeline failures", c.failed),
    ]
    for label, n in rows:
        table.add_row(label, f"{n:,}")
    if result.clusters is not None:
        table.add_row("event clusters (one real event, N reports)", f"{result.clusters:,}")
    table.add_row("seconds", f"{result.seconds:,.1f}")
    table.add_row("documents/s", f"{result.documents_per_second:,.1f}")
    table.add_row("database totals", f"{store.count('articles'):,} articles, "
                  f"{store.count('events'):,} events, {store.count('errors'):,} error rows")
    return table


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or folders: .html .jsonl .warc(.gz) "
                                                    ".arc(.gz) .xml/.rss/.atom .txt")],
    db: Annotated[Path, typer.Option(help="DuckDB database file (created if missing)")],
    workers: Annotated[int | None, typer.Option(
        min=1, help="Worker processes (default 2); with --ray, Ray actors (default: one per "
                    "CPU of the Ray cluster)")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per commit")] = 32,
    languages: Annotated[str, typer.Option(
        help="Comma-separated language codes to keep; others are stored as skipped; "
             "'all' keeps every language")] = "en",
    published: Annotated[str | None, typer.Option(
        help="Publication date YYYY-MM-DD for every document (overrides metadata)")] = None,
    text_field: Annotated[str | None, typer.Option(help="JSONL: field holding the text")] = None,
    title_field: Annotated[str | None, typer.Option(help="JSONL: title field")] = None,
    url_field: Annotated[str | None, typer.Option(help="JSONL: URL field")] = None,
    date_field: Annotated[str | None, typer.Option(help="JSONL: publication date field")] = None,
    outlet_field: Annotated[str | None, typer.Option(help="JSONL: outlet field")] = None,
    rescan: Annotated[bool, typer.Option(
        help="Read again files a previous run read to the end (skipped when unchanged)")] = False,
    progress: Annotated[bool, typer.Option(help="Show a progress bar")] = True,
    cluster: Annotated[bool, typer.Option(
        help="Cluster reports of the same real event after the run")] = True,
    embed: Annotated[bool, typer.Option(
        help="Cluster with sentence embeddings (needs eventwire[embed]; slower)")] = False,
    ray: Annotated[bool, typer.Option(
        "--ray", help="Run the workers as Ray actors (needs eventwire[scale]); same tables")
    ] = False,
    ray_address: Annotated[str | None, typer.Option(
        help="With --ray: 'auto' or ray://HOST:PORT joins a running cluster (default: start "
             "a local Ray)")] = None,
    ray_shards: Annotated[bool, typer.Option(
        "--ray-shards", help="With --ray: each actor reads its own shard of the files (paths "
                             "must be readable on every node); this process only writes")
    ] = False,
) -> None:
    """Ingest documents into a DuckDB store: idempotent, resumable, bad inputs -> errors table."""
    if (ray_address is not None or ray_shards) and not ray:
        raise typer.BadParameter("--ray-address and --ray-shards need --ray", param_hint="--ray")
    langs = () if languages.strip().lower() == "all" else tuple(
        code.strip().lower() for code in languages.split(",") if code.strip())
    fields = JsonlFields.with_overrides(text=text_field, title=title_field, url=url_field,
                                        published=date_field, outlet=outlet_field)
    config = IngestConfig(workers=workers or 2, batch_size=batch_size, languages=langs,
                          published=_date(published, "--published"), jsonl=fields,
                          rescan=rescan, cluster=cluster,
                          similarity="embed" if embed else "lexical")
    bar = RichProgress(
        TextColumn("files"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(), console=err, disable=not progress, transient=False,
    )
    task = bar.add_task("ingest", total=None, rate="starting workers...")

    def on_commit(p: Progress) -> None:
        c = p.counts
        rate = (f"{c.documents:,} docs | {c.documents / max(p.seconds, 1e-9):,.1f} docs/s | "
                f"{c.events:,} events | {c.errors:,} errors | {c.skipped:,} skipped")
        bar.update(task, completed=p.files_done, total=p.files_total, rate=rate)

    try:
        engine = None
        if ray:
            from .scale import RayConfig, RayEngine

            engine = RayEngine(RayConfig(address=ray_address, actors=workers, shards=ray_shards))
        with Store(db) as store:
            try:
                with bar:
                    result = run_ingest(paths, store, Options(), config, on_commit, engine)
            except KeyboardInterrupt:
                done = store.count("articles")
                err.print(f"[yellow]interrupted[/yellow]: {done:,} articles are committed in "
                          f"{db}; run the same command again to resume.")
                raise typer.Exit(130) from None
            err.print(_summary(result, store))
    except EventwireError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from exc


def export(
    db: Annotated[Path, typer.Option(help="DuckDB database written by `eventwire ingest`")],
    fmt: Annotated[str, typer.Option("--format", help=" | ".join(FORMATS))],
    out: Annotated[Path, typer.Option(help="Output file")],
    start: Annotated[str | None, typer.Option(help="Events on or after YYYY-MM-DD")] = None,
    end: Annotated[str | None, typer.Option(help="Events on or before YYYY-MM-DD")] = None,
    country: Annotated[str | None, typer.Option(
        help="ISO alpha-3 code: source, target or place in that country")] = None,
    plover_type: Annotated[list[str] | None, typer.Option(
        "--type", help="PLOVER type (repeatable), e.g. --type ASSAULT --type PROTEST")] = None,
    status: Annotated[list[str] | None, typer.Option(
        help="Factual status (repeatable): asserted, reported, claimed, ...")] = None,
) -> None:
    """Export stored events as Parquet, CSV, JSONL, GeoJSON or a GDELT-style table."""
    filters = Filters(start=_date(start, "--start"), end=_date(end, "--end"), country=country,
                      plover_types=tuple(plover_type or ()), statuses=tuple(status or ()))
    try:
        store = Store.open_read_only(db)
        try:
            n = export_events(store, fmt, out, filters)
        finally:
            store.close()
    except EventwireError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from exc
    err.print(f"wrote {n:,} rows to {out} ({fmt})")


def query(
    sql: Annotated[str, typer.Argument(
        help="One read-only SQL statement, e.g. "
             "\"SELECT plover_type, count(*) FROM events GROUP BY 1\"")],
    db: Annotated[Path, typer.Option(help="DuckDB database written by `eventwire ingest`")],
    fmt: Annotated[str, typer.Option("--format", help="table | csv | jsonl")] = "table",
) -> None:
    """Run a read-only SQL query on the store (tables: articles, events, actors, places,
    attributions, errors, files, runs; view: event_rows)."""
    if fmt not in ("table", "csv", "jsonl"):
        raise typer.BadParameter(f"unknown format {fmt!r}: use table, csv or jsonl")
    try:
        store = Store.open_read_only(db, sandbox=True)
        try:
            result = store.query(sql)
        finally:
            store.close()
    except EventwireError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from exc
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(result.columns)
        writer.writerows(result.rows)
    elif fmt == "jsonl":
        for row in result.rows:
            sys.stdout.write(json.dumps(dict(zip(result.columns, row, strict=True)),
                                        default=str, ensure_ascii=False) + "\n")
    else:
        table = Table(*result.columns)
        for row in result.rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        Console().print(table)


def cluster(
    db: Annotated[Path, typer.Option(help="DuckDB database written by `eventwire ingest`")],
    embed: Annotated[bool, typer.Option(
        help="Use sentence embeddings (needs eventwire[embed]; slower)")] = False,
) -> None:
    """Rebuild cross-report event clusters: one real event, with its number of sources."""
    from .dedup import ClusterOptions, cluster_store

    try:
        with Store(db) as store:
            n = cluster_store(store, ClusterOptions(similarity="embed" if embed else "lexical"))
            events = store.count("events")
    except EventwireError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from exc
    err.print(f"{n:,} clusters from {events:,} event mentions in {db}")
