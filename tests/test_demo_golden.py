"""Golden test on the bundled demo article: hand-checked events must be found, nothing may come
from the publisher's disclaimer, and every event must point at text that supports it."""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest

from _golden import load_expected, matches
from eventwire.model import Article, Event
from eventwire.pipeline import Pipeline

DEMO = resources.files("eventwire") / "data" / "demo"


@pytest.fixture(scope="module")
def demo(pipeline: Pipeline) -> tuple[Article, list[Event]]:
    text = (DEMO / "manbij_2018.txt").read_text("utf-8")
    return next(pipeline.run([Article(id="demo", text=text)]))


def _expected() -> list[dict]:
    return load_expected(DEMO / "manbij_2018.expected.jsonl")


def test_every_hand_checked_event_is_found(demo: tuple[Article, list[Event]]) -> None:
    _, events = demo
    expected = _expected()
    assert len(expected) >= 8
    missing = [w["note"] for w in expected if not any(matches(e, w) for e in events)]
    assert not missing, f"not found: {missing}"


def test_few_events_beyond_the_checked_ones(demo: tuple[Article, list[Event]]) -> None:
    _, events = demo
    expected = _expected()
    extra = [e for e in events if not any(matches(e, w) for w in expected)]
    # the checked list is not exhaustive (reciprocal CONSULT pair), but invented events are rare
    assert len(extra) <= 3, [f"{e.plover.type} {e.trigger!r}" for e in extra]


def test_nothing_comes_from_the_disclaimer(demo: tuple[Article, list[Event]]) -> None:
    article, events = demo
    assert article.published == date(2018, 1, 30)
    assert article.original_outlet == "Frontline Monitor"
    for boiler in article.removed:
        assert boiler not in article.text
    for event in events:
        lowered = event.sentence.lower()
        assert "copyright" not in lowered and "disclaimer" not in lowered
        assert "@" not in event.sentence and "articles by" not in lowered
        assert article.text[event.span[0]:event.span[1]] == event.sentence


def test_places_and_people(demo: tuple[Article, list[Event]]) -> None:
    _, events = demo
    by_trigger = {e.trigger: e for e in events}
    erdogan = by_trigger["threatened"].source
    assert erdogan is not None and erdogan.name == "Recep Tayyip Erdogan"
    assert erdogan.code == "TURGOV"
    votel = next(e for e in events if e.source and e.source.name == "Joseph Votel")
    assert votel.source is not None and votel.source.code == "USAMIL"
    crossed = next(e for e in events if e.trigger.startswith("crossed"))
    assert crossed.location is not None and crossed.location.country in ("SYR",)
    for event in events:
        if event.location is not None and event.location.geonameid is not None:
            assert (event.location.lat, event.location.lon) != (0.0, 0.0)
