"""Typed records shared by every pipeline stage (event record version 1).

Every record is a frozen pydantic v2 model: stages never pass plain dicts to each other.
Null fields are ``None`` (serialised ``null``), never invented values.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

FactualStatus = Literal[
    "asserted", "reported", "claimed", "threatened", "intended", "denied", "hedged", "hypothetical"
]
Polarity = Literal["positive", "negative"]
Certainty = Literal["certain", "probable", "possible"]
DatePrecision = Literal["day", "week", "month", "year"]
PlacePrecision = Literal["city", "admin1", "country", "region"]
ActorKind = Literal["person", "state", "group", "organization", "unknown"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


class Record(BaseModel):
    """Base class: frozen, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(Record):
    """One news document after ingestion (and, once cleaned, with boilerplate removed)."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    language: str | None = "en"
    original_outlet: str | None = Field(
        default=None, description="Outlet a cross-post names as the original publisher."
    )
    original_url: str | None = None
    author: str | None = None
    source_path: str | None = Field(default=None, description="File (and record) it came from.")
    removed: tuple[str, ...] = Field(
        default=(), description="Boilerplate paragraphs removed by the cleaner."
    )
    opinion_score: float | None = Field(
        default=None, description="Loaded-language cues per 100 words (opinion pieces score high)"
    )

    @staticmethod
    def make_id(text: str) -> str:
        """A stable id from the content alone: the same text read twice is one article."""
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class Actor(Record):
    """A mention resolved to a canonical actor; unknown fields stay null."""

    text: str
    name: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3 or IGO-style code")
    sector: str | None = Field(default=None, description="GOV, MIL, REB, OPP, PTY, COP, ...")
    code: str | None = Field(default=None, description="country + sector, e.g. TURGOV")
    kind: ActorKind = "unknown"
    qualifiers: tuple[str, ...] = Field(
        default=(), description="Ethnic/religious qualifiers and patrons, e.g. KUR, backed:USA"
    )


class Place(Record):
    """A toponym resolved to a gazetteer entry (or unresolved, with the text kept)."""

    text: str
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    admin1: str | None = None
    precision: PlacePrecision | None = None
    relation: str | None = Field(
        default=None, description="Distance/direction kept as text, e.g. '100 km east of'"
    )


class TimeSpan(Record):
    """A resolved time expression: closed interval [start, end] at a precision."""

    start: date | None = None
    end: date | None = None
    precision: DatePrecision | None = None
    text: str | None = None


class Factuality(Record):
    status: FactualStatus = "asserted"
    polarity: Polarity = "positive"
    certainty: Certainty = "certain"


class Attribution(Record):
    """One link of the chain of who says so, outermost first."""

    speaker: str | None = None
    role: str | None = Field(default=None, description="actor code of the speaker, e.g. USAMIL")
    via: str | None = Field(default=None, description="outlet or medium: CNN, Kurdish media")
    cue: str | None = Field(default=None, description="said, told, according to, claimed, ...")
    anonymous: bool = False


class Plover(Record):
    type: str
    mode: str | None = None


class Cameo(Record):
    code: str
    quad_class: int
    goldstein: float


class Event(Record):
    """One coded event mention (record version 1)."""

    event_id: str
    article_id: str
    sentence: str
    span: tuple[int, int] = Field(description="character span of the sentence in Article.text")
    trigger: str
    trigger_span: tuple[int, int] | None = None
    plover: Plover
    cameo: Cameo | None = None
    source: Actor | None = None
    target: Actor | None = None
    location: Place | None = None
    date: TimeSpan | None = None
    factuality: Factuality = Factuality()
    attribution: tuple[Attribution, ...] = ()
    loaded: tuple[str, ...] = Field(
        default=(), description="Loaded or opinionated cues in the sentence, scare quotes too"
    )
    confidence: float = Field(ge=0.0, le=1.0)
    rule: str = Field(default="", description="which rule fired, machine-readable")
    version: int = SCHEMA_VERSION

    @staticmethod
    def make_id(article_id: str, trigger_span: tuple[int, int], plover_type: str) -> str:
        """Stable across runs and machines: article + trigger position + type."""
        key = f"{article_id}:{trigger_span[0]}:{trigger_span[1]}:{plover_type}"
        return hashlib.sha1(key.encode()).hexdigest()[:16]


class DocError(Record):
    """A document that could not be processed: where, and why."""

    source: str
    reason: str
    offset: int | None = Field(default=None, description="line number or byte offset")
