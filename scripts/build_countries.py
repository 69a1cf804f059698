"""Regenerate ``src/eventwire/data/actors/countries.jsonl``.

Build-time tool only: it needs ``pycountry`` (ISO 3166-1 list and names, LGPL-2.1) and
``countryinfo`` (English short names, alternative spellings, demonyms and capitals, MIT), which
are *not* run-time dependencies of eventwire::

    /work/venv/bin/pip install pycountry==26.2.16 countryinfo==1.0.1
    /work/venv/bin/python scripts/build_countries.py

The base list is every country in pycountry (ISO 3166-1, 249 entries); countryinfo adds
spellings, demonyms and capitals; then ``countries_overrides.jsonl`` (hand-written) is applied
on top: it adds news names ("U.S.", "Britain"), plural demonyms, seats of power used as
metonyms ("the Kremlin" -> RUS GOV) and countries missing from ISO (Kosovo, XKX).
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry

DATA_DIR = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "actors"
OVERRIDE_LIST_FIELDS = ("names", "demonyms", "capitals")


def is_latin(text: str) -> bool:
    """True when every letter in ``text`` is a Latin-script letter."""
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def usable_name(text: str) -> bool:
    """Keep spellings a news text could use; drop ISO codes and inverted ISO forms."""
    text = text.strip()
    if not text or not is_latin(text):
        return False
    if len(text) <= 3 and text.isupper():
        return False  # "TR", "TUR": too ambiguous as free text (overrides add "US", "UK")
    return ", " not in text


def dedup(items: Iterable[str]) -> list[str]:
    """Order-preserving de-duplication that ignores empty strings."""
    seen: dict[str, None] = {}
    for item in items:
        item = item.strip()
        if item and item not in seen:
            seen[item] = None
    return list(seen)


def load_countryinfo() -> dict[str, dict[str, Any]]:
    """countryinfo's per-country JSON files keyed by ISO alpha-3 (duplicates merged)."""
    folder = resources.files("countryinfo") / "data"
    files = sorted(
        (f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: len(f.name)
    )
    merged: dict[str, dict[str, Any]] = {}
    for file in files:
        record = json.loads(file.read_text(encoding="utf-8"))
        iso3 = (record.get("ISO") or {}).get("alpha3")
        if not iso3:
            continue
        target = merged.setdefault(iso3, {"altSpellings": []})
        for key in ("name", "demonym", "capital", "nativeName"):
            if not target.get(key) and record.get(key):
                target[key] = record[key]
        target["altSpellings"] += record.get("altSpellings") or []
    return merged


def plural_demonyms(demonym: str) -> list[str]:
    """'Syrian' -> ['Syrian', 'Syrians']; 'Chinese' stays as it is."""
    if demonym.endswith(("an", "i")):
        return [demonym, demonym + "s"]
    return [demonym]


def base_countries() -> Iterator[dict[str, Any]]:
    """One record per ISO 3166-1 country, enriched with countryinfo."""
    info = load_countryinfo()
    for country in pycountry.countries:
        extra = info.get(country.alpha_3, {})
        iso_names = [
            country.name,
            getattr(country, "common_name", ""),
            getattr(country, "official_name", ""),
        ]
        name = extra.get("name") or getattr(country, "common_name", None) or country.name
        names = [n for n in [name, *iso_names, *extra["altSpellings"]] if usable_name(n)]
        if extra.get("nativeName") and usable_name(extra["nativeName"]):
            names.append(extra["nativeName"])
        demonym = extra.get("demonym") or ""
        capital = extra.get("capital") or ""
        capitals = capital if isinstance(capital, list) else [capital]
        yield {
            "iso3": country.alpha_3,
            "name": name,
            "names": dedup(names),
            "demonyms": dedup(plural_demonyms(demonym)) if demonym else [],
            "capitals": dedup(capitals),
            "seats": [],
        }


def read_overrides(path: Path) -> list[dict[str, Any]]:
    """The hand-written override rows (JSON Lines, '#'-free)."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{path}:{number}: not valid JSON: {exc}") from exc
    return rows


def apply_override(record: dict[str, Any], row: dict[str, Any]) -> None:
    """Add/remove names, demonyms, capitals and seats of one country in place."""
    if row.get("name"):
        record["name"] = row["name"]
        record["names"].insert(0, row["name"])
    for field in OVERRIDE_LIST_FIELDS:
        removed = set(row.get("remove_" + field, []))
        record[field] = dedup(v for v in [*record[field], *row.get(field, [])] if v not in removed)
    record["seats"] = record["seats"] + row.get("seats", [])


def build(overrides_path: Path) -> list[dict[str, Any]]:
    """Base countries with overrides applied, sorted by ISO alpha-3."""
    countries = {c["iso3"]: c for c in base_countries()}
    for row in read_overrides(overrides_path):
        iso3 = row["iso3"]
        if iso3 not in countries:
            if not row.get("name"):
                raise SystemExit(f"override for unknown {iso3!r} needs a 'name'")
            countries[iso3] = {
                "iso3": iso3,
                "name": row["name"],
                "names": [],
                "demonyms": [],
                "capitals": [],
                "seats": [],
            }
        apply_override(countries[iso3], row)
    return [countries[k] for k in sorted(countries)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    args = parser.parse_args()
    records = build(args.data_dir / "countries_overrides.jsonl")
    out = args.data_dir / "countries.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
