"""WHEN stage: resolution against the publication date, recognition, attachment, scorers."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.errors import DataFileError
from eventwire.eval.time import load_time_gold, score_meantime, score_time_gold, timex3_interval
from eventwire.model import Article, TimeSpan
from eventwire.nlp import load_nlp
from eventwire.pipeline import Pipeline
from eventwire.when import Timex, clause_tense, event_time, find_timexes, resolve

DATA = Path(__file__).parent / "data"
GOLD = DATA / "time_gold.jsonl"
# MEANTIME (Wikinews articles, CC BY 4.0) is reference data kept outside the repo: its article
# text is not ours to ship. CI has the team's shared/ folder next to the checkout.
MEANTIME = Path(__file__).resolve().parents[2] / "shared" / "data" / "temporal" / "timex.jsonl"

WED = date(2018, 1, 31)  # a Wednesday, last day of a month
SUN_LEAP = date(2020, 3, 1)  # a Sunday, the day after 29 February
NEW_YEAR = date(2021, 1, 1)  # a Friday, in a week that began in 2020


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def _iv(span: TimeSpan | None) -> tuple[str, str, str] | None:
    if span is None:
        return None
    return str(span.start), str(span.end), str(span.precision)


# --------------------------------------------------------------------------------------------
# resolve: one family at a time
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        ("on Monday", WED, "past", ("2018-01-29", "2018-01-29", "day")),
        ("on Monday", WED, "future", ("2018-02-05", "2018-02-05", "day")),
        ("on Wednesday", WED, "past", ("2018-01-31", "2018-01-31", "day")),
        ("on Wednesday", WED, "future", ("2018-02-07", "2018-02-07", "day")),
        ("on Sunday", SUN_LEAP, None, ("2020-03-01", "2020-03-01", "day")),
        ("on Saturday", SUN_LEAP, "past", ("2020-02-29", "2020-02-29", "day")),
        ("last Wednesday", WED, None, ("2018-01-24", "2018-01-24", "day")),
        ("next Monday", WED, None, ("2018-02-05", "2018-02-05", "day")),
        ("on Tuesday", NEW_YEAR, "past", ("2020-12-29", "2020-12-29", "day")),
    ],
)
def test_weekdays_anchor_on_tense(
    text: str, published: date, tense: str | None, expected: tuple[str, str, str]
) -> None:
    assert _iv(resolve(text, published, tense)) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday", ("2018-01-30", "2018-01-30", "day")),
        ("today", ("2018-01-31", "2018-01-31", "day")),
        ("this morning", ("2018-01-31", "2018-01-31", "day")),
        ("tomorrow", ("2018-02-01", "2018-02-01", "day")),
        ("last night", ("2018-01-30", "2018-01-30", "day")),
        ("overnight", ("2018-01-30", "2018-01-31", "day")),
        ("Monday night", ("2018-01-29", "2018-01-29", "day")),
        ("late on Tuesday", ("2018-01-30", "2018-01-30", "day")),
        ("earlier on Wednesday", ("2018-01-31", "2018-01-31", "day")),
        ("10 a.m. on Tuesday", ("2018-01-30", "2018-01-30", "day")),
        ("The day before", ("2018-01-30", "2018-01-30", "day")),
    ],
)
def test_deictic_days(text: str, expected: tuple[str, str, str]) -> None:
    assert _iv(resolve(text, WED)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("last week", WED, ("2018-01-22", "2018-01-28", "week")),
        ("this week", WED, ("2018-01-29", "2018-02-04", "week")),
        ("next week", WED, ("2018-02-05", "2018-02-11", "week")),
        ("the week before", WED, ("2018-01-22", "2018-01-28", "week")),
        ("this week", NEW_YEAR, ("2020-12-28", "2021-01-03", "week")),
        ("last weekend", WED, ("2018-01-27", "2018-01-28", "day")),
        ("last weekend", date(2016, 2, 29), ("2016-02-27", "2016-02-28", "day")),
        ("over the weekend", SUN_LEAP, ("2020-02-29", "2020-03-01", "day")),
        ("earlier this week", date(2017, 7, 15), ("2017-07-10", "2017-07-14", "week")),
    ],
)
def test_calendar_weeks(text: str, published: date, expected: tuple[str, str, str]) -> None:
    assert _iv(resolve(text, published, "past")) == expected


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        ("in January", WED, "past", ("2018-01-01", "2018-01-31", "month")),
        ("in January", WED, "future", ("2019-01-01", "2019-01-31", "month")),
        ("in March", WED, "past", ("2017-03-01", "2017-03-31", "month")),
        ("last month", SUN_LEAP, "past", ("2020-02-01", "2020-02-29", "month")),
        ("earlier this month", WED, "past", ("2018-01-01", "2018-01-30", "month")),
        ("later this month", date(2015, 5, 7), "future", ("2015-05-08", "2015-05-31", "month")),
        ("mid-January", WED, "past", ("2018-01-11", "2018-01-20", "month")),
        ("late February", SUN_LEAP, "past", ("2020-02-21", "2020-02-29", "month")),
        ("last December", NEW_YEAR, "past", ("2020-12-01", "2020-12-31", "month")),
        ("October of next year", date(2009, 5, 15), "future", ("2010-10-01", "2010-10-31",
                                                               "month")),
    ],
)
def test_months(
    text: str, published: date, tense: str, expected: tuple[str, str, str]
) -> None:
    assert _iv(resolve(text, published, tense)) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two days ago", ("2018-01-29", "2018-01-29", "day")),
        ("two days after", ("2018-02-02", "2018-02-02", "day")),
        ("three days earlier", ("2018-01-28", "2018-01-28", "day")),
        ("three weeks ago", ("2018-01-08", "2018-01-14", "week")),
        ("two months ago", ("2017-11-01", "2017-11-30", "month")),
        ("20 years ago", ("1998-01-01", "1998-12-31", "year")),
    ],
)
def test_offsets(text: str, expected: tuple[str, str, str]) -> None:
    assert _iv(resolve(text, WED, "past")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("since 2015", ("2015-01-01", "2018-01-31", "year")),
        ("Since January", ("2018-01-01", "2018-01-31", "month")),
        ("in 2014", ("2014-01-01", "2014-12-31", "year")),
        ("last year", ("2017-01-01", "2017-12-31", "year")),
        ("early 2017", ("2017-01-01", "2017-04-30", "year")),
        ("mid-2017", ("2017-05-01", "2017-08-31", "year")),
        ("late 2006", ("2006-09-01", "2006-12-31", "year")),
        ("the 1990s", ("1990-01-01", "1999-12-31", "year")),
        ("between 2010 and 2012", ("2010-01-01", "2012-12-31", "year")),
        ("from January to March", ("2017-01-01", "2017-03-31", "month")),
        ("from 2009 to 2011", ("2009-01-01", "2011-12-31", "year")),
    ],
)
def test_years_and_intervals(text: str, expected: tuple[str, str, str]) -> None:
    assert _iv(resolve(text, WED, "past")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "on January 29", "29 January 2018", "Jan. 29", "2018-01-29", "1/29/2018",
        "January 29th", "the 29th of January", "Monday, Jan. 29, 2018", "01/29/2018",
        "Jan 29, 2018", "January 29 , 2018",
    ],
)
def test_absolute_formats(text: str) -> None:
    assert _iv(resolve(text, WED, "past")) == ("2018-01-29", "2018-01-29", "day")


def test_us_order_and_leap_days() -> None:
    assert _iv(resolve("3/4/2018", WED)) == ("2018-03-04", "2018-03-04", "day")
    assert _iv(resolve("February 29, 2016", WED)) == ("2016-02-29", "2016-02-29", "day")
    assert _iv(resolve("Feb. 29", date(2024, 3, 2), "past")) == ("2024-02-29", "2024-02-29",
                                                                  "day")


def test_day_month_without_tense_takes_the_nearer_year() -> None:
    assert _iv(resolve("June 17", date(2009, 6, 9))) == ("2009-06-17", "2009-06-17", "day")
    assert _iv(resolve("December 30", NEW_YEAR)) == ("2020-12-30", "2020-12-30", "day")
    assert _iv(resolve("June 17", date(2009, 6, 9), "past")) == ("2008-06-17", "2008-06-17",
                                                                  "day")


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        ("the first quarter of 2009", WED, None, ("2009-01-01", "2009-03-31", "month")),
        ("the fourth quarter", NEW_YEAR, "past", ("2020-10-01", "2020-12-31", "month")),
        ("last quarter", date(2022, 10, 4), "past", ("2022-07-01", "2022-09-30", "month")),
        ("last summer", date(2017, 7, 15), "past", ("2016-06-01", "2016-08-31", "month")),
        ("this summer", date(2024, 3, 2), "future", ("2024-06-01", "2024-08-31", "month")),
        ("spring 2009", WED, None, ("2009-03-01", "2009-05-31", "month")),
    ],
)
def test_quarters_and_seasons(
    text: str, published: date, tense: str | None, expected: tuple[str, str, str]
) -> None:
    assert _iv(resolve(text, published, tense)) == expected  # type: ignore[arg-type]


def test_unknown_publication_date_resolves_only_absolute_expressions() -> None:
    for relative in ("on Monday", "yesterday", "last week", "in January", "two days ago",
                     "January 29", "earlier this month"):
        assert resolve(relative, None) is None, relative
    assert _iv(resolve("29 January 2018", None)) == ("2018-01-29", "2018-01-29", "day")
    assert _iv(resolve("in 2014", None)) == ("2014-01-01", "2014-12-31", "year")
    assert _iv(resolve("early 2017", None)) == ("2017-01-01", "2017-04-30", "year")
    since = resolve("since 2015", None)
    assert since is not None and since.start == date(2015, 1, 1) and since.end is None


@pytest.mark.parametrize(
    "text", ["two days", "six years", "a day", "decades", "recent years", "the time", "10 a.m.",
             "now", "", "a 26-year", "12-hour", "a 24-hour"],
)
def test_durations_and_vague_expressions_do_not_resolve(text: str) -> None:
    assert resolve(text, WED) is None


def test_resolve_keeps_the_original_text() -> None:
    span = resolve("On Monday", WED)
    assert span is not None and span.text == "On Monday"


# --------------------------------------------------------------------------------------------
# recognition, tense and attachment (spaCy)
# --------------------------------------------------------------------------------------------


def test_find_timexes_uses_ner_and_patterns(nlp: Language) -> None:
    text = ("Turkish jets struck Kurdish positions in mid-January and again late on Tuesday. "
            "Since 2015, the army has fought in the north, and last weekend it shelled Afrin.")
    doc = nlp(text)
    timexes = find_timexes(doc, WED)
    texts = [t.text for t in timexes]
    assert "mid-January" in texts
    assert "Since 2015" in texts
    assert "last weekend" in texts
    assert any("Tuesday" in t for t in texts)
    for timex in timexes:
        assert isinstance(timex, Timex)
        assert text[timex.start_char:timex.end_char] == timex.text
        assert timex.start_char <= doc[timex.head].idx < timex.end_char
    assert [t.sentence for t in timexes if t.text == "Since 2015"] == [1]
    since = next(t for t in timexes if t.text == "Since 2015")
    assert _iv(since.span) == ("2015-01-01", "2018-01-31", "year")
    with pytest.raises(AttributeError):
        since.text = "changed"  # type: ignore[misc]


def test_find_timexes_catches_what_ner_misses(nlp: Language) -> None:
    doc = nlp("The rebels attacked overnight, two days after the envoy left, and again "
              "earlier this month, according to a memo dated 7/8/07.")
    texts = [t.text for t in find_timexes(doc, WED)]
    assert "overnight" in texts
    assert any(t.startswith("two days after") for t in texts)
    assert "earlier this month" in texts
    assert "7/8/07" in texts


def test_find_timexes_does_not_cross_lines(nlp: Language) -> None:
    doc = nlp("Stocks have their best week since November\nMarch 13 , 2009\nShares rose.")
    texts = [t.text for t in find_timexes(doc, date(2009, 3, 13))]
    assert all("\n" not in t for t in texts)


def test_future_clause_moves_weekday_forward(nlp: Language) -> None:
    doc = nlp("The ministers will meet in Geneva on Monday.")
    (timex,) = find_timexes(doc, WED)
    assert _iv(timex.span) == ("2018-02-05", "2018-02-05", "day")


@pytest.mark.parametrize(
    ("sentence", "word", "tense"),
    [
        ("Turkish jets struck Kurdish positions.", "struck", "past"),
        ("Rebels have seized the airbase.", "seized", "past"),
        ("The ministers will meet in Geneva.", "meet", "future"),
        ("The army is going to attack the town.", "attack", "future"),
        ("The president is to visit Ankara.", "visit", "future"),
        ("Troops are patrolling the capital.", "patrolling", "present"),
        ("Turkey launches an offensive.", "launches", "present"),
    ],
)
def test_clause_tense(nlp: Language, sentence: str, word: str, tense: str) -> None:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert clause_tense(token) == tense


def _event_time(nlp: Language, sentence: str, trigger: str) -> TimeSpan | None:
    doc = nlp(sentence)
    index = next(t.i for t in doc if t.text == trigger)
    return event_time(doc, index, find_timexes(doc, WED), WED)


def test_event_time_takes_the_timex_of_its_clause(nlp: Language) -> None:
    span = _event_time(nlp, "Turkish jets struck Kurdish positions on Monday.", "struck")
    assert _iv(span) == ("2018-01-29", "2018-01-29", "day")
    future = _event_time(nlp, "The ministers will meet in Geneva on Monday.", "meet")
    assert _iv(future) == ("2018-02-05", "2018-02-05", "day")


def test_event_time_for_a_noun_trigger_uses_its_verb(nlp: Language) -> None:
    span = _event_time(nlp, "Turkey launched air strikes on Monday.", "strikes")
    assert _iv(span) == ("2018-01-29", "2018-01-29", "day")
    own = _event_time(nlp, "Last week's attack killed ten people.", "attack")
    assert _iv(own) == ("2018-01-22", "2018-01-28", "week")


def test_event_time_ignores_a_timex_of_another_verb(nlp: Language) -> None:
    sentence = "On Monday, the army said rebels attacked a convoy."
    assert _event_time(nlp, sentence, "attacked") is None
    assert _iv(_event_time(nlp, sentence, "said")) == ("2018-01-29", "2018-01-29", "day")


def test_event_time_without_a_timex_is_none(nlp: Language) -> None:
    assert _event_time(nlp, "The talks collapsed.", "collapsed") is None


def test_event_time_shares_the_timex_of_a_coordinated_verb(nlp: Language) -> None:
    span = _event_time(nlp, "The rebels met the envoy on Sunday and signed the truce.", "signed")
    assert _iv(span) == ("2018-01-28", "2018-01-28", "day")


# --------------------------------------------------------------------------------------------
# gold file, scorers and floors
# --------------------------------------------------------------------------------------------


def test_gold_file_is_well_formed() -> None:
    items = load_time_gold(GOLD)
    assert len(items) >= 160
    assert {item.split for item in items} == {"dev", "test"}
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len({row["id"] for row in rows}) == len(rows)
    assert {row["tense"] for row in rows} >= {"past", "present", "future", None}
    for row in rows:
        assert row["expression"] in row["sentence"]
        assert row["start"] <= row["end"]
        assert row["precision"] in {"day", "week", "month", "year"}


def test_gold_loader_names_the_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "gold.jsonl"
    row = {"id": "x", "split": "dev", "sentence": "It rained.", "expression": "on Monday",
           "published": "2018-01-31", "tense": None, "start": "2018-01-29",
           "end": "2018-01-29", "precision": "day"}
    bad.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"gold.jsonl:1: .*on Monday"):
        load_time_gold(bad)


def test_gold_floor_on_test_split(nlp: Language) -> None:
    report = score_time_gold(GOLD, nlp)
    assert report["test"]["exact_interval"] >= 0.85
    assert report["test"]["precision"] >= 0.85
    assert report["test"]["recognition"] >= 0.95
    assert report["dev"]["exact_interval"] >= 0.95


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2008-10-20", ("2008-10-20", "2008-10-20", "day")),
        ("2008-W42", ("2008-10-13", "2008-10-19", "week")),
        ("2008-W42-WE", ("2008-10-18", "2008-10-19", "day")),
        ("2008-10", ("2008-10-01", "2008-10-31", "month")),
        ("2008", ("2008-01-01", "2008-12-31", "year")),
        ("2006-Q4", ("2006-10-01", "2006-12-31", "month")),
        ("197", ("1970-01-01", "1979-12-31", "year")),
        ("PRESENT_REF", None),
        ("XXXX-XX-XX", None),
        ("FY2007", None),
    ],
)
def test_timex3_interval(value: str, expected: tuple[str, str, str] | None) -> None:
    assert _iv(timex3_interval(value)) == expected


def test_meantime_floor(nlp: Language) -> None:
    if not MEANTIME.exists():
        pytest.skip(f"MEANTIME reference data not found at {MEANTIME}")
    report = score_meantime(MEANTIME, nlp)
    assert report["n"] >= 200
    assert report["exact_interval"] >= 0.76  # measured 0.789
    assert report["recognition"] >= 0.95  # measured 0.979


@pytest.mark.parametrize(("text", "published", "trigger", "expected"), [
    # a participle with no subject of its own happens when its main clause does
    ("Saudi Arabia severed diplomatic ties with Qatar on Monday, accusing Doha of destabilising "
     "the region.", date(2017, 6, 5), "accusing", ("on Monday", date(2017, 6, 5))),
    # "two years" is a sentence length, not a date: the next expression dates the sentencing
    ("A Moscow court sentenced three members of Pussy Riot to two years in a prison colony on "
     "Friday.", date(2012, 8, 18), "sentenced", ("on Friday", date(2012, 8, 17))),
    # the recogniser's "on Tuesday, days" is two expressions
    ("North Korea blew up the inter-Korean liaison office on Tuesday, days after Kim Yo Jong "
     "warned Seoul.", date(2020, 6, 17), "blew up", ("on Tuesday", date(2020, 6, 16))),
    # and so is its "on Monday after months" (of talks)
    ("The government and the rebels signed a peace accord in Oslo on Monday after months of "
     "talks.", date(2016, 9, 27), "signed a peace accord", ("on Monday", date(2016, 9, 26))),
    # what is agreed to, and a second verb of the same subject, share the agreement's time
    ("The Arab League voted on Saturday to suspend Syria's membership and called for sanctions "
     "against Damascus.", date(2011, 11, 13), "called", ("on Saturday", date(2011, 11, 12))),
    # a speaker telling its own past deed dates it by the telling
    ("The Syrian army declared on Thursday that it had retaken all of Aleppo.",
     date(2016, 12, 23), "retaken", ("on Thursday", date(2016, 12, 22))),
    # also its own troops' deed, and what it says it will do
    ("The Nigerian army said on Friday that its troops had killed a senior commander of the "
     "group.", date(2021, 6, 6), "killed", ("on Friday", date(2021, 6, 4))),
    ("Germany announced on Tuesday that it would withdraw its soldiers from Mali.",
     date(2022, 11, 23), "withdraw its soldiers", ("on Tuesday", date(2022, 11, 22))),
    # what a teller says another will do is told, and intended, at the telling
    ("The White House said on Tuesday that Trump would double tariffs on Canadian steel.",
     date(2025, 3, 12), "double tariffs", ("on Tuesday", date(2025, 3, 11))),
])
def test_event_time_follows_the_main_clause_and_skips_durations(
        pipeline: Pipeline, text: str, published: date, trigger: str,
        expected: tuple[str, date]) -> None:
    events = pipeline.extract(Article(id="t", text=text, published=published))
    got = {e.trigger: (e.date.text, e.date.start) if e.date else (None, None) for e in events}
    assert got[trigger] == expected


def test_daybreak_phrases_date_the_report_or_the_day_they_name() -> None:
    from eventwire.when import resolve

    published = date(2015, 2, 16)  # a Monday
    at_dawn = resolve("at dawn", published)
    assert at_dawn is not None and at_dawn.start == at_dawn.end == published
    tuesday = resolve("before dawn on Tuesday", published)
    assert tuesday is not None and tuesday.start == date(2015, 2, 10)


def test_a_when_clause_happens_at_the_time_of_its_clause(nlp: Language) -> None:
    sentence = ("At least four people were killed on Monday when supporters of the party attacked "
                "a rally and fought running battles with police.")
    for trigger in ("attacked", "fought"):
        span = _event_time(nlp, sentence, trigger)
        assert span is not None and span.text == "on Monday", trigger
    # an "after" clause is another time
    span = _event_time(nlp, "Police detained 40 people on Monday after protesters attacked a "
                            "rally.", "attacked")
    assert span is None or span.text != "on Monday"
