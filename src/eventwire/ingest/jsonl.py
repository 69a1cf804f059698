"""JSON Lines reader (.jsonl, .ndjson): one article per line, field names configurable.

Each line is decoded and parsed on its own, so a bad line is one ``DocError`` (with its line
number) and the lines after it are still read. Blank lines are not documents and are passed over.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from ..model import Article, DocError
from ..options import Options
from . import register_reader
from .feeds import html_fragment_text, parse_date
from .html import check_text
from .lang import language_of

Item = Article | DocError


@dataclass(frozen=True)
class JsonlFields:
    """Field names to look for, first present wins; dotted names reach into objects."""

    text: tuple[str, ...] = ("text", "body", "content", "maintext", "article")
    html: tuple[str, ...] = ("html", "raw_html")
    """Used only when no text field is present: HTML reduced to paragraphs."""
    title: tuple[str, ...] = ("title", "headline")
    url: tuple[str, ...] = ("url", "link", "source_url")
    published: tuple[str, ...] = ("published", "date", "pubDate", "date_publish",
                                  "published_at", "datePublished")
    outlet: tuple[str, ...] = ("outlet", "source", "source_name", "sitename", "publisher")
    author: tuple[str, ...] = ("author", "authors", "byline")
    max_line_bytes: int = 20_000_000
    """A longer line is rejected without being parsed."""

    @classmethod
    def with_overrides(cls, **names: str | None) -> JsonlFields:
        """Put user-given field names first, e.g. ``with_overrides(text="story")``."""
        base = cls()
        changes: dict[str, tuple[str, ...]] = {}
        for key, value in names.items():
            if value:
                changes[key] = (value, *getattr(base, key))
        return cls(**{**base.__dict__, **changes})


def _lookup(obj: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        cur: Any = obj
        for part in name.split("."):
            cur = cur.get(part) if isinstance(cur, dict) else None
        if cur not in (None, "", [], {}):
            return cur
    return None


def _as_str(value: Any) -> str | None:
    """Strings stay; ``{"name": ...}`` gives its name; lists are joined; numbers are dropped."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _as_str(value.get("name") or value.get("title"))
    if isinstance(value, list):
        parts = [s for s in (_as_str(v) for v in value) if s]
        return ", ".join(parts) or None
    return None


def record_to_article(source: str, line: int, obj: Any, options: Options,
                      fields: JsonlFields) -> Item:
    """One parsed JSON value to an Article, or a DocError naming the file and line."""
    if not isinstance(obj, dict):
        return DocError(source=source, offset=line,
                        reason=f"line {line}: expected a JSON object, got {type(obj).__name__}")
    raw = _lookup(obj, fields.text)
    if raw is None and (html := _lookup(obj, fields.html)) is not None:
        raw = html_fragment_text(html) if isinstance(html, str) else html
    if raw is None:
        return DocError(source=source, offset=line, reason=(
            f"line {line}: no text field (looked for {', '.join(fields.text)})"))
    if not isinstance(raw, str):
        return DocError(source=source, offset=line,
                        reason=f"line {line}: text field is a {type(raw).__name__}, not a string")
    text = raw.replace("\r\n", "\n").replace("\r", "\n").strip()
    problem = check_text(source, text, options, line)
    if problem is not None:
        return problem.model_copy(update={"reason": f"line {line}: {problem.reason}"})
    return Article(
        id=Article.make_id(text), text=text, url=_as_str(_lookup(obj, fields.url)),
        title=_as_str(_lookup(obj, fields.title)), outlet=_as_str(_lookup(obj, fields.outlet)),
        author=_as_str(_lookup(obj, fields.author)),
        published=parse_date(_lookup(obj, fields.published)),
        source_path=f"{source}:{line}", language=language_of(text),
    )


def _parse_line(source: str, line: int, raw: bytes, options: Options,
                fields: JsonlFields) -> Item | None:
    if len(raw) > fields.max_line_bytes:
        return DocError(source=source, offset=line, reason=(
            f"line {line}: {len(raw):,} bytes (limit {fields.max_line_bytes:,})"))
    if not raw.strip():
        return None
    try:
        decoded = raw.decode("utf-8-sig" if line == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return DocError(source=source, offset=line, reason=(
            f"line {line}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start})"))
    try:
        obj = json.loads(decoded)
    except json.JSONDecodeError as exc:
        return DocError(source=source, offset=line,
                        reason=f"line {line}: malformed JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return DocError(source=source, offset=line, reason=f"line {line}: JSON nested too deeply")
    return record_to_article(source, line, obj, options, fields)


def read_jsonl_stream(source: str, stream: IO[bytes], options: Options,
                      fields: JsonlFields | None = None) -> Iterator[Item]:
    """Read line by line from an open binary stream (the whole file is never in memory)."""
    cfg = fields or JsonlFields()
    found = False
    for line, raw in enumerate(stream, 1):
        item = _parse_line(source, line, raw, options, cfg)
        if item is not None:
            found = True
            yield item
    if not found:
        yield DocError(source=source, reason="empty document (no JSON lines)")


def read_jsonl(source: str, data: bytes, options: Options,
               fields: JsonlFields | None = None) -> Iterator[Item]:
    """Registry entry point: the file's bytes are already in memory."""
    yield from read_jsonl_stream(source, io.BytesIO(data), options, fields)


register_reader([".jsonl", ".ndjson", ".jsonlines"], read_jsonl)
