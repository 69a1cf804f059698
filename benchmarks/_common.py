"""What the benchmarks share: the bare spaCy parse they compare against and the result file."""

from __future__ import annotations

import json
import platform
import time
from pathlib import Path
from typing import Any

from eventwire.nlp import load_nlp
from eventwire.options import Options


def write_report(path: Path | str, result: dict[str, Any]) -> None:
    """Add the interpreter and machine, write ``result`` as JSON to ``path`` and print it."""
    result = {**result, "python": platform.python_version(), "machine": platform.machine()}
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(result, indent=2)
    out.write_text(text + "\n", encoding="utf-8")
    print(text)


def bare_parse_seconds(texts: list[str], options: Options, workers: int = 1) -> float:
    """Seconds for the bare spaCy parse of ``texts``: the yardstick every speed ratio uses."""
    nlp = load_nlp(options.model)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=options.batch_size, n_process=workers):
        pass
    return time.perf_counter() - t0
