"""Shared fixtures: one pipeline (spaCy model, lexicon, KB, gazetteer) per test session."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from eventwire.options import Options
from eventwire.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(Options())


@pytest.fixture(scope="session")
def demo_text() -> str:
    return (resources.files("eventwire") / "data" / "demo" / "manbij_2018.txt").read_text("utf-8")
