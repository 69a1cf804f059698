"""HTML reader: trafilatura extracts the main text and the metadata of a web page.

Title, author, date (-> ``published``), site name (-> ``outlet``) and canonical URL come from the
page; navigation, comments and footers are left out by trafilatura. The bytes are decoded with
the charset the page (or the HTTP header) declares, else as strict UTF-8: a page that is neither
becomes a ``DocError`` rather than mojibake.
"""

from __future__ import annotations

import codecs
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import trafilatura
from dateutil.parser import UnknownTimezoneWarning

from ..model import Article, DocError
from ..options import Options
from . import register_reader
from .lang import language_of

Item = Article | DocError

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


@dataclass(frozen=True)
class HtmlConfig:
    """Limits of the HTML reader."""

    max_bytes: int = 10_000_000
    """Pages larger than this are rejected before parsing."""
    min_chars: int = 40
    """Main text shorter than this means the page has no article text."""


def check_text(source: str, text: str, options: Options, offset: int | None = None
               ) -> DocError | None:
    """Size checks shared by every reader: empty, too long, or one enormous line."""
    if not text.strip():
        return DocError(source=source, reason="empty document", offset=offset)
    if len(text) > options.max_chars:
        return DocError(source=source, offset=offset, reason=(
            f"document too large ({len(text):,} characters, limit {options.max_chars:,})"))
    longest = max((len(line) for line in text.splitlines()), default=0)
    if longest > options.max_line_chars:
        return DocError(source=source, offset=offset, reason=(
            f"a line of {longest:,} characters (limit {options.max_line_chars:,}): "
            "not news text"))
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a BOM or a ``<meta>`` tag near the top."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def decode_html(source: str, data: bytes, charset: str | None = None,
                offset: int | None = None) -> str | DocError:
    """Decode page bytes with the declared charset (HTTP header first), else strict UTF-8."""
    if not data.strip():
        return DocError(source=source, reason="empty document", offset=offset)
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return DocError(source=source, reason="binary data (contains NUL bytes), not HTML",
                        offset=offset)
    declared = charset or declared_charset(data)
    encoding = declared or "utf-8"
    try:
        return data.decode(encoding)
    except LookupError:
        return DocError(source=source, reason=f"unknown charset {encoding!r}", offset=offset)
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at {exc.start}"
        reason = (f"not valid {encoding} as declared ({where})" if declared
                  else f"not valid utf-8 and no charset declared ({where})")
        return DocError(source=source, offset=offset, reason=reason)


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _meta(doc: object, name: str) -> str | None:
    value = getattr(doc, name, None)
    return value if isinstance(value, str) and value.strip() else None


def _body(text: str, title: str | None) -> str:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if lines and title and lines[0] == title.strip():
        lines = lines[1:]
    return "\n\n".join(lines)


def html_to_article(source: str, html: str, options: Options, *, url: str | None = None,
                    fallback_date: date | None = None, offset: int | None = None,
                    config: HtmlConfig | None = None) -> Item:
    """Main text and metadata of one page, or a ``DocError`` saying why there is none."""
    cfg = config or HtmlConfig()
    try:
        with warnings.catch_warnings():
            # a malformed date in the page's metadata ("2021-06-07T08:30:0PZ") makes dateutil
            # warn about an unknown time zone; the date is then simply not used
            warnings.simplefilter("ignore", UnknownTimezoneWarning)
            doc = trafilatura.bare_extraction(
                html, url=url, with_metadata=True, include_comments=False, include_tables=False,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        return DocError(source=source, reason=f"HTML could not be parsed: {exc}", offset=offset)
    raw = getattr(doc, "text", None) if doc is not None else None
    title = getattr(doc, "title", None) or None
    text = _body(raw or "", title)
    if len(text) < cfg.min_chars:
        return DocError(source=source, offset=offset,
                        reason="no main text found in the HTML (navigation, scripts or empty)")
    problem = check_text(source, text, options, offset)
    if problem is not None:
        return problem
    where = source if offset is None else f"{source}@{offset}"
    return Article(
        id=Article.make_id(text), text=text, url=_meta(doc, "url") or url, title=title,
        outlet=_meta(doc, "sitename") or _meta(doc, "hostname"), author=_meta(doc, "author"),
        published=_parse_iso(_meta(doc, "date")) or fallback_date, source_path=where,
        language=language_of(text),
    )


def read_html(source: str, data: bytes, options: Options,
              config: HtmlConfig | None = None) -> Iterator[Item]:
    """One HTML file is one article (or one ``DocError``)."""
    cfg = config or HtmlConfig()
    if len(data) > cfg.max_bytes:
        yield DocError(source=source, reason=(
            f"HTML too large ({len(data):,} bytes, limit {cfg.max_bytes:,})"))
        return
    html = decode_html(source, data)
    if isinstance(html, DocError):
        yield html
        return
    yield html_to_article(source, html, options, config=cfg)


register_reader([".html", ".htm", ".xhtml"], read_html)
