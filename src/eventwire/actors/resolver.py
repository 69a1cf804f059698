"""Actor resolution: a mention (the head token of a noun phrase) -> canonical ``Actor``.

Order of evidence: pronoun coreference; named entities and knowledge-base names (people by their
role on the article's date, organisations, countries, capitals and seats of power used as
metonyms); descriptions ("a top American general", "Turkish troops", "fighters from HTS") whose
head noun gives the sector and whose modifiers give the country; appositions; definite
descriptions ("the general", "the group") that corefer with an earlier mention. Unknown stays
unknown, with the text kept: nothing is guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..coding.lexicon import load_lexicon
from ..datafiles import package_file, read_tsv
from ..model import Actor, ActorKind
from ..nlp import load_nlp
from .kb import NONSTATE_CODES, KnowledgeBase, Person, Role, load_kb

_PERSON_PRON = frozenset({"he", "him", "his", "she", "her", "hers"})
_GROUP_PRON = frozenset({"they", "them", "their", "it", "its"})
_ASKED = frozenset({"ask", "urge", "accuse", "blame", "tell", "warn", "call", "press", "request",
                    "demand", "thank", "criticise", "criticize", "condemn", "praise"})
_SAYING = frozenset({"say", "tell", "announce", "state", "warn", "vow", "claim", "insist",
                     "declare", "confirm", "pledge", "promise", "threaten", "stress", "add"})
_NAMED = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
_MOD_DEPS = ("amod", "compound", "poss", "nmod", "npadvmod", "det", "nummod", "quantmod",
             "advmod")
_ANONYMOUS = frozenset({"source", "official", "witness", "resident", "activist", "observer",
                        "diplomat", "person", "people", "insider", "aide"})


def _read_ethnic() -> tuple[dict[str, str], dict[str, str]]:
    rows = [row for _, row in read_tsv(package_file("actors", "ethnic.tsv"))]
    return ({r["word"].lower(): r["code"] for r in rows},
            {r["code"]: r["home"] for r in rows if r["home"]})


ETHNIC, ETHNIC_HOME = _read_ethnic()
"""Qualifier word -> code ("kurdish" -> KUR), and code -> the one state its people live in,
where there is one ("ROH" -> MMR); from data/actors/ethnic.tsv."""
BREAKAWAY = frozenset(row["name"].lower() for _, row in read_tsv(
    package_file("actors", "breakaway.tsv")))
"""Breakaway polities named as places: parties of sector PRE (data/actors/breakaway.tsv)."""
SOVEREIGN = {row["territory"]: row["sovereign"] for _, row in read_tsv(
    package_file("actors", "dependencies.tsv"))}
"""A dependent territory's sovereign state, whose code its actors take ("New Caledonia" FRA,
"Greenlandic officials" DNK GOV; data/actors/dependencies.tsv). Places keep their own code."""
_PROPERTY = frozenset({"base", "building", "site", "facility", "ship", "tanker", "vessel",
                       "aircraft", "plane", "hospital", "school", "village", "town", "camp",
                       "office", "embassy", "consulate", "headquarters", "plant", "bridge",
                       "home", "house", "market", "bus", "convoy", "port", "airport",
                       "hotel", "shop", "store", "factory", "station", "highway", "road",
                       "church", "mosque", "temple", "palace", "mall", "restaurant", "hall",
                       "residence", "compound", "complex", "warehouse", "refinery", "pipeline",
                       "dam", "railway", "prison", "jail", "barracks", "checkpoint", "clinic",
                       "university", "capital", "city", "parliament", "entrance", "stadium",
                       "studio", "gymnasium", "gym", "cathedral", "synagogue", "monastery",
                       "courthouse", "outpost", "hideout", "depot", "farm", "mine", "terminal",
                       "harbour", "harbor", "field", "cable", "tower", "museum", "theatre",
                       "theater", "cinema", "bakery"})
_TWO_PEOPLE = frozenset({"man", "woman", "leader", "president", "premier"})
"""Nouns of "the two men", "both leaders": two people the story has just named."""
_COALITIONS = frozenset({"coalition", "alliance", "force", "forces", "mission", "operation",
                         "troops", "bloc"})
_CROWD = frozenset({"hundred", "hundreds", "dozen", "dozens", "thousand", "thousands", "ten",
                    "tens", "million", "millions", "score", "scores"})
_BLOCS = frozenset({"IGO", "EUR"})
KIN = frozenset({"family", "wife", "husband", "son", "daughter", "child", "brother", "sister",
                 "relative", "mother", "father", "parent", "nephew", "niece", "cousin",
                 "grandson", "bodyguard", "escort", "driver", "member"})
"""The owner's own people ("Bashar al-Assad and his family", "shot by his bodyguard", "its
members"): of the owner's country."""
_GROUP_NOUNS = frozenset({"group", "organisation", "organization", "movement", "militia",
                          "faction", "alliance", "bloc"})
_AID_BODIES = frozenset({"agency", "group", "organisation", "organization", "worker",
                         "charity", "ngo"})
_AID_WORDS = frozenset({"aid", "relief", "humanitarian"})
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}
"""Counted plurals that refer back to a list ("both governments", "the three capitals")."""
_UNITS = frozenset({"company", "companies", "detachment", "squad", "platoon"})
"""Partitives that are also nouns of their own ("accused the company of arrogance")."""
_PARTITIVE = frozenset({"hundred", "hundreds", "dozen", "dozens", "thousand", "thousands", "ten",
                        "tens", "million", "millions", "score", "scores", "group", "number",
                        "some", "many", "most", "all", "part", "son", "daughter", "member",
                        "members", "one", "two", "three", "several", "faction", "unit",
                        "delegation", "convoy", "team", "contingent", "batch", "wave", "crew"}
                       ) | _UNITS
_LINK_VERBS = frozenset({"back", "lead", "support", "sponsor", "arm", "fund", "train", "ally"})
_FOLLOWERS = frozenset({"supporter", "follower", "loyalist", "partisan"})
"""A person's followers ("Sadr ordered his followers"): of the person's country and sector."""
_AFFILIATION = frozenset({"link", "affiliate", "align", "inspire", "tie", "loyal"})
_PLATFORMS = frozenset({"twitter", "facebook", "telegram", "instagram", "youtube", "whatsapp",
                        "tiktok", "x", "weibo", "vkontakte"})
"""Platforms a statement is posted on: "on Twitter" names the medium, not an actor."""
_CURBS = frozenset({"ban", "block", "blocking", "restriction", "suspension", "curb", "limit",
                    "crackdown", "fine", "sanction", "embargo"})


@dataclass
class _Mention:
    index: int
    sent: int
    actor: Actor
    head_lemma: str
    plural: bool


@dataclass
class ArticleActors:
    """Resolves mentions of one article, keeping what earlier mentions resolved to."""

    kb: KnowledgeBase
    doc: Doc
    published: date | None
    matcher: PhraseMatcher | None = None
    mentions: list[_Mention] = field(default_factory=list)
    _kb_spans: dict[int, Span] = field(default_factory=dict)
    places: list[tuple[int, int, str, str | None]] = field(default_factory=list)
    _place_countries: frozenset[str] = frozenset()
    """The countries of ``places``: which of two namesakes in office the story is about."""
    _context: dict[tuple[int, ...], str | None] = field(default_factory=dict)
    _cache: dict[int, Actor] = field(default_factory=dict)
    _pending: set[int] = field(default_factory=set)
    _home: str | None = None
    _untagged: list[tuple[Token, tuple[Person, Role | None]]] | None = None
    _sent_of: dict[int, int] = field(default_factory=dict)
    _antecedent: dict[int, int] = field(default_factory=dict)
    """Plural pronoun index -> the index of the mention it was resolved to."""

    def __post_init__(self) -> None:
        for number, sent in enumerate(self.doc.sents):
            for tok in sent:
                self._sent_of[tok.i] = number
        if self.matcher is not None:
            # knowledge-base names the NER model splits or misses ("Hayat Tahrir al-Sham")
            spans = [self.doc[s:e] for _, s, e in self.matcher(self.doc)]
            # a name that goes on is another name: "The National" in "the National
            # Transitional Council" is not the newspaper
            spans = [s for s in spans if s.end == len(self.doc) or not (
                self.doc[s.end].pos_ == "PROPN" and self.doc[s.end].ent_iob_ == "I")]
            for span in sorted(spans, key=len):
                for i in range(span.start, span.end):
                    self._kb_spans[i] = span

    # ------------------------------------------------------------------ public

    def named_mentions(self) -> list[tuple[Span, Actor]]:
        """Named entities and knowledge-base names with what they resolve to (no coreference)."""
        found = []
        for ent in self.doc.ents:
            if ent.label_ in ("PERSON", "ORG", "NORP"):
                found.append((self.mention_span(ent.root), self.resolve(ent.root)))
        seen = {span.start for span, _ in found}
        for span in {s.start: s for s in self._kb_spans.values()}.values():
            # "Human Rights Watch" when the model tags no entity: still a name, not a place
            if span.start not in seen and span.root.pos_ == "PROPN":
                found.append((span, self.resolve(span.root)))
        return found

    def prescan(self) -> None:
        """Resolve every named entity and actor-like noun phrase in document order."""
        heads: list[Token] = [ent.root for ent in self.doc.ents if ent.label_ in _NAMED]
        heads += [chunk.root for chunk in self.doc.noun_chunks]
        for tok in sorted(set(heads), key=lambda t: t.i):
            actor = self.resolve(tok)
            if actor.country or actor.sector or actor.name:
                self._remember(tok, actor)

    def set_places(self, places: list[tuple[int, int, str, str | None]]) -> None:
        """Resolved toponyms (start, end, country, name) of the document, for place-actors
        ("captured El Fasher") and sentence context; earlier resolutions are recomputed."""
        self.places = sorted(places)
        self._place_countries = frozenset(c for _s, _e, c, _n in self.places if c)
        self._cache.clear()
        self._context.clear()
        self._home = None
        self.mentions.clear()
        self.prescan()

    def resolve(self, tok: Token) -> Actor:
        """The actor a mention's head token refers to."""
        if tok.i in self._cache:
            return self._cache[tok.i]
        if tok.i in self._pending:  # a speaker and their clause's subject look at each other
            return Actor(text=tok.text)
        self._pending.add(tok.i)
        try:
            actor = self._resolve(tok)
            if actor.country is None and actor.sector in _STATE_SIDE and tok.pos_ in (
                    "NOUN", "PROPN"):
                actor = self._coordinated_state(tok, actor)
            if actor.country is None and tok.pos_ != "PRON":
                actor = self._in_place(tok, actor)
        finally:
            self._pending.discard(tok.i)
        if actor.country in SOVEREIGN:
            actor = with_country(actor, actor.country)
        self._cache[tok.i] = actor
        return actor

    def _coordinated_state(self, tok: Token, actor: Actor) -> Actor:
        """ "Spain has sent troops to Ceuta, and the foreign ministry has summoned Morocco's
        ambassador": an unnamed arm of state in a clause joined to one a state opens is that
        state's."""
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or any(
                c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and c.ent_type_)
                for c in tok.children):
            return actor  # ("the Moroccan foreign ministry", "its army": named otherwise)
        first = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if first is None or first.i == tok.i:
            return actor
        owner = self.resolve(first)
        if owner.country is None or owner.country in NONSTATE_CODES or (
                owner.kind != "state" and owner.sector not in _STATE_SIDE):
            return actor
        return with_country(actor, owner.country)

    def _in_place(self, tok: Token, actor: Actor) -> Actor:
        """A mention that is a place, contains one, or lives in a sentence about one country."""
        span = self.mention_span(tok)
        for start, end, country, name in self.places:
            if span.start_char <= start < span.end_char:
                place_tok = self.doc.char_span(start, end, alignment_mode="expand")
                if place_tok is not None and place_tok.root.dep_ == "npadvmod":
                    continue  # "the US-backed border force": a patron, not a home
                if start <= tok.idx < end:  # "captured El Fasher": the place itself
                    capital = self.kb.country_by_capital(self.doc.text[start:end])
                    sector = "GOV" if capital is not None and capital.iso3 == country else None
                    if self.doc.text[start:end].lower() in BREAKAWAY:
                        sector = "PRE"  # "recognised Abkhazia": the breakaway polity
                    return actor.model_copy(update={"name": name, "country": country,
                                                    "sector": sector, "kind": "state",
                                                    "code": country + (sector or "")})
                return with_country(actor, country)  # "Istanbul mayor", "Kyiv's defenders"
        seat = self._capital_in_name(span, tok)
        if seat is not None:  # "The Abu Dhabi Federal Court of Appeal", "the Islamabad High
            return with_country(actor, seat)  # Court": a body named after its capital
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and tok.pos_ == "NOUN" and actor.sector is None and (
                tok.lemma_.lower() in _PLACE_NOUNS | _PLACE_PARTS):
            # "the runways of Beirut's airport", "the town of Palma": the place it is part of
            inner = [country for start, _end, country, _name in self.places
                     if of.left_edge.idx <= start < of.right_edge.idx + len(of.right_edge)
                     and country not in NONSTATE_CODES]
            if len(set(inner)) == 1:
                return with_country(actor, inner[0], why="part-of-place")
        inside = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in (
            "in", "inside")), None)
        if inside is not None and tok.pos_ == "NOUN" and actor.sector is None and (
                tok.lemma_.lower() in (_PROPERTY | _PLACE_NOUNS | _PLACE_PARTS) - _MISSIONS):
            # "struck nine sites in Pakistan and Pakistani-administered Kashmir", "a hospital in
            # Gaza": a thing in a place is that place's (an embassy is its sender's)
            inner = [country for start, _end, country, _name in self.places
                     if inside.left_edge.idx <= start < inside.right_edge.idx + len(
                         inside.right_edge) and country not in NONSTATE_CODES]
            if inner:
                return with_country(actor, inner[0], why="place-of-site")
        earlier = self._place_named_before(tok)
        if earlier is not None:  # "seized Nagorno-Karabakh ... the enclave": that place's
            return with_country(actor, earlier, why="place-anaphor")
        homes = {ETHNIC_HOME[q] for q in actor.qualifiers if q in ETHNIC_HOME}
        if len(homes) == 1:  # "the Rohingya", "Uyghur activists": the group's one home state
            return with_country(actor, homes.pop(), why="ethnic-home")
        voice = self._voice_of(tok, actor)
        if voice is not None:
            return with_country(actor, voice, why="speaks-for")
        unknown_name = actor.kind == "person" and actor.name is not None and actor.sector is None
        if unplaceable(tok):
            return actor
        if actor.sector in ("OPP", "PTY", "LEG") and actor.name is None:
            # "Maduro's government and the opposition signed a roadmap in Barbados": the
            # opposition listed with a government is that government's country's
            partner = next((a for p in tok.conjuncts if (a := self.resolve(p)).country and (
                a.sector in ("GOV", "OPP", "PTY", "LEG")) and not any(
                    q.startswith("country-from:") for q in a.qualifiers)), None)
            if partner is not None and partner.country:
                return with_country(actor, partner.country, why="listed-with")
        rival = self._rivals_home(tok, actor)
        if rival is not None:
            return with_country(actor, rival, why="rival-home")
        if actor.sector in _CONTEXT_SECTORS or tok.lemma_.lower() in _PROPERTY or unknown_name:
            # a named person the KB lacks ("Iran hanged Mohsen Shekari") lives where the
            # sentence is; a patron ("the UN-backed government") never counts towards the context
            context = self.context_country(tok)
            if context is not None:
                return with_country(actor, context, why="context")
        if actor.sector in _HOME_SECTORS and actor.name is None and (
                tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and actor.kind != "person")):
            # ("The Supreme Court", "Parliament": a generic institution written as a name)
            # "Police firing tear gas into Taksim Square again": the police, protesters and
            # students of a story set in one country are that country's
            home = self.home_country()
            if home is not None:
                return with_country(actor, home, why="article-home")
        return actor

    def _capital_in_name(self, span: Span, tok: Token) -> str | None:
        """The country of a capital that opens the name of a body the model tagged as one
        organisation (so no place was read in it)."""
        if tok.ent_type_ not in ("ORG", "FAC", ""):
            return None
        words = [t for t in span if t.i < tok.i and t.pos_ == "PROPN" and t.dep_ in (
            "compound", "nmod", "amod")]
        for end in range(len(words), 0, -1):
            if words[end - 1].i - words[0].i != end - 1:
                continue  # (consecutive words only)
            found = self.kb.country_by_capital(" ".join(t.text for t in words[:end]))
            if found is not None:
                return found.iso3
        return None

    def _rivals_home(self, tok: Token, actor: Actor) -> str | None:
        """ "The government and the ELN signed a ceasefire in Havana": a state body with no
        country of its own, named together with a domestic armed or opposition group, is of
        that group's state (not of the venue)."""
        if actor.sector not in _STATE_SIDE or tok.pos_ != "NOUN":
            return None
        pair = [c for c in tok.children if c.dep_ == "conj"]
        if tok.dep_ == "conj":
            pair += [tok.head, *(c for c in tok.head.children if c.dep_ == "conj" and c != tok)]
        homes = {other.country for other in map(self.resolve, pair)
                 if other.sector in _ARMED_GROUPS | {"OPP"} and other.country
                 and other.country not in NONSTATE_CODES}
        return homes.pop() if len(homes) == 1 else None

    def home_country(self) -> str | None:
        """The one country the whole article's places are in (two thirds of them), if any; an
        article that names no place is at home where the people it names hold office ("The
        Senate overrode Milei's veto", "Thaksin is going back to jail. The Supreme Court
        ruled ...")."""
        if self._home is None:
            weights: Counter[str] = Counter(
                c for s, e, c, _n in self.places if c and c not in NONSTATE_CODES
                and not self._acting_place(s, e))
            if not self.places:
                for ent in self.doc.ents:
                    found = self.kb.person(ent.text, on=self.published) if (
                        ent.label_ == "PERSON") else None
                    role = found[1] if found is not None else None
                    if role is not None and role.country not in NONSTATE_CODES:
                        weights[role.country] += 1
                    # "Garda Commissioner Drew Harris says 34 people have been arrested": a
                    # state's own police, army or ministry the story names sets it at home
                    org = self.kb.organization(_bare(ent.text)) if ent.label_ in (
                        "ORG", "PERSON") and role is None and not _generic(ent.text) else None
                    if org is not None and org.country and org.country not in NONSTATE_CODES and (
                            org.sector in _STATE_SIDE):
                        weights[org.country] += 1
                for _tok, (_person, role) in self.untagged_people():  # ("Sirleaf")
                    if role is not None and role.country not in NONSTATE_CODES:
                        weights[role.country] += 1
            self._home = _dominant(weights) or ""
        return self._home or None

    def untagged_people(self) -> list[tuple[Token, tuple[Person, Role | None]]]:
        """The known people whose one-word name or alias the model left without an entity tag
        ("Sirleaf", "solidarity with Lula"), found once per document (not a surname alone:
        "Residents of Kobani")."""
        if self._untagged is None:
            self._untagged = [(tok, found) for tok in self.doc if tok.pos_ == "PROPN"
                              and not tok.ent_type_ and (found := self.kb.person(
                                  tok.text, self.published)) is not None
                              and tok.text in (found[0].name, *found[0].aliases)]
        return self._untagged

    def _acting_place(self, start: int, end: int) -> bool:
        """ "Erdogan asks Washington to extradite the Pennsylvania-based cleric": a capital
        that acts, speaks or is asked, and a place someone is based in, say nothing of where
        the story happens."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if root.dep_ == "npadvmod" or (root.dep_ == "compound" and root.head.lower_ == "-"):
            return True
        return self.kb.country_by_capital(span.text) is not None and (
            root.dep_ == "nsubj" or (root.dep_ in ("dobj", "dative") and (
                root.head.lemma_.lower() in _ASKED)))

    def _place_named_before(self, tok: Token) -> str | None:
        """The country of the last place named before "the city", "the enclave", "the
        breakaway region" (the definite noun and at most adjectives), within three sentences."""
        if tok.lemma_.lower() not in _PLACE_NOUNS or tok.tag_ != "NN":
            return None
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids) or any(
                c.dep_ not in ("det", "amod") or c.ent_type_ for c in kids if c.i < tok.i):
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "LOC") for g in c.children)
               for c in kids):
            return None  # "the region of Tigray": the place named in it counts (but "accusing
            # the kingdom of hostile acts" hangs the accusation's "of" on the noun)
        floor = window_start(tok, 2)  # this sentence and the two before it
        before = [(start, country) for start, end, country, _name in self.places
                  if floor <= start < tok.idx and country not in NONSTATE_CODES
                  and not (tok.lemma_.lower() in _STATE_NOUNS and self._modifier(start, end))]
        return max(before)[1] if before else None

    def _modifier(self, start: int, end: int) -> bool:
        """ "US air strikes": a name modifying a noun (a nationality), which "the country"
        does not refer back to."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("compound", "amod", "nmod")

    def context_country(self, tok: Token) -> str | None:
        """The one country the mention's clause is about, else its sentence's: places count
        twice ("in Lagos"), named actors and demonyms once; a "where" clause counts its
        antecedent place. Within a clause, the doer does not place what it acts on ("an Israeli
        strike hit the hospital"). None unless one country has at least two thirds of the weight;
        the main clause's doer, when the sentence has no such country, is placed by the main
        clause's own words."""
        clause = _clause_of(tok)
        if clause is not None:
            doers = [c for c in _doers(clause) or _accused_doer(clause) if not _spans(c, tok)]
            key: tuple[int, ...] = (-1, clause.i, *(c.i for c in doers))
            if key not in self._context:
                self._context[key] = None  # guards against re-entry while it is computed
                doer = {t.i for c in doers for t in c.subtree}
                weights = self._weights(_clause_tokens(clause) - doer, tok)
                where = _where_antecedent(clause)
                if where is not None:
                    country = self._country_of(where)
                    if country is not None and country not in NONSTATE_CODES:
                        weights[country] += 2
                self._context[key] = _dominant(weights)
            if self._context[key] is not None:
                return self._context[key]
        key = (self._sent_of.get(tok.i, 0),)
        if key not in self._context:
            self._context[key] = None  # guards against re-entry while it is computed
            sent = set(range(tok.sent.start, tok.sent.end))
            self._context[key] = _dominant(self._weights(sent, tok))
        if self._context[key] is None and clause is None and tok.sent.root.pos_ in (
                "VERB", "AUX") and tok.sent.root.i != tok.i:
            # "Protesters stormed parliament in Yerevan ..., after Pashinyan agreed to a deal
            # that hands Karabakh to Azerbaijan": with no one country in the sentence, the
            # main clause's own places and names (not its nested clauses') decide
            root = tok.sent.root
            main = (-2, root.i, tok.i)
            if main not in self._context:
                self._context[main] = None
                self._context[main] = _dominant(self._weights(
                    _clause_tokens(root) - {t.i for t in tok.subtree}, tok))
            return self._context[main]
        return self._context[key]

    def _weights(self, tokens: set[int], tok: Token) -> Counter[str]:
        """Country weights of the places, named actors and demonyms among ``tokens``."""
        weights: Counter[str] = Counter()
        placed: set[int] = set()
        sent = tok.sent
        for start, end, country, _name in self.places:
            if not sent.start_char <= start < sent.end_char:
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or span.root.i not in tokens:
                continue
            root = span.root
            if root.dep_ == "pobj" and root.head.lower_ in ("in", "at") and (
                    root.head.head.lemma_.lower() in _VENUES):
                continue  # "declined to send a delegation to talks in Geneva": a venue
            if root.dep_ == "npadvmod" and root.head.lemma_.lower() in _LINK_VERBS:
                continue  # "US-led talks": a patron, as for named actors below
            locative = root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE
            weights[country] += 2 if locative else 1  # "in Lagos" says where it is
            placed.update(range(start, end))
        for ent in sent.ents:
            if ent.label_ not in ("PERSON", "NORP", "ORG", "GPE") or ent.root.i == tok.i:
                continue
            if ent.root.i not in tokens:
                continue
            if ent.start_char in placed or ent.root.dep_ == "npadvmod" or (
                ent.root.head.lemma_.lower() in _LINK_VERBS and ent.root.head.i > ent.root.i
                and ent.root.head.tag_ in ("VBN", "VBD")
            ):
                continue  # counted as a place, or "US-led", "Turkish-backed": a patron
            if ent.root.dep_ in ("amod", "compound", "poss") and _sector(self.kb, ent.root.head):
                continue  # "Russian jets bombed rebel positions": the jets' country, not theirs
            if ent.root.dep_ in ("amod", "compound") and ent.root.head.lemma_.lower() in (
                    "border", "frontier", "boundary"):
                continue  # "killed 80 people near the Venezuelan border": the other side of it
            other = self._cache.get(ent.root.i) or self._resolve(ent.root)
            if other.country and other.country not in NONSTATE_CODES:
                weights[other.country] += 1
        return weights

    def resolve_all(self, tok: Token) -> list[Actor]:
        """One actor per coordinated country modifier: "US and British warplanes" -> 2."""
        actor = self.resolve(tok)
        if tok.i in self._antecedent:
            # "Aliyev and Pashinyan signed ... where Trump hosted them": a plural pronoun
            # whose antecedent is a list stands for each listed party
            head = self.doc[self._antecedent[tok.i]]
            listed = [self.resolve(t) for t in _listed(head)]
            if len(listed) > 1 and all(a.country for a in listed) and len(
                    {a.code for a in listed}) == len(listed):
                return [a.model_copy(update={"text": tok.text}) for a in listed]
        if tok.pos_ != "NOUN":
            return [actor]
        counted = self._counted_parties(tok)
        if counted:
            return counted
        groups = [[mod, *(c for c in mod.subtree if c.dep_ == "conj")] for mod in tok.children
                  if mod.dep_ in ("amod", "compound", "nmod") and mod.i < tok.i]
        # all the modifiers together ("the French, Belgian and US embassies": the model may
        # hang each name on the noun), else one coordinated modifier ("US and British jets")
        together = sorted((m for g in groups for m in g), key=lambda m: m.i)
        if any(b.i == a.i + 1 for a, b in pairwise(together)):
            # "Bosnian Serb forces", "Kosovo Serb protesters": stacked names, not a list; the
            # first is the state, the second a people in it
            together = []
        for group in [together, *groups]:
            several = self._per_country(actor, group)
            if several:
                return several
        # "the foreign ministers of Congo and Rwanda", "teams from Azerbaijan and Greece"
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i
                     and c.lower_ in ("of", "from")), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        actorish = actor.sector is not None or tok.lemma_.lower() in _PARTITIVE | _GROUP_NOUNS
        if obj is not None and actorish:
            several = self._per_country(actor, _listed(obj))
            if several:
                return several
        sides = tok.lemma_.lower() == "side" and any(
            c.dep_ in ("det", "amod", "nummod") and c.lower_ in ("each", "both", "either", "two")
            for c in tok.children)
        theirs = actor.sector is not None and any(
            c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)
        if sides or theirs:
            # "Kyrgyzstan and Tajikistan blamed each other ... even as their presidents met":
            # "their" officials are each coordinated state's own; "each side" is each of them
            owners = next((_listed(t) for t in tok.sent if t.i < tok.i and (
                t.dep_ in ("nsubj", "nsubjpass")
                or (t.dep_ == "pobj" and t.head.lower_ == "between"))
                and any(c.dep_ == "conj" for c in t.children)), [])
            several = self._per_country(actor, owners)
            one = {self.resolve(o).country for o in owners} if sides and len(owners) > 1 else set()
            home = one.pop() if len(one) == 1 else None
            if home is not None:
                # "fighting between Sudan's army and the RSF, with both sides claiming": the sides
                # of a war inside one country are that country's
                return [with_country(actor, home)]
            if not several and sides:
                # "Kyrgyz and Tajik border guards traded fire, each side accusing the other":
                # each side is one of the coordinated actors, as resolved
                subj = next((t for t in tok.sent if t.i < tok.i and t.dep_ in (
                    "nsubj", "nsubjpass")), None)
                sided = ([self.resolve(o) for o in owners] if len(owners) > 1 else
                         self.resolve_all(subj) if subj is not None and subj.i != tok.i else [])
                if len(sided) > 1 and len({a.country for a in sided if a.country}) == len(sided):
                    return sided
            if several:
                return several
        return [actor]

    def _counted_parties(self, tok: Token) -> list[Actor]:
        """ "Argentina and Chile ... both governments", "Britain, France and Germany ... the three
        European capitals": a counted plural that names no one stands for the parties of that
        number listed just before (a list of names in the same or the previous sentence, each of
        its own country; "Trump ... with Putin ... the two leaders" is no list and stays as is)."""
        if tok.tag_ != "NNS":
            return []
        kids = list(tok.children)
        count = next((_COUNTS[c.lower_] for c in kids if c.lower_ in _COUNTS and c.dep_ in (
            "nummod", "det", "predet", "amod", "quantmod")), None)
        if count is None or any(c.dep_ in ("poss", "prep") or c.ent_type_ in ("GPE", "ORG") or (
                self.kb.country_by_demonym(c.text) is not None) for c in kids):
            return []  # ("the two Korean leaders" name their countries; "European" does not)
        if not any(c.lower_ in ("the", "both", "all") for c in kids):
            return []
        sent = self._sent_of.get(tok.i, 0)
        seen: set[int] = set()
        floor = window_start(tok, 1)  # (a character offset)
        for head in reversed(range(tok.i)):
            item = self.doc[head]
            if item.idx < floor:
                break
            if item.i in seen or item.dep_ == "conj" or item.pos_ not in ("PROPN", "NOUN", "ADJ"):
                continue  # ("the Government of Indonesia and the Free Aceh Movement", "Argentine
                # and Chilean diplomats": lists of actor nouns and of nationalities too)
            listed = _listed(item)
            seen.update(t.i for t in listed)
            if len(listed) != count or max(t.i for t in listed) >= tok.i or (
                    sent - self._sent_of.get(item.i, 0) > 1):
                continue
            actors = [self.resolve(t) for t in listed]
            actors = [with_country(a, c) if not a.country and t.pos_ == "ADJ" and (
                c := self._country_of(t)) else a for a, t in zip(actors, listed, strict=True)]
            # (the sides or parties of one country's war differ by sector: "the Government of
            # Indonesia and the Free Aceh Movement ... both parties")
            sides = tok.lemma_.lower() in ("side", "party")
            if all(a.country for a in actors) and len(
                    {(a.code if sides else None) or a.country for a in actors}) == count:
                text = self.mention_span(tok).text
                noun = None if sides else self.resolve(tok).sector
                return [a.model_copy(update={
                    "text": text, "sector": noun or a.sector,
                    "code": (a.country or "") + (noun or a.sector or "")}) for a in actors]
        if count == 2 and tok.lemma_.lower() in _TWO_PEOPLE:
            # "Kim Jong Un crossed the line to meet Moon Jae-in ... the two men signed": no
            # list, but the last two people named, each of his own country, are the two
            people: dict[str, Actor] = {}
            for ent in reversed([e for e in self.doc.ents if e.label_ == "PERSON"
                                 and floor <= e.start_char and e.end <= tok.i]):
                person = self.resolve(ent.root)
                if person.kind == "person" and person.country and (
                        person.country not in people):
                    people[person.country] = person
                    if len(people) == 2:
                        break  # (the last two named; no need to resolve anyone earlier)
            if len(people) == 2:
                text = self.mention_span(tok).text
                return [p.model_copy(update={"text": text}) for p in reversed(people.values())]
        return []

    def _per_country(self, actor: Actor, coordinated: list[Token]) -> list[Actor]:
        """The actor once per country of coordinated names, if each names a different one."""
        countries = [self._country_of(m) for m in coordinated]
        if len(coordinated) < 2 or not all(countries) or len(set(countries)) < 2:
            return []
        return [with_country(actor, c) for c in dict.fromkeys(countries) if c]

    def mention_span(self, tok: Token) -> Span:
        if tok.i in self._kb_spans and tok.pos_ == "PROPN":
            return self._kb_spans[tok.i]
        ent = _entity(tok)
        if ent is not None and tok.pos_ != "NOUN":
            return ent
        left, end = tok.i, tok.i + 1
        rest = _name_rest(tok)
        if rest is not None:
            end = rest.i + 1
        for child in tok.lefts:
            if child.ent_type_ in ("DATE", "TIME") and child.dep_ in ("compound", "npadvmod"):
                continue  # "on Tuesday protesters in Kinshasa": a time the parser joined on
            if child.dep_ in _MOD_DEPS or child.dep_ in ("case", "punct", "prep"):
                left = min(left, child.left_edge.i)
        return self.doc[left:end]

    # ------------------------------------------------------------------ internals

    def _remember(self, tok: Token, actor: Actor) -> None:
        # ("Antonio Guterres", "Alexis Tsipras": the tagger reads a name ending in -s as plural)
        plural = (tok.tag_ == "NNS" or (tok.tag_ == "NNPS" and actor.kind != "person")) or any(
            c.dep_ == "conj" for c in tok.children)
        self.mentions.append(_Mention(tok.i, self._sent_of.get(tok.i, 0), actor,
                                      tok.lemma_.lower(), plural))

    def _before(self, tok: Token, window: int = 3) -> list[_Mention]:
        sent = self._sent_of.get(tok.i, 0)
        return [m for m in self.mentions if m.index < tok.i and sent - m.sent <= window]

    def _resolve(self, tok: Token) -> Actor:
        low = tok.lower_
        if tok.pos_ == "PRON":
            return self._pronoun(tok)
        if low in _PLATFORMS and tok.head.lower_ in ("on", "via", "over", "through") and (
                tok.head.head.lemma_.lower() not in _CURBS):
            # "claimed the attack on Twitter", "applauded on Telegram": the medium, no actor
            # (but "New Delhi's ban on TikTok" falls on the company)
            return Actor(text=tok.text)
        if tok.lemma_.lower() in _PARTITIVE or tok.like_num:
            # "hundreds of villagers", "a son of El Chapo", "four of the five mutineers": the
            # group after "of" decides
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if obj is not None and (
                    (inner := self.resolve(obj)).sector or tok.lower_ not in _UNITS):
                return inner.model_copy(update={"text": self.mention_span(tok).text + " of "
                                                + self.mention_span(obj).text})
            if tok.lemma_.lower() in _CROWD and tok.pos_ == "NOUN":
                # "dozens were detained", "millions joined the strike": people
                return Actor(text=self.mention_span(tok).text, sector="CVL", kind="group")
        if tok.lemma_.lower() in UTTERANCES and tok.pos_ == "NOUN":
            # "A Dutch court's verdict, convicting two Russians", "Moscow's response, calling the
            # ruling ...": a decision or a statement acts for whoever made it
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None and owner.pos_ != "PRON":
                made = self.resolve(owner)
                if made.country is not None:
                    return made.model_copy(update={"text": self.mention_span(tok).text})
        own_state = self._own_state(tok)
        if own_state is not None:
            return own_state
        if tok.text == "Hague" and any(c.dep_ == "det" and c.lower_ == "the"
                                       for c in tok.children):
            # "flown to The Hague", "The Hague issued a warrant": the seat of the international
            # courts stands for them (guide section 8: the ICC as IGO JUD), never Mr Hague
            return Actor(text=self.mention_span(tok).text, country="IGO", sector="JUD",
                         code="IGOJUD", kind="organization")
        text = self.mention_span(tok).text
        rest = _name_rest(tok)
        if rest is not None:
            # "President Umaru Yar'Adua" parsed as "Umaru" with "Yar'Adua" in apposition
            named = self._known_person(f"{tok.text} {rest.text}", tok, text)
            if named is not None:
                return named
        known = self._kb_spans.get(tok.i)
        if known is not None and tok.pos_ == "PROPN":
            named = self._named(known.text, "", tok)
            if named is not None:
                return named
        diaspora = self._minority(tok)
        if diaspora is not None:
            return diaspora
        ent = _entity(tok)
        titled = self._titled(ent) if ent is not None and ent.label_ == "PERSON" and (
            self.kb.person(ent.text, self.published) is None) else None
        if titled is not None:
            return titled.model_copy(update={"text": text})
        if ent is not None and ent.label_ in _NAMED:
            named = self._named(ent.text, ent.label_, tok)
            if named is not None:
                return named.model_copy(update={"text": text})
        # a NORP entity ("Muslim-majority countries") is never a person's surname
        norp = ent is not None and ent.label_ == "NORP"
        named = self._named(text, "NORP" if norp else "", tok)
        if named is None and norp and tok.pos_ == "PROPN" and tok.dep_ not in (
                "amod", "compound", "nmod", "npadvmod") and self.kb.country_by_demonym(
                text) is None and self.kb.person(text, self.published) is not None:
            # "Obama and Rouhani just spoke by phone": a known leader's name the model tagged
            # as a nationality (not a modifier: "Muslim-majority countries")
            named = self._named(text, "", tok)
        if named is None and tok.pos_ == "PROPN" and tok.text != text and not norp:
            # "the regional bloc IGAD": a one-word name the model did not tag, under modifiers
            found = self._named(tok.text, "ORG", tok)
            named = found.model_copy(update={"text": text}) if found is not None else None
        if named is None and tok.pos_ == "PROPN" and not norp:
            # "President Umaru Yar'Adua" with no entity tag: the name without its title
            names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                     and not _is_person_noun(c) and not self.kb.sector_for_noun(
                         c.lemma_.lower(), exact=True)]
            if names and names[-1].i == tok.i - 1:
                named = self._known_person(" ".join(t.text for t in (*names, tok)), tok, text)
        if named is None and tok.pos_ in ("PROPN", "NUM", "X") and tok.text[:1].isupper() and (
                not norp and text == tok.text):
            # "an offer from Yar'Adua", untagged (and read as a number): a surname met before
            named = self._met_before(text, tok)
        if named is not None:
            return named
        half = self._korean_half(tok)
        if half is not None:
            return half
        described = self._description(tok, text)
        if described is not None:
            return described
        if low in _ANONYMOUS or tok.lemma_.lower() in _ANONYMOUS:
            return Actor(text=text, kind="person")
        return Actor(text=text)

    def _titled(self, ent: Span) -> Actor | None:
        """ "the Chinese diplomat Zhao Wei", "Iranian general Mohammad Bagheri": a name the KB
        lacks, right after a role noun its nationality modifies, is of that nationality and
        role (however the parser attaches the name)."""
        if ent.start == 0:
            return None
        title = self.doc[ent.start - 1]
        sector = self.kb.sector_for_noun(title.lemma_.lower(), exact=True)
        if title.pos_ != "NOUN" or sector is None or not _is_person_noun(title):
            return None
        country = next((c for m in title.children if m.dep_ in ("amod", "compound") and m.i < (
            title.i) and (c := self._country_of(m)) is not None), None)
        if country is None:
            return None
        if any(m.lower_ in _FORMER for m in title.lefts):
            sector = "ELI"  # "former Costa Rican president Oscar Arias": no longer in office
        return Actor(text=ent.text, country=country, sector=sector, code=country + sector,
                     kind="person")

    def _korean_half(self, tok: Token) -> Actor | None:
        """ "The South has returned fire", "the North's artillery": in a story about Korea,
        the two halves name the two states."""
        iso3 = {"south": "KOR", "north": "PRK"}.get(tok.lower_)
        if iso3 is None or not tok.text[:1].isupper() or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                c.dep_ in ("compound", "amod") for c in tok.children):
            return None
        if not any(t.lower_ in ("korea", "korean", "koreans", "pyongyang", "seoul")
                   for t in tok.doc):
            return None
        found = self.kb.country(iso3)
        return _state(self.mention_span(tok).text, iso3, found.name if found else iso3, "GOV")

    def _known_person(self, name: str, tok: Token, text: str) -> Actor | None:
        """The KB person ``name`` (a name rebuilt from a misparse) is, shown as ``text``."""
        if self.kb.person(name, self.published) is None:
            return None
        named = self._named(name, "PERSON", tok)
        return named.model_copy(update={"text": text}) if named is not None else None

    def _minority(self, tok: Token) -> Actor | None:
        """ "Kosovo Serbs", "Crimean Tatars", "Ukrainian Hungarians": people of one nation
        living in another state are that state's (civilians), their nation a qualifier."""
        if tok.tag_ != "NNPS" and not (tok.tag_ == "NNS" and tok.text[:1].isupper()):
            return None
        nation = self.kb.country_by_demonym(tok.text)
        if nation is None:
            return None
        home = next((c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
                     and (c.pos_ == "PROPN" or c.text[:1].isupper())), None)
        where = self._country_of(home) if home is not None else None
        if where is None or where == nation.iso3 or where in NONSTATE_CODES:
            return None
        return Actor(text=self.mention_span(tok).text, name=nation.name, country=where,
                     sector="CVL", code=where + "CVL", kind="group",
                     qualifiers=(f"nation:{nation.iso3}",))

    def _own_state(self, tok: Token) -> Actor | None:
        """ "his country", "their nation": the state of whoever the pronoun refers to."""
        owner = _own_country(tok)
        country = self.resolve(owner).country if owner is not None else None
        if country is None or country in NONSTATE_CODES:
            return None
        found = self.kb.country(country)
        return _state(self.mention_span(tok).text, country, found.name if found else country,
                      "GOV")

    def _pronoun(self, tok: Token) -> Actor:
        low = tok.lower_
        said = self._reporter(tok)
        if said is not None:
            return said.model_copy(update={"text": tok.text})
        gap: set[int] = set()
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
            # "the 110 schoolgirls they had seized": the noun a relative clause modifies is its
            # gap, never the clause's own subject pronoun
            noun = tok.head.head
            gap = {noun.i, *(c.i for c in noun.conjuncts)}
        if low in ("they", "them", "their"):
            # plural pronouns prefer plural antecedents ("EU ministers ... when they meet")
            for mention in reversed(self._before(tok, window=1)):
                if mention.index in gap:
                    continue
                if mention.plural and (mention.actor.country or mention.actor.name):
                    self._antecedent[tok.i] = mention.index
                    return mention.actor.model_copy(update={"text": tok.text})
        candidates = [m for m in reversed(self._before(tok)) if m.index not in gap]
        if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            # a subject or possessive pronoun continues a subject ("Trump warned ... if it hit
            # the Kurds", "Russia vetoed a resolution that would have deplored its invasion")
            candidates.sort(key=lambda m: self.doc[m.index].dep_ not in ("nsubj", "nsubjpass"))
        else:
            # an object pronoun is not its own clause's subject ("severed ties with Qatar,
            # accusing it of ...", but "Saddam was hanged after a court convicted him")
            clause = tok.head
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause = clause.head
            own = {c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")}
            if clause.dep_ in ("advcl", "xcomp", "conj") and not own:
                own = {c.i for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")}
            if not own and clause.dep_ == "xcomp" and clause.head.dep_ == "pcomp" and (
                    clause.head.head.lower_ == "of"):
                # "accused Santos of plotting to kill him": the accused plots, so "him" is
                # someone else
                accused = next((c for c in clause.head.head.head.children if c.dep_ == "dobj"),
                               None)
                own = {t.i for t in (accused, *accused.conjuncts)} if accused is not None else own
            # ("..., a text aimed at Syria's troops, and Damascus rejected it": the subject's
            # own state under another name is not "it" either)
            states = {a.country for a in (self.resolve(self.doc[i]) for i in own
                                          if self.doc[i].pos_ == "PROPN")
                      if a.country and a.kind == "state"}
            candidates = [m for m in candidates if m.index not in own and not (
                m.actor.kind == "state" and m.actor.country in states)]
        if low == "its" and tok.dep_ == "poss" and _sector(self.kb, tok.head) in _ARMED_GROUPS:
            # "unless Nairobi pulled its troops out, two days after its gunmen killed": the
            # gunmen of an armed group named before, rather than of the nearer state
            candidates.sort(key=lambda m: m.actor.sector not in _ARMED_GROUPS)
        for mention in candidates:
            kind = mention.actor.kind
            if not (mention.actor.country or mention.actor.name):
                continue
            if mention.actor.sector == "JRN":
                continue  # outlets are cited, rarely referred back to
            if low in _PERSON_PRON and kind == "person" and (
                    not mention.plural or self.doc[mention.index].tag_ == "NNP"):
                # ("Viktor Yanukovych and his family": a named person coordinated with others
                # is still one person)
                return mention.actor.model_copy(update={"text": tok.text})
            if low in ("it", "its", "itself") and (mention.plural or self.doc[
                    mention.index].dep_ in ("compound", "amod")):
                # "barred US congresswomen ... urged it to block their visit": "it" is neither
                # a plural mention nor a name modifying another noun
                continue
            if low in _GROUP_PRON and kind != "person" and (
                mention.plural or kind in ("state", "group", "organization")
            ):
                return mention.actor.model_copy(update={"text": tok.text})
        return Actor(text=tok.text)

    def _reporter(self, tok: Token) -> Actor | None:
        """The subject of "X said they would ...": whoever says what they will do is the
        pronoun's antecedent when number and kind agree (the Houthis "said they would keep
        targeting vessels", not the commandos named in between)."""
        clause = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or (
                clause.head.lemma_.lower() not in _SAYING):
            return None
        verb = clause.head
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        while speaker is None and verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "seized the ship ... and said they would"
            speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.pos_ == "PRON" or speaker.i > tok.i:
            return None
        actor = self.resolve(speaker)
        if not (actor.country or actor.name):
            return None
        plural = speaker.tag_ in ("NNS", "NNPS") or any(
            c.dep_ == "conj" for c in speaker.children)
        low = tok.lower_
        if low in ("they", "them", "their"):
            fits = plural or actor.kind in ("group", "organization")
        elif low in ("it", "its"):
            fits = not plural and actor.kind != "person"
        else:
            fits = not plural and actor.kind == "person"
        return actor if fits else None

    def _named(self, text: str, label: str, tok: Token) -> Actor | None:
        kb = self.kb
        if label in ("PERSON", ""):
            found = kb.person(text, on=self.published, prefer=self._place_countries)
            if found is not None:
                person, role = found
                if role is None and self.published is not None and person.roles:
                    # no office on that date: a person keeps the country of the nearest role;
                    # the sector comes from what the text says ("Venezuela's foreign minister")
                    pub = self.published
                    near = min(person.roles, key=lambda r: min(
                        abs(((r.start or date.min) - pub).days),
                        abs(((r.end or date.max) - pub).days)))
                    said = self._description(tok, text, person=True)
                    sector = said.sector if said is not None and said.country in (
                        None, near.country) else None
                    sector = sector or self._office_as(tok)
                    trusted = person.source == "curated"  # imported rows end when data ends
                    if (sector is None or (trusted and sector == near.sector)) and (
                            near.end is not None and near.end <= pub):
                        # just out of office keeps the office's sector (a leader on the day he
                        # falls); long out of office is a former official (PLOVER ELI), even
                        # when the text keeps the old title ("President Bazoum", deposed)
                        sector = near.sector if (pub - near.end).days <= 31 else "ELI"
                    return Actor(text=text, name=person.name, kind="person",
                                 country=near.country, sector=sector,
                                 code=near.country + (sector or ""))
                sector = role.sector if role else None
                if sector in _STATE_SIDE and _former(tok):
                    sector = "ELI"  # the text knows the office ended; the KB may not
                return Actor(text=text, name=person.name, kind="person",
                             country=role.country if role else None, sector=sector,
                             code=(role.country + (sector or "")) if role else None)
            if label == "PERSON":
                org = self.kb.organization(text)
                state = kb.country_by_name(text) or kb.country_by_capital(text)
                if org is not None and org.kind in ("group", "company"):
                    label = "ORG"  # "the Houthis", "Twitter" tagged PERSON: a body the KB knows
                elif state is not None:  # "Mali sought help" tagged PERSON: the state
                    return _state(text, state.iso3, state.name, "GOV")
                elif " " not in text and kb.country_by_demonym(text) is not None:
                    label = "NORP"  # "Georgian and Moldovan wine": "Moldovan" tagged PERSON
                else:
                    return self._unknown_person(text, tok)
        generic = _generic(text)
        # "the island's president" is not Iceland ("Island"): a name is written as one
        proper = tok.pos_ == "PROPN" or tok.text[:1].isupper()
        country = kb.country_by_name(text) if proper else None
        if country is not None:  # a country's own name beats any group that borrowed it
            return _state(text, country.iso3, country.name, "GOV")
        org = kb.organization(text) if not generic else None
        org = org.on(self.published) if org is not None else None
        if org is not None and org.kind == "igo" and proper:
            capital = kb.country_by_capital(text)
            if capital is not None and any(
                    kb.country_by_name(t.text) == capital for t in tok.doc if t.ent_type_ == "GPE"):
                # "Rwanda cut ties with Belgium, accusing Brussels of ...": a capital that also
                # stands for a body (Brussels, the EU) is its state when the story names it
                return _state(text, capital.iso3, capital.name, "GOV")
        if org is not None:
            kind: ActorKind = "group" if org.kind == "group" else "organization"
            named = _modifier_state(tok)
            if named is not None and named != org.country and org.country not in NONSTATE_CODES:
                # "The Philippine House of Representatives": a body the KB knows under a
                # generic name belongs to the state the text names for it
                return Actor(text=text, name=None, country=named, sector=org.sector,
                             code=named + (org.sector or ""), kind="organization")
            return Actor(text=text, name=org.name, country=org.country, sector=org.sector,
                         code=org.code, kind=kind,
                         qualifiers=tuple(org.qualifiers) + tuple(f"backed:{p}" for p in
                                                                   org.patrons))
        seat = kb.seat(text) if not generic else None
        if seat is not None:
            return _state(text, seat[0].iso3, seat[0].name, seat[1])
        country = kb.country_by_capital(text) if proper else None
        if country is not None and label in ("GPE", "", "ORG"):
            return _state(text, country.iso3, country.name, "GOV")
        country = kb.country_by_demonym(text)
        if country is not None and label in ("NORP", "GPE") and (
            tok.pos_ in ("PROPN", "NOUN") or tok.dep_ in ("amod", "compound", "npadvmod")
        ):  # ("Russian-mediated": the hyphenated modifier)
            # "the Americans", "Lebanese": the people of a country, not its government; as a
            # plural head ("thousands of Lebanese rallied") they are its civilians
            people = tok.tag_ in ("NNS", "NNPS") and tok.dep_ not in ("amod", "compound")
            return Actor(text=text, name=country.name, country=country.iso3,
                         code=country.iso3 + ("CVL" if people else ""), kind="group",
                         sector="CVL" if people else None)
        code = ETHNIC.get(tok.lower_)
        if code is not None and tok.pos_ in ("PROPN", "NOUN") and tok.dep_ not in (
            "amod", "compound"
        ):
            # "the Rohingya", "Kurds": a people, civilians unless the text says otherwise
            return Actor(text=text, sector="CVL", kind="group", qualifiers=(code,))
        return None

    def _loyal_to_rivals(self, tok: Token) -> bool:
        """Forces "loyal to" or "backing" an opposition leader, a party or a rebel."""
        for child in tok.children:
            if child.dep_ == "amod" and child.lower_ == "loyal":
                leader = next((o for p in child.children if p.dep_ == "prep" and p.lower_ == "to"
                               for o in p.children if o.dep_ == "pobj"), None)
            elif child.dep_ == "acl" and child.lemma_.lower() in ("back", "support"):
                leader = next((o for o in child.children if o.dep_ == "dobj"), None)
            else:
                continue
            if leader is not None and self.resolve(leader).sector in ("OPP", "PTY", "REB"):
                return True
        return False

    def _office_as(self, tok: Token) -> str | None:
        """ "Serzh Sargsyan resigned as prime minister", "was sworn in as president": the office
        the clause names for its subject (the KB's rows may end before the article's date)."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for prep in tok.head.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                office = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if office is not None and office.pos_ in ("NOUN", "PROPN"):
                    return self.kb.sector_for_noun(office.lower_)  # ("prime minister": NNP)
        return None

    def _met_before(self, text: str, tok: Token) -> Actor | None:
        """The person an earlier mention named in full ("President Umaru Yar'Adua" for a
        later "Yar'Adua"; "Kim Jong Un" for a later "Kim", the family name first), or None."""
        low = text.lower()
        for mention in reversed(self.mentions):
            full = mention.actor.text.lower()
            if mention.actor.kind == "person" and mention.index < tok.i and (
                    full.endswith(low) or low.endswith(full) or (
                        " " not in low and full.startswith(low + " "))):
                return mention.actor.model_copy(update={"text": text})
        return None

    def _unknown_person(self, text: str, tok: Token) -> Actor:
        """A person the KB lacks: earlier full mention, else title and apposition."""
        before = self._met_before(text, tok)
        if before is not None:
            return before
        described = self._description(tok, text, person=True)
        if described is not None:
            return described.model_copy(update={"kind": "person", "name": text})
        return Actor(text=text, name=text, kind="person")

    def _description(self, tok: Token, text: str, person: bool = False) -> Actor | None:
        kb = self.kb
        sector = None
        if not person or tok.pos_ == "NOUN":
            sector = _sector(kb, tok)
        country: str | None = None
        name: str | None = None
        qualifiers: list[str] = []
        for child in tok.children:
            dep, low = child.dep_, child.lower_
            if dep == "poss" and child.pos_ == "PRON":
                # "its Neptune missiles", "its army", "its own people": the owner's country;
                # but "its partners" or "its enemies" are someone else
                own = any(c.lower_ == "own" for c in tok.children)
                owner = self._pronoun(child)
                if owner.kind in ("group", "organization", "person") and (
                        owner.sector in _ARMED_GROUPS and (sector in _ARMED_GROUPS | {"MIL"} or (
                            sector is None and tok.lemma_.lower() in _GROUP_NOUNS))):
                    # "the ELN ... its fighters", "al-Houthi said his fighters", "Shekau said
                    # his group": the group's (or its leader's) own fighters
                    country, sector = country or owner.country, owner.sector
                    name = owner.name if owner.kind != "person" else None
                elif owner.kind == "person" and owner.sector == "MIL" and sector == "REB":
                    # "Prigozhin says his fighters": a commander's fighters are his force
                    country, sector = country or owner.country, "MIL"
                elif owner.kind == "person" and owner.sector and owner.country and (
                        tok.lemma_.lower() in _STAFF) and child.lower_ in ("his", "her"):
                    # "two of his aides", "her campaign": a person's staff act in the person's
                    # sector (an opposition leader's aides are the opposition)
                    country, sector = country or owner.country, owner.sector
                elif tok.lemma_.lower() in _FOLLOWERS and owner.kind == "person" and (
                        owner.country and owner.country not in NONSTATE_CODES):
                    country, sector = country or owner.country, sector or owner.sector
                elif tok.lemma_.lower() in _COUNTERPARTS and not own:
                    pass  # "Kyiv and its allies", "three of its allies": other states
                elif own or sector in _STATE_SIDE or (
                    (sector is None and tok.lemma_.lower() in _ARMS) or tok.lemma_.lower() in KIN
                ):  # ("Bashar al-Assad and his family": the owner's people)
                    country = country or owner.country
                continue
            if dep in ("compound", "poss") and _entity(child) is not _entity(tok) and (
                    child.ent_type_ == "PERSON" or child.pos_ == "PROPN") and (
                    kb.country_by_demonym(child.text) is None):  # "Tajik" tagged PERSON
                # "the Biden administration", "Putin's army", "the Trump (ORG) administration"
                owner = self.resolve(child)
                if owner.country and country is None and (
                        child.ent_type_ == "PERSON" or owner.kind == "person"):
                    country = owner.country
                    if owner.sector and tok.lemma_.lower() in _STAFF:
                        sector = owner.sector  # "Netanyahu's office", "Navalny's spokeswoman"
                    continue
            if dep == "acl" and child.lemma_.lower() in _EMPLOYED and child.i == tok.i + 1:
                # "guards working for Blackwater", "contractors hired by Wagner": the employer's
                # men (a company's are in business, not the host state's police)
                prep = next((c for c in child.children if c.dep_ in ("prep", "agent")
                             and c.lower_ in ("for", "by")), None)
                boss = next((o for o in prep.children if o.dep_ == "pobj"),
                            None) if prep is not None else None
                employer = self.resolve(boss) if boss is not None else None
                if employer is not None and employer.country and employer.kind in (
                        "organization", "group") and country is None:
                    country = employer.country
                    sector = "BUS" if employer.sector == "BUS" else (sector or employer.sector)
                    continue
            if dep == "poss" and child.pos_ == "NOUN" and any(
                    c.lower_ == "the" for c in child.children) and (
                    sector in _ARMED_GROUPS or tok.lemma_.lower() in _GROUP_NOUNS):
                # "Kataib Hezbollah ... 25 of the militia's fighters": the fighters of the
                # group the description names (found earlier, like "the militia" itself)
                owner = self.resolve(child)
                if owner.kind in ("group", "organization") and owner.country and (
                        owner.sector in _ARMED_GROUPS) and country is None:
                    country, sector, name = owner.country, owner.sector, owner.name
                    continue
            if dep in ("npadvmod", "compound", "nmod") and child.i + 2 < tok.i and (
                self.doc[child.i + 1].text == "-"
                and self.doc[child.i + 2].lemma_.lower() in _LINK_VERBS
            ):
                patron = self._country_of(child) or self.resolve(child).country
                if patron:
                    qualifiers.append(f"backed:{patron}")  # "the UN-backed government"
                continue
            if dep in ("amod", "compound", "nmod") and child.i >= 2 and (
                    self.doc[child.i - 1].text == "-"
                    and self.doc[child.i - 2].lower_ in ("pro", "anti")):
                # "pro-Russian separatists" are on Russia's side, not Russia's; "anti-
                # government protesters" are against it
                patron = self._country_of(child)
                if patron and self.doc[child.i - 2].lower_ == "pro":
                    qualifiers.append(f"backed:{patron}")
                if patron or child.lemma_.lower() not in ("government", "regime"):
                    continue
            if dep in ("amod", "compound", "nmod", "poss", "npadvmod") and child.i < tok.i:
                # "US-backed", "Kurdish-led": a patron or leader, not the actor's own country
                linked = next((g for g in child.children if g.dep_ == "npadvmod"), None)
                flag = linked or next((g for g in child.children if g.dep_ in (
                    "amod", "compound") and g.i < child.i), None)
                if child.lemma_.lower() in _AFFILIATION and child.i >= 2 and (
                        self.doc[child.i - 1].text == "-"):
                    # "Islamic State-linked insurgents", "al-Qaeda-affiliated militants": a
                    # transnational group's affiliates carry its code (guide: IMG)
                    spans = (self.doc[max(child.i - 1 - k, 0):child.i - 1] for k in (1, 2, 3, 4))
                    group = next((o for sp in spans if (o := kb.organization(sp.text))
                                  is not None), None)
                    if group is not None and group.country in NONSTATE_CODES and country is None:
                        country, name = group.country, group.name
                        sector = group.sector or sector
                        continue
                if child.lower_ in ("flagged", "owned", "registered") and flag is not None:
                    # "a British-flagged tanker", "a Greek-owned ship": whose it is
                    country = country or self._country_of(flag)
                    continue
                if child.lemma_.lower() in _LINK_VERBS and linked is not None:
                    patron = self._country_of(linked)
                    if patron and child.lemma_.lower() == "lead" and (
                            tok.lemma_.lower() in _COALITIONS or any(
                                c.dep_ == "compound" and c.lemma_.lower() in _COALITIONS
                                for c in tok.children)):  # ("Saudi-led coalition jets")
                        country = country or patron  # "a Saudi-led coalition" is led by Riyadh
                        if tok.lemma_.lower() == "coalition" and patron not in NONSTATE_CODES:
                            sector = sector or "MIL"  # a coalition a state leads is armed
                    elif patron:
                        qualifiers.append(f"backed:{patron}")
                    elif linked.lower_ in ETHNIC:
                        qualifiers.append(ETHNIC[linked.lower_])
                    continue
                if low in ETHNIC:
                    qualifiers.append(ETHNIC[low])
                    named_group = kb.organization(child.text) if child.pos_ == "PROPN" else None
                    if named_group is None or country is not None:
                        continue  # "Kurdish fighters": a qualifier; "Houthi targets": a group
                if person and child.pos_ == "PROPN" and child.ent_type_ == "PERSON":
                    # a title inside the name: "General Joseph Votel"; but "Sheikh" in "Sheikh
                    # Hasina" is part of a name the KB knows, no cleric's title
                    known = self._kb_spans.get(tok.i)
                    if known is None or not known.start <= child.i < known.end:
                        sector = sector or _sector(kb, child)
                    continue
                inner_group = next((o for g in child.children if dep == "compound" and (
                    g.dep_ == "compound" and g.pos_ == "PROPN") and (
                    o := kb.organization(g.text)) is not None), None)
                if inner_group is not None and country is None and child.pos_ == "NOUN":
                    # "the ELN guerrilla group": the group named inside the compound
                    inner_group = inner_group.on(self.published)
                    country, name = inner_group.country, inner_group.name
                    sector = inner_group.sector or sector
                    continue
                found = self._country_of(child)
                if found is None and dep == "compound":
                    # "a Ukrainian fighter jet", "three Russian MiG-31 fighter jets": the
                    # country modifies the compound, at any depth of its modifier chain
                    found = next((f for g in child.subtree if g.i < child.i and g.dep_ in (
                        "amod", "compound") and _modifier_chain(g, child)
                                  and (f := self._country_of(g))), None)
                if found and child.i > 0 and self.doc[child.i - 1].lower_ == "ethnic":
                    # "ethnic Armenian forces in Nagorno-Karabakh": a people, not a state; the
                    # country is where they are (guide section 8: AZE)
                    qualifiers.append(f"nation:{found}")
                    continue
                if found and country is None:
                    country = found
                    if sector is None and dep == "compound":
                        # "New Zealand Air Force planes": the force the name ends with;
                        # "Chadian opposition leader Yaya Dillo": the title with its modifiers
                        sector = _sector(kb, child) if person else kb.sector_for_noun(
                            child.lemma_.lower(), exact=True)
                    continue
                org = None
                own_name = _entity(tok) is not None and _entity(tok) is _entity(child)
                if not own_name and (child.pos_ == "PROPN" or (
                        child.dep_ == "compound" and child.text[:1].isupper()) or (
                        len(child.text) > 1 and child.text.isupper())):  # "ECOWAS" as a verb
                    # ("Janjaweed militiamen": the model calls the name an adjective)
                    # "Revolutionary Guards commander", "Hamas fighters"; but "National" in
                    # "the National Transitional Council" is part of this name, not another
                    phrase = self.doc[child.left_edge.i:child.i + 1].text
                    org = kb.organization(phrase) or kb.organization(child.text)
                    org = org.on(self.published) if org is not None else None
                if org is not None and (country is None or (
                        org.country == country and org.sector in _ARMED_GROUPS)):
                    # "Boko Haram gunmen", "Hamas fighters", "al-Shabaab gunmen" (whose first
                    # word already gave the country): the group's own code wins; but
                    # "NATO leaders", "UN inspectors" are the body's officials (GOV)
                    country, name = org.country, org.name
                    officials = org.kind == "igo" and sector in _STATE_SIDE - {"MIL"}
                    if org.kind == "igo" and org.sector is None and (
                        (sector is None and (_is_person_noun(tok) or kb.noun_is_person(
                            tok.lemma_.lower()) or tok.lemma_.lower() in _IGO_STAFF))
                        or (sector == "SOC" and tok.lemma_.lower() in _WATCHERS)
                    ):  # "UN experts", "UN monitors", "a UN human rights team", "the UN
                        # mission": the body's own staff act for its executive (guide: GOV)
                        sector, officials = "GOV", True
                    sector = sector if officials else (org.sector or sector)
                    continue
                if person and dep == "compound" and sector is None and child.left_edge.i < child.i:
                    # "rebel leader Velupillai Prabhakaran", "Tamil Tiger leader ...": the title
                    # with its own modifiers, and the armed group it names
                    group = kb.organization(self.doc[child.left_edge.i:child.i].text)
                    group = group.on(self.published) if group is not None else None
                    if group is not None and group.sector in _ARMED_GROUPS:
                        country, name = country or group.country, group.name
                    sector = (group.sector if group is not None and group.sector in _ARMED_GROUPS
                              else _sector(kb, child))
                if not (child.tag_ == "JJ" and child.lower_ == "criminal"):
                    # ("a criminal investigation", "criminal charges" are of a crime, not of
                    # criminals)
                    sector = sector or kb.sector_for_noun(child.lemma_.lower())
            elif dep == "prep" and child.lower_ in ("of", "from", "for", "in") and child.i > tok.i:
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is None:
                    continue
                if child.lower_ == "in" and country is None and (
                        tok.lemma_.lower() in ("court", "tribunal")) and (
                        self.doc[obj.left_edge.i:obj.i + 1].text in _COURT_SEATS):
                    # "the tribunal in The Hague", "the court in Strasbourg": an international
                    # court (guide: the ICC, ICJ and their seat IGO JUD), not the host state's
                    country, sector = "IGO", sector or "JUD"
                    continue
                inner = self.resolve(obj)
                actorish = sector is not None or person or _is_person_noun(tok)
                seat = child.lower_ == "in" and inner.kind == "state" and inner.sector == "GOV"
                resident = child.lower_ == "in" and inner.kind == "state" and (
                    sector in _RESIDENTS and inner.country not in NONSTATE_CODES)
                if inner.country and country is None and actorish and (
                    child.lower_ != "in" or (seat and sector in _STATE_SIDE) or resident
                ):  # "officials in Yerevan" are Armenian, "protesters in Kinshasa" Congolese
                    # (guide: the place the sentence puts them in); "fighters in Syria" need
                    # not be Syrian
                    country = inner.country
                    if inner.kind in ("group", "organization"):
                        # "fighters from HTS": the group's name; a role noun keeps its sector,
                        # but "a senior commander of Kataib Hezbollah" holds the group's office
                        name = name or inner.name
                        armed = inner.sector in _ARMED_GROUPS | {"OPP", "PTY"}
                        sector = inner.sector if armed and child.lower_ == "of" and (
                            tok.lemma_.lower() in _ROLE_HEADS) else sector or inner.sector
            elif dep == "appos" and not _list_item(tok, child) and (
                    person or sector is not None or tok.pos_ == "PROPN" or (
                        child.pos_ == "PROPN" and self.resolve(child).kind in (
                            "organization", "group"))  # "the regional bloc IGAD"
                    or (child.ent_type_ == "PERSON" and _bracketed(child)
                        and self.resolve(child).kind == "person")):
                # "the declared winner, Felix Tshisekedi": the person named
                inner = self.resolve(child)
                country = country or inner.country
                sector = sector or inner.sector
        if sector == "MIL" and self._loyal_to_rivals(tok):
            sector = "REB"  # "troops loyal to opposition leaders", "forces loyal to Tigray's
            # ruling party": an armed side against the state
        if person and sector is None:
            known = self._kb_spans.get(tok.i)
            for child in tok.children:
                if known is not None and known.start <= child.i < known.end:
                    continue  # "Sheikh Hasina": part of the name the KB knows, not a title
                if child.dep_ == "compound" and child.i < tok.i:
                    sector = _sector(kb, child)
                    if sector:
                        break
        if country is None:
            country = self._named_earlier(tok)  # "paused aid to the country"
        if country is None and tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and not any(
            c.dep_ in ("amod", "compound", "poss", "det") for c in tok.children
        ):
            country = self.resolve(tok.head).country  # "Turkish commandos and warplanes"
        if country is None and not person:
            earlier = self._definite(tok, sector)  # "the group", "the general"
            if earlier is not None:
                return earlier.model_copy(update={"text": text})
        if tok.lemma_.lower() in _FOLLOWERS:
            # "supporters of Imran Khan", "his supporters": an opposition leader's
            # followers are the opposition
            leader = _whose(tok)
            followed = self.resolve(leader) if leader is not None else None
            if followed is not None and followed.sector in ("OPP", "REL"):
                # ("Gulen's followers": a cleric's followers are a religious movement)
                country, sector = country or followed.country, followed.sector
        if tok.lemma_.lower() in KIN:
            # "Pedro Sanchez's wife", "two nephews of Maduro's wife", "a son of El Chapo": a
            # relative of an official is ELI (guide section 8), of a gang or rebel leader one
            # of the group, of anyone else a civilian; the country is the relative's
            kin = _whose(tok)
            related = self.resolve(kin) if kin is not None else None
            if related is not None and related.kind == "person" and related.country and (
                    related.country not in NONSTATE_CODES):
                country = related.country
                sector = ("ELI" if related.sector in _STATE_SIDE | {"ELI", "LEG", "JUD"}
                          else related.sector if related.sector in _ARMED_GROUPS else "CVL")
        if country is None and tok.lemma_.lower() in _AID_BODIES and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in _AID_WORDS
                for c in tok.children):
            # "aid agencies", "seven aid workers", "foreign aid groups": an international aid
            # NGO and its staff (guide section 8: NGO SOC), unless a nationality is given
            country, sector = "NGO", sector or "SOC"
        if country is None and sector is None and not qualifiers:
            return None
        if sector in _STATE_SIDE and (person or _is_person_noun(tok)) and _former(tok) and (
                tok.lemma_.lower() not in ("soldier", "officer")):  # veterans are civilians
            sector = "ELI"  # "a former vice-president", "Former president Jacob Zuma"
        # one person: a titled noun, or any singular noun sectors.tsv calls a person ("a
        # fisherman"); "fishermen" are a group
        one = tok.tag_ == "NN" and kb.noun_is_person(tok.lemma_.lower())
        kind: ActorKind = "person" if person or _is_person_noun(tok) or one else (
            "state" if sector in ("GOV", "MIL") and country else "group")
        return Actor(text=text, name=name, country=country, sector=sector,
                     code=(country + (sector or "")) if country else None, kind=kind,
                     qualifiers=tuple(dict.fromkeys(qualifiers)))

    def _definite(self, tok: Token, sector: str | None) -> Actor | None:
        """ "the general", "the group": an earlier mention with the same head or sector."""
        kids = list(tok.children)
        if tok.lemma_.lower() == "bloc" and [c.lower_ for c in kids] == ["the"]:
            # "ECOWAS leaders lifted the sanctions ...; the bloc also reopened": the body named
            # last ("bloc" alone is a party's word only with a modifier: "the opposition bloc")
            body = next((m.actor for m in reversed(self._before(tok, window=6))
                         if m.actor.country in _BLOCS), None)
            if body is not None:
                return body
        if tok.lemma_.lower() in _GROUP_NOUNS and any(c.lower_ == "the" for c in kids) and not any(
            c.ent_type_ and (ETHNIC.get(c.lower_) not in (None, "ISL", "JIH")
                             or self.kb.country_by_demonym(c.text))
            for c in kids
        ):  # "the group", "the Islamist group" (but not "the Kurdish group", a people's)
            for mention in reversed(self._before(tok, window=3)):
                people = mention.actor.name is not None and self.kb.country_by_name(
                    mention.actor.name) is not None  # "an Israeli air strike": a nation's
                if mention.actor.kind in ("group", "organization") and mention.actor.country and (
                        (mention.actor.name is not None and not people)
                        or mention.actor.sector in _ARMED_GROUPS):
                    return mention.actor  # (a named body or an armed group, not "schoolgirls")
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids):
            return None
        if any(c.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod", "prep", "appos")
               for c in kids):
            return None  # "the US-backed border force" is a new entity, not "the force"
        lemma = tok.lemma_.lower()
        for mention in reversed(self._before(tok, window=6)):
            if mention.head_lemma == lemma and mention.actor.country:
                return mention.actor
        for mention in reversed(self._before(tok, window=6)):
            # "Syrian rebel groups ... the rebels": the earlier phrase's modifier names them
            head = self.doc[mention.index]
            if mention.actor.country and any(c.dep_ in ("compound", "amod") and
                                             c.lemma_.lower() == lemma for c in head.children):
                return mention.actor
        if sector is None or lemma in _PROPERTY:
            return None  # "Israel bombed the consulate": a building is no earlier state
        # "China sent rescue teams to Mandalay while the junta kept bombing": a state organ
        # is the clause's own country's when the clause names one, not the last state named
        here = self.context_country(tok) if sector in _STATE_SIDE else None
        for mention in reversed(self._before(tok, window=6)):
            if mention.actor.sector == sector and mention.actor.country and (
                mention.actor.kind == "person") == _is_person_noun(tok) and (
                    here is None or mention.actor.country == here):
                return mention.actor
        if sector in _STATE_SIDE and not _is_person_noun(tok):
            # "Suu Kyi told the court that the military had not ...": a speaker's "the army",
            # "the government" is their own country's
            country = self._speaker_country(tok)
            if country is not None:
                return Actor(text=self.mention_span(tok).text, country=country, sector=sector,
                             code=country + sector, kind="state")
        return None

    def _speaker_country(self, tok: Token) -> str | None:
        """The country of whoever says the clause ``tok`` stands in, if it is a state's."""
        clause = next((a for a in tok.ancestors if a.dep_ == "ccomp"), None)
        if clause is None:
            return None
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        country = self.resolve(subj).country
        return country if country and country not in NONSTATE_CODES else None

    def _voice_of(self, tok: Token, actor: Actor) -> str | None:
        """ "The White House paused aid, an official said": an unnamed official reporting what
        a state did speaks for that state (the state acting is the reported clause's subject)."""
        if actor.sector not in _STATE_SIDE or actor.kind != "person" or tok.dep_ != "nsubj":
            return None
        verb = tok.head
        if load_lexicon().control.get(verb.lemma_.lower()) != "report":
            return None
        content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if content is None and verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i:
            content = verb.head  # the inverted "..., an official said"
        subj = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")),
                    None) if content is not None else None
        if subj is None or subj.pos_ == "PRON":  # "soldiers said they had seized power"
            return None
        acting = self.resolve(subj)
        if acting.sector not in _STATE_SIDE or acting.country in (None, *NONSTATE_CODES):
            return None
        return acting.country

    def _named_earlier(self, tok: Token) -> str | None:
        """ "aid to the country", "the country's central bank": the country last named before,
        other than the one whose actors do the act ("Russian missiles struck cities across the
        country" after "Ukraine" is Ukraine)."""
        if tok.lemma_.lower() not in ("country", "nation") or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                c.dep_ in ("amod", "compound", "nmod") for c in tok.children):
            return None
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        doers = [d for c in (_doers(verb) if verb is not None else [])
                 for d in (c, *c.conjuncts)]
        if any(_spans(d, tok) for d in doers):
            return None  # "the country said": who speaks is the story's subject, not the last named
        kb = self.kb
        acting = {found.iso3 for d in doers for t in d.subtree if t.i != tok.i
                  for look in (kb.country_by_name, kb.country_by_demonym, kb.country_by_capital)
                  if (found := look(_bare((_entity(t) or t).text)))}
        # a name used as a modifier ("US congresswomen") is no country the story is set in
        for ent in reversed([e for e in self.doc.ents if e.end <= tok.i and e.label_ == "GPE"
                             and e.root.dep_ not in ("compound", "amod", "nmod")]):
            found = kb.country_by_name(_bare(ent.text))
            if found is not None and found.iso3 not in acting:
                return found.iso3
        return None

    def _country_of(self, tok: Token) -> str | None:
        kb = self.kb
        owner = _own_country(tok)
        if owner is not None:  # "his country's defence force": the owner's
            return self.resolve(owner).country
        named = self._named_earlier(tok)
        if named is not None:
            return named
        for start, end, country, _name in self.places:
            if start <= tok.idx < end:
                return country  # "Gaza's health ministry", "Istanbul mayor"
        if not (tok.pos_ == "PROPN" or tok.text[:1].isupper()):
            return None  # "the island's president": names are capitalised
        ent = _entity(tok)
        text = ent.text if ent is not None else tok.text
        text = _bare(text)  # "North Korea's"
        for look in (kb.country_by_demonym, kb.country_by_name, kb.country_by_capital):
            found = look(text) or (look(tok.text) if text != tok.text else None)
            if found is not None:
                return found.iso3
        if ent is not None and ent.label_ == "ORG" and len(ent) > 1:
            # "New Zealand Air Force", "Royal Thai Navy" (a name the KB lacks): the country
            # its name begins with
            words = [t.text for t in ent if t.lower_ not in ("the", "royal")]
            for k in (3, 2, 1):
                if len(words) > k:
                    head = " ".join(words[:k])
                    found = kb.country_by_name(head) or kb.country_by_demonym(head)
                    if found is not None:
                        return found.iso3
        # "Congolese troops ... Bukavu": an ambiguous demonym takes the one the article places
        placed = {country for _s, _e, country, _n in self.places}
        options = [c.iso3 for c in kb.countries_by_demonym(text) if c.iso3 in placed]
        if len(options) == 1:
            return options[0]
        seat = kb.seat(text) if not _generic(text) else None
        return seat[0].iso3 if seat else None


_PLACE_NOUNS = frozenset({"city", "town", "enclave", "region", "island", "province", "territory",
                          "village", "capital", "strip", "peninsula", "district", "port", "country",
                          "nation", "kingdom", "republic"})
"""Nouns that, definite and unnamed, refer back to a place the text has just named."""
_STATE_NOUNS = frozenset({"country", "nation", "kingdom", "republic"})
_COURT_SEATS = frozenset({"The Hague", "the Hague", "Hague", "Strasbourg"})
"""Seats of international courts: a court "in" them is international (IGO), not the host's."""
_MISSIONS = frozenset({"embassy", "consulate", "mission", "office"})
"""Premises of a sender abroad: "embassies in Kinshasa" are not Congo's."""
_PLACE_PARTS = frozenset({"runway", "airport", "outskirts", "suburb", "centre", "center",
                          "port", "harbour", "harbor", "base", "bridge", "border", "coast",
                          "neighbourhood", "neighborhood", "square", "street", "road",
                          "heart", "edge"})
"""Parts of a place: "the runways of Beirut's airport" are in Lebanon."""
_CONTEXT_SECTORS = frozenset({"COP", "MIL", "CVL", "OPP", "EDU", "LAB", "JRN", "LEG", "JUD",
                              "SPY", "CRM", "BUS", "REL", "MED", "SOC", "AGR", "REF", "REB",
                              "PTY", "GOV", "UAF", "ELI", "PRM"})
_HOME_SECTORS = frozenset({"COP", "CVL", "EDU", "LAB", "OPP", "MED", "MIL", "LEG", "JUD", "GOV",
                           "REB", "CRM", "JRN", "AGR"})
"""Unnamed people whose country the story's setting gives when their sentence does not."""
_LOCATIVE = frozenset({"in", "near", "at", "around", "across", "outside", "inside", "throughout",
                       "into", "on", "along", "off", "to"})
_STATE_SIDE = frozenset({"GOV", "COP", "JUD", "LEG", "SPY", "MIL"})
"""Sectors of a state's own apparatus: whose "its army" or "the government" is the owner's."""
_ARMED_GROUPS = frozenset({"REB", "PRM", "CRM", "UAF"})
ARMED_SECTORS = _ARMED_GROUPS | {"MIL", "COP", "SPY"}
"""Sectors that bear arms: armed groups and a state's forces, police and agents."""
_MUNITIONS = frozenset({"rocket", "shell", "bomb", "mortar", "grenade", "munition", "projectile",
                        "explosive", "mine"})
_ARMS = frozenset({"missile", "drone", "jet", "warplane", "tank", "artillery", "ship", "warship",
                   "rocket", "aircraft", "bomber", "submarine", "helicopter", "weapon"})
_GENERIC_WORDS = frozenset({
    "supreme", "federal", "national", "central", "high", "constitutional", "army", "navy",
    "military", "police", "parliament", "congress", "senate", "court", "government", "ministry",
    "council", "assembly", "house", "security", "forces", "force", "armed", "air", "service",
    "intelligence", "guard", "guards", "coast", "border", "special", "presidential", "palace",
    "cabinet", "state", "department", "justice", "defence", "defense", "interior", "foreign",
    "affairs", "office", "agency", "commission", "committee", "authority", "authorities",
    "the", "of", "and", "junta", "regime", "administration", "election", "electoral"})


def _generic(text: str) -> bool:
    """ "the Supreme Court", "the Army": names every country has, never matched to one."""
    words = text.lower().replace("-", " ").split()
    return bool(words) and all(w in _GENERIC_WORDS for w in words)


def unplaceable(tok: Token) -> bool:
    """A mention whose country neither the sentence's other names nor its places may supply:
    a weapon named as the doer ("an explosive-laden drone struck": whose, the text does not
    say), several states named as allies or powers, migrants at a border (guide: null REF), or
    anything "foreign" ("expelled foreign aid agencies")."""
    doer = tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")
    weapon = doer and tok.pos_ == "NOUN" and tok.lemma_.lower() in _ARMS | _MUNITIONS
    if tok.lower_ in ("allies", "powers", "capitals", "governments"):
        return True  # "Kyiv and its allies", "outside powers", "governments across the region":
        # states other than the scene's
    if tok.lemma_.lower() in ("migrant", "seeker") and not any(
            c.dep_ in ("amod", "compound", "nmod") for c in tok.children if c.lower_ != "asylum"):
        return True  # "water cannon on migrants at the Kuznica crossing": not Poland's
    return weapon or any(c.lower_ in _UNPLACED and c.dep_ in ("amod", "compound")
                         and c.i < tok.i for c in tok.subtree)


_UNPLACED = frozenset({"foreign", "international", "western", "caribbean", "african", "arab",
                       "european", "asian", "latin", "gulf", "nordic", "baltic", "balkan",
                       "regional", "world"})
"""Modifiers that place a mention in no one country ("Caribbean leaders", "Western
governments"): annotation guide, section 4."""


def with_country(actor: Actor, country: str, why: str | None = None) -> Actor:
    """The same actor placed in a country (its code follows); ``why`` names an inference the
    text does not state, kept as a ``country-from:`` qualifier."""
    country = SOVEREIGN.get(country, country)  # "unrest in Noumea": France's, not New Caledonia's
    update: dict[str, object] = {"country": country, "code": country + (actor.sector or "")}
    if why is not None:
        update["qualifiers"] = (*actor.qualifiers, f"country-from:{why}")
    return actor.model_copy(update=update)


def _modifier_state(tok: Token) -> str | None:
    """The country a demonym or country name before ``tok`` names ("Philippine", "Peru's")."""
    kb = load_kb()
    for child in tok.lefts:
        if child.dep_ in ("amod", "compound", "poss") and child.text[:1].isupper():
            found = kb.country_by_demonym(child.text) or kb.country_by_name(_bare(child.text))
            if found is not None:
                return found.iso3
    return None


def _whose(tok: Token) -> Token | None:
    """The one a noun belongs to: its possessor ("his supporters", "Sanchez's wife"), else the
    object of its "of" ("supporters of Imran Khan", "a son of El Chapo")."""
    return next((c for c in tok.children if c.dep_ == "poss"), None) or next(
        (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
         for g in c.children if g.dep_ == "pobj"), None)


def _modifier_chain(tok: Token, top: Token) -> bool:
    """Is ``tok`` joined to ``top`` through modifiers only (amod/compound, no hyphenated
    patron: "US-backed")?"""
    while tok.i != top.i:
        if tok.dep_ not in ("amod", "compound") or (
                tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"):
            return False
        tok = tok.head
    return True


def _bare(text: str) -> str:
    """A name without its possessive ending ("North Korea's" -> "North Korea")."""
    return re.sub(r"['’]s?$", "", text)


def _own_country(tok: Token) -> Token | None:
    """The possessive pronoun of "his country", "their nation", if ``tok`` is such a noun."""
    if tok.lemma_.lower() not in ("country", "nation", "homeland"):
        return None
    return next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"
                 and c.lower_ not in ("my", "our", "your")), None)


def _state(text: str, iso3: str, name: str, sector: str | None) -> Actor:
    return Actor(text=text, name=name, country=iso3, sector=sector,
                 code=iso3 + (sector or ""), kind="state")


def _entity(tok: Token) -> Span | None:
    """The named entity a token belongs to (an index built once per document)."""
    index = tok.doc.user_data.get("eventwire_ent_of")
    if index is None:
        # an "entity" with a verb in it ("Macron welcomed Scholz" tagged ORG) is a model error
        index = {i: ent for ent in tok.doc.ents for i in range(ent.start, ent.end)
                 if not any(t.pos_ in ("VERB", "AUX") for t in ent)}
        tok.doc.user_data["eventwire_ent_of"] = index
    return index.get(tok.i) if tok.ent_type_ else None


def _name_rest(tok: Token) -> Token | None:
    """The surname the parser hung on a first name as an apposition ("Umaru Yar'Adua" read
    as "Umaru", appositive "Yar'Adua"); None when the name is whole."""
    if tok.pos_ != "PROPN" or tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    if nxt.head.i == tok.i and nxt.dep_ == "appos" and nxt.pos_ == "PROPN" and (
            nxt.text[:1].isupper() and tok.whitespace_ != "" and nxt.n_lefts == 0
            and nxt.n_rights == 0):
        return nxt
    return None


def window_start(tok: Token, back: int) -> int:
    """The character offset where the sentence ``back`` sentences before ``tok``'s begins."""
    first = tok.sent.start
    for _ in range(back):
        if first > 0:
            first = tok.doc[first - 1].sent.start
    return tok.doc[first].idx


def _listed(tok: Token) -> list[Token]:
    """A name and the names listed with it; the model may hang a list's second item on the
    first as an apposition ("Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan")."""
    out = [tok, *tok.conjuncts]
    for appos in tok.children:
        if appos.dep_ == "appos" and appos.i > tok.i and appos.conjuncts:
            out += [appos, *appos.conjuncts]
    return list(dict.fromkeys(out))


def _former(tok: Token) -> bool:
    """ "former president Jacob Zuma", "an ex-minister", "Jorge Glas, a former vice-president":
    the mention, its title or its close apposition says the office is over."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                    and c.i - tok.i <= 5)]
    for head in heads:
        for child in head.lefts:
            words = [child, *child.lefts] if child.dep_ in ("compound", "amod", "nmod") else [child]
            if any(w.lower_ in _FORMER and w.dep_ in ("amod", "compound", "nmod", "advmod")
                   for w in words):
                return True
    return False


_FORMER = frozenset({"former", "ex", "erstwhile", "ousted", "deposed", "toppled"})


def _is_person_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in {
        "general", "minister", "president", "spokesman", "spokeswoman", "spokesperson",
        "commander", "official", "leader", "chief", "head", "secretary", "ambassador",
        "diplomat", "envoy", "premier", "chancellor", "king", "emir", "journalist",
        "reporter", "colonel", "admiral", "prosecutor", "judge", "source", "counterpart",
        "governor", "mayor", "senator", "lawmaker", "officer", "soldier", "adviser", "advisor",
        "ruler"}


_ARMED_HEADS = frozenset({"gunman", "fighter", "militant", "attacker", "member",
                          "hitman", "assailant"})
"""Armed men whose modifier may name their group's kind ("cartel gunmen" are CRM)."""
_ROLE_HEADS = frozenset({"leader", "spokesman", "spokeswoman", "spokesperson", "commander",
                         "chief", "official", "representative", "negotiator", "figure"})
UTTERANCES = frozenset({"verdict", "ruling", "judgment", "judgement", "decision", "response",
                         "statement", "announcement", "decree", "order", "reply", "answer"})
"""What an actor issues: it acts, as subject or doer, for its maker."""
_STAFF = frozenset({"office", "aide", "camp", "team", "entourage", "staff", "adviser",
                    "advisor", "spokesman", "spokeswoman", "spokesperson", "campaign"})
"""A person's own staff, who speak and act for them in the person's sector."""
_IGO_STAFF = frozenset({"expert", "team", "mission", "delegation", "panel", "staff", "investigator",
                        "envoy", "inspector", "mediator", "negotiator"})
"""Who an international body sends: its executive's people (guide: UN experts UNO GOV)."""
_RESIDENTS = frozenset({"CVL", "OPP", "LAB", "EDU", "MED", "COP", "JUD", "LEG", "AGR", "REL"})
"""People who are where they live: "protesters in Kinshasa", "students in Dhaka"."""
_COUNTERPARTS = frozenset({"ally", "partner", "enemy", "rival", "neighbour", "neighbor",
                           "foe", "adversary", "counterpart"})
"""Whose owner they are not: "its allies" are other states than its own."""
_WATCHERS = frozenset({"monitor", "observer"})
"""Civil-society watchers (SOC) on their own; an international body's are its officials."""
_GROUP_SECTORS = frozenset({"REB", "OPP", "PRM", "CRM", "LAB", "REL", "EDU", "BUS", "SOC", "JRN",
                            "MIL", "COP", "SPY"})
"""Sectors a modifier gives an office it qualifies ("a rebel spokesman" is REB, not GOV)."""


_VENUES = frozenset({"talk", "summit", "conference", "meeting", "negotiation", "forum",
                     "session", "ceremony"})
"""Gatherings whose place ("talks in Geneva") says nothing of the parties' country."""
_EMPLOYED = frozenset({"work", "employ", "hire", "contract"})
"""Participles naming who people work for: "guards working for Blackwater"."""


def _sector(kb: KnowledgeBase, tok: Token) -> str | None:
    """Sector from the head noun, trying "foreign minister" before "minister"."""
    lemma = tok.lemma_.lower()
    doc = tok.doc
    # "vice-president": the tokenizer splits a hyphenated title into three tokens
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and not (
            doc[tok.i + 1].whitespace_):
        found = kb.sector_for_noun(f"{tok.lower_}-{doc[tok.i + 2].lower_}", exact=True)
        if found:
            return found
    # "secretary of state", "ministry of defence"
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found = kb.sector_for_noun(f"{lemma} of {obj.lower_}", exact=True)
                    if found:
                        return found
    # the longest run of modifiers first ("interior ministry troops" before "troops"), as
    # lemmas ("armed man") and as written ("rights groups": the lemma of "rights" is "right");
    # a hyphen the tokenizer split off is a space to the KB ("pro - government militia")
    mods: list[Token] = []
    for child in sorted(tok.lefts, key=lambda c: -c.i):
        if child.dep_ not in ("amod", "compound") or child.i != (mods[-1].i if mods else tok.i) - 1:
            break
        if child.pos_ == "PROPN" and lemma in _ROLE_HEADS:
            break  # "African Union leaders": a named body's officers, not a trade union's
        mods.append(child)
    for k in range(len(mods), 0, -1):
        run = mods[:k][::-1]
        for phrase in (" ".join([*(m.lemma_.lower() for m in run), lemma]),
                       " ".join([*(m.lower_ for m in run), tok.lower_])):
            found = kb.sector_for_noun(phrase, exact=True)
            if found:
                return found
    if mods and lemma in _ARMED_HEADS:
        # "cartel gunmen", "gang members", "militia fighters": the armed men are the group's
        found = kb.sector_for_noun(mods[0].lemma_.lower(), exact=True)
        if found in ("CRM", "REB", "PRM"):
            return found
    if mods and lemma in _ROLE_HEADS:
        # "rebel leaders", "militia commander", "union spokesman": the office is the group's
        found = (kb.sector_for_noun(mods[0].lemma_.lower(), exact=True)
                 or kb.sector_for_noun(mods[0].lower_, exact=True))
        if found in _GROUP_SECTORS:
            return found
    return (kb.sector_for_noun(tok.lower_, exact=True) or kb.sector_for_noun(lemma)
            or kb.sector_for_noun(tok.lower_))


class ActorResolver:
    """Entry point: one per process; ``for_article`` gives per-article coreference state."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or load_kb()
        self._matchers: dict[int, PhraseMatcher] = {}

    def matcher(self, nlp: Language) -> PhraseMatcher:
        """A case-sensitive matcher of multi-word KB names, built once per pipeline."""
        key = id(nlp.vocab)
        if key not in self._matchers:
            matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
            names = sorted({n for n, kind in self.kb.all_names()
                            if kind in ("organization", "person", "seat", "country")
                            and (" " in n or "-" in n)})
            matcher.add("KB", [nlp.make_doc(n) for n in names])
            self._matchers[key] = matcher
        return self._matchers[key]

    def for_article(self, doc: Doc, published: date | None,
                    prescan: bool = True) -> ArticleActors:
        """Per-article state; ``prescan=False`` when places will be set (which prescans)."""
        state = ArticleActors(self.kb, doc, published, self.matcher(load_nlp()))
        if prescan:
            state.prescan()
        return state


_DOER_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "conj", "pcomp", "acl"})
"""Dependencies of a verb that heads a clause of its own (a control complement does not)."""


def _heads_clause(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ in _CLAUSE_DEPS


def _doers(clause: Token) -> list[Token]:
    return [c for c in clause.children if c.dep_ in _DOER_DEPS]


def _accused_doer(clause: Token) -> list[Token]:
    """ "accused Ankara of supporting terrorist groups": the object of the accusation is who
    does what the "of" clause tells."""
    prep = clause.head
    if clause.dep_ != "pcomp" or prep.lower_ not in ("of", "for") or prep.head.pos_ != "VERB":
        return []
    return [c for c in prep.head.children if c.dep_ == "dobj"]


def _spans(phrase: Token, tok: Token) -> bool:
    """Is ``tok`` inside the phrase headed by ``phrase``?"""
    return phrase.left_edge.i <= tok.i <= phrase.right_edge.i


def _clause_of(tok: Token) -> Token | None:
    """The verb heading the clause a mention is in, or None at the sentence's root clause."""
    head = tok.head
    while head.i != head.head.i:
        if _heads_clause(head):
            return head
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or any(_spans(c, tok) for c in _doers(head)):
        return None  # the main clause's doer is placed by the whole sentence
    return head


def _clause_tokens(clause: Token) -> set[int]:
    """The clause's own tokens: its subtree without the clauses nested in it."""
    inside = {t.i for t in clause.subtree}
    for t in clause.subtree:
        if t.i != clause.i and _heads_clause(t):
            inside -= {u.i for u in t.subtree}
    return inside


def _where_antecedent(clause: Token) -> Token | None:
    """ "to Sudan, where the army ...": the place a "where" relative clause is about."""
    if clause.dep_ != "relcl":
        return None
    if any(c.lower_ == "where" and c.dep_ == "advmod" for c in clause.children):
        return clause.head
    return None


def _dominant(weights: Counter[str]) -> str | None:
    """The country with at least two thirds of the weight, if any."""
    if not weights:
        return None
    country, weight = weights.most_common(1)[0]
    return country if weight * 3 >= 2 * sum(weights.values()) else None


def _bracketed(appos: Token) -> bool:
    """A close apposition, or one set off by commas on both sides (or ending the sentence):
    ", Felix Tshisekedi," (a name run into the next clause is a misparse: "cancer, Nicolas
    Maduro announced")."""
    doc = appos.doc
    before, after = appos.left_edge.i - 1, appos.right_edge.i + 1
    if before < 0:
        return False
    if appos.head.i == before or doc[before].dep_ == "compound":
        return True  # a close apposition: "the drug lord Joaquin Guzman"
    return doc[before].text in (",", "(", "—", "-") and (
        after >= len(doc) or doc[after].is_punct)


def _list_item(tok: Token, appos: Token) -> bool:
    """ "freed Ingrid Betancourt, three American contractors and 11 other hostages": a plural
    "apposition" of one named person is the next item of a list, not a description of her."""
    return tok.tag_ in ("NN", "NNP") and appos.tag_ in ("NNS", "NNPS")
