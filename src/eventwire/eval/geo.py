"""Scorers for the geo stage against gold JSONL files.

- ``score_toponyms(path)``: every gold toponym (``tests/data/geo_toponyms.jsonl``) is matched
  to the resolver's overlapping mention; accuracy within 161 km (same GeoNames id counts as 0 km),
  correct-country accuracy and mention recall. ``spurious_rate`` is the share of resolved
  predictions overlapping no gold toponym (gold lists are meant to be exhaustive, but metonymic
  and physical names were not always marked, so it overstates false places). A gold
  ``geonameid`` of null means "no entry in the gazetteer fits": it is correct when the resolver
  also leaves it unresolved (or misses it).
- ``score_event_locations(path)``: for each gold event (``tests/data/geo_events.jsonl``), the
  resolver's ``event_location`` from the trigger token is right when it is the same entry or
  within 25 km.

Both take ``split`` ("dev", "test" or None for all) and optional ``nlp``/``resolver`` objects.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.datafiles import read_jsonl
from eventwire.errors import InputError
from eventwire.geo.resolver import GeoResolver, Toponym, haversine_km
from eventwire.model import Article, Place
from eventwire.nlp import load_nlp
from eventwire.options import Options
from eventwire.pipeline import Pipeline

TOPONYM_KM = 161.0
EVENT_KM = 25.0


def _records(path: str | Path, split: str | None) -> Iterator[dict[str, Any]]:
    for _, rec in read_jsonl(path):
        if split is None or rec.get("split") == split:
            yield rec


def _same_place(pred: Place | None, gold: dict[str, Any] | None, km: float) -> bool:
    if gold is None or gold.get("geonameid") is None:
        return pred is None or pred.geonameid is None
    if pred is None or pred.geonameid is None:
        return False
    if pred.geonameid == gold["geonameid"]:
        return True
    if pred.lat is None or pred.lon is None:
        return False
    return haversine_km(pred.lat, pred.lon, gold["lat"], gold["lon"]) <= km


def _overlapping(gold: dict[str, Any], toponyms: list[Toponym]) -> Toponym | None:
    best, best_len = None, 0
    for t in toponyms:
        overlap = min(t.end_char, gold["end"]) - max(t.start_char, gold["start"])
        if overlap > best_len:
            best, best_len = t, overlap
    return best


def _toponyms(rec: dict[str, Any], doc: Any, resolver: GeoResolver | None,
              pipeline: Pipeline | None) -> list[Toponym]:
    """The bare resolver's toponyms when one is given, else the pipeline's (which also knows
    the people and groups the text names)."""
    if resolver is not None:
        return resolver.resolve_doc(doc)
    assert pipeline is not None
    article = Article(id=str(rec.get("doc_id") or rec.get("event_id") or "geo"), text=doc.text)
    return pipeline.analyze(article, doc).toponyms


def score_toponyms(path: str | Path, split: str | None = "test", nlp: Any = None,
                   resolver: GeoResolver | None = None,
                   pipeline: Pipeline | None = None) -> dict[str, Any]:
    """Accuracy within 161 km, country accuracy and recall over the gold toponyms, as the
    pipeline resolves them (or as a given bare ``resolver`` does)."""
    nlp = nlp or load_nlp()
    pipeline = pipeline or (Pipeline(Options()) if resolver is None else None)
    n = ok_km = ok_country = found = predicted = 0
    errors: list[dict[str, Any]] = []
    spurious: list[dict[str, Any]] = []
    for rec in _records(path, split):
        toponyms = _toponyms(rec, nlp(rec["text"]), resolver, pipeline)
        for t in toponyms:
            if t.place.geonameid is None:
                continue
            predicted += 1
            if not any(t.start_char < g["end"] and g["start"] < t.end_char
                       for g in rec["toponyms"]):
                spurious.append({"doc_id": rec["doc_id"], "text": t.text,
                                 "pred": [t.place.name, t.place.country]})
        for gold in rec["toponyms"]:
            n += 1
            hit = _overlapping(gold, toponyms)
            pred = hit.place if hit else None
            found += hit is not None
            right = _same_place(pred, gold, TOPONYM_KM)
            ok_km += right
            pred_country = pred.country if pred and pred.geonameid is not None else None
            ok_country += pred_country == gold.get("country")
            if not right:
                errors.append({"doc_id": rec["doc_id"], "text": gold["text"],
                               "gold": [gold.get("name"), gold.get("country")],
                               "pred": [pred.name, pred.country] if pred else None})
    return {"n": n, "accuracy_161km": ok_km / n if n else 0.0,
            "country_accuracy": ok_country / n if n else 0.0,
            "recall": found / n if n else 0.0,
            "spurious_rate": len(spurious) / predicted if predicted else 0.0,
            "errors": errors, "spurious": spurious}


def score_event_locations(path: str | Path, split: str | None = "test", nlp: Any = None,
                          resolver: GeoResolver | None = None,
                          pipeline: Pipeline | None = None) -> dict[str, Any]:
    """Share of gold events whose location is the gold entry or within 25 km of it."""
    nlp = nlp or load_nlp()
    pipeline = pipeline or (Pipeline(Options()) if resolver is None else None)
    locator = resolver or (pipeline.geo if pipeline is not None else None) or GeoResolver()
    n = ok = 0
    errors: list[dict[str, Any]] = []
    for rec in _records(path, split):
        doc = nlp(rec["text"])
        span = doc.char_span(rec["trigger_start"], rec["trigger_start"] + len(rec["trigger"]),
                             alignment_mode="expand")
        if span is None:
            raise InputError(str(path),
                             f"{rec['event_id']}: trigger {rec['trigger']!r} not at offset")
        toponyms = _toponyms(rec, doc, resolver, pipeline)
        place = locator.event_location(doc, span.root.i, toponyms)
        n += 1
        right = _same_place(place, rec.get("place"), EVENT_KM)
        ok += right
        if not right:
            gold = rec.get("place") or {}
            errors.append({"event_id": rec["event_id"], "trigger": rec["trigger"],
                           "gold": [gold.get("name"), gold.get("country")],
                           "pred": [place.name, place.country, place.precision]
                           if place else None})
    return {"n": n, "accuracy_25km": ok / n if n else 0.0, "errors": errors}
