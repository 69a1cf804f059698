"""Scorer for event clustering against the incident corpus (``tests/data/incidents/``).

Gold format (``articles.jsonl``, one article a line)::

    {"id": "kharkiv_store-0", "outlet": "Levant Wire", "published": "2024-05-25",
     "url": "...", "title": "...", "text": "...", "duplicate_of": null,
     "mentions": [{"sentence": "Russian guided bombs struck ...", "incident": "kharkiv_store",
                   "background": false}]}

and ``incidents.jsonl`` (one incident a line: id, date, PLOVER type, family, place, source and
target actor codes, look-alike ``distractor_of`` incidents).

A predicted event is mapped to an incident when its sentence span overlaps a gold mention
sentence of the same article and its PLOVER type family is the incident's family; other events
are *unmapped* (extraction noise, reported but not scored). Over the mapped events:

- B-cubed precision, recall and F1 of the predicted clusters against the gold incidents;
- per incident, the number of distinct predicted clusters holding its mentions ("how many
  events the system counts"), the share of incidents counted within one of the truth (1), and
  the share counted exactly once.

``oracle`` events (one perfect event per gold mention: the incident's type, place, date and
actors) separate clustering quality from extraction quality.

    python -m eventwire.eval.dedup tests/data/incidents [--oracle] [--embed]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..datafiles import read_jsonl
from ..dedup import Cluster, ClusterOptions, Similarity, cluster_events, type_family
from ..errors import InputError
from ..model import Actor, Article, Event, Place, Plover, TimeSpan

Pair = tuple[Article, list[Event]]


@dataclass(frozen=True)
class GoldMention:
    sentence: str
    incident: str
    background: bool


@dataclass(frozen=True)
class GoldArticle:
    article: Article
    mentions: tuple[GoldMention, ...]
    duplicate_of: str | None


@dataclass(frozen=True)
class Incident:
    id: str
    date: date
    type: str
    family: str
    place: dict[str, Any]
    source: str | None
    target: str | None


@dataclass(frozen=True)
class Corpus:
    articles: tuple[GoldArticle, ...]
    incidents: dict[str, Incident]


@dataclass
class DedupScore:
    mode: str
    b3_precision: float
    b3_recall: float
    b3_f1: float
    count_within_one: float
    count_exact: float
    incidents: int
    incidents_missed: int
    mapped_events: int
    unmapped_events: int
    mention_recall: float
    clusters: int
    counts: dict[str, int]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# ---------------------------------------------------------------------------- loading

def load_corpus(folder: str | Path) -> Corpus:
    """Read ``articles.jsonl`` and ``incidents.jsonl`` from a corpus folder."""
    folder = Path(folder)
    incidents: dict[str, Incident] = {}
    for lineno, row in read_jsonl(folder / "incidents.jsonl"):
        try:
            incidents[row["incident"]] = Incident(
                id=row["incident"], date=date.fromisoformat(row["date"]), type=row["type"],
                family=row["family"], place=row["place"], source=row.get("source"),
                target=row.get("target"))
        except (KeyError, ValueError, TypeError) as exc:
            raise InputError(str(folder / "incidents.jsonl"), f"bad incident: {exc}",
                             lineno) from exc
    articles = []
    for lineno, row in read_jsonl(folder / "articles.jsonl"):
        try:
            article = Article(id=row["id"], text=row["text"], url=row.get("url"),
                              title=row.get("title"), outlet=row.get("outlet"),
                              published=date.fromisoformat(row["published"]))
            mentions = tuple(GoldMention(m["sentence"], m["incident"], bool(m["background"]))
                             for m in row["mentions"])
        except (KeyError, ValueError, TypeError) as exc:
            raise InputError(str(folder / "articles.jsonl"), f"bad article: {exc}",
                             lineno) from exc
        unknown = {m.incident for m in mentions} - set(incidents)
        if unknown:
            raise InputError(str(folder / "articles.jsonl"),
                             f"unknown incident ids {sorted(unknown)}", lineno)
        articles.append(GoldArticle(article, mentions, row.get("duplicate_of")))
    return Corpus(tuple(articles), incidents)


# ---------------------------------------------------------------------------- events

def pipeline_events(corpus: Corpus, pipeline: Any = None) -> list[Pair]:
    """Run the real pipeline over the corpus articles: (cleaned article, events) pairs."""
    if pipeline is None:
        from ..pipeline import Pipeline

        pipeline = Pipeline()
    return [(a, list(ev)) for a, ev in pipeline.run(g.article for g in corpus.articles)]


def _actor(code: str | None) -> Actor | None:
    if not code:
        return None
    return Actor(text=code, name=code, country=code[:3], sector=code[3:] or None, code=code)


def oracle_events(corpus: Corpus) -> list[Pair]:
    """One perfect event per gold mention: the incident's type, place, date and actors."""
    pairs = []
    for gold in corpus.articles:
        events = []
        for m in gold.mentions:
            inc = corpus.incidents[m.incident]
            start = gold.article.text.find(m.sentence)
            if start < 0:
                continue
            span = (start, start + len(m.sentence))
            p = inc.place
            place = Place(text=p["name"], name=p["name"], lat=p["lat"], lon=p["lon"],
                          country=p.get("country"), precision=p.get("precision"))
            events.append(Event(
                event_id=Event.make_id(gold.article.id, span, inc.type),
                article_id=gold.article.id, sentence=m.sentence, span=span,
                trigger=m.sentence.split()[0], trigger_span=(start, start + 1),
                plover=Plover(type=inc.type), source=_actor(inc.source),
                target=_actor(inc.target), location=place,
                date=TimeSpan(start=inc.date, end=inc.date, precision="day", text="gold"),
                confidence=1.0))
        pairs.append((gold.article, events))
    return pairs


def map_events(corpus: Corpus, pairs: Sequence[Pair]) -> tuple[dict[str, str], int]:
    """event_id -> incident for events on a gold mention of the incident's family; and the
    number of events left unmapped."""
    gold_of = {g.article.id: g for g in corpus.articles}
    mapped: dict[str, str] = {}
    unmapped = 0
    for article, events in pairs:
        gold = gold_of.get(article.id)
        spans = []
        for m in gold.mentions if gold else ():
            start = article.text.find(m.sentence)
            if start >= 0:
                spans.append((start, start + len(m.sentence), m.incident))
        for ev in events:
            family = type_family(ev.plover.type)
            hit = next((inc for s, e, inc in spans if ev.span[0] < e and s < ev.span[1]
                        and corpus.incidents[inc].family == family), None)
            if hit is None:
                unmapped += 1
            else:
                mapped[ev.event_id] = hit
    return mapped, unmapped


# ---------------------------------------------------------------------------- scores

def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of item -> cluster against item -> class."""
    items = [i for i in gold if i in predicted]
    if not items:
        return 0.0, 0.0, 0.0
    by_cluster: dict[str, list[str]] = defaultdict(list)
    by_class: dict[str, list[str]] = defaultdict(list)
    for i in items:
        by_cluster[predicted[i]].append(i)
        by_class[gold[i]].append(i)
    precision = recall = 0.0
    for i in items:
        cluster, klass = by_cluster[predicted[i]], by_class[gold[i]]
        both = sum(1 for j in cluster if gold[j] == gold[i])
        precision += both / len(cluster)
        recall += both / len(klass)
    precision, recall = precision / len(items), recall / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(corpus: Corpus, pairs: Sequence[Pair], clusters: Iterable[Cluster],
          mode: str = "pipeline") -> DedupScore:
    mapped, unmapped = map_events(corpus, pairs)
    clusters = list(clusters)
    cluster_of = {e: c.cluster_id for c in clusters
                  for e in (*c.event_ids, *c.background_event_ids)}
    p, r, f1 = bcubed(cluster_of, mapped)
    per_incident: dict[str, set[str]] = defaultdict(set)
    for event_id, incident in mapped.items():
        per_incident[incident].add(cluster_of[event_id])
    counts = {inc: len(per_incident.get(inc, ())) for inc in sorted(corpus.incidents)}
    n = len(counts)
    gold_mentions = Counter((g.article.id, m.sentence) for g in corpus.articles
                            for m in g.mentions)
    found = {(ev.article_id, ev.sentence) for _, events in pairs for ev in events
             if ev.event_id in mapped}
    covered = sum(1 for g in corpus.articles for m in g.mentions
                  if any(m.sentence in s or s in m.sentence
                         for a, s in found if a == g.article.id))
    return DedupScore(
        mode=mode, b3_precision=round(p, 4), b3_recall=round(r, 4), b3_f1=round(f1, 4),
        count_within_one=round(sum(abs(c - 1) <= 1 for c in counts.values()) / n, 4),
        count_exact=round(sum(c == 1 for c in counts.values()) / n, 4),
        incidents=n, incidents_missed=sum(c == 0 for c in counts.values()),
        mapped_events=len(mapped), unmapped_events=unmapped,
        mention_recall=round(covered / max(1, sum(gold_mentions.values())), 4),
        clusters=len(clusters), counts=counts)


def evaluate(corpus: Corpus, pairs: Sequence[Pair], mode: str = "pipeline",
             options: ClusterOptions | None = None,
             similarity: Similarity | None = None) -> DedupScore:
    """Cluster the (article, events) pairs in publication order and score them."""
    return score(corpus, pairs, cluster_events(pairs, options, similarity), mode)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventwire.eval.dedup",
                                     description="Score event clustering on an incident corpus.")
    parser.add_argument("folder", help="folder with articles.jsonl and incidents.jsonl")
    parser.add_argument("--oracle", action="store_true", help="gold events, not the pipeline's")
    parser.add_argument("--embed", action="store_true",
                        help="sentence embeddings for similarity (needs eventwire[embed])")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.folder)
    pairs = oracle_events(corpus) if args.oracle else pipeline_events(corpus)
    similarity: Similarity | None = None
    if args.embed:
        from ..dedup_embed import EmbeddingSimilarity

        similarity = EmbeddingSimilarity()
    result = evaluate(corpus, pairs, "oracle" if args.oracle else "pipeline",
                      similarity=similarity)
    sys.stdout.write(json.dumps(result.as_dict(), indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
