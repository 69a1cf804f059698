"""The ingest job: every document stored once or reported, idempotent, resumable after a kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.ingest_run import IngestConfig, Progress, process_batch, run_ingest
from eventwire.model import Article
from eventwire.options import Options
from eventwire.store import TABLES, Store
from eventwire.synth import Manifest, SynthConfig, generate, verify

CONFIG = SynthConfig(broken_share=0.15, foreign_share=0.05, duplicate_share=0.05)
SERIAL = IngestConfig(workers=1, batch_size=4)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Manifest]:
    root = tmp_path_factory.mktemp("corpus")
    return root, generate(root, 60, seed=21, config=CONFIG)


def _tables(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    store = Store.open_read_only(db)
    try:
        return {t: sorted(store.query(f"SELECT * FROM {t}").rows, key=repr)
                for t in TABLES if t != "runs"}
    finally:
        store.close()


def _verify(db: Path, manifest: Manifest) -> dict[str, object]:
    store = Store.open_read_only(db)
    try:
        paths = [r[0] for r in store.query("SELECT source_path FROM articles").rows]
        errors = store.query('SELECT kind, source, "offset" FROM errors').rows
    finally:
        store.close()
    return verify(manifest, paths, errors)


@pytest.fixture(scope="module")
def full_db(corpus: tuple[Path, Manifest], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One uninterrupted serial run over the corpus: the reference tables."""
    db = tmp_path_factory.mktemp("full") / "full.duckdb"
    with Store(db) as store:
        run_ingest([str(corpus[0])], store, Options(), SERIAL)
    return db


def test_every_document_is_stored_once_or_reported(corpus: tuple[Path, Manifest],
                                                    full_db: Path) -> None:
    _, manifest = corpus
    report = _verify(full_db, manifest)
    assert report["passed"], report
    assert manifest.count("broken") >= 5 and manifest.count("ok") >= 40
    before = _tables(full_db)
    with Store(full_db) as store:  # a second run skips the files it read to the end
        again = run_ingest([str(corpus[0])], store, Options(), SERIAL)
        rescan = run_ingest([str(corpus[0])], store, Options(),
                            IngestConfig(workers=1, batch_size=4, rescan=True))
    assert again.files == 0 and again.counts.documents == 0
    assert rescan.files == len(before["files"]) > 0
    assert rescan.counts.articles == 0 and rescan.counts.events == 0  # idempotent
    assert rescan.counts.duplicates == manifest.count("ok") + manifest.count("duplicate")
    tables = _tables(full_db)
    assert tables == before
    assert len(tables["articles"]) == manifest.count("ok")
    assert len(tables["events"]) > len(tables["articles"])


def test_killed_run_resumes_to_the_same_tables(corpus: tuple[Path, Manifest], full_db: Path,
                                               tmp_path: Path) -> None:
    db = tmp_path / "killed.duckdb"
    script = (
        "import sys\n"
        "from eventwire.ingest_run import IngestConfig, run_ingest\n"
        "from eventwire.store import Store\n"
        "store = Store(sys.argv[2])\n"
        "run_ingest([sys.argv[1]], store, config=IngestConfig(workers=1, batch_size=2),\n"
        "           on_commit=lambda p: print(p.counts.articles, flush=True))\n"
        "print('finished', flush=True)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script, str(corpus[0]), str(db)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    committed = 0
    deadline = time.monotonic() + 120
    for line in proc.stdout:
        assert line.strip() != "finished", "the run ended before it could be killed"
        committed = int(line)
        if committed >= 12 or time.monotonic() > deadline:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    partial = _tables(db)
    assert 12 <= len(partial["articles"]) < corpus[1].count("ok")
    with Store(db) as store:
        result = run_ingest([str(corpus[0])], store, Options(), SERIAL)
        runs = store.query("SELECT status FROM runs ORDER BY started_at").rows
    assert partial["files"], "files read to the end before the kill are recorded"
    # the resumed run reads only the files the killed one had not finished
    assert result.files == len(_tables(full_db)["files"]) - len(partial["files"])
    assert runs == [("running",), ("done",)]  # the killed run never finished
    assert _tables(db) == _tables(full_db)


def test_ctrl_c_keeps_committed_batches_and_marks_the_run(corpus: tuple[Path, Manifest],
                                                         full_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "interrupted.duckdb"

    def interrupt(progress: Progress) -> None:
        if progress.counts.articles >= 8:
            raise KeyboardInterrupt

    with Store(db) as store:
        with pytest.raises(KeyboardInterrupt):
            run_ingest([str(corpus[0])], store, Options(), SERIAL, on_commit=interrupt)
        assert store.count("articles") >= 8
        assert store.query("SELECT status FROM runs").rows == [("interrupted",)]
        run_ingest([str(corpus[0])], store, Options(), SERIAL)
    assert _tables(db) == _tables(full_db)


def test_two_workers_give_the_same_tables_as_one(tmp_path: Path) -> None:
    root = tmp_path / "small"
    generate(root, 16, seed=5, config=CONFIG)
    tables = []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        with Store(db) as store:
            run_ingest([str(root)], store, Options(), IngestConfig(workers=workers, batch_size=3))
        tables.append(_tables(db))
    assert tables[0] == tables[1]
    assert len(tables[0]["articles"]) >= 10


def test_pipeline_failure_is_an_error_row_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    class Exploding:
        def run(self, articles: list[Article]) -> Any:
            for a in articles:
                if "BOOM" in a.text:
                    raise RuntimeError("parser crashed")
                yield a, []

    monkeypatch.setattr("eventwire.ingest_run._pipeline", lambda options: Exploding())
    arts = [Article(id=Article.make_id(t), text=t, source_path=f"f.jsonl:{i}")
            for i, t in enumerate(("fine one", "BOOM here", "fine two"), 1)]
    outcomes = process_batch(Options(), arts)
    assert [type(o).__name__ for o in outcomes] == ["_Done", "_Failed", "_Done"]
    assert "RuntimeError: parser crashed" in outcomes[1].reason  # type: ignore[union-attr]


def test_cli_ingest_query_export(corpus: tuple[Path, Manifest], tmp_path: Path,
                                 full_db: Path) -> None:
    runner = CliRunner()
    db = tmp_path / "cli.duckdb"
    jsonl_only = str(corpus[0] / "jsonl")
    res = runner.invoke(app, ["ingest", jsonl_only, "--db", str(db), "--workers", "1",
                              "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "articles stored" in res.output
    res = runner.invoke(app, ["query", "SELECT count(*) AS n FROM articles", "--db", str(db),
                              "--format", "csv"])
    assert res.exit_code == 0 and res.output.splitlines()[0] == "n"
    assert int(res.output.splitlines()[1]) > 0
    res = runner.invoke(app, ["query", "DELETE FROM articles", "--db", str(db)])
    assert res.exit_code == 2 and "only read queries" in res.output
    out = tmp_path / "events.csv"
    res = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "--out", str(out),
                              "--type", "REQUEST", "--type", "ACCUSE"])
    assert res.exit_code == 0, res.output
    body = out.read_text().splitlines()
    assert body[0].startswith("event_id,") and all(
        ",REQUEST," in line or ",ACCUSE," in line for line in body[1:])


def test_readme_mentions_the_store_commands() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for command in ("eventwire ingest", "eventwire export", "eventwire query"):
        assert command in readme
