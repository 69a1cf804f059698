"""Command line: a thin layer over the library API (``eventwire --help``)."""

from __future__ import annotations

import json
import sys
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .errors import EventwireError
from .ingest import read_inputs
from .model import Article, DocError, Event
from .options import Options
from .pipeline import Pipeline

app = typer.Typer(
    help="eventwire: who did what to whom, where, when, and who says so - from news text.",
    no_args_is_help=True,
    add_completion=False,
)

DEMO_FILE = "manbij_2018.txt"


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from exc


def _row(event: Event) -> dict[str, object]:
    return event.model_dump(mode="json")


def _actor_cell(actor: object) -> str:
    if actor is None:
        return "-"
    text = getattr(actor, "text", "")
    code = getattr(actor, "code", None) or getattr(actor, "country", None) or "?"
    return f"{code} ({text})"


def _table(events: list[Event], title: str) -> Table:
    table = Table(title=title, show_lines=False, expand=True)
    for name in ("type/mode", "source", "trigger", "target", "where", "when", "status", "said by"):
        table.add_column(name, overflow="fold")
    for e in events:
        where = e.location.name or e.location.text if e.location else "-"
        when_ = "-"
        if e.date and e.date.start:
            when_ = str(e.date.start) if e.date.start == e.date.end else (
                f"{e.date.start}..{e.date.end}")
        said = "; ".join(filter(None, (a.speaker for a in e.attribution))) or "-"
        table.add_row(
            e.plover.type + (f"/{e.plover.mode}" if e.plover.mode else ""),
            _actor_cell(e.source), e.trigger, _actor_cell(e.target), str(where), when_,
            e.factuality.status + ("" if e.factuality.polarity == "positive" else " (neg)"),
            said,
        )
    return table


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files or folders, or - for stdin")],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD (overrides the document's)")
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="jsonl | json | table (default: jsonl unless a terminal)"),
    ] = None,
) -> None:
    """Extract coded events from articles and print them (JSONL by default)."""
    pub = _parse_date(published)
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    if fmt not in ("jsonl", "json", "table"):
        raise typer.BadParameter(f"unknown format {fmt!r}: use jsonl, json or table")
    pipeline = Pipeline(Options())
    errors = 0
    processed = 0
    collected: list[Event] = []
    out = Console()

    def articles() -> list[Article]:
        nonlocal errors
        good = []
        for item in read_inputs(paths, published=pub):
            if isinstance(item, DocError):
                errors += 1
                where = f"{item.source}:{item.offset}" if item.offset is not None else item.source
                typer.echo(f"error: {where}: {item.reason}", err=True)
            else:
                good.append(item)
        return good

    try:
        for article, events in pipeline.run(articles()):
            processed += 1
            if fmt == "jsonl":
                for event in events:
                    sys.stdout.write(json.dumps(_row(event), ensure_ascii=False) + "\n")
            elif fmt == "json":
                collected.extend(events)
            else:
                out.print(_table(events, article.title or article.source_path or article.id))
    except EventwireError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if fmt == "json":
        sys.stdout.write(json.dumps([_row(e) for e in collected], ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
    sys.stdout.flush()
    if processed == 0 and errors:
        raise typer.Exit(1)


@app.command()
def demo() -> None:
    """Run the bundled demo article (Manbij, January 2018) and print a readable table."""
    path = resources.files("eventwire") / "data" / "demo" / DEMO_FILE
    text = path.read_text(encoding="utf-8")
    article = Article(id=Article.make_id(text), text=text, source_path=f"demo/{DEMO_FILE}")
    cleaned, events = next(Pipeline(Options()).run([article]))
    console = Console(width=max(Console().width, 160))
    console.print(f"[bold]{cleaned.title}[/bold]  ({cleaned.outlet}, published {cleaned.published};"
                  f" original outlet: {cleaned.original_outlet})")
    console.print(f"{len(cleaned.removed)} boilerplate paragraph(s) removed before coding.")
    console.print(_table(events, f"{len(events)} events"))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the event record (version 1)."""
    sys.stdout.write(json.dumps(Event.model_json_schema(), indent=2) + "\n")


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file (see docs/annotation_guide.md), "
                                          "or with --petrarch the PETRARCH2 data folder")],
    split: Annotated[str | None, typer.Option(help="dev | test | all")] = "test",
    report: Annotated[Path | None, typer.Option(help="Write the JSON report here")] = None,
    petrarch: Annotated[bool, typer.Option(help="GOLD is a folder with PETRARCH2's validation "
                                                "records and dictionaries")] = False,
) -> None:
    """Score event coding against a gold file: P/R/F1 per field and per type."""
    from .eval.coding import format_report, score_gold

    if petrarch:
        from .eval.petrarch import score_petrarch

        found = score_petrarch(gold)
        if report is not None:
            report.write_text(json.dumps(found, indent=2) + "\n", encoding="utf-8")
        sys.stdout.write(json.dumps(found, indent=2) + "\n")
        return
    result = score_gold(gold, split=None if split == "all" else split)
    if report is not None:
        report.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    Console().print(format_report(result))


from . import cli_store  # noqa: E402

app.command("ingest")(cli_store.ingest)
app.command("export")(cli_store.export)
app.command("query")(cli_store.query)
app.command("cluster")(cli_store.cluster)

from . import cli_web  # noqa: E402

app.command("serve")(cli_web.serve)
