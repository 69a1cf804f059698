"""Scale-out on Ray: the ingest job's workers as Ray actors, on one machine or on a cluster.

``RayEngine`` is an ``ingest_run.Engine``: ``run_ingest(paths, store, engine=RayEngine(...))``
(``eventwire ingest PATH... --db FILE --ray``). It reuses the ingest job unchanged (the readers,
``process_batch``, the one DuckDB writer, commits in reading order), so a Ray run ends with the
same tables, byte for byte, as ``workers=1``, and a killed Ray run resumes like a local one.
Each actor builds its ``Pipeline`` once (models load when the actor starts) and then codes
batch after batch. Two modes:

- **driver reads** (default): this process reads and de-duplicates the inputs, as the local
  engine does, and sends batches of articles to the actors, at most ``in_flight`` batches at a
  time (default two per actor), so memory stays bounded however big the corpus; the outcomes
  come back and are committed in reading order. Inputs need only be readable here. Limit: one
  process reads (decompresses WARC, extracts HTML, detects language) and writes for the
  whole cluster; past a few machines' worth of actors, reading becomes the bottleneck.
- **workers read shards** (``shards=True``, ``--ray-shards``): the file list is cut into
  consecutive shards of about ``shard_bytes`` and each actor reads its shard itself
  (``ingest_run.read_and_process``) and streams (batch, outcomes) back, at most
  ``read_ahead`` unconsumed batches per shard and ``in_flight`` shards at a time. This process
  only writes: it commits shard after shard in file order and counts an article already read
  in an earlier shard as a duplicate, so the tables are again those of a serial run. The paths
  must name the same files on every node (shared storage, e.g. NFS), and the ids stored before
  the run are sent to every actor once (memory: about 100 bytes an article).

Limits in both modes: one DuckDB file has one writer, so every record passes through this
process (writing is cheap next to parsing, but it is one machine's disk and one core); every
node needs the same eventwire version and data files (different lexicons would give different
records), installed in the Python Ray runs; and an actor that dies (node lost, out of memory)
ends the run with ``IngestError``: committed batches stay, and running the command again
resumes. Ray itself is optional (``pip install 'eventwire[scale]'``) and imported only here.
"""

from __future__ import annotations

import importlib
from collections import deque
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from .errors import MissingExtraError
from .ingest_run import (
    BatchExecutor,
    BatchTask,
    IngestConfig,
    IngestError,
    IngestJob,
    Outcome,
    _Batch,
    process_batch,
    read_and_process,
    split_shards,
    warm_pipeline,
)
from .model import Article
from .options import Options


@dataclass(frozen=True)
class RayConfig:
    """Where and how the ingest job runs on Ray."""

    address: str | None = None
    """None starts a local Ray in this process; ``auto`` or ``ray://host:10001`` joins a
    running cluster. Ignored when Ray is already initialised (its cluster is used)."""
    actors: int | None = None
    """Actors (one CPU each); default one per CPU of the cluster."""
    num_cpus: int | None = None
    """CPUs of a local Ray started here (default: every CPU of this machine)."""
    shards: bool = False
    """Actors read their own shards of the files (shared storage) instead of this process."""
    shard_bytes: int = 32 * 2**20
    """Shard size, in bytes of input files (a file is never split)."""
    in_flight: int | None = None
    """Batches (or, with ``shards``, shards) in flight; default two per actor."""
    read_ahead: int = 2
    """With ``shards``: batches an actor may read ahead of the commits, per shard."""

    def __post_init__(self) -> None:
        for name in ("actors", "num_cpus", "in_flight"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise ValueError(f"RayConfig.{name} must be at least 1, not {value}")
        if self.shard_bytes < 1 or self.read_ahead < 1:
            raise ValueError("RayConfig.shard_bytes and read_ahead must be at least 1")


def require_ray() -> ModuleType:
    """The ``ray`` module, or ``MissingExtraError`` naming the extra that installs it."""
    try:
        return importlib.import_module("ray")
    except ImportError as exc:
        raise MissingExtraError("Scale-out on Ray (eventwire ingest --ray)", "scale") from exc


class _Worker:
    """The body of a Ray actor: one Pipeline, loaded when the actor starts."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self._stored_ref: str | None = None
        self._stored: AbstractSet[str] = frozenset()
        warm_pipeline(options)

    def process(self, articles: list[Article]) -> list[Outcome]:
        return process_batch(self.options, articles)

    def read(self, files: list[str], config: IngestConfig,
             stored: list[Any]) -> Iterator[tuple[_Batch, list[Outcome]]]:
        """Read and code one shard; ``stored`` wraps the ref of the ids stored before the run
        (in a list, so Ray passes the ref and this actor fetches the set once, not per shard)."""
        ref = stored[0]
        if ref.hex() != self._stored_ref:
            self._stored = require_ray().get(ref)
            self._stored_ref = ref.hex()
        yield from read_and_process(files, self.options, config, self._stored)


def _failed(exc: BaseException) -> IngestError:
    return IngestError(f"a Ray worker failed ({type(exc).__name__}: {exc}); committed batches "
                       "are kept, run again to resume")


@dataclass
class _RayTask:
    executor: _RayExecutor
    actor: int
    ref: Any

    def result(self) -> list[Outcome]:
        ray = self.executor.ray
        try:
            outcomes: list[Outcome] = ray.get(self.ref)
        except ray.exceptions.RayError as exc:
            raise _failed(exc) from exc
        finally:
            self.executor.load[self.actor] -= 1
        return outcomes


class _RayExecutor:
    """``process_batch`` on Ray actors: each batch to the actor with the fewest queued."""

    def __init__(self, ray: ModuleType, actors: list[Any], slots: int) -> None:
        self.ray = ray
        self.actors = actors
        self.load = [0] * len(actors)
        self.slots = slots

    def submit(self, articles: list[Article]) -> BatchTask:
        i = min(range(len(self.actors)), key=self.load.__getitem__)
        self.load[i] += 1
        return _RayTask(self, i, self.actors[i].process.remote(articles))

    def close(self, *, abort: bool) -> None:
        _kill(self.ray, self.actors)


def _kill(ray: ModuleType, actors: Sequence[Any]) -> None:
    for actor in actors:
        ray.kill(actor)


class RayEngine:
    """Runs an ``IngestJob`` on Ray actors (see the module docstring for the two modes)."""

    name = "ray"

    def __init__(self, config: RayConfig | None = None) -> None:
        self.config = config or RayConfig()
        self.ray = require_ray()
        self._started = False

    def run(self, job: IngestJob) -> None:
        try:
            if self.config.shards:
                self._run_shards(job)
            else:
                job.commit_in_order(lambda: self._executor(job.options))
        finally:
            if self._started:
                self.ray.shutdown()
                self._started = False

    # ------------------------------------------------------------------ cluster

    def _connect(self) -> None:
        ray = self.ray
        if ray.is_initialized():
            return
        cfg = self.config
        try:
            if cfg.address is None:
                ray.init(num_cpus=cfg.num_cpus, include_dashboard=False)
            else:
                ray.init(address=cfg.address)
        except (ConnectionError, ValueError, RuntimeError) as exc:
            where = cfg.address or "a local Ray"
            raise IngestError(f"cannot start or join Ray at {where}: {exc}") from exc
        self._started = True

    def _actors(self, options: Options) -> list[Any]:
        """Start the actors; their ``__init__`` loads the models while batches queue up."""
        self._connect()
        ray = self.ray
        cpus = int(ray.cluster_resources().get("CPU", 0))
        n = self.config.actors or max(cpus, 1)
        if n > cpus:
            raise IngestError(f"{n} Ray actors need {n} CPUs; the Ray cluster has {cpus}")
        actor = ray.remote(num_cpus=1)(_Worker)
        return [actor.remote(options) for _ in range(n)]

    def _executor(self, options: Options) -> BatchExecutor:
        actors = self._actors(options)
        return _RayExecutor(self.ray, actors, self.config.in_flight or 2 * len(actors))

    # ------------------------------------------------------------------ shards

    def _run_shards(self, job: IngestJob) -> None:
        """Actors read consecutive shards; this process commits them in file order."""
        shards = iter(split_shards(job.files, self.config.shard_bytes))
        first = next(shards, None)
        if first is None:
            return
        ray = self.ray
        actors = self._actors(job.options)
        stored = [ray.put(frozenset(job.done))]
        load = [0] * len(actors)
        pending: deque[tuple[Any, int]] = deque()
        in_flight = self.config.in_flight or 2 * len(actors)

        def launch(files: list[str]) -> None:
            i = min(range(len(actors)), key=load.__getitem__)
            load[i] += 1
            stream = actors[i].read.options(
                _generator_backpressure_num_objects=self.config.read_ahead
            ).remote(files, job.config, stored)
            pending.append((stream, i))

        try:
            launch(first)
            # An actor runs its shards in the order given, and the oldest pending shard is
            # always at the head of its actor's queue, so read-ahead limits cannot deadlock.
            while pending:
                while len(pending) < in_flight and (files := next(shards, None)) is not None:
                    launch(files)
                stream, i = pending.popleft()
                for ref in stream:
                    batch, outcomes = ray.get(ref)
                    job.commit_shard_batch(batch, outcomes)
                load[i] -= 1
        except ray.exceptions.RayError as exc:
            raise _failed(exc) from exc
        finally:
            _kill(ray, actors)
