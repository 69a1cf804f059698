"""End-to-end throughput of eventwire vs a bare spaCy parse of the same texts, in one run.

    python benchmarks/throughput.py [--articles 200] [--out benchmarks/results/throughput.json]

Articles are generated from the bundled demo article (paragraphs shuffled and recombined with a
fixed seed, so every run sees the same corpus). Both timings use the same spaCy pipeline, batch
size and warm caches; the figure to read is the ratio (our time / bare parse time), which is
stable across machines, not the absolute seconds.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

from _common import bare_parse_seconds, write_report

from eventwire.clean import clean, split_paragraphs
from eventwire.model import Article
from eventwire.options import Options
from eventwire.pipeline import Pipeline


def corpus(n: int, seed: int = 7) -> list[Article]:
    text = (resources.files("eventwire") / "data" / "demo" / "manbij_2018.txt").read_text()
    body = clean(Article(id="demo", text=text)).text
    paragraphs = split_paragraphs(body)
    rng = random.Random(seed)
    out = []
    for i in range(n):
        paras = rng.sample(paragraphs, k=rng.randint(4, len(paragraphs)))
        doc = "\n\n".join(paras)
        out.append(Article(id=f"bench-{i}", text=doc,
                           published=date(2018, 1, 1) + timedelta(days=rng.randint(0, 60))))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/results/throughput.json"))
    args = ap.parse_args()
    articles = corpus(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    options = Options()
    pipeline = Pipeline(options)
    # warm-up: model, lexicon, knowledge base, gazetteer index
    list(pipeline.run(articles[:3]))
    bare = bare_parse_seconds([a.text for a in articles], options)
    t0 = time.perf_counter()
    n_events = sum(len(events) for _, events in pipeline.run(articles))
    ours = time.perf_counter() - t0
    result = {
        "articles": len(articles),
        "words": words,
        "events": n_events,
        "bare_parse_seconds": round(bare, 3),
        "pipeline_seconds": round(ours, 3),
        "ratio_pipeline_to_bare_parse": round(ours / bare, 3),
        "pipeline_articles_per_second": round(len(articles) / ours, 2),
        "pipeline_words_per_second": round(words / ours, 1),
        "bare_articles_per_second": round(len(articles) / bare, 2),
    }
    write_report(args.out, result)


if __name__ == "__main__":
    main()
