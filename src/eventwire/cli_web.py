"""Command function ``serve`` (registered by ``cli.py``): the HTTP API and dashboard.

FastAPI and uvicorn come with the optional ``web`` extra; without them the command stops with
an install hint instead of a traceback.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from .errors import EventwireError

err = Console(stderr=True)
INSTALL_HINT = 'pip install "eventwire[web]"'


def missing_web_packages() -> list[str]:
    """The packages of the ``web`` extra that cannot be imported."""
    return [name for name in ("fastapi", "uvicorn") if importlib.util.find_spec(name) is None]


def serve(
    db: Annotated[Path, typer.Option(help="DuckDB database file written by `eventwire ingest`")],
    host: Annotated[str, typer.Option(help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port")] = 8000,
) -> None:
    """Serve the read-only JSON API (/api/...) and the dashboard (/) over a database."""
    missing = missing_web_packages()
    if missing:
        err.print(f"[red]error[/red] `eventwire serve` needs {' and '.join(missing)}: "
                  f"install them with  {escape(INSTALL_HINT)}", highlight=False)
        raise typer.Exit(2)
    import uvicorn

    from .api import create_app

    try:
        app = create_app(db)
    except EventwireError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from exc
    err.print(f"eventwire: dashboard at http://{host}:{port}/  (API under /api/, "
              "schema at /openapi.json)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
