"""Scaling of event clustering: time per 10k events at 10k, 50k and 100k synthetic events.

    python benchmarks/dedup.py [--sizes 10000 50000 100000] [--out benchmarks/results/dedup.json]

Synthetic stream at a constant density (about 300 event mentions a day, as a large news feed
codes them): incidents in 40 countries and 16 PLOVER types, each told by 1-6 articles from
different outlets over the next days, some mentions without place, date or actors, and a share
of look-alike incidents (same city, same type, a few days apart). A longer stream covers more
days, as real ones do; near-linear means the time per 10k events stays flat as the stream
grows. Lexical similarity (the embedding model costs far more per sentence than the clusterer
itself; its throughput is measured separately, on the first 1,000 sentences, when installed).
B-cubed F1 against the synthetic truth is reported as a sanity check.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from _common import write_report

from eventwire.dedup import Clusterer, ClusterOptions, make_similarity
from eventwire.eval.dedup import bcubed
from eventwire.model import PLOVER_TYPES, Actor, Article, Event, Place, Plover, TimeSpan

PER_DAY = 300
WORDS = (
    "market", "school", "hospital", "convoy", "checkpoint", "bridge", "refinery", "port",
    "airport", "village", "camp", "stadium", "mosque", "church", "ministry", "embassy",
    "barracks", "depot", "railway", "power", "plant", "court", "parliament", "police", "station",
    "border", "crossing", "pipeline", "farm", "warehouse", "hotel",
)
VERBS = ("struck", "attacked", "hit", "raided", "shelled", "stormed", "bombed", "targeted")
OUTLETS = [f"Outlet {i}" for i in range(120)]


def _countries(rng: random.Random) -> list[tuple[str, float, float]]:
    return [(f"C{i:02d}", rng.uniform(-40, 60), rng.uniform(-100, 140)) for i in range(40)]


def stream(n_events: int, seed: int = 11) -> tuple[list[tuple[Article, list[Event]]],
                                                     dict[str, str]]:
    """(article, events) pairs in publication order, and event_id -> true incident."""
    rng = random.Random(seed)
    countries = _countries(rng)
    start = date(2020, 1, 1)
    days = max(1, n_events // PER_DAY)
    by_day: dict[date, list[tuple[Article, list[Event]]]] = defaultdict(list)
    truth: dict[str, str] = {}
    made = inc = 0
    while made < n_events:
        inc += 1
        code, clat, clon = rng.choice(countries)
        city = rng.randrange(12)
        lat, lon = clat + city * 0.7, clon + city * 0.9
        day = start + timedelta(days=rng.randrange(days))
        ptype = rng.choice(PLOVER_TYPES)
        what = " ".join(rng.sample(WORDS, 3))
        src = Actor(text="x", country=code, sector=rng.choice(("MIL", "REB", "GOV")),
                    code=None, kind="group")
        src = src.model_copy(update={"code": code + (src.sector or "")})
        for k in range(rng.randint(1, 6)):
            published = day + timedelta(days=rng.choice((0, 0, 1, 1, 2, 3)))
            aid = f"a{inc}-{k}"
            words = what.split()
            rng.shuffle(words)
            sentence = (f"Forces {rng.choice(VERBS)} a {' '.join(words)} in city {city} of "
                        f"{code} on day {day.toordinal() % 7}.")
            place = (Place(text=f"city {city}", name=f"city {city}", lat=lat, lon=lon,
                           country=code, precision="city") if rng.random() < 0.75 else None)
            when = (TimeSpan(start=day, end=day, precision="day", text="on Monday")
                    if rng.random() < 0.7 else None)
            span = (0, len(sentence))
            event = Event(event_id=Event.make_id(aid, span, ptype), article_id=aid,
                          sentence=sentence, span=span, trigger="struck",
                          plover=Plover(type=ptype), source=src if rng.random() < 0.8 else None,
                          location=place, date=when, confidence=0.8)
            article = Article(id=aid, text=f"{sentence} Report {aid} by {k}.",
                              outlet=rng.choice(OUTLETS), published=published)
            by_day[published].append((article, [event]))
            truth[event.event_id] = f"i{inc}"
            made += 1
            if made >= n_events:
                break
    pairs = [p for d in sorted(by_day) for p in sorted(by_day[d], key=lambda p: p[0].id)]
    return pairs, truth


def run(n_events: int) -> dict[str, float | int]:
    pairs, truth = stream(n_events)
    clusterer = Clusterer(ClusterOptions(similarity="lexical"))
    t0 = time.perf_counter()
    for article, events in pairs:
        clusterer.add(article, events)
    seconds = time.perf_counter() - t0
    predicted = {e: c.cluster_id for c in clusterer.clusters()
                 for e in (*c.event_ids, *c.background_event_ids)}
    _, _, f1 = bcubed(predicted, truth)
    return {"events": n_events, "articles": len(pairs), "seconds": round(seconds, 2),
            "seconds_per_10k": round(seconds / n_events * 10_000, 2),
            "clusters": len(clusterer), "incidents": len(set(truth.values())),
            "bcubed_f1": round(f1, 4)}


def embedding_rate(n: int = 1000) -> float | None:
    """Sentences encoded per second by the optional embedding model (None if not installed)."""
    from eventwire.dedup_embed import embeddings_available

    if not embeddings_available():
        return None
    pairs, _ = stream(n)
    sentences = [e.sentence + f" {i}" for i, (_, evs) in enumerate(pairs) for e in evs]
    sim = make_similarity("embed")
    sim.features(sentences[:8])  # load the model outside the timing
    t0 = time.perf_counter()
    sim.features(sentences)
    return round(len(sentences) / (time.perf_counter() - t0), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/dedup.json"))
    parser.add_argument("--no-embed", action="store_true", help="skip the embedding timing")
    args = parser.parse_args()
    runs = [run(n) for n in args.sizes]
    result = {"runs": runs, "events_per_day": PER_DAY,
              "embedding_sentences_per_s": None if args.no_embed else embedding_rate()}
    write_report(args.out, result)


if __name__ == "__main__":
    main()
