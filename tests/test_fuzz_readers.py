"""Property tests: readers of untrusted input never raise, and say where a bad input is.

Each reader gets random bytes and mutations (truncation, byte flips, insertions) of a valid file.
The property: it yields only ``Article`` or ``DocError`` records, never raises, every Article has
text within the size limit, and every DocError names the file it came from. Inputs that once
crashed a reader are kept as ``@example`` cases.
"""

from __future__ import annotations

import io
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest.feeds import html_fragment_text, parse_date, read_feed
from eventwire.ingest.html import read_html
from eventwire.ingest.jsonl import read_jsonl
from eventwire.ingest.warc import read_warc
from eventwire.model import Article, DocError
from eventwire.options import Options
from eventwire.synth import Doc, page_html, write_feed

OPTS = Options(max_chars=20_000, max_line_chars=5_000)
FUZZ = settings(max_examples=int(os.environ.get("EVENTWIRE_FUZZ_EXAMPLES", "60")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
DOC = Doc(headline="Armenia and Azerbaijan hold talks", paragraphs=(
    "The foreign ministers of Armenia and Azerbaijan met in Tbilisi on Monday for talks on the "
    "border, officials said.", "Both sides agreed to meet again next month."),
    outlet="Harbour Wire", author="Irina Petrova", published=date(2021, 6, 7),
    url="https://hw.example/1")
Reader = Callable[[str, bytes, Options], Iterator[Article | DocError]]


def _valid_warc() -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(2):
        body = page_html(DOC).replace("Monday", f"Monday ({i})").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://hw.example/{i}", "response", payload=io.BytesIO(body), length=len(body),
            http_headers=headers))
    return buf.getvalue()


def _valid_feed() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "f.rss"
        write_feed(path, [DOC, DOC], malformed=False)
        return path.read_bytes()


VALID = {
    "page.html": page_html(DOC).encode(),
    "lines.jsonl": b"\n".join(json.dumps({"title": DOC.headline, "text": DOC.text,
                                          "published": "2021-06-07"}).encode()
                              for _ in range(2)),
    "feed.rss": _valid_feed(),
    "crawl.warc.gz": _valid_warc(),
}
READERS: dict[str, Reader] = {"page.html": read_html, "lines.jsonl": read_jsonl,
                              "feed.rss": read_feed, "crawl.warc.gz": read_warc}


@st.composite
def mutated(draw: st.DrawFn, name: str) -> bytes:
    data = VALID[name]
    how = draw(st.sampled_from(["truncate", "flip", "insert", "splice"]))
    at = draw(st.integers(0, len(data)))
    if how == "truncate":
        return data[:at]
    if how == "flip":
        if not data or at >= len(data):
            return data
        return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
    if how == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=64)) + data[at:]
    end = draw(st.integers(at, len(data)))
    return data[:at] + data[end:]


def _check(name: str, data: bytes) -> list[Article | DocError]:
    items = list(READERS[name](name, data, OPTS))
    for item in items:
        assert isinstance(item, Article | DocError)
        if isinstance(item, Article):
            assert item.text.strip() and len(item.text) <= OPTS.max_chars
            assert item.id == Article.make_id(item.text)
        else:
            assert item.source == name and item.reason
    return items


def test_valid_inputs_give_articles() -> None:
    for name in VALID:
        items = _check(name, VALID[name])
        assert items and all(isinstance(i, Article) for i in items), name


@FUZZ
@given(st.binary(max_size=2048))
@example(b"")
@example(b"\x1f\x8b\x08\x00garbage")  # a gzip header with nothing behind it
@example(b"WARC/1.0\r\nContent-Length: 99999999\r\n\r\nshort")
def test_random_bytes_never_crash_any_reader(data: bytes) -> None:
    for name in READERS:
        _check(name, data)


@FUZZ
@given(mutated("crawl.warc.gz"))
def test_mutated_warc(data: bytes) -> None:
    _check("crawl.warc.gz", data)


@FUZZ
@given(mutated("feed.rss"))
def test_mutated_feed(data: bytes) -> None:
    _check("feed.rss", data)


def test_regression_feed_with_unknown_declared_encoding() -> None:
    """Found by test_mutated_feed: expat raised LookupError for encoding="ttf-8"."""
    for encoding in (b"ttf-8", b"utf-16", b"x-unknown"):
        data = VALID["feed.rss"].replace(b'encoding="utf-8"', b'encoding="' + encoding + b'"')
        [err] = _check("feed.rss", data)
        assert isinstance(err, DocError) and err.reason.startswith("malformed XML")


@FUZZ
@given(mutated("page.html"))
def test_mutated_html(data: bytes) -> None:
    _check("page.html", data)


@FUZZ
@given(mutated("lines.jsonl"))
def test_mutated_jsonl(data: bytes) -> None:
    items = _check("lines.jsonl", data)
    for item in items:
        if isinstance(item, DocError) and item.offset is not None:
            assert 1 <= item.offset <= data.count(b"\n") + 1


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12)


@FUZZ
@given(st.dictionaries(st.sampled_from(["text", "title", "url", "date", "published", "source",
                                        "author", "html", "body"]), JSON_VALUES, max_size=6))
@example({"text": "x" * 50, "date": 1e300})  # a float date out of range
@example({"text": "x" * 50, "source": {"name": {"name": 3}}})
def test_any_json_object_gives_a_record(obj: dict[str, object]) -> None:
    _check("lines.jsonl", json.dumps(obj).encode())


@FUZZ
@given(st.text(max_size=300).filter(lambda t: "<" not in t and "&" not in t))
def test_fragment_text_keeps_the_words_and_dates_never_raise(text: str) -> None:
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    assert html_fragment_text(f"<p>{text}</p>") == "\n\n".join(p for p in paragraphs if p)
    parsed = parse_date(text)
    assert parsed is None or isinstance(parsed, date)
