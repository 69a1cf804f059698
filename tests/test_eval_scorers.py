"""The coding and actor scorers find gold mentions and triggers as whole words."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.eval.actors import score_actors
from eventwire.eval.coding import find_words, format_report, score_gold
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


def test_coding_scorer_scores_where_and_when_on_right_typed_events(tmp_path: Path,
                                                                  pipeline: Pipeline) -> None:
    def event(trigger: str, location: str | None, time: str | None) -> dict[str, object]:
        return {"trigger": trigger, "type": "ASSAULT", "mode": None, "cameo": "190",
                "source": None, "target": None, "status": "asserted", "polarity": "positive",
                "speaker": None, "location": location, "time": time}

    items = [
        {"id": "w1", "split": "test", "published": "2019-02-26",
         "text": "Indian warplanes bombed a militant camp near Balakot on Tuesday.",
         "events": [event("bombed", "Balakot", "on Tuesday")]},
        # the gold says the strike was in Idlib; a place elsewhere in the story is wrong
        {"id": "w2", "split": "test", "published": "2019-05-06",
         "text": "Russian jets struck a hospital in Idlib province on Monday, a week after talks "
                 "in Ankara failed.",
         "events": [event("struck", "Idlib province", "in January")]},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(i) + "\n" for i in items), "utf-8")
    report = score_gold(gold, "test", pipeline=pipeline)
    assert report["fields"]["type"]["tp"] == 2
    assert report["location_accuracy"] == 1.0  # "Idlib" names "Idlib province"
    assert report["time_accuracy"] == 0.5  # "on Monday" is not "in January"
    assert "location accuracy 1.000" in format_report(report)


def test_coding_scorer_finds_triggers_in_a_live_blog_entry(tmp_path: Path,
                                                         pipeline: Pipeline) -> None:
    # the entry's stamp ("07:50 EAT — ") is cleaned away before coding, and the predicted
    # trigger spans point into the cleaned text: the gold trigger must be found there too,
    # or a predicted event of another type never pairs with it (confusion table)
    item = {"id": "lb1", "split": "test", "published": "2014-06-16",
            "text": "07:50 EAT — Gunmen stormed the coastal town of Lamu on Sunday night.",
            "events": [{"trigger": "stormed", "type": "PROTEST", "mode": None, "cameo": "145",
                        "source": None, "target": None, "status": "asserted",
                        "polarity": "positive", "speaker": None}]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(item) + "\n", "utf-8")
    report = score_gold(gold, "test", pipeline=pipeline)
    assert report["confusion"] == {"PROTEST": {"ASSAULT": 1}}
