"""DuckDB store: idempotent writes, batch commits, done ids, read-only queries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from _records import KUR, MANBIJ, article, event
from eventwire.model import DocError
from eventwire.store import Store, StoreError

TEXT = "Turkey urged the United States to leave Manbij.\n\nKurdish fighters refused to go."


def test_write_is_idempotent_by_content_hash_and_child_rows_are_kept() -> None:
    store = Store(":memory:")
    art = article(TEXT)
    events = [event(art, 0, "REQUEST", place=MANBIJ, day=date(2018, 1, 27)),
              event(art, 50, "REJECT", source=KUR, target=None)]
    assert store.write(art, events) is True
    assert store.write(art, events) is False  # same text, same batch
    store.commit()
    assert store.write(article(TEXT, url="https://elsewhere.example/2"), events) is False
    store.commit()
    counts = {t: store.count(t) for t in ("articles", "events", "actors", "places",
                                          "attributions")}
    assert counts == {"articles": 1, "events": 2, "actors": 3, "places": 1, "attributions": 2}
    assert store.done_ids() == {art.id}
    row = store.query("SELECT source_code, target_code, place_name, lat, date, said_by "
                      "FROM event_rows WHERE plover_type = 'REQUEST'").rows
    assert row == [("TURGOV", "USAGOV", "Manbij", 36.53, date(2018, 1, 27), "Mevlut Cavusoglu")]
    quals = store.query("SELECT qualifiers FROM actors WHERE role = 'source' AND code = 'SYRREB'")
    assert quals.rows == [(["KUR", "backed:USA"],)]
    assert store.events() == sorted(events, key=lambda e: (e.span[0], e.event_id))


def test_nothing_is_visible_before_commit_and_rollback_drops_the_batch(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    store = Store(db)
    art = article(TEXT)
    store.write(art, [event(art, 0, "REQUEST")])
    store.write_error(DocError(source="bad.jsonl", offset=3, reason="line 3: malformed JSON"))
    assert store.pending() == 1 and store.count("articles") == 0
    store.rollback()
    store.commit()
    assert store.count("articles") == 0 and store.count("errors") == 0
    store.write(art, [event(art, 0, "REQUEST")])
    store.commit()
    store.close()
    reopened = Store(db)
    assert reopened.done_ids() == {art.id} and reopened.count("events") == 1
    reopened.close()


def test_errors_are_deduplicated_and_kinds_checked() -> None:
    store = Store()
    err = DocError(source="c.warc.gz", offset=1234, reason="record at byte 1234 is truncated")
    assert store.write_error(err) is True
    assert store.write_error(err) is False
    store.commit()
    assert store.write_error(err) is True  # new buffer; the stored row is kept once
    store.write_error(err, "skipped")
    store.commit()
    assert store.query('SELECT kind, source, "offset" FROM errors ORDER BY kind').rows == [
        ("error", "c.warc.gz", 1234), ("skipped", "c.warc.gz", 1234)]
    with pytest.raises(ValueError, match="error kind"):
        store.write_error(err, "oops")


def test_query_refuses_writes_and_read_only_file_refuses_everything(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        art = article(TEXT)
        store.write(art, [event(art, 0, "REQUEST")])
        for sql in ("DELETE FROM articles", "DROP TABLE events", "SELECT 1; SELECT 2",
                    "EXPLAIN ANALYZE DELETE FROM articles", "COPY articles TO 'x.csv'",
                    "INSERT INTO errors VALUES ('a','b','c',1,'d',NULL)"):
            with pytest.raises(StoreError):
                store.query(sql)
    ro = Store.open_read_only(db, sandbox=True)
    assert ro.query("SELECT count(*) FROM events").rows == [(1,)]
    with pytest.raises(StoreError, match="query failed"):
        ro.query("SELECT * FROM read_csv('/etc/hostname')")
    with pytest.raises(StoreError, match="read-only"):
        ro.write(article("Other text."), [])
    ro.close()
    with pytest.raises(StoreError, match="no such database"):
        Store.open_read_only(tmp_path / "missing.duckdb")


def test_runs_are_recorded() -> None:
    from eventwire.store import RunCounts

    store = Store()
    run = store.start_run(["corpus/"], {"workers": 1})
    store.finish_run(run, RunCounts(documents=5, articles=4, errors=1), "done")
    assert store.query("SELECT status, documents, articles, errors FROM runs").rows == [
        ("done", 5, 4, 1)]
