"""Cleaning stage: header metadata, publisher boilerplate and cross-post origin.

Input is an ingested ``Article``; output is a new ``Article`` whose ``text`` holds only the news
paragraphs (joined by blank lines), with removed boilerplate kept in ``Article.removed`` and
metadata found in the text (title, byline, date line, "originally published at", "Articles by:")
moved to fields. Event spans refer to this cleaned text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

import dateparser

from .datafiles import package_file, read_tsv
from .errors import DataFileError
from .model import Article

_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[A-Z\"“‘(\[])|\s+\|\s+|\n")
_BYLINE = re.compile(r"^\s*by\s+(?P<author>[^,|]{2,60}?)(?:\s*[,|/-]\s*(?P<outlet>.{2,60}?))?\s*$",
                     re.IGNORECASE)


@dataclass(frozen=True)
class BoilerplateRules:
    drop: tuple[re.Pattern[str], ...]
    origin: tuple[re.Pattern[str], ...]
    author: tuple[re.Pattern[str], ...]


@cache
def load_rules() -> BoilerplateRules:
    """Read the boilerplate patterns shipped in ``data/clean/boilerplate.tsv``."""
    path = package_file("clean", "boilerplate.tsv")
    buckets: dict[str, list[re.Pattern[str]]] = {"drop": [], "origin": [], "author": []}
    for lineno, row in read_tsv(path):
        kind, regex = row.get("kind", ""), row.get("regex", "")
        if kind not in buckets or not regex:
            raise DataFileError(str(path), lineno, f"expected kind<TAB>regex, got {row!r}")
        try:
            buckets[kind].append(re.compile(regex, re.IGNORECASE))
        except re.error as exc:
            raise DataFileError(str(path), lineno, f"bad regex: {exc}") from exc
    return BoilerplateRules(tuple(buckets["drop"]), tuple(buckets["origin"]),
                            tuple(buckets["author"]))


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; a text with none has one paragraph a line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if re.search(r"\n\s*\n", text):
        parts = re.split(r"\n\s*\n", text)
    else:
        parts = text.split("\n")
    return [p.strip() for p in parts if p.strip()]


def _norm(paragraph: str) -> str:
    return " ".join(paragraph.split())


def _sentences(paragraph: str) -> list[str]:
    return [s for s in _SENT_SPLIT.split(paragraph) if s and s.strip()]


def _is_date_line(line: str) -> date | None:
    if len(line) > 40 or not re.search(r"\d", line):
        return None
    parsed = dateparser.parse(
        line, languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["year"]}
    )
    return parsed.date() if parsed else None


@dataclass
class _Meta:
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: date | None = None
    original_outlet: str | None = None


def _header_line(line: str, first: bool, meta: _Meta) -> bool:
    """Parse one title / byline / date line into ``meta``; False when it is body text."""
    words = line.split()
    byline = _BYLINE.match(line)
    if byline and len(words) <= 12:
        meta.author = byline.group("author").strip()
        rest = (byline.group("outlet") or "").strip()
        found = _is_date_line(rest) if rest else None
        if found:
            meta.published = meta.published or found
        elif rest:
            meta.outlet = meta.outlet or rest
        return True
    found = _is_date_line(line)
    if found:
        meta.published = meta.published or found
        return True
    if first and len(words) <= 20 and meta.title is None and not re.search(r"[.!?\"”]$", line):
        meta.title = meta.title or line
        return True
    return False


def _header(paragraphs: list[str], meta: _Meta) -> int:
    """Consume title / byline / date-line paragraphs at the top; return how many."""
    used = 0
    for i, para in enumerate(paragraphs[:4]):
        lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
        if not all(_header_line(ln, i == 0 and j == 0, meta) for j, ln in enumerate(lines)):
            break
        used = i + 1
    return used


def _scan_boilerplate(sentence: str, rules: BoilerplateRules, meta: _Meta) -> bool:
    """True when the sentence is boilerplate; records origin/author found in it."""
    hit = False
    for pattern in rules.origin:
        m = pattern.search(sentence)
        if m:
            meta.original_outlet = meta.original_outlet or m.group("outlet").strip(" :,'\"")
            hit = True
    for pattern in rules.author:
        m = pattern.search(sentence)
        if m:
            meta.author = meta.author or m.group("author").strip()
            hit = True
    return hit or any(p.search(sentence) for p in rules.drop)


ZONE_NAMES = (r"GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|PST|PDT|IST|PKT|JST|KST|AEST"
              r"|AEDT|ET|PT|CT|WIB|WITA|[A-Z]{1,4}T")
"""Time zones a live-blog stamp may give: the common ones (Indonesia's "WIB" and "WITA" among
them), and any capitals ending in T ("EAT", "WAT", "AST", "AZT")."""
_ZONE = rf"(?:\s?(?:{ZONE_NAMES}|[AaPp]\.?[Mm]\.?)\b)?"
_STAMP = re.compile(
    r"^\d{1,2}[:.]\d{2}" + _ZONE + r"\s*[—–-]\s+|^\d{1,2}:\d{2}" + _ZONE + r"\s+(?=[A-Z])")
"""A live-blog entry's timestamp ("10:45 GMT - ", "16:45 — ", "14:05 "): not part of what
the entry says, and never the time of its events (annotation guide, batch D)."""


def clean(article: Article) -> Article:
    """Return the article with header metadata parsed and boilerplate removed."""
    rules = load_rules()
    meta = _Meta(title=article.title, author=article.author, outlet=article.outlet,
                 published=article.published, original_outlet=article.original_outlet)
    paragraphs = split_paragraphs(article.text)
    start = _header(paragraphs, meta) if len(paragraphs) > 1 else 0
    kept: list[str] = []
    removed: list[str] = list(article.removed)
    for raw in paragraphs[start:]:
        para = _norm(raw)
        stamp = _STAMP.match(para)
        if stamp is not None and stamp.end() < len(para):
            removed.append(stamp.group().strip())
            para = para[stamp.end():]
        sentences = _sentences(para)
        good = [s for s in sentences if not _scan_boilerplate(s, rules, meta)]
        bad_chars = sum(len(s) for s in sentences) - sum(len(s) for s in good)
        # A paragraph mostly made of boilerplate is boilerplate as a whole.
        if not good or bad_chars > 0.5 * len(para):
            removed.append(para)
        elif len(good) < len(sentences):
            kept.append(" ".join(good))
            removed.extend(s for s in sentences if s not in good)
        else:
            kept.append(para)
    return article.model_copy(update={
        "text": "\n\n".join(kept),
        "title": meta.title,
        "author": meta.author,
        "outlet": meta.outlet,
        "published": meta.published,
        "original_outlet": meta.original_outlet,
        "removed": tuple(removed),
    })
