"""Format and coverage checks for the event-coding gold set (tests/data/coding_gold.jsonl).

The gold file is hand-annotated (see docs/annotation_guide.md). These tests keep it well formed
and keep its coverage promises: every PLOVER type, every listed construction, enough negatives.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "coding_gold.jsonl"
LEXICON = ROOT / "src" / "eventwire" / "data" / "lexicon"

PLOVER_TYPES = frozenset(
    [
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    ]
)
STATUSES = frozenset(
    [
        "asserted",
        "reported",
        "claimed",
        "threatened",
        "intended",
        "denied",
        "hedged",
        "hypothetical",
    ]
)
POLARITIES = frozenset({"positive", "negative"})
STYLES = frozenset({"wire", "opinion", "liveblog", "social"})
SPLITS = frozenset({"dev", "test"})
# constructions the gold set promises at least 15 times; negation/modality at least 20
MIN_CONSTRUCTION = dict.fromkeys(
    [
        "passive",
        "coordination",
        "control",
        "reported_speech",
        "relative_clause",
        "participial",
        "nominal",
        "multi_event",
        "apposition",
    ],
    15,
) | {"negation": 20, "modality": 20}
CONSTRUCTIONS = frozenset(MIN_CONSTRUCTION) | {"hypothetical", "question", "no_event", "simple"}
ITEM_KEYS = frozenset(
    ["id", "split", "published", "region", "style", "constructions", "text", "events"]
)
EVENT_KEYS = frozenset(
    [
        "trigger",
        "type",
        "mode",
        "cameo",
        "source",
        "target",
        "status",
        "polarity",
        "speaker",
        "cue",
        "location",
        "time",
    ]
)
ACTOR_KEYS = frozenset({"text", "country", "sector"})
CAMEO_RE = re.compile(r"^\d{2,4}$")
COUNTRY_RE = re.compile(r"^[A-Z]{3}$")
DATE_RE = re.compile(r"^(\d{4})-\d{2}-\d{2}$")


class GoldFormatError(ValueError):
    """A gold line that is not a JSON object."""


@cache
def gold_items() -> tuple[dict[str, Any], ...]:
    items: list[dict[str, Any]] = []
    for lineno, line in enumerate(GOLD.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{GOLD.name}:{lineno}: not valid JSON ({exc})") from exc
        if not isinstance(item, dict):
            raise GoldFormatError(f"{GOLD.name}:{lineno}: expected an object, got {type(item)}")
        items.append(item)
    return tuple(items)


def all_events() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(item, ev) for item in gold_items() for ev in item["events"]]


@cache
def lexicon_modes() -> dict[str, frozenset[str]] | None:
    """Modes per type from the packaged PLOVER file, when the package ships it."""
    path = LEXICON / "plover.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text("utf-8"))
    return {name: frozenset(spec.get("modes", {})) for name, spec in data["event_types"].items()}


@cache
def lexicon_cameo_codes() -> frozenset[str] | None:
    path = LEXICON / "cameo_codes.tsv"
    if not path.exists():
        return None
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["code"] for row in csv.DictReader(fh, delimiter="\t"))


def test_gold_file_parses_and_ids_are_unique() -> None:
    items = gold_items()
    assert len(items) >= 360
    ids = [item.get("id") for item in items]
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, f"duplicate ids: {dupes}"
    texts = Counter(item.get("text") for item in items)
    assert not [t for t, n in texts.items() if n > 1], "duplicate item texts"


def test_item_fields() -> None:
    for item in gold_items():
        where = item.get("id")
        assert set(item) == ITEM_KEYS, f"{where}: keys {sorted(item)}"
        assert item["split"] in SPLITS, where
        assert item["style"] in STYLES, where
        match = DATE_RE.match(item["published"])
        assert match and 2000 <= int(match.group(1)) <= 2026, f"{where}: {item['published']}"
        assert isinstance(item["text"], str) and item["text"].strip(), where
        assert isinstance(item["region"], str) and item["region"], where
        assert isinstance(item["events"], list), where
        unknown = set(item["constructions"]) - CONSTRUCTIONS
        assert not unknown, f"{where}: unknown constructions {unknown}"
        assert ("no_event" in item["constructions"]) == (not item["events"]), where


def check_actor(actor: Any, text: str, where: str) -> None:
    if actor is None:
        return
    assert isinstance(actor, dict) and set(actor) == ACTOR_KEYS, f"{where}: actor {actor}"
    assert actor["text"] and actor["text"] in text, f"{where}: actor text {actor['text']!r}"
    country = actor["country"]
    assert country is None or COUNTRY_RE.match(country), f"{where}: country {country!r}"
    sector = actor["sector"]
    assert sector is None or re.match(r"^[A-Z]{3}$", sector), f"{where}: sector {sector!r}"


def test_event_fields_and_verbatim_spans() -> None:
    for item, ev in all_events():
        where = f"{item['id']} {ev.get('trigger')!r}"
        text = item["text"]
        assert set(ev) == EVENT_KEYS, f"{where}: keys {sorted(ev)}"
        assert ev["type"] in PLOVER_TYPES, where
        assert ev["status"] in STATUSES, where
        assert ev["polarity"] in POLARITIES, where
        assert isinstance(ev["cameo"], str) and CAMEO_RE.match(ev["cameo"]), where
        assert ev["trigger"] and ev["trigger"] in text, f"{where}: trigger not in text"
        for key in ("location", "time", "cue"):
            value = ev[key]
            assert value is None or (value and value in text), f"{where}: {key} {value!r}"
        for key in ("source", "target", "speaker"):
            check_actor(ev[key], text, f"{where} {key}")
        if ev["status"] in ("reported", "claimed"):
            assert ev["cue"], f"{where}: reported/claimed event needs a cue"


def test_modes_valid() -> None:
    modes = lexicon_modes()
    for item, ev in all_events():
        mode = ev["mode"]
        assert mode is None or (isinstance(mode, str) and mode), item["id"]
        if modes is not None and mode is not None:
            assert mode in modes[ev["type"]], f"{item['id']}: {ev['type']}:{mode}"


def test_cameo_codes_exist_in_packaged_table() -> None:
    codes = lexicon_cameo_codes()
    if codes is None:
        pytest.skip("packaged cameo_codes.tsv not present; format already checked")
    unknown = {ev["cameo"] for _, ev in all_events()} - codes
    assert not unknown, f"CAMEO codes not in the table: {sorted(unknown)}"


def test_type_coverage() -> None:
    counts = Counter(ev["type"] for _, ev in all_events())
    low = {t: counts[t] for t in PLOVER_TYPES if counts[t] < 12}
    assert not low, f"types with fewer than 12 events: {low}"


def test_construction_coverage() -> None:
    counts = Counter(c for item in gold_items() for c in item["constructions"])
    low = {c: counts[c] for c, floor in MIN_CONSTRUCTION.items() if counts[c] < floor}
    assert not low, f"constructions below their floor: {low}"
    assert counts["no_event"] >= 70


def test_splits_cover_every_type() -> None:
    by_split: dict[str, Counter[str]] = {s: Counter() for s in SPLITS}
    sizes = Counter(item["split"] for item in gold_items())
    for item, ev in all_events():
        by_split[item["split"]][ev["type"]] += 1
    for split in SPLITS:
        assert sizes[split] > 0, split
        missing = PLOVER_TYPES - set(by_split[split])
        assert not missing, f"{split} lacks {sorted(missing)}"
