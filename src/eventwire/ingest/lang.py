"""Language identification with py3langid (BSD-3; the model ships inside the wheel).

Nothing is downloaded: the identifier is built once per process from the bundled model file.
Short texts are not judged (too few characters to tell), so they keep ``language=None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

MIN_CHARS = 60
"""Texts shorter than this are not judged: the guess would be noise."""
SAMPLE_CHARS = 4000
"""Only the first characters are read: enough to tell, and the cost stays flat."""


@dataclass(frozen=True)
class LanguageGuess:
    code: str | None
    """ISO 639-1 code, or None when the text is too short or the guess too weak."""
    probability: float


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, min_probability: float = 0.5) -> LanguageGuess:
    """Guess the language of ``text`` from its first ``SAMPLE_CHARS`` characters."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return LanguageGuess(None, 0.0)
    code, prob = _identifier().classify(sample)
    prob = float(prob)
    if prob < min_probability:
        return LanguageGuess(None, round(prob, 3))
    return LanguageGuess(str(code), round(prob, 3))


def language_of(text: str) -> str | None:
    """The language code to store on an Article (None when unknown)."""
    return detect_language(text).code
