"""Plain-text reader: strict UTF-8, with clear errors for empty, binary and non-text input."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Article, DocError
from ..options import Options


def decode_text(source: str, data: bytes, options: Options) -> str | DocError:
    """Decode bytes as UTF-8 news text, or say why they are not."""
    if not data.strip():
        return DocError(source=source, reason="empty document")
    if b"\x00" in data[:8192]:
        return DocError(source=source, reason="binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return DocError(
            source=source,
            reason=f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            offset=exc.start,
        )
    if len(text) > options.max_chars:
        return DocError(
            source=source,
            reason=f"document too large ({len(text):,} characters, limit {options.max_chars:,})",
        )
    longest = max((len(line) for line in text.splitlines()), default=0)
    if longest > options.max_line_chars:
        return DocError(
            source=source,
            reason=f"a line of {longest:,} characters (limit {options.max_line_chars:,}): "
            "not news text",
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_bytes(source: str, data: bytes, options: Options) -> Iterator[Article | DocError]:
    """One plain-text file is one article; metadata lines are parsed later by the cleaner."""
    text = decode_text(source, data, options)
    if isinstance(text, DocError):
        yield text
        return
    yield Article(id=Article.make_id(text), text=text, source_path=source)
