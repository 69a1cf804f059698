"""Exports: every format, the filters, and the GDELT column mapping."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import duckdb
import pytest

from _records import KUR, MANBIJ, article, event
from eventwire.export import ExportError, Filters, export
from eventwire.store import Store

TEXT_A = "Turkey urged the United States to leave Manbij.\n\nKurdish fighters refused to go."
TEXT_B = "Washington rejected the demand from Ankara on Monday, officials said on Tuesday."


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.duckdb"
    a, b = article(TEXT_A, published=date(2018, 1, 30)), article(TEXT_B, date(2018, 3, 2))
    with Store(path) as store:
        store.write(a, [
            event(a, 0, "REQUEST", place=MANBIJ, day=date(2018, 1, 27)),
            event(a, 50, "REJECT", source=KUR, target=None, status="reported", cameo="128"),
        ])
        store.write(b, [event(b, 0, "REJECT", day=date(2018, 2, 26), status="denied")])
    return path


def _export(db: Path, fmt: str, out: Path, filters: Filters | None = None) -> int:
    store = Store.open_read_only(db)
    try:
        return export(store, fmt, out, filters)
    finally:
        store.close()


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(), 3),
    (Filters(start=date(2018, 2, 1)), 1),
    (Filters(end=date(2018, 1, 31)), 2),
    (Filters(country="syr"), 2),  # the Kurdish source is SYR; the REQUEST happened in Manbij
    (Filters(plover_types=("reject",)), 2),
    (Filters(plover_types=("REJECT",), statuses=("denied",)), 1),
    (Filters(country="RUS"), 0),
])
def test_filters_apply_to_every_format(db: Path, tmp_path: Path, filters: Filters,
                                       expected: int) -> None:
    for fmt in ("parquet", "csv", "jsonl", "gdelt"):
        assert _export(db, fmt, tmp_path / f"out.{fmt}", filters) == expected, fmt
    rows = duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'out.parquet'}'").fetchall()
    assert rows == [(expected,)]
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == expected


def test_jsonl_round_trips_full_records_and_csv_is_flat(db: Path, tmp_path: Path) -> None:
    _export(db, "jsonl", tmp_path / "e.jsonl")
    records = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert {r["plover"]["type"] for r in records} == {"REQUEST", "REJECT"}
    assert all(r["version"] == 1 and r["attribution"][0]["speaker"] for r in records)
    _export(db, "csv", tmp_path / "e.csv")
    with (tmp_path / "e.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    request = next(r for r in rows if r["plover_type"] == "REQUEST")
    assert (request["source_code"], request["target_code"], request["place_name"]) == (
        "TURGOV", "USAGOV", "Manbij")
    assert request["date"] == "2018-01-27" and request["said_by"] == "Mevlut Cavusoglu"


def test_geojson_holds_only_located_events(db: Path, tmp_path: Path) -> None:
    assert _export(db, "geojson", tmp_path / "e.geojson") == 1
    data = json.loads((tmp_path / "e.geojson").read_text())
    assert data["type"] == "FeatureCollection"
    [feature] = data["features"]
    assert feature["geometry"]["coordinates"] == [37.95, 36.53]
    assert feature["properties"]["plover_type"] == "REQUEST"


def test_gdelt_columns_and_mapping(db: Path, tmp_path: Path) -> None:
    _export(db, "gdelt", tmp_path / "e.tsv")
    with (tmp_path / "e.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows[0]) == 61
    documented = (Path(__file__).parent.parent / "docs" / "gdelt_mapping.md").read_text()
    for column in rows[0]:
        assert f"`{column}`" in documented, column
    req = next(r for r in rows if r["EventCode"] == "10")
    assert (req["SQLDATE"], req["MonthYear"], req["Year"]) == ("20180127", "201801", "2018")
    assert (req["Actor1Code"], req["Actor1CountryCode"], req["Actor1Type1Code"]) == (
        "TURGOV", "TUR", "GOV")
    assert (req["Actor2Code"], req["QuadClass"], req["GoldsteinScale"]) == ("USAGOV", "3", "-5.0")
    assert (req["ActionGeo_Type"], req["ActionGeo_FeatureID"], req["ActionGeo_Lat"]) == (
        "4", "166365", "36.53")
    assert req["IsRootEvent"] == "1" and req["SOURCEURL"] == "https://x.example/1"
    assert req["DATEADDED"] == "20180130000000"
    kur = next(r for r in rows if r["EventCode"] == "128")
    assert (kur["EventBaseCode"], kur["EventRootCode"], kur["Actor1EthnicCode"]) == (
        "128", "12", "KUR")
    assert kur["IsRootEvent"] == "0" and kur["Actor2Code"] == "" and kur["ActionGeo_Type"] == ""


def test_bad_format_and_missing_folder(db: Path, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown format"):
        _export(db, "xlsx", tmp_path / "e.xlsx")
    with pytest.raises(ExportError, match="folder does not exist"):
        _export(db, "csv", tmp_path / "nope" / "e.csv")
