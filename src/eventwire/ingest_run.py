"""The ingest job: read -> pipeline -> store, in parallel, resumable.

The main process reads the inputs (readers, language check, de-duplication by content hash) and
owns the one DuckDB connection; worker processes (``spawn``, each with its own ``Pipeline``)
clean, parse and code batches of articles. Results are committed batch by batch, in reading
order, each batch in one transaction with the errors read alongside it. A run killed at any
point loses at most its uncommitted batches; the next run skips the stored article ids and ends
with the same tables as an uninterrupted run.
"""

from __future__ import annotations

import multiprocessing
import re
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from .errors import EventwireError
from .ingest import reader_for
from .ingest.html import HtmlConfig, read_html
from .ingest.jsonl import JsonlFields, read_jsonl_stream
from .ingest.warc import read_warc_path
from .model import Article, DocError, Event
from .options import Options
from .pipeline import Pipeline
from .store import RunCounts, Store

Item = Article | DocError

_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_LOCATOR = re.compile(r"(?:[:@])(\d+)$")


class IngestError(EventwireError):
    """The ingest job cannot go on (a worker process died)."""


@dataclass(frozen=True)
class IngestConfig:
    """Settings of one ingest job (the pipeline's own settings stay in ``Options``)."""

    workers: int = 2
    """Worker processes; 1 runs the pipeline in this process (no pool)."""
    batch_size: int = 32
    """Articles per worker task and per commit."""
    languages: tuple[str, ...] = ("en",)
    """Articles detected as another language are stored as 'skipped' errors; () keeps all."""
    published: date | None = None
    """Overrides every document's publication date."""
    rescan: bool = False
    """Read again files recorded as fully ingested (same size and mtime); off by default."""
    jsonl: JsonlFields = field(default_factory=JsonlFields)
    html: HtmlConfig = field(default_factory=HtmlConfig)
    cluster: bool = True
    """Rebuild cross-report event clusters (one real event, N sources) after the run."""
    similarity: str = "lexical"
    """Sentence similarity for clustering: lexical (fast) or embed (MiniLM, needs [embed])."""


@dataclass
class Progress:
    """Passed to ``on_commit`` after every committed batch."""

    files_done: int
    files_total: int
    counts: RunCounts
    seconds: float


@dataclass
class IngestResult:
    run_id: str
    counts: RunCounts
    seconds: float
    status: str
    files: int = 0
    """Files read in this run (unchanged files read to the end before are skipped)."""
    clusters: int | None = None
    """Event clusters in the store after the run (None when clustering was off)."""

    @property
    def documents_per_second(self) -> float:
        return self.counts.documents / self.seconds if self.seconds else 0.0


@dataclass
class _Batch:
    """Work read in order: articles for the pipeline, and errors to store with them."""

    articles: list[Article] = field(default_factory=list)
    errors: list[tuple[str, DocError, str | None]] = field(default_factory=list)
    documents: int = 0
    duplicates: int = 0
    files: list[tuple[str, int, int, int]] = field(default_factory=list)
    """Files whose last document is in this batch: (path, size, mtime_ns, documents)."""


@dataclass(frozen=True)
class _Done:
    article: Article
    events: list[Event]


@dataclass(frozen=True)
class _Failed:
    article: Article
    reason: str


Outcome = _Done | _Failed


# ---------------------------------------------------------------------- reading


def expand_paths(paths: Iterable[str]) -> list[str]:
    """Files named, and every non-hidden file under the folders named, in sorted order."""
    out: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(str(c) for c in sorted(p.rglob("*"))
                       if c.is_file() and not any(part.startswith(".") for part in
                                                  c.relative_to(p).parts))
        else:
            out.append(raw)
    return out


def read_file(name: str, options: Options, config: IngestConfig) -> Iterator[Item]:
    """Every Article or DocError in one file; a reader bug becomes a DocError, not a crash."""
    lower = name.lower()
    try:
        if lower.endswith(_WARC_SUFFIXES):
            yield from read_warc_path(name, options, config.html)
        elif lower.endswith(_JSONL_SUFFIXES):
            with open(name, "rb") as fh:
                yield from read_jsonl_stream(name, fh, options, config.jsonl)
        else:
            data = Path(name).read_bytes()
            if lower.endswith(_HTML_SUFFIXES):
                yield from read_html(name, data, options, config.html)
            else:
                yield from reader_for(name)(name, data, options)
    except FileNotFoundError:
        yield DocError(source=name, reason="file not found")
    except IsADirectoryError:
        yield DocError(source=name, reason="is a directory")
    except OSError as exc:
        yield DocError(source=name, reason=f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a reader bug must not end a run of thousands of files
        yield DocError(source=name, reason=f"reader failed: {type(exc).__name__}: {exc}")


def _locate(article: Article, fallback: str) -> tuple[str, int | None]:
    path = article.source_path or fallback
    m = _LOCATOR.search(path)
    if m and path[: m.start()] == fallback:
        return fallback, int(m.group(1))
    return fallback, None


def _language_skip(article: Article, file: str, languages: tuple[str, ...]) -> DocError | None:
    if not languages or article.language is None or article.language in languages:
        return None
    source, offset = _locate(article, file)
    return DocError(source=source, offset=offset, reason=(
        f"skipped: language {article.language!r} (ingesting {', '.join(languages)})"))


def _stamp(name: str) -> tuple[int, int]:
    try:
        st = Path(name).stat()
    except OSError:
        return -1, -1
    return st.st_size, st.st_mtime_ns


def read_batches(files: list[str], options: Options, config: IngestConfig,
                 done: set[str]) -> Iterator[_Batch]:
    """Batches of new articles (ids not in ``done``; ``done`` grows as they are read)."""
    batch = _Batch()
    for name in files:
        size, mtime = _stamp(name)
        documents = 0
        for item in read_file(name, options, config):
            batch.documents += 1
            documents += 1
            if isinstance(item, DocError):
                batch.errors.append(("error", item, None))
                continue
            if config.published is not None:
                item = item.model_copy(update={"published": config.published})
            skip = _language_skip(item, name, config.languages)
            if skip is not None:
                batch.errors.append(("skipped", skip, item.id))
            elif item.id in done:
                batch.duplicates += 1
            else:
                done.add(item.id)
                batch.articles.append(item)
            if len(batch.articles) >= config.batch_size or (
                    len(batch.errors) + batch.duplicates >= 8 * config.batch_size):
                yield batch
                batch = _Batch()
        batch.files.append((name, size, mtime, documents))
    yield batch


# ---------------------------------------------------------------------- workers


@cache
def _pipeline(options: Options) -> Pipeline:
    """One Pipeline per process (models load on first use)."""
    return Pipeline(options)


def _init_worker(options: Options) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    pipeline = _pipeline(options)
    _ = pipeline.lexicon, pipeline.actors, pipeline.geo


def process_batch(options: Options, articles: list[Article]) -> list[Outcome]:
    """Clean, parse and code a batch; an article the pipeline raises on is a failure, alone."""
    pipeline = _pipeline(options)
    try:
        return [_Done(a, ev) for a, ev in pipeline.run(articles)]
    except Exception:  # find the culprit: redo one by one
        pass
    out: list[Outcome] = []
    for article in articles:
        try:
            cleaned, events = next(pipeline.run([article]))
            out.append(_Done(cleaned, events))
        except Exception as exc:  # one bad article must not end the run
            out.append(_Failed(article, f"pipeline failed: {type(exc).__name__}: {exc}"))
    return out


# ---------------------------------------------------------------------- the job


class _Writer:
    """Commits batches in order and keeps the counts."""

    def __init__(self, store: Store, files_total: int,
                 on_commit: Callable[[Progress], None] | None) -> None:
        self.store = store
        self.counts = RunCounts()
        self.files_total = files_total
        self.files_done = 0
        self.on_commit = on_commit
        self.started = time.perf_counter()

    def commit(self, batch: _Batch, outcomes: list[Outcome]) -> None:
        for name, size, mtime, documents in batch.files:
            if size >= 0:
                self.store.write_file(name, size, mtime, documents)
        for kind, error, article_id in batch.errors:
            self.store.write_error(error, kind, article_id)
            setattr(self.counts, _COUNTER[kind], getattr(self.counts, _COUNTER[kind]) + 1)
        for outcome in outcomes:
            if isinstance(outcome, _Failed):
                source, offset = _locate(outcome.article, _file_of(outcome.article))
                self.store.write_error(DocError(source=source, offset=offset,
                                                reason=outcome.reason), "failed",
                                       outcome.article.id)
                self.counts.failed += 1
            elif self.store.write(outcome.article, outcome.events):
                self.counts.articles += 1
                self.counts.events += len(outcome.events)
        self.store.commit()
        self.counts.documents += batch.documents
        self.counts.duplicates += batch.duplicates
        self.files_done += len(batch.files)
        if self.on_commit is not None:
            self.on_commit(Progress(self.files_done, self.files_total, self.counts,
                                    time.perf_counter() - self.started))


_COUNTER = {"error": "errors", "skipped": "skipped", "failed": "failed"}


def _file_of(article: Article) -> str:
    path = article.source_path or ""
    m = _LOCATOR.search(path)
    return path[: m.start()] if m else path.split("#", 1)[0]


def _run_serial(batches: Iterator[_Batch], options: Options, writer: _Writer) -> None:
    for batch in batches:
        outcomes = process_batch(options, batch.articles) if batch.articles else []
        writer.commit(batch, outcomes)


def _run_parallel(batches: Iterator[_Batch], options: Options, writer: _Writer,
                  workers: int) -> None:
    """Up to ``2 * workers`` batches in flight; results are committed in reading order.

    The pool starts with the first batch that has new articles, so a re-run over a corpus that
    is already stored loads no models. A worker that dies (killed, out of memory) ends the run
    with ``IngestError``; what was committed stays, and a re-run resumes from there.
    """
    window: deque[tuple[_Batch, Future[list[Outcome]] | None]] = deque()
    pool: ProcessPoolExecutor | None = None
    try:
        for batch in batches:
            task = None
            if batch.articles:
                if pool is None:
                    pool = _start_pool(options, workers)
                task = pool.submit(process_batch, options, batch.articles)
            window.append((batch, task))
            while len(window) > 2 * workers or (window and window[0][1] is None):
                _drain_one(window, writer)
        while window:
            _drain_one(window, writer)
    except BaseException as exc:
        if pool is not None:
            _terminate(pool)
            pool.shutdown(wait=False, cancel_futures=True)
        if isinstance(exc, BrokenProcessPool):
            raise IngestError(f"a worker process died ({exc}); committed batches are kept, "
                              "run again to resume") from exc
        raise
    if pool is not None:
        pool.shutdown(wait=True)


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now (Ctrl-C, error): their batches are not committed anyway.

    ``ProcessPoolExecutor`` has no public way to do this before Python 3.14.
    """
    processes: dict[int, multiprocessing.process.BaseProcess] = getattr(pool, "_processes",
                                                                         None) or {}
    for process in list(processes.values()):
        process.terminate()


def _noop() -> None:
    """A first task per worker, so every worker process starts at once."""


def _start_pool(options: Options, workers: int) -> ProcessPoolExecutor:
    """Start the workers with SIGINT ignored, so Ctrl-C reaches only this process.

    A child inherits an ignored signal through ``exec``; ``_init_worker`` ignores it again.
    """
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if in_main else None
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(options,))
        for _ in range(workers):
            pool.submit(_noop)
    finally:
        if in_main:
            signal.signal(signal.SIGINT, previous)
    return pool


def _drain_one(window: deque[tuple[_Batch, Future[list[Outcome]] | None]],
               writer: _Writer) -> None:
    batch, task = window.popleft()
    writer.commit(batch, task.result() if task is not None else [])


def run_ingest(paths: Iterable[str], store: Store, options: Options | None = None,
               config: IngestConfig | None = None,
               on_commit: Callable[[Progress], None] | None = None) -> IngestResult:
    """Ingest every document under ``paths`` into ``store``; safe to re-run and to interrupt."""
    opts = options or Options()
    cfg = config or IngestConfig()
    files = expand_paths(paths)
    if not cfg.rescan:
        seen = store.done_files()
        files = [f for f in files if seen.get(f, (None, None)) != _stamp(f)]
    run_id = store.start_run(files, {"options": asdict(opts), "workers": cfg.workers,
                                     "batch_size": cfg.batch_size,
                                     "languages": list(cfg.languages)})
    writer = _Writer(store, len(files), on_commit)
    batches = read_batches(files, opts, cfg, store.done_ids())
    status = "done"
    try:
        if cfg.workers <= 1:
            _run_serial(batches, opts, writer)
        else:
            _run_parallel(batches, opts, writer, cfg.workers)
    except KeyboardInterrupt:
        status = "interrupted"
        store.rollback()
        raise
    except BaseException:
        status = "failed"
        store.rollback()
        raise
    finally:
        seconds = time.perf_counter() - writer.started
        store.finish_run(run_id, writer.counts, status)
    clusters = None
    if cfg.cluster:
        from .dedup import ClusterOptions, cluster_store

        clusters = cluster_store(store, ClusterOptions(similarity=cfg.similarity))  # type: ignore[arg-type]
    return IngestResult(run_id, writer.counts, seconds, status, len(files), clusters)
