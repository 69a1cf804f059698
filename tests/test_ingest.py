from pathlib import Path

from eventwire.ingest import read_inputs
from eventwire.model import Article, DocError
from eventwire.options import Options


def test_bad_inputs_give_named_errors_and_good_ones_still_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Turkish troops crossed into Syria on Sunday.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Turkish troops entered Afrin, said the minist\xe8re.".encode("latin-1"))
    huge = tmp_path / "huge.txt"
    huge.write_text("x" * 300_000, encoding="utf-8")
    missing = tmp_path / "nope.txt"
    items = list(read_inputs([str(p) for p in (missing, empty, binary, latin, huge, good)],
                             Options()))
    errors = {Path(i.source).name: i.reason for i in items if isinstance(i, DocError)}
    articles = [i for i in items if isinstance(i, Article)]
    assert errors["nope.txt"] == "file not found"
    assert errors["empty.txt"] == "empty document"
    assert "binary" in errors["blob.txt"]
    assert "not valid UTF-8" in errors["latin1.txt"]
    assert "characters" in errors["huge.txt"] and "not news text" in errors["huge.txt"]
    assert len(articles) == 1 and articles[0].text.startswith("Turkish troops")


def test_folder_is_expanded_and_article_id_is_content_hash(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Same text.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Same text.", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert len(items) == 2
    assert all(isinstance(i, Article) for i in items)
    assert items[0].id == items[1].id  # type: ignore[union-attr]
