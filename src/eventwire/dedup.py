"""One real event, one record: near-duplicate articles and cross-report event clusters.

Two stages, both incremental (one article at a time, in arrival order):

``ArticleDeduper``
    MinHash/LSH (datasketch) over word 3-gram shingles. A syndicated copy, a cross-post or an
    updated version of an article already seen is *linked* to its root article: its events still
    join clusters, but it adds no article and no source to the counts.

``Clusterer``
    Each coded event mention joins the best compatible cluster or starts a new one. Candidates come
    from blocks keyed by (PLOVER type family, country, week), so the work per event is bounded and
    clustering stays near-linear. A candidate is scored on date (intervals at their precision),
    place (distance within a tolerance set by the coarser precision), actors and sentence
    similarity (lexical by default; ``dedup_embed`` adds an optional sentence-embedding model).
    Missing actors, places or dates are neutral, never a conflict. Background mentions ("last
    week's offensive", "as we reported on Monday") are linked to the earlier cluster and do not
    count as new reports.

``write_clusters(con, clusters)`` writes the result to a DuckDB connection (``clusters`` and
``cluster_members`` tables, ``cluster_id``/``num_sources``/``num_articles`` on ``events``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from hashlib import sha1
from typing import TYPE_CHECKING, Any, Literal, Protocol

from pydantic import Field

from .model import Article, Event, Place, Record
from .store import Store

if TYPE_CHECKING:
    import duckdb
    from datasketch import MinHash

# ---------------------------------------------------------------------------- type families

FAMILY_OF_TYPE: Mapping[str, str] = {
    "ASSAULT": "force", "COERCE": "force", "MOBILIZE": "force",
    "PROTEST": "protest",
    "SANCTION": "sanction",
    "ACCUSE": "dispute", "REJECT": "dispute", "THREATEN": "dispute",
    "REQUEST": "appeal",
    "CONSULT": "engage", "AGREE": "engage", "COOPERATE": "engage",
    "SUPPORT": "support", "AID": "support",
    "CONCEDE": "yield", "RETREAT": "yield",
}
"""PLOVER types that different outlets use for the same happening ("abducted" is ASSAULT to one
coder and COERCE to another; "met" and "agreed" describe one summit) share a family."""


def type_family(plover_type: str) -> str:
    """The clustering family of a PLOVER type (unknown types are their own family)."""
    return FAMILY_OF_TYPE.get(plover_type.upper(), plover_type.upper())


# ---------------------------------------------------------------------------- records

Action = Literal["created", "joined", "background", "copy"]


class Cluster(Record):
    """One real-world event: the canonical mention and every report of it."""

    cluster_id: str = Field(description="Stable: derived from the event that started it.")
    family: str
    canonical: Event = Field(description="The most complete member mention.")
    event_ids: tuple[str, ...] = Field(description="Direct mentions, in arrival order.")
    background_event_ids: tuple[str, ...] = Field(
        default=(), description="Later references to it ('last week's strike').")
    article_ids: tuple[str, ...] = Field(description="Every article with a member mention.")
    num_articles: int = Field(description="Distinct reports (near-duplicate copies count once).")
    num_sources: int = Field(description="Distinct outlets of those reports.")
    num_copies: int = Field(default=0, description="Near-duplicate articles linked to a report.")
    first_seen: date | None = Field(default=None, description="First report's publication date.")
    last_seen: date | None = Field(default=None, description="Last report's publication date.")


class ClusterUpdate(Record):
    """What one ``Clusterer.add`` did with one event mention."""

    cluster_id: str
    event_id: str
    article_id: str
    action: Action
    num_articles: int
    num_sources: int


@dataclass(frozen=True)
class ClusterOptions:
    """Weights and limits of the clusterer (defaults measured on tests/data/incidents)."""

    join_threshold: float = 2.0
    """A mention joins the best cluster scoring at least this; otherwise it starts one."""
    background_threshold: float = 1.0
    """A background mention links to the best earlier cluster scoring at least this."""
    day_tolerance: int = 1
    """Day-precision dates this many days apart can be one event (time zones, late reports)."""
    background_days: int = 60
    """How far back a background mention with no usable date looks for its event."""
    day_weight: float = 1.5
    """Score of the same day; a day apart scores half (so a date alone never joins)."""
    text_weight: float = 4.0
    same_article_bonus: float = 2.0
    max_candidates: int = 64
    """Most recent clusters scored per block lookup: bounds the work per mention."""
    max_compared_members: int = 8
    """Member sentences a mention is compared with (the canonical one and the latest)."""
    dedup_threshold: float = 0.5
    """Estimated Jaccard similarity of word 3-grams above which an article is a copy."""
    similarity: Literal["auto", "embed", "lexical"] = "auto"
    """Sentence similarity: "auto" uses the embedding model when ``eventwire[embed]`` is
    installed and falls back to lexical similarity when it is not."""


# ---------------------------------------------------------------------------- article copies

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _shingles(text: str, size: int = 3) -> set[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


class ArticleDeduper:
    """Near-duplicate articles (syndicated copies, cross-posts, updated versions) by MinHash/LSH.

    ``add`` registers an article and returns the id of the root article it copies, or None;
    ``find_duplicate`` only asks.
    """

    def __init__(self, threshold: float = 0.5, num_perm: int = 128) -> None:
        from datasketch import MinHashLSH

        if not 0.0 < threshold < 1.0:
            raise ValueError(f"dedup threshold must be between 0 and 1, not {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._hashes: dict[str, MinHash] = {}
        self._root: dict[str, str] = {}
        self._template: MinHash | None = None

    def _minhash(self, text: str) -> MinHash:
        from datasketch import MinHash

        if self._template is None:
            self._template = MinHash(num_perm=self.num_perm, seed=1)
        template = self._template  # permutations are drawn once, not per article
        mh = MinHash(num_perm=self.num_perm, seed=1, permutations=template.permutations,
                     scheme=template.scheme)
        mh.update_batch([s.encode("utf-8") for s in sorted(_shingles(text))])
        return mh

    def _best(self, article_id: str, mh: MinHash) -> str | None:
        best: tuple[float, str] | None = None
        for other in self._lsh.query(mh):
            if other == article_id:
                continue
            sim = mh.jaccard(self._hashes[other])
            if sim >= self.threshold and (best is None or (sim, other) > best):
                best = (sim, other)
        return self._root[best[1]] if best is not None else None

    def find_duplicate(self, article: Article) -> str | None:
        """The root article this one near-duplicates, or None (does not register it)."""
        if article.id in self._hashes:
            return self._root[article.id] if self._root[article.id] != article.id else None
        return self._best(article.id, self._minhash(article.text))

    def add(self, article: Article) -> str | None:
        """Register an article; returns the root article it near-duplicates, or None."""
        if article.id in self._hashes:
            root = self._root[article.id]
            return root if root != article.id else None
        mh = self._minhash(article.text)
        copied = self._best(article.id, mh)
        self._hashes[article.id] = mh
        self._root[article.id] = copied or article.id
        self._lsh.insert(article.id, mh)
        return copied

    def root(self, article_id: str) -> str:
        """The root of a registered article (itself when it copies nothing)."""
        return self._root.get(article_id, article_id)


# ---------------------------------------------------------------------------- similarity

class Similarity(Protocol):
    """Sentence similarity in [0, 1]: ``features`` once per mention, ``score`` per pair."""

    def features(self, sentences: Sequence[str]) -> list[Any]: ...

    def score(self, a: Any, b: Any) -> float: ...


_STOP = frozenset((
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "as", "into", "onto", "over", "after", "before", "since", "while", "during", "about",
    "against", "between", "than", "then", "that", "this", "these", "those", "there", "here", "it",
    "its", "it's", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do",
    "does", "did", "not", "no", "nor", "so", "such", "very", "can", "could", "would", "should",
    "will", "may", "might", "must", "also", "just", "said", "says", "say", "told", "according",
    "reported", "report", "reports", "reporting", "news", "agency", "he", "she", "they", "them",
    "their", "his", "her", "we", "our", "you", "your", "who", "whom", "which", "what", "when",
    "where", "why", "how", "more", "most", "some", "any", "all", "each", "other", "another",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "week", "weeks", "day", "days", "month", "months", "year", "years", "earlier", "later",
    "last", "first", "new", "least", "officials", "official", "statement", "spokesman",
    "spokeswoman", "spokesperson",
))


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_tokens(sentence: str) -> frozenset[str]:
    """Lower-cased, crudely stemmed content words and numbers of a sentence."""
    words = (w.lower() for w in _WORD.findall(sentence))
    return frozenset(_stem(w) for w in words if w not in _STOP and (len(w) > 2 or w.isdigit()))


@dataclass(frozen=True, slots=True)
class _Weighted:
    """A sentence's content words with their weights (IDF when it was read) and norm."""

    weights: dict[str, float]
    norm: float


class LexicalSimilarity:
    """Cosine of content-word sets weighted by inverse document frequency, learned as sentences
    arrive (each sentence keeps the weights of the moment it was read, so a result depends only
    on the order of arrival)."""

    def __init__(self) -> None:
        self._df: Counter[str] = Counter()
        self._docs = 0

    def features(self, sentences: Sequence[str]) -> list[_Weighted]:
        tokens = [content_tokens(s) for s in sentences]
        for t in tokens:
            self._df.update(t)
        self._docs += len(tokens)
        out = []
        for t in tokens:
            weights = {w: math.log((1 + self._docs) / (1 + self._df[w])) + 1.0 for w in t}
            out.append(_Weighted(weights, math.sqrt(sum(v * v for v in weights.values()))))
        return out

    def score(self, a: _Weighted, b: _Weighted) -> float:
        if not a.norm or not b.norm:
            return 0.0
        small, large = (a.weights, b.weights) if len(a.weights) <= len(b.weights) else (
            b.weights, a.weights)
        shared = sum(w * large[t] for t, w in small.items() if t in large)
        return shared / (a.norm * b.norm)


def make_similarity(kind: Literal["auto", "embed", "lexical"] = "auto") -> Similarity:
    """The sentence similarity named by ``ClusterOptions.similarity`` (imports lazily)."""
    if kind == "lexical":
        return LexicalSimilarity()
    from .dedup_embed import EmbeddingSimilarity, embeddings_available

    if kind == "embed" or embeddings_available():
        return EmbeddingSimilarity()
    return LexicalSimilarity()


# ---------------------------------------------------------------------------- mentions

_BACKGROUND = re.compile(
    r"\b(?:last|previous|past)\s+(?:week|month|year|weekend)'s\b"
    r"|\b(?:earlier|previous|prior)\s+(?:strike|attack|raid|protest|rall(?:y|ies)|talks|"
    r"meeting|offensive|bombing|clash(?:es)?|assault|round|visit|sanctions?)\b"
    r"|\bas\s+(?:we|\w+)\s+(?:had\s+)?reported\b|\b(?:first|previously)\s+reported\b"
    r"|\b(?:days?|weeks?|months?)\s+(?:after|before)\b|\b\w+\s+(?:days|weeks|months)\s+ago\b"
    r"|\b(?:a|one)\s+(?:day|week|month)\s+ago\b|\bearlier\s+this\s+(?:week|month|year)\b"
    r"|\b(?:follows|followed|comes|came)\s+(?:after|on\s+the\s+heels\s+of)\b",
    re.IGNORECASE,
)


def is_background(event: Event, published: date | None) -> bool:
    """A reference to an earlier event rather than a report of a new one: a cue in the
    sentence ("last week's", "as we reported", "two days after") or a date well before
    publication."""
    if _BACKGROUND.search(event.sentence):
        return True
    span = event.date
    if published is None or span is None or span.end is None or span.text is None:
        return False
    return span.end < published - timedelta(days=7)


_PLACE_TOLERANCE_KM = {"city": 40.0, "admin1": 500.0, "country": 1500.0, "region": 3000.0}
_PRECISE = ("day",)


@dataclass(slots=True)
class _Mention:
    event: Event
    article_id: str
    root: str
    root_outlet: str | None
    published: date | None
    family: str
    background: bool
    start: date | None
    end: date | None
    kind: Literal["day", "interval", "vague", "none"]
    countries: frozenset[str]
    text: Any
    quality: float


@dataclass
class _State:
    """Mutable state of one cluster (the frozen ``Cluster`` is built from it on request)."""

    cluster_id: str
    family: str
    canonical: _Mention
    members: list[_Mention] = field(default_factory=list)
    background: list[_Mention] = field(default_factory=list)
    days: Counter[date] = field(default_factory=Counter)
    intervals: list[tuple[date, date]] = field(default_factory=list)
    vague: tuple[date, date] | None = None
    places: Counter[tuple[float, float]] = field(default_factory=Counter)
    place_of: dict[tuple[float, float], Place] = field(default_factory=dict)
    countries: set[str] = field(default_factory=set)
    sources: Counter[str] = field(default_factory=Counter)
    source_countries: set[str] = field(default_factory=set)
    targets: Counter[str] = field(default_factory=Counter)
    target_countries: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    reporting: set[str] = field(default_factory=set)
    """Articles with a direct (not background) mention."""
    reports: dict[str, str | None] = field(default_factory=dict)
    """Root article -> its outlet, over direct mentions (copies count once, as their root)."""
    background_reports: dict[str, str | None] = field(default_factory=dict)
    copies: set[str] = field(default_factory=set)
    keys: set[tuple[str, str, int]] = field(default_factory=set)
    weeks: set[tuple[str, int]] = field(default_factory=set)

    def mode_day(self) -> date | None:
        if not self.days:
            return None
        top = max(self.days.values())
        return min(d for d, n in self.days.items() if n == top)

    def main_place(self) -> Place | None:
        if not self.places:
            return None
        rank = {"city": 0, "admin1": 1, "country": 2, "region": 3}

        def key(point: tuple[float, float]) -> tuple[int, int, tuple[float, float]]:
            precision = self.place_of[point].precision or "region"
            return (rank.get(precision, 4), -self.places[point], point)

        return self.place_of[min(self.places, key=key)]


def _quality(event: Event) -> float:
    """How complete a mention is, to choose the canonical one."""
    q = event.confidence
    if event.date is not None and event.date.text is not None:
        q += 2.0 if event.date.precision == "day" else 1.0
    if event.location is not None and event.location.lat is not None:
        q += {"city": 2.0, "admin1": 1.0}.get(event.location.precision or "", 0.5)
    q += sum(0.5 for a in (event.source, event.target) if a is not None and a.country)
    return q


def _haversine_km(a: Place, b: Place) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _week(day: date) -> int:
    return day.toordinal() // 7


# ---------------------------------------------------------------------------- clusterer

class Clusterer:
    """Incremental event clustering: ``add(article, events)`` as articles arrive.

    The result depends only on the order of ``add`` calls; ``cluster_events`` feeds a batch in a
    canonical order (publication date, then article id).
    """

    def __init__(self, options: ClusterOptions | None = None,
                 similarity: Similarity | None = None,
                 deduper: ArticleDeduper | None = None) -> None:
        self.options = options or ClusterOptions()
        self.similarity: Similarity = similarity or make_similarity(self.options.similarity)
        self.deduper = deduper or ArticleDeduper(self.options.dedup_threshold)
        self._states: dict[str, _State] = {}
        self._order: list[str] = []
        self._cluster_of: dict[str, str] = {}
        self._blocks: dict[tuple[str, str, int], list[str]] = {}
        self._weeks: dict[tuple[str, int], list[str]] = {}
        self._articles: dict[str, tuple[str | None, date | None]] = {}
        self._by_article: dict[str, list[str]] = {}

    # ------------------------------------------------------------------ public API

    def add(self, article: Article, events: Sequence[Event]) -> list[ClusterUpdate]:
        """Cluster one article's events; returns what happened to each (new ids only)."""
        if article.id in self._articles:
            return []
        root = self.deduper.add(article)
        outlet = article.original_outlet or article.outlet
        self._articles[article.id] = (outlet, article.published)
        fresh = [e for e in events if e.event_id not in self._cluster_of]
        fresh = list({e.event_id: e for e in fresh}.values())
        feats = self.similarity.features([e.sentence for e in fresh])
        mentions = [self._mention(article, root, e, f) for e, f in zip(fresh, feats, strict=True)]
        # direct reports first, so the article's own clusters exist before its background refs
        mentions.sort(key=lambda m: m.background)
        return [self._place(m) for m in mentions]

    def clusters(self) -> list[Cluster]:
        """Every cluster, in order of creation."""
        return [self._snapshot(self._states[cid]) for cid in self._order]

    def cluster(self, cluster_id: str) -> Cluster:
        try:
            return self._snapshot(self._states[cluster_id])
        except KeyError:
            raise KeyError(f"no cluster {cluster_id!r}") from None

    def cluster_of(self, event_id: str) -> str:
        """The cluster an event mention belongs to."""
        try:
            return self._cluster_of[event_id]
        except KeyError:
            raise KeyError(f"event {event_id!r} was never added") from None

    def __len__(self) -> int:
        return len(self._order)

    # ------------------------------------------------------------------ mentions

    def _mention(self, article: Article, root: str | None, event: Event, text: Any) -> _Mention:
        published = article.published
        background = is_background(event, published)
        start, end, kind = self._interval(event, published, background)
        countries = {a.country for a in (event.source, event.target) if a is not None and a.country}
        if event.location is not None and event.location.country:
            countries.add(event.location.country)
        root_outlet = self._articles[root][0] if root else article.original_outlet or article.outlet
        return _Mention(event=event, article_id=article.id, root=root or article.id,
                        root_outlet=root_outlet, published=published,
                        family=type_family(event.plover.type), background=background,
                        start=start, end=end, kind=kind, countries=frozenset(countries),
                        text=text, quality=_quality(event))

    def _interval(self, event: Event, published: date | None, background: bool
                  ) -> tuple[date | None, date | None, Literal["day", "interval", "vague", "none"]]:
        span = event.date
        usable = bool(span is not None and span.text is not None and span.start and span.end)
        if background and usable and published is not None and span and span.end:
            usable = span.end <= published  # "two days after" read as a future date
        if usable and span is not None and span.start and span.end:
            if span.precision in _PRECISE:
                return span.start, span.end, "day"
            if (span.end - span.start).days <= 45:
                return span.start, span.end, "interval"
        if published is None:
            return None, None, "none"
        back = self.options.background_days if background else 6
        return published - timedelta(days=back), published, "vague"

    # ------------------------------------------------------------------ placing

    def _place(self, m: _Mention) -> ClusterUpdate:
        threshold = (self.options.background_threshold if m.background
                     else self.options.join_threshold)
        best: tuple[float, str] | None = None
        for cid in self._candidates(m):
            score = self._score(m, self._states[cid], threshold)
            if score is not None and (best is None or score > best[0]):
                best = (score, cid)
        if best is not None and best[0] >= threshold:
            state = self._states[best[1]]
            action: Action = "background" if m.background else (
                "copy" if m.root != m.article_id else "joined")
            self._join(state, m)
        else:
            state = self._create(m)
            action = "created"
        return ClusterUpdate(cluster_id=state.cluster_id, event_id=m.event.event_id,
                             article_id=m.article_id, action=action,
                             num_articles=_num_articles(state), num_sources=_num_sources(state))

    def _keys(self, m: _Mention) -> list[tuple[str, str, int]]:
        if m.start is None or m.end is None:
            return []
        tol = timedelta(days=self.options.day_tolerance)
        weeks = range(_week(m.start - tol), _week(m.end + tol) + 1)
        countries = sorted(m.countries) or ["*"]
        return [(m.family, c, w) for c in countries for w in weeks]

    def _candidates(self, m: _Mention) -> list[str]:
        keys = self._keys(m)
        cap = self.options.max_candidates
        seen: dict[str, None] = {}
        if not m.countries:  # no country to block on: every country's clusters that week
            for week in sorted({w for *_, w in keys}):
                for cid in self._weeks.get((m.family, week), [])[-cap:]:
                    seen.setdefault(cid, None)
            keys = []
        for key in sorted(set(keys)):
            for cid in self._blocks.get(key, [])[-cap:]:
                seen.setdefault(cid, None)
        if m.countries:  # clusters with no country at all still compete
            for key in sorted({(m.family, "*", w) for *_, w in keys}):
                for cid in self._blocks.get(key, [])[-cap:]:
                    seen.setdefault(cid, None)
        for cid in self._same_article_clusters(m):
            seen.setdefault(cid, None)
        return list(seen)

    def _same_article_clusters(self, m: _Mention) -> list[str]:
        """Clusters of this article and of the article it copies (outside any block)."""
        found = self._by_article.get(m.article_id, []) + self._by_article.get(m.root, [])
        return [cid for cid in found if self._states[cid].family == m.family]

    def _create(self, m: _Mention) -> _State:
        cid = "c" + sha1(m.event.event_id.encode()).hexdigest()[:15]
        state = _State(cluster_id=cid, family=m.family, canonical=m)
        self._states[cid] = state
        self._order.append(cid)
        self._join(state, m)
        return state

    def _join(self, state: _State, m: _Mention) -> None:
        self._cluster_of[m.event.event_id] = state.cluster_id
        if m.background:
            state.background.append(m)
        else:
            state.members.append(m)
            state.reporting.add(m.article_id)
            if m.quality > state.canonical.quality or state.canonical.background:
                state.canonical = m
            self._profile(state, m)
        if m.article_id not in state.articles:
            state.articles.add(m.article_id)
            self._by_article.setdefault(m.article_id, []).append(state.cluster_id)
        reports = state.background_reports if m.background else state.reports
        reports.setdefault(m.root, m.root_outlet)
        if m.root != m.article_id:
            state.copies.add(m.article_id)
        if m.background and state.keys:
            return  # a look back does not widen the cluster's blocks
        for key in self._keys(m):
            if key not in state.keys:
                state.keys.add(key)
                self._blocks.setdefault(key, []).append(state.cluster_id)
                week = (key[0], key[2])
                if week not in state.weeks:
                    state.weeks.add(week)
                    self._weeks.setdefault(week, []).append(state.cluster_id)

    def _profile(self, state: _State, m: _Mention) -> None:
        ev = m.event
        if m.kind == "day" and m.start is not None:
            state.days[m.start] += 1
        elif m.kind == "interval" and m.start is not None and m.end is not None:
            state.intervals.append((m.start, m.end))
        elif m.kind == "vague" and m.start is not None and m.end is not None:
            lo, hi = state.vague or (m.start, m.end)
            state.vague = (min(lo, m.start), max(hi, m.end))
        place = ev.location
        if place is not None and place.lat is not None and place.lon is not None:
            point = (round(place.lat, 2), round(place.lon, 2))
            state.places[point] += 1
            state.place_of.setdefault(point, place)
        if place is not None and place.country:
            state.countries.add(place.country)
        for actor, codes, countries in ((ev.source, state.sources, state.source_countries),
                                        (ev.target, state.targets, state.target_countries)):
            if actor is not None and actor.code:
                codes[actor.code] += 1
            if actor is not None and actor.country:
                countries.add(actor.country)

    # ------------------------------------------------------------------ scoring

    def _score(self, m: _Mention, state: _State, floor: float = -math.inf) -> float | None:
        """How well a mention fits a cluster; None when they cannot be one event. Below
        ``floor`` the text is not compared (the score is then a lower bound)."""
        if state.family != m.family:
            return None
        if m.background and (m.article_id in state.reporting or m.root in state.reporting
                             or state.articles <= {m.article_id, m.root}):
            return None  # a look back refers to another event than its own article reports
        date_score = self._date_score(m, state)
        if date_score is None:
            return None
        score = date_score + self._place_score(m, state) + self._actor_score(m, state)
        if not m.background and (m.article_id in state.articles or m.root in state.articles):
            score += self.options.same_article_bonus
        if score + self.options.text_weight < floor:
            return score  # even identical wording could not make it join
        return score + self.options.text_weight * self._text_score(m, state)

    def _date_score(self, m: _Mention, state: _State) -> float | None:
        tol = self.options.day_tolerance
        if m.start is None or m.end is None:
            return 0.0
        if m.background and (m.kind not in ("day", "interval") or m.published is None
                             or m.end > m.published):
            # a look back with no usable date: any cluster reported before it
            first = min((x.published for x in state.members if x.published), default=None)
            return 0.0 if first is None or m.published is None or first <= m.published else None
        mode = state.mode_day()
        if m.kind == "day" and mode is not None:
            gap = abs((m.start - mode).days)
            return self.options.day_weight * (1.0 - gap / (tol + 1)) if gap <= tol else None
        if mode is not None:
            lo, hi, kind = mode, mode, "day"
        elif state.intervals:
            lo, hi, kind = state.intervals[0][0], state.intervals[0][1], "interval"
        elif state.vague is not None:
            lo, hi, kind = state.vague[0], state.vague[1], "vague"
        else:
            return 0.0
        overlap = (m.start - timedelta(days=tol) <= hi) and (lo <= m.end + timedelta(days=tol))
        if kind != "vague" and m.kind != "vague":
            return 0.5 if overlap else None
        return 0.0 if overlap else -1.5

    def _place_score(self, m: _Mention, state: _State) -> float:
        place = m.event.location
        main = state.main_place()
        if place is not None and place.lat is not None and main is not None:
            precision = [p.precision or "region" for p in (place, main)]
            tolerance = max(_PLACE_TOLERANCE_KM.get(p, 3000.0) for p in precision)
            distance = _haversine_km(place, main)
            if distance <= tolerance:
                return 1.5 if precision == ["city", "city"] else 0.5
            return -2.0 if precision == ["city", "city"] else -1.0
        if place is not None and place.country and state.countries:
            return 0.3 if place.country in state.countries else -1.5
        return 0.0

    def _actor_score(self, m: _Mention, state: _State) -> float:
        """Same actor in the same role counts most; the other role counts less (reciprocal
        events are coded both ways: "Biden met Xi", "Xi met Biden"); a third country counts
        against."""
        score = 0.0
        codes = state.sources | state.targets
        countries = state.source_countries | state.target_countries
        sides = ((m.event.source, state.sources, state.source_countries, 1.0),
                 (m.event.target, state.targets, state.target_countries, 0.5))
        for actor, same_codes, same_countries, weight in sides:
            if actor is None or not actor.country:
                continue
            if actor.code and actor.code in same_codes:
                score += 0.75 * weight
            elif actor.country in same_countries:
                score += 0.4 * weight
            elif actor.code and actor.code in codes:
                score += 0.3 * weight
            elif actor.country in countries:
                score += 0.15 * weight
            elif countries:
                score -= 0.75 * weight
        return score

    def _text_score(self, m: _Mention, state: _State) -> float:
        compared = [state.canonical, *state.members[-self.options.max_compared_members:]]
        return max(self.similarity.score(m.text, other.text) for other in compared)

    # ------------------------------------------------------------------ snapshots

    def _snapshot(self, state: _State) -> Cluster:
        published = [d for a in state.articles if (d := self._articles[a][1]) is not None]
        members = [*state.members, *state.background]
        return Cluster(
            cluster_id=state.cluster_id,
            family=state.family,
            canonical=state.canonical.event,
            event_ids=tuple(m.event.event_id for m in state.members),
            background_event_ids=tuple(m.event.event_id for m in state.background),
            article_ids=tuple(dict.fromkeys(m.article_id for m in members)),
            num_articles=_num_articles(state),
            num_sources=_num_sources(state),
            num_copies=len(state.copies),
            first_seen=min(published, default=None),
            last_seen=max(published, default=None),
        )


def _reports(state: _State) -> dict[str, str | None]:
    """Reports that count: direct ones, or the background ones when there is nothing else."""
    return state.reports or state.background_reports


def _num_articles(state: _State) -> int:
    return len(_reports(state))


def _num_sources(state: _State) -> int:
    return len({outlet or f"?{root}" for root, outlet in _reports(state).items()})


def cluster_events(pairs: Iterable[tuple[Article, Sequence[Event]]],
                   options: ClusterOptions | None = None,
                   similarity: Similarity | None = None) -> list[Cluster]:
    """Batch clustering: the same as ``Clusterer.add`` over the articles in publication order."""
    clusterer = Clusterer(options, similarity)
    ordered = sorted(pairs, key=lambda p: (p[0].published or date.min, p[0].id))
    for article, events in ordered:
        clusterer.add(article, events)
    return clusterer.clusters()


# ---------------------------------------------------------------------------- DuckDB

_CLUSTER_DDL = """
CREATE TABLE IF NOT EXISTS clusters (
    cluster_id VARCHAR PRIMARY KEY, family VARCHAR, canonical_event_id VARCHAR,
    plover_type VARCHAR, num_articles INTEGER, num_sources INTEGER, num_copies INTEGER,
    num_mentions INTEGER, num_background INTEGER, first_seen DATE, last_seen DATE,
    event_date DATE, place_name VARCHAR, place_country VARCHAR, record VARCHAR);
CREATE TABLE IF NOT EXISTS cluster_members (
    cluster_id VARCHAR, event_id VARCHAR PRIMARY KEY, background BOOLEAN);
"""


def write_clusters(con: duckdb.DuckDBPyConnection, clusters: Iterable[Cluster]) -> int:
    """Write clusters to a DuckDB connection (replacing rows of the same clusters or events).

    Creates ``clusters`` and ``cluster_members`` if needed, and adds ``cluster_id``,
    ``num_articles`` and ``num_sources`` columns to an ``events`` table when there is one,
    filled for the member events. Returns the number of clusters written.
    """
    con.execute(_CLUSTER_DDL)
    rows: list[tuple[Any, ...]] = []
    members: list[tuple[str, str, bool]] = []
    for c in clusters:
        ev = c.canonical
        place = ev.location
        rows.append((c.cluster_id, c.family, ev.event_id, ev.plover.type, c.num_articles,
                     c.num_sources, c.num_copies, len(c.event_ids), len(c.background_event_ids),
                     c.first_seen, c.last_seen, ev.date.start if ev.date else None,
                     place.name if place else None, place.country if place else None,
                     c.model_dump_json()))
        members.extend((c.cluster_id, e, False) for e in c.event_ids)
        members.extend((c.cluster_id, e, True) for e in c.background_event_ids)
    if not rows:
        return 0
    con.execute("BEGIN TRANSACTION")
    try:
        _replace(con, "clusters", rows)
        _replace(con, "cluster_members", members)
        _annotate_events(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(rows)


def _replace(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[tuple[Any, ...]]
             ) -> None:
    """Column-wise upsert on the table's primary key."""
    if not rows:
        return
    columns = list(zip(*rows, strict=True))
    selects = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
    con.execute(f"INSERT OR REPLACE INTO {table} SELECT {selects}", [list(c) for c in columns])


def _annotate_events(con: duckdb.DuckDBPyConnection) -> None:
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
    ).fetchall()}
    if "events" not in tables:
        return
    for column, kind in (("cluster_id", "VARCHAR"), ("num_articles", "INTEGER"),
                         ("num_sources", "INTEGER")):
        con.execute(f"ALTER TABLE events ADD COLUMN IF NOT EXISTS {column} {kind}")
    con.execute("""
        UPDATE events SET cluster_id = m.cluster_id, num_articles = c.num_articles,
               num_sources = c.num_sources
        FROM cluster_members m JOIN clusters c ON c.cluster_id = m.cluster_id
        WHERE events.event_id = m.event_id""")


def cluster_store(store: Store, options: ClusterOptions | None = None) -> int:
    """(Re)build the clusters of everything in a store, deterministically.

    Articles are replayed in publication order (then id), so an interrupted and resumed ingest
    and an uninterrupted one end with the same clusters. Returns the number of clusters.
    """
    con = store.connection
    con.execute(_CLUSTER_DDL)
    con.execute("DELETE FROM cluster_members")
    con.execute("DELETE FROM clusters")
    con.execute("UPDATE events SET cluster_id = NULL, num_articles = NULL, num_sources = NULL")
    clusters = cluster_events(store.articles_with_events(), options)
    return write_clusters(con, clusters)
