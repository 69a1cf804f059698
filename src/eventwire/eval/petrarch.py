"""Score eventwire on PETRARCH2's validation records (openeventdata/petrarch2, MIT).

The records test a coding engine on tricky grammar with fictional actors (Arnor, Gondor, ...)
that no real-world knowledge base knows. To measure the grammar and not the dictionary, the
validation actor dictionary is loaded as extra countries and organisations on top of ours
(``validation_kb``). Expected CAMEO codes are mapped to PLOVER types with the CAMEO->PLOVER 2021
table; records with test-only codes (9xx, 345, 1717, ...) or expected errors are left out.

Matching: a predicted event matches an expected one with the same PLOVER type and the same
source and target country (the first three letters of the PETRARCH code).
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from ..actors.kb import KnowledgeBase, data_dir
from ..actors.resolver import ActorResolver
from ..datafiles import read_jsonl
from ..model import Article
from ..options import Options
from ..pipeline import Pipeline

_ENTRY = re.compile(r"^([^\s#<+\[][^\[#]*?)\s*\[([A-Za-z~-]+)\]")


def cameo_to_plover(table: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type from ``plover_cameo2plover_2021.txt``."""
    mapping: dict[str, str] = {}
    current_root = ""
    for line in table.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            mapping[m.group(1)] = m.group(2)
            if len(m.group(1)) == 2:
                current_root = m.group(2)
        elif re.match(r"^\d{2,4}:", line) and current_root:
            mapping[line.split(":")[0]] = current_root
    return mapping


def _plover_type(code: str, mapping: dict[str, str]) -> str | None:
    while code:
        if code in mapping:
            return mapping[code]
        code = code[:-1]
    return None


def parse_actors(path: Path) -> list[tuple[str, list[str]]]:
    """(code, names) from a PETRARCH actor dictionary; '+' lines are synonyms."""
    entries: list[tuple[str, list[str]]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if line.startswith("+") and entries:
            name = line[1:].split("#")[0].strip().replace("_", " ").strip()
            if name:
                entries[-1][1].append(name.title())
            continue
        m = _ENTRY.match(line)
        if not m:
            continue
        code = m.group(2).upper()
        name = m.group(1).replace("_", " ").strip().title()
        if name and re.fullmatch(r"[A-Z]{3,}", code):
            entries.append((code, [name]))
    return entries


def validation_kb(actors_file: Path) -> KnowledgeBase:
    """Our knowledge base plus the validation suite's fictional actors."""
    tmp = Path(tempfile.mkdtemp(prefix="eventwire-petr-"))
    try:
        for item in data_dir().iterdir():
            if item.is_file():
                (tmp / item.name).write_bytes(item.read_bytes())
        kb = KnowledgeBase.from_dir(tmp)
        known = {c.iso3 for c in kb.countries}
        sectors = {"GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "MED", "BUS", "SPY", "CVL"}
        countries, orgs = [], []
        for code, names in parse_actors(actors_file):
            country = code[:3]
            if len(code) == 3 and country not in known:
                countries.append({"iso3": country, "name": names[0], "names": names,
                                  "demonyms": names[1:]})
                known.add(country)
            elif len(code) > 3:
                sector = code[3:6] if code[3:6] in sectors else None
                orgs.append((country, sector, names))
        with open(tmp / "countries.jsonl", "a", encoding="utf-8") as out:
            for row in countries:
                out.write(json.dumps(row) + "\n")
        with open(tmp / "organizations.jsonl", "a", encoding="utf-8") as out:
            for country, sector, names in orgs:
                if country in known:
                    out.write(json.dumps({"name": names[0], "aliases": names, "country": country,
                                          "sector": sector, "kind": "group"}) + "\n")
        return KnowledgeBase.from_dir(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def score_petrarch(data_dir_: Path | str) -> dict[str, Any]:
    """Run the pipeline over the validation records and score type and dyad."""
    base = Path(data_dir_)
    mapping = cameo_to_plover(base / "plover_cameo2plover_2021.txt")
    kb = validation_kb(base / "petrarch_validation_dicts" / "PETR.Validate.actors.txt")
    pipeline = Pipeline(Options(geo=False), actors=ActorResolver(kb))
    records = [rec for _, rec in read_jsonl(base / "petrarch_validation.jsonl")]
    usable = []
    for rec in records:
        if rec.get("expected_error"):
            continue
        wanted = []
        for exp in rec.get("expected", []):
            ptype = _plover_type(exp["code"], mapping)
            if ptype is None or not exp["code"].isdigit() or int(exp["code"][:2]) > 20:
                break
            wanted.append((ptype, exp["source"][:3].upper(), exp["target"][:3].upper()))
        else:
            usable.append((rec, wanted))
    articles = []
    for rec, _ in usable:
        raw = str(rec.get("date") or "")
        published = date(int(raw[:4]), int(raw[4:6]), int(raw[6:8])) if len(raw) == 8 else None
        articles.append(Article(id=rec["id"], text=rec["text"], published=published))
    predicted = {a.id: evs for a, evs in pipeline.run(articles)}
    counts: Counter[str] = Counter()
    noevent_fp = noevent_n = 0
    for rec, wanted in usable:
        preds = [(e.plover.type, (e.source.country or "") if e.source else "",
                  (e.target.country or "") if e.target else "") for e in predicted[rec["id"]]]
        counts["gold"] += len(wanted)
        counts["pred"] += len(preds)
        if rec.get("noevents"):
            noevent_n += 1
            noevent_fp += bool(preds)
        left = list(preds)
        for ptype, src, tgt in wanted:
            if any(p[0] == ptype for p in left):
                counts["type"] += 1
            hit = next((p for p in left if p == (ptype, src, tgt)), None)
            if hit is not None:
                counts["triple"] += 1
                left.remove(hit)
    def prf(tp: int) -> dict[str, float]:
        p = tp / counts["pred"] if counts["pred"] else 0.0
        r = tp / counts["gold"] if counts["gold"] else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4),
                "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    return {"records": len(usable), "expected_events": counts["gold"],
            "predicted_events": counts["pred"], "type": prf(counts["type"]),
            "triple": prf(counts["triple"]), "noevent_records": noevent_n,
            "noevent_fp_rate": round(noevent_fp / noevent_n, 4) if noevent_n else 0.0}
