"""Reading the data files shipped with eventwire and the gold files of the scorers (one reader per
format: tab-separated and JSON Lines)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from .errors import DataFileError, InputError


def package_file(*parts: str) -> Traversable:
    """A file under ``eventwire/data``."""
    return resources.files("eventwire").joinpath("data", *parts)


def read_tsv(path: Traversable | Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row by header name) for every data line; '#' lines and blanks are skipped.

    The first data line is the header. A row with more cells than the header is an error
    naming the file and line; missing trailing cells are empty strings.
    """
    header: list[str] | None = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise DataFileError(str(path), lineno,
                                f"{len(cells)} columns, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        yield lineno, dict(zip(header, cells, strict=True))


def read_jsonl(path: Path | str) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) for every non-blank line of a JSON Lines file; a missing file
    or a line that is not JSON is an InputError naming the file and line."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such file")
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield lineno, json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(str(path), f"not valid JSON: {exc.msg}", lineno) from exc
