"""HTTP API and dashboard (``eventwire serve``) on a store ingested from our own short articles."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from eventwire import cli_web
from eventwire.api import create_app
from eventwire.api.app import MAX_TEXT_CHARS
from eventwire.cli import app as cli_app
from eventwire.ingest_run import IngestConfig, run_ingest
from eventwire.model import Event
from eventwire.store import Store, StoreError

ARTICLES = [
    {"url": "https://example.org/a1", "outlet": "Example Wire", "title": "Moscow appeals",
     "published": "2018-01-29",
     "text": "Russia urged Turkey to show restraint in Afrin on Monday.\n\n"
             "The United States criticized Turkey over the offensive in Syria, officials said."},
    {"url": "https://example.net/b1", "outlet": "Sample Times", "title": "Restraint urged",
     "published": "2018-01-29",
     "text": "Russia urged Turkey on Monday to show restraint in Afrin.\n\n"
             "German officials met Iraqi leaders in Baghdad on Monday to discuss aid."},
    {"url": "https://example.com/c1", "outlet": "Demo Post", "title": "Protest in Kyiv",
     "published": "2018-02-14",
     "text": "Thousands of demonstrators protested against the Ukrainian government in Kyiv "
             "on Tuesday.\n\nFrance agreed to send humanitarian aid to Yemen, the foreign "
             "ministry said on Wednesday."},
    {"url": "https://example.com/c2", "outlet": "Demo Post", "title": "Strike near Damascus",
     "published": "2018-02-20",
     "text": "Israeli aircraft struck targets near Damascus on Monday, the Syrian army said.\n\n"
             "Iran accused Israel of violating Syrian sovereignty."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("api")
    (root / "in").mkdir()
    lines = "".join(json.dumps(a) + "\n" for a in ARTICLES)
    (root / "in" / "news.jsonl").write_text(lines, encoding="utf-8")
    path = root / "news.duckdb"
    with Store(path) as store:
        run_ingest([str(root / "in")], store, config=IngestConfig(workers=1))
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


@pytest.fixture(scope="module")
def rows(db: Path) -> list[dict[str, Any]]:
    """Every stored event row, read straight from the store (the expected answers)."""
    store = Store.open_read_only(db, sandbox=True)  # same config as the app: one process
    try:
        result = store.query("SELECT * FROM event_rows")
    finally:
        store.close()
    return [dict(zip(result.columns, r, strict=True)) for r in result.rows]


def _get(client: TestClient, url: str, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _all_events(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    return list(_get(client, "/api/events", limit=1000, **params)["events"])


# ------------------------------------------------------------------ endpoints on real data

def test_health(client: TestClient) -> None:
    body = _get(client, "/api/health")
    assert body["status"] == "ok"
    assert body["schema_version"] == 1
    assert body["clusters"] is True


def test_stats_counts_match_the_store(client: TestClient, rows: list[dict[str, Any]]) -> None:
    body = _get(client, "/api/stats")
    assert body["articles"] == len(ARTICLES)
    assert body["events"] == len(rows) >= 6
    assert body["errors"] == 0
    assert 0 < body["clusters"] < len(rows)  # the two Russia -> Turkey reports are one event
    assert sum(body["by_type"].values()) == len(rows)
    assert sum(body["by_status"].values()) == len(rows)
    assert body["by_type"]["REQUEST"] == sum(r["plover_type"] == "REQUEST" for r in rows)


def test_stats_filtered(client: TestClient) -> None:
    body = _get(client, "/api/stats", type="REQUEST")
    assert body["by_type"] == {"REQUEST": body["events"]}
    assert body["articles"] == len(ARTICLES)


def test_events_shape_and_order(client: TestClient, rows: list[dict[str, Any]]) -> None:
    body = _get(client, "/api/events")
    assert body["total"] == len(rows)
    assert {"event_id", "date", "plover_type", "quad_class", "source_code", "target_code",
            "lat", "lon", "place_name", "status", "cluster_id", "num_sources", "said_by",
            "outlet"} <= set(body["events"][0])
    dates = [e["date"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True)
    assert all(e["cluster_id"] and e["num_sources"] >= 1 for e in body["events"])


def test_events_pagination(client: TestClient, rows: list[dict[str, Any]]) -> None:
    everything = [e["event_id"] for e in _all_events(client)]
    first = _get(client, "/api/events", limit=3)
    second = _get(client, "/api/events", limit=3, offset=3)
    assert [e["event_id"] for e in first["events"] + second["events"]] == everything[:6]
    assert first["total"] == second["total"] == len(rows)


@pytest.mark.parametrize(("params", "keep"), [
    ({"country": "tur"}, lambda r: "TUR" in (r["source_country"], r["target_country"],
                                             r["place_country"])),
    ({"type": "REQUEST,ACCUSE"}, lambda r: r["plover_type"] in ("REQUEST", "ACCUSE")),
    ({"status": "reported"}, lambda r: r["status"] == "reported"),
    ({"start": "2018-02-01", "end": "2018-02-28"},
     lambda r: date(2018, 2, 1) <= r["date"] <= date(2018, 2, 28)),
])
def test_filters_narrow_events(client: TestClient, rows: list[dict[str, Any]],
                               params: dict[str, str], keep: Any) -> None:
    expected = {r["event_id"] for r in rows if keep(r)}
    got = {e["event_id"] for e in _all_events(client, **params)}
    assert got == expected
    assert 0 < len(got) < len(rows)


def test_event_by_id_is_the_full_record(client: TestClient, rows: list[dict[str, Any]]) -> None:
    row = next(r for r in rows if r["plover_type"] == "REQUEST")
    body = _get(client, f"/api/events/{row['event_id']}")
    event = Event.model_validate(body)
    assert event.event_id == row["event_id"]
    assert event.source is not None and event.source.country == "RUS"
    assert event.sentence.startswith("Russia urged Turkey")


def test_unknown_event_is_404(client: TestClient) -> None:
    response = client.get("/api/events/0000000000000000")
    assert response.status_code == 404
    assert "0000000000000000" in response.json()["detail"]


def test_clusters_most_sources_first_with_their_sources(client: TestClient) -> None:
    body = _get(client, "/api/clusters")
    assert [c["num_sources"] for c in body] == sorted((c["num_sources"] for c in body),
                                                      reverse=True)
    top = body[0]
    assert (top["plover_type"], top["source_code"], top["target_code"]) == (
        "REQUEST", "RUSGOV", "TURGOV")
    assert top["num_sources"] == 2
    assert sorted(s["outlet"] for s in top["sources"]) == ["Example Wire", "Sample Times"]
    assert len({c["cluster_id"] for c in body}) == len(body)


def test_clusters_limit_sort_and_filter(client: TestClient) -> None:
    assert len(_get(client, "/api/clusters", limit=2)) == 2
    latest = _get(client, "/api/clusters", sort="latest")
    seen = [c["last_seen"] for c in latest]
    assert seen == sorted(seen, reverse=True)
    ukraine = _get(client, "/api/clusters", country="UKR")
    assert [c["plover_type"] for c in ukraine] == ["PROTEST"]


@pytest.mark.parametrize("bucket", ["day", "week"])
def test_timeline(client: TestClient, rows: list[dict[str, Any]], bucket: str) -> None:
    body = _get(client, "/api/timeline", bucket=bucket)
    assert body["bucket"] == bucket
    periods = body["periods"]
    assert sum(p["events"] for p in periods) == sum(r["date"] is not None for r in rows)
    for p in periods:
        assert sum(p["events_by_quad"].values()) == p["events"]
        assert 1 <= p["clusters"] <= p["events"]
        if bucket == "week":
            assert date.fromisoformat(p["period"]).weekday() == 0
    assert [p["period"] for p in periods] == sorted(p["period"] for p in periods)


def test_timeline_week_merges_days(client: TestClient) -> None:
    days = _get(client, "/api/timeline", bucket="day")["periods"]
    weeks = _get(client, "/api/timeline", bucket="week")["periods"]
    assert len(weeks) < len(days)


def test_network(client: TestClient) -> None:
    body = _get(client, "/api/network")
    ids = {n["id"] for n in body["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in body["edges"])
    edge = body["edges"][0]
    assert (edge["source"], edge["target"], edge["count"]) == ("RUSGOV", "TURGOV", 2)
    assert edge["mean_goldstein"] == pytest.approx(3.0)
    strong = _get(client, "/api/network", min_events=2)
    assert [(e["source"], e["target"]) for e in strong["edges"]] == [("RUSGOV", "TURGOV")]
    assert {n["id"] for n in strong["nodes"]} == {"RUSGOV", "TURGOV"}


def test_geo(client: TestClient, rows: list[dict[str, Any]]) -> None:
    body = _get(client, "/api/geo")
    assert body["type"] == "FeatureCollection"
    located = {r["event_id"] for r in rows if r["lat"] is not None}
    assert {f["properties"]["event_id"] for f in body["features"]} == located
    for f in body["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert f["properties"]["num_sources"] >= 1
        assert f["properties"]["quad_class"] in (1, 2, 3, 4, None)
    kyiv = _get(client, "/api/geo", country="UKR")["features"]
    assert [f["properties"]["place"] for f in kyiv] == ["Kyiv"]


# ------------------------------------------------------------------ bad input

@pytest.mark.parametrize(("url", "param"), [
    ("/api/events?limit=0", "limit"),
    ("/api/events?limit=5000", "limit"),
    ("/api/events?offset=-1", "offset"),
    ("/api/events?type=BOMBARD", "type"),
    ("/api/events?status=rumoured", "status"),
    ("/api/events?start=2018-02-30", "start"),
    ("/api/events?start=2018-02-01&end=2018-01-01", "end"),
    ("/api/events?country=T1R", "country"),
    ("/api/geo?country=TURKEYS", "country"),
    ("/api/timeline?bucket=month", "bucket"),
    ("/api/network?min_events=0", "min_events"),
    ("/api/clusters?sort=random", "sort"),
    ("/api/stats?type=", None),  # empty means no filter: allowed
])
def test_bad_parameters_are_422_naming_the_parameter(client: TestClient, url: str,
                                                     param: str | None) -> None:
    response = client.get(url)
    if param is None:
        assert response.status_code == 200
        return
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["parameter"] == param
    assert param in body["detail"]


def test_sql_in_a_parameter_is_only_a_value(client: TestClient, rows: list[dict[str, Any]]
                                            ) -> None:
    response = client.get("/api/events/x' OR '1'='1")
    assert response.status_code == 404
    assert _get(client, "/api/stats")["events"] == len(rows)


# ------------------------------------------------------------------ extract

def test_extract_codes_a_sentence(client: TestClient) -> None:
    response = client.post("/api/extract", json={
        "text": "Russia urged Turkey to show restraint on Monday.", "published": "2018-01-31"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["count"] == len(body["events"]) == 1
    event = Event.model_validate(body["events"][0])
    assert event.plover.type == "REQUEST"
    assert event.source is not None and event.source.country == "RUS"
    assert event.target is not None and event.target.country == "TUR"
    assert event.date is not None and event.date.start == date(2018, 1, 29)


def test_extract_too_long_is_413(client: TestClient) -> None:
    text = "Russia urged Turkey to show restraint. " * (MAX_TEXT_CHARS // 30)
    response = client.post("/api/extract", json={"text": text})
    assert response.status_code == 413
    assert "characters" in response.json()["detail"]
    huge = client.post("/api/extract", content=b'{"text": "' + b"a" * 1_000_000 + b'"}',
                       headers={"content-type": "application/json"})
    assert huge.status_code == 413


@pytest.mark.parametrize(("payload", "param"), [
    ({"text": ""}, "text"),
    ({"published": "2018-01-29"}, "text"),
    ({"text": "Russia urged Turkey.", "published": "29/01/2018"}, "published"),
])
def test_extract_bad_body_is_422(client: TestClient, payload: dict[str, str], param: str
                                 ) -> None:
    response = client.post("/api/extract", json=payload)
    assert response.status_code == 422
    assert response.json()["parameter"] == param


# ------------------------------------------------------------------ dashboard

def test_dashboard_is_served_and_uses_the_api(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("/static/app.js", "/static/style.css"):
        assert asset in page.text
    script = client.get("/static/app.js")
    assert script.status_code == 200
    for path in ("/api/stats", "/api/geo", "/api/timeline", "/api/network", "/api/clusters"):
        assert f'"{path}"' in script.text
    assert client.get("/static/style.css").status_code == 200


def test_dashboard_loads_nothing_from_the_network(client: TestClient) -> None:
    external = re.compile(r"""(?:src|href)\s*=\s*["'](?:https?:)?//|@import|url\(\s*["']?http""")
    for path in ("/", "/static/app.js", "/static/style.css"):
        text = client.get(path).text
        assert not external.search(text), path
        # the only absolute URL allowed is the SVG namespace name (not fetched)
        urls = set(re.findall(r"https?://[^\s\"'`)]+", text))
        assert urls <= {"http://www.w3.org/2000/svg"}, (path, urls)


def test_openapi_schema_but_no_cdn_docs_page(client: TestClient) -> None:
    schema = _get(client, "/openapi.json")
    assert {"/api/events", "/api/events/{event_id}", "/api/extract"} <= set(schema["paths"])
    assert client.get("/docs").status_code == 404


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database file"):
        create_app(tmp_path / "nope.duckdb")


# ------------------------------------------------------------------ CLI

def test_serve_without_the_web_extra_gives_an_install_hint(
        monkeypatch: pytest.MonkeyPatch, db: Path) -> None:
    monkeypatch.setattr(cli_web, "missing_web_packages", lambda: ["uvicorn"])
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(db)])
    assert result.exit_code == 2
    assert "eventwire[web]" in result.output
    assert "uvicorn" in result.output


def test_serve_names_a_missing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(tmp_path / "nope.duckdb")])
    assert result.exit_code == 2
    assert "nope.duckdb" in result.output
