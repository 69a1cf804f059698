"""Build the dedup test corpus (articles.jsonl, incidents.jsonl) from incidents_src.py.

    python tests/data/incidents/build_corpus.py

Deterministic (fixed seed). Each incident is told by several articles from different outlets on
different days, each in its own wording; some articles are syndicated copies or updated versions
(``duplicate_of``), some later articles look back at an earlier incident (background mentions),
a weekly round-up retells several incidents, and follow-up pieces mention an incident only in
passing. Every annotated sentence carries its gold incident id.
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from incidents_src import (  # noqa: E402
    GENERIC_CONTEXT,
    INCIDENTS,
    OUTLETS,
    ROUNDUP_OUTLET,
    SYNDICATION_TAGS,
)

FAMILY = {"ASSAULT": "force", "COERCE": "force", "PROTEST": "protest", "CONSULT": "engage",
          "AGREE": "engage", "SANCTION": "sanction", "REQUEST": "appeal"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
FOLLOW_UP_OPENERS = (
    "Families and officials are still counting the cost.",
    "Analysts are weighing what the events mean for the region.",
    "Local leaders met to discuss security in the area.",
)


def when(event_day: date, published: date, rng: random.Random) -> str:
    """A date expression for ``event_day`` as written on ``published``."""
    gap = (published - event_day).days
    weekday = WEEKDAYS[event_day.weekday()]
    if gap >= 6:
        return f"on {MONTHS[event_day.month - 1]} {event_day.day}"
    if gap == 1 and rng.random() < 0.3:
        return "yesterday"
    return rng.choice((f"on {weekday}", f"on {weekday}", f"late on {weekday}",
                       f"early on {weekday}"))


def article(aid: str, outlet: str, published: date, sentences: list[tuple[str, Any]],
            title: str, duplicate_of: str | None = None) -> dict[str, Any]:
    """``sentences``: (text, annotation or None); the annotation is (incident, background)."""
    text = "\n\n".join(s for s, _ in sentences)
    mentions = [{"sentence": s, "incident": a[0], "background": a[1]}
                for s, a in sentences if a is not None]
    slug = aid.replace("_", "-")
    return {"id": aid, "outlet": outlet, "published": published.isoformat(),
            "url": f"https://{outlet.lower().replace(' ', '')}.example/{slug}", "title": title,
            "text": text, "mentions": mentions, "duplicate_of": duplicate_of}


def incident_articles(inc: dict[str, Any], by_id: dict[str, dict[str, Any]],
                      rng: random.Random) -> list[dict[str, Any]]:
    day = date.fromisoformat(inc["date"])
    n = int(inc["n"])
    offsets = sorted([0] + [rng.choice((0, 0, 1, 1, 1, 2, 3, 4)) for _ in range(n - 1)])
    outlets = rng.sample(OUTLETS, n)
    if n >= 6:
        outlets[-1] = outlets[0]  # the same outlet re-reports the next days
    follows = by_id.get(str(inc.get("follows")))
    family = FAMILY[inc["type"]]
    out = []
    for k in range(n):
        published = day + timedelta(days=offsets[k])
        ledes, details = inc["ledes"], inc["details"]
        lede = ledes[(k + rng.randrange(len(ledes))) % len(ledes)]
        sents: list[tuple[str, Any]] = [(lede.format(when=when(day, published, rng)),
                                         (inc["id"], False))]
        if rng.random() < 0.7:
            sents.append((details[k % len(details)], (inc["id"], False)))
        pool = (inc["context"], *GENERIC_CONTEXT.get(family, ()))
        sents.append((pool[k % len(pool)], None))
        if follows is not None and follows.get("background") and k % 2 == 0:
            sents.insert(rng.choice((1, len(sents))),
                         (follows["background"], (follows["id"], True)))
        title = f"{inc['place'][0]}: {sents[0][0].split(',')[0][:60]}"
        out.append(article(f"{inc['id']}-{k}", outlets[k], published, sents, title))
    return out


EDITS = (("said", "reported"), ("at least", "no fewer than"), ("people", "persons"),
         ("attacked", "assaulted"), ("the city", "the town"))


def edited(a: dict[str, Any], rng: random.Random, extra: str) -> tuple[str, list[dict[str, Any]]]:
    """The article with two small word substitutions and one added line; mentions follow."""
    text, mentions = a["text"], [dict(m) for m in a["mentions"]]
    for old, new in rng.sample(EDITS, 2):
        text = text.replace(old, new)
        for m in mentions:
            m["sentence"] = m["sentence"].replace(old, new)
    return text + "\n\n" + extra, mentions


def copies(articles: list[dict[str, Any]], rng: random.Random) -> list[dict[str, Any]]:
    """Syndicated copies (other outlet, small edits) and updated versions (same outlet)."""
    out = []
    for a in articles:
        roll = rng.random()
        if roll < 0.12:
            outlet = rng.choice([o for o in OUTLETS if o != a["outlet"]])
            tag = rng.choice(SYNDICATION_TAGS).format(outlet=a["outlet"])
            text, mentions = edited(a, rng, tag)
            host = outlet.lower().replace(" ", "")
            out.append(dict(a, id=a["id"] + "-syn", outlet=outlet, text=text, mentions=mentions,
                            title=a["title"].upper(), duplicate_of=a["id"],
                            url=f"https://{host}.example/wire/{a['id']}"))
        elif roll < 0.2:
            text, mentions = edited(
                a, rng, "This story has been updated with comment from officials.")
            out.append(dict(a, id=a["id"] + "-upd", text=text, mentions=mentions,
                            url=a["url"] + "?updated=1", duplicate_of=a["id"]))
    return out


def roundups(rng: random.Random) -> list[dict[str, Any]]:
    weeks: dict[date, list[dict[str, Any]]] = defaultdict(list)
    for inc in INCIDENTS:
        if inc.get("roundup"):
            day = date.fromisoformat(str(inc["date"]))
            weeks[day + timedelta(days=6 - day.weekday())].append(inc)
    out = []
    for sunday, incs in sorted(weeks.items()):
        sents: list[tuple[str, Any]] = [("Here are some of the main events of the past week.",
                                         None)]
        for inc in incs:
            line = str(inc["roundup"]).format(
                when=when(date.fromisoformat(str(inc["date"])), sunday, rng))
            sents.append((line, (inc["id"], False)))
        out.append(article(f"roundup-{sunday.isoformat()}", ROUNDUP_OUTLET, sunday, sents,
                           "The week in brief"))
    return out


def follow_ups(by_id: dict[str, dict[str, Any]], rng: random.Random) -> list[dict[str, Any]]:
    """Pieces a week later that mention an incident only as background."""
    followed = {str(inc.get("follows")) for inc in INCIDENTS}
    out = []
    for inc in INCIDENTS:
        line = inc.get("background")
        if not line or inc["id"] in followed:
            continue
        published = date.fromisoformat(str(inc["date"])) + timedelta(days=rng.choice((7, 8, 9)))
        sents: list[tuple[str, Any]] = [(rng.choice(FOLLOW_UP_OPENERS), None),
                                        (str(line), (inc["id"], True))]
        out.append(article(f"{inc['id']}-followup", rng.choice(OUTLETS), published, sents,
                           "Analysis"))
    return out


def incident_rows() -> list[dict[str, Any]]:
    rows = []
    for inc in INCIDENTS:
        family = FAMILY[str(inc["type"])]
        place = list(inc["place"])  # type: ignore[call-overload]
        twins = [o["id"] for o in INCIDENTS if o["id"] != inc["id"]
                 and o["place"][0] == place[0] and FAMILY[str(o["type"])] == family]  # type: ignore[index]
        rows.append({"incident": inc["id"], "date": inc["date"], "type": inc["type"],
                     "family": family,
                     "place": {"name": place[0], "lat": place[1], "lon": place[2],
                               "country": place[3], "precision": place[4]},
                     "source": inc["source"], "target": inc["target"],
                     "distractor_of": twins})
    return rows


def main() -> None:
    rng = random.Random(20240525)
    by_id = {str(inc["id"]): inc for inc in INCIDENTS}
    articles: list[dict[str, Any]] = []
    for inc in INCIDENTS:
        articles.extend(incident_articles(inc, by_id, rng))
    articles.extend(copies(articles, rng))
    articles.extend(roundups(rng))
    articles.extend(follow_ups(by_id, rng))
    articles.sort(key=lambda a: (a["published"], a["id"]))
    for a in articles:
        for m in a["mentions"]:
            if m["sentence"] not in a["text"]:
                raise ValueError(f"{a['id']}: mention not in text: {m['sentence']!r}")
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(HERE / "incidents.jsonl", "w", encoding="utf-8") as fh:
        for row in incident_rows():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
