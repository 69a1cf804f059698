"""Clusters in the store: an ingest of many reports of few incidents ends with one cluster per
real event, source counts on the event rows, and the same clusters when rebuilt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.dedup import ClusterOptions, cluster_store
from eventwire.ingest_run import IngestConfig, run_ingest
from eventwire.options import Options
from eventwire.store import Store

INCIDENTS = Path(__file__).parent / "data" / "incidents" / "articles.jsonl"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    folder = tmp_path_factory.mktemp("incidents")
    rows = [json.loads(line) for line in INCIDENTS.read_text("utf-8").splitlines()][:40]
    corpus = folder / "reports.jsonl"
    corpus.write_text("\n".join(json.dumps({k: r[k] for k in ("id", "outlet", "published",
                                                                 "url", "title", "text")})
                                for r in rows) + "\n", encoding="utf-8")
    st = Store(folder / "ev.duckdb")
    result = run_ingest([str(corpus)], st, Options(),
                        IngestConfig(workers=1, cluster=True, similarity="lexical"))
    assert result.clusters is not None and result.clusters > 0
    return st


def test_clusters_are_fewer_than_mentions_and_counted_on_event_rows(store: Store) -> None:
    n_events = store.count("events")
    rows = store.query("SELECT count(*), max(num_sources), count(cluster_id) FROM event_rows")
    n_clusters = store.query("SELECT count(*) FROM clusters").rows[0][0]
    assert 0 < n_clusters < n_events
    _, max_sources, with_cluster = rows.rows[0]
    assert max_sources >= 2  # one real event told by several outlets
    assert with_cluster == n_events


def test_rebuilding_clusters_gives_the_same_clusters(store: Store) -> None:
    before = store.query("SELECT cluster_id, num_articles, num_sources FROM clusters "
                         "ORDER BY cluster_id").rows
    cluster_store(store, ClusterOptions(similarity="lexical"))
    after = store.query("SELECT cluster_id, num_articles, num_sources FROM clusters "
                        "ORDER BY cluster_id").rows
    assert before == after
