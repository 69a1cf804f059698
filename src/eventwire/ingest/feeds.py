"""RSS 2.0, RSS 1.0 (RDF) and Atom reader, parsed with defusedxml (no entity expansion).

Every item with a description or content becomes an Article; its HTML is reduced to paragraphs.
A feed that is not well-formed XML is one ``DocError`` for the file (with the line of the fault).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from ..model import Article, DocError
from ..options import Options
from . import register_reader
from .html import check_text
from .lang import language_of

Item = Article | DocError

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
          "article", "section", "tr", "table", "figure", "figcaption", "pre", "hr"}
_SKIP = {"script", "style", "noscript", "template", "iframe", "svg"}
_CONTENT_TAGS = ("{http://purl.org/rss/1.0/modules/content/}encoded", "description",
                 "{http://purl.org/rss/1.0/}description")
_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_DC = "{http://purl.org/dc/elements/1.1/}"


def parse_date(value: object) -> date | None:
    """A publication date from ISO 8601, RFC 822 (``pubDate``) or a Unix time; else None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 10_000_000_000 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


class _TextOnly(HTMLParser):
    """Visible text of an HTML fragment, a blank line at every block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip:
            self._skip -= 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_fragment_text(fragment: str) -> str:
    """Plain paragraphs (separated by blank lines) from a small HTML fragment."""
    if "<" not in fragment:
        text = fragment
    else:
        parser = _TextOnly()
        parser.feed(fragment)
        parser.close()
        text = "".join(parser.parts)
    paras = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paras if p)


def _text(el: Element | None, *names: str) -> str | None:
    if el is None:
        return None
    for name in names:
        child = el.find(name)
        if child is not None:
            value = "".join(child.itertext()).strip()
            if value:
                return value
    return None


def _atom_link(entry: Element) -> str | None:
    for link in entry.findall(f"{_ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return None


def _items(root: Element) -> tuple[str | None, list[dict[str, str | None]]] | str:
    """(channel title, items as field dicts) or the reason it is not a feed."""
    tag = root.tag
    if tag == "rss":
        channel = root.find("channel")
        outlet = _text(channel, "title")
        items = [] if channel is None else channel.findall("item")
        return outlet, [{
            "title": _text(it, "title"), "url": _text(it, "link", "guid"),
            "date": _text(it, "pubDate", f"{_DC}date"),
            "author": _text(it, f"{_DC}creator", "author"),
            "content": _text(it, *_CONTENT_TAGS),
        } for it in items]
    if tag == f"{_ATOM}feed":
        outlet = _text(root, f"{_ATOM}title")
        return outlet, [{
            "title": _text(e, f"{_ATOM}title"), "url": _atom_link(e),
            "date": _text(e, f"{_ATOM}published", f"{_ATOM}updated"),
            "author": _text(e.find(f"{_ATOM}author"), f"{_ATOM}name")
            if e.find(f"{_ATOM}author") is not None else None,
            "content": _text(e, f"{_ATOM}content", f"{_ATOM}summary"),
        } for e in root.findall(f"{_ATOM}entry")]
    if tag.endswith("RDF"):
        outlet = _text(root.find(f"{_RSS1}channel"), f"{_RSS1}title")
        return outlet, [{
            "title": _text(it, f"{_RSS1}title"), "url": _text(it, f"{_RSS1}link"),
            "date": _text(it, f"{_DC}date"), "author": _text(it, f"{_DC}creator"),
            "content": _text(it, *_CONTENT_TAGS),
        } for it in root.findall(f"{_RSS1}item")]
    return f"not an RSS or Atom feed (root element <{tag}>)"


def _item_article(source: str, n: int, fields: dict[str, str | None], outlet: str | None,
                  options: Options) -> Item:
    where = f"{source}#item{n}"
    text = html_fragment_text(fields["content"] or "")
    problem = check_text(source, text, options, None)
    if problem is not None:
        return problem.model_copy(update={"reason": f"item {n}: {problem.reason}"})
    return Article(
        id=Article.make_id(text), text=text, url=fields["url"], title=fields["title"],
        outlet=outlet, author=fields["author"], published=parse_date(fields["date"]),
        source_path=where, language=language_of(text),
    )


def read_feed(source: str, data: bytes, options: Options) -> Iterator[Item]:
    """Every item of an RSS or Atom feed with text becomes an Article."""
    if not data.strip():
        yield DocError(source=source, reason="empty document")
        return
    try:
        root = fromstring(data)
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        yield DocError(source=source, reason=f"malformed XML: {exc}", offset=line)
        return
    except DefusedXmlException as exc:
        yield DocError(source=source, reason=f"unsafe XML refused ({type(exc).__name__})")
        return
    except (LookupError, ValueError) as exc:  # unknown or unsupported declared encoding
        yield DocError(source=source, reason=f"malformed XML: {exc}")
        return
    found = _items(root)
    if isinstance(found, str):
        yield DocError(source=source, reason=found)
        return
    outlet, items = found
    if not items:
        yield DocError(source=source, reason="feed has no items")
    for n, fields in enumerate(items, 1):
        yield _item_article(source, n, fields, outlet, options)


register_reader([".rss", ".atom", ".xml"], read_feed)
