"""Scale-out on Ray: the same tables, byte for byte, as the serial run; resumable; optional."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import ray
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import MissingExtraError
from eventwire.export import export
from eventwire.ingest_run import IngestConfig, IngestError, Progress, run_ingest, split_shards
from eventwire.options import Options
from eventwire.scale import RayConfig, RayEngine
from eventwire.store import TABLES, Store
from eventwire.synth import SynthConfig, generate

DATA = Path(__file__).parent / "data"
SERIAL = IngestConfig(workers=1, batch_size=3)


@pytest.fixture(scope="module", autouse=True)
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Real articles, bad documents, a duplicate in another folder and a mixed synthetic set."""
    root = tmp_path_factory.mktemp("scale-corpus")
    demo = resources.files("eventwire") / "data" / "demo" / "manbij_2018.txt"
    (root / "a").mkdir()
    (root / "a" / "manbij.txt").write_text(demo.read_text("utf-8"), encoding="utf-8")
    shutil.copy(DATA / "articles" / "khartoum_2025.txt", root / "a" / "khartoum.txt")
    (root / "a" / "empty.txt").write_text("  \n", encoding="utf-8")
    (root / "a" / "latin1.txt").write_bytes("Le minist\xe8re a dit non.".encode("latin-1"))
    french = ("Le gouvernement a annoncé lundi une nouvelle réforme des retraites, que les "
              "syndicats ont rejetée en appelant à une grève générale dans toute la France.")
    (root / "a" / "mixed.jsonl").write_text(
        '{"text": "Russia urged Turkey to show restraint in Syria on Monday.", '
        f'"published": "2018-01-22"}}\n{{"text": "{french}"}}\n{{"text": "unterminated\n',
        encoding="utf-8")
    for folder in ("0", "z"):  # the same article in the first and the last file read: the
        (root / folder).mkdir()  # first is stored, others are duplicates, in any engine
        (root / folder / "manbij-copy.txt").write_text(demo.read_text("utf-8"), "utf-8")
    generate(root / "c", 14, seed=7, config=SynthConfig(broken_share=0.2, foreign_share=0.1,
                                                         duplicate_share=0.1))
    return root


def _tables(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    store = Store.open_read_only(db)
    try:
        return {t: sorted(store.query(f"SELECT * FROM {t}").rows, key=repr)
                for t in TABLES if t != "runs"}
    finally:
        store.close()


def _counts(db: Path) -> list[tuple[Any, ...]]:
    """Each run's status and counts (documents, articles, duplicates, events, errors, ...)."""
    store = Store.open_read_only(db)
    try:
        return store.query("SELECT status, documents, articles, duplicates, events, errors, "
                           "skipped, failed FROM runs ORDER BY started_at").rows
    finally:
        store.close()


def _jsonl(db: Path, out: Path) -> bytes:
    store = Store.open_read_only(db)
    try:
        export(store, "jsonl", out)
    finally:
        store.close()
    return out.read_bytes()


@pytest.fixture(scope="module")
def serial_db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("serial") / "serial.duckdb"
    with Store(db) as store:
        run_ingest([str(corpus)], store, Options(), SERIAL)
    tables = _tables(db)
    assert len(tables["articles"]) >= 10 and len(tables["events"]) > 20
    kinds = {row[1] for row in tables["errors"]}
    assert {"error", "skipped"} <= kinds, kinds  # the bad and foreign documents are in
    assert _counts(db)[0][3] >= 1  # duplicates: the copy of the demo article
    return db


@pytest.mark.parametrize("mode", [RayConfig(actors=2), RayConfig(shards=True, shard_bytes=1)],
                         ids=["driver-reads", "worker-shards"])
def test_ray_gives_the_serial_tables_byte_for_byte(mode: RayConfig, corpus: Path,
                                                   serial_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "ray.duckdb"
    with Store(db) as store:
        run_ingest([str(corpus)], store, Options(), SERIAL, engine=RayEngine(mode))
        options = store.query("SELECT options FROM runs").rows[0][0]
    assert '"engine": "ray"' in options
    # with one file a shard, the copy of the demo article is read by another actor than the
    # first: it must still count as a duplicate, not as a second article
    assert _counts(db) == _counts(serial_db)
    assert _tables(db) == _tables(serial_db)
    assert _jsonl(db, tmp_path / "ray.jsonl") == _jsonl(serial_db, tmp_path / "serial.jsonl")
    with Store(db) as store:  # a re-run reads nothing and starts no actors
        again = run_ingest([str(corpus)], store, Options(), SERIAL, engine=RayEngine(mode))
    assert again.files == 0 and again.counts.documents == 0


def test_interrupted_ray_run_resumes_to_the_serial_tables(corpus: Path, serial_db: Path,
                                                          tmp_path: Path) -> None:
    db = tmp_path / "resumed.duckdb"

    def interrupt(progress: Progress) -> None:
        if progress.counts.articles >= 4:
            raise KeyboardInterrupt

    with Store(db) as store:
        with pytest.raises(KeyboardInterrupt):
            run_ingest([str(corpus)], store, Options(), SERIAL, on_commit=interrupt,
                       engine=RayEngine(RayConfig(actors=2)))
        partial = store.count("articles")
        # resume in the other mode: both read and commit the same way
        result = run_ingest([str(corpus)], store, Options(), SERIAL,
                            engine=RayEngine(RayConfig(shards=True, shard_bytes=4096)))
        runs = store.query("SELECT status FROM runs ORDER BY started_at").rows
    full = _tables(serial_db)
    assert 4 <= partial < len(full["articles"])
    assert runs == [("interrupted",), ("done",)]
    assert 0 < result.files < len(full["files"])  # files read to the end are not read again
    assert _tables(db) == full


def test_more_actors_than_cpus_is_a_clear_error(corpus: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "x.duckdb") as store, pytest.raises(IngestError,
                                                               match=r"need 3 CPUs.* has 2"):
        run_ingest([str(corpus)], store, Options(), SERIAL,
                   engine=RayEngine(RayConfig(actors=3)))


def test_shards_keep_file_order_and_never_split_a_file(corpus: Path) -> None:
    files = sorted(str(p) for p in corpus.rglob("*") if p.is_file())
    shards = split_shards(files, 4096)
    assert [f for shard in shards for f in shard] == files
    assert 1 < len(shards) < len(files)
    assert split_shards(files, 1) == [[f] for f in files]
    assert split_shards([], 1) == []


def test_missing_ray_names_the_extra(monkeypatch: pytest.MonkeyPatch, corpus: Path,
                                     tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now fails as if not installed
    with pytest.raises(MissingExtraError, match=r"pip install 'eventwire\[scale\]'"):
        RayEngine()
    db = tmp_path / "no-ray.duckdb"
    res = CliRunner().invoke(app, ["ingest", str(corpus / "a"), "--db", str(db), "--ray",
                                   "--no-progress"])
    assert res.exit_code == 2, res.output
    assert "eventwire[scale]" in res.output and "Ray" in res.output
    assert not db.exists()


def test_ray_options_need_ray(corpus: Path, tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["ingest", str(corpus / "a"), "--db", str(tmp_path / "x.db"),
                                   "--ray-shards", "--no-progress"])
    assert res.exit_code == 2 and "need --ray" in res.output
