"""Toponym recognition, disambiguation and the event's own location.

``GeoResolver.resolve_doc`` finds place mentions (spaCy GPE/LOC/FAC entities, place names the
model mislabelled as PERSON/ORG/NORP, and gazetteer matches on proper nouns it missed), then picks
one gazetteer entry per distinct name using population, feature type, "X, Y" qualifiers, the
countries and admin areas around the name, the article's main country and distance to the
article's other places. ``event_location`` walks the dependency tree from an event trigger.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from eventwire.geo.gazetteer import (
    MATCH_ALIAS,
    MATCH_ARTICLE,
    MATCH_EXACT,
    MATCH_SKELETON,
    GazEntry,
    Gazetteer,
    Match,
    default_gazetteer,
)
from eventwire.geo.normalize import name_key
from eventwire.model import Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP"})
MISLABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE", "LAW"})
LOC_PREPS = frozenset({
    "in", "near", "from", "at", "outside", "inside", "across", "into", "around", "throughout",
    "within", "through", "towards", "toward", "off", "along", "nearby", "beside", "by",
})
CUE_PREPS = frozenset({"in", "near", "at", "outside", "inside", "into", "around", "across",
                       "towards", "toward", "of", "from"})
SETTLEMENT_NOUNS = frozenset({
    "city", "town", "village", "province", "region", "area", "outskirts", "suburb", "suburbs",
    "district", "capital", "governorate", "state", "county", "port", "hamlet", "neighbourhood",
    "neighborhood", "countryside", "enclave", "border", "municipality", "oblast", "camp",
})
ADMIN_SUFFIXES = ("province", "governorate", "oblast", "state", "region", "district", "county")
ADMIN_OFFICES = frozenset({"governor", "premier", "governorship"})
PHYSICAL_NOUNS = frozenset({
    "river", "sea", "lake", "mountains", "mountain", "mount", "valley", "strait", "gulf", "bay",
    "island", "islands", "desert", "plain", "plains", "heights", "hills", "peninsula", "canal",
    "ocean", "coast",
})
AGENT_VERBS = frozenset({
    "say", "tell", "state", "announce", "add", "claim", "deny", "condemn", "warn", "urge",
    "accuse", "meet", "call", "ask", "demand", "threaten", "promise", "vow", "insist", "argue",
    "believe", "think", "want", "decide", "agree", "refuse", "reject", "write", "post", "tweet",
    "sign", "order", "praise", "criticize", "criticise", "blame", "welcome", "respond", "reply",
})
DIRECTIONS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west",
})
STOP_NAMES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "president", "minister", "prime", "general", "said", "god",
    "reuters", "ap", "afp", "mr", "mrs", "ms", "dr", "the", "a", "an", "un", "eu", "nato",
    # regional constructs name no place (PLOVER: "the West" gets no country)
    "west", "east", "north", "south", "the west", "the east", "the north", "the south",
})
US_STATE_ABBR = {
    "AL": "AL", "AK": "AK", "AZ": "AZ", "AR": "AR", "CA": "CA", "CO": "CO", "CT": "CT",
    "DE": "DE", "FL": "FL", "GA": "GA", "HI": "HI", "ID": "ID", "IL": "IL", "IN": "IN",
    "IA": "IA", "KS": "KS", "KY": "KY", "LA": "LA", "ME": "ME", "MD": "MD", "MA": "MA",
    "MI": "MI", "MN": "MN", "MS": "MS", "MO": "MO", "MT": "MT", "NE": "NE", "NV": "NV",
    "NH": "NH", "NJ": "NJ", "NM": "NM", "NY": "NY", "NC": "NC", "ND": "ND", "OH": "OH",
    "OK": "OK", "OR": "OR", "PA": "PA", "RI": "RI", "SC": "SC", "SD": "SD", "TN": "TN",
    "TX": "TX", "UT": "UT", "VT": "VT", "VA": "VA", "WA": "WA", "WV": "WV", "WI": "WI",
    "WY": "WY", "DC": "DC", "ALA.": "AL", "ARIZ.": "AZ", "ARK.": "AR", "CALIF.": "CA",
    "COLO.": "CO", "CONN.": "CT", "DEL.": "DE", "FLA.": "FL", "GA.": "GA", "ILL.": "IL",
    "IND.": "IN", "KAN.": "KS", "KY.": "KY", "LA.": "LA", "MD.": "MD", "MASS.": "MA",
    "MICH.": "MI", "MINN.": "MN", "MISS.": "MS", "MO.": "MO", "MONT.": "MT", "NEB.": "NE",
    "NEV.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC",
    "N.D.": "ND", "OKLA.": "OK", "ORE.": "OR", "PA.": "PA", "R.I.": "RI", "S.C.": "SC",
    "S.D.": "SD", "TENN.": "TN", "TEX.": "TX", "VA.": "VA", "VT.": "VT", "WASH.": "WA",
    "W.VA.": "WV", "WIS.": "WI", "WYO.": "WY", "D.C.": "DC",
}
_RELATION = re.compile(
    r"(?P<rel>(?:(?:\d[\d.,]*|a few|several|some|about|around|nearly)\s*(?:-\s*)?"
    r"(?:km|kms|kilometres?|kilometers?|miles?|mi)\s+)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
    r"(?:of|from|outside|off)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?)$",
    re.IGNORECASE,
)
_HAS_DISTANCE_OR_DIRECTION = re.compile(
    r"\d|km|kilomet|mile|north|south|east|west", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place mention in a document and the place it resolved to."""

    start_char: int
    end_char: int
    text: str
    place: Place
    relation: str | None = None
    sentence: int = 0
    start_token: int = 0
    end_token: int = 0
    qualifier_of: int | None = field(default=None, compare=False)
    dep: str = ""  # dependency label of the mention's root ("nsubj" ones act as actors)

    @property
    def actor_like(self) -> bool:
        """A country named as the subject of a clause ("Russia launched ...")."""
        return self.dep in ("nsubj", "nsubjpass", "poss") and self.place.precision == "country"


@dataclass(slots=True)
class _Mention:
    start: int  # token indices, end exclusive
    end: int
    text: str
    source: str  # "ner", "mislabel", "scan"
    cue: bool  # a locative preposition or "city of" precedes it
    admin_hint: bool = False
    qualifier: int | None = None  # index of the mention that qualifies this one ("X, Y")
    qualifies: int | None = None
    state_code: str | None = None  # "CA" in "Long Beach, CA"
    physical: bool = False  # "the Dnipro river": only physical features fit
    weak: bool = False  # a mislabelled entity kept only if the article's places support it
    demonym_like: bool = False  # "Yazidi families": only a country or big place would fit
    facility: bool = False  # "the White House": a building, never a town of that name
    state_abbrev: str | None = None  # the "La." of "Lafayette, La.": a US state code
    own_suffix: bool = False  # "Maricopa County": only an administrative area fits
    common: bool = False  # no proper noun in it ("Gunmen" tagged GPE): only exact names fit
    patron: bool = False  # the "US" of "US-led talks in Geneva": an actor, no place context
    matches: list[Match] = field(default_factory=list)
    chosen: GazEntry | None = None
    confidence: float = 0.0


@dataclass(frozen=True, slots=True)
class ResolverOptions:
    """Weights of the disambiguation score (tuned on the dev half of the gold set)."""

    country_bonus: float = 3.0
    admin1_penalty: float = 1.5
    admin_hint_bonus: float = 3.5
    region_bonus: float = 1.0
    article_penalty: float = 0.4
    alias_bonus: float = 4.0
    primary_bonus: float = 1.0
    own_name_bonus: float = 0.8
    skeleton_penalty: float = 2.5
    context_country: float = 1.5
    main_country: float = 1.0
    context_admin1: float = 2.0
    context_admin1_of_places: float = 2.5
    near_bonus: float = 1.2
    near_km: float = 300.0
    mislabel_min_pop: int = 20000
    city_modifier_min_pop: int = 200000
    scan_min_pop: int = 50000
    max_candidates: int = 60
    foreign_min_pop: int = 20000
    foreign_km: float = 100.0
    skeleton_min_pop: int = 500000


class GeoResolver:
    """Finds and resolves the toponyms of a spaCy Doc against a gazetteer."""

    def __init__(self, gazetteer: Gazetteer | None = None,
                 options: ResolverOptions | None = None) -> None:
        self._gazetteer = gazetteer
        self.options = options or ResolverOptions()

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()
        return self._gazetteer

    # ------------------------------------------------------------ public API

    def resolve_doc(self, doc: Doc, exclude: Iterable[tuple[int, int]] = (),
                    hints: Mapping[str, float] | None = None) -> list[Toponym]:
        """Toponyms of ``doc`` in text order; unresolvable names keep their text, id None.

        ``hints``: country weights (ISO alpha-2) the text gives other than by place names, such
        as the countries of the people and groups it names ("Gustavo Petro declared ..."): they
        count as context like a weakly placed name."""
        blocked = sorted(exclude)
        hinted = dict(hints or {})
        mentions = [m for m in self._find_mentions(doc, blocked)
                    if not _names_an_accord(doc[m.start:m.end])]
        for m in mentions:
            m.matches = self._candidates(m.text)
        self._link_qualifiers(doc, mentions)
        self._disambiguate(mentions, hinted)
        mentions = [m for m in mentions if not (m.demonym_like and m.chosen is None)]
        if any(m.weak for m in mentions):
            mentions = self._drop_unsupported(mentions, hinted)
            self._link_qualifiers(doc, mentions)
            self._disambiguate(mentions, hinted)
        return [self._toponym(doc, i, m) for i, m in enumerate(mentions)]

    def _drop_unsupported(self, mentions: list[_Mention],
                          hints: dict[str, float]) -> list[_Mention]:
        ctx = _Context.from_mentions(mentions, hints)
        kept = []
        for m in mentions:
            if m.weak:
                own = ctx.without(name_key(m.text))
                e = m.chosen
                if e is None or not (e.country_iso2 in own.countries
                                     or own.near(e, self.options.near_km)):
                    continue
            m.qualifier = m.qualifies = None
            kept.append(m)
        return kept

    def resolve_name(self, name: str, context: Sequence[str] = ()) -> Place:
        """Resolve one name with optional context names (no spaCy needed)."""
        mentions = [_Mention(0, 1, name, "ner", cue=True)]
        mentions += [_Mention(i + 1, i + 2, c, "ner", cue=True) for i, c in enumerate(context)]
        for m in mentions:
            m.matches = self._candidates(m.text)
        self._disambiguate(mentions)
        return _place(name, mentions[0].chosen)

    def event_location(self, doc: Doc, trigger_token_i: int,
                       toponyms: Sequence[Toponym]) -> Place | None:
        """The event's place: clause attachment, else the sentence's, else the article focus."""
        if not toponyms:
            return None
        trigger = doc[trigger_token_i]
        by_token = _token_map(toponyms)
        attached = _attached(trigger, by_token) or _attached(trigger, by_token, resolved_only=False,
                                                             origins=False)
        if attached is not None:
            # "shelled Yeonpyeong island", "near the village of Banjska": a place the clause
            # names, even one the gazetteer lacks, before any other place in the sentence (but
            # not an unknown origin: "shelled Omdurman from positions across the Nile"); a
            # place the gazetteer lacks inside it is narrower ("Beirut's Tayouneh district")
            return _with_relation(_narrowed(attached, toponyms, doc))
        sent_i = _sentence_index(doc, trigger_token_i)
        in_sentence = [t for t in toponyms if t.sentence == sent_i and t.qualifier_of is None
                       and not t.actor_like]
        best = _most_specific(in_sentence, trigger_token_i)
        if best is not None:
            return _with_relation(_narrowed(best, toponyms, doc))
        focus = self._focus([t for t in toponyms if not t.actor_like] or list(toponyms))
        if focus is not None:
            return focus
        loose = _attached(trigger, by_token, resolved_only=False) or next(
            (t for t in sorted(in_sentence, key=lambda t: abs(t.start_token - trigger_token_i))
             if t.place.precision is None), None)  # a name the gazetteer lacks, kept as text
        return _with_relation(loose) if loose is not None else None

    # ------------------------------------------------------------ mentions

    def _find_mentions(self, doc: Doc, blocked: list[tuple[int, int]]) -> list[_Mention]:
        taken = [False] * len(doc)
        found: list[_Mention] = []
        verdict: str | None = None
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS or ent.label_ in ACTOR_LABELS:
                for t in ent:
                    taken[t.i] = True
            elif ent.label_ in MISLABELS:
                continue  # odd labels (PRODUCT, LANGUAGE ...): the proper-noun scan decides
            else:
                for t in ent:
                    taken[t.i] = True
                continue
            span = _trim(ent)
            if span is None or _overlaps(span, blocked) \
                    or not any(t.text[:1].isupper() for t in span):
                continue
            if ent.label_ in PLACE_LABELS:
                if all(t.pos_ == "ADJ" for t in span) or span.text.lower() in STOP_NAMES:
                    continue  # "the South returned fire": a side, not a place
                parts = _split_commas(span)
            elif verdict := self._rescue(_extend(span), ent.label_):
                parts = [_extend(span)]
            else:
                continue
            for part in parts:
                mention = self._mention(part, "ner" if ent.label_ in PLACE_LABELS
                                        else "mislabel")
                mention.demonym_like = _demonym_like(part)
                mention.facility = ent.label_ == "FAC" and ent[0].lower_ == "the"
                mention.weak = ent.label_ not in PLACE_LABELS and verdict == "weak"
                found.append(mention)
        found += self._scan(doc, taken, blocked)
        found.sort(key=lambda m: m.start)
        return found

    def _mention(self, span: Span, source: str) -> _Mention:
        nxt = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        text = span.text
        # "Ontario premier", "Kano governor": a region's own office names the region
        hint = nxt in ADMIN_SUFFIXES or nxt in ADMIN_OFFICES
        own = len(span) > 1 and span[-1].lower_ in ADMIN_SUFFIXES
        if own:
            text, hint = span[:-1].text, True
        return _Mention(span.start, span.end, text, source, cue=_has_cue(span), admin_hint=hint,
                        physical=nxt in PHYSICAL_NOUNS or span[-1].lower_ in PHYSICAL_NOUNS,
                        own_suffix=own, common=not any(t.pos_ == "PROPN" for t in span),
                        patron=span.root.dep_ == "npadvmod")

    def _rescue(self, span: Span, label: str = "PERSON") -> str | None:
        """Is a PERSON/ORG/NORP entity really a place (e.g. "Idleb", "Menbij")?

        "strong": keep it; "weak": keep it only if the article's other places support it
        (same country or nearby); None: not a place.
        """
        if not all(_proper(t) or t.lower_ in ("'s", "’s") or t.lower_ in _CONNECTORS
                   for t in span) or span.text.lower() in STOP_NAMES:
            return None
        root = span.root
        modifier = root if root.dep_ in ("compound", "nmod", "amod") else (
            root.head if root.dep_ == "conj" and root.head.dep_ in ("compound", "nmod", "amod")
            else None)
        if label == "PERSON" and modifier is not None and (
                modifier.head.lemma_.lower() in _PEOPLE_NOUNS):
            return None  # "clashes between Meitei and Kuki groups": a people, not a town
        strong = [m for m in self._candidates(span.text) if m.level != MATCH_SKELETON]
        if _is_acronym(span.text):
            return "strong" if any(m.entry.is_country for m in strong) else None
        if not strong:
            return None
        if any(m.entry.is_country or m.level == MATCH_ALIAS for m in strong) or _has_cue(span):
            return "strong"
        if label == "NORP" and span.root.dep_ in ("amod", "compound", "nmod", "conj"):
            # "Yazidi families", "Thai and Cambodian leaders": demonyms; but "an Abidjan
            # court", "the Tbilisi headquarters": a city's own name modifying a noun
            city = span.root.dep_ == "compound" and (
                span.root.head.lemma_.lower() in _SITES) and any(
                m.level == MATCH_EXACT and m.entry.feature_class == "P"
                and m.entry.population >= self.options.city_modifier_min_pop for m in strong)
            return "strong" if city else None
        if label == "ORG" and span.root.dep_ in ("nsubj", "poss"):
            return None  # an organisation acting is an actor
        if label != "NORP" and not _looks_locative(span):  # a NORP proper noun is no person
            return None
        big = any(m.entry.population >= self.options.mislabel_min_pop
                  and m.entry.feature_class == "P" for m in strong)
        if big:
            return "strong"
        return None if label == "NORP" else "weak"

    def _scan(self, doc: Doc, taken: list[bool],
              blocked: list[tuple[int, int]]) -> list[_Mention]:
        """Proper-noun runs outside entities that the gazetteer knows (e.g. "AlEis",
        "Rio Grande do Sul"); the longest matching run wins."""
        out: list[_Mention] = []
        i = 0
        while i < len(doc):
            if not _name_start(doc, i, taken):
                i += 1
                continue
            j = _run_end(doc, i, taken)
            # the tail of a longer name that is no place ("World Cup", "the Patriot Act", "the
            # Dalai Lama", "Javier Milei") is no place either, unless it names a state
            # ("the Cobre Panamá mine")
            tail = i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper()
            for k in range(j, i, -1):
                span = doc[i:k]
                if doc[k - 1].pos_ == "PROPN" and not _overlaps(span, blocked) \
                        and self._scan_accepts(span, tail):
                    out.append(self._mention(span, "scan"))
                    i = k
                    break
            else:
                i += 1
        return out

    def _scan_accepts(self, span: Span, tail: bool = False) -> bool:
        if span.text.lower() in STOP_NAMES or len(span.text) < 3:
            return False
        strong = [m for m in self._candidates(span.text)
                  if m.level in (MATCH_EXACT, MATCH_ALIAS, MATCH_ARTICLE)]
        if tail or _is_acronym(span.text):
            return any(m.entry.is_country for m in strong)
        if not strong:
            return False
        if _has_cue(span):
            return True
        return any(m.entry.is_country or m.entry.population >= self.options.scan_min_pop
                   for m in strong)

    def _link_qualifiers(self, doc: Doc, mentions: list[_Mention]) -> None:
        """Mark "X, Y" pairs where Y (a country, admin1 or state code) qualifies X."""
        for i, m in enumerate(mentions):
            comma = m.end
            if comma >= len(doc) or doc[comma].text != ",":
                continue
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if nxt is not None and nxt.start == comma + 1:
                m.qualifier, nxt.qualifies = i + 1, i
                code = _state_code(nxt.text) if nxt.end - nxt.start == 1 else None
                if code is not None and len(nxt.text) <= 6:
                    nxt.state_abbrev = code
                    nxt.matches = self._state_matches(code) or nxt.matches
                continue
            if comma + 1 < len(doc):
                m.state_code = _state_code(doc[comma + 1].text)

    def _state_matches(self, code: str) -> list[Match]:
        finder = getattr(self.gazetteer, "admin1", None)
        entry = finder("US", code) if callable(finder) else None
        return [Match(entry, MATCH_EXACT)] if isinstance(entry, GazEntry) else []

    def _candidates(self, text: str) -> list[Match]:
        clean = re.sub(r"^(the)\s+", "", text.strip(), flags=re.IGNORECASE)
        clean = re.sub(r"['’]s$", "", clean)
        finder = getattr(self.gazetteer, "matches", None)
        if callable(finder):
            found: list[Match] = finder(clean)
        else:
            found = [Match(e, MATCH_EXACT) for e in self.gazetteer.lookup(clean)]
        close = [m for m in found if m.level != MATCH_SKELETON]
        return (close or found)[: self.options.max_candidates]

    # ------------------------------------------------------------ disambiguation

    def _disambiguate(self, mentions: list[_Mention],
                      hints: dict[str, float] | None = None) -> None:
        for m in mentions:  # pass 1: no context
            m.chosen, m.confidence = self._choose(m, mentions, _Context())
        self._apply_qualifiers(mentions)
        for _ in range(2):
            ctx = _Context.from_mentions(mentions, hints)
            for m in mentions:
                m.chosen, m.confidence = self._choose(m, mentions, ctx)
            self._apply_qualifiers(mentions)
        self._make_consistent(mentions)

    def _choose(self, m: _Mention, mentions: list[_Mention],
                ctx: _Context) -> tuple[GazEntry | None, float]:
        cands = self._filtered(m, mentions)
        if not cands:
            return None, 0.0
        own = name_key(m.text)
        scored = sorted(((self._score(c, m, ctx.without(own)), c.entry) for c in cands),
                        key=lambda x: -x[0])
        best_score, best = scored[0]
        if best.is_admin1 and not m.admin_hint:
            best = _capital_namesake(best, cands) or best
        if self._implausible(best, m, ctx.without(own)):
            return None, 0.0
        level = next(c.level for c in cands if c.entry is best)
        others = ctx.without(own).countries
        if level == MATCH_SKELETON and best.country_iso2 not in others and (
                best.population < self.options.skeleton_min_pop or others):
            # a loose spelling match in a country the article never names: "Somaliland" is
            # not Samarinda in an article about Ethiopia and Somalia
            return None, 0.0
        margin = best_score - scored[1][0] if len(scored) > 1 else 5.0
        return best, margin

    def _implausible(self, e: GazEntry, m: _Mention, ctx: _Context) -> bool:
        """A small place in a country the article never mentions, far from its other places."""
        if e.is_country or e.is_admin1 or m.qualifier is not None or m.state_code is not None:
            return False
        if e.population >= self.options.foreign_min_pop or not ctx.countries:
            return False
        return e.country_iso2 not in ctx.countries and not ctx.near(e, self.options.foreign_km)

    def _filtered(self, m: _Mention, mentions: list[_Mention]) -> list[Match]:
        cands = m.matches
        if m.physical:
            cands = [c for c in cands if c.entry.feature_class in ("H", "T", "L", "V", "U")]
        if m.facility:
            cands = [c for c in cands if c.entry.feature_class not in ("P", "A")]
        if m.own_suffix:
            cands = [c for c in cands if c.entry.feature_class == "A" and not c.entry.is_country]
        if m.demonym_like:
            cands = [c for c in cands if c.level != MATCH_SKELETON and (
                c.entry.is_country or c.entry.is_admin1 or c.entry.population >= 100000)]
        if m.source == "scan" or m.common:
            cands = [c for c in cands if c.level != MATCH_SKELETON]
        if m.state_code is not None:
            narrowed = [c for c in cands if c.entry.country_iso2 == "US"
                        and c.entry.admin1_code == m.state_code]
            cands = narrowed or cands
        if m.qualifier is not None:
            q = mentions[m.qualifier].chosen
            if q is not None:
                narrowed = [c for c in cands if _inside(c.entry, q)]
                cands = narrowed or cands
        return cands

    def _score(self, c: Match, m: _Mention, ctx: _Context) -> float:
        o, e = self.options, c.entry
        s = math.log10(e.population + 10)
        if e.is_country:
            s += o.country_bonus
        elif e.is_admin1:
            s += o.admin_hint_bonus if m.admin_hint else -o.admin1_penalty
        elif e.feature_class == "L":
            s += o.region_bonus
        if m.qualifies is not None and (e.is_country or e.is_admin1):
            s += o.country_bonus
        if e.feature_class == "P" and name_key(e.name) == name_key(m.text):
            # "Leh" is a town's own name, only an alternate one of Le Havre; "Islamabad" is the
            # capital's own name, only an old one of Chattogram, and a capital is what a bare
            # name means ("Belgrade" is not the Montana town)
            s += o.own_name_bonus + (o.primary_bonus if e.feature_code == "PPLC" else 0.0)
        if c.level == MATCH_ALIAS:
            s += o.alias_bonus
        elif c.level == MATCH_ARTICLE:
            s -= o.article_penalty
        elif c.level == MATCH_SKELETON:
            s -= o.skeleton_penalty
        if e.country_iso2 and ctx.countries.get(e.country_iso2, 0.0) > 0:
            s += o.context_country
            if e.country_iso2 == ctx.main:
                s += o.main_country
        region = (e.country_iso2, e.admin1_code)
        if e.admin1_code and not e.is_admin1 and region in ctx.admin1:
            s += o.context_admin1
        elif e.is_admin1 and region in ctx.place_admin1:
            s += o.context_admin1_of_places
        if not e.is_country and ctx.near(e, o.near_km):
            s += o.near_bonus
        return s

    def _apply_qualifiers(self, mentions: list[_Mention]) -> None:
        for m in mentions:
            if m.qualifies is not None and m.chosen is not None:
                prefer = [c.entry for c in m.matches if c.entry.is_country or c.entry.is_admin1]
                if prefer and not (m.chosen.is_country or m.chosen.is_admin1):
                    m.chosen = prefer[0]

    def _make_consistent(self, mentions: list[_Mention]) -> None:
        """One name, one place per article: the most confident reading wins."""
        best: dict[str, _Mention] = {}
        for m in mentions:
            if m.chosen is None or m.qualifies is not None:
                continue
            key = name_key(m.text)
            qualified = m.qualifier is not None or m.state_code is not None
            cur = best.get(key)
            if cur is None:
                best[key] = m
                continue
            cur_qualified = cur.qualifier is not None or cur.state_code is not None
            if not cur_qualified and (qualified or m.confidence > cur.confidence):
                best[key] = m
        for m in mentions:
            ref = best.get(name_key(m.text))
            if ref is not None and m.qualifies is None and m.chosen is not None:
                m.chosen = ref.chosen

    # ------------------------------------------------------------ output

    def _toponym(self, doc: Doc, i: int, m: _Mention) -> Toponym:
        span = doc[m.start:m.end]
        place = _place(span.text, m.chosen)
        rel = _relation(doc.text[max(0, span.start_char - 60):span.start_char])
        if rel is not None:
            place = place.model_copy(update={"relation": rel})
        return Toponym(
            start_char=span.start_char, end_char=span.end_char, text=span.text, place=place,
            relation=rel, sentence=_sentence_index(doc, m.start), start_token=m.start,
            end_token=m.end, qualifier_of=m.qualifies, dep=span.root.dep_,
        )

    def _focus(self, toponyms: Sequence[Toponym]) -> Place | None:
        """The article's main place: its top country, or the one place inside it that
        dominates (the only one, or the most frequent by a clear lead)."""
        resolved = [t for t in toponyms if t.place.geonameid is not None and t.place.country]
        if not resolved:
            return None
        countries = Counter(t.place.country for t in resolved if t.place.country)
        top: str = countries.most_common(1)[0][0]
        inside = Counter(t.place.geonameid for t in resolved
                         if t.place.country == top and t.place.precision in ("city", "admin1"))
        ranked = inside.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            gid = ranked[0][0]
            place = next(t.place for t in resolved if t.place.geonameid == gid)
            return place.model_copy(update={"relation": None})
        as_country = [t for t in resolved if t.place.country == top
                      and t.place.precision == "country"]
        if as_country:
            return as_country[0].place.model_copy(update={"relation": None})
        entry = self._country_entry(top)
        if entry is None:
            return resolved[0].place.model_copy(update={"relation": None})
        return _place(entry.name, entry)

    def _country_entry(self, iso3: str) -> GazEntry | None:
        finder = getattr(self.gazetteer, "country", None)
        if not callable(finder):
            return None
        from eventwire.geo.gazetteer import _country_table

        for iso2, rec in _country_table().items():
            if rec["iso3"] == iso3:
                found: GazEntry | None = finder(iso2)
                return found
        return None


# ---------------------------------------------------------------- context


@dataclass(slots=True)
class _Context:
    countries: dict[str, float] = field(default_factory=dict)
    admin1: set[tuple[str | None, str]] = field(default_factory=set)
    points: list[tuple[float, float]] = field(default_factory=list)
    main: str | None = None
    place_admin1: set[tuple[str | None, str | None]] = field(default_factory=set)
    by_name: dict[str, tuple[dict[str, float], set, list]] = field(default_factory=dict)

    @staticmethod
    def from_mentions(mentions: list[_Mention],
                      hints: dict[str, float] | None = None) -> _Context:
        ctx = _Context()
        per: dict[str, tuple[defaultdict[str, float], set, list]] = defaultdict(
            lambda: (defaultdict(float), set(), [])
        )
        if hints:
            per["\x00hints"][0].update(hints)  # no place name, so never "without" itself
        for m in mentions:
            e = m.chosen
            if e is None or e.country_iso2 is None or m.patron:
                continue
            countries, admin1, points = per[name_key(m.text)]
            weight = 1.0 if (e.is_country or m.confidence >= 1.0 or m.qualifier is not None
                             or m.state_code is not None) else 0.5
            countries[e.country_iso2] += weight
            if e.is_admin1 and e.admin1_code:
                admin1.add((e.country_iso2, e.admin1_code))
            elif e.admin1_code and not e.is_country:
                admin1.add(("place", e.country_iso2, e.admin1_code))
            if weight >= 1.0 and not e.is_country:
                points.append((e.lat, e.lon))
        ctx.by_name = {k: (dict(v[0]), v[1], v[2]) for k, v in per.items()}
        return ctx

    def without(self, key: str) -> _Context:
        """The context built from every name except ``key`` (a name cannot support itself)."""
        if not self.by_name:
            return self
        total: defaultdict[str, float] = defaultdict(float)
        admin1: set = set()
        points: list = []
        for k, (c, a, p) in self.by_name.items():
            if k == key:
                continue
            for cc, w in c.items():
                total[cc] += w
            admin1 |= a
            points += p
        main = max(total, key=lambda cc: total[cc]) if total else None
        place_admin1 = {(a[1], a[2]) for a in admin1 if a[0] == "place"}
        areas = {a for a in admin1 if a[0] != "place"}
        return _Context(dict(total), areas, points, main, place_admin1=place_admin1)

    def near(self, e: GazEntry, km: float) -> bool:
        return any(haversine_km(e.lat, e.lon, lat, lon) <= km for lat, lon in self.points)


# ---------------------------------------------------------------- helpers


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def precision_of(entry: GazEntry) -> str:
    if entry.is_country:
        return "country"
    if entry.feature_class == "A":
        return "admin1"
    if entry.feature_class == "L" and entry.feature_code in ("CONT", "RGN"):
        return "region"
    return "city"


def _place(text: str, entry: GazEntry | None) -> Place:
    if entry is None:
        return Place(text=text)
    has_coords = not (entry.lat == 0.0 and entry.lon == 0.0)
    return Place(
        text=text, name=entry.name, geonameid=entry.geonameid,
        lat=round(entry.lat, 5) if has_coords else None,
        lon=round(entry.lon, 5) if has_coords else None,
        country=entry.country_iso3, admin1=entry.admin1,
        precision=precision_of(entry),  # type: ignore[arg-type]
    )


def _capital_namesake(area: GazEntry, cands: list[Match]) -> GazEntry | None:
    """The sizeable city of the same name inside an admin area ("Sylhet" the city, not the
    division), which is what news usually means by a bare name."""
    cities = [c.entry for c in cands if c.entry.feature_class == "P"
              and c.entry.country_iso2 == area.country_iso2
              and c.entry.admin1_code == area.admin1_code and c.entry.population >= 50000
              and _namesakes(c.entry.name, area.name)]
    return max(cities, key=lambda e: e.population) if cities else None


def _namesakes(a: str, b: str) -> bool:
    """Same name up to a short ending ("Hamah"/"Hama", "Sylhet"/"Sylhet")."""
    ka, kb = sorted((name_key(a), name_key(b)), key=len)
    return bool(ka) and kb.startswith(ka) and len(kb) - len(ka) <= 2


def _inside(e: GazEntry, q: GazEntry) -> bool:
    if q.is_country:
        return e.country_iso2 == q.country_iso2 and not e.is_country
    if q.is_admin1:
        return e.country_iso2 == q.country_iso2 and e.admin1_code == q.admin1_code \
            and not e.is_admin1
    return False


_CONNECTORS = frozenset({"do", "de", "da", "dos", "das", "del", "di", "al", "el", "la", "le",
                         "es", "ez", "ash", "an", "ar", "as", "ad", "of", "upon", "on", "-",
                         "los", "las"})


_DEMONYM_ENDINGS = ("i", "is", "ian", "ians", "ese", "ish", "an", "ans")


_PEOPLE_NOUNS = frozenset({"group", "fighter", "militant", "rebel", "tribe", "tribesman",
                           "people", "community", "militia", "clan", "villager", "protester",
                           "leader", "family", "settler", "herder", "farmer", "gunman"})
"""Heads that make a name modifying them a people or a faction, not a place."""


_ACCORD_NOUNS = frozenset({"accord", "accords", "agreement", "agreements", "treaty", "protocol",
                           "convention", "format", "framework", "declaration", "charter"})


def _names_an_accord(span: Span) -> bool:
    """ "the Dayton accords", "the Minsk agreements", "the Paris climate agreement": a place in
    a treaty's name, which is no place of the story (talks named for a city still are)."""
    root = span.root
    if root.dep_ != "compound":
        return False
    head = root.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.lower_ in _ACCORD_NOUNS


def _demonym_like(span: Span) -> bool:
    """One word ending like a demonym, modifying a noun ("Yazidi families")."""
    return len(span) == 1 and span[0].lower_.endswith(_DEMONYM_ENDINGS) \
        and span.root.dep_ in ("compound", "amod") and span.root.head.pos_ == "NOUN"


def _proper(tok: Token) -> bool:
    """Tagged PROPN, or capitalised mid-sentence (the tagger sometimes says NOUN), or a
    capitalised noun opening a sentence that the recogniser took for a name ("N'Djamena
    today: ...")."""
    return tok.pos_ == "PROPN" or (tok.text[:1].isupper() and tok.pos_ in ("NOUN", "X") and (
        not tok.is_sent_start or bool(tok.ent_type_)))


def _extend(span: Span) -> Span:
    """Grow an entity over adjacent proper nouns outside any entity ("Santo" + "Domingo")."""
    doc = span.doc
    start, end = span.start, span.end
    while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ \
            and doc[start - 1].text[:1].isupper():
        start -= 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
        end += 1
    return doc[start:end]


def _name_start(doc: Doc, i: int, taken: list[bool]) -> bool:
    tok = doc[i]
    return not taken[i] and tok.pos_ == "PROPN" and tok.text[:1].isupper()


def _run_end(doc: Doc, i: int, taken: list[bool], max_len: int = 6) -> int:
    """End of a run of proper nouns, allowing lower-case connectors ("do", "al-") inside."""
    j = i + 1
    while j < len(doc) and j - i < max_len and not taken[j]:
        tok = doc[j]
        if tok.pos_ == "PROPN":
            j += 1
        elif tok.lower_ in _CONNECTORS and j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" \
                and not taken[j + 1]:
            j += 2
        else:
            break
    return j


def _state_code(text: str) -> str | None:
    """US state postal code or AP abbreviation ("CA", "Calif.", "N.Y."), case-sensitive."""
    if not text[:1].isupper() or (len(text) == 2 and not text.isupper()):
        return None
    return US_STATE_ABBR.get(text.upper())


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) <= 5 and all(c.isupper() for c in letters)


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].text in ("'s", "’s")):
        end -= 1
    return doc[start:end] if end > start else None


def _split_commas(span: Span) -> list[Span]:
    """ "Goma, North Kivu" and "Yerevan's Erebuni district" name two places each."""
    parts, start = [], span.start
    for t in span:
        if t.text in (",", "'s", "’s"):
            if t.i > start:
                parts.append(span.doc[start:t.i])
            start = t.i + 1
    if span.end > start:
        parts.append(span.doc[start:span.end])
    return parts


def _overlaps(span: Span, blocked: list[tuple[int, int]]) -> bool:
    return any(s < span.end_char and span.start_char < e for s, e in blocked)


def _has_cue(span: Span) -> bool:
    """A locative preposition, or "city/town/province of", right before the span."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in ("the",):
        i -= 1
    after = [t.lower_ for t in doc[span.end:span.end + 3]]
    if len(after) >= 3 and after[0] == "," and after[1] in DIRECTIONS and after[2] == "of":
        return True
    if i < 0:
        return False
    prev = doc[i].lower_
    if prev in CUE_PREPS - {"of", "from"}:
        return True
    if prev in ("of", "from") and i >= 1:
        return doc[i - 1].lower_ in SETTLEMENT_NOUNS or doc[i - 1].lower_ in DIRECTIONS \
            or doc[i - 1].lower_ in ("km", "kilometres", "kilometers", "miles")
    return False


def _looks_locative(span: Span) -> bool:
    head = span.root
    if head.dep_ in ("nsubj", "poss"):  # "Kramatorsk came under fire", not "Jackson said"
        verb = head.head
        while verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head
        return verb.lemma_ not in AGENT_VERBS
    if head.dep_ == "amod" and head.head.lemma_.lower() in _SITES:
        return True  # "at his Lusaka home" (the model may call the name an adjective)
    return head.dep_ in ("pobj", "dobj", "conj", "appos", "compound", "nsubjpass", "attr",
                         "npadvmod")


_SITES = frozenset({"home", "house", "residence", "office", "headquarters", "compound", "hotel",
                    "airport", "prison", "jail", "court", "tribunal", "embassy", "consulate",
                    "hospital", "school", "university", "mosque", "church", "market", "stadium",
                    "station", "square"})
"""Seats and buildings a city's name may modify ("at his Lusaka home", "an Abidjan court")."""


def _relation(before: str) -> str | None:
    m = _RELATION.search(before)
    if not m:
        return None
    rel = m.group("rel").strip()
    if not _HAS_DISTANCE_OR_DIRECTION.search(rel):
        return None
    rel = re.sub(r"\s+(the\s+)?((city|town|village)\s+of\s*)?$", "", rel, flags=re.IGNORECASE)
    return rel.strip() or None


def _sentence_index(doc: Doc, token_i: int) -> int:
    if not doc.has_annotation("SENT_START"):
        return 0
    starts = doc.user_data.get("eventwire_sent_starts")
    if starts is None:  # computed once per document: iterating doc.sents is not cheap
        starts = [sent.start for sent in doc.sents]
        doc.user_data["eventwire_sent_starts"] = starts
    return max(bisect.bisect_right(starts, token_i) - 1, 0)


def _token_map(toponyms: Sequence[Toponym]) -> dict[int, Toponym]:
    out: dict[int, Toponym] = {}
    for t in toponyms:
        for i in range(t.start_token, t.end_token):
            out[i] = t
    return out


_PRECISION_RANK = {"city": 0, "admin1": 1, "region": 3, "country": 2, None: 4}


def _in_subtree(tok: Token, by_token: dict[int, Toponym]) -> Toponym | None:
    """The most specific toponym in ``tok``'s subtree (stopping at clauses)."""
    found: list[Toponym] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        if t.i in by_token:
            found.append(by_token[t.i])
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "ccomp", "advcl"))
    found = [f for f in found if f.qualifier_of is None] or found
    if not found:
        return None
    inner = _inside_named(found, tok.doc)
    if inner is not None:
        return inner
    return min(found, key=lambda f: (_PRECISION_RANK[f.place.precision],
                                     f.place.geonameid is None, abs(f.start_token - tok.i)))


def _narrowed(place: Toponym, toponyms: Sequence[Toponym], doc: Doc) -> Toponym:
    """A place the gazetteer lacks, named inside ``place`` in its sentence, if there is one."""
    unknown = [t for t in toponyms if t.place.geonameid is None and t.sentence == place.sentence]
    return _inside_named([place, *unknown], doc) or place


def _inside_named(found: Sequence[Toponym], doc: Doc) -> Toponym | None:
    """ "in Beirut's Tayouneh district", "in Tudun Biri, in Kaduna state": a place named inside
    a city or region the same phrase names is the narrower one. When the gazetteer lacks it,
    it keeps its own text and takes the container's coordinates and country."""
    for part in found:
        if part.place.precision not in (None, "city"):
            continue
        root = doc[part.start_token:part.end_token].root
        for whole in found:
            if whole is part or whole.place.geonameid is None or whole.place.precision not in (
                    "city", "admin1"):
                continue
            owner = doc[whole.start_token:whole.end_token].root
            possessed = owner.dep_ == "poss" and (
                owner.head.left_edge.i <= part.start_token <= owner.head.right_edge.i)
            within = owner.head.dep_ == "prep" and owner.head.lower_ == "in" and (
                owner.head.head.i == root.i)
            after = part.end_token
            if not within and after + 1 < len(doc) and doc[after].text == ",":
                # "Tudun Biri, in Kaduna state" / "Tudun Biri, Kaduna state", however parsed
                within = whole.start_token == after + 1 or (
                    doc[after + 1].lower_ == "in" and whole.start_token == after + 2)
            if not (possessed or within):
                continue
            if part.place.geonameid is not None:
                return part
            return replace(part, place=whole.place.model_copy(update={"text": part.text}))
    return None


def _clause_heads(trigger: Token) -> list[Token]:
    heads = [trigger]
    nominal = trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ in ("VERB", "AUX")
    chained = trigger.dep_ in ("xcomp", "conj", "acomp") and trigger.head is not trigger
    if nominal or chained:
        heads.append(trigger.head)
    return heads


def _attached(trigger: Token, by_token: dict[int, Toponym],
              resolved_only: bool = True, origins: bool = True) -> Toponym | None:
    if resolved_only:
        by_token = {i: t for i, t in by_token.items() if t.place.geonameid is not None}
    hits = []
    for head in _clause_heads(trigger):
        for child in head.children:
            if not origins and child.lower_ == "from":
                continue
            hits.append(_via_child(child, by_token))
            hits += _aimed_at(child, by_token)
            if child.dep_ in ("dobj", "nsubjpass", "nsubj") and child.pos_ == "NOUN":
                hits += [_via_child(g, by_token) for g in child.children
                         if origins or g.lower_ != "from"]
                hits += [h for g in child.children for h in _aimed_at(g, by_token)]
    found = [h for h in hits if h is not None]
    if found:
        return min(found, key=lambda t: _PRECISION_RANK[t.place.precision])
    for head in _clause_heads(trigger):
        for child in head.children:
            if child.dep_ in ("dobj", "nsubjpass", "attr") or (
                child.dep_ == "prep" and child.lower_ in ("on", "against", "over")
            ):
                hit = _in_subtree(child, by_token)
                if hit is not None and hit.place.precision in ("city", "admin1"):
                    return hit
    return None


_AIMED = frozenset({"against", "on", "at"})
_SURFACES = frozenset({"square", "street", "road", "avenue", "boulevard", "bridge", "highway",
                       "island", "border", "frontier", "coast", "shore", "outskirts"})
"""Places one is "on": "rallied on Bolotnaya Square", "clashed on the border"."""


def _aimed_at(prep: Token, by_token: dict[int, Toponym]) -> list[Toponym | None]:
    """ "launched air strikes against Kurdish militants in northern Syria": the place of
    whom or what the act is aimed at."""
    if prep.dep_ != "prep" or prep.lower_ not in _AIMED:
        return []
    return [_via_child(g, by_token) for o in prep.children if o.dep_ == "pobj"
            for g in o.children]


def _via_child(child: Token, by_token: dict[int, Toponym]) -> Toponym | None:
    if child.dep_ == "prep" and child.lower_ in LOC_PREPS:
        return _in_subtree(child, by_token)
    if child.dep_ == "prep" and child.lower_ == "on" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _SURFACES for o in child.children):
        return _in_subtree(child, by_token)  # "rallied on Bolotnaya Square", "on the bridge"
    if child.dep_ in ("advmod", "npadvmod") and child.lower_ in DIRECTIONS | {"close", "near"}:
        for sub in child.children:
            if sub.dep_ == "prep":
                return _in_subtree(sub, by_token)
    if child.dep_ in ("npadvmod", "advmod") and child.lower_ in ("km", "kilometres", "miles"):
        return _in_subtree(child, by_token)
    return None


def _most_specific(toponyms: Sequence[Toponym], trigger_i: int) -> Toponym | None:
    resolved = [t for t in toponyms if t.place.geonameid is not None]
    if not resolved:
        return None
    return min(resolved, key=lambda t: (_PRECISION_RANK[t.place.precision],
                                        abs(t.start_token - trigger_i)))


def _with_relation(t: Toponym) -> Place:
    return t.place.model_copy(update={"relation": t.relation})
