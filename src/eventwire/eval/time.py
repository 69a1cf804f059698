"""Scorers for the WHEN stage: our own time gold and MEANTIME (TIMEX3 DATE values).

``score_time_gold`` reads ``tests/data/time_gold.jsonl`` (one expression per line, with the
sentence it occurs in) and reports, per split, exact-interval accuracy and precision accuracy
of :func:`eventwire.when.resolve`, and the recognition rate of
:func:`eventwire.when.find_timexes`.

``score_meantime`` reads the MEANTIME JSONL conversion (one document per line, DCT + timexes),
keeps DATE timexes whose TIMEX3 value names a calendar interval (day, ISO week, weekend,
month, quarter, season, year, decade) and measures how often ``resolve(text, dct)`` gives
exactly that interval, and how many of them ``find_timexes`` finds.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.datafiles import read_jsonl
from eventwire.errors import DataFileError
from eventwire.model import DatePrecision, TimeSpan
from eventwire.when import Tense, find_timexes, resolve

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["load_time_gold", "score_meantime", "score_time_gold", "timex3_interval"]


@dataclass(frozen=True)
class _Item:
    split: str
    sentence: str
    expression: str
    start_char: int
    published: date | None
    tense: Tense | None
    gold: TimeSpan


def _load_nlp(nlp: Language | None) -> Language:
    if nlp is not None:
        return nlp
    from eventwire.nlp import load_nlp

    return load_nlp()


def _gold_item(path: Path, number: int, row: dict[str, Any]) -> _Item:
    try:
        sentence, expression = row["sentence"], row["expression"]
    except KeyError as error:
        raise DataFileError(str(path), number, f"missing field {error}") from error
    offset = sentence.find(expression)
    if offset < 0:
        raise DataFileError(str(path), number, f"expression {expression!r} not in its sentence")
    try:
        published = date.fromisoformat(row["published"]) if row.get("published") else None
        gold = TimeSpan(
            start=date.fromisoformat(row["start"]),
            end=date.fromisoformat(row["end"]),
            precision=row["precision"],
            text=expression,
        )
        return _Item(row["split"], sentence, expression, offset, published, row.get("tense"), gold)
    except (KeyError, ValueError) as error:
        raise DataFileError(str(path), number, f"bad gold line ({error})") from error


def load_time_gold(path: str | Path) -> list[_Item]:
    """Read a time gold JSONL file, checking every line."""
    gold_path = Path(path)
    return [_gold_item(gold_path, number, row) for number, row in read_jsonl(gold_path)]


def _same_interval(found: TimeSpan | None, gold: TimeSpan) -> bool:
    return found is not None and found.start == gold.start and found.end == gold.end


def _recognised(nlp: Language, item: _Item) -> bool:
    doc = nlp(item.sentence)
    end = item.start_char + len(item.expression)
    return any(
        timex.start_char < end and item.start_char < timex.end_char
        for timex in find_timexes(doc, item.published, item.tense)
    )


def score_time_gold(path: str | Path, nlp: Language | None = None) -> dict[str, Any]:
    """Per split: n, exact-interval accuracy, precision accuracy, recognition rate.

    Also lists the expressions whose interval was wrong (``errors``), for tuning on dev.
    """
    items = load_time_gold(path)
    model = _load_nlp(nlp)
    report: dict[str, Any] = {}
    for split in sorted({item.split for item in items}):
        chosen = [item for item in items if item.split == split]
        exact = precision = recognised = 0
        errors = []
        for item in chosen:
            found = resolve(item.expression, item.published, item.tense)
            if _same_interval(found, item.gold):
                exact += 1
            else:
                errors.append(_error_row(item, found))
            precision += found is not None and found.precision == item.gold.precision
            recognised += _recognised(model, item)
        n = len(chosen)
        report[split] = {
            "n": n,
            "exact_interval": exact / n,
            "precision": precision / n,
            "recognition": recognised / n,
            "errors": errors,
        }
    return report


def _error_row(item: _Item, found: TimeSpan | None) -> dict[str, Any]:
    return {
        "expression": item.expression,
        "published": str(item.published),
        "tense": item.tense,
        "gold": [str(item.gold.start), str(item.gold.end), item.gold.precision],
        "found": None if found is None else [str(found.start), str(found.end), found.precision],
    }


# --------------------------------------------------------------------------------------------
# MEANTIME
# --------------------------------------------------------------------------------------------

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12}


def _span(start: date, end: date, precision: DatePrecision) -> TimeSpan:
    return TimeSpan(start=start, end=end, precision=precision)


def _months(year: int, month: int, count: int, precision: DatePrecision) -> TimeSpan:
    index = year * 12 + month - 1 + count - 1
    end_year, end_month = divmod(index, 12)
    last = calendar.monthrange(end_year, end_month + 1)[1]
    return _span(date(year, month, 1), date(end_year, end_month + 1, last), precision)


def timex3_interval(value: str | None) -> TimeSpan | None:
    """The calendar interval a TIMEX3 DATE value names, or None (PRESENT_REF, XXXX, FY...)."""
    if not value:
        return None
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T\w+)?", value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return _span(day, day, "day")
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return _span(monday + timedelta(days=5), monday + timedelta(days=6), "day")
        return _span(monday, monday + timedelta(days=6), "week")
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return _months(int(m[1]), int(m[2]), 1, "month")
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return _months(int(m[1]), (int(m[2]) - 1) * 3 + 1, 3, "month")
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value):
        return _months(int(m[1]), _SEASON_START[m[2]], 3, "month")
    if m := re.fullmatch(r"(\d{4})", value):
        return _span(date(int(m[1]), 1, 1), date(int(m[1]), 12, 31), "year")
    if m := re.fullmatch(r"(\d{3})", value):
        start = int(m[1]) * 10
        return _span(date(start, 1, 1), date(start + 9, 12, 31), "year")
    return None


def _meantime_error(timex: dict[str, Any], dct: date, found: TimeSpan | None) -> dict[str, Any]:
    return {
        "text": timex["text"],
        "dct": str(dct),
        "value": timex["value"],
        "found": None if found is None else [str(found.start), str(found.end)],
    }


def score_meantime(path: str | Path, nlp: Language | None = None) -> dict[str, Any]:
    """Exact-interval accuracy of resolve(text, dct) on MEANTIME DATE timexes with a
    calendar value (the document-creation timexes excluded), and recognition recall of
    find_timexes on those same timexes."""
    model = _load_nlp(nlp)
    total = exact = recognised = end_to_end = 0
    errors = []
    for number, doc_row in read_jsonl(path):
        try:
            dct = date.fromisoformat(doc_row["dct"])
            text = doc_row["text"]
        except (KeyError, ValueError) as error:
            raise DataFileError(str(path), number, f"bad MEANTIME document ({error})") from error
        found_timexes = find_timexes(model(text), dct)
        for timex in doc_row["timexes"]:
            gold = timex3_interval(timex.get("value")) if timex.get("type") == "DATE" else None
            if gold is None or timex.get("function_in_document") == "CREATION_TIME":
                continue
            total += 1
            found = resolve(timex["text"], dct)
            if _same_interval(found, gold):
                exact += 1
            else:
                errors.append(_meantime_error(timex, dct, found))
            overlapping = [
                t
                for t in found_timexes
                if t.start_char < timex["end"] and timex["start"] < t.end_char
            ]
            recognised += bool(overlapping)
            end_to_end += any(_same_interval(t.span, gold) for t in overlapping)
    if total == 0:
        raise DataFileError(str(path), None, "no DATE timex with a calendar value")
    return {
        "n": total,
        "exact_interval": exact / total,
        "recognition": recognised / total,
        "end_to_end": end_to_end / total,
        "errors": errors,
    }
