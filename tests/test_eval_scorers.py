"""The coding and actor scorers find gold mentions and triggers as whole words."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.eval.actors import score_actors
from eventwire.eval.coding import find_words
from eventwire.pipeline import Pipeline


def test_find_words_prefers_whole_words() -> None:
    text = "Four states cut ties with Qatar, accusing it of funding militants at the White House."
    assert find_words(text, "it") == text.index(" it ") + 1  # not the "it" in "with"
    hit = "The White House said a drone hit the base."
    assert find_words(hit, "hit") == hit.index(" hit ") + 1  # not the "hit" in "White"
    assert find_words(text, "Hou") == text.index("House")  # no whole word: the first substring
    assert find_words(text, "Oman") == -1


def test_actor_scorer_aligns_a_pronoun_to_its_own_token(tmp_path: Path,
                                                        pipeline: Pipeline) -> None:
    item = {
        "id": "s1", "split": "test", "published": "2017-06-05",
        "text": "Four Gulf states cut ties with Qatar, accusing it of funding militants.",
        "events": [{"trigger": "accusing", "type": "ACCUSE", "mode": "allege", "cameo": "112",
                    "source": None,
                    "target": {"text": "it", "country": "QAT", "sector": "GOV"},
                    "status": "asserted", "polarity": "positive", "speaker": None}],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(item) + "\n", "utf-8")
    report = score_actors(gold, "test", pipeline=pipeline)
    assert report["mentions"] == 1 and report["unaligned"] == 0
    assert report["country_accuracy"] == 1.0, report["errors"]
