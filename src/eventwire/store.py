"""DuckDB store: articles, events, actors, places, attributions, errors, files and runs.

Idempotent by content hash: an article id is ``Article.make_id(text)``, so the same article read
twice (from two files, or in a re-run) is stored once. Writes are buffered and flushed in one
transaction by ``commit()``; a run killed between commits loses only its last, uncommitted batch,
and a re-run (which skips ``done_ids()``) ends with the same tables. ``query`` runs only read
statements; ``Store.open_read_only`` opens the file with DuckDB's own read-only mode.

The ``files`` table records the input files read to their end (path, size, mtime), committed
with the batch that holds their last document, so a re-run can skip them whole.

``Store(":memory:")`` is the in-memory test double: the same code on a throwaway database.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from .errors import EventwireError
from .model import Article, DocError, Event

SCHEMA_VERSION = 1
ERROR_KINDS = ("error", "skipped", "failed")
"""error: unreadable input; skipped: read but not processed (e.g. not English);
failed: read but the pipeline raised on it."""

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, url VARCHAR, title VARCHAR, outlet VARCHAR, published DATE,
    language VARCHAR, original_outlet VARCHAR, original_url VARCHAR, author VARCHAR,
    source_path VARCHAR, text VARCHAR, removed VARCHAR[], n_events INTEGER);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence VARCHAR, span_start INTEGER,
    span_end INTEGER, trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    plover_type VARCHAR, plover_mode VARCHAR, cameo_code VARCHAR, quad_class INTEGER,
    goldstein DOUBLE, date_start DATE, date_end DATE, date_precision VARCHAR, date_text VARCHAR,
    status VARCHAR, polarity VARCHAR, certainty VARCHAR, confidence DOUBLE, rule VARCHAR,
    version INTEGER, record VARCHAR);
CREATE TABLE IF NOT EXISTS actors (
    event_id VARCHAR, role VARCHAR, text VARCHAR, name VARCHAR, country VARCHAR,
    sector VARCHAR, code VARCHAR, kind VARCHAR, qualifiers VARCHAR[],
    PRIMARY KEY (event_id, role));
CREATE TABLE IF NOT EXISTS places (
    event_id VARCHAR PRIMARY KEY, text VARCHAR, name VARCHAR, geonameid BIGINT, lat DOUBLE,
    lon DOUBLE, country VARCHAR, admin1 VARCHAR, precision VARCHAR, relation VARCHAR);
CREATE TABLE IF NOT EXISTS attributions (
    event_id VARCHAR, position INTEGER, speaker VARCHAR, role VARCHAR, via VARCHAR,
    cue VARCHAR, anonymous BOOLEAN, PRIMARY KEY (event_id, position));
CREATE TABLE IF NOT EXISTS errors (
    error_id VARCHAR PRIMARY KEY, kind VARCHAR, source VARCHAR, "offset" BIGINT,
    reason VARCHAR, article_id VARCHAR);
CREATE TABLE IF NOT EXISTS files (
    path VARCHAR PRIMARY KEY, size BIGINT, mtime_ns BIGINT, documents BIGINT);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP, status VARCHAR,
    paths VARCHAR, options VARCHAR, documents BIGINT, articles BIGINT, duplicates BIGINT,
    events BIGINT, errors BIGINT, skipped BIGINT, failed BIGINT);
ALTER TABLE events ADD COLUMN IF NOT EXISTS cluster_id VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS num_articles INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS num_sources INTEGER;
CREATE OR REPLACE VIEW event_rows AS
SELECT e.event_id, e.article_id, e.plover_type, e.plover_mode, e.cameo_code, e.quad_class,
       e.goldstein, e.trigger, e.sentence, e.span_start, e.span_end,
       s.code AS source_code, s.name AS source_name, s.text AS source_text,
       s.country AS source_country, s.sector AS source_sector, s.kind AS source_kind,
       t.code AS target_code, t.name AS target_name, t.text AS target_text,
       t.country AS target_country, t.sector AS target_sector, t.kind AS target_kind,
       p.name AS place_name, p.text AS place_text, p.geonameid, p.lat, p.lon,
       p.country AS place_country, p.admin1 AS place_admin1, p.precision AS place_precision,
       coalesce(e.date_start, a.published) AS date, e.date_start, e.date_end, e.date_precision,
       e.status, e.polarity, e.certainty, e.confidence,
       e.cluster_id, e.num_articles, e.num_sources,
       (SELECT string_agg(coalesce(x.speaker, '?'), '; ' ORDER BY x.position)
          FROM attributions x WHERE x.event_id = e.event_id) AS said_by,
       a.url, a.title, a.outlet, a.published, a.source_path
FROM events e
LEFT JOIN actors s ON s.event_id = e.event_id AND s.role = 'source'
LEFT JOIN actors t ON t.event_id = e.event_id AND t.role = 'target'
LEFT JOIN places p ON p.event_id = e.event_id
LEFT JOIN articles a ON a.id = e.article_id;
"""

_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "url", "title", "outlet", "published", "language", "original_outlet",
                 "original_url", "author", "source_path", "text", "removed", "n_events"),
    "events": ("event_id", "article_id", "sentence", "span_start", "span_end", "trigger",
               "trigger_start", "trigger_end", "plover_type", "plover_mode", "cameo_code",
               "quad_class", "goldstein", "date_start", "date_end", "date_precision", "date_text",
               "status", "polarity", "certainty", "confidence", "rule", "version", "record"),
    "actors": ("event_id", "role", "text", "name", "country", "sector", "code", "kind",
               "qualifiers"),
    "places": ("event_id", "text", "name", "geonameid", "lat", "lon", "country", "admin1",
               "precision", "relation"),
    "attributions": ("event_id", "position", "speaker", "role", "via", "cue", "anonymous"),
    "errors": ("error_id", "kind", "source", "offset", "reason", "article_id"),
    "files": ("path", "size", "mtime_ns", "documents"),
}
_LIST_COLUMNS = {"removed", "qualifiers"}
TABLES = (*_COLUMNS, "runs")


class StoreError(EventwireError):
    """The database cannot be opened or a statement is refused; names the file."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass
class RunCounts:
    documents: int = 0
    articles: int = 0
    duplicates: int = 0
    events: int = 0
    errors: int = 0
    skipped: int = 0
    failed: int = 0


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]


@dataclass
class _Buffer:
    rows: dict[str, list[tuple[Any, ...]]] = field(
        default_factory=lambda: {name: [] for name in _COLUMNS})
    article_ids: set[str] = field(default_factory=set)
    error_ids: set[str] = field(default_factory=set)


def error_id(kind: str, error: DocError) -> str:
    """Stable id of an error row: the same bad input read twice is one row."""
    key = f"{kind}\x1f{error.source}\x1f{error.offset}\x1f{error.reason}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _article_row(article: Article, n_events: int) -> tuple[Any, ...]:
    return (article.id, article.url, article.title, article.outlet, article.published,
            article.language, article.original_outlet, article.original_url, article.author,
            article.source_path, article.text, list(article.removed), n_events)


def _event_row(e: Event) -> tuple[Any, ...]:
    trig = e.trigger_span or (None, None)
    cameo, date_, fact = e.cameo, e.date, e.factuality
    return (e.event_id, e.article_id, e.sentence, e.span[0], e.span[1], e.trigger, trig[0],
            trig[1], e.plover.type, e.plover.mode, cameo.code if cameo else None,
            cameo.quad_class if cameo else None, cameo.goldstein if cameo else None,
            date_.start if date_ else None, date_.end if date_ else None,
            date_.precision if date_ else None, date_.text if date_ else None,
            fact.status, fact.polarity, fact.certainty, e.confidence, e.rule, e.version,
            e.model_dump_json())


def _child_rows(e: Event) -> dict[str, list[tuple[Any, ...]]]:
    rows: dict[str, list[tuple[Any, ...]]] = {"actors": [], "places": [], "attributions": []}
    for role, actor in (("source", e.source), ("target", e.target)):
        if actor is not None:
            rows["actors"].append((e.event_id, role, actor.text, actor.name, actor.country,
                                   actor.sector, actor.code, actor.kind, list(actor.qualifiers)))
    if (p := e.location) is not None:
        rows["places"].append((e.event_id, p.text, p.name, p.geonameid, p.lat, p.lon, p.country,
                               p.admin1, p.precision, p.relation))
    for i, a in enumerate(e.attribution):
        rows["attributions"].append((e.event_id, i, a.speaker, a.role, a.via, a.cue,
                                     a.anonymous))
    return rows


class Store:
    """Read and write one DuckDB database (a file, or ``":memory:"``)."""

    def __init__(self, path: str | Path = ":memory:", *, read_only: bool = False,
                 sandbox: bool = False) -> None:
        """``sandbox`` also denies SQL any access to other files (``read_csv``, ``COPY``)."""
        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(self.path, "no such database file")
        config: dict[str, str | bool | int | float | list[str]] = (
            {"enable_external_access": False} if sandbox else {})
        try:
            self._con = duckdb.connect(self.path, read_only=read_only, config=config)
        except duckdb.Error as exc:
            raise StoreError(self.path, f"cannot open database: {exc}") from exc
        self._buf = _Buffer()
        if not read_only:
            self._con.execute(_DDL)
            self._con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)",
                              [str(SCHEMA_VERSION)])

    @classmethod
    def open_read_only(cls, path: str | Path, sandbox: bool = False) -> Store:
        return cls(path, read_only=True, sandbox=sandbox)

    # ------------------------------------------------------------------ writing

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError(self.path, "opened read-only")

    def write(self, article: Article, events: Sequence[Event]) -> bool:
        """Buffer one article and its events; False when the article is already stored."""
        self._require_writable()
        if article.id in self._buf.article_ids or self._stored(article.id):
            return False
        self._buf.article_ids.add(article.id)
        self._buf.rows["articles"].append(_article_row(article, len(events)))
        seen: set[str] = set()
        for event in events:
            if event.event_id in seen:
                continue
            seen.add(event.event_id)
            self._buf.rows["events"].append(_event_row(event))
            for table, rows in _child_rows(event).items():
                self._buf.rows[table].extend(rows)
        return True

    def write_error(self, error: DocError, kind: str = "error",
                    article_id: str | None = None) -> bool:
        """Buffer one error row (kind: error, skipped or failed); False if already stored."""
        self._require_writable()
        if kind not in ERROR_KINDS:
            raise ValueError(f"error kind must be one of {ERROR_KINDS}, not {kind!r}")
        eid = error_id(kind, error)
        if eid in self._buf.error_ids:
            return False
        self._buf.error_ids.add(eid)
        self._buf.rows["errors"].append((eid, kind, error.source, error.offset, error.reason,
                                         article_id))
        return True

    def write_file(self, path: str, size: int, mtime_ns: int, documents: int) -> None:
        """Record a file as read to its end (with the batch holding its last document)."""
        self._require_writable()
        self._buf.rows["files"].append((path, size, mtime_ns, documents))

    def pending(self) -> int:
        """Articles buffered since the last commit."""
        return len(self._buf.rows["articles"])

    def commit(self) -> None:
        """Write everything buffered in one transaction (all of it, or none of it)."""
        self._require_writable()
        buf, self._buf = self._buf, _Buffer()
        if not any(buf.rows.values()):
            return
        self._con.execute("BEGIN TRANSACTION")
        try:
            for table, rows in buf.rows.items():
                self._insert(table, rows)
            self._con.execute("COMMIT")
        except BaseException:
            self._con.execute("ROLLBACK")
            raise

    def rollback(self) -> None:
        """Drop everything buffered since the last commit."""
        self._buf = _Buffer()

    def _insert(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        """Column-wise insert (one statement per table, fast), ignoring stored keys."""
        if not rows:
            return
        columns = _COLUMNS[table]
        values = [list(col) for col in zip(*rows, strict=True)]
        selects = ", ".join(
            f"unnest(${i + 1}, max_depth := 1)" if name in _LIST_COLUMNS else f"unnest(${i + 1})"
            for i, name in enumerate(columns))
        names = ", ".join(f'"{c}"' for c in columns)
        verb = "INSERT OR REPLACE" if table == "files" else "INSERT OR IGNORE"
        self._con.execute(f"{verb} INTO {table} ({names}) SELECT {selects}", values)

    # ------------------------------------------------------------------ runs

    def start_run(self, paths: Iterable[str], options: dict[str, Any]) -> str:
        self._require_writable()
        now = datetime.now(UTC).replace(tzinfo=None)
        run_id = hashlib.sha1(f"{now.isoformat()}{id(self)}".encode()).hexdigest()[:12]
        self._con.execute(
            "INSERT INTO runs (run_id, started_at, status, paths, options) VALUES (?,?,?,?,?)",
            [run_id, now, "running", json.dumps(list(paths)), json.dumps(options, default=str)])
        return run_id

    def finish_run(self, run_id: str, counts: RunCounts, status: str = "done") -> None:
        self._require_writable()
        now = datetime.now(UTC).replace(tzinfo=None)
        self._con.execute(
            "UPDATE runs SET finished_at=?, status=?, documents=?, articles=?, duplicates=?, "
            "events=?, errors=?, skipped=?, failed=? WHERE run_id=?",
            [now, status, counts.documents, counts.articles, counts.duplicates, counts.events,
             counts.errors, counts.skipped, counts.failed, run_id])

    # ------------------------------------------------------------------ reading

    def _stored(self, article_id: str) -> bool:
        rows = self._con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchall()
        return bool(rows)

    def done_files(self) -> dict[str, tuple[int, int]]:
        """Files read to their end: path -> (size, mtime_ns). A re-run skips them unchanged."""
        rows = self._con.execute("SELECT path, size, mtime_ns FROM files").fetchall()
        return {r[0]: (int(r[1]), int(r[2])) for r in rows}

    def done_ids(self) -> set[str]:
        """Ids of every stored article: a re-run skips these."""
        return {r[0] for r in self._con.execute("SELECT id FROM articles").fetchall()}

    def query(self, sql: str, params: Sequence[Any] | None = None) -> QueryResult:
        """Run one read-only statement (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE)."""
        try:
            statements = self._con.extract_statements(sql)
        except duckdb.Error as exc:
            raise StoreError(self.path, f"bad SQL: {exc}") from exc
        if len(statements) != 1:
            raise StoreError(self.path, f"expected one SQL statement, got {len(statements)}")
        kind = statements[0].type
        if kind != duckdb.StatementType.SELECT:
            raise StoreError(self.path, f"only read queries are allowed, not {kind.name}")
        try:
            cur = self._con.execute(sql, list(params) if params else None)
            rows = cur.fetchall()
        except duckdb.Error as exc:
            raise StoreError(self.path, f"query failed: {exc}") from exc
        columns = [d[0] for d in cur.description or ()]
        return QueryResult(columns, rows)

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise StoreError(self.path, f"no table {table!r}; tables: {', '.join(TABLES)}")
        return int(self._con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])

    def events(self, where: str = "TRUE", params: Sequence[Any] | None = None) -> list[Event]:
        """Stored events as typed records (``where`` filters ``event_rows``)."""
        sql = ("SELECT record FROM events WHERE event_id IN "
               f"(SELECT event_id FROM event_rows WHERE {where}) "
               "ORDER BY article_id, span_start, event_id")
        rows = self._con.execute(sql, list(params) if params else None).fetchall()
        return [Event.model_validate_json(r[0]) for r in rows]

    def articles_with_events(self) -> Iterator[tuple[Article, list[Event]]]:
        """Every stored article with its events, in publication order."""
        rows = self._con.execute(
            "SELECT id, url, title, outlet, published, original_outlet, source_path, text "
            "FROM articles ORDER BY published NULLS FIRST, id").fetchall()
        events: dict[str, list[Event]] = {}
        for article_id, record in self._con.execute(
                "SELECT article_id, record FROM events ORDER BY article_id, span_start, event_id"
        ).fetchall():
            events.setdefault(article_id, []).append(Event.model_validate_json(record))
        for aid, url, title, outlet, published, original, path, text in rows:
            article = Article(id=aid, text=text or "", url=url, title=title, outlet=outlet,
                              published=published, original_outlet=original, source_path=path)
            yield article, events.get(aid, [])

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The raw connection, for exporters (COPY ... TO)."""
        return self._con

    # ------------------------------------------------------------------ lifetime

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None and not self.read_only:
            self.commit()
        self.close()
