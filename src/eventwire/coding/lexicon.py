"""The coding lexicon: verb and event-noun patterns, control verbs and CAMEO reference data.

Everything is read from tab-separated data files under ``eventwire/data/lexicon`` (verbs and nouns
are PLOVER-derived, CC BY-SA 4.0; control verbs are ours). Nothing is hard-coded in Python.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from ..datafiles import read_tsv
from ..errors import DataFileError

CONTROL_EFFECTS = frozenset({
    "report", "claim", "deny", "hedge", "intend", "threaten", "request", "reject", "agree",
    "aspect", "stop", "cite", "command", "permit", "coerce",
})

QUAD_OF_TYPE = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
"""PLOVER type -> quad class of the PLOVER manual (1 verbal coop ... 4 material conflict)."""

COOPERATIVE = frozenset(t for t, q in QUAD_OF_TYPE.items() if q <= 2)


@dataclass(frozen=True)
class Entry:
    """One lexicon row: a verb or event-noun pattern and its coding."""

    pattern: tuple[str, ...]
    pos: str  # "verb" | "noun"
    plover_type: str
    mode: str | None
    cameo: str
    agent: tuple[str, ...]
    target: tuple[str, ...]
    source: str

    @property
    def head(self) -> str:
        return self.pattern[0] if self.pos == "verb" else self.pattern[-1]

    @property
    def extras(self) -> tuple[str, ...]:
        return self.pattern[1:] if self.pos == "verb" else self.pattern[:-1]


@dataclass(frozen=True)
class CameoInfo:
    code: str
    label: str
    goldstein: float
    quad_class: int


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Entry, ...]]
    nouns: dict[str, tuple[Entry, ...]]
    control: dict[str, str]
    cameo: dict[str, CameoInfo]
    modes: dict[str, frozenset[str]] = field(default_factory=dict)
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    """Noun classes: a pattern word "$troops" matches any lemma of class "troops"."""

    def fits(self, extra: str, lemma: str, label: str = "") -> bool:
        """Does a dependent (its lemma, and its entity label if any) fill a pattern word (a
        lemma or a "$class"; a class row "@PERSON" takes every name the model tags PERSON)?"""
        if extra.startswith("$"):
            members = self.classes.get(extra[1:], ())
            return lemma in members or (bool(label) and "@" + label in members)
        return lemma == extra

    def cameo_info(self, code: str) -> CameoInfo | None:
        """The CAMEO row for a code, falling back to its parent codes."""
        while code:
            if code in self.cameo:
                return self.cameo[code]
            code = code[:-1]
        return None


def _split(value: str, default: tuple[str, ...]) -> tuple[str, ...]:
    parts = tuple(p.strip() for p in value.split(",") if p.strip())
    return parts or default


def _entries(
    path: Traversable | Path, pos: str, types: frozenset[str]
) -> dict[str, tuple[Entry, ...]]:
    index: dict[str, list[Entry]] = defaultdict(list)
    for lineno, row in read_tsv(path):
        pattern = tuple(row.get("pattern", "").lower().split())
        ptype = row.get("plover_type", "").upper()
        if not pattern or ptype not in types:
            raise DataFileError(str(path), lineno, f"bad pattern or PLOVER type {ptype!r}")
        entry = Entry(
            pattern=pattern, pos=pos, plover_type=ptype, mode=row.get("plover_mode") or None,
            cameo=row.get("cameo", ""),
            agent=_split(row.get("agent", ""), ("poss", "amod", "compound", "pobj:by")),
            target=_split(row.get("target", ""), ("dobj",) if pos == "verb" else ("none",)),
            source=f"{Path(str(path)).name}:{lineno}",
        )
        index[entry.head].append(entry)
    # longest first; of two as long, the one with more content words ("trade fire" before
    # "trade with": "traded fire with Russian troops" is no trade), then a word before a noun
    # class ("fight alongside" before "fight $foes": "fighting alongside the rebels" is no fight
    # against them)
    return {k: tuple(sorted(v, key=lambda e: (-len(e.pattern), sum(
        w in _FUNCTION_WORDS for w in e.extras), sum(w.startswith("$") for w in e.extras))))
        for k, v in index.items()}


_FUNCTION_WORDS = frozenset({
    "about", "after", "against", "at", "away", "back", "by", "down", "for", "from", "in",
    "into", "off", "on", "out", "over", "through", "to", "toward", "towards", "up", "with"})


def _base() -> Traversable:
    return resources.files("eventwire") / "data" / "lexicon"


@cache
def load_lexicon(directory: str | None = None) -> Lexicon:
    """Load the lexicon shipped with eventwire, or one from ``directory`` (same file names)."""
    base: Traversable | Path = Path(directory) if directory else _base()
    plover = json.loads((base / "plover.json").read_text(encoding="utf-8"))
    types = frozenset(plover["event_types"])
    modes = {t: frozenset(v.get("modes", {})) for t, v in plover["event_types"].items()}
    cameo: dict[str, CameoInfo] = {}
    for lineno, row in read_tsv(base / "cameo_codes.tsv"):
        try:
            cameo[row["code"]] = CameoInfo(row["code"], row["label"], float(row["goldstein"]),
                                           int(row["quad_class"]))
        except (KeyError, ValueError) as exc:
            raise DataFileError(str(base / "cameo_codes.tsv"), lineno, f"bad row: {exc}") from exc
    control: dict[str, str] = {}
    for lineno, row in read_tsv(base / "control.tsv"):
        effect = row.get("effect", "")
        if effect not in CONTROL_EFFECTS:
            raise DataFileError(str(base / "control.tsv"), lineno, f"unknown effect {effect!r}")
        control[row["lemma"].lower()] = effect
    classes: dict[str, set[str]] = defaultdict(set)
    for lineno, row in read_tsv(base / "classes.tsv"):
        name, lemma = row.get("class", "").strip(), row.get("lemma", "").strip()
        lemma = lemma if lemma.startswith("@") else lemma.lower()  # "@GPE": an entity label
        if not name or not lemma or " " in lemma:
            raise DataFileError(str(base / "classes.tsv"), lineno, "need a class and one lemma")
        classes[name].add(lemma)
    verbs = _entries(base / "verbs.tsv", "verb", types)
    nouns = _entries(base / "nouns.tsv", "noun", types)
    for entries, name in ((verbs, "verbs.tsv"), (nouns, "nouns.tsv")):
        for entry in (e for group in entries.values() for e in group):
            unknown = [w for w in entry.pattern if w.startswith("$") and w[1:] not in classes]
            if unknown:
                raise DataFileError(str(base / name), int(entry.source.rsplit(":", 1)[1]),
                                    f"unknown noun class {unknown[0]!r} (classes.tsv)")
    return Lexicon(
        verbs=verbs, nouns=nouns, control=control, cameo=cameo, modes=modes,
        classes={k: frozenset(v) for k, v in classes.items()},
    )
