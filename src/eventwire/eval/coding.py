"""Scorer for event coding against a gold JSONL file (format: docs/annotation_guide.md).

Predicted and gold events of one item are paired greedily by a similarity score (same PLOVER
type, overlapping trigger, same source / target country). From the pairs:

- ``type``:   a predicted event is right when its pair has the same PLOVER type;
- ``source`` / ``target``: right type and the same actor country (null == null);
- ``triple``: right type, source country and target country;
- ``triple_sector``: the same with country + sector on both actors;
- ``status`` and ``speaker`` accuracy over type-matched pairs;
- ``no_event_fp_rate``: share of no-event items that yield at least one event.

Precision divides by predicted events, recall by gold events.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..clean import clean
from ..datafiles import read_jsonl
from ..errors import InputError
from ..model import Actor, Article, Event
from ..options import Options
from ..pipeline import Pipeline

FIELDS = ("type", "source", "target", "triple", "triple_sector")


@dataclass(frozen=True)
class GoldItem:
    id: str
    split: str
    text: str
    published: date | None
    events: tuple[dict[str, Any], ...]
    constructions: tuple[str, ...]


def load_gold(path: Path | str, split: str | None = None) -> list[GoldItem]:
    """Read a gold file; ``split`` keeps only "dev" or "test" items."""
    items = []
    for lineno, row in read_jsonl(path):
        try:
            item = GoldItem(
                id=str(row["id"]), split=row.get("split", "test"), text=row["text"],
                published=(date.fromisoformat(row["published"])
                           if row.get("published") else None),
                events=tuple(row.get("events", [])),
                constructions=tuple(row.get("constructions", [])),
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise InputError(str(path), f"bad gold record: {exc}", lineno) from exc
        if split is None or item.split == split:
            items.append(item)
    return items


def _country(actor: Actor | dict[str, Any] | None) -> str | None:
    if actor is None:
        return None
    return actor.country if isinstance(actor, Actor) else actor.get("country")


def _sector(actor: Actor | dict[str, Any] | None) -> str | None:
    if actor is None:
        return None
    return actor.sector if isinstance(actor, Actor) else actor.get("sector")


def find_words(text: str, words: str) -> int:
    """Where ``words`` first occur as whole words (the trigger "hit" is not in "White"), else
    where they first occur at all, else -1."""
    found = re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text)
    return found.start() if found is not None else text.find(words)


def _trigger_span(text: str, gold: dict[str, Any]) -> tuple[int, int] | None:
    trig = gold.get("trigger")
    if not trig:
        return None
    at = find_words(text, trig)
    return (at, at + len(trig)) if at >= 0 else None


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _similarity(text: str, pred: Event, gold: dict[str, Any]) -> int:
    score = 0
    same_type = pred.plover.type == gold.get("type")
    overlap = _overlap(pred.trigger_span, _trigger_span(text, gold))
    if not (same_type or overlap):
        return 0
    score += 4 * same_type + 2 * overlap
    score += _country(pred.source) == _country(gold.get("source"))
    score += _country(pred.target) == _country(gold.get("target"))
    return score


def pair(text: str, preds: list[Event], golds: Iterable[dict[str, Any]]
         ) -> list[tuple[Event, dict[str, Any]]]:
    """Greedy best-first pairing of predicted and gold events of one item."""
    golds = list(golds)
    scored = sorted(
        ((_similarity(text, p, g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for score, i, j in scored:
        if score <= 0 or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((preds[i], golds[j]))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp,
            "predicted": n_pred, "gold": n_gold}


def _speaker_ok(pred: Event, gold: dict[str, Any]) -> bool:
    speaker = gold.get("speaker")
    if not pred.attribution:
        return speaker is None
    if speaker is None:
        return False
    inner = pred.attribution[-1]
    text = (speaker.get("text") or "").lower()
    if inner.speaker and text and (inner.speaker.lower() in text or text in inner.speaker.lower()):
        return True
    role = inner.role or ""
    return bool(speaker.get("country")) and role.startswith(speaker["country"])


def _same_words(pred: str | None, gold: str) -> bool:
    """ "Idlib" for "Idlib province", "on Monday" for "Monday": one names the other."""
    if not pred:
        return False
    a, b = pred.lower().strip(), gold.lower().strip()
    return a in b or b in a


def score_items(items: list[GoldItem], predictions: dict[str, list[Event]]) -> dict[str, Any]:
    """Scores from gold items and the events predicted for each item id. Where and when are
    scored on the events whose type is right and whose gold record names a place or a time:
    right when the predicted toponym or time expression and the gold one name each other."""
    tp: Counter[str] = Counter()
    n_pred = n_gold = 0
    per_type_tp: Counter[str] = Counter()
    per_type_pred: Counter[str] = Counter()
    per_type_gold: Counter[str] = Counter()
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    status_ok = speaker_ok = typed_pairs = 0
    placed = place_ok = timed = time_ok = 0
    no_event_items = no_event_fp = 0
    for item in items:
        preds = predictions.get(item.id, [])
        n_pred += len(preds)
        n_gold += len(item.events)
        per_type_pred.update(p.plover.type for p in preds)
        per_type_gold.update(g["type"] for g in item.events)
        if not item.events:
            no_event_items += 1
            no_event_fp += bool(preds)
        # trigger spans point into the cleaned text (a live-blog stamp such as "07:50 EAT — "
        # is removed before coding), so the gold triggers are looked up there too
        text = clean(Article(id=item.id, text=item.text, published=item.published)).text
        for pred, gold in pair(text, preds, item.events):
            confusion[gold["type"]][pred.plover.type] += 1
            if pred.plover.type != gold["type"]:
                continue
            typed_pairs += 1
            per_type_tp[gold["type"]] += 1
            tp["type"] += 1
            src = _country(pred.source) == _country(gold.get("source"))
            tgt = _country(pred.target) == _country(gold.get("target"))
            tp["source"] += src
            tp["target"] += tgt
            tp["triple"] += src and tgt
            tp["triple_sector"] += (
                src and tgt and _sector(pred.source) == _sector(gold.get("source"))
                and _sector(pred.target) == _sector(gold.get("target"))
            )
            status_ok += pred.factuality.status == gold.get("status", "asserted")
            speaker_ok += _speaker_ok(pred, gold)
            if gold.get("location"):
                placed += 1
                place_ok += _same_words(pred.location.text if pred.location else None,
                                        gold["location"])
            if gold.get("time"):
                timed += 1
                time_ok += _same_words(pred.date.text if pred.date else None, gold["time"])
    types = sorted(set(per_type_gold) | set(per_type_pred))
    return {
        "items": len(items),
        "fields": {f: _prf(tp[f], n_pred, n_gold) for f in FIELDS},
        "per_type": {t: _prf(per_type_tp[t], per_type_pred[t], per_type_gold[t]) for t in types},
        "status_accuracy": round(status_ok / typed_pairs, 4) if typed_pairs else 0.0,
        "speaker_accuracy": round(speaker_ok / typed_pairs, 4) if typed_pairs else 0.0,
        "location_accuracy": round(place_ok / placed, 4) if placed else 0.0,
        "time_accuracy": round(time_ok / timed, 4) if timed else 0.0,
        "no_event_items": no_event_items,
        "no_event_fp_rate": round(no_event_fp / no_event_items, 4) if no_event_items else 0.0,
        "confusion": {g: dict(c) for g, c in sorted(confusion.items())},
    }


def predict(items: list[GoldItem], pipeline: Pipeline | None = None) -> dict[str, list[Event]]:
    """Run the pipeline over every gold item (batched)."""
    pipe = pipeline or Pipeline(Options())
    articles = [Article(id=i.id, text=i.text, published=i.published) for i in items]
    return {article.id: events for article, events in pipe.run(articles)}


def score_gold(path: Path | str, split: str | None = "test",
               pipeline: Pipeline | None = None) -> dict[str, Any]:
    items = load_gold(path, split)
    result = score_items(items, predict(items, pipeline))
    result["gold"] = str(path)
    result["split"] = split or "all"
    return result


def format_report(result: dict[str, Any]) -> str:
    lines = [f"gold: {result.get('gold')}  split: {result.get('split')}  items: {result['items']}"]
    lines.append(f"{'field':<15}{'P':>8}{'R':>8}{'F1':>8}")
    for name, m in result["fields"].items():
        lines.append(f"{name:<15}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}")
    lines.append(f"status accuracy  {result['status_accuracy']:.3f}   "
                 f"speaker accuracy {result['speaker_accuracy']:.3f}")
    lines.append(f"location accuracy {result['location_accuracy']:.3f}   "
                 f"time accuracy {result['time_accuracy']:.3f}   (events of the right type whose "
                 "gold names a place or a time)")
    lines.append(f"no-event items {result['no_event_items']}, with a false event: "
                 f"{result['no_event_fp_rate']:.1%}")
    lines.append(f"{'type':<12}{'P':>8}{'R':>8}{'F1':>8}{'gold':>6}{'pred':>6}")
    for t, m in result["per_type"].items():
        lines.append(f"{t:<12}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}"
                     f"{m['gold']:>6}{m['predicted']:>6}")
    lines.append("confusion (gold -> predicted):")
    for g, row in result["confusion"].items():
        lines.append(f"  {g:<11} " + ", ".join(f"{p}:{n}" for p, n in sorted(row.items())))
    return "\n".join(lines)
