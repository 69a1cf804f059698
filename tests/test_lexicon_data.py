"""Validation of the coding lexicon data files (src/eventwire/data/lexicon).

These tests read the TSV files directly, independently of the coding engine, and check that every
row is well formed and consistent with PLOVER (plover.json) and CAMEO (cameo_codes.tsv).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.abc import Traversable

import pytest

VERB_COLUMNS = ("pattern", "plover_type", "plover_mode", "cameo", "target", "notes")
NOUN_COLUMNS = ("pattern", "plover_type", "plover_mode", "cameo", "agent", "target", "notes")

# CAMEO root -> PLOVER types, as given by PLOVER's CAMEO2PLOVER-2021.txt conversion table
# (openeventdata/PLOVER; every "code: TYPE, mode, context" line grouped by its two-digit root).
CAMEO_ROOT_TYPES: dict[str, frozenset[str]] = {
    "03": frozenset({"AGREE"}),
    "04": frozenset({"CONSULT"}),
    "05": frozenset({"SUPPORT"}),
    "06": frozenset({"COOPERATE"}),
    "07": frozenset({"AID"}),
    "08": frozenset({"CONCEDE", "RETREAT"}),
    "09": frozenset({"ACCUSE"}),
    "10": frozenset({"REQUEST"}),
    "11": frozenset({"ACCUSE"}),
    "12": frozenset({"REJECT"}),
    "13": frozenset({"THREATEN"}),
    "14": frozenset({"PROTEST"}),
    "15": frozenset({"MOBILIZE"}),
    "16": frozenset({"COERCE", "SANCTION"}),
    "17": frozenset({"ASSAULT", "COERCE"}),
    "18": frozenset({"ASSAULT"}),
    "19": frozenset({"ASSAULT", "COERCE"}),
    "20": frozenset({"ASSAULT"}),
}

# Deliberate departures from that table, each following the PLOVER manual text (documented in the
# header of verbs.tsv): (CAMEO code prefix, PLOVER type).
CAMEO_EXCEPTIONS: frozenset[tuple[str, str]] = frozenset(
    {
        ("02", "REQUEST"),  # CAMEO APPEAL: dropped from the 2021 table, folded into PLOVER REQUEST
        ("055", "CONCEDE"),  # apologies: "expressions of regret ... should be coded as CONCEDE"
        ("116", "SANCTION"),  # convictions: SANCTION mode "convict"
    }
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Reporting verbs are attribution cues (control.tsv), never events.
REPORTING_VERBS = _words("say tell report state add announce claim accord")
# Control/modality verbs and light verbs may only appear with a required particle or object.
NEVER_ALONE = _words(
    "want plan intend try seek aim hope expect vow pledge promise deny call "
    "have take make give get hold put go come run set "
    "launch carry conduct stage stag mount"
)
LEMMA = re.compile(r"^\$?[a-z]+$")  # "$troops": a noun class of classes.tsv
VERB_TARGET = re.compile(r"^(dobj|dative|none|own|pobj:[a-z]+)$")
NOUN_AGENT = re.compile(r"^(poss|amod|compound|pobj:[a-z]+)$")
NOUN_TARGET = re.compile(r"^(none|pobj:[a-z]+)$")
MIN_VERBS_PER_TYPE = 8
MIN_NOUNS_PER_TYPE = 3


@dataclass(frozen=True)
class Row:
    file: str
    lineno: int
    cells: dict[str, str]

    @property
    def where(self) -> str:
        return f"{self.file}:{self.lineno} {self.cells.get('pattern', '')!r}"

    @property
    def lemmas(self) -> list[str]:
        return self.cells["pattern"].split(" ")


def _dir() -> Traversable:
    return resources.files("eventwire") / "data" / "lexicon"


@cache
def _read(name: str) -> tuple[tuple[str, ...], tuple[Row, ...]]:
    header: tuple[str, ...] | None = None
    rows: list[Row] = []
    text = (_dir() / name).read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = tuple(cells)
            continue
        if len(cells) != len(header):
            raise AssertionError(f"{name}:{lineno}: {len(cells)} cells, header has {len(header)}")
        rows.append(Row(name, lineno, dict(zip(header, cells, strict=True))))
    assert header is not None, f"{name} has no header line"
    return header, tuple(rows)


def _rows(name: str) -> tuple[Row, ...]:
    return _read(name)[1]


@cache
def _plover_modes() -> dict[str, frozenset[str]]:
    data = json.loads((_dir() / "plover.json").read_text(encoding="utf-8"))
    return {t: frozenset(v["modes"]) for t, v in data["event_types"].items()}


@cache
def _cameo_codes() -> frozenset[str]:
    lines = (_dir() / "cameo_codes.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t")[0] == "code"
    return frozenset(line.split("\t")[0] for line in lines[1:] if line.strip())


def _compatible(code: str, ptype: str) -> bool:
    if ptype in CAMEO_ROOT_TYPES.get(code[:2], frozenset()):
        return True
    return any(code.startswith(prefix) and ptype == t for prefix, t in CAMEO_EXCEPTIONS)


LEXICON_FILES = pytest.mark.parametrize("name", ["verbs.tsv", "nouns.tsv"])


def test_reference_data_is_complete() -> None:
    assert len(_plover_modes()) == 16
    assert sum(len(m) for m in _plover_modes().values()) == 67
    assert len(_cameo_codes()) == 312
    assert set().union(*CAMEO_ROOT_TYPES.values()) == set(_plover_modes())


def test_headers() -> None:
    assert _read("verbs.tsv")[0] == VERB_COLUMNS
    assert _read("nouns.tsv")[0] == NOUN_COLUMNS


@LEXICON_FILES
def test_types_and_modes_exist_in_plover(name: str) -> None:
    modes = _plover_modes()
    bad = [r.where for r in _rows(name) if r.cells["plover_type"] not in modes]
    assert not bad, f"unknown PLOVER types: {bad}"
    bad = [
        f"{r.where} mode {r.cells['plover_mode']!r}"
        for r in _rows(name)
        if r.cells["plover_mode"] and r.cells["plover_mode"] not in modes[r.cells["plover_type"]]
    ]
    assert not bad, f"modes not defined for their type in plover.json: {bad}"


@LEXICON_FILES
def test_cameo_codes_exist_and_fit_the_plover_type(name: str) -> None:
    codes = _cameo_codes()
    missing = [
        f"{r.where} {r.cells['cameo']!r}" for r in _rows(name) if r.cells["cameo"] not in codes
    ]
    assert not missing, f"CAMEO codes not in cameo_codes.tsv: {missing}"
    clash = [
        f"{r.where} {r.cells['cameo']} -> {r.cells['plover_type']}"
        for r in _rows(name)
        if not _compatible(r.cells["cameo"], r.cells["plover_type"])
    ]
    assert not clash, f"CAMEO root does not map to the PLOVER type: {clash}"


def test_compatibility_rule_rejects_mismatches() -> None:
    assert _compatible("190", "ASSAULT") and _compatible("0841", "RETREAT")
    assert _compatible("020", "REQUEST") and _compatible("055", "CONCEDE")
    assert not _compatible("190", "AID")
    assert not _compatible("051", "CONCEDE")
    assert not _compatible("020", "AGREE")


@LEXICON_FILES
def test_no_duplicate_patterns(name: str) -> None:
    counts = Counter(r.cells["pattern"] for r in _rows(name))
    dupes = sorted(p for p, n in counts.items() if n > 1)
    assert not dupes, f"duplicate patterns in {name}: {dupes}"


@LEXICON_FILES
def test_patterns_are_lower_case_single_token_lemmas(name: str) -> None:
    bad = [r.where for r in _rows(name) if not all(LEMMA.match(w) for w in r.lemmas)]
    assert not bad, f"patterns must be space-separated lower-case single-token lemmas: {bad}"
    # a head, a particle, a preposition and its class ("hit back with $tariffs") at most
    too_long = [r.where for r in _rows(name) if not 1 <= len(r.lemmas) <= 4]
    assert not too_long, f"patterns must have 1-4 lemmas: {too_long}"


def test_verb_target_slots() -> None:
    bad = []
    for row in _rows("verbs.tsv"):
        slots = row.cells["target"].split(",")
        if not all(VERB_TARGET.match(s) for s in slots) or "none" in slots[:-1]:
            bad.append(f"{row.where} {row.cells['target']!r}")
    assert not bad, f"bad verb target slots ('none' may only come last): {bad}"


def test_noun_agent_and_target_slots() -> None:
    bad = []
    for row in _rows("nouns.tsv"):
        agents = row.cells["agent"].split(",")
        targets = row.cells["target"].split(",")
        if not all(NOUN_AGENT.match(s) for s in agents):
            bad.append(f"{row.where} agent {row.cells['agent']!r}")
        if not all(NOUN_TARGET.match(s) for s in targets) or "none" in targets[:-1]:
            bad.append(f"{row.where} target {row.cells['target']!r}")
    assert not bad, f"bad noun slots: {bad}"


def test_every_type_has_enough_patterns() -> None:
    types = set(_plover_modes())
    verbs = Counter(r.cells["plover_type"] for r in _rows("verbs.tsv"))
    nouns = Counter(r.cells["plover_type"] for r in _rows("nouns.tsv"))
    thin_verbs = {t: verbs[t] for t in types if verbs[t] < MIN_VERBS_PER_TYPE}
    thin_nouns = {t: nouns[t] for t in types if nouns[t] < MIN_NOUNS_PER_TYPE}
    assert not thin_verbs, f"types with fewer than {MIN_VERBS_PER_TYPE} verb patterns: {thin_verbs}"
    assert not thin_nouns, f"types with fewer than {MIN_NOUNS_PER_TYPE} noun patterns: {thin_nouns}"
    assert len(_rows("verbs.tsv")) >= 500
    assert len(_rows("nouns.tsv")) >= 200


def test_reporting_verbs_are_not_events() -> None:
    bad = [r.where for r in _rows("verbs.tsv") if r.lemmas[0] in REPORTING_VERBS]
    assert not bad, f"reporting verbs belong in control.tsv, not verbs.tsv: {bad}"


def test_light_and_control_verbs_need_an_object_or_particle() -> None:
    bad = [
        r.where
        for r in _rows("verbs.tsv")
        if r.lemmas == [r.lemmas[0]] and r.lemmas[0] in NEVER_ALONE
    ]
    assert not bad, f"light/control verbs coded on their own: {bad}"


@pytest.mark.parametrize(
    ("name", "pattern", "ptype", "mode", "cameo"),
    [
        ("verbs.tsv", "shell", "ASSAULT", "heavy-weapons", "194"),
        ("verbs.tsv", "impose sanction", "SANCTION", "discontinue", "163"),
        ("verbs.tsv", "call on", "REQUEST", "", "020"),
        ("verbs.tsv", "pull out", "RETREAT", "withdraw", "0874"),
        ("verbs.tsv", "hold talk", "CONSULT", "", "040"),
        ("verbs.tsv", "apologize", "CONCEDE", "", "055"),
        ("verbs.tsv", "summon", "ACCUSE", "disapprove", "114"),
        ("nouns.tsv", "air strike", "ASSAULT", "aerial", "195"),
        ("nouns.tsv", "talk", "CONSULT", "", "040"),
        ("nouns.tsv", "ceasefire", "RETREAT", "ceasefire", "0871"),
    ],
)
def test_anchor_rows(name: str, pattern: str, ptype: str, mode: str, cameo: str) -> None:
    row = next((r for r in _rows(name) if r.cells["pattern"] == pattern), None)
    assert row is not None, f"{pattern!r} missing from {name}"
    assert (row.cells["plover_type"], row.cells["plover_mode"], row.cells["cameo"]) == (
        ptype,
        mode,
        cameo,
    )


@pytest.mark.parametrize(
    "name",
    ["LICENSE.md", "LICENSE.plover.CC-BY-SA-4.0.txt", "LICENSE.cameo_codes.andybega-icews.MIT.md"],
)
def test_licence_files_sit_next_to_the_data(name: str) -> None:
    text = (_dir() / name).read_text(encoding="utf-8")
    assert text.strip()
    if name == "LICENSE.md":
        assert "CC BY-SA 4.0" in text and "Open Event Data Alliance" in text


@LEXICON_FILES
def test_files_say_they_are_cc_by_sa(name: str) -> None:
    head = (_dir() / name).read_text(encoding="utf-8").splitlines()[:5]
    assert any("CC BY-SA 4.0" in line for line in head if line.startswith("#"))


def test_noun_classes_used_by_patterns_exist_and_an_unknown_one_is_refused(tmp_path) -> None:
    from eventwire.coding.lexicon import load_lexicon
    from eventwire.datafiles import DataFileError

    lex = load_lexicon()
    used = {w[1:] for name in ("verbs.tsv", "nouns.tsv") for r in _rows(name)
            for w in r.lemmas if w.startswith("$")}
    assert used and used <= set(lex.classes), used - set(lex.classes)
    assert lex.fits("$troops", "battalion") and not lex.fits("$troops", "diplomat")
    assert lex.fits("deploy", "deploy") and not lex.fits("deploy", "send")
    base = resources.files("eventwire") / "data" / "lexicon"
    for item in base.iterdir():
        if item.is_file():
            (tmp_path / item.name).write_bytes(item.read_bytes())
    with (tmp_path / "verbs.tsv").open("a", encoding="utf-8") as fh:
        fh.write("send $tanks\tMOBILIZE\tweapons\t150\tnone\t\n")
    with pytest.raises(DataFileError, match=r"verbs\.tsv:\d+.*unknown noun class '\$tanks'"):
        load_lexicon(str(tmp_path))
