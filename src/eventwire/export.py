"""Exports of stored events: Parquet, CSV, JSONL, GeoJSON and a GDELT-style table.

Every format reads the same filtered selection of the ``event_rows`` view (see ``store.py``):
date range (event date, falling back to the article's publication date), country (source,
target or place), PLOVER type and factual status. Parquet, CSV and GDELT are written by DuckDB's
own writers (no pyarrow needed); JSONL carries the full event records; GeoJSON holds the
events that have coordinates. The GDELT column mapping is documented in ``docs/gdelt_mapping.md``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from .errors import EventwireError
from .geo.geojson import to_geojson
from .store import Store

Format = Literal["parquet", "csv", "jsonl", "geojson", "gdelt"]
FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl", "geojson", "gdelt")


class ExportError(EventwireError):
    """An export that cannot be written; names the output and the reason."""

    def __init__(self, out: str, reason: str) -> None:
        super().__init__(f"{out}: {reason}")


@dataclass(frozen=True)
class Filters:
    """Which events to export; every field None means no restriction."""

    start: date | None = None
    end: date | None = None
    country: str | None = None
    """ISO 3166-1 alpha-3 (or IGO code): matches the source, the target or the place."""
    plover_types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()

    def where(self) -> tuple[str, list[Any]]:
        """A SQL condition on ``event_rows`` and its parameters."""
        parts: list[str] = []
        params: list[Any] = []
        if self.start is not None:
            parts.append("date >= ?")
            params.append(self.start)
        if self.end is not None:
            parts.append("date <= ?")
            params.append(self.end)
        if self.country:
            parts.append("(source_country = ? OR target_country = ? OR place_country = ?)")
            params.extend([self.country.upper()] * 3)
        if self.plover_types:
            parts.append(f"plover_type IN ({', '.join('?' * len(self.plover_types))})")
            params.extend(t.upper() for t in self.plover_types)
        if self.statuses:
            parts.append(f"status IN ({', '.join('?' * len(self.statuses))})")
            params.extend(s.lower() for s in self.statuses)
        return (" AND ".join(parts) or "TRUE"), params


FLAT_COLUMNS = (
    "event_id", "article_id", "date", "date_start", "date_end", "date_precision", "plover_type",
    "plover_mode", "cameo_code", "quad_class", "goldstein", "source_code", "source_name",
    "source_country", "source_sector", "target_code", "target_name", "target_country",
    "target_sector", "place_name", "geonameid", "lat", "lon", "place_country", "place_admin1",
    "place_precision", "status", "polarity", "certainty", "confidence", "said_by", "trigger",
    "sentence", "url", "outlet", "published",
)

_GEO_TYPE = ("CASE WHEN p.precision = 'country' THEN 1 "
             "WHEN p.precision = 'admin1' AND p.country = 'USA' THEN 2 "
             "WHEN p.precision = 'city' AND p.country = 'USA' THEN 3 "
             "WHEN p.precision = 'city' THEN 4 WHEN p.precision = 'admin1' THEN 5 "
             "ELSE NULL END")


def _actor_cols(n: int, alias: str) -> list[str]:
    quals = f"list_filter({alias}.qualifiers, lambda q: NOT contains(q, ':'))"
    return [
        f"{alias}.code AS Actor{n}Code",
        f"coalesce({alias}.name, {alias}.text) AS Actor{n}Name",
        f"{alias}.country AS Actor{n}CountryCode",
        f"CASE WHEN {alias}.sector = 'IGO' THEN {alias}.country END AS Actor{n}KnownGroupCode",
        f"{quals}[1] AS Actor{n}EthnicCode",
        f"NULL::VARCHAR AS Actor{n}Religion1Code",
        f"NULL::VARCHAR AS Actor{n}Religion2Code",
        f"{alias}.sector AS Actor{n}Type1Code",
        f"NULL::VARCHAR AS Actor{n}Type2Code",
        f"NULL::VARCHAR AS Actor{n}Type3Code",
    ]


def _geo_cols(prefix: str, located: bool) -> list[str]:
    if not located:
        return [f"NULL::INTEGER AS {prefix}_Type", f"NULL::VARCHAR AS {prefix}_FullName",
                f"NULL::VARCHAR AS {prefix}_CountryCode", f"NULL::VARCHAR AS {prefix}_ADM1Code",
                f"NULL::VARCHAR AS {prefix}_ADM2Code", f"NULL::DOUBLE AS {prefix}_Lat",
                f"NULL::DOUBLE AS {prefix}_Long", f"NULL::VARCHAR AS {prefix}_FeatureID"]
    full = "concat_ws(', ', p.name, nullif(p.admin1, p.name), p.country)"
    return [f"{_GEO_TYPE} AS {prefix}_Type", f"CASE WHEN p.name IS NOT NULL THEN {full} END "
            f"AS {prefix}_FullName", f"p.country AS {prefix}_CountryCode",
            f"p.admin1 AS {prefix}_ADM1Code", f"NULL::VARCHAR AS {prefix}_ADM2Code",
            f"p.lat AS {prefix}_Lat", f"p.lon AS {prefix}_Long",
            f"CAST(p.geonameid AS VARCHAR) AS {prefix}_FeatureID"]


def gdelt_select(where: str) -> str:
    """The GDELT 2.0 event-table columns (61, same names and order) over our tables."""
    d = "coalesce(e.date_start, a.published)"
    lead_end = "coalesce(nullif(strpos(a.text, chr(10) || chr(10)), 0), length(a.text) + 1)"
    cols = [
        "e.event_id AS GLOBALEVENTID",
        f"CAST(strftime({d}, '%Y%m%d') AS INTEGER) AS SQLDATE",
        f"CAST(strftime({d}, '%Y%m') AS INTEGER) AS MonthYear",
        f"year({d}) AS Year",
        f"round(year({d}) + (dayofyear({d}) - 1) / 365.0, 4) AS FractionDate",
        *_actor_cols(1, "s"), *_actor_cols(2, "t"),
        f"CASE WHEN e.span_start < {lead_end} THEN 1 ELSE 0 END AS IsRootEvent",
        "e.cameo_code AS EventCode", "left(e.cameo_code, 3) AS EventBaseCode",
        "left(e.cameo_code, 2) AS EventRootCode", "e.quad_class AS QuadClass",
        "e.goldstein AS GoldsteinScale", "1 AS NumMentions", "1 AS NumSources",
        "1 AS NumArticles", "NULL::DOUBLE AS AvgTone",
        *_geo_cols("Actor1Geo", False), *_geo_cols("Actor2Geo", False),
        *_geo_cols("ActionGeo", True),
        "CAST(strftime(a.published, '%Y%m%d') || '000000' AS BIGINT) AS DATEADDED",
        "a.url AS SOURCEURL",
    ]
    return (f"SELECT {', '.join(cols)} FROM events e "
            "LEFT JOIN actors s ON s.event_id = e.event_id AND s.role = 'source' "
            "LEFT JOIN actors t ON t.event_id = e.event_id AND t.role = 'target' "
            "LEFT JOIN places p ON p.event_id = e.event_id "
            "LEFT JOIN articles a ON a.id = e.article_id "
            f"WHERE e.event_id IN (SELECT event_id FROM event_rows WHERE {where}) "
            "ORDER BY SQLDATE, GLOBALEVENTID")


def _flat_select(where: str) -> str:
    return (f"SELECT {', '.join(FLAT_COLUMNS)} FROM event_rows WHERE {where} "
            "ORDER BY date, event_id")


def _write(store: Store, select: str, params: Sequence[Any], out: Path, fmt: str) -> int:
    """DuckDB writes the file itself; works on a read-only database."""
    con = store.connection
    rel = con.sql(select, params=list(params) if params else None)
    if fmt == "parquet":
        rel.write_parquet(str(out))
    else:
        rel.write_csv(str(out), header=True, sep="\t" if fmt == "gdelt" else ",")
    rows = con.execute(f"SELECT count(*) FROM ({select})", list(params)).fetchall()
    return int(rows[0][0])


def export(store: Store, fmt: str, out: str | Path, filters: Filters | None = None) -> int:
    """Write the filtered events to ``out`` in ``fmt``; returns how many rows were written."""
    out = Path(out)
    if fmt not in FORMATS:
        raise ExportError(str(out), f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if out.parent and not out.parent.exists():
        raise ExportError(str(out), "folder does not exist")
    where, params = (filters or Filters()).where()
    if fmt in ("parquet", "csv"):
        return _write(store, _flat_select(where), params, out, fmt)
    if fmt == "gdelt":
        return _write(store, gdelt_select(where), params, out, fmt)
    events = store.events(where, params)
    if fmt == "jsonl":
        with out.open("w", encoding="utf-8") as fh:
            for event in events:
                fh.write(json.dumps(event.model_dump(mode="json"), ensure_ascii=False) + "\n")
        return len(events)
    collection = to_geojson(events)
    out.write_text(json.dumps(collection, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(collection["features"])
