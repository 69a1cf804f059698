"""WARC and ARC reader (warcio), streamed record by record, plain or gzip-compressed.

Every ``response`` (or ``resource``) record with an HTML payload and a 2xx status is one page;
other records (requests, metadata, images, redirects) are not news documents and are passed over.
A record the archive cuts short (truncated gzip member or short block) is one ``DocError`` with the
record's byte offset; reading stops there, since nothing after a corrupt member can be trusted.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from ..model import Article, DocError
from ..options import Options
from . import register_reader
from .feeds import parse_date
from .html import HtmlConfig, decode_html, html_to_article

Item = Article | DocError

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(record: ArcWarcRecord) -> str:
    headers = record.http_headers
    value = headers.get_header("Content-Type") if headers is not None else None
    value = value or record.rec_headers.get_header("Content-Type") or ""
    return value.lower()


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _is_page(record: ArcWarcRecord) -> bool:
    if record.rec_type not in ("response", "resource"):
        return False
    if not _content_type(record).startswith(_HTML_TYPES):
        return False
    headers = record.http_headers
    if record.rec_type == "resource" or headers is None:
        return True
    status = headers.get_statuscode()
    return bool(status) and str(status).startswith("2")


def _record_date(record: ArcWarcRecord) -> date | None:
    value = record.rec_headers.get_header("WARC-Date") or record.rec_headers.get_header(
        "archive-date")
    if value and value.isdigit() and len(value) >= 8:  # ARC: 20180129103000
        value = f"{value[:4]}-{value[4:6]}-{value[6:8]}"
    return parse_date(value)


def _expected_format(source: str) -> str | None:
    name = source.lower().removesuffix(".gz")
    if name.endswith(".warc"):
        return "warc"
    if name.endswith(".arc"):
        return "arc"
    return None


def _page(source: str, offset: int, record: ArcWarcRecord, options: Options,
          config: HtmlConfig) -> Item:
    payload = record.content_stream().read(config.max_bytes + 1)
    left = getattr(record.raw_stream, "limit", 0)
    if len(payload) <= config.max_bytes and left:
        return DocError(source=source, offset=offset,
                        reason=f"record at byte {offset} is truncated ({left:,} bytes missing)")
    if len(payload) > config.max_bytes:
        return DocError(source=source, offset=offset, reason=(
            f"record at byte {offset}: HTML larger than {config.max_bytes:,} bytes"))
    content_type = _content_type(record)
    html = decode_html(source, payload, _charset(content_type), offset)
    if isinstance(html, DocError):
        return html.model_copy(update={"reason": f"record at byte {offset}: {html.reason}"})
    url = record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("uri")
    item = html_to_article(source, html, options, url=url, fallback_date=_record_date(record),
                           offset=offset, config=config)
    if isinstance(item, DocError):
        return item.model_copy(update={"reason": f"record at byte {offset}: {item.reason}"})
    return item


def read_warc_stream(source: str, stream: IO[bytes], options: Options,
                     config: HtmlConfig | None = None) -> Iterator[Item]:
    """Read an open (optionally gzip-compressed) WARC/ARC stream record by record."""
    cfg = config or HtmlConfig()
    expected = _expected_format(source)
    iterator = ArchiveIterator(stream, arc2warc=False, ensure_http_headers=False)
    offset = 0
    pages = 0
    try:
        for record in iterator:
            offset = iterator.offset  # get_record_offset() would read the record away
            if expected is not None and record.format.startswith("warc") != (expected == "warc"):
                yield DocError(source=source, offset=offset,
                               reason=f"not a {expected.upper()} file (record at byte {offset} "
                                      f"reads as {record.format})")
                return
            if not _is_page(record):
                continue
            item = _page(source, offset, record, options, cfg)
            pages += 1
            yield item
            if isinstance(item, DocError) and "truncated" in item.reason:
                return
    except Exception as exc:  # warcio raises many kinds of error on corrupt input
        where = iterator.offset if iterator.offset is not None else offset
        yield DocError(source=source, offset=where,
                       reason=f"corrupt archive at byte {where}: {type(exc).__name__}: {exc}")
        return
    consumed = stream.tell() if stream.seekable() else None
    if consumed is not None and iterator.offset is not None and iterator.offset < consumed:
        yield DocError(source=source, offset=iterator.offset, reason=(
            f"record at byte {iterator.offset} is truncated or corrupt "
            f"({consumed - iterator.offset:,} bytes could not be read)"))
    elif pages == 0 and consumed == 0:
        yield DocError(source=source, reason="empty document")


def read_warc_path(path: str | Path, options: Options,
                   config: HtmlConfig | None = None) -> Iterator[Item]:
    """Stream a WARC/ARC file from disk without loading it whole."""
    with open(path, "rb") as fh:
        yield from read_warc_stream(str(path), fh, options, config)


def read_warc(source: str, data: bytes, options: Options) -> Iterator[Item]:
    """Registry entry point: the file's bytes are already in memory."""
    yield from read_warc_stream(source, io.BytesIO(data), options)


register_reader([".warc", ".warc.gz", ".arc", ".arc.gz"], read_warc)
