"""Ingest at volume: a generated mixed corpus (HTML, JSONL, WARC, RSS; 5% broken) into DuckDB.

    python benchmarks/ingest.py [--docs 5000] [--workers 2] [--out benchmarks/results/ingest.json]

Checks, against the generator's manifest, that every good document is stored exactly once,
every duplicate is not stored again, every broken document has an errors row (file and line or
byte offset) and every non-English one a 'skipped' row; a re-run (unchanged files skipped) and
a full rescan must store nothing new. Then it times a bare spaCy parse of the
stored texts with the same number of processes (``nlp.pipe(n_process=workers)``) and reports the
ratio. Both timings include starting the worker processes and loading the model in them.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _common import bare_parse_seconds, write_report

from eventwire.ingest_run import IngestConfig, run_ingest
from eventwire.options import Options
from eventwire.store import Store
from eventwire.synth import SynthConfig, generate, verify


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--broken", type=float, default=0.05)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/results/ingest.json"))
    args = ap.parse_args()
    options = Options()
    with tempfile.TemporaryDirectory(prefix="eventwire-ingest-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        t0 = time.perf_counter()
        manifest = generate(corpus, args.docs, seed=2024, config=SynthConfig(
            broken_share=args.broken))
        generate_seconds = time.perf_counter() - t0
        db = Path(tmp) / "bench.duckdb"
        with Store(db) as store:
            result = run_ingest([str(corpus)], store, options,
                                IngestConfig(workers=args.workers, batch_size=32))
            paths = [r[0] for r in store.query("SELECT source_path FROM articles").rows]
            errors = store.query('SELECT kind, source, "offset" FROM errors').rows
            texts = [r[0] for r in store.query("SELECT text FROM articles ORDER BY id").rows]
            totals = store.query(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                "(SELECT count(DISTINCT id) FROM articles), "
                "(SELECT count(*) FROM errors WHERE kind = 'error'), "
                "(SELECT count(*) FROM errors WHERE kind = 'skipped')").rows[0]
            t0 = time.perf_counter()
            rerun = run_ingest([str(corpus)], store, options,
                               IngestConfig(workers=args.workers, batch_size=32))
            rerun_seconds = time.perf_counter() - t0
            t0 = time.perf_counter()
            rescan = run_ingest([str(corpus)], store, options,
                                IngestConfig(workers=args.workers, batch_size=32, rescan=True))
            rescan_seconds = time.perf_counter() - t0
            after = store.query("SELECT (SELECT count(*) FROM articles), "
                                "(SELECT count(*) FROM events)").rows[0]
        db_bytes = db.stat().st_size
        corpus_bytes = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
        check = verify(manifest, paths, errors)
        bare = bare_parse_seconds(texts, options, args.workers)
    c = result.counts
    words = sum(len(t.split()) for t in texts)
    report = {
        "documents": c.documents,
        "corpus_files_bytes": corpus_bytes,
        "manifest": {"ok": manifest.count("ok"), "broken": manifest.count("broken"),
                     "foreign": manifest.count("foreign"),
                     "duplicate": manifest.count("duplicate")},
        "workers": args.workers,
        "ingest_seconds": round(result.seconds, 2),
        "documents_per_second": round(result.documents_per_second, 2),
        "articles_stored": c.articles,
        "events": c.events,
        "errors": c.errors,
        "skipped": c.skipped,
        "duplicates": c.duplicates,
        "pipeline_failures": c.failed,
        "db_totals": {"articles": totals[0], "events": totals[1], "distinct_ids": totals[2],
                      "error_rows": totals[3], "skipped_rows": totals[4]},
        "db_bytes": db_bytes,
        "every_good_document_stored_once": not check["ok_not_stored_once"]
        and check["stored_articles"] == check["ok_documents"],
        "no_duplicate_stored_again": not check["duplicates_stored_again"],
        "every_broken_document_in_errors": not check["broken_not_reported"],
        "every_foreign_document_skipped": not check["foreign_not_skipped"],
        "check_passed": check["passed"],
        "check_failures": {k: v[:10] for k, v in check.items() if isinstance(v, list) and v},
        "rerun_seconds_unchanged_files_skipped": round(rerun_seconds, 2),
        "rerun_files_read": rerun.files,
        "rescan_seconds_every_file_read_again": round(rescan_seconds, 2),
        "rescan_articles_stored": rescan.counts.articles,
        "rescan_duplicates_seen": rescan.counts.duplicates,
        "tables_unchanged_after_rerun_and_rescan": tuple(after) == tuple(totals[:2]),
        "bare_spacy_seconds_same_texts": round(bare, 2),
        "bare_spacy_processes": args.workers,
        "ratio_ingest_to_bare_parse": round(result.seconds / bare, 3),
        "words_stored": words,
        "generate_seconds": round(generate_seconds, 2),
    }
    write_report(args.out, report)


if __name__ == "__main__":
    main()
