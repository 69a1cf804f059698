"""Read queries behind the HTTP API: plain functions over a read-only ``Store``.

Every function takes the same ``Filters`` as the exporters (``export.Filters``: date range,
country, PLOVER types, statuses) and returns JSON-ready dicts. User input only ever reaches
DuckDB as a statement parameter; the SQL text is fixed here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any, Literal

from ..export import Filters
from ..geo.geojson import event_feature
from ..model import Event
from ..store import Store

Bucket = Literal["day", "week"]
QUADS = ("1", "2", "3", "4")
"""CAMEO quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
4 material conflict. Events without a CAMEO code are counted under ``"none"``."""

EVENT_COLUMNS = (
    "event_id", "article_id", "date", "date_precision", "plover_type", "plover_mode",
    "cameo_code", "quad_class", "goldstein", "source_code", "source_name", "source_country",
    "target_code", "target_name", "target_country", "place_name", "place_country", "lat", "lon",
    "status", "polarity", "confidence", "said_by", "trigger", "sentence", "cluster_id",
    "num_sources", "num_articles", "outlet", "url", "title", "published",
)


def _records(columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> list[dict[str, Any]]:
    return [dict(zip(columns, row, strict=True)) for row in rows]


def has_table(store: Store, name: str) -> bool:
    rows = store.query("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                       [name]).rows
    return bool(rows[0][0])


def _scalar(store: Store, sql: str, params: Sequence[Any] = ()) -> int:
    return int(store.query(sql, list(params)).rows[0][0] or 0)


def health(store: Store) -> dict[str, Any]:
    version = store.query("SELECT value FROM meta WHERE key = 'schema_version'").rows
    return {"status": "ok", "schema_version": int(version[0][0]) if version else None,
            "clusters": has_table(store, "clusters")}


def stats(store: Store, filters: Filters) -> dict[str, Any]:
    """Table sizes, and the filtered events per PLOVER type and per factual status."""
    where, params = filters.where()
    clusters = (_scalar(store, "SELECT count(*) FROM clusters")
                if has_table(store, "clusters") else 0)
    counts = {
        "articles": _scalar(store, "SELECT count(*) FROM articles"),
        "events": _scalar(store, f"SELECT count(*) FROM event_rows WHERE {where}", params),
        "clusters": clusters,
        "errors": _scalar(store, "SELECT count(*) FROM errors"),
    }
    by: dict[str, dict[str, int]] = {}
    for key, column in (("by_type", "plover_type"), ("by_status", "status")):
        rows = store.query(f"SELECT {column}, count(*) AS n FROM event_rows WHERE {where} "
                           f"GROUP BY {column} ORDER BY n DESC, {column}", params).rows
        by[key] = {str(name): int(n) for name, n in rows}
    return {**counts, **by}


def events(store: Store, filters: Filters, limit: int, offset: int) -> dict[str, Any]:
    """One page of flat event rows, latest first, with the total that matched."""
    where, params = filters.where()
    total = _scalar(store, f"SELECT count(*) FROM event_rows WHERE {where}", params)
    result = store.query(
        f"SELECT {', '.join(EVENT_COLUMNS)} FROM event_rows WHERE {where} "
        "ORDER BY date DESC NULLS LAST, event_id LIMIT ? OFFSET ?", [*params, limit, offset])
    return {"total": total, "limit": limit, "offset": offset,
            "events": _records(result.columns, result.rows)}


def event(store: Store, event_id: str) -> Event | None:
    found = store.events("event_id = ?", [event_id])
    return found[0] if found else None


def _cluster_sources(store: Store, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The reports of each cluster: outlet, url, title, publication date (direct mentions)."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    result = store.query(
        "SELECT DISTINCT m.cluster_id, a.id AS article_id, a.outlet, a.url, a.title, a.published "
        "FROM cluster_members m JOIN events e ON e.event_id = m.event_id "
        "JOIN articles a ON a.id = e.article_id "
        f"WHERE NOT m.background AND m.cluster_id IN ({marks}) "
        "ORDER BY m.cluster_id, a.published NULLS LAST, a.outlet, a.id", ids)
    sources: dict[str, list[dict[str, Any]]] = {}
    for row in _records(result.columns, result.rows):
        sources.setdefault(row.pop("cluster_id"), []).append(row)
    return sources


def clusters(store: Store, filters: Filters, limit: int,
             sort: Literal["sources", "latest"] = "sources") -> list[dict[str, Any]]:
    """One row per real event (cluster) with a member event that passes the filters."""
    if not has_table(store, "clusters"):
        return []
    where, params = filters.where()
    order = ("c.num_sources DESC, c.num_articles DESC, c.last_seen DESC NULLS LAST"
             if sort == "sources" else
             "c.last_seen DESC NULLS LAST, c.num_sources DESC")
    result = store.query(
        "SELECT c.cluster_id, c.plover_type, c.num_sources, c.num_articles, c.num_mentions, "
        "c.first_seen, c.last_seen, c.event_date, c.place_name, c.place_country, "
        "c.canonical_event_id, r.source_code, r.target_code, r.quad_class, r.goldstein, "
        "r.status, r.sentence, r.lat, r.lon FROM clusters c "
        "LEFT JOIN event_rows r ON r.event_id = c.canonical_event_id "
        f"WHERE c.cluster_id IN (SELECT cluster_id FROM event_rows WHERE {where}) "
        f"ORDER BY {order}, c.cluster_id LIMIT ?", [*params, limit])
    rows = _records(result.columns, result.rows)
    sources = _cluster_sources(store, [r["cluster_id"] for r in rows])
    for row in rows:
        row["sources"] = sources.get(row["cluster_id"], [])
    return rows


def _quad_key(quad: int | None) -> str:
    return str(quad) if quad is not None else "none"


def timeline(store: Store, filters: Filters, bucket: Bucket) -> list[dict[str, Any]]:
    """Events and distinct clusters per period (day, or ISO week from Monday), per quad class."""
    where, params = filters.where()
    located = f"date IS NOT NULL AND {where}"
    result = store.query(
        "SELECT date_trunc(?, date)::DATE AS period, quad_class, count(*) AS events, "
        f"count(DISTINCT cluster_id) AS clusters FROM event_rows WHERE {located} "
        "GROUP BY period, quad_class ORDER BY period, quad_class NULLS LAST", [bucket, *params])
    periods: dict[date, dict[str, Any]] = {}
    for period, quad, n_events, n_clusters in result.rows:
        slot = periods.setdefault(period, {
            "period": period.isoformat(), "events": 0, "clusters": 0,
            "events_by_quad": dict.fromkeys((*QUADS, "none"), 0),
            "clusters_by_quad": dict.fromkeys((*QUADS, "none"), 0)})
        slot["events"] += int(n_events)
        slot["events_by_quad"][_quad_key(quad)] += int(n_events)
        slot["clusters_by_quad"][_quad_key(quad)] += int(n_clusters)
    totals = store.query(
        "SELECT date_trunc(?, date)::DATE AS period, count(DISTINCT cluster_id) "
        f"FROM event_rows WHERE {located} GROUP BY period", [bucket, *params])
    for period, n_clusters in totals.rows:
        periods[period]["clusters"] = int(n_clusters)
    return list(periods.values())


def network(store: Store, filters: Filters, min_events: int, max_edges: int) -> dict[str, Any]:
    """Actor graph: nodes are actor codes, edges source -> target with count and mean Goldstein.

    An actor without a sector code falls back to its country; events missing either side, and
    an actor acting on itself, are left out. Edges below ``min_events`` are dropped, then the
    ``max_edges`` largest are kept.
    """
    where, params = filters.where()
    src = "coalesce(source_code, source_country)"
    tgt = "coalesce(target_code, target_country)"
    result = store.query(
        f"SELECT {src} AS source, {tgt} AS target, count(*) AS count, "
        "avg(goldstein) AS mean_goldstein FROM event_rows "
        f"WHERE {src} IS NOT NULL AND {tgt} IS NOT NULL AND {src} <> {tgt} AND {where} "
        "GROUP BY source, target HAVING count(*) >= ? "
        "ORDER BY count DESC, source, target LIMIT ?", [*params, min_events, max_edges])
    edges = _records(result.columns, result.rows)
    for edge in edges:
        if edge["mean_goldstein"] is not None:
            edge["mean_goldstein"] = round(float(edge["mean_goldstein"]), 2)
    weight: Counter[str] = Counter()
    for edge in edges:
        weight[edge["source"]] += edge["count"]
        weight[edge["target"]] += edge["count"]
    nodes = [{"id": code, "events": n} for code, n in sorted(weight.items())]
    return {"nodes": nodes, "edges": edges}


def geo(store: Store, filters: Filters, limit: int) -> dict[str, Any]:
    """GeoJSON FeatureCollection of the located events (``geo.geojson`` features), with the
    quad class, Goldstein score, cluster and number of sources added to each feature."""
    where, params = filters.where()
    located = f"lat IS NOT NULL AND lon IS NOT NULL AND {where}"
    extra = store.query(
        "SELECT event_id, quad_class, goldstein, cluster_id, num_sources FROM event_rows "
        f"WHERE {located} ORDER BY date DESC NULLS LAST, event_id LIMIT ?", [*params, limit])
    info = {row[0]: row for row in extra.rows}
    features = []
    for ev in store.events(f"event_id IN (SELECT event_id FROM event_rows WHERE {located} "
                           "ORDER BY date DESC NULLS LAST, event_id LIMIT ?)", [*params, limit]):
        feature = event_feature(ev)
        _, quad, goldstein, cluster_id, num_sources = info[ev.event_id]
        feature["properties"].update(quad_class=quad, goldstein=goldstein,
                                     cluster_id=cluster_id, num_sources=num_sources)
        features.append(feature)
    return {"type": "FeatureCollection", "features": features}

