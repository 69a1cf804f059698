"""Actor-resolution scorer: every source, target and speaker mention of the coding gold set.

Each gold actor has the mention text (verbatim in the item's text) and the country and sector it
should resolve to on the item's publication date. The mention is located in the parsed item, its
syntactic head is resolved by the article-level resolver (so coreference and context work as in
the pipeline), and the result is compared:

- ``country``: accuracy of the country code (null gold means "must stay unknown");
- ``country_sector``: accuracy of country and sector together.

Mentions whose text cannot be aligned to tokens are counted as misses, never skipped silently.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from ..model import Article
from ..nlp import load_nlp
from ..options import Options
from ..pipeline import Pipeline, acting_by_force, place_target
from .coding import GoldItem, find_words, load_gold

ROLES = ("source", "target", "speaker")


def _mentions(item: GoldItem) -> list[dict[str, Any]]:
    seen: set[tuple[str, str | None, str | None]] = set()
    out = []
    for event in item.events:
        for role in ROLES:
            actor = event.get(role)
            if not actor or not actor.get("text"):
                continue
            key = (actor["text"], actor.get("country"), actor.get("sector"))
            if key not in seen:
                seen.add(key)
                out.append({**actor, "role": role, "type": event["type"],
                            "mode": event.get("mode"), "trigger": event.get("trigger")})
    return out


def _span(doc: Doc, text: str) -> Span | None:
    at = find_words(doc.text, text)  # the mention "it" is not the "it" inside "with"
    if at < 0:
        return None
    return doc.char_span(at, at + len(text), alignment_mode="expand")


def score_actors(path: Path | str, split: str | None = "test",
                 pipeline: Pipeline | None = None) -> dict[str, Any]:
    items = load_gold(path, split)
    pipe = pipeline or Pipeline(Options())
    nlp = load_nlp()
    counts: Counter[str] = Counter()
    by_role: Counter[str] = Counter()
    role_ok: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    sector_errors: list[dict[str, Any]] = []
    sectors: Counter[tuple[str | None, str | None]] = Counter()
    docs = nlp.pipe((i.text for i in items), batch_size=32)
    for item, doc in zip(items, docs, strict=True):
        article = Article(id=item.id, text=item.text, published=item.published)
        state = pipe.analyze(article, doc).actors
        for gold in _mentions(item):
            counts["mentions"] += 1
            by_role[gold["role"]] += 1
            span = _span(doc, gold["text"])
            if span is None:
                counts["unaligned"] += 1
                continue
            # "US and British forces" is two actors; either may be the gold one
            options = state.resolve_all(span.root)
            actor = next((a for a in options if a.country == gold.get("country")), options[0])
            if gold["role"] == "source":  # the sector of a state depends on what it does
                trigger = (gold.get("trigger") or "").split()
                actor = acting_by_force(actor, gold["type"], gold.get("mode"),
                                        trigger[0] if trigger else None) or actor
            elif gold["role"] == "target":
                actor = place_target(actor, gold["type"], gold.get("mode")) or actor
            country_ok = actor.country == gold.get("country")
            sector_ok = country_ok and actor.sector == gold.get("sector")
            counts["country"] += country_ok
            counts["country_sector"] += sector_ok
            role_ok[gold["role"]] += country_ok
            if not country_ok and len(errors) < 200:
                errors.append({"id": item.id, "text": gold["text"], "gold": gold.get("country"),
                               "got": actor.country, "got_name": actor.name})
            elif country_ok and not sector_ok:
                sectors[(gold.get("sector"), actor.sector)] += 1
                if len(sector_errors) < 200:
                    sector_errors.append({"id": item.id, "text": gold["text"],
                                          "role": gold["role"], "gold": gold.get("sector"),
                                          "got": actor.sector})
    n = counts["mentions"] or 1
    return {
        "mentions": counts["mentions"],
        "unaligned": counts["unaligned"],
        "country_accuracy": round(counts["country"] / n, 4),
        "country_sector_accuracy": round(counts["country_sector"] / n, 4),
        "country_accuracy_by_role": {r: round(role_ok[r] / by_role[r], 4)
                                     for r in ROLES if by_role[r]},
        "errors": errors,
        # right country, wrong sector: the commonest (gold, got) pairs, then examples
        "sector_confusion": [{"gold": g, "got": a, "count": n}
                             for (g, a), n in sectors.most_common(30)],
        "sector_errors": sector_errors,
    }
