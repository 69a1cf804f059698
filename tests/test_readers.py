"""Readers for HTML, JSONL, RSS/Atom and WARC/ARC: metadata, errors with locations, streaming."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import read_inputs, reader_for
from eventwire.ingest.feeds import html_fragment_text, parse_date, read_feed
from eventwire.ingest.html import read_html
from eventwire.ingest.jsonl import JsonlFields, read_jsonl
from eventwire.ingest.lang import detect_language
from eventwire.ingest.warc import read_warc, read_warc_path
from eventwire.model import Article, DocError
from eventwire.options import Options
from eventwire.synth import Doc, page_html

OPTS = Options()
BODY = ("Kenya and Ethiopia agreed on Tuesday to reopen their border crossing at Moyale, the "
        "two foreign ministers said after talks in Nairobi.",
        "Traders on both sides had asked for the crossing to reopen after it was closed during "
        "clashes between rival militias last year.")
DOC = Doc(headline="Kenya and Ethiopia agree to reopen border", paragraphs=BODY,
          outlet="Plains Gazette", author="Kofi Mensah", published=date(2019, 3, 12),
          url="https://plainsgazette.example/news/1")


def _articles(items: list[Article | DocError]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def _errors(items: list[Article | DocError]) -> list[DocError]:
    return [i for i in items if isinstance(i, DocError)]


# ---------------------------------------------------------------------- HTML


def test_html_main_text_and_metadata_without_page_furniture() -> None:
    [art] = list(read_html("page.html", page_html(DOC).encode(), OPTS))
    assert isinstance(art, Article)
    assert art.title == DOC.headline
    assert art.author == "Kofi Mensah"
    assert art.outlet == "Plains Gazette"
    assert art.published == date(2019, 3, 12)
    assert art.url == DOC.url
    assert art.language == "en"
    assert art.text.startswith("Kenya and Ethiopia agreed on Tuesday")
    assert art.text.split("\n\n")[1].startswith("Traders on both sides")
    for furniture in ("Most read", "cookies", "Privacy policy", "Home"):
        assert furniture not in art.text
    assert art.id == Article.make_id(art.text)


def test_html_declared_charset_is_honoured_and_undeclared_bad_bytes_are_an_error() -> None:
    page = page_html(DOC).replace("Nairobi", "Nairobi caf\u00e9")
    latin = page.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    [art] = list(read_html("latin.html", latin.encode("cp1252"), OPTS))
    assert isinstance(art, Article) and "café" in art.text
    undeclared = page.replace('<meta charset="utf-8">', "").encode("cp1252")
    [err] = list(read_html("bad.html", undeclared, OPTS))
    assert isinstance(err, DocError) and "not valid utf-8" in err.reason
    assert err.source == "bad.html"


def test_html_without_text_empty_and_enormous_are_named_errors() -> None:
    no_text = b"<html><body><script>var x=1;</script><nav><a href='/'>Home</a></nav></body></html>"
    big = "".join(f"<p>Paragraph {i} about the harbour budget and the bridge vote.</p>"
                  for i in range(25_000))
    reasons = {name: next(iter(read_html(name, data, OPTS))) for name, data in (
        ("none.html", no_text), ("empty.html", b"  \n"),
        ("big.html", f"<html><body><article>{big}</article></body></html>".encode()))}
    assert all(isinstance(r, DocError) for r in reasons.values())
    assert "no main text" in reasons["none.html"].reason  # type: ignore[union-attr]
    assert reasons["empty.html"].reason == "empty document"  # type: ignore[union-attr]
    assert "too large" in reasons["big.html"].reason  # type: ignore[union-attr]


# ---------------------------------------------------------------------- JSONL


def _jsonl(*records: object) -> bytes:
    return b"\n".join(r if isinstance(r, bytes) else json.dumps(r).encode() for r in records)


def test_jsonl_fields_lines_and_errors_with_line_numbers() -> None:
    text = "\n\n".join(BODY)
    data = _jsonl(
        {"title": "Border reopens", "text": text, "url": "u1", "published": "2019-03-12",
         "source": {"name": "Plains Gazette"}, "authors": ["A. One", "B. Two"]},
        b"",
        b'{"title": "broken", "text": "Kenya',
        {"title": "no body"},
        ["not", "an", "object"],
        b'{"text": "\xff\xfe bad bytes"}',
        {"body": text.replace("Kenya", "Uganda"), "pubDate": "Tue, 12 Mar 2019 08:00:00 +0000"},
    )
    items = list(read_jsonl("feed.jsonl", data, OPTS))
    arts, errs = _articles(items), _errors(items)
    assert [a.source_path for a in arts] == ["feed.jsonl:1", "feed.jsonl:7"]
    first = arts[0]
    assert (first.title, first.url, first.outlet, first.author, first.published) == (
        "Border reopens", "u1", "Plains Gazette", "A. One, B. Two", date(2019, 3, 12))
    assert arts[1].published == date(2019, 3, 12)
    assert [(e.offset, e.source) for e in errs] == [(3, "feed.jsonl"), (4, "feed.jsonl"),
                                                     (5, "feed.jsonl"), (6, "feed.jsonl")]
    assert "malformed JSON" in errs[0].reason and "no text field" in errs[1].reason
    assert "expected a JSON object" in errs[2].reason and "UTF-8" in errs[3].reason


def test_jsonl_field_names_are_configurable_and_dotted() -> None:
    data = _jsonl({"story": {"body": "\n\n".join(BODY)}, "meta": {"when": 1552377600}})
    fields = JsonlFields.with_overrides(text="story.body", published="meta.when")
    [art] = list(read_jsonl("x.jsonl", data, OPTS, fields))
    assert isinstance(art, Article) and art.text.startswith("Kenya")
    assert art.published == date(2019, 3, 12)
    [err] = list(read_jsonl("x.jsonl", data, OPTS))
    assert isinstance(err, DocError) and "no text field" in err.reason


def test_empty_jsonl_file_is_one_error() -> None:
    assert [e.reason for e in _errors(list(read_jsonl("e.jsonl", b"\n \n", OPTS)))] == [
        "empty document (no JSON lines)"]


# ---------------------------------------------------------------------- feeds

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Plains Gazette</title>
<item><title>Border reopens</title><link>https://pg.example/1</link>
<pubDate>Tue, 12 Mar 2019 08:00:00 +0000</pubDate><dc:creator>Kofi Mensah</dc:creator>
<description>&lt;p&gt;{BODY[0]}&lt;/p&gt;&lt;p&gt;{BODY[1]}&lt;/p&gt;</description></item>
<item><title>Empty item</title><description>   </description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Wire</title>
<entry><title>Border reopens</title><link rel="alternate" href="https://hw.example/1"/>
<published>2019-03-12T08:00:00Z</published><author><name>Lena Vogt</name></author>
<content type="html">&lt;p&gt;{BODY[0]}&lt;/p&gt;</content></entry></feed>"""


def test_rss_items_with_html_descriptions_and_empty_item_error() -> None:
    items = list(read_feed("f.rss", RSS.encode(), OPTS))
    [art] = _articles(items)
    assert (art.title, art.url, art.outlet, art.author, art.published) == (
        "Border reopens", "https://pg.example/1", "Plains Gazette", "Kofi Mensah",
        date(2019, 3, 12))
    assert art.text == "\n\n".join(BODY) and art.source_path == "f.rss#item1"
    [err] = _errors(items)
    assert err.reason.startswith("item 2: empty document")


def test_atom_entries() -> None:
    [art] = list(read_feed("f.atom", ATOM.encode(), OPTS))
    assert isinstance(art, Article)
    assert (art.outlet, art.url, art.author, art.published) == (
        "Harbour Wire", "https://hw.example/1", "Lena Vogt", date(2019, 3, 12))


def test_malformed_unsafe_and_non_feed_xml() -> None:
    [bad] = list(read_feed("f.xml", RSS.encode()[:-40], OPTS))
    assert isinstance(bad, DocError) and bad.reason.startswith("malformed XML")
    assert bad.offset is not None and bad.offset > 1
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
            b"<rss><channel><item><description>&b;</description></item></channel></rss>")
    [unsafe] = list(read_feed("bomb.xml", bomb, OPTS))
    assert isinstance(unsafe, DocError) and "unsafe XML" in unsafe.reason
    [other] = list(read_feed("svg.xml", b"<svg><g/></svg>", OPTS))
    assert isinstance(other, DocError) and "not an RSS or Atom feed" in other.reason


def test_parse_date_forms() -> None:
    assert parse_date("2019-03-12T08:00:00Z") == date(2019, 3, 12)
    assert parse_date("Tue, 12 Mar 2019 08:00:00 +0000") == date(2019, 3, 12)
    assert parse_date(1552377600) == date(2019, 3, 12)
    assert parse_date(1552377600000) == date(2019, 3, 12)
    assert parse_date("next Tuesday") is None and parse_date(True) is None


def test_html_fragment_text_keeps_paragraphs_drops_scripts() -> None:
    frag = "<p>One <b>two</b>.</p><script>x()</script><div>Three &amp; four</div>"
    assert html_fragment_text(frag) == "One two.\n\nThree & four"


# ---------------------------------------------------------------------- WARC / ARC


def _warc(pages: list[tuple[str, bytes, str]], gz: bool = True) -> tuple[bytes, list[int]]:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    offsets = []
    for url, body, ctype in pages:
        offsets.append(buf.tell())
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2019-03-14T09:00:00Z"}))
    return buf.getvalue(), offsets


def test_warc_pages_offsets_date_fallback_and_ignored_records() -> None:
    no_date = "\n".join(line for line in page_html(DOC).splitlines()
                        if "published_time" not in line).encode()
    data, offsets = _warc([
        ("https://a.example/1", no_date, "text/html; charset=utf-8"),
        ("https://a.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(40), "image/png"),
        ("https://a.example/2", b"<html><body><nav>Home</nav></body></html>", "text/html"),
    ])
    items = list(read_warc("c.warc.gz", data, OPTS))
    [art] = _articles(items)
    assert art.source_path == f"c.warc.gz@{offsets[0]}"
    assert art.published == date(2019, 3, 14)  # WARC-Date: the page has no date of its own
    [err] = _errors(items)
    assert err.offset == offsets[2] and "no main text" in err.reason


def test_truncated_gzip_warc_reports_the_cut_record_and_keeps_the_ones_before() -> None:
    body = page_html(DOC).encode()
    other = page_html(Doc(**{**DOC.__dict__, "paragraphs": (BODY[1], BODY[0])})).encode()
    data, offsets = _warc([("https://a.example/1", body, "text/html"),
                           ("https://a.example/2", other, "text/html")])
    for cut in (offsets[1] + 12, offsets[1] + (len(data) - offsets[1]) // 2, len(data) - 30):
        items = list(read_warc("t.warc.gz", data[:cut], OPTS))
        assert len(_articles(items)) == 1, cut
        [err] = _errors(items)
        assert err.offset == offsets[1], cut
        assert "truncated" in err.reason or "corrupt" in err.reason


def test_uncompressed_warc_streamed_from_disk(tmp_path: Path) -> None:
    data, _ = _warc([("https://a.example/1", page_html(DOC).encode(), "text/html")],
                          gz=False)
    path = tmp_path / "plain.warc"
    path.write_bytes(data)
    [art] = list(read_warc_path(path, OPTS))
    assert isinstance(art, Article) and art.source_path == f"{path}@0"


def test_arc_file_is_read() -> None:
    body = page_html(DOC).encode()
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    filedesc_body = b"1 0 Synthetic\nURL IP-address Archive-date Content-type Archive-length\n"
    filedesc = (f"filedesc://test.arc 0.0.0.0 20190314090000 text/plain "
                f"{len(filedesc_body)}\n").encode() + filedesc_body + b"\n"
    record = (f"https://a.example/1 192.0.2.1 20190314090000 text/html {len(http)}\n"
              .encode() + http + b"\n")
    data = gzip.compress(filedesc) + gzip.compress(record)
    [art] = _articles(list(read_warc("old.arc.gz", data, OPTS)))
    assert art.url == "https://plainsgazette.example/news/1" and art.title == DOC.headline


def test_garbage_warc_is_one_error() -> None:
    items = list(read_warc("junk.warc", b"this is not an archive at all\n" * 3, OPTS))
    assert len(items) == 1 and isinstance(items[0], DocError)


# ---------------------------------------------------------------------- registry, language


def test_registry_dispatches_by_suffix(tmp_path: Path) -> None:
    for name in ("a.html", "a.jsonl", "a.rss", "a.atom", "a.warc.gz", "a.arc"):
        assert reader_for(name).__module__.startswith("eventwire.ingest."), name
    (tmp_path / "p.html").write_text(page_html(DOC), encoding="utf-8")
    (tmp_path / "r.jsonl").write_text(json.dumps({"text": "\n\n".join(BODY)}), encoding="utf-8")
    items = list(read_inputs([str(tmp_path)], OPTS))
    assert len(_articles(items)) == 2 and not _errors(items)


def test_language_detection() -> None:
    assert detect_language(" ".join(BODY)).code == "en"
    french = ("Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les "
              "agriculteurs touchés par la sécheresse, a indiqué le ministère.")
    assert detect_language(french).code == "fr"
    assert detect_language("Too short.").code is None
