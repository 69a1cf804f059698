"""Reading the tab-separated data files shipped with eventwire (one reader for all of them)."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from .errors import DataFileError


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
