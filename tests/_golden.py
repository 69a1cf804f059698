"""Shared by the golden-article tests: the hand-checked expectation files and their matcher."""

from __future__ import annotations

import json
from importlib.abc import Traversable
from pathlib import Path

from eventwire.model import Event


def load_expected(path: Path | Traversable) -> list[dict]:
    """One expected event per JSON line: type, trigger, source, target ('*' = any) and optional
    status, date [start, end, precision], place, speaker, via, plus a human note."""
    lines = path.read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def matches(event: Event, want: dict) -> bool:
    """Does a produced event satisfy one hand-checked expectation?"""
    if event.plover.type != want["type"] or want["trigger"] not in event.trigger:
        return False
    for role in ("source", "target"):
        actor = getattr(event, role)
        if want[role] != "*" and (actor.country if actor else None) != want[role]:
            return False
    if "status" in want and event.factuality.status != want["status"]:
        return False
    if "date" in want:
        start, end, precision = want["date"]
        got = event.date
        if got is None or (str(got.start), str(got.end), got.precision) != (start, end, precision):
            return False
    if "place" in want and (event.location is None or event.location.name != want["place"]):
        return False
    if "speaker" in want and not any(a.speaker == want["speaker"] for a in event.attribution):
        return False
    return "via" not in want or any(a.via == want["via"] for a in event.attribution)
