import json
import re
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ("Turkey's foreign minister demanded on Saturday that the United States withdraw its "
          "troops from Manbij. Russia urged Turkey to show restraint on Monday.\n")


def _events(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_extract_jsonl_validates_against_schema(tmp_path: Path) -> None:
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    src = tmp_path / "a.txt"
    src.write_text(SAMPLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src), "--published", "2018-01-30"])
    assert result.exit_code == 0, result.output
    events = _events(result.stdout)
    assert len(events) >= 2
    for event in events:
        jsonschema.validate(event, schema)
    urged = next(e for e in events if e["trigger"] == "urged")
    assert urged["plover"]["type"] == "REQUEST"
    assert urged["source"]["country"] == "RUS" and urged["target"]["country"] == "TUR"
    assert urged["date"]["start"] == "2018-01-29" and urged["date"]["precision"] == "day"
    assert SAMPLE[urged["span"][0]:urged["span"][1]] == urged["sentence"]


def test_extract_reads_stdin_and_published_overrides() -> None:
    result = runner.invoke(app, ["extract", "-", "--published", "2020-03-04"], input=SAMPLE)
    assert result.exit_code == 0, result.output
    events = _events(result.stdout)
    assert events
    urged = next(e for e in events if e["trigger"] == "urged")
    assert urged["date"]["start"] == "2020-03-02"  # the Monday before Wednesday 4 March 2020


def test_bad_input_named_on_stderr_and_good_input_still_processed(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SAMPLE, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x01binary")
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt"), str(bad), str(good)])
    assert result.exit_code == 0
    assert "missing.txt: file not found" in result.stderr
    assert "bad.txt" in result.stderr and "binary" in result.stderr
    assert _events(result.stdout)


def test_nothing_processed_is_a_nonzero_exit(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(empty)])
    assert result.exit_code == 1
    assert "empty.txt: empty document" in result.stderr


def test_bad_published_date_is_a_usage_error() -> None:
    result = runner.invoke(app, ["extract", "-", "--published", "30/01/2018"], input=SAMPLE)
    assert result.exit_code == 2


def test_demo_prints_a_table() -> None:
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "Turkey tells US to quit Manbij" in result.stdout
    assert re.search(r"\d+ events", result.stdout)
    assert "REQUEST" in result.stdout and "ASSAULT" in result.stdout


def test_every_command_has_help_and_a_readme_mention() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]  # type: ignore[union-attr]
    assert {"extract", "demo", "schema", "eval"} <= set(commands)
    for name in commands:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0
        assert f"eventwire {name}" in readme, f"README does not mention `eventwire {name}`"


def test_readme_output_example_is_what_extract_prints() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Output", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    documented = json.loads(block)
    demo = ROOT / "src" / "eventwire" / "data" / "demo" / "manbij_2018.txt"
    result = runner.invoke(app, ["extract", str(demo)])
    assert result.exit_code == 0
    printed = {e["event_id"]: e for e in _events(result.stdout)}
    assert printed[documented["event_id"]] == documented
