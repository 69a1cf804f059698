"""A second hand-checked article (our own words, Sudan, March 2025): a different region, outlet
and style from the demo, so the golden tests are not one story. It was written after the coding
rules; reading its output led to three general fixes (group coreference, mutual AGREE, the place
of a placeless act), so it is a regression test, not a held-out measurement."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from _golden import load_expected, matches
from eventwire.model import Article, Event
from eventwire.pipeline import Pipeline

HERE = Path(__file__).parent / "data" / "articles"


@pytest.fixture(scope="module")
def khartoum(pipeline: Pipeline) -> tuple[Article, list[Event]]:
    text = (HERE / "khartoum_2025.txt").read_text("utf-8")
    return next(pipeline.run([Article(id="khartoum", text=text)]))


def _expected() -> list[dict]:
    return load_expected(HERE / "khartoum_2025.expected.jsonl")


def test_metadata_from_the_header(khartoum: tuple[Article, list[Event]]) -> None:
    article, _ = khartoum
    assert article.published == date(2025, 3, 22)
    assert article.outlet == "Nile Dispatch" and article.author == "Amal Idris"


def test_hand_checked_events(khartoum: tuple[Article, list[Event]]) -> None:
    _, events = khartoum
    missing = [w["note"] for w in _expected() if not any(matches(e, w) for e in events)]
    assert not missing, f"not found: {missing}"


def test_no_event_from_the_headline_and_few_extras(khartoum: tuple[Article, list[Event]]) -> None:
    article, events = khartoum
    assert article.title is not None and article.title not in article.text
    extra = [e for e in events if not any(matches(e, w) for w in _expected())]
    assert len(extra) <= 2, [f"{e.plover.type} {e.trigger!r}" for e in extra]
