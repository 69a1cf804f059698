"""Docs/s of the ingest job: serial, process pool and Ray (driver reads; workers read shards).

    python benchmarks/scale.py [--docs 1000] [--workers 2] [--out benchmarks/results/scale.json]

One generated mixed corpus (HTML, JSONL, WARC, RSS; 5% broken), ingested four times into fresh
databases: ``workers=1`` in this process, a pool of ``--workers`` spawned processes, and a local
Ray with ``--workers`` CPUs and as many actors, first with this process reading and then with
the actors reading their own shards. Each time counts from the start of the run (worker start
and model loading included) to its last commit; clustering is off. ``steady_*`` counts only
from the first commit on (workers running), apart from ``seconds_to_first_commit``. Starting
the local Ray itself is timed apart (``ray_start_seconds``): on a cluster it is already
running. Ratios are docs/s over the serial docs/s; every run must give the serial run's
exported JSONL, byte for byte (``identical_to_serial``). Run it on an idle machine and on a
fixed checkout (workers import the code and data files when they start); the load average is
reported.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import ray
from _common import write_report

from eventwire.export import export
from eventwire.ingest_run import Engine, IngestConfig, LocalEngine, Progress, run_ingest
from eventwire.options import Options
from eventwire.scale import RayConfig, RayEngine
from eventwire.store import Store
from eventwire.synth import SynthConfig, generate


def _run(corpus: Path, db: Path, engine: Engine,
         batch_size: int) -> tuple[dict[str, float], str]:
    """Timings of one run and the SHA-256 of its exported JSONL."""
    first: list[Progress] = []

    def on_commit(progress: Progress) -> None:
        if not first and progress.counts.articles:
            first.append(replace(progress, counts=replace(progress.counts)))

    with Store(db) as store:
        result = run_ingest([str(corpus)], store, Options(),
                            IngestConfig(workers=1, batch_size=batch_size, cluster=False),
                            on_commit, engine)
        out = db.with_suffix(".jsonl")
        export(store, "jsonl", out)
    docs = result.counts.documents
    start = first[0]
    timings = {
        "seconds": round(result.seconds, 2),
        "documents_per_second": round(docs / result.seconds, 2),
        "seconds_to_first_commit": round(start.seconds, 2),
        "steady_documents_per_second": round(
            (docs - start.counts.documents) / (result.seconds - start.seconds), 2),
    }
    return timings, hashlib.sha256(out.read_bytes()).hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/results/scale.json"))
    args = ap.parse_args()
    runs: dict[str, dict[str, float | int | bool]] = {}
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="eventwire-scale-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        manifest = generate(corpus, args.docs, seed=2024, config=SynthConfig(broken_share=0.05))
        corpus_bytes = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
        t0 = time.perf_counter()
        ray.init(num_cpus=args.workers, include_dashboard=False)
        ray_start = time.perf_counter() - t0
        engines: dict[str, Engine] = {
            "serial": LocalEngine(1),
            "process_pool": LocalEngine(args.workers),
            "ray_driver_reads": RayEngine(RayConfig(actors=args.workers)),
            "ray_worker_shards": RayEngine(RayConfig(actors=args.workers, shards=True,
                                                     shard_bytes=max(corpus_bytes // 40, 1))),
        }
        digests: dict[str, str] = {}
        try:
            for name, engine in engines.items():
                timings, digests[name] = _run(corpus, Path(tmp) / f"{name}.duckdb", engine,
                                              args.batch_size)
                runs[name] = {**timings}
                print(name, runs[name], flush=True)
        finally:
            ray.shutdown()
    serial = float(runs["serial"]["documents_per_second"])
    steady = float(runs["serial"]["steady_documents_per_second"])
    for name, row in runs.items():
        row["ratio_to_serial"] = round(float(row["documents_per_second"]) / serial, 3)
        row["steady_ratio_to_serial"] = round(
            float(row["steady_documents_per_second"]) / steady, 3)
        row["identical_to_serial"] = digests[name] == digests["serial"]
    report = {
        "documents": args.docs,
        "manifest_ok": manifest.count("ok"),
        "corpus_files_bytes": corpus_bytes,
        "workers": args.workers,
        "batch_size": args.batch_size,
        "cpus": os.cpu_count(),
        "load_average_1min_before_and_after": [round(load_before, 2),
                                               round(os.getloadavg()[0], 2)],
        "ray_version": ray.__version__,
        "ray_start_seconds": round(ray_start, 2),
        "runs": runs,
        "ratio_ray_to_process_pool": round(
            float(runs["ray_driver_reads"]["documents_per_second"])
            / float(runs["process_pool"]["documents_per_second"]), 3),
        "all_identical_to_serial": all(bool(r["identical_to_serial"]) for r in runs.values()),
    }
    write_report(args.out, report)


if __name__ == "__main__":
    main()
