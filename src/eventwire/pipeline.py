"""The orchestrator: wires the stages, nothing else.

    article -> clean -> spaCy -> candidates (coding) -> actors / where / when / attribution
            -> Event records

``Pipeline.extract(article)`` returns typed ``Event`` records; ``Pipeline.run(articles)`` batches
the parse with ``nlp.pipe``. ``extract_events(text)`` is the one-call convenience API.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from . import when
from .actors.kb import NONSTATE_CODES, load_kb
from .actors.resolver import (
    ARMED_SECTORS,
    KIN,
    UTTERANCES,
    ActorResolver,
    ArticleActors,
    unplaceable,
    window_start,
    with_country,
)
from .attribution import loaded_in, opinion_score, quotation_speakers
from .clean import clean
from .coding.extract import ONGOING, Candidate, Speech, expand_conj, find_candidates
from .coding.lexicon import QUAD_OF_TYPE, Lexicon, load_lexicon
from .datafiles import package_file, read_tsv
from .geo import GeoResolver, Toponym
from .geo.gazetteer import iso2_of
from .model import Actor, Article, Attribution, Cameo, Event, Factuality, Place, Plover, TimeSpan
from .nlp import load_nlp
from .options import Options

_CIVILIAN_SECTORS = frozenset({"CVL", "OPP", "EDU", "LAB", "SOC", "REL", "AGR"})
_DOMESTIC_SECTORS = frozenset({"COP", "MIL", "CVL", "OPP", "EDU", "LAB", "JRN", "GOV", "LEG",
                               "JUD", "SPY", "CRM", "BUS", "REL", "MED", "SOC", "AGR", "REF",
                               "REB", "PTY", "PRM"})
_CIVIL_SECTORS = frozenset({"CVL", "JRN", "EDU", "OPP", "LAB", "REL", "MED", "BUS", "PTY", "SOC",
                            "AGR", "CRM"})
"""A state's own people; refugees and migrants (REF) are, by what they are, from elsewhere."""
_STATE_SECTORS = frozenset({"COP", "JUD", "GOV", "SPY", "LEG"})
_FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
_MUTUAL = frozenset({"agree", "sign", "reach", "conclude", "seal", "strike", "negotiate",
                     "agreement", "deal", "accord", "treaty", "pact"})
"""SUPPORT triggers whose co-agents are each other's counterparts ("X and Y signed a pact")."""
_UNILATERAL = frozenset({"offer", "pledge", "promise", "vow", "commit", "volunteer"})
"""AGREE triggers that are one-sided: "Turkey and Russia agreed" or "settled a dispute" is an
agreement between them, but "Egypt and Saudi Arabia offered to host talks" is two offers."""
_TALKS = frozenset({"talk", "talks", "negotiate", "negotiation", "discuss", "discussion"})
"""CONSULT triggers that both sides do: "Vucic held talks with Kurti" is Kurti's talks with
Vucic too (the gold codes them both ways), where "met" or talks on a trip may be a visit (one
way)."""
_ZONES = {row["zone"]: row["country"] for _, row in read_tsv(package_file("geo",
                                                                          "timezones.tsv"))}
"""Time zones of one country each ("HKT": Hong Kong), by abbreviation."""
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\s+([A-Z]{2,5})\b")
_FLIGHT = frozenset({"flee", "escape", "leave"})
_DETENTION = frozenset({"prison", "jail", "gaol", "detention", "custody", "inmate", "cell"})
_CLASH = frozenset({"clash", "fight", "fighting", "battle", "skirmish", "brawl", "exchange",
                    "trade", "gunfire", "firefight", "gunfight", "shootout"})
"""ASSAULT triggers whose co-agents fight each other ("Indian and Chinese soldiers clashed",
"exchanged fire")."""
_EVENT_NOUN_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "REJECT", "AGREE", "SUPPORT"}


@dataclass
class _DocContext:
    article: Article
    doc: Doc
    actors: ArticleActors
    timexes: list[when.Timex]
    toponyms: list[Toponym]
    narrative: TimeSpan | None


class Pipeline:
    """Extract coded events from articles. Heavy resources load lazily, once."""

    def __init__(self, options: Options | None = None, lexicon: Lexicon | None = None,
                 actors: ActorResolver | None = None, geo: GeoResolver | None = None) -> None:
        self.options = options or Options()
        self._lexicon = lexicon
        self._actors = actors
        self._geo = geo

    # -------------------------------------------------------------- resources

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = load_lexicon()
        return self._lexicon

    @property
    def actors(self) -> ActorResolver:
        if self._actors is None:
            self._actors = ActorResolver()
        return self._actors

    @property
    def geo(self) -> GeoResolver | None:
        if self._geo is None and self.options.geo:
            self._geo = GeoResolver()
        return self._geo

    # -------------------------------------------------------------- public API

    def extract(self, article: Article) -> list[Event]:
        """Events of one article (cleaned first)."""
        return next(self.run([article]))[1]

    def run(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Clean, parse in batches, and code every article; yields (cleaned article, events)."""
        nlp = load_nlp(self.options.model)
        cleaned = (clean(a) for a in articles)
        pairs = ((a.text, a) for a in cleaned)
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=self.options.batch_size):
            events = self.events_from_doc(article, doc)
            yield article.model_copy(update={"opinion_score": opinion_score(doc)}), events

    def events_from_doc(self, article: Article, doc: Doc) -> list[Event]:
        ctx = self.analyze(article, doc)
        events: list[Event] = []
        quotes = quotation_speakers(doc)
        for sent in doc.sents:
            found: list[Event] = []
            quoted = quotes.get(sent.start)
            for cand in find_candidates(sent, self.lexicon, self.options.drop_questions):
                if quoted is not None and not cand.speech:
                    # inside a quotation that a later sentence attributes: '"...," he said.'
                    cand.speech.append(Speech(quoted.speaker, quoted.cue, None, "report"))
                    cand.flags.add("reported")
                    cand.rules.append("quotation")
                found.extend(self._events(ctx, cand, events + found))
            events.extend(_dedupe(found))
        return [e for e in events if e.confidence >= self.options.min_confidence]

    # -------------------------------------------------------------- internals

    def analyze(self, article: Article, doc: Doc) -> _DocContext:
        """Per-document state shared by the stages: actors, times, places."""
        actors = self.actors.for_article(doc, article.published, prescan=self.geo is None)
        timexes = when.find_timexes(doc, article.published)
        toponyms: list[Toponym] = []
        if self.geo is not None:
            # people, groups and organisations are never places; states and capitals may be.
            # Only names the knowledge base vouches for: spaCy labels some towns PERSON.
            kb = self.actors.kb
            named = [(span, actor) for span, actor in actors.named_mentions()
                     if actor.kind in ("person", "group", "organization") and actor.country
                     and "country-from:context" not in actor.qualifiers
                     and (kb.person(span.text, article.published) is not None
                          or kb.organization(span.text) is not None)]
            spans = [(span.start_char, span.end_char) for span, _ in named]
            # a known person's one-word name the model left untagged is no place either
            # ("solidarity with Lula" is not Lulea): the whole name or alias, not a surname
            # ("Residents of Kobani": a commander is also called Mazloum Kobani)
            untagged = actors.untagged_people()
            spans += [(t.idx, t.idx + len(t.text)) for t, _ in untagged]
            # a surname after a name particle after a title is a person ("President dos
            # Santos" is not Santos, Brazil; "Rio de Janeiro" has no title)
            spans += [(t.idx, t.idx + len(t.text)) for t in doc if t.pos_ == "PROPN"
                      and t.i >= 2 and doc[t.i - 1].lower_ in _NAME_PARTICLES
                      and kb.sector_for_noun(doc[t.i - 2].lower_, exact=True) is not None]
            # a surname standing alone after the full name is that person, whatever the model
            # tags it ("installed Pedro Carmona ... within hours Carmona had dissolved"), unless
            # it names a state or a capital ("Mr Jordan", "George Washington")
            full = [ent for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1]
            spans += [(t.idx, t.idx + len(t.text)) for t in doc if t.pos_ == "PROPN" and any(
                ent.end <= t.i and ent[-1].text == t.text for ent in full)
                and kb.country_by_name(t.text) is None and kb.country_by_capital(t.text) is None]
            # the countries of the people and groups the story names are place context too
            # ("Gustavo Petro declared ...": Catatumbo is in Colombia)
            hints: dict[str, float] = {}
            countries = [actor.country for _, actor in named] + [
                found[1].country for _, found in untagged if found[1] is not None]
            for code in countries:  # ("Sirleaf quarantined West Point": Liberia's)
                _hint(hints, code, 0.5)
            for tok in doc:
                # "Bolivian troops arrested the governor of Pando": a demonym the story uses
                # is weaker context of the same kind (Pando is Bolivia's, not Uruguay's);
                # one that names many states ("Congolese") tells nothing
                country = kb.country_by_demonym(tok.text) if tok.ent_type_ == "NORP" and (
                    tok.pos_ in ("ADJ", "PROPN")) and not (
                    tok.i > 0 and doc[tok.i - 1].lower_ == "ethnic") else None  # (a people)
                if country is not None:
                    _hint(hints, country.iso3, 0.25)
            told = " ".join([*article.removed, doc.text])
            for tag in _HASHTAG.findall(told):
                # "#LebanonProtests": a country a post's hashtag names is context like a
                # country the text names (its Tripoli is Lebanon's, not Libya's)
                for word in _CAMEL.findall(tag):
                    country = kb.country_by_name(word)
                    if country is not None:
                        _hint(hints, country.iso3, 0.5)
            for zone in _CLOCK.findall(told):
                # "18:20 HKT — Riot police fired tear gas ... in Admiralty": a live blog's local
                # time (cleaning keeps an entry's stamp aside) tells where it is written from:
                # Hong Kong's Admiralty, not Singapore's
                if zone in _ZONES:
                    _hint(hints, _ZONES[zone], 0.5)
            toponyms = list(self.geo.resolve_doc(doc, exclude=spans, hints=hints))
            _relabel_places(doc, toponyms)
            actors.set_places([(t.start_char, t.end_char, t.place.country, t.place.name)
                               for t in toponyms if t.place.country])
        narrative = None
        if article.published is not None:
            # no time expression: "reported in the week up to publication"
            narrative = TimeSpan(start=article.published - timedelta(days=6),
                                 end=article.published, precision="week", text=None)
        return _DocContext(article, doc, actors, timexes, toponyms, narrative)

    def _author_of(self, tok: Token, cand: Candidate, earlier: list[Event]) -> list[Actor]:
        """ "their annual exercise, which Pyongyang has condemned": a verbal act aimed at an act
        told just before in the sentence is aimed at whoever did it; so is one aimed at a noun
        naming such an act ("Israeli jets struck a building in Doha; Qatar condemned the
        attack", "... condemned the takeover") when an act of force was told just before."""
        if cand.ptype not in ("ACCUSE", "REJECT", "SUPPORT") or tok.pos_ == "PROPN":
            return []
        if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
            tok = tok.head.head  # the relative pronoun stands for the noun it follows
        sent = cand.sent
        for event in earlier:  # a joint act: its first-named doer
            if event.trigger_span is None:
                continue
            start, end = event.trigger_span
            if event.source is not None and event.source.country and (
                    sent.start_char <= start < sent.end_char and start <= tok.idx < end):
                return [event.source.model_copy(update={"text": tok.text})]
        # "the move", "the verdict"; or any noun set beside a clause to sum it up ("..., a
        # drill Moscow has criticised", "..., an assertion the rebels disputed")
        summing = tok.pos_ == "NOUN" and _sums_up(tok)
        deed = tok.pos_ == "NOUN" and (tok.lemma_.lower() in self.lexicon.classes.get(
            "deeds", ()) or summing) and not any(_names_author(c) for c in tok.children)
        force = cand.ptype == "ACCUSE" and tok.pos_ == "NOUN" and any(
            e.plover_type in ("ASSAULT", "COERCE")
            for e in self.lexicon.nouns.get(tok.lemma_.lower(), ()))
        if not (deed or force):
            return []
        # the last act told before the noun, in its sentence or the one before: an act of force
        # for "the attack"; any act for "the move", "the verdict" (whose author it does not say)
        floor = window_start(tok, 1)
        doers = {a.text for a in cand.agents}  # no one condemns their own act here
        told = [e for e in earlier if e.trigger_span is not None and e.source is not None
                and e.source.country and floor <= e.trigger_span[0] < tok.idx
                and (deed or e.plover.type in ("ASSAULT", "COERCE"))
                and e.source.text not in doers]
        if not told:
            return []
        last = max(told, key=lambda e: e.trigger_span[0] if e.trigger_span else 0)
        if deed and summing:
            # "Canada arrested Meng at the request of the US, a move Beijing denounced": what
            # the noun sums up is the sentence's main act, when that act is told
            root = tok.sent.root
            last = next((e for e in told if e.trigger_span is not None
                         and e.trigger_span[0] <= root.idx < e.trigger_span[1]), last)
        return [last.source.model_copy(update={"text": tok.text})] if last.source else []

    def _owner_of(self, ctx: _DocContext, tok: Token, cand: Candidate) -> list[Actor]:
        """ "brushed off the South Korean government's overtures": a thing acted on that is no
        actor stands for its owner when the text names one."""
        kb = ctx.actors.kb
        if tok.pos_ != "NOUN" or tok.ent_type_ or kb.sector_for_noun(tok.lemma_, exact=True):
            return []  # an actor noun ("the government's envoys") is an actor itself
        for child in tok.children:
            if child.dep_ == "poss" and (child.pos_ in ("NOUN", "PROPN") or (
                    child.pos_ == "PRON" and not _label(cand.trigger)
                    and tok.lemma_.lower() not in KIN)):  # ("his family" are people)
                # ("criticised his plan", "backed his decision": whom "his" stands for, unless
                # it is the doer's own, "ended his visit"; but a label noun, "condemned the
                # incursion as an attack on its sovereignty", tells no act of its own)
                owner = self._actor(ctx, child, cand)
                if child.pos_ == "PRON" and owner is not None and any(
                        _same(owner, self._actor(ctx, a, cand)) for a in cand.agents):
                    return []
                if owner is not None and owner.country and owner.sector:
                    return [owner]
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "with") and (
                    cand.ptype in _RESPONSES) and tok.lemma_.lower() not in self.lexicon.nouns:
                # "denounced the attitude of a US delegation", "turned down grants from
                # Brussels", "suspended contacts with Russia": a named owner or counterpart
                # (not a place things come from, nor the victim of "the arrest of X")
                named = next((o for o in child.children if o.dep_ == "pobj" and (
                    o.ent_type_ in _NAMED or any(c.ent_type_ in _NAMED and c.dep_ in (
                        "compound", "amod") for c in o.children))), None)
                owner = self._actor(ctx, named, cand) if named is not None else None
                if owner is not None and owner.country and owner.sector:
                    return [owner]
        return []

    def _actors_of(self, ctx: _DocContext, tok: Token, cand: Candidate) -> list[Actor]:
        several = ctx.actors.resolve_all(tok)
        if len(several) > 1:
            return several
        first_person = self._first_person(ctx, tok, cand)
        if first_person is not None:
            return [first_person]
        actor = self._actor(ctx, tok, cand)
        return [actor] if actor is not None else []

    def _first_person(self, ctx: _DocContext, tok: Token, cand: Candidate) -> Actor | None:
        """ "We will strike", "our troops" inside a quotation: the speaker's side."""
        mine = tok.lower_ in _FIRST_PERSON or any(
            c.dep_ == "poss" and c.lower_ in _FIRST_PERSON for c in tok.children)
        speaker = next((s.speaker for s in reversed(cand.speech) if s.speaker is not None), None)
        if not mine:
            return None
        said_by = ctx.actors.resolve(speaker) if speaker is not None else self._author(ctx)
        if said_by is None or said_by.country is None:
            return None
        if tok.pos_ == "PRON":
            return said_by.model_copy(update={"text": tok.text})
        own = ctx.actors.resolve(tok)
        return own.model_copy(update={
            "country": said_by.country, "code": said_by.country + (own.sector or "")})

    def _author(self, ctx: _DocContext) -> Actor | None:
        """Who "we" are in a text no one is quoted in: the body a statement or post opens with
        ("WFP South Sudan: This week we airdropped food"), or signs with ("... - Nayib
        Bukele"); when the opening label names no country, the state its first sentence is
        about ("Statement by the Prime Minister: Britain is expelling 23 diplomats")."""
        sents = list(ctx.doc.sents)
        if not sents:
            return None
        first, last = sents[0], sents[-1]
        label = first.text.rstrip().endswith(":")
        signed = next((t for t in last if t.text in ("—", "–", "-") and t.i >= last.end - 6
                       and (t.i > last.start or len(sents) > 1) and t.whitespace_
                       and (t.i == 0 or ctx.doc[t.i - 1].whitespace_)
                       and all(n.pos_ == "PROPN" or n.is_punct for n in ctx.doc[t.i + 1:last.end])
                       ), None)  # "... the full weight of the law. — Nayib Bukele"
        names = [tok for tok in (first if label else ()) if tok.pos_ == "PROPN"]
        if signed is not None:
            names = [tok for tok in ctx.doc[signed.i + 1:last.end] if tok.pos_ == "PROPN"]
        for tok in names:
            actor = ctx.actors.resolve(tok)
            if actor.country and actor.kind != "unknown":
                return actor
        if label and len(sents) > 1:
            subject = next((t for t in sents[1] if t.dep_ == "nsubj"), None)
            about = ctx.actors.resolve(subject) if subject is not None else None
            if about is not None and about.kind == "state":
                return about
        return None

    def _actor(self, ctx: _DocContext, tok: Token | None, cand: Candidate) -> Actor | None:
        """Resolve a mention; a place named as an actor, or an unnamed domestic actor (police,
        protesters, soldiers) in a sentence that names where it happens, takes that country."""
        if tok is None or (tok.pos_ == "VERB" and tok.dep_ == "pcomp"):
            return None  # ("a response to what he called treason": a clause is no actor)
        actor = ctx.actors.resolve(tok)
        if actor.country:
            return actor
        span = ctx.actors.mention_span(tok)
        if actor.sector in _DOMESTIC_SECTORS and not unplaceable(tok) and not any(
            q.startswith("backed:") for q in actor.qualifiers
        ):
            # "soldiers opened fire on protesters ... in Lagos": the event clause's own place
            clause = list(cand.anchor.subtree)
            lo, hi = clause[0].idx, clause[-1].idx
            here = {t.place.country for t in ctx.toponyms if t.place.country
                    and lo <= t.start_char <= hi and t.start_char not in _chars(span)}
            if len(here) == 1:
                return with_country(actor, here.pop())
        return actor

    def _events(self, ctx: _DocContext, cand: Candidate, earlier: list[Event]) -> list[Event]:
        if cand.ptype == "REFER":
            # "... and Russia denied involvement": the latest act of force told before it
            act = next((e for e in reversed(earlier) if QUAD_OF_TYPE.get(e.plover.type) == 4
                        and e.trigger_span is not None and e.trigger_span[0] < cand.trigger.idx
                        and not (e.cameo and e.cameo.code[:3] in _AUTHORITIES_ACTS)), None)
            if act is None:
                return []
            cand.ptype, cand.mode = act.plover.type, act.plover.mode
            cand.cameo = act.cameo.code if act.cameo else ""
            cand.rules.append(f"refers-to:{act.event_id}")
            # the act referred to happened where and when it was told
            return [self._event(ctx, cand, s, act.target, n, earlier).model_copy(
                update={"date": act.date, "location": act.location}) for n, s in enumerate(
                [self._actor(ctx, t, cand) for t in cand.agents] or [None])]
        if _history(cand.trigger, ctx.article.published):
            # "the 1994 genocide against the Tutsi", "the 2015 nuclear deal": an act the story
            # names by its year, long before the article, is background, not news
            return []
        sources: list[Actor | None] = [
            a for t in cand.agents if not _reciprocal(t)
            for a in self._actors_of(ctx, t, cand)] or [None]
        sources = _share_country(sources, cand.agents)
        lemma = cand.trigger.lemma_.lower()
        if (cand.ptype, cand.mode) == ("RETREAT", "release") and all(
                s is not None and s.sector in ("UAF", "CVL", "CRM") for s in sources) and any(
                t.lemma_.lower() in _DETENTION for t in cand.sent):
            # "gunmen attacked two prisons, freeing hundreds of inmates", "protesters stormed
            # the building and freed him from detention": a jailbreak is part of the attack,
            # not a release by those who held them (guide section 8, batch U)
            return []
        if cand.ptype == "RETREAT" and lemma in _FLIGHT and all(
                s is not None and s.sector in ("CVL", "REF") and s.kind != "person"
                for s in sources):
            # "30,000 people have fled the fighting": civilians in flight are a consequence the
            # story reports, not a political act (no PLOVER actor withdraws)
            return []
        if cand.ptype == "RETREAT" and lemma in _FLIGHT and any(
                r in ("gov:aspect:try", "gov:aspect:attempt") for r in cand.rules):
            # "killed as he tried to flee the last rebel-held pocket": a flight cut short is
            # how the story tells a death or a capture, not a withdrawal
            return []
        if "subj-from:acl" in cand.rules and all(
                s is not None and not (s.country or s.sector or s.kind != "unknown")
                for s in sources):
            # "a law suspending cooperation", "agreements normalising relations": what a
            # document provides for is its content, not an act of its own
            return []
        exercise = cand.ptype == "MOBILIZE" and bool(cand.entry.extras) and (
            cand.entry.extras[-1] == "$exercises")
        # "US soldiers began a ten-day exercise with Armenian troops": the partner
        partner = next((w for t in cand.tokens if (w := _with(t)) is not None),
                       None) if exercise else None
        partners = [a for a in self._actors_of(ctx, partner, cand) if a.country] if (
            partner is not None) else []
        if exercise and (partners or len({s.country for s in sources if s is not None}) > 1
                         or any(c.lemma_.lower() == "joint" for t in cand.tokens
                                for c in t.children)):
            # "South Korean and US forces kicked off their annual exercise": a joint exercise
            # is military cooperation between them (PLOVER), not a show of force
            cand.ptype, cand.mode, cand.cameo = "COOPERATE", None, "062"
        if cand.ptype == "CONCEDE" and cand.cameo == "0863" and not cand.targets and len(
                {s.country for s in sources if s is not None and s.country}) > 1:
            # "Ethiopia and Eritrea reopened two border crossings": opened by both sides to
            # each other, a crossing is cooperation between them, not a concession
            cand.ptype, cand.mode, cand.cameo = "COOPERATE", None, "06"
            cand.rules.append("opened-by-both")
        # "the two sides accused each other": the co-agents are each other's targets
        reciprocal = any(_reciprocal(t) for t in cand.targets)
        targets: list[Actor | None] = [
            a for t in cand.targets if not _reciprocal(t)
            for a in (self._author_of(t, cand, earlier) or self._owner_of(ctx, t, cand)
                      or self._actors_of(ctx, t, cand))
        ] or [None]
        out = []
        joint = cand.ptype in ("CONSULT", "COOPERATE") or (
            cand.ptype == "AGREE" and lemma not in _UNILATERAL) or (
            cand.ptype == "SUPPORT" and lemma in _MUTUAL)
        fight = cand.ptype == "ASSAULT" and lemma in _CLASH
        swap = cand.ptype == "RETREAT" and lemma in ("exchange", "swap", "trade")
        # ("the US and Russia exchanged two dozen prisoners": each side frees the other's)
        mutual = reciprocal or (joint and targets == [None]) or swap
        clash = fight and all(t is None or (t.country is None and t.sector is None)
                              for t in targets)
        two_way = joint or fight
        pairs: list[tuple[Actor | None, Actor | None]]
        if partners:
            pairs = [p for s in sources for t in partners for p in ((s, t), (t, s))]
        elif "between" in cand.rules and two_way and len(sources) == 1 and len(targets) == 1 and (
                sources[0] is not None and targets[0] is not None):
            # "talks between A and B", "fighting between the army and the RSF": each side once
            pairs = [(sources[0], targets[0]), (targets[0], sources[0])]
        elif fight and cand.entry.pos == "verb" and len(sources) == 1 and len(targets) == 1 and (
                sources[0] is not None and targets[0] is not None) and (
                sources[0].sector in ARMED_SECTORS and targets[0].sector in ARMED_SECTORS) and any(
                c.dep_ == "prep" and c.lower_ == "with" for t in (cand.trigger, *cand.tokens)
                for c in t.children):
            # "South African troops clashed with rebels", "fought with Tajik border guards": a
            # clash of armed sides has two attackers (as "clashes between A and B"); protesters
            # clashing with police riot (PROTEST), the police's part is not told
            pairs = [(sources[0], targets[0]), (targets[0], sources[0])]
        elif len(sources) > 1 and (mutual or clash):
            # "Turkey and Russia agreed", "Indian and Chinese soldiers fought with clubs" (the
            # clubs are no side): each side is the other's counterpart (dyadic pairs)
            pairs = [(s, t) for s in sources for t in sources if t is not s]
        else:
            pairs = [(s, self._event_noun_target(ctx, cand, t, s, earlier))
                     for s in sources for t in targets]
        if cand.ptype == "CONSULT" and "visitor-from-verb" not in cand.rules and any(
                t.lemma_.lower() in _TALKS for t in cand.tokens):
            # "after 12 hours of talks with Albin Kurti": both sides' talks
            pairs += [(t, s) for s, t in pairs if s is not None and t is not None
                      and (t, s) not in pairs]
        if fight:
            # "police clashed with protesters", "students clashed with police": each side's
            # part is told (guide section 8): the crowd's riot and the force's repression
            pairs += [(t, s) for s, t in pairs if s is not None and t is not None
                      and _crowd_and_force(s, t) and (t, s) not in pairs]
        if cand.cameo == "045":
            # a mediator or host of others' talks has no counterpart (guide section 8), even
            # when the deal it brokered names one ("accepted a truce deal brokered by Egypt")
            pairs = list(dict.fromkeys((s, None) for s, _ in pairs))
        if "target-place-left" not in cand.rules:  # (a state left is no home of the leaver)
            pairs = [_domestic(s, t, cand.ptype, cand.mode) for s, t in pairs]
        if "each-accused" in cand.rules and len(sources) == 2:
            # "accused each other of shelling border villages", "each side accusing the other
            # of shelling its villages": the villages are the accuser's, the shelling the
            # other's
            pairs = [(s, _accusers_own(t, s, sources)) for s, t in pairs]
        if "forces-as-target" in cand.rules and cand.targets and cand.ptype in (
                "MOBILIZE", "CONCEDE"):  # (not a request to send them: "asked Moscow to")
            # "Chavez ordered ten battalions to the Colombian border": one's own forces unless
            # the text names whose they are ("deployed 8,000 North Korean soldiers")
            named = any(c.dep_ in ("amod", "compound", "poss") and (
                c.ent_type_ in ("GPE", "NORP") or c.pos_ in ("PROPN", "PRON"))
                for c in cand.targets[0].subtree)
            pairs = [(s, with_country(t, s.country) if (
                s is not None and t is not None and s.country and not named) else t)
                for s, t in pairs]
        if "target-of-refused-act" in cand.rules:
            # "refused to open its ports", "refused to work for it": the party the refused act
            # names may be the refuser itself; the refusal is then aimed at no one named
            pairs = [(s, None if _same(s, t) else t) for s, t in pairs]
        if "target-personal-poss" in cand.rules:
            # "Kagame commuted his sentence": a "his" that resolves to the doer is someone the
            # text does not name, not the doer acting on himself
            pairs = [(s, None if _same(s, t) else t) for s, t in pairs]
        for n, (source, target) in enumerate(p for p in pairs if not _same(*p)):
            if not (_known(source) or _known(target) or _specific_nominal(cand)):
                continue  # no actor and no specific act: nothing an analyst can use
            if cand.entry.pos == "noun" and target is None and source is not None and (
                    source.country is None and source.name is None and source.sector == "GOV"
                    and not _specific_nominal(cand)):
                continue  # "recognition from foreign capitals", "aid from the world's richest
                # countries": states unnamed doing an unnamed act, a generality
            if "arrival-visit" in cand.rules and source is not None and target is not None and (
                    source.country == target.country):
                continue  # "al-Abadi arrived in Mosul": travel at home visits no other party
            source = acting_by_force(source, cand.ptype, cand.mode, lemma)
            target = place_target(target, cand.ptype, cand.mode)
            ptype, mode, cameo = _by_actors(cand.ptype, cand.mode, cand.cameo, lemma, source,
                                            target)
            if ptype == "MOBILIZE" and _sent_to_help(cand, source, target):
                ptype, mode, cameo = "AID", None, "074"
            coded = replace(cand, ptype=ptype, mode=mode, cameo=cameo)
            out.append(self._event(ctx, coded, source, target, n, earlier))
        if out and cand.ptype in _JOINT_ACTIONS:
            out += self._partners_in_action(ctx, cand, sources, earlier)
        return out

    def _partners_in_action(self, ctx: _DocContext, cand: Candidate,
                            sources: list[Actor | None], earlier: list[Event]) -> list[Event]:
        """ "a joint offensive by Congolese and Rwandan forces", "struck IS fighters in
        coordination with Somalia's government", "in an operation coordinated with Israel": the
        states acting together cooperate militarily (COOPERATE 062, each with the other, as the
        gold codes joint drills and patrols), besides the act itself."""
        found = _joint_cue(cand)
        if found is None:
            return []
        cue, partner = found
        doers = [s for s in sources if s is not None and s.country]
        if partner is not None:
            partners = [a for a in self._actors_of(ctx, partner, cand) if a.country]
            pairs = [p for s in doers for t in partners if t.country != s.country
                     for p in ((s, t), (t, s))]
        else:
            pairs = [(s, t) for s in doers for t in doers if t.country != s.country]
        coded = replace(cand, ptype="COOPERATE", mode=None, cameo="062", trigger=cue,
                        tokens=(cue,), rules=[*cand.rules, "joint-action"])
        return [self._event(ctx, coded, s, t, n, earlier) for n, (s, t) in enumerate(pairs)]

    def _event_noun_target(self, ctx: _DocContext, cand: Candidate, target: Actor | None,
                           source: Actor | None, earlier: list[Event]) -> Actor | None:
        """The target left implicit by a response: "rejected the demand" is aimed at whoever made
        the demand; a refusal answers the latest request, threat or accusation made to its
        source."""
        rejected_place = cand.ptype == "REJECT" and target is not None and target.sector is None
        if target is not None and target.country and not rejected_place:
            return target
        nouns = [t for t in (*cand.tokens, *cand.targets)
                 if t.pos_ == "NOUN" and t.i != cand.origin.i]
        if cand.ptype in ("REJECT", "AGREE") and (target is None or not target.country) and (
                source is not None):
            # "dismissed Hamas's counter-proposal", "rejected ECOWAS demands", "turned down $20
            # million offered by G7 nations", "brushing off warnings from Canberra": whoever
            # made what is refused or accepted
            objects = [c for c in cand.trigger.children if c.dep_ == "dobj"]
            made_things = [t for t in (*cand.tokens, *cand.targets, *objects)
                           if t.pos_ in ("NOUN", "NUM") and t.i != cand.origin.i]
            said = {n.i for n in made_things if self.lexicon.fits("$proposals", n.lemma_.lower())
                    or n.lemma_.lower() in UTTERANCES | _WARNINGS}
            # ("rejected his release": whose release is no maker; only what is said has one
            # when the object was resolved)
            for owner in (o for n in made_things if target is None or n.i in said
                          for o in _maker(n, n.i in said)):
                made = next((a for a in self._actors_of(ctx, owner, cand) if a.country and (
                    a.country != source.country or a.sector != source.sector)), None)
                if made is not None:
                    return made
        types = {e.plover_type for t in nouns for e in self.lexicon.nouns.get(t.lemma_.lower(), ())
                 } & _EVENT_NOUN_TYPES
        if cand.ptype == "REJECT":
            types |= {"REQUEST", "THREATEN", "ACCUSE"}
        if not types:
            return target
        for event in reversed(earlier):
            if event.plover.type not in types or event.source is None or not event.source.country:
                continue
            aimed_here = (source is None or event.target is None
                          or event.target.country == source.country)
            if aimed_here and (source is None or event.source.country != source.country):
                return event.source
        return target

    def _event(self, ctx: _DocContext, cand: Candidate, source: Actor | None,
               target: Actor | None, n: int, earlier: list[Event]) -> Event:
        article, doc = ctx.article, ctx.doc
        sent = cand.sent
        text = sent.text.strip()
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        tokens = sorted(cand.tokens, key=lambda t: t.i)
        t_start, t_end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        trigger = doc.text[t_start:t_end] if len(tokens) <= 3 else " ".join(t.text for t in tokens)
        info = self.lexicon.cameo_info(cand.cameo) if cand.cameo else None
        cameo = (Cameo(code=info.code if info.code == cand.cameo else cand.cameo,
                       quad_class=info.quad_class, goldstein=info.goldstein)
                 if info is not None else None)
        when_span = when.event_time(doc, cand.anchor.i, ctx.timexes, article.published,
                                    when.clause_tense(cand.anchor)) or _told_before(
            cand, earlier) or ctx.narrative
        location = self._location(ctx, cand, earlier)
        target = _placed(target, cand, location, ctx.toponyms)
        source = _placed_doer(source, cand, location, ctx.toponyms)
        attribution = tuple(self._attribution(ctx, s, source) for s in cand.speech)
        key = f"{cand.origin.i}:{n}" + (":claimed" if "claimed-twin" in cand.rules else "")
        return Event(
            event_id=Event.make_id(article.id, (t_start, t_end), f"{cand.ptype}:{key}"),
            article_id=article.id,
            sentence=text,
            span=(start, start + len(text)),
            trigger=trigger,
            trigger_span=(t_start, t_end),
            plover=Plover(type=cand.ptype, mode=cand.mode),
            cameo=cameo,
            source=source,
            target=target,
            location=location,
            date=when_span,
            factuality=Factuality(status=cand.status, polarity=cand.polarity,  # type: ignore[arg-type]
                                  certainty=cand.certainty),  # type: ignore[arg-type]
            attribution=attribution,
            loaded=loaded_in(sent),
            confidence=_confidence(cand, source, target),
            rule="|".join(cand.rules),
        )

    def _location(self, ctx: _DocContext, cand: Candidate, earlier: list[Event]) -> Place | None:
        """Where it happened; a place named as the source or target actor is not the venue."""
        if self.geo is None:
            return None
        actor_chars: set[int] = set()
        verbal = QUAD_OF_TYPE.get(cand.ptype) in (1, 3)
        visit = (cand.ptype, cand.mode) == ("CONSULT", "visit")
        # "Washington must stop ...": an actor is not the venue; but a place attacked or
        # entered ("crossed into Syria") is where a material act happened, a place visited
        # ("a visit to Kyiv") is where the visit happened, and a place to be left ("would
        # pull its troops out of Niger") is where the withdrawal will happen
        venue = visit or "target-place-left" in cand.rules
        for tok in (*cand.agents, *(cand.targets if verbal and not venue else ())):
            if tok.pos_ == "PROPN":
                span = ctx.actors.mention_span(tok)
                actor_chars.update(range(span.start_char, span.end_char))
        toponyms = [t for t in ctx.toponyms if t.start_char not in actor_chars
                    and not _patron(ctx.doc, t)  # "US-backed": a patron, not a venue
                    and not self._capital_voice(ctx.doc, t)]
        sent = cand.sent
        here = [t for t in toponyms if sent.start_char <= t.start_char < sent.end_char]
        if visit:
            visited = [t for t in here for tok in cand.targets
                       if t.start_char <= tok.idx < t.end_char and t.place.geonameid is not None]
            if visited:
                return visited[0].place
        if verbal or here:
            # a statement happens where it is made: no article-wide fallback for verbal acts
            return self.geo.event_location(ctx.doc, cand.anchor.i, here)
        # an act told with no place of its own happened where the story's last act was (a
        # material event of the two sentences before), before falling back to the article focus
        recent = [e.location for e in earlier if e.location is not None
                  and e.location.geonameid is not None
                  and QUAD_OF_TYPE.get(e.plover.type) in (2, 4)
                  and _told_just_before(ctx.doc, e, sent.start_char)]
        if recent:
            return recent[-1].model_copy(update={"relation": None})
        return self.geo.event_location(ctx.doc, cand.anchor.i, toponyms)

    def _capital_voice(self, doc: Doc, toponym: Toponym) -> bool:
        """ "what New Delhi called a training camp", "at Maputo's request": a capital that
        speaks, acts or asks stands for its government, not for a venue ("Beirut's southern
        suburbs" stays a place)."""
        if toponym.place.precision != "city" or load_kb().country_by_capital(toponym.text) is None:
            return False
        if toponym.dep == "nsubj":
            return True
        head = doc[toponym.start_token:toponym.end_token].root.head
        return toponym.dep == "poss" and head.pos_ == "NOUN" and (
            head.lemma_.lower() in self.lexicon.nouns or head.lemma_.lower() in UTTERANCES)

    def _attribution(self, ctx: _DocContext, speech: Speech, source: Actor | None = None
                     ) -> Attribution:
        said_by = speech.speaker
        if said_by is not None and source is not None:
            # "Mali, Burkina Faso and Niger announced they were leaving": each says its own
            said_by = next((c for c in expand_conj(said_by)
                            if ctx.actors.mention_span(c).text == source.text), said_by)
        speaker = ctx.actors.resolve(said_by) if said_by is not None else None
        via = ctx.actors.resolve(speech.via) if speech.via is not None else None
        cue = speech.cue.text if speech.effect != "according" else "according to"
        anonymous = speaker is None or (speaker.country is None and speaker.kind == "person"
                                        and speaker.name is None)
        return Attribution(
            speaker=(speaker.name or speaker.text) if speaker is not None else None,
            role=speaker.code if speaker is not None else None,
            via=(via.name or via.text) if via is not None else None,
            cue=cue,
            anonymous=anonymous,
        )


_REMEMBRANCE = frozenset({"anniversary", "commemoration", "memorial", "remembrance", "memory",
                          "legacy", "aftermath", "lesson"})


_NAME_PARTICLES = frozenset({"dos", "da", "das", "do", "de", "van", "von", "der", "al", "bin",
                             "ibn", "ould", "wa"})
"""Lower-case particles inside surnames ("dos Santos", "wa Mutharika", "ould Abdel Aziz")."""
_AUTHORITIES_ACTS = frozenset({"172", "173", "174"})
"""CAMEO sanctions, arrests and expulsions: acts of the authorities, which no one is blamed for
or denies a part in ("34 people have been arrested, he said, and blamed a hooligan faction")."""


def _history(trigger: Token, published: date | None) -> bool:
    """Is an event noun dated by a year at least two years before publication?"""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and (
            trigger.head.head.lemma_.lower() in _REMEMBRANCE):
        return True  # "every anniversary of the Rwandan genocide": remembered, not reported
    if published is None:
        return False
    for child in trigger.children:
        if child.dep_ in ("nummod", "compound", "amod", "npadvmod") and child.i < trigger.i and (
                child.like_num and len(child.text) == 4 and child.text.isdigit()):
            year = int(child.text)
            if 1900 <= year <= published.year - 2:
                return True
    return False


def _by_actors(ptype: str, mode: str | None, cameo: str, lemma: str, source: Actor | None,
               target: Actor | None) -> tuple[str, str | None, str]:
    """The coding as the actors make it: who protests or assaults decides what it is, and
    whom a seizure, a ban or a withdrawal falls on."""
    sector = source.sector if source is not None else None
    if ptype == "PROTEST" and sector in ("MIL", "REB") and mode not in ("strike", "boycott"):
        # armed forces "marching on" a city are mobilising, not demonstrating
        return "MOBILIZE", "troops", "154"
    if ptype == "PROTEST" and source is not None and source.kind == "state":
        # governments do not take to the streets: a state's protest is a verbal one
        return "ACCUSE", "disapprove", "111"
    if ptype in ("ASSAULT", "COERCE") and sector in _CIVILIAN_SECTORS and (
            source is not None and source.kind != "person"):
        # crowds storming a building or occupying roads: PLOVER codes it as protest; one
        # person who shoots someone ("a fisherman confessed to shooting ...") assaults
        if ptype == "ASSAULT" and (mode not in (None, "primitive", "destroy") or (
                lemma in _TERROR_ACTS)):
            # "the men gunned down concert-goers": a shooting; "the men behind the bombing of a
            # bus": a bombing is no riot, whoever sets it off
            return ptype, mode, cameo
        if ptype == "ASSAULT" and lemma in ("attack", "assault") and target is not None and (
                target.kind in ("group", "person") and target.sector in _HURT_PEOPLE):
            # "ruling-party activists attacked students", "government supporters attacked
            # peaceful protesters": a crowd that sets on people assaults them (CAMEO 182); one
            # that attacks embassies or shops riots
            return "ASSAULT", "beat", "182"
        if ptype == "ASSAULT":
            return "PROTEST", "riot", "145"
        return "PROTEST", "obstruct", "144"
    if ptype == "ASSAULT" and mode in (None, "primitive", "destroy") and lemma in _RIOTING and (
            source is None or (source.sector is None and source.kind in ("unknown", "group"))):
        # "Bolsonaristas invaded Congress", "monarchists torched the party's offices", "shops
        # torched": a crowd no one names as armed storming or burning buildings riots (PROTEST
        # 145, guide section 3); gunmen, troops and militias keep their assault
        return "PROTEST", "riot", "145"
    if ptype == "ASSAULT" and lemma in _CLASH and sector in ("COP", "MIL") and (
            target is not None and target.sector in _CIVILIAN_SECTORS):
        return ptype, mode, "175"  # the force's part in a clash with a crowd: repression
    if (ptype, cameo) == ("COERCE", "174") and lemma == "expel" and _foreign_officials(
            source, target) and target is not None and target.sector in ("GOV", "SPY", "MIL"):
        # "Bahrain expelled Tom Malinowski, the US assistant secretary of state": expelling
        # another state's official is a diplomatic sanction (SANCTION 166), not a deportation
        return "SANCTION", "expel", "166"
    if ptype == "COERCE" and cameo.startswith("172") and lemma in ("suspend", "revoke") and (
            source is not None and target is not None and _is_state(source) and _is_state(target)
            and target.country != source.country and target.sector in (None, "BUS", "GOV")):
        # "China revoked the import licence of Richardson International, one of Canada's
        # largest exporters", "suspended its contact mechanism with Taipei": a measure one
        # state takes against another's firms or government is a sanction, not repression
        return "SANCTION", "discontinue", "163" if target.sector == "BUS" else "160"
    if (ptype, cameo) == ("AID", "075") and sector == "COP":
        return "COERCE", "arrest", "173"  # police who "took him in" arrest him
    if ptype == "COERCE" and lemma in _CAPTURE_VERBS and _abduction(source, target):
        return "ASSAULT", "abduct", "181"
    if ptype == "COERCE" and lemma in ("bar", "ban"):
        return _barred(source, target) or (ptype, mode, cameo)
    if (ptype, cameo) == ("COERCE", "172") and lemma == "impose" and _foreign_officials(
            source, target):
        # "imposed travel bans on Russian and Crimean officials": a ban a state puts on
        # another state's officials is a sanction, not repression at home
        return "SANCTION", "discontinue", "163"
    if (ptype, mode) == ("RETREAT", "withdraw") and target is not None and (
            target.kind == "organization"):
        return "SANCTION", mode, "166"  # "their withdrawal from ECOWAS": leaving a body
    return ptype, mode, cameo


_HURT_PEOPLE = frozenset({"CVL", "EDU", "OPP", "JRN", "LAB", "REL", "REF", "PTY", "MED", "SOC"})
"""Unarmed people a crowd can set on."""
_RIOTING = frozenset({"storm", "invade", "ransack", "torch", "loot", "vandalise", "vandalize",
                      "smash", "set", "burn", "trash"})
_TERROR_ACTS = frozenset({"bombing", "bomb", "blast", "explosion", "shooting", "massacre",
                          "assassination", "assassinate", "kidnapping", "kidnap", "abduction",
                          "abduct", "hijacking", "hijack", "murder", "stabbing", "beheading"})
"""Acts of violence a crowd does not commit: civilians who do them assault (no riot)."""
_CAPTURE_VERBS = frozenset({"seize", "capture", "grab", "snatch", "hold"})
_CAPTORS = frozenset({"REB", "CRM", "UAF"})
_VESSELS = ("ship", "vessel", "tanker", "carrier", "boat", "freighter", "trawler", "yacht")
_SITES_TAKEN = frozenset({"outpost", "base", "barrack", "headquarter", "camp", "post",
                          "position", "airport", "airfield", "station", "palace"})


def _label(trigger: Token) -> bool:
    """ "condemned the incursion as an attack on its sovereignty", "what it calls a cowardly
    attack": a noun that names another act, told by no one as an act of its own."""
    return trigger.pos_ == "NOUN" and (trigger.dep_ in ("oprd", "attr") or (
        trigger.dep_ == "pobj" and trigger.head.lower_ == "as"))


_JOINT_ACTIONS = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
_IN_CONCERT = frozenset({"coordination", "cooperation", "conjunction", "concert", "partnership"})


def _joint_cue(cand: Candidate) -> tuple[Token, Token | None] | None:
    """The word telling that an armed act was done together, and the partner it names if any:
    "joint strikes" (no partner: the co-agents are partners), "in coordination with Somali
    forces", "an operation coordinated with Israel", "together with Congolese soldiers"."""
    heads = [cand.trigger, *(t for t in cand.tokens if t.pos_ == "NOUN")]
    for head in heads:
        for child in head.children:
            if child.dep_ in ("amod", "advmod") and child.lower_ in ("joint", "jointly"):
                return child, None
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep"):
            if prep.lower_ == "with" and any(c.lower_ == "together" for c in prep.children):
                return prep, _pobj_of(prep)
            for obj in (c for c in prep.children if c.dep_ == "pobj" and prep.lower_ == "in"):
                joint = next((c for c in obj.children if c.dep_ == "amod"
                              and c.lower_ == "joint"), None)
                if joint is not None:  # "killed the commander in a joint strike"
                    return joint, None
                if obj.lemma_.lower() in _IN_CONCERT and (partner := _with(obj)) is not None:
                    return obj, partner  # "in coordination with Somali forces"
                for acl in (c for c in obj.children if c.dep_ == "acl"
                            and c.lemma_.lower() == "coordinate"):
                    if (partner := _with(acl)) is not None:
                        return acl, partner  # "in an operation coordinated with Israel"
    return None


def _pobj_of(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _with(tok: Token) -> Token | None:
    """Whom "with" names under ``tok``."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    return _pobj_of(prep) if prep is not None else None


def _crowd_and_force(a: Actor, b: Actor) -> bool:
    """One side a crowd of unarmed people (protesters, students, strikers), the other the
    police or soldiers facing it."""
    return any(x.sector in _CIVILIAN_SECTORS and x.kind != "person" and y.sector in (
        "COP", "MIL") for x, y in ((a, b), (b, a)))


def _sent_to_help(cand: Candidate, source: Actor | None, target: Actor | None) -> bool:
    """ "Kenya sent 400 police officers to Haiti", "Chad sent troops to Mali": forces a state
    sends into another state are military assistance (AID 074, guide section 8), unless the
    story tells of an invasion or a border stand-off."""
    if source is None or target is None or not (source.country and target.country) or (
            source.country == target.country) or target.kind != "state":
        return False
    into = any(t.dep_ == "pobj" and t.head.lower_ in ("to", "into") for t in cand.targets)
    return into and not {t.lemma_.lower() for t in cand.sent} & _HOSTILE_SENDING


_HOSTILE_SENDING = frozenset({"invade", "invasion", "annex", "annexation", "occupy",
                              "occupation", "attack", "offensive", "war", "border", "frontier",
                              "incursion", "aggression"})


def _abduction(source: Actor | None, target: Actor | None) -> bool:
    """Seizing people is abduction (ASSAULT 181) when armed groups or criminals do it ("seized
    the 110 schoolgirls", "pirates seized a bulk carrier") or an enemy's forces take its
    soldiers ("Hezbollah fighters captured two Israeli soldiers"); a state seizing its own
    people arrests them, and one seizing a foreign ship or a place takes property or ground."""
    if source is None or target is None or target.kind == "state":
        return False
    if target.text.lower().split()[-1].rstrip("s") in _SITES_TAKEN:
        return False  # "seized dozens of junta outposts", "three military barracks": ground
    vessel = any(w in target.text.lower() for w in _VESSELS)
    if source.sector in _CAPTORS and (vessel or target.sector is not None):
        return True
    # ("US forces captured Nicolás Maduro in Caracas": a foreign state's forces seizing a
    # leader abduct him too)
    return not vessel and source.sector == "MIL" and target.sector in (
        "MIL", "CVL", "EDU", "GOV", "ELI", "OPP", "JRN", "REL") and (
        source.country is not None and target.country is not None
        and source.country != target.country)


def _barred(source: Actor | None, target: Actor | None) -> tuple[str, str | None, str] | None:
    """Barring a foreign official or inspectors is a refusal, not repression at home (REJECT
    1245: "Israel barred Ilhan Omar", guide section 8). None otherwise: a state's own people,
    and foreign companies (banning a platform is censorship, an airline a sanction: the
    lexicon's longer patterns and the object decide)."""
    return ("REJECT", "yield", "1245") if _foreign_officials(source, target) else None


def _foreign_officials(source: Actor | None, target: Actor | None) -> bool:
    """Is the target a person or an official body of another country than the source's?"""
    if source is None or target is None or not (source.country and target.country) or (
            source.country == target.country):
        return False
    return target.kind == "person" or target.sector in ("GOV", "LEG", "JUD", "MIL", "ELI", "OPP")


_WARNINGS = frozenset({"warning", "objection", "criticism", "complaint", "protest"})
"""What is said against a plan, and refused by brushing it off ("warnings from Canberra")."""


def _maker(noun: Token, said: bool = False) -> list[Token]:
    """Who made a proposal, demand or offer: its owner ("Hamas's", "ECOWAS", "US"), the agent
    of a participle on it ("put forward by the United States") or, for what is ``said`` (a
    proposal or warning), whom it is from ("warnings from Canberra")."""
    doc = noun.doc
    parts = [noun]
    while parts[-1].i > 1 and doc[parts[-1].i - 1].text == "-" and doc[parts[-1].i - 2].pos_ in (
            "NOUN", "ADJ"):  # "Hamas's counter-proposal", parsed as three objects
        parts.append(doc[parts[-1].i - 2])
    owners = [c for piece in parts for c in piece.children if (
        c.dep_ == "poss" and c.lower_ not in ("my", "our"))
              or (c.dep_ in ("compound", "amod") and (c.ent_type_ in (
                  "ORG", "GPE", "NORP", "PERSON") or c.pos_ == "PROPN"))]
    for part in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        by = next((g for g in part.children if g.dep_ == "agent"), None)
        owners += [o for o in (by.children if by is not None else ()) if o.dep_ == "pobj"]
    if said:  # "warnings from Canberra", "a proposal by France" (also with "from" on the verb)
        holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
        owners += [o for h in holders for p in h.children if p.dep_ == "prep"
                   and p.lower_ in ("from", "by") for o in p.children if o.dep_ == "pobj"]
    return owners


def _accusers_own(target: Actor | None, source: Actor | None,
                  sources: list[Actor | None]) -> Actor | None:
    """In "accused each other of shelling border villages", what the accused side shelled
    (a thing, not a state) is the other side's, the accuser's."""
    other = next((o for o in sources if o is not None and (
        source is None or o.country != source.country)), None)
    if target is None or target.kind == "state" or source is None or other is None or (
            not other.country):
        return target
    return with_country(target, other.country)


def _reciprocal(tok: Token) -> bool:
    """ "each other", "one another", "the other" (after "each side")."""
    doc, low = tok.doc, tok.lower_
    if low == "other" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and any(
            t.lemma_.lower() == "side" and any(c.lower_ == "each" for c in t.children)
            for t in tok.sent if t.i < tok.i):
        return True  # "each side accusing the other"
    return (low == "other" and tok.i > 0 and doc[tok.i - 1].lower_ == "each") or (
        low == "another" and tok.i > 0 and doc[tok.i - 1].lower_ == "one") or (
        low in ("each", "one") and tok.i + 1 < len(doc)
        and doc[tok.i + 1].lower_ == ("other" if low == "each" else "another"))


def _sentences_between(doc: Doc, start_char: int, end_char: int) -> int:
    """How many sentence starts lie in (start_char, end_char]."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return sum(1 for tok in span if tok.is_sent_start and tok.idx > start_char) if span else 0


def _share_country(actors: list[Actor | None], tokens: list[Token]) -> list[Actor | None]:
    """ "Turkish commandos and warplanes": a bare conjunct shares the first one's country."""
    if len(actors) < 2 or len(actors) != len(tokens) or actors[0] is None:
        return actors
    first = actors[0]
    second, head = actors[1], tokens[1]
    if ((tokens[0].ent_type_ in ("GPE", "NORP") or tokens[0].pos_ == "PROPN")
            and second is not None and second.sector
            and first.country and head.pos_ == "NOUN" and tokens[0].i < head.i
            and all(c.dep_ in ("cc", "conj") for c in tokens[0].children)
            and not any(c.dep_ == "det" for c in head.children) and any(
                c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP")
                for c in head.lefts)):
        # "Kyrgyz and Tajik border guards" parsed as "Kyrgyz" + "Tajik border guards": the
        # bare first modifier shares the head noun
        first = with_country(second, first.country).model_copy(update={"text": first.text})
    out: list[Actor | None] = [first]
    for actor, tok in zip(actors[1:], tokens[1:], strict=True):
        bare = not any(c.dep_ in ("amod", "compound", "poss", "det") for c in tok.children)
        if actor is not None and first.country and bare and tok.pos_ == "NOUN":
            actor = with_country(actor, first.country)
        out.append(actor)
    return out


def _hint(hints: dict[str, float], iso3: str | None, weight: float) -> None:
    """Add ``weight`` to the place-context weight of the country ``iso3`` (keyed by ISO
    alpha-2, as the gazetteer is)."""
    iso2 = iso2_of(iso3) if iso3 else None
    if iso2 is not None:
        hints[iso2] = hints.get(iso2, 0.0) + weight


def _told_before(cand: Candidate, earlier: list[Event]) -> TimeSpan | None:
    """ "Gunmen abducted 79 pupils overnight ... denied that its fighters had carried out the
    kidnapping": a definite act noun with no time of its own is the act of that type told in
    the two sentences before, and keeps its time."""
    tok = cand.trigger
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                     for c in tok.children):
        return None
    for event in reversed(earlier):
        if event.plover.type == cand.ptype and event.date is not None and event.date.text and (
                _told_just_before(tok.doc, event, tok.sent.start_char)):
            return event.date
    return None


def _told_just_before(doc: Doc, event: Event, sent_start: int) -> bool:
    """Was ``event`` told in one of the two sentences before the one starting at
    ``sent_start``?"""
    return event.span[0] < sent_start and _sentences_between(doc, event.span[0],
                                                             sent_start) <= 1


def _chars(span: Span) -> range:
    return range(span.start_char, span.end_char)


def _domestic(source: Actor | None, target: Actor | None, ptype: str, mode: str | None = None
              ) -> tuple[Actor | None, Actor | None]:
    """Repression and unrest happen inside one state: police with no stated country who arrest
    a Turkish mayor are Turkish police; the journalists a government detains or frees are its
    own, and so are the prisoners it pardons; soldiers who topple a president are that
    country's. What the text states wins over this, but a country only guessed from the
    sentence's places ("freed prisoners and put them on a plane to Washington") does not."""
    if source is None or target is None:
        return source, target
    internal = ptype in ("COERCE", "PROTEST") or (ptype == "ASSAULT" and source.sector == "COP"
                                                  ) or (ptype == "RETREAT" and mode == "release"
                                                        ) or ptype == "CONCEDE"
    if not internal:
        return source, target
    if target.sector in _CIVIL_SECTORS and _is_state(source) and (
            target.country is None or (_unstated(target) and (
                source.kind == "state" or source.sector in _STATE_SECTORS))):
        return source, with_country(_stated(target), source.country or "")
    rulers = _STATE_SECTORS | ({"MIL"} if ptype == "COERCE" else set())
    if _unstated(source) and source.sector in rulers and _is_state(target) and (
            target.sector in _STATE_SECTORS | {"ELI"}):
        return with_country(_stated(source), target.country or ""), target
    return source, target


def _placed(target: Actor | None, cand: Candidate, location: Place | None,
            toponyms: list[Toponym]) -> Actor | None:
    """ "Turkish jets struck Kurdish militants in northern Syria", "commandos battled the gunmen
    inside the hotel in Mumbai", "destroyed a shopping centre in Kremenchuk": whoever or
    whatever is attacked or detained that the text gives no country is placed where the act
    happened (guide section 4), when the act's own clause names the place (never a place told
    of another act)."""
    if target is None or target.country or target.sector == "REF" or cand.ptype not in (
            "ASSAULT", "COERCE"):
        return target  # (migrants at a border crossing are not the border state's)
    country = _act_place(cand, location, toponyms)
    return with_country(target, country, "place") if country else target


def _placed_doer(source: Actor | None, cand: Candidate, location: Place | None,
                 toponyms: list[Toponym]) -> Actor | None:
    """ "Gunmen attacked a bus carrying Sri Lanka's cricket team near Lahore's stadium",
    "Police fired tear gas at protesters in Piazza ...": unnamed gunmen, crowds and police no
    text places elsewhere act where their act happened (a state's army may strike abroad)."""
    if source is None or source.country or source.sector not in _LOCAL_DOERS or (
            source.kind == "person" or cand.ptype not in ("ASSAULT", "COERCE", "PROTEST")):
        return source
    country = _act_place(cand, location, toponyms)
    return with_country(source, country, "place") if country else source


_LOCAL_DOERS = frozenset({"UAF", "CVL", "COP", "CRM"})


def _act_place(cand: Candidate, location: Place | None, toponyms: list[Toponym]) -> str | None:
    """The country of the act's place, when the act's own clause names it."""
    if location is None or not location.country:
        return None
    clause = _chars(cand.anchor.doc[cand.anchor.left_edge.i:cand.anchor.right_edge.i + 1])
    # "US forces struck a boat": the doer's country is no place of the act ("Police in Minsk"
    # and "Authorities in Manipur" are)
    doers = {t.idx for a in cand.agents for m in a.children
             if m.dep_ in ("compound", "amod", "nmod") and m.i < a.i for t in m.subtree}
    if not any(t.text == location.text and t.start_char in clause and not (
            t.start_char in doers and t.place.precision == "country") for t in toponyms):
        return None
    return location.country


def _relabel_places(doc: Doc, toponyms: list[Toponym]) -> None:
    """A town the recogniser took for a person or a group ("have taken Goma" with Goma as
    PERSON) that the gazetteer resolved is a place to the coding stage too."""
    ents = {(e.start, e.end): e for e in doc.ents}
    fixed = [Span(doc, t.start_token, t.end_token, label="GPE") for t in toponyms
             if (e := ents.get((t.start_token, t.end_token))) is not None
             and e.label_ in ("PERSON", "ORG") and t.place.geonameid is not None
             and t.place.precision in ("city", "admin1", "region")]
    if fixed:
        doc.set_ents(fixed, default="unmodified")


def _patron(doc: Doc, toponym: Toponym) -> bool:
    """ "US-backed", "Kremlin-funded": a name joined by a hyphen to a verb modifies as a patron
    (a "Kampala tonight:" heading, also a loose modifier, is where the post happens)."""
    end = toponym.end_token
    return toponym.dep == "npadvmod" and end < len(doc) and doc[end].text == "-"


def _unstated(actor: Actor) -> bool:
    """No country, or one inferred from the sentence's other names only."""
    return actor.country is None or "country-from:context" in actor.qualifiers


def _stated(actor: Actor) -> Actor:
    return actor.model_copy(update={"qualifiers": tuple(
        q for q in actor.qualifiers if q != "country-from:context")})


def _is_state(actor: Actor) -> bool:
    return actor.country is not None and actor.country not in NONSTATE_CODES


_TOLD = frozenset({"asserted", "reported", "claimed"})
"""Statuses that tell the same occurrence by different voices (one act, whoever says so)."""


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per type and actor pair in a sentence ("met Xi ... the highest-level US visit")."""
    best: dict[tuple[str, str | None, str | None], Event] = {}
    for ev in events:
        # (a denial is a second, denied copy of the act claimed: guide section 8)
        key = (ev.plover.type + ("~" if ev.factuality.status == "denied" else ""),
               ev.source.code if ev.source else None, ev.target.code if ev.target else None)
        if key[1] is None and key[2] is None:
            key = (*key[:2], ev.event_id)
        kept = best.get(key)
        if kept is not None and kept.trigger_span == ev.trigger_span and (
            _texts(kept) != _texts(ev)
        ):
            key = (*key[:2], ev.event_id)  # coordinated actors of one act stay separate
            kept = None
        elif kept is not None and kept.trigger_span != ev.trigger_span and ((
            _verbal(kept) and _verbal(ev) and (
                _texts(kept)[1] != _texts(ev)[1] or kept.plover.mode != ev.plover.mode)
        ) or (kept.plover.mode and ev.plover.mode and kept.plover.mode != ev.plover.mode) or (
            "intended" in (statuses := {kept.factuality.status, ev.factuality.status})
            and bool(statuses & _TOLD))):
            # "dissolved the cabinet and detained the prime minister", "resigned and fled the
            # country": two verbs, two acts; "took power overnight, declaring martial law": two
            # kinds of act, even when one is told by a noun; "annulled her sentence and ordered
            # her release": one act done, one ordered
            key = (*key[:2], ev.event_id)
            kept = None
        if kept is None or ev.confidence > kept.confidence:
            best[key] = ev
    keep = {id(e) for e in best.values()}
    return [e for e in events if id(e) in keep]


def _verbal(event: Event) -> bool:
    return event.rule.startswith("verb:")


_FORCE = frozenset({"ASSAULT", "MOBILIZE"})
_EXECUTIONS = frozenset({"hang", "hanged", "execute", "executed", "execution", "hanging"})
"""Lemmas of executions, and the written forms the actor scorer passes from gold triggers."""
_PRONOUNS = frozenset({"it", "they", "its", "their", "them"})


def _named_state(actor: Actor) -> bool:
    """A state named by its own name, capital or a pronoun for it (not a described agency)."""
    if actor.kind != "state" or actor.sector not in ("GOV", "PRE") or not actor.name:
        return False  # (PRE: a breakaway polity named as a place, "rolled into South Ossetia")
    text = actor.text.lower().removeprefix("the ")
    kb = load_kb()  # "US", "Britain", "Ankara": the country's names and capitals
    return text in _PRONOUNS or text in actor.name.lower() or any(
        found is not None and found.iso3 == actor.country
        for found in (kb.country_by_name(actor.text), kb.country_by_capital(actor.text)))


def _people_of(actor: Actor) -> bool:
    """A demonym standing for a state's people ("Israeli", "the Lebanese"): no agency named."""
    return actor.kind == "group" and actor.sector is None and bool(actor.country) and (
        actor.name is not None and actor.country not in NONSTATE_CODES)


def acting_by_force(source: Actor | None, ptype: str, mode: str | None = None,
                    lemma: str | None = None) -> Actor | None:
    """ "Turkey launched air strikes", "Azerbaijan seized the enclave": a state named as the
    author of force acts through its military (PLOVER codes the acting agency's sector). An
    execution ("Iran hanged a protester") is the state's own act (guide: GOV)."""
    forceful = ptype in _FORCE or (ptype == "COERCE" and mode == "seize")
    if lemma is not None and lemma.lower() in _EXECUTIONS:
        return source
    if forceful and source is not None and (_named_state(source) or _people_of(source)):
        # "an Israeli strike": the people of a state named as the author of force, likewise
        return source.model_copy(update={"sector": "MIL", "code": (source.country or "") + "MIL"})
    return source


def place_target(target: Actor | None, ptype: str, mode: str | None = None) -> Actor | None:
    """ "Russia invaded Ukraine", "missiles hit Kyiv", "drills around Taiwan", "troops left
    Mali", "a state visit to Tokyo": the target of force, of a show of force, of a withdrawal
    or of a visit named by a country or capital is the place, not its government (no sector;
    guide, sections 4 and 8)."""
    place = ptype in ("ASSAULT", "COERCE", "MOBILIZE") or (ptype, mode) in (
        ("CONSULT", "visit"), ("RETREAT", "withdraw"))
    if place and target is not None and _named_state(target):
        return target.model_copy(update={"sector": None, "code": target.country})
    if ptype in _RECIPIENT_TYPES and target is not None and _people_of(target):
        # "tariffs on Mexican goods", "sanctions on Russian officials" read as "Russian": the
        # state whose goods or people are hit receives the sanction (guide, section 8)
        return target.model_copy(update={"sector": "GOV", "code": (target.country or "") + "GOV"})
    return target


_RECIPIENT_TYPES = frozenset({"SANCTION", "AID", "COOPERATE", "SUPPORT"})
_NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_RESPONSES = frozenset({"ACCUSE", "REJECT", "SANCTION"})


_MEDIATING = frozenset({"mediate", "broker", "host", "facilitate", "chair", "sponsor"})


def _sums_up(noun: Token) -> bool:
    """ "..., a drill Moscow has criticised", "..., an assertion the rebels disputed": a noun
    set after a comma beside the clause before it (the parser hangs it anywhere)."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text == "," and (
        noun.dep_ == "appos" or any(c.dep_ == "relcl" for c in noun.children))


def _names_author(child: Token) -> bool:
    """ "Russia's move", "the US decision", "the vote by parliament": the noun says whose act."""
    if child.dep_ == "prep":
        return child.lower_ in ("by", "of")
    return child.dep_ in ("poss", "compound", "amod") and bool(
        child.ent_type_ or child.pos_ in ("PROPN", "PRON"))


def _specific_nominal(cand: Candidate) -> bool:
    """ "a bombing in Istanbul", "two car bombs exploded": a particular act with no named
    actor is still an event; "the fighting" or "attacks" in general are not."""
    noun = cand.trigger
    if cand.entry.pos == "noun" and cand.ptype == "PROTEST" and noun.dep_ == "pobj" and (
            noun.lemma_.lower() in _DIFFUSE):
        return False  # "fled Bishkek after last week's unrest", "arrested amid unrest over the
        # killing", "a week of unrest": the setting of the story's acts, not news of its own
    if cand.entry.pos == "noun" and cand.ptype == "PROTEST" and noun.dep_ != "compound" and not (
            noun.dep_ == "pobj" and noun.head.lower_ in ("over", "for", "about")):
        # "a day after rare protests in its capital", "to quell unrest", "after two weeks of
        # rioting": people who protest are news unnamed ("a protest camp", "a protest ban"
        # name no protest, and "executed over the unrest" gives a reason, not news of it)
        return True
    if cand.entry.pos == "noun" and cand.ptype == "CONSULT" and any(
            c.dep_ == "acl" and c.lemma_.lower() in _MEDIATING for c in noun.children):
        # "after talks mediated by Kofi Annan": particular talks, whoever sat at them (the
        # mediation is an event of its own); guide, section 8
        return True
    if cand.entry.pos != "noun" or noun.pos_ != "NOUN" or QUAD_OF_TYPE.get(cand.ptype) != 4:
        return False  # only material conflict (a bombing, a siege) is news without an actor
    if noun.lemma_.lower() in ONGOING:
        return False  # "fled the fighting in Catatumbo": a state of affairs, not one act
    placed = any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "on", "outside")
                 and any(g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.subtree)
                 for c in noun.children)
    counted = any(c.dep_ in ("nummod",) or (c.dep_ == "det" and c.lower_ in ("a", "an"))
                  for c in noun.children)
    # "the sabotage that knocked out power", "after an 18-month siege": told as one act
    described = any(c.dep_ == "relcl" for c in noun.children) and any(
        c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in noun.children)
    measured = counted and any(c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i
                               and any(ch.like_num for ch in c.subtree)
                               for c in noun.children)
    # "residents report air strikes continuing tonight": what witnesses report is one act
    witnessed = noun.dep_ == "dobj" and noun.head.lemma_.lower() in _WITNESSING
    return placed or described or measured or witnessed or (
        counted and noun.dep_ in ("nsubj", "nsubjpass"))


_DIFFUSE = frozenset({"unrest", "turmoil", "upheaval"})
"""Nouns of a troubled state of affairs that names no one act (unlike "protests", "riots")."""
_WITNESSING = frozenset({"report", "hear", "witness", "see", "describe", "film", "record"})


def _texts(event: Event) -> tuple[str | None, str | None]:
    return (event.source.text if event.source else None,
            event.target.text if event.target else None)


def _known(actor: Actor | None) -> bool:
    return actor is not None and bool(actor.country or actor.sector or actor.name)


def _same(a: Actor | None, b: Actor | None) -> bool:
    """An actor acting on itself is a parse error, not an event (unless both are unknown)."""
    if a is None or b is None:
        return False
    if a.name and b.name:
        return a.name == b.name and a.code == b.code
    # "Indian and Chinese soldiers" split by country: one phrase, two actors
    return a.text.lower() == b.text.lower() and (
        a.country == b.country or None in (a.country, b.country))


def _confidence(cand: Candidate, source: Actor | None, target: Actor | None) -> float:
    score = 0.45
    if source is not None and source.country:
        score += 0.25
    elif source is not None and source.sector:
        score += 0.1
    if target is not None and target.country:
        score += 0.15
    if len(cand.entry.pattern) > 1:
        score += 0.05
    if cand.status in ("hypothetical", "hedged"):
        score -= 0.1
    if "passive" in cand.rules:
        score -= 0.05
    if QUAD_OF_TYPE.get(cand.ptype, 0) == 4 and source is None:
        score -= 0.1
    return round(min(max(score, 0.05), 0.99), 2)


def extract_events(text: str, published: date | None = None, options: Options | None = None,
                   article_id: str | None = None) -> list[Event]:
    """One call: text (and optional publication date) in, coded events out."""
    article = Article(id=article_id or Article.make_id(text), text=text, published=published)
    return Pipeline(options).extract(article)
