"""The ingest job: read -> pipeline -> store, in parallel, resumable.

The main process reads the inputs (readers, language check, de-duplication by content hash) and
owns the one DuckDB connection; workers (each with its own ``Pipeline``) clean, parse and code
batches of articles. Results are committed batch by batch, in reading order, each batch in one
transaction with the errors read alongside it. A run killed at any point loses at most its
uncommitted batches; the next run skips the stored article ids and ends with the same tables
as an uninterrupted run.

Where the workers run is an ``Engine``: ``LocalEngine`` (this process, or a pool of spawned
processes) or ``eventwire.scale.RayEngine``. Every engine reads and commits through the same
``IngestJob``; only the place ``process_batch`` runs differs (and, with Ray shards, the place
files are read: ``read_and_process``), so every engine ends with the same tables.
"""

from __future__ import annotations

import multiprocessing
import re
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Protocol

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
                 done: set[str], stored: AbstractSet[str] = frozenset()) -> Iterator[_Batch]:
    """Batches of new articles (ids in neither ``done`` nor ``stored``; ``done`` grows)."""
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
            elif item.id in done or item.id in stored:
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


def warm_pipeline(options: Options) -> None:
    """Build this process's Pipeline and load its models now, not with the first batch."""
    pipeline = _pipeline(options)
    _ = pipeline.lexicon, pipeline.actors, pipeline.geo


def _init_worker(options: Options) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    warm_pipeline(options)


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


def split_shards(files: list[str], shard_bytes: int) -> list[list[str]]:
    """Consecutive runs of ``files`` (reading order kept) of about ``shard_bytes`` each.

    A file is never split; a file bigger than ``shard_bytes`` is a shard alone.
    """
    shards: list[list[str]] = []
    current: list[str] = []
    size = 0
    for name in files:
        current.append(name)
        size += max(_stamp(name)[0], 0)
        if size >= shard_bytes:
            shards.append(current)
            current, size = [], 0
    if current:
        shards.append(current)
    return shards


def read_and_process(files: list[str], options: Options, config: IngestConfig,
                     stored: AbstractSet[str]) -> Iterator[tuple[_Batch, list[Outcome]]]:
    """Read a shard of files and code it, batch by batch: the work of a worker that reads.

    ``stored`` holds the ids stored before the run; duplicates inside the shard are found
    here, duplicates of articles read in earlier shards by ``IngestJob.commit_shard_batch``.
    The batches come back without their articles (the outcomes carry them).
    """
    for batch in read_batches(files, options, config, set(), stored):
        outcomes = process_batch(options, batch.articles) if batch.articles else []
        batch.articles = []
        yield batch, outcomes


# ---------------------------------------------------------------------- executors


class BatchTask(Protocol):
    def result(self) -> list[Outcome]:
        """The outcomes of the batch; ``IngestError`` when the worker running it died."""
        ...


class BatchExecutor(Protocol):
    """Where ``process_batch`` runs: in this process, a process pool, or Ray actors."""

    slots: int
    """Batches submitted but not yet committed before the oldest one is waited for."""

    def submit(self, articles: list[Article]) -> BatchTask: ...

    def close(self, *, abort: bool) -> None:
        """Release the workers; ``abort``: now, dropping their unfinished batches."""
        ...


@dataclass(frozen=True)
class _Ready:
    outcomes: list[Outcome]

    def result(self) -> list[Outcome]:
        return self.outcomes


class InlineExecutor:
    """Runs every batch at once in this process (``workers=1``)."""

    slots = 0

    def __init__(self, options: Options) -> None:
        self.options = options

    def submit(self, articles: list[Article]) -> BatchTask:
        return _Ready(process_batch(self.options, articles))

    def close(self, *, abort: bool) -> None:
        pass


@dataclass(frozen=True)
class _PoolTask:
    future: Future[list[Outcome]]

    def result(self) -> list[Outcome]:
        try:
            return self.future.result()
        except BrokenProcessPool as exc:
            raise _died(exc) from exc


def _died(exc: BaseException) -> IngestError:
    return IngestError(f"a worker process died ({exc}); committed batches are kept, "
                       "run again to resume")


class PoolExecutor:
    """``workers`` spawned processes, each with its own Pipeline; ``2 * workers`` in flight.

    A worker that dies (killed, out of memory) ends the run with ``IngestError``.
    """

    def __init__(self, options: Options, workers: int) -> None:
        self.options = options
        self.slots = 2 * workers
        self.pool = _start_pool(options, workers)

    def submit(self, articles: list[Article]) -> BatchTask:
        try:
            return _PoolTask(self.pool.submit(process_batch, self.options, articles))
        except BrokenProcessPool as exc:
            raise _died(exc) from exc

    def close(self, *, abort: bool) -> None:
        if abort:
            _terminate(self.pool)
            self.pool.shutdown(wait=False, cancel_futures=True)
        else:
            self.pool.shutdown(wait=True)


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


@dataclass
class IngestJob:
    """One run's files, settings and writer: what an ``Engine`` reads, codes and commits.

    Every engine commits through ``commit`` (the driver reads) or ``commit_shard_batch``
    (workers read), in reading order, so every engine ends with the same tables.
    """

    files: list[str]
    """Files to read, in reading order (unchanged files read to the end are left out)."""
    options: Options
    config: IngestConfig
    done: set[str]
    """Ids stored before the run and read so far in it; grows as the run goes on."""
    writer: _Writer

    def batches(self) -> Iterator[_Batch]:
        """The files read in this process, batch by batch."""
        return read_batches(self.files, self.options, self.config, self.done)

    def commit(self, batch: _Batch, outcomes: list[Outcome]) -> None:
        """Store a batch read by ``batches`` and its outcomes, in one transaction."""
        self.writer.commit(batch, outcomes)

    def commit_shard_batch(self, batch: _Batch, outcomes: list[Outcome]) -> None:
        """Store a batch a worker read (``read_and_process``), in shard order.

        Its articles already read in an earlier shard of this run are duplicates, as if this
        process had read every file in order.
        """
        kept: list[Outcome] = []
        for outcome in outcomes:
            if outcome.article.id in self.done:
                batch.duplicates += 1
            else:
                self.done.add(outcome.article.id)
                kept.append(outcome)
        self.writer.commit(batch, kept)

    def commit_in_order(self, start: Callable[[], BatchExecutor]) -> None:
        """Read here, code on the executor ``start()`` returns, commit in reading order.

        The executor starts with the first batch that has new articles, so a re-run over a
        corpus that is already stored loads no models. On any exception (a worker died,
        Ctrl-C) the executor is aborted; what was committed stays, and a re-run resumes.
        """
        window: deque[tuple[_Batch, BatchTask | None]] = deque()
        executor: BatchExecutor | None = None
        try:
            for batch in self.batches():
                task = None
                if batch.articles:
                    if executor is None:
                        executor = start()
                    task = executor.submit(batch.articles)
                window.append((batch, task))
                slots = executor.slots if executor is not None else 0
                while window and (len(window) > slots or window[0][1] is None):
                    self._commit_oldest(window)
            while window:
                self._commit_oldest(window)
        except BaseException:
            if executor is not None:
                executor.close(abort=True)
            raise
        if executor is not None:
            executor.close(abort=False)

    def _commit_oldest(self, window: deque[tuple[_Batch, BatchTask | None]]) -> None:
        batch, task = window.popleft()
        self.commit(batch, task.result() if task is not None else [])


class Engine(Protocol):
    """Runs an ``IngestJob``: the local one below, or ``eventwire.scale.RayEngine``."""

    name: str

    def run(self, job: IngestJob) -> None: ...


class LocalEngine:
    """This process (``workers=1``) or a pool of ``workers`` spawned processes."""

    name = "local"

    def __init__(self, workers: int) -> None:
        self.workers = workers

    def run(self, job: IngestJob) -> None:
        if self.workers <= 1:
            job.commit_in_order(lambda: InlineExecutor(job.options))
        else:
            job.commit_in_order(lambda: PoolExecutor(job.options, self.workers))


def run_ingest(paths: Iterable[str], store: Store, options: Options | None = None,
               config: IngestConfig | None = None,
               on_commit: Callable[[Progress], None] | None = None,
               engine: Engine | None = None) -> IngestResult:
    """Ingest every document under ``paths`` into ``store``; safe to re-run and to interrupt.

    ``engine`` runs the pipeline: by default ``LocalEngine(config.workers)``; every engine
    gives the same tables.
    """
    opts = options or Options()
    cfg = config or IngestConfig()
    eng = engine or LocalEngine(cfg.workers)
    files = expand_paths(paths)
    if not cfg.rescan:
        seen = store.done_files()
        files = [f for f in files if seen.get(f, (None, None)) != _stamp(f)]
    run_id = store.start_run(files, {"options": asdict(opts), "workers": cfg.workers,
                                     "batch_size": cfg.batch_size,
                                     "languages": list(cfg.languages), "engine": eng.name})
    writer = _Writer(store, len(files), on_commit)
    job = IngestJob(files, opts, cfg, store.done_ids(), writer)
    status = "done"
    try:
        eng.run(job)
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
