"""WHEN stage: find time expressions and resolve them against the publication date.

Three levels, each usable alone:

* :func:`resolve` turns one expression ("on Monday", "last week", "29 January 2018") into a
  :class:`~eventwire.model.TimeSpan` (closed interval + precision). It is pure and needs no spaCy.
  Absolute formats and simple relative offsets go to ``dateparser``; our own rules cover what it
  does not do: weekday anchoring by tense, calendar weeks and weekends, parts of a period
  ("mid-January", "early 2017", "earlier this month"), "since X", quarters, seasons, decades and
  anaphoric phrases ("the week before"), which are anchored on the publication date.
* :func:`find_timexes` recognises expressions in a spaCy ``Doc`` (DATE/TIME entities plus token
  patterns for what NER misses) and resolves each one.
* :func:`event_time` picks the expression that governs one event trigger.

Precision is the unit the expression names: "mid-January" is a 10-day interval at precision
``month``, "early 2017" is January-April 2017 at precision ``year``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Literal

from eventwire.model import DatePrecision, TimeSpan

if TYPE_CHECKING:
    from dateparser.date import DateDataParser
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab

Tense = Literal["past", "present", "future"]

__all__ = [
    "Tense",
    "Timex",
    "clause_tense",
    "event_time",
    "find_timexes",
    "resolve",
]

# --------------------------------------------------------------------------------------------
# vocabulary
# --------------------------------------------------------------------------------------------

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
FULL_WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)
MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
_MONTH_ABBR = r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
_NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3,
}
_ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "q1": 1, "second": 2, "2nd": 2, "q2": 2, "third": 3, "3rd": 3, "q3": 3,
    "fourth": 4, "4th": 4, "q4": 4, "final": 4,
}
_SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_TIME_OF_DAY = r"(?:morning|afternoon|evening|night|overnight|midday|noon)"

_WD = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_UNIT = r"(?:day|week|month|year|decade)s?"
_COUNT = r"(?:\d+|" + "|".join(_NUMBER_WORDS) + r")"

_LEADING_PREPOSITIONS = re.compile(
    r"^(?:on|in|at|during|by|around|about|over|as of|as early as|"
    r"as late as|sometime|some time|until|till|through)\s+"
)
_CLOCK = re.compile(
    r"\b(?:at|around|about|shortly after|shortly before|just after|just before)?\s*"
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|gmt|utc|hours?|hrs)"
    r"(?:\s+(?:local time|gmt|utc|[a-z]{2,4}t))?(?=\W|$)"
)
_DURATION = re.compile(
    rf"^(?:the |an? )?(?:{_COUNT}|several|many|few|some)(?: more)?[ -](?:{_UNIT}|hours?)$")
"""A span of time, which dates nothing ("a 26-year war", "a 12-hour siege")."""
_DATEPARSER_HINT = re.compile(
    rf"\d|\b(?:{'|'.join(MONTHS)}|{_MONTH_ABBR}|today|tomorrow|yesterday|ago|"
    rf"(?:week|month|year|day)s?|{_WD})\b"
)
_RELATIVE_WORD = re.compile(
    r"\b(?:ago|last|next|this|later|earlier|after|before|previous|following|coming|"
    r"today|tomorrow|yesterday|tonight|now|past)\b"
)
_EXPLICIT_YEAR = re.compile(r"\b\d{4}\b|'\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")


# --------------------------------------------------------------------------------------------
# calendar helpers
# --------------------------------------------------------------------------------------------


def _day(d: date) -> TimeSpan:
    return TimeSpan(start=d, end=d, precision="day")


def _month_span(year: int, month: int) -> TimeSpan:
    last = calendar.monthrange(year, month)[1]
    return TimeSpan(start=date(year, month, 1), end=date(year, month, last), precision="month")


def _year_span(year: int) -> TimeSpan:
    return TimeSpan(start=date(year, 1, 1), end=date(year, 12, 31), precision="year")


def _week_span(d: date) -> TimeSpan:
    monday = d - timedelta(days=d.weekday())
    return TimeSpan(start=monday, end=monday + timedelta(days=6), precision="week")


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _months_interval(year: int, month: int, count: int, precision: DatePrecision) -> TimeSpan:
    end_year, end_month = _add_months(year, month, count - 1)
    last = calendar.monthrange(end_year, end_month)[1]
    return TimeSpan(
        start=date(year, month, 1), end=date(end_year, end_month, last), precision=precision
    )


def _is_future(tense: Tense | None) -> bool:
    return tense == "future"


# --------------------------------------------------------------------------------------------
# normalisation
# --------------------------------------------------------------------------------------------


def _normalize(text: str) -> str:
    s = text.lower().strip()
    s = s.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"\s+([,.;:])", r"\1", s)  # tokenised text: "March 12 , 2009"
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"^(mid|early|late)\s*-\s*", r"\1 ", s)
    s = s.strip(" ,;:!?\"'()[]") if not re.match(r"^'\d", s) else s.rstrip(" ,;:!?\"()[]")
    s = re.sub(r"'s\b", "", s)
    # "before dawn on Tuesday" is Tuesday; "at dawn" alone is the day of the report
    stripped = re.sub(rf"^(?:at|before|after|around|by) (?:{'|'.join(_DAYBREAK)})\b(?: on)?\s*",
                      "", s)
    if stripped != s:
        s = stripped or "today"
    previous = None
    while previous != s:
        previous = s
        s = _LEADING_PREPOSITIONS.sub("", s)
    s = re.sub(r"^the (coming|upcoming)\b", "next", s)
    s = re.sub(r"^the (previous|preceding|prior)\b(?= (?:day|week|month|year)$)", "last", s)
    s = re.sub(r"^the (current|present)\b", "this", s)
    return s


def _strip_clock(s: str) -> str:
    stripped = _CLOCK.sub(" ", s)
    stripped = re.sub(r"\b(?:local time|gmt|utc)\b", " ", stripped)
    stripped = re.sub(r"\s+", " ", stripped).strip(" ,")
    stripped = re.sub(r"^(?:on|at|in)\s+", "", stripped)
    return stripped


# --------------------------------------------------------------------------------------------
# dateparser
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _parser(base: date, prefer: str) -> DateDataParser:
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "RETURN_TIME_AS_PERIOD": True,
        "DATE_ORDER": "MDY",
        "PREFER_DAY_OF_MONTH": "first",
    }
    return DateDataParser(languages=["en"], settings=settings)


def _from_dateparser(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    if not _DATEPARSER_HINT.search(s) or _DURATION.match(s):
        return None
    if published is None:
        if not _EXPLICIT_YEAR.search(s) or _RELATIVE_WORD.search(s):
            return None
        base, prefer = date(2000, 1, 1), "past"
    else:
        base = published
        prefer = "future" if _is_future(tense) and not _EXPLICIT_YEAR.search(s) else "past"
    data = _parser(base, prefer).get_date_data(s)
    if data.date_obj is None:
        return None
    found = data.date_obj.date()
    if published is not None and tense is None and data.period == "day" and (
        "month" in data.parts and "year" not in data.parts
    ):
        found = _nearest(found, published, s)
    if data.period == "year":
        return _year_span(found.year)
    if data.period == "month":
        return _month_span(found.year, found.month)
    if data.period == "week":
        return _week_span(found)
    if data.period == "day":
        return _day(found)
    return None  # "time": a clock time alone, or "now"


def _nearest(past: date, published: date, s: str) -> date:
    """A day and month with no year and no tense: the nearer of the past and future reading."""
    data = _parser(published, "future").get_date_data(s)
    if data.date_obj is None:
        return past
    future = data.date_obj.date()
    return future if (future - published) < (published - past) else past


# --------------------------------------------------------------------------------------------
# our own rules (each returns None when the form is not its own or cannot be anchored)
# --------------------------------------------------------------------------------------------

Rule = Callable[[str, date | None, Tense | None], TimeSpan | None]


def _rule_since(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    m = re.match(r"^(?:ever )?since (.+)$", s)
    if not m:
        return None
    inner = _resolve_normalized(m.group(1), published, "past")
    if inner is None or inner.start is None:
        return None
    return TimeSpan(start=inner.start, end=published, precision=inner.precision)


_TODAYISH = re.compile(
    rf"^(?:(?:earlier|later|early|late) )?(?:today|tonight|this {_TIME_OF_DAY}|"
    rf"(?:earlier|later) this {_TIME_OF_DAY}|today {_TIME_OF_DAY})$"
)


def _rule_deictic_day(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    if published is None:
        return None
    one = timedelta(days=1)
    if _TODAYISH.match(s):
        return _day(published)
    if re.match(rf"^(?:(?:early|late) )?yesterday(?: {_TIME_OF_DAY})?$|^last night$", s):
        return _day(published - one)
    if re.match(rf"^(?:(?:early|late) )?tomorrow(?: {_TIME_OF_DAY})?$", s):
        return _day(published + one)
    if s in {"overnight", "over night", "overnight last night"}:
        return TimeSpan(start=published - one, end=published, precision="day")
    if s == "the day before yesterday":
        return _day(published - 2 * one)
    if s == "the day after tomorrow":
        return _day(published + 2 * one)
    return None


_WEEKDAY_RE = re.compile(
    rf"^(?:(?P<mod>last|next|this|past|coming|early|late|earlier|later|"
    rf"early on|late on|earlier on|later on)\s+)?(?:on\s+)?(?P<wd>{_WD})\.?"
    rf"(?:\s+(?:{_TIME_OF_DAY}))?$"
)


def _rule_weekday(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    m = _WEEKDAY_RE.match(s)
    if not m or published is None:
        return None
    target = WEEKDAYS[m.group("wd")]
    back = (published.weekday() - target) % 7  # days back to the most recent one, 0 = today
    ahead = (target - published.weekday()) % 7 or 7  # days to the next one, strictly after
    mod = m.group("mod")
    if mod in {"last", "past"}:
        return _day(published - timedelta(days=back or 7))
    forward = _is_future(tense) and mod not in {"earlier", "earlier on"}
    if mod in {"next", "coming"} or forward:
        return _day(published + timedelta(days=ahead))
    return _day(published - timedelta(days=back))


def _weekend(monday: date) -> TimeSpan:
    saturday = monday + timedelta(days=5)
    return TimeSpan(start=saturday, end=saturday + timedelta(days=1), precision="day")


def _rule_weekend(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    m = re.match(r"^(last|this|next|the|that|past|coming|the past|the coming)?\s*weekend$", s)
    if not m or published is None:
        return None
    monday = published - timedelta(days=published.weekday())
    mod = m.group(1)
    if mod in {"last", "past", "the past"}:
        return _weekend(monday - timedelta(days=7))
    if mod in {"next", "coming", "the coming"}:
        return _weekend(monday + timedelta(days=7))
    if mod == "this" or _is_future(tense) or published.weekday() >= 5:
        return _weekend(monday)
    return _weekend(monday - timedelta(days=7))


def _rule_anaphoric(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    """'the week before', 'the following day': anchored on the publication date."""
    m = re.match(r"^the (day|week|month|year|weekend) (before|after|earlier|later|prior)$", s)
    n = re.match(r"^the (following|next|previous|preceding|prior) (day|week|month|year|weekend)$",
                 s)
    if m:
        unit, direction = m.group(1), m.group(2)
    elif n:
        unit, direction = n.group(2), n.group(1)
    else:
        return None
    word = "next" if direction in {"after", "later", "following", "next"} else "last"
    if unit == "day":
        if published is None:
            return None
        return _day(published + timedelta(days=1 if word == "next" else -1))
    return _resolve_normalized(f"{word} {unit}", published, tense)


def _rule_offset(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    """'three days earlier' -> dateparser's 'three days before'."""
    m = re.match(rf"^({_COUNT} {_UNIT}) (earlier|prior|later)$", s)
    if not m:
        return None
    word = "after" if m.group(2) == "later" else "before"
    return _from_dateparser(f"{m.group(1)} {word}", published, tense)


def _rule_recent_window(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    """'the past week', 'the last three days', 'the past decade': a window ending today."""
    m = re.match(rf"^the (?:past|last) (?:({_COUNT}) )?(day|week|month|year|decade)s?$", s)
    if not m or published is None:
        return None
    count = _NUMBER_WORDS.get(m.group(1) or "a") or int(m.group(1))
    unit = m.group(2)
    days = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}[unit] * count
    precision: DatePrecision = "year" if unit == "decade" else unit  # type: ignore[assignment]
    return TimeSpan(start=published - timedelta(days=days), end=published, precision=precision)


def _rule_this_unit(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    """'the week', 'the year' (as in 'the end of the year'): the current one."""
    m = re.match(r"^the (week|month|year)$", s)
    if not m:
        return None
    return _resolve_normalized(f"this {m.group(1)}", published, tense)


_PART_RE = re.compile(
    r"^(early|mid|late|earlier|later|the (?:very )?(?:beginning|start|end|middle) of|"
    r"the (?:first|second) half of|the (?:early|late) part of)\s+(.+)$"
)
# where a part falls: (index, out of n parts)
_PARTS: tuple[tuple[str, tuple[int, int]], ...] = (
    ("first half", (0, 2)), ("second half", (1, 2)), ("beginning", (0, 3)), ("start", (0, 3)),
    ("early", (0, 3)), ("middle", (1, 3)), ("mid", (1, 3)), ("end", (2, 3)), ("late", (2, 3)),
)
# cut points (days for a month or a week, months for a year) for 3 and 2 parts
_MONTH_CUTS = {3: (0, 10, 20, -1), 2: (0, 15, -1)}
_YEAR_CUTS = {3: (0, 4, 8, 12), 2: (0, 6, 12)}
_WEEK_CUTS = {3: (0, 2, 4, 7), 2: (0, 4, 7)}


def _part_position(part: str) -> tuple[int, int] | None:
    for word, position in _PARTS:
        if word in part:
            return position
    return None


def _sub_interval(inner: TimeSpan, index: int, parts: int) -> TimeSpan:
    assert inner.start is not None and inner.end is not None
    if inner.precision == "year":
        first, last = _YEAR_CUTS[parts][index], _YEAR_CUTS[parts][index + 1]
        return _months_interval(inner.start.year, first + 1, last - first, "year")
    length = (inner.end - inner.start).days + 1
    if inner.precision == "month" and length <= 31:
        cuts = tuple(length if cut < 0 else cut for cut in _MONTH_CUTS[parts])
    elif inner.precision == "week" and length == 7:
        cuts = _WEEK_CUTS[parts]
    else:  # a quarter, a season, a weekend: equal shares
        cuts = tuple(round(length * k / parts) for k in range(parts + 1))
    return TimeSpan(
        start=inner.start + timedelta(days=cuts[index]),
        end=inner.start + timedelta(days=max(cuts[index], cuts[index + 1] - 1)),
        precision=inner.precision,
    )


def _rule_part(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    m = _PART_RE.match(s)
    if not m:
        return None
    part, rest = m.group(1), m.group(2)
    inner = _resolve_normalized(rest, published, tense)
    if inner is None or inner.start is None or inner.end is None:
        return None
    if inner.precision == "day":
        return inner  # "late on Tuesday", "early Monday": the day itself
    if part in {"earlier", "later"}:
        return _before_or_after_today(inner, published, part == "earlier")
    position = _part_position(part)
    return None if position is None else _sub_interval(inner, *position)


def _before_or_after_today(inner: TimeSpan, published: date | None, earlier: bool) -> TimeSpan:
    assert inner.start is not None and inner.end is not None
    if published is None or not inner.start <= published <= inner.end:
        return inner
    one = timedelta(days=1)
    if earlier:
        end = max(inner.start, published - one)
        return TimeSpan(start=inner.start, end=end, precision=inner.precision)
    start = min(inner.end, published + one)
    return TimeSpan(start=start, end=inner.end, precision=inner.precision)


def _rule_month_modifier(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    """'last January', 'next March', 'this May'."""
    m = re.match(rf"^(last|next|this|past|coming) ({'|'.join(MONTHS)})$", s)
    if not m or published is None:
        return None
    month = MONTHS.index(m.group(2)) + 1
    mod = m.group(1)
    if mod == "this":
        return _month_span(published.year, month)
    if mod in {"last", "past"}:
        year = published.year if month < published.month else published.year - 1
        return _month_span(year, month)
    year = published.year if month > published.month else published.year + 1
    return _month_span(year, month)


def _year_of(rest: str | None, published: date | None, tense: Tense | None) -> int | None:
    if rest is None:
        return None
    inner = _resolve_normalized(rest, published, tense)
    if inner is None or inner.start is None or inner.precision != "year":
        return None
    return inner.start.year


def _rule_quarter(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    ordinal = "|".join(_ORDINALS)
    m = re.match(rf"^(?:the )?({ordinal}|last)[ -]quarter(?:(?: of)? (.+))?$", s)
    m2 = re.match(r"^(q[1-4]) (\d{4})$", s)
    rel = re.match(r"^(?:the )?(last|this|next|previous|current|past) quarter$", s)
    if rel:
        if published is None:
            return None
        shift = {"last": -1, "previous": -1, "past": -1, "next": 1}.get(rel.group(1), 0)
        q_start = (published.month - 1) // 3 * 3 + 1
        year, month = _add_months(published.year, q_start, 3 * shift)
        return _months_interval(year, month, 3, "month")
    if m2:
        return _months_interval(int(m2.group(2)), (_ORDINALS[m2.group(1)] - 1) * 3 + 1, 3, "month")
    if not m:
        return None
    quarter = 4 if m.group(1) == "last" else _ORDINALS[m.group(1)]
    month = (quarter - 1) * 3 + 1
    explicit = _year_of(m.group(2), published, tense)
    if explicit is not None:
        return _months_interval(explicit, month, 3, "month")
    if m.group(2) is not None or published is None:
        return None
    year = published.year
    if _is_future(tense):
        year += 1 if month + 2 < published.month else 0
    elif month > published.month:
        year -= 1
    return _months_interval(year, month, 3, "month")


def _season_start(month: int, published: date, mod: str | None, tense: Tense | None) -> int:
    """Month index (year * 12 + month - 1) of the first month of the season meant."""
    p_index = published.year * 12 + published.month - 1
    start = published.year * 12 + month - 1
    while start > p_index:
        start -= 12
    inside = p_index < start + 3
    if mod in {"last", "past"}:
        return start - 12 if inside else start
    if mod in {"next", "coming"}:
        return start + 12
    if mod == "this":
        return start if inside or start // 12 == published.year else start + 12
    return start if inside or not _is_future(tense) else start + 12


def _rule_season(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    names = "|".join(_SEASONS)
    m = re.match(rf"^(?:(last|this|next|past|coming|the) )?({names})(?:(?: of)? (.+))?$", s)
    if not m:
        return None
    month = _SEASONS[m.group(2)]
    year = _year_of(m.group(3), published, tense)
    if year is None:
        if m.group(3) is not None or published is None:
            return None
        mod = None if m.group(1) == "the" else m.group(1)
        year, month0 = divmod(_season_start(month, published, mod, tense), 12)
        month = month0 + 1
    return _months_interval(year, month, 3, "month")


def _rule_decade(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    m = re.match(r"^(?:the )?(?:(\d{3})0|'(\d)0|(\d)0)'?s$", s)
    if not m:
        return None
    if m.group(1):
        start = int(m.group(1)) * 10
    else:
        digit = int(m.group(2) or m.group(3))
        century = 1900
        if published is not None and 2000 + digit * 10 <= published.year:
            century = 2000 if digit <= 1 else 1900
        start = century + digit * 10
    return TimeSpan(start=date(start, 1, 1), end=date(start + 9, 12, 31), precision="year")


_PRECISION_ORDER: tuple[DatePrecision, ...] = ("day", "week", "month", "year")


def _rule_range(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    """'between April and June', 'from 2009 to 2011', '2014-2016'."""
    m = re.match(r"^(?:between|from) (.+?) (?:and|to|until|till|through) (.+)$", s)
    m = m or re.match(r"^(\d{4}) ?- ?(\d{4})$", s)
    if not m:
        return None
    first = _resolve_normalized(m.group(1), published, tense)
    last = _resolve_normalized(m.group(2), published, tense)
    if first is None or last is None or first.start is None or last.end is None:
        return None
    end = last.end
    if end < first.start:  # "from January to March": January of March's year
        first = _resolve_normalized(m.group(1), end, "past")
    if first is None or first.start is None or end < first.start:
        return None
    if first.precision is None or last.precision is None:
        return None
    precision = max(first.precision, last.precision, key=_PRECISION_ORDER.index)
    return TimeSpan(start=first.start, end=end, precision=precision)


def _rule_month_of_year(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    """'October of next year', 'January last year'."""
    m = re.match(rf"^({'|'.join(MONTHS)}) (?:of )?(.+)$", s)
    if not m or re.match(r"^\d", m.group(2)):
        return None  # "January 2018", "May 29": dateparser's
    year = _year_of(m.group(2), published, tense)
    return None if year is None else _month_span(year, MONTHS.index(m.group(1)) + 1)


_RULES: tuple[Rule, ...] = (
    _rule_since,
    _rule_range,
    _rule_month_of_year,
    _rule_deictic_day,
    _rule_weekday,
    _rule_weekend,
    _rule_anaphoric,
    _rule_offset,
    _rule_recent_window,
    _rule_this_unit,
    _rule_part,
    _rule_month_modifier,
    _rule_quarter,
    _rule_season,
    _rule_decade,
)


def _resolve_normalized(s: str, published: date | None, tense: Tense | None) -> TimeSpan | None:
    for rule in _RULES:
        found = rule(s, published, tense)
        if found is not None:
            return found
    return _from_dateparser(s, published, tense)


def resolve(text: str, published: date | None, tense: Tense | None = None) -> TimeSpan | None:
    """Resolve one time expression against the publication date.

    ``tense`` is the tense of the clause the expression modifies: a future clause moves
    "on Monday" / "in January" to the next one instead of the most recent one. With no
    publication date only absolute expressions ("29 January 2018", "in 2014") resolve.
    Returns ``None`` for durations, clock times alone and anything not understood.
    """
    s = _normalize(text)
    if not s:
        return None
    found = _resolve_normalized(s, published, tense)
    if found is None:
        bare = _strip_clock(s)
        if bare and bare != s:
            found = _resolve_normalized(_normalize(bare), published, tense)
    if found is None:
        return None
    return found.model_copy(update={"text": text})


# --------------------------------------------------------------------------------------------
# recognition over a spaCy Doc
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timex:
    """One time expression found in a Doc, with its resolution (None if unresolved)."""

    start_char: int
    end_char: int
    text: str
    sentence: int
    head: int
    span: TimeSpan | None


_TIME_LABELS = frozenset({"DATE", "TIME"})
_TOD_WORDS = ["morning", "afternoon", "evening", "night", "overnight"]
_DAYBREAK = ("dawn", "daybreak", "dusk", "sunrise", "sunset", "nightfall")
_MODIFIERS = ["last", "next", "this", "early", "late", "earlier", "later", "past", "coming"]
_UNITS = ["week", "month", "year", "weekend", "quarter", "day"]


def _patterns() -> dict[str, list[list[dict[str, Any]]]]:
    weekday: dict[str, Any] = {"LOWER": {"IN": list(FULL_WEEKDAYS)}}
    month: dict[str, Any] = {"LOWER": {"IN": list(MONTHS)}}
    count_words = [word for word in _NUMBER_WORDS if word not in {"several", "few"}]
    count: dict[str, Any] = {"LOWER": {"IN": count_words}}
    return {
        "WEEKDAY": [
            [{"LOWER": {"IN": [*_MODIFIERS, "on"]}, "OP": "?"}, {"LOWER": "on", "OP": "?"},
             weekday, {"LOWER": {"IN": _TOD_WORDS}, "OP": "?"}],
        ],
        "RELATIVE_UNIT": [
            [{"LOWER": {"IN": _MODIFIERS}}, {"LOWER": {"IN": ["this", "last", "next"]}, "OP": "?"},
             {"LOWER": {"IN": _UNITS}}],
            [{"LOWER": "the"}, {"LOWER": {"IN": ["past", "coming", "previous", "following",
                                                  "next"]}},
             {"LOWER": {"IN": _UNITS}}],
            [{"LOWER": "the"}, {"LOWER": {"IN": _UNITS}},
             {"LOWER": {"IN": ["before", "after", "earlier", "later"]}}],
        ],
        "DAWN": [
            [{"LOWER": {"IN": ["at", "before", "after", "around", "by"]}},
             {"LOWER": {"IN": list(_DAYBREAK)}}, {"LOWER": "on", "OP": "?"},
             {**weekday, "OP": "?"}],
        ],
        "DEICTIC": [
            [{"LOWER": {"IN": ["earlier", "later", "early", "late"]}, "OP": "?"},
             {"LOWER": {"IN": ["yesterday", "today", "tonight", "tomorrow", "overnight"]}},
             {"LOWER": {"IN": _TOD_WORDS}, "OP": "?"}],
            [{"LOWER": "last"}, {"LOWER": "night"}],
        ],
        "OFFSET": [
            [{"LIKE_NUM": True}, {"LOWER": {"REGEX": r"^(day|week|month|year)s?$"}},
             {"LOWER": {"IN": ["ago", "later", "earlier", "after", "before"]}}],
            [count, {"LOWER": {"REGEX": r"^(day|week|month|year)s?$"}},
             {"LOWER": {"IN": ["ago", "later", "earlier", "after", "before"]}}],
        ],
        "ANCHORED": [  # told from the story's last date: "hours later", "that evening"
            [{"LIKE_NUM": True, "OP": "?"},
             {"LOWER": {"IN": ["hours", "hour", "minutes", "moments", "days", "weeks"]}},
             {"LOWER": {"IN": ["later", "earlier", "afterwards"]}}],
            [{"LOWER": "within"}, {"LOWER": {"IN": ["hours", "minutes", "days"]}}],
            [{"LOWER": {"IN": ["later", "earlier"]}, "OP": "?"}, {"LOWER": "that"},
             {"LOWER": {"IN": [*_TOD_WORDS, "day"]}}],
        ],
        "PART_MONTH": [
            [{"LOWER": {"IN": ["early", "mid", "late"]}}, {"ORTH": "-", "OP": "?"}, month],
        ],
        "NUMERIC": [
            [{"TEXT": {"REGEX": r"^(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})$"}}],
        ],
        "SEASON": [
            [{"LOWER": {"IN": ["last", "this", "next", "early", "late"]}},
             {"LOWER": {"IN": list(_SEASONS)}}],
            [{"LOWER": {"IN": list(_SEASONS)}}, {"LOWER": "of", "OP": "?"},
             {"SHAPE": "dddd"}],
        ],
    }


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> Matcher:
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    for label, patterns in _patterns().items():
        matcher.add(label, patterns)
    return matcher


def _candidate_spans(doc: Doc) -> list[tuple[int, int]]:
    spans = [(ent.start, ent.end) for ent in doc.ents if ent.label_ in _TIME_LABELS]
    spans.extend((start, end) for _, start, end in _matcher(doc.vocab)(doc))
    return spans


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _extend(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Take in 'since' before, and the offset tail 'two days [after]' after."""
    if start > 0 and doc[start - 1].lower_ == "since":
        start -= 1
    if (end < len(doc) and doc[end].lower_ in {"ago", "later", "earlier"}
            and doc[end - 1].lower_.rstrip("s") in {"day", "week", "month", "year"}):
        end += 1
    return start, end


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop edge punctuation and conjunctions; stop at a line break."""
    for i in range(start, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            end = i + 1 if doc[i].text.strip() else i
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].pos_ == "CCONJ"):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, end


def find_timexes(
    doc: Doc, published: date | None = None, tense: Tense | None = None
) -> list[Timex]:
    """All time expressions of ``doc``, resolved against ``published`` (None: unresolved).

    The clause tense of each expression's governing verb decides the direction of "Monday"
    unless ``tense`` is given.
    """
    sentence_of = {}
    for index, sent in enumerate(doc.sents):
        for token in sent:
            sentence_of[token.i] = index
    timexes: list[Timex] = []
    for raw_start, raw_end in _merge(_candidate_spans(doc)):
        start, end = _trim(doc, *_extend(doc, raw_start, raw_end))
        if start >= end:
            continue
        timexes.extend(_timex(doc, a, b, sentence_of, published, tense)
                       for a, b in _parts(doc, start, end, published))
    return _anchored(timexes)


_ANCHORED = re.compile(
    rf"^(?:(?:{_COUNT}|a few) )?(?:hours?|minutes|moments|days|weeks) (?:later|earlier|afterwards)$"
    rf"|^within (?:hours|minutes|days)$|^(?:(?:later|earlier) )?that {_TIME_OF_DAY}$"
    r"|^(?:(?:later|earlier) )?that day$")


def _anchored(timexes: list[Timex]) -> list[Timex]:
    """ "Troops stormed the palace on Wednesday, and police arrested him hours later": an
    expression told from the story's last resolved date takes that date's span, with its own
    text ("hours later" may cross midnight; the span claims no more than the anchor does)."""
    out: list[Timex] = []
    for timex in timexes:
        if timex.span is None and _ANCHORED.match(timex.text.lower()):
            anchor = next((t.span for t in reversed(out) if t.span is not None
                           and t.span.start is not None), None)
            if anchor is not None:
                timex = replace(timex, span=anchor.model_copy(update={"text": timex.text}))
        out.append(timex)
    return out


def _parts(doc: Doc, start: int, end: int, published: date | None
           ) -> list[tuple[int, int]]:
    """ "on Tuesday, days after", "on Monday after months of talks": the recogniser sometimes
    runs two expressions together over a comma or an "after"/"before"; when the whole does not
    resolve and the part before the break does, they are two ("Monday, June 5" resolves whole
    and stays one)."""
    breaks = [i for i in range(start, end) if doc[i].text == "," or (
        i > start and doc[i].lower_ in ("after", "before"))]
    if not breaks or resolve(doc[start:end].text, published) is not None:
        return [(start, end)]
    bounds = [start, *breaks, end]
    parts = [_trim(doc, a if a == start else a + 1, b) for a, b in pairwise(bounds)]
    parts = [(a, b) for a, b in parts if a < b]
    if resolve(doc[parts[0][0]:parts[0][1]].text, published) is None:
        return [(start, end)]
    return parts


def _timex(doc: Doc, start: int, end: int, sentence_of: dict[int, int],
           published: date | None, tense: Tense | None) -> Timex:
    span = doc[start:end]
    verb = _governing_verb(span.root)
    own_tense = tense or (clause_tense(verb) if verb is not None else None)
    return Timex(
        start_char=span.start_char,
        end_char=span.end_char,
        text=span.text,
        sentence=sentence_of[span.root.i],
        head=span.root.i,
        span=resolve(span.text, published, own_tense),
    )


# --------------------------------------------------------------------------------------------
# attachment to an event
# --------------------------------------------------------------------------------------------

_VERB_POS = frozenset({"VERB", "AUX"})


def _is_verb(token: Token) -> bool:
    return token.pos_ in _VERB_POS and token.dep_ not in {"aux", "auxpass"}


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` (the verb of the clause it sits in)."""
    current = token
    while current.head.i != current.i:
        current = current.head
        if _is_verb(current):
            return current
    return current if _is_verb(current) else None


def _clause_verb(token: Token) -> Token | None:
    return token if _is_verb(token) else _governing_verb(token)


def clause_tense(token: Token) -> Tense:
    """Tense of the clause of ``token``: 'future' for will/shall/'ll, 'going to' and 'be to';
    'past' for a past verb or auxiliary (including the perfect); else 'present'."""
    verb = _clause_verb(token) or token
    auxes = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    lowers = {aux.lower_ for aux in auxes}
    if lowers & {"will", "shall", "'ll", "wo"}:
        return "future"
    head = verb.head
    if verb.dep_ == "xcomp" and "to" in lowers and head.lemma_ == "go" and head.tag_ == "VBG":
        return "future"
    if verb.dep_ == "xcomp" and "to" in lowers and head.lemma_ == "be":
        return "future"
    if verb.tag_ == "VBD" or any("Past" in aux.morph.get("Tense", []) for aux in auxes):
        return "past"
    if verb.tag_ == "VBN" and lowers & {"has", "have", "had", "'s", "'ve"}:
        return "past"
    if verb.dep_ == "xcomp" and head.tag_ == "VBD":
        return "past"
    return "present"


def _attached_to(timex: Timex, doc: Doc, verb: Token) -> bool:
    head = doc[timex.head]
    governing = _governing_verb(head)
    return governing is not None and governing.i == verb.i


def _in_subtree(timex: Timex, doc: Doc, token: Token) -> bool:
    head = doc[timex.head]
    return token.left_edge.i <= head.i <= token.right_edge.i and token in head.ancestors


def event_time(
    doc: Doc,
    trigger_token_i: int,
    timexes: Sequence[Timex],
    published: date | None,
    tense: Tense | None = None,
) -> TimeSpan | None:
    """The time of the event at ``doc[trigger_token_i]``, or None (use the narrative time).

    Order: a timex attached to the trigger's own clause verb; one inside the trigger's
    subtree; a verb it is coordinated with; else a timex of the sentence that no other verb
    governs.
    """
    trigger = doc[trigger_token_i]
    local = [t for t in timexes if t.start_char >= trigger.sent.start_char
             and t.end_char <= trigger.sent.end_char]
    verb = _clause_verb(trigger)
    verb_tense = tense or clause_tense(verb or trigger)
    for chosen in _choices(doc, trigger, verb, local):
        # "sentenced them to two years in a colony on Friday": a duration dates nothing, so the
        # next expression in line is taken
        found = resolve(chosen.text, published, verb_tense) or chosen.span
        if found is not None:
            return found
    return None


_SELF = frozenset({"it", "they", "we", "he", "she", "i"})


def _own_report(verb: Token) -> bool:
    """A deed told in a "that" clause whose subject is the teller or the teller's own ("it",
    "its troops", "his government"): done, under way or intended ("had retaken", "were
    leaving", "would pull out")."""
    teller = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if not (verb.dep_ == "ccomp" and teller is not None and teller.i < verb.i):
        return False
    if any(c.lower_ in ("would", "will") for c in verb.children):
        return True  # what the teller says anyone will do is told (and intended) then
    return any(c.dep_ == "nsubj" and (c.lower_ in _SELF or any(
        p.dep_ == "poss" and p.lower_ in _OWN for p in c.children))
        for c in verb.children) and any(
        c.lower_ in ("had", "has", "have", "were", "was") for c in verb.children)


_OWN = frozenset({"its", "their", "his", "her", "our"})


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _shares_time(verb: Token) -> bool:
    """A participial adjunct with no subject or linking word of its own, or a "to" clause
    under the verb that agrees, votes or claims it."""
    if not _is_verb(verb.head) or _own_subject(verb) or any(
            c.dep_ == "mark" for c in verb.children):
        return False
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG") or verb.dep_ == "xcomp"


_SAME_MOMENT = frozenset({"when", "as", "while"})


def _same_moment(verb: Token) -> bool:
    """ "Four people were killed on Wednesday when supporters attacked a rally": a "when"
    clause tells what happened at the time of the clause it hangs on."""
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _SAME_MOMENT for c in verb.children)


def _choices(
    doc: Doc, trigger: Token, verb: Token | None, local: Sequence[Timex]
) -> Iterator[Timex]:
    """The sentence's time expressions that may date the event, best first."""
    if trigger.pos_ in ("NOUN", "PROPN") and verb is not None and verb.i != trigger.i:
        # "claimed on Thursday Wednesday's attack", "the killing of protesters in 2011": a
        # named act dated in its own phrase keeps that date
        yield from (t for t in local if _in_subtree(t, doc, trigger))
    if verb is not None:
        yield from (t for t in local if _attached_to(t, doc, verb))
    yield from (t for t in local if _in_subtree(t, doc, trigger))
    seen = 0
    while verb is not None and _is_verb(verb.head) and verb.head.i != verb.i and seen < 4:
        seen += 1
        if verb.dep_ == "conj" and not _own_subject(verb):
            # "voted on Saturday to suspend Syria and called for sanctions"
            yield from (t for t in local if _attached_to(t, doc, verb.head) and t.head < verb.i)
        elif _own_report(verb) or _shares_time(verb) or _same_moment(verb):
            # "declared on Thursday that it had retaken Aleppo" (a speaker telling its own
            # deed, guide section 8), "severed ties on Monday, accusing Doha", "agreed on
            # Sunday to write off the debt": dated by the clause above
            yield from (t for t in local if _attached_to(t, doc, verb.head))
        else:
            break
        verb = verb.head
    yield from (t for t in local if _governing_verb(doc[t.head]) is None)
