"""Readers: turn files, folders and stdin into Article records (or DocError records).

Readers are registered by file suffix in an explicit registry; every reader yields either an
``Article`` or a ``DocError`` naming the file (and record) and the reason, never raises for a bad
document, so one bad input never stops a run.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from ..model import Article, DocError
from ..options import Options
from .text import read_text_bytes

Item = Article | DocError
Reader = Callable[[str, bytes, Options], Iterator[Item]]

_READERS: dict[str, Reader] = {}


def register_reader(suffixes: Iterable[str], reader: Reader) -> None:
    """Register ``reader`` for file names ending in any of ``suffixes`` (e.g. ".txt")."""
    for suffix in suffixes:
        _READERS[suffix.lower()] = reader


def reader_for(name: str) -> Reader:
    lower = name.lower()
    for suffix in sorted(_READERS, key=len, reverse=True):
        if lower.endswith(suffix):
            return _READERS[suffix]
    return read_text_bytes


register_reader([".txt", ".text", ".md"], read_text_bytes)


def _expand(paths: Iterable[str]) -> Iterator[str]:
    for raw in paths:
        p = Path(raw)
        if raw != "-" and p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and not child.name.startswith("."):
                    yield str(child)
        else:
            yield raw


def read_inputs(
    paths: Iterable[str], options: Options | None = None, published: date | None = None
) -> Iterator[Item]:
    """Read every path (file, folder or ``-`` for stdin) into Articles or DocErrors.

    ``published`` overrides whatever publication date the documents carry.
    """
    opts = options or Options()
    for name in _expand(paths):
        if name == "-":
            data = sys.stdin.buffer.read()
            source = "<stdin>"
        else:
            try:
                data = Path(name).read_bytes()
            except FileNotFoundError:
                yield DocError(source=name, reason="file not found")
                continue
            except IsADirectoryError:
                yield DocError(source=name, reason="is a directory")
                continue
            except OSError as exc:
                yield DocError(source=name, reason=f"cannot read: {exc.strerror or exc}")
                continue
            source = name
        for item in reader_for(source)(source, data, opts):
            if published is not None and isinstance(item, Article):
                item = item.model_copy(update={"published": published})
            yield item
from . import feeds, html, jsonl, warc  # noqa: E402,F401  (register readers)
