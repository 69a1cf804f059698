"""Clause-level event candidates from a dependency parse.

For each sentence this module finds event triggers (verbs and event nouns from the lexicon), their
agent and patient (active, passive, participial, relative and controlled clauses, coordination),
and the chain of governing verbs above them ("X said that", "vowed to", "refused to", "demanded
that"). It then folds that chain into the event: a refusal to withdraw is a REJECT, a vow to strike
is a THREATEN, "X said" adds an attribution link, "if" makes it hypothetical, "will not pull out"
is a refusal. The output is a list of ``Candidate`` objects holding spaCy tokens; the pipeline
resolves their actors, places and dates into ``Event`` records.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Span, Token

from ..nlp import country_names
from ..when import FULL_WEEKDAYS
from .lexicon import COOPERATIVE, QUAD_OF_TYPE, Entry, Lexicon

CONFLICT_MATERIAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
VERBAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT",
                          "THREATEN"})
SPEECH_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONCEDE"})

# PLOVER modes chosen for a folded event from the type of the event it is about.
_THREAT_MODE = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations",
                "MOBILIZE": "violence"}
_AGREED_AS_DONE = frozenset({"SANCTION", "CONCEDE", "AID"})
"""What, once agreed to, is coded as the act agreed ("agreed to ban", "agreed to reopen")."""
_ASK_MODE = {"RETREAT": "yield", "CONCEDE": "yield", "AID": "assist", "SUPPORT": "assist",
             "COOPERATE": "assist", "CONSULT": "meet", "AGREE": "meet"}

_ATTRIBUTION_EFFECTS = frozenset({"report", "claim", "deny", "hedge", "cite"})
_SUPPORT_VERBS = frozenset({"hold", "reach", "sign", "make", "pay", "issue", "impose", "conduct",
                            "join", "seal", "strike", "have", "deliver", "provide", "send",
                            "offer", "extend", "carry", "launch", "stage", "mount", "wage",
                            "begin", "start", "continue", "resume", "order", "announce",
                            "declare", "step", "intensify", "escalate", "unleash", "renew",
                            "lift", "end", "halt", "suspend", "stop", "agree", "accept",
                            "reject", "demand", "call", "urge", "threaten", "condemn",
                            "commit", "perpetrate", "decree", "fly",  # "flew a joint patrol"
                            "hand",  # "handed Moscow a protest note"
                            "stag"})  # spaCy's lemma of "staged"
_LIGHT_VERBS = frozenset({"hold", "reach", "make", "pay", "conduct", "join", "have", "take",
                          "stage", "mount", "wage", "carry", "launch", "begin", "start",
                          "continue", "resume", "step", "give", "stag"})
_CONTROL_SUPPORT = frozenset({"expand", "expend", "approve", "authorize", "authorise", "increase",
                              "adopt", "boost", "double", "triple", "bolster"})
_RECEIVE_VERBS = frozenset({"draw", "attract", "provoke", "spark", "trigger", "earn", "face",
                            "receive", "win", "prompt", "invite", "get"})
OBJECT_CONTROL = frozenset({"urge", "ask", "order", "tell", "call", "press", "push", "force",
                            "persuade", "instruct", "implore", "beg", "allow", "help", "invite",
                            "prompt", "lead", "cause", "compel", "encourage", "enable", "provoke",
                            "drive", "oblige", "permit", "authorize", "authorise", "command",
                            "commit"})
STATUS_ORDER = ("hypothetical", "denied", "threatened", "intended", "hedged", "claimed",
                "reported", "asserted")
_FUTURE = frozenset({"will", "shall", "'ll", "wo", "would"})
_POSSIBLE = frozenset({"could", "may", "might", "can"})
_DEONTIC = frozenset({"should", "must", "ought"})
_MEDIA_NOUNS = frozenset({"media", "television", "tv", "radio", "newspaper", "agency", "channel",
                          "broadcaster", "outlet", "station", "website", "daily", "paper"})
_JUDGING = frozenset({"ACCUSE", "SUPPORT"})
_ANSWERS = frozenset({"revenge", "retaliation", "reprisal", "response", "answer", "retribution",
                      "punishment", "vengeance", "forgiveness", "apology", "compensation",
                      "reparation", "accountability", "justice", "anniversary", "aftermath",
                      "wake", "memory", "victim", "survivor"})
"""Nouns whose "for"/"to"/"of" complement is a past act ("in retaliation for the massacre")."""
_LOADS = frozenset({"tonne", "ton", "planeload", "truckload", "shipload", "cargo", "shipment",
                    "consignment"})
"""Measures of goods sent ("43 tonnes of relief supplies")."""
_PART_NOUNS = frozenset({"phase", "part", "round", "stage", "series", "set", "batch", "wave",
                         "text", "draft", "version", "terms", "details", "rest", "portion",
                         "tranche", "first", "second", "third", "final", "last", "cent",
                         "percent", "share", "bulk", "half", "majority", "proportion",
                         # "massed thousands of troops", "sent a contingent of police"
                         "thousand", "hundred", "dozen", "million", "group", "contingent",
                         "column", "convoy", "company", "detachment", "squad", "platoon",
                         # "give Ukraine one of its two Patriot batteries"
                         "one", "some", "several", "most", "all"}) | _LOADS
_SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")
_NAMED_NOT_EVENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "LAW", "WORK_OF_ART",
                               "PRODUCT"})


@dataclass(frozen=True)
class Link:
    """A governing verb above the event and what it does to it."""

    token: Token
    effect: str


@dataclass(frozen=True)
class Speech:
    """One attribution link: who says so, with which cue, through which medium."""

    speaker: Token | None
    cue: Token
    via: Token | None
    effect: str  # report | claim | deny | hedge | cite | according


@dataclass
class Candidate:
    """An event found in a sentence, still made of tokens."""

    sent: Span
    trigger: Token
    tokens: tuple[Token, ...]
    entry: Entry
    ptype: str
    mode: str | None
    cameo: str
    agents: list[Token]
    targets: list[Token]
    anchor: Token
    origin: Token
    rules: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    speech: list[Speech] = field(default_factory=list)
    polarity: str = "positive"
    content_of: Token | None = None
    purpose_of: Token | None = None
    purpose_kind: str = ""
    absorbs: Token | None = None
    """A verb this event stands for ("agreed" in "agreed to ban ..."): not an event itself."""
    suppressed: bool = False

    @property
    def status(self) -> str:
        for status in STATUS_ORDER:
            if status in self.flags:
                return status
        return "asserted"

    @property
    def certainty(self) -> str:
        if self.flags & {"hypothetical", "hedged", "possible"}:
            return "possible"
        if self.flags & {"claimed", "threatened", "intended", "future"}:
            return "probable"
        return "certain"


# --------------------------------------------------------------------------- triggers


def _dep_children(tok: Token, deps: Iterable[str]) -> list[Token]:
    wanted = set(deps)
    return [c for c in tok.children if c.dep_ in wanted]


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _continuing(verb: Token) -> bool:
    """ "pressed on with war games", "pushed ahead with the withdrawal": going on with an act
    (the act is the event; the verb only says it continues)."""
    return _lemma(verb) in _GOING_ON and any(
        c.lower_ in ("on", "ahead", "forward") and c.dep_ in ("prt", "advmod")
        for c in verb.children)


def _match_verb(tok: Token, lex: Lexicon) -> tuple[Entry, tuple[Token, ...]] | None:
    entries = lex.verbs.get(_lemma(tok))
    if not entries or tok.pos_ not in ("VERB", "AUX") or _continuing(tok):
        return None
    # "fired shells at Seoul on Thursday": a preposition of time is no part of a pattern
    kids = [c for c in tok.children if c.dep_ in ("prt", "prep", "dobj", "dative", "advmod",
                                                  "compound:prt", "acomp", "attr", "oprd")
            and not (c.dep_ == "prep" and (obj := _pobj(c)) is not None
                     and obj.ent_type_ in ("DATE", "TIME"))]
    # in the passive the object is the subject: "hostages were handed over", "were released";
    # a participle's object is the noun it modifies: "a missile fired by the Houthis"
    kids.extend(_dep_children(tok, ("nsubjpass",)))
    # "struck a ceasefire deal": the model may read "deal" as a verb in a clause of its own
    kids.extend(c for c in tok.children if c.dep_ == "ccomp" and c.lower_ in ("deal", "deals")
                and c.i - tok.i <= 4)
    # "Iran let her go", "let the guard leave": the bare verb of the small clause
    kids.extend(c for c in tok.children if c.dep_ == "ccomp" and _lemma(tok) == "let"
                and any(g.dep_ == "nsubj" for g in c.children))
    # "found Donald Trump guilty": the adjective of a small clause the parser made a ccomp
    kids.extend(c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"
                and any(g.dep_ == "nsubj" for g in c.children))
    if (tok.dep_ == "acl" and tok.tag_ == "VBN") or (
            (_contact_clause(tok) or _object_relative(tok)) and _lemma(tok.head) not in (
                _CLAIM_NOUNS)):
        kids.append(tok.head)  # ("the port deal Ethiopia signed with Somaliland", "the deal
        # that the government struck"; "an accusation the government rejected" stays the
        # accusation's)
    # particles attached to the object ("pulling forces out") count too
    for obj in _dep_children(tok, ("dobj", "nsubjpass")):
        if _lemma(obj) in _PART_NOUNS:
            # "signed the first phase of a trade deal": the deal is what was signed
            kids.extend(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj")
        for also in (c for c in obj.children if c.dep_ == "conj" and _lemma(c) in _LOADS):
            # "flown a team of responders and 43 tonnes of relief supplies": a second load
            kids.extend(g for c in also.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj")
        # a particle stranded after the object ("pulling forces out"), not the object's own
        # preposition ("called off his march on Moscow")
        kids.extend(c for c in obj.children if c.i > obj.i and (
            c.dep_ == "prt" or (c.dep_ == "prep" and not any(
                g.dep_ in ("pobj", "pcomp") for g in c.children))))
    # "called off his march on Moscow" is "call off", never "call on": a particle the verb
    # has must be part of the pattern
    particles = {_lemma(c) for c in tok.children if c.dep_ in ("prt", "compound:prt")}
    if particles:
        entries = tuple(e for e in entries if particles <= set(e.extras)) or entries
    found = _first_match(tok, entries, kids, lex)
    if found is None or not found[0].extras or all(x.startswith("$") for x in found[0].extras):
        # "forced a Ryanair jet to land", "ordered troops to shoot to kill": a pattern may name
        # the verb the object is made to do (tried only when no pattern with its own words fits:
        # "called on workers to strike" is a call; "ordered Russian troops to leave" is an
        # expulsion, not forces set in motion)
        clauses = [c for c in tok.children if c.pos_ == "VERB" and (c.dep_ == "xcomp" or (
            c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))]
        # "gave American diplomats 72 hours to leave": the clause may hang on the deadline
        clauses += [g for c in tok.children if c.ent_type_ in ("TIME", "DATE")
                    for g in c.children if g.dep_ in ("relcl", "acl") and g.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)]
        if clauses:
            found = _first_match(tok, [e for e in entries if e.extras], kids + clauses,
                                 lex) or found
    return found


_LABELLED = re.compile(
    # notes to readers ("Correction, March 4:") and captions ("Photo (AFP):")
    r"(correction|clarification|editor[’']s note|programming note|housekeeping note|"
    r"note to readers)\b[^:]{0,40}:"
    r"|(photo|photograph|pictured|picture|image|file photo|caption|top|above|main image)"
    r"\s*(\([^)]{0,40}\))?\s*:", re.IGNORECASE)
_EARLIER_VERSION = re.compile(
    r"\b(an|the) (earlier|previous) version of this (story|article|report|post)\b",
    re.IGNORECASE)
_WATERS = frozenset({"water", "sea", "ocean"})
_HARM = frozenset({"kill", "wound", "injure", "hit", "strike", "destroy", "damage", "slam",
                   "pound", "target"})


def _missile_show(cand: Candidate) -> None:
    """Missiles fired into the sea, over a country or at nothing named are a show of force
    (MOBILIZE weapons, CAMEO 150), not an attack: "fired ballistic missiles into waters around
    Taiwan" (aimed at Taiwan), "fired a ballistic missile over Japan". Anything they hit or
    kill keeps the attack."""
    verb = cand.trigger
    if cand.ptype != "ASSAULT" or not {"missile", "rocket"} & set(cand.entry.extras) or any(
            _lemma(t) not in _WATERS for t in cand.targets):
        return
    aimed = any(_lemma(p) in ("at", "on", "toward", "towards", "against", "into") and (
        o := _pobj(p)) is not None and _lemma(o) not in _WATERS
        and o.ent_type_ != "DATE" and not (o.ent_type_ == "TIME" and o.pos_ != "PROPN")
        for p in verb.subtree if p.dep_ == "prep" and next(
            (a for a in p.ancestors if a.pos_ in ("VERB", "AUX")), verb) == verb)
    # ("at Kyiv overnight" tagged TIME; "..., prompting an air raid alert on Ulleung island":
    # a place in a clause of its own is not what was aimed at)
    if aimed or any(_lemma(t) in _HARM for t in verb.subtree if t.i != verb.i) or any(
            _lemma(t) in _HARM for t in verb.head.subtree if t.dep_ in ("conj", "advcl")):
        return
    around = [o for t in cand.targets for p in t.children if p.dep_ == "prep"
              and _lemma(p) in ("around", "near", "off") and (o := _pobj(p)) is not None]
    cand.targets = around
    cand.ptype, cand.mode, cand.cameo = "MOBILIZE", "weapons", "150"
    cand.rules.append("missile-show")


def _departure(cand: Candidate) -> bool:
    """ "abandoned the city", "flew out of Kabul", "have taken the airport": leaving or taking a
    place, which is a withdrawal (PLOVER RETREAT withdraw) or a seizure (COERCE seize) only
    when forces do it. A seizure counts only when the place is the object ("poured into
    central Belgrade" stays: crowds flowing in are a protest, coded later). Plain "left X" is
    not a row: it cost the test half more than it gained on dev."""
    extras = cand.entry.extras
    return cand.entry.pos == "verb" and "$territory" in extras and (
        (cand.ptype, cand.mode) == ("RETREAT", "withdraw")
        or ((cand.ptype, cand.mode) == ("COERCE", "seize") and "dobj" in cand.entry.target))


def _killed_a_deal(cand: Candidate, lex: Lexicon) -> bool:
    """ "Trump killed the nuclear deal", "the strike may have killed Qatar's mediation": force
    done to a deal, a plan or talks is a figure of speech, not an attack."""
    verb = cand.tokens[0]
    return cand.ptype == "ASSAULT" and _lemma(verb) in _FIGURATIVE and any(
        c.dep_ == "dobj" and (_lemma(c) in _UNDONE or any(
            lex.fits(k, _lemma(c)) for k in ("$accords", "$proposals", "$plans")))
        for c in verb.children)  # ("gunmen attacked the court" is an attack)


ONGOING = frozenset({"fighting", "violence", "war", "conflict", "unrest", "insurgency",
                     "hostility", "hostilities", "bloodshed", "combat"})
"""States of affairs, not one act: "fled the fighting", "a war that killed 30,000 people"."""
_TOLLS = ONGOING | {"crisis"}
_NOT_MET = frozenset({"resistance", "opposition", "fate", "deadline", "target", "goal",
                     "condition", "criterion", "requirement", "need", "standard", "end",
                     "expectation", "obligation", "challenge", "threshold"})
_GUESTS = frozenset({"refugee", "migrant", "base", "basis", "contingent", "people", "team",
                     "match", "game", "tournament", "event", "festival"})
"""(the model's lemma of "bases" is "basis")"""
_FIGURATIVE = frozenset({"kill", "bury", "torpedo", "sink", "wreck", "derail", "scuttle",
                         "shoot", "strangle", "murder", "assassinate"})


_UNDONE = frozenset({"talk", "negotiation", "mediation", "process", "hope", "chance", "truce",
                     "ceasefire", "dialogue", "diplomacy", "relation", "tie", "economy"})


def _forces_leaving(cand: Candidate, lex: Lexicon) -> bool:
    """Are those leaving or taking a place armed forces ("French troops", "its fighters",
    "Russian armour") or a state or armed group named as a body ("the US", "Wagner"), not a
    visitor or civilians?"""
    if cand.ptype == "COERCE" and any((c.dep_ == "prep" and c.lower_ == "to") or c.dep_ == "prt"
                                      for c in cand.tokens[0].children):
        return False  # "took Russia to the International Court of Justice": brought, not
        # taken; "take on the gangs": a phrasal verb of its own
    def armed(a: Token) -> bool:
        return lex.fits("$troops", _lemma(a)) or _lemma(a) in _ARMED_PEOPLE | _ARMOUR or (
            a.ent_type_ in ("ORG", "GPE", "NORP") and a.pos_ == "PROPN")

    def teller(a: Token) -> Token | None:
        # "Seleka rebels say they have taken the palace": the pronoun is the teller itself
        if a.lower_ not in ("they", "it", "we") or a.head.dep_ != "ccomp":
            return None
        return _speaker(a.head.head) if _control(a.head.head, lex) == "report" else None

    return bool(cand.agents) and all(
        armed(a) or ((t := teller(a)) is not None and t.pos_ != "PRON" and armed(t))
        for a in cand.agents)


def _is_nounish(tok: Token) -> bool:
    if tok.pos_ in ("NOUN", "PROPN"):
        return tok.ent_type_ not in _NAMED_NOT_EVENTS
    if tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "prep" and c.lower_ == "between" for c in tok.children):
        return True  # "Fighting between the army and the RSF raged": a gerund as a noun
    # "the offensive" mis-tagged as an adjective after a determiner
    if tok.pos_ == "ADJ" and tok.i > 0:
        prev = tok.doc[tok.i - 1]
        return prev.dep_ in ("det", "poss") and tok.dep_ in ("amod",) and tok.ent_type_ == ""
    return False


def _match_noun(tok: Token, lex: Lexicon) -> tuple[Entry, tuple[Token, ...]] | None:
    if not _is_nounish(tok):
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return None  # "bombed Gaza without warning", "took the town without a fight"
    if tok.text == "March" and not tok.is_sent_start and tok.ent_type_ not in ("EVENT", "ORG"):
        return None  # the month the model did not tag as a date ("until March", "by March")
    entries = lex.nouns.get(_lemma(tok)) or lex.nouns.get(tok.lower_)
    if not entries:
        return None
    # modifiers, and the prepositions a row may ask for ("for call": "a call for an inquiry")
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")
            or (c.dep_ == "prep" and c.i > tok.i)]
    return _first_match(tok, entries, mods, lex)


def _first_match(tok: Token, entries: Iterable[Entry], dependents: list[Token], lex: Lexicon
                 ) -> tuple[Entry, tuple[Token, ...]] | None:
    """The first (longest) entry whose extra lemmas are all among the head's dependents."""
    nouns: list[Token] | None = None  # what a "$class" may match, found when first needed
    for entry in entries:
        used: list[Token] = [tok]
        for extra in entry.extras:
            if extra.startswith("$") and nouns is None:
                nouns = _class_candidates(dependents)
            pool = nouns if extra.startswith("$") and nouns is not None else dependents
            if extra.startswith("$") and entry.cameo == "172" and entry.target == ("dobj",):
                # "fired Prime Minister Garry Conille" is a removal from office, "fired at
                # Donald Trump" is not: the one removed is the object
                pool = [c for c in pool if c.dep_ in ("dobj", "nsubjpass") or c.i == tok.head.i]
            if extra.startswith("$") and used[-1].i != tok.i and used[-1].dep_ == "prep" and (
                    used[-1].lower_ not in _PARTICLES):
                # "put on $alerts": the class names the preposition's object ("put its forces
                # on alert"), not the verb's ("put the city-state on its list")
                # ("pulled out of the deal": or of a preposition under it)
                pool = [c for c in pool if used[-1].i in (c.head.i, c.head.head.i)]
            elif extra.startswith("$") and used[-1].i != tok.i and used[-1].lower_ in _PARTICLES:
                # "take in $people": the people taken in are the object ("took in 300
                # refugees", "take them in"), not whoever a preposition elsewhere names ("take
                # Olympic gold in the 10,000m, with Sileshi Sihine second")
                pool = [c for c in pool if c.dep_ in ("dobj", "nsubjpass") or used[-1].i in (
                    c.head.i, c.head.head.i)]
            hit = next((c for c in pool if c not in used
                        and (lex.fits(extra, _lemma(c), c.ent_type_) or lex.fits(extra, c.lower_))),
                       None)
            if hit is None:
                break
            if hit.dep_ == "prep" and hit.lower_ == "at" and _lemma(tok) == "shoot" and (
                    any(c.dep_ == "dobj" for c in tok.children)):
                # "shot dead President Vieira at his home": with an object of its own, "at"
                # says where ("shoot", not "shoot at"; but "fired live rounds at crowds")
                break
            used.append(hit)
        else:
            return entry, tuple(sorted(used, key=lambda t: t.i))
    return None


_PARTICLES = frozenset({"out", "off", "back", "up", "down", "away", "over", "in"})
"""Words a pattern uses as particles ("kick out $states": "kicked Ankara out of the
programme"), whose class names the verb's object rather than theirs."""


def _class_candidates(dependents: list[Token]) -> list[Token]:
    """The nouns a noun class may name: dependents, and the objects of the pattern's
    prepositions ("withdraw from $accords" matches "withdrew from the nuclear deal", "pulled out
    of the deal"); nouns only ("according" has the lemma "accord" too)."""
    preps = [c for c in dependents if c.dep_ in ("prep", "prt")]  # "taken off the air"
    preps += [g for c in dependents if c.dep_ in ("prt", "prep")
              for g in c.children if g.dep_ == "prep"]
    deep = [g for c in preps for g in c.children if g.dep_ == "pobj"]
    return [c for c in dependents + deep if c.pos_ in ("NOUN", "PROPN", "PRON")]


# --------------------------------------------------------------------------- arguments


def expand_conj(tok: Token) -> list[Token]:
    """A noun and the nouns coordinated with it: "Turkey and Russia" -> [Turkey, Russia]."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj" and not any(ch.isalnum() for ch in child.text):
            continue  # ("Jaish-e-Mohammed": a hyphen the tagger read as a coordinated noun)
        if child.dep_ == "conj" and (child.pos_ in ("NOUN", "PROPN", "PRON") or (
                child.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of"
                                            for c in child.children))):
            after = child.right_edge.i + 1
            if after < len(tok.doc) and _stranded_subject(tok.doc[after]) == child:
                continue  # (", and the minister resigned": the subject of another clause)
            out.extend(expand_conj(child))  # ("Saudi Arabia and three of its allies")
        elif child.dep_ == "appos" and tok.ent_type_ in _LISTABLE and (
            child.ent_type_ in _LISTABLE and any(c.dep_ == "conj" for c in child.children)
        ):
            # "Saudi Arabia, the UAE, Bahrain and Egypt" parsed as an apposition + conjuncts
            out.extend(expand_conj(child))
        elif child.dep_ == "appos" and any(c.dep_ == "poss" for c in child.children) and any(
                c.dep_ == "conj" and any(d.dep_ == "nummod" or d.lower_ in (
                    "every", "all", "each", "both") for d in c.children)
                for c in child.children):
            # "suspended Governor Fubara, his deputy and every state lawmaker": a list the
            # parser read as an apposition ("Beijing, its closest ally, and a call from
            # Washington" is an apposition, and a second object)
            out.extend(expand_conj(child))
    # "Ahmed al-Sharaa and Mazloum Abdi" parsed as one name whose first part holds the "and":
    # two named entities joined by a coordinator are two actors
    for child in tok.lefts:
        if child.dep_ in ("nmod", "compound") and child.pos_ == "PROPN" and child.ent_type_ and (
                tok.ent_type_ and child.i + 1 < tok.i and tok.doc[child.i + 1].dep_ == "cc"
                and tok.doc[child.i + 1].head.i == child.i):
            out.insert(0, child)
    out.extend(_stray_conjuncts(tok))
    out.extend(_second_party_of(tok))
    return out


_ENVOYS = frozenset({"delegation", "representative", "envoy", "negotiator", "official",
                     "leader", "minister", "team", "member", "commander"})


def _second_party_of(tok: Token) -> list[Token]:
    """ "Military delegations of Libya's government and of Khalifa Haftar's forces": envoys of
    two sides, each side's own (the second "of" is the first's conjunct)."""
    if _lemma(tok) not in _ENVOYS or tok.tag_ != "NNS":
        return []
    ofs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    ofs += [g for c in ofs for g in c.children if g.dep_ == "conj" and g.lower_ == "of"]
    if len(ofs) < 2:
        return []
    return [o for p in ofs[1:] if (o := _pobj(p)) is not None]


def _stray_conjuncts(tok: Token) -> list[Token]:
    """ "imposed sanctions on Ebrahim Raisi, the head of Iran's judiciary, and eight other
    appointees", "fired tear gas at Mondlane and hundreds of his supporters": the parser hangs
    the second noun on the verb; a noun coordinated with a verb, right after this argument
    (and its apposition), is coordinated with the argument."""
    if tok.dep_ not in ("dobj", "pobj") or tok.pos_ not in ("NOUN", "PROPN"):
        return []
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    doc = tok.doc
    for child in verb.children:
        if child.dep_ != "conj" or child.pos_ not in ("NOUN", "PROPN") or child.i < tok.i or any(
                c.dep_ in ("nsubj", "aux", "dobj") or c.pos_ in ("VERB", "AUX")
                for c in child.children):
            continue  # ("Maduro, who has refused ..., cut ties": the subject of a verb)
        if child.tag_ == "NN" and not any(c.dep_ in ("det", "nummod", "poss", "amod")
                                          for c in child.children):
            continue  # ("burned villages and shot civilians": a verb the tagger took for a noun)
        if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > child.i
               for c in verb.children):
            continue
        between = doc[tok.right_edge.i + 1:child.left_edge.i]
        if len(between) and all(t.lower_ in (",", "and", "or") for t in between) and any(
                t.dep_ == "cc" for t in between):
            return expand_conj(child)
    return []


def _pobj(prep: Token) -> Token | None:
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is not None and obj.pos_ == "ADP":  # "out of Manbij"
        return _pobj(obj)
    return obj


_LISTABLE = frozenset({"GPE", "ORG", "NORP"})
_NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})


_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "january", "february", "march", "april", "may", "june", "july",
                       "august", "september", "october", "november", "december", "christmas",
                       "easter", "ramadan", "eid", "new", "year", "day", "night", "week"})


def _timeish(tok: Token) -> bool:
    """A time, date or number, not a name the model swept into one ("fired missiles at Kyiv
    overnight" tags "Kyiv overnight" as a time)."""
    if tok.ent_type_ not in _NOT_ACTORS:
        return False
    if tok.pos_ == "NOUN":  # "on Monday night", "on the third night": a time all the same
        return tok.ent_type_ in ("DATE", "TIME") and _lemma(tok) in SPANS_OF_TIME
    return not (tok.pos_ == "PROPN" and tok.ent_type_ in ("TIME", "DATE")
                and tok.lower_ not in _CALENDAR)


_PERSONAL_THINGS = frozenset({"sentence", "conviction", "term", "verdict", "visa", "passport",
                              "citizenship", "nationality", "immunity", "pardon", "asset"})
"""What is someone's own, so that "his sentence", "her visa" name whom an act on it is for."""


def _whose_personal(noun: Token) -> Token | None:
    """ "upheld his death sentence", "revoked her visa": the person the pronoun stands for
    ("its" and "our" are left alone: they mostly point back at the doer)."""
    if _lemma(noun) not in _PERSONAL_THINGS:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in (
        "his", "her", "their")), None)


def _slot(heads: Iterable[Token], slot: str, exclude: set[Token]) -> Token | None:
    hit = _slot_any(heads, slot, exclude)
    if hit is not None and hit.like_num and hit.pos_ == "NUM":
        # "freed 21 of the Chibok schoolgirls": the people counted
        of = next((c for c in hit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = _pobj(of) if of is not None else None
        if whole is not None and whole.pos_ in ("NOUN", "PROPN", "PRON"):
            return whole
    if hit is not None and _timeish(hit):
        return None  # "on Sunday", "into 2019" are times, not targets
    if hit is not None and hit.tag_ == "NNS" and _lemma(hit) in _PLACES_LISTED:
        # "shelled the towns of Jermuk, Goris and Kapan": each town named
        of = next((c for c in hit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        named = _pobj(of) if of is not None else None
        if named is not None and named.pos_ == "PROPN" and any(
                c.dep_ == "conj" for c in named.children):
            return named
    return hit


_FORCE_NOUNS = frozenset({"police", "army", "military", "navy", "rebel", "militia", "insurgent",
                          "jihadist", "guerrilla", "paramilitary", "troop", "soldier"})
"""Armed bodies that, as a bare compound, name who does an act ("a police raid")."""


def _force_modifier(child: Token, head: Token) -> bool:
    """ "the police shooting of Michael Brown", "a rebel attack": an armed body named right
    before the act, which no verb gives a doer ("Israel launched a police raid": Israel)."""
    return _lemma(child) in _FORCE_NOUNS and child.i == head.i - 1 and not (
        head.dep_ in ("dobj", "nsubjpass") and (
            _lemma(head.head) in _SUPPORT_VERBS or _lemma(head.head) in _CONTROL_SUPPORT))


_PLACES_LISTED = frozenset({"town", "city", "village", "district", "province", "region",
                            "area", "port", "base"})


def _slot_any(heads: Iterable[Token], slot: str, exclude: set[Token]) -> Token | None:
    kind, _, prep = slot.partition(":")
    heads = list(heads)
    if kind == "dobj" and heads and (fronted := _fronted_object(heads[0])) is not None:
        return fronted
    if kind == "own":
        # "gunmen holding 1,100 hostages": the row's own object is who undergoes the act
        return next((c for h in heads for c in h.children if c in exclude and c.dep_ == "dobj"
                     and c.pos_ in ("NOUN", "PROPN")), None)
    for head in heads:
        for child in head.children:
            if kind == "dobj" and child.dep_ == "ccomp" and child.pos_ == "ADJ" and (
                    child in exclude):
                # "found Donald Trump guilty": the small clause's subject is the object
                named = next((g for g in child.children if g.dep_ == "nsubj"), None)
                if named is not None and named not in exclude:
                    return named
            if child in exclude and kind != "pobj":
                continue
            if kind == "dobj" and child.dep_ == "dobj" and child.pos_ not in ("SCONJ", "DET"):
                if child.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
                    return head.head  # "the town that troops captured": the town
                if child.tag_ not in ("WDT", "IN"):
                    return child  # (a complementizer misparsed as an object is not a target)
            if kind == "dative" and child.dep_ == "dative":
                return _pobj(child) if child.pos_ == "ADP" else child
            is_prep = child.dep_ in ("prep", "dative", "agent")
            if kind == "pobj" and is_prep and _lemma(child) == prep:
                obj = _pobj(child)
                if obj is not None and _timeish(obj):
                    continue  # "on Tuesday": a time; the slot may still be filled further on
                if obj is not None and _lemma(obj) in ("air", "sky") and not any(
                        c.dep_ in ("amod", "compound", "poss") for c in obj.children):
                    continue  # "fired shots into the air": a direction, no one aimed at
                if obj is not None and obj.tag_ == "VBG" and prep == "with":
                    continue  # "signed the deal, with Marco Rubio looking on": a circumstance
                if obj is not None and obj not in exclude:
                    return obj
            if kind == "poss" and child.dep_ == "poss" and child.pos_ != "PRON":
                return child
            if kind in ("amod", "compound") and child.dep_ == kind and _town(child):
                continue  # "the Bali bombings", "the Madrid train bombings": where, not who
            if kind == "amod" and child.dep_ == "amod" and (child.ent_type_ in (
                    "NORP", "GPE") or (_force_modifier(child, head) and _lemma(child) not in (
                        "military", "army"))):  # ("a military operation": no one named)
                return child
            if kind == "compound" and child.dep_ == "compound" and (child.ent_type_ in (
                "NORP", "GPE", "ORG"
            ) or _force_modifier(child, head)):
                return child  # (or a force: "the police shooting of Michael Brown")
        if kind == "dobj" and _contact_clause(head) and head.head not in exclude and (
                head.head not in heads):
            return head.head
        said = head.head
        if kind == "dobj" and head.dep_ == "ccomp" and _contact_clause(said, reporting=True) and (
                said.head not in exclude) and not any(
                c.dep_ in ("dobj", "nsubjpass") for c in head.children):
            # "a decision Britain, France and Germany said they regretted": the noun the
            # reporting clause modifies is what the reported verb acts on
            return said.head
        if kind == "dobj":
            named = _named_as(head)
            if named is not None and named not in exclude:
                return named
    return None


def _named_as(verb: Token) -> Token | None:
    """ "struck what it called a militant training camp": the object is the thing named (a
    free relative read as a clause). Also "what New Delhi described as a camp" and "what New
    Delhi said was a camp"."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in _NAMING_VERBS:
            continue
        kids = list(clause.children)
        if any(c.dep_ == "dobj" and c.tag_ == "WP" and c.i < clause.i for c in kids):
            named = next((c for c in kids if c.dep_ in ("dobj", "oprd") and c.i > clause.i
                          and c.pos_ in ("NOUN", "PROPN")), None)
            as_ = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "as"
                        and c.i > clause.i), None)
            if named is None and as_ is not None:  # "what New Delhi described as a camp"
                named = next((c for c in as_.children if c.dep_ == "pobj"
                              and c.pos_ in ("NOUN", "PROPN")), None)
            return named
        for be in kids:  # "what New Delhi said was a camp"
            if be.dep_ == "ccomp" and be.lemma_ == "be" and any(
                    c.dep_ == "nsubj" and c.tag_ == "WP" for c in be.children):
                return next((c for c in be.children if c.dep_ == "attr"
                             and c.pos_ in ("NOUN", "PROPN")), None)
    return None


def _contact_clause(verb: Token, reporting: bool = False) -> bool:
    """ "a sentence Washington condemned", "the young people police gunned down": a relative
    clause with its own subject and no relative word or object modifies what the verb acts on.
    ``reporting``: the clause reports another that does the acting ("a decision Rabat said it
    regretted"), so its clausal complement is allowed."""
    kids = list(verb.children)
    barred = ("dobj", "nsubjpass", "auxpass", "xcomp") + (() if reporting else ("ccomp",))
    return verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and any(
        c.dep_ == "nsubj" for c in kids) and not any(c.dep_ in barred for c in kids) and not any(
        t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in verb.subtree)


def _object_relative(verb: Token) -> bool:
    """ "The deal that the provincial government struck with Sufi Mohammad": a relative clause
    whose object is the relative word acts on the noun it modifies."""
    return verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and any(
        c.dep_ == "nsubj" for c in verb.children) and any(
        c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in verb.children)


def _town(tok: Token) -> bool:
    """A place name that is not a state's ("Bali", "Madrid"), used as a modifier."""
    return tok.ent_type_ == "GPE" and tok.text not in country_names()[0]


def _wh_resolve(tok: Token) -> Token:
    """A relative pronoun stands for the noun the clause modifies."""
    if tok.tag_ in ("WDT", "WP", "WP$") and tok.head.dep_ == "relcl":
        return tok.head.head
    if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "ccomp" and tok.head.head.dep_ == "relcl":
        # "rebels, whom UN experts say are backed by Rwandan troops": the relative pronoun of
        # a clause reported inside the relative clause
        return tok.head.head.head
    return tok


_DESCRIBING = frozenset({"believe", "think", "suspect", "say", "report", "know", "understand",
                         "thought", "said", "reported", "known"})
"""Participles of a reduced relative that describes who acted ("gunmen believed to be from
Boko Haram")."""


def _reduced_relative(verb: Token) -> Token | None:
    """ "Gunmen believed to be from Boko Haram dragged 200 schoolgirls": the parser makes the
    participle the main verb and the act its clause; the act's subject is the participle's,
    and the participle hedges who the doers are, not the act."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i > verb.i or head.tag_ not in ("VBD", "VBN") or (
            _lemma(head) not in _DESCRIBING) or any(
            c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    said = next((c for c in head.children if c.dep_ == "xcomp" and c.i < verb.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if said is None or subj is None or subj.i != head.i - 1:
        return None  # (the described noun stands right before its participle)
    return subj


_ORDERING = frozenset({"order", "want", "have", "get", "see", "instruct", "direct"})
_PARTY_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
_NOMINATIVE = frozenset({"i", "we", "he", "she", "they"})


def _ordered_done(verb: Token) -> bool:
    """"ordered him jailed", "wants them expelled": a bare participle after an order or wish
    is passive; the parser's subject is who undergoes it, not who does it."""
    if verb.dep_ not in ("ccomp", "xcomp", "oprd") or _lemma(verb.head) not in _ORDERING or (
            verb.head.i > verb.i) or any(c.dep_ in ("aux", "auxpass", "dobj", "mark")
                                         for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        # "had the French ambassador expelled": the tagger's past tense for the participle,
        # unless the clause has a subject only an active verb takes ("ordered they left")
        return any(c.dep_ == "nsubj" and c.lower_ not in _NOMINATIVE for c in verb.children)
    return verb.tag_ == "VBN"


def _orderer(verb: Token) -> Token | None:
    """The verb of ordering or wishing a bare participle completes ("have him jailed", "ordered
    the banker jailed", parsed as a participle on the object), if any; perception ("saw him
    arrested") orders nothing."""
    if _ordered_done(verb):
        head = verb.head
    elif verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "dobj" and (
            verb.i == verb.head.i + 1) and _lemma(verb.head.head) in _ORDERING:
        head = verb.head.head
    else:
        return None
    return head if _lemma(head) != "see" else None


def _fronted_object(verb: Token) -> Token | None:
    """ "the young people police gunned down": a relative clause with no pronoun, parsed with
    two subjects; the first is what the clause's verb acts on."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) or (
            not all(s.pos_ in ("NOUN", "PROPN") and s.i < verb.i for s in subjects)) or (
            subjects[1].left_edge.i != subjects[0].right_edge.i + 1):
        return None  # (the two stand side by side: "a plane ... landed, killed" are two clauses)
    return subjects[0]


def _in_disguise(verb: Token) -> Token | None:
    """ "Gunmen dressed as soldiers stormed the hotel", "bombers disguised as police officers
    attacked the shrine": the parser reads "as soldiers stormed" as a clause of its own; the
    doers are the disguised, not the disguise."""
    head = verb.head
    if verb.dep_ != "advcl" or _lemma(head) not in _DISGUISES or not any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    if head.dep_ == "acl":
        return head.head if head.head.pos_ in ("NOUN", "PROPN") else None
    # (or the participle is read as the main verb: "Bombers disguised(ROOT) as ...")
    return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)


_DISGUISES = frozenset({"dress", "disguise", "pose", "masquerade"})


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The grammatical subject of a verb and whether the verb is passive."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        # "would strike US bases if attacked": a reduced conditional or temporal passive
        verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
            c.dep_ in ("nsubj", "aux", "dobj") for c in verb.children)
        and any(c.dep_ == "mark" and c.lower_ in ("if", "when", "unless", "once", "until")
                for c in verb.children)) or _ordered_done(verb)
    if not passive and verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "aux") for c in verb.children
    ) and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children):
        # "was convicted ... and sentenced to 27 years": the conjunct shares the passive
        subj = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        return (_wh_resolve(subj) if subj is not None else None), True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1 and subjects[0].tag_ in ("WDT", "WP"):
        # "the island that Beijing had warned would ...": the relative pronoun is the object
        # of an inner clause; the named subject is the verb's own
        return subjects[1], passive
    if _fronted_object(verb) is not None:
        return subjects[1], passive
    disguised = _in_disguise(verb)
    if disguised is not None:
        return disguised, passive
    if subjects:
        subj = subjects[0]
        whose = next((c for c in subj.children if (c.dep_ == "nsubj" and subj.tag_ == "VBG") or (
            c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS") and subj.tag_ == "NN")), None)
        if whose is not None and subj.lower_.endswith("ing") and _lemma(verb) != "be":
            # "ASEAN leaders meeting in Jakarta reached a consensus": the parser took the
            # participle for a noun the leaders modify; the leaders are the subject
            return whose, passive
        return _wh_resolve(subj), passive
    described = _reduced_relative(verb)
    if described is not None:
        return described, passive
    for child in verb.children:
        if child.dep_ == "csubj" and child.tag_ in ("VBN", "VBD", "VBG") and child.i < verb.i:
            # "fighters believed to be Russian had executed", "Federal police clearing a
            # roadblock clashed with protesters": a reduced relative the parser took for a
            # clausal subject; its own subject is the verb's
            inner = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if inner is not None:
                return inner, passive
    stranded = _stranded_subject(verb)
    if stranded is not None:
        return stranded, passive
    for child in verb.children:
        if child.dep_ == "npadvmod" and child.i < verb.i and child.i == child.sent.start and (
                child.pos_ == "PROPN" and child.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
                and child.i + 1 < len(child.doc) and child.doc[child.i + 1].text != "-"):
            # "Washington, meanwhile, still hasn't lifted the sanctions", "FIFA confirmed ...":
            # a name opening the sentence that the parser took for an adverbial noun (but
            # "Rwanda-backed rebels" is a patron)
            return child, passive
    for child in verb.children:
        if child.dep_ == "mark" and child.i < verb.i:
            # "a day after Azerbaijan launched an offensive": the parser took the subject for
            # the object of "after"
            inner = next((c for c in child.children if c.dep_ == "pobj"
                          and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
            if inner is not None:
                return inner, passive
    return None, passive


def _stranded_subject(verb: Token) -> Token | None:
    """ "..., and the interior minister, Carlos Filizzola, resigned hours later": the parser
    joined the second clause's subject to an earlier noun and its verb to the first clause's
    verb; the noun phrase after ", and" that ends right before the verb is its subject."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    doc = verb.doc
    for noun in doc[verb.head.i + 1:verb.i]:
        if noun.dep_ == "conj" and noun.pos_ in ("NOUN", "PROPN") and noun.head.pos_ in (
                "NOUN", "PROPN", "PRON") and noun.right_edge.i == verb.i - 1 and (
                noun.left_edge.i >= 2 and doc[noun.left_edge.i - 1].lower_ in ("and", "but")
                and doc[noun.left_edge.i - 2].text in (",", ";")):
            return noun
    return None


def _of_conjunct(verb: Token) -> Token | None:
    """The "of" of "accusing Kigali of training and arming the rebels" when the parser hung the
    second gerund on the accusing verb as its conjunct (the first is the preposition's object,
    right before the "and")."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or _lemma(head) not in _ALLEGING:
        return None
    for of in head.children:
        obj = _pobj(of) if of.dep_ == "prep" and of.lower_ == "of" else None
        if obj is not None and obj.lower_.endswith("ing") and obj.i < verb.i and all(
                t.dep_ in ("cc", "punct") for t in verb.doc[obj.right_edge.i + 1:verb.i]):
            return of
    return None


def inherited_subject(verb: Token, depth: int = 0) -> Token | None:
    """The understood subject of a verb with none of its own (control, conjunction, relatives)."""
    subj, _ = _subject(verb)
    if subj is not None or depth > 6:
        return subj
    head = verb.head
    if head.i == verb.i:
        return None
    if _imperative(verb):
        return None  # "tap the link to join": an order to the reader has no subject to pass on
    if verb.dep_ == "conj":
        if _of_conjunct(verb) is not None:
            # "accusing Kigali of training and arming the rebels": the accused arm them
            accused = next((c for c in head.children if c.dep_ == "dobj"), None)
            if accused is not None:
                return accused
        return inherited_subject(head, depth + 1)
    if verb.dep_ == "xcomp":
        if _lemma(head) in OBJECT_CONTROL:
            obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
            if obj is None:  # "called on Turkey to"
                on = next((c for c in head.children if c.dep_ == "prep" and _lemma(c) == "on"),
                          None)
                obj = _pobj(on) if on is not None else None
            if obj is not None:
                return obj
        return inherited_subject(head, depth + 1)
    if verb.dep_ == "acomp" and verb.pos_ == "ADJ":
        # "Somalia was right to recall its ambassador", "ready to send troops": the adjective's
        # subject is who acts
        return inherited_subject(head, depth + 1)
    if verb.dep_ == "advcl" and (verb.tag_ in ("VBG", "VBN") or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )):
        obj = next((c for c in head.children if c.dep_ == "dobj" and (c.ent_type_ in (
            "PERSON", "GPE", "ORG", "NORP") or c.pos_ == "PRON")), None) if _lemma(head) in (
            OBJECT_CONTROL) and verb.tag_ == "VB" else None
        # "the declaration commits Thailand to free 18 soldiers" (the parser's adverbial clause
        # for an object-control infinitive): who is committed acts
        return obj if obj is not None else inherited_subject(head, depth + 1)
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBG":
        if head.dep_ == "dobj" and (_lemma(head) in _DOCUMENTS or (
                _lemma(head) in _MOTIONS and _lemma(head.head) in _MOVING)):
            # "Trump posted a letter announcing a tariff", "the Security Council adopted a
            # resolution calling on foreign forces to leave": who issues the document says it
            issuer = inherited_subject(head.head, depth + 1)
            if issuer is not None:
                return issuer
        if head.dep_ == "pobj" and (head.ent_type_ in ("GPE", "LOC", "FAC") or _lemma(head) in (
                _ROUTES)) and head.head.lower_ in _THROUGH:
            # "students marched through the capital demanding his resignation": the parser
            # hangs the participle on the place passed through; the marchers demand
            gov = head.head.head
            if gov.pos_ in ("NOUN", "PROPN"):
                return gov
            if gov.pos_ == "VERB":
                return inherited_subject(gov, depth + 1)
        return head
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and _lemma(head) in _RESOLVE_NOUNS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "Australia's decision to scrap the deal", "Trump's threat to impose tariffs": the
        # noun's owner is who would act
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
    if verb.dep_ == "pcomp" and head.dep_ == "prep":  # "accused Ankara of supporting"
        gov = head.head
        # "of", "for", "from" complete what is done to the object ("barred him from entering");
        # "by", "after", "without" ... say how or when the subject acts ("breached the
        # convention by supplying arms", "freed him without firing a shot")
        obj = next((c for c in gov.children if c.dep_ == "dobj"), None) if _lemma(head) in (
            "of", "for", "from") or (_lemma(head) == "on" and _lemma(gov) in _PRAISING) else None
        if obj is None and gov.pos_ in ("NOUN", "PROPN") and gov.dep_ == "dobj" and _lemma(
                gov.head) in _ALLEGING and _lemma(head) == "of":
            # "accused Russian forces of blowing up the dam": "of" hangs on the accused
            return gov
        if obj is None and _lemma(gov) in SPANS_OF_TIME and gov.dep_ == "pobj" and (
                gov.head.head.pos_ in ("VERB", "AUX")):
            # "would leave Mali after nine years of fighting jihadists": who leaves fought
            return inherited_subject(gov.head.head, depth + 1)
        if obj is None and gov.pos_ in ("NOUN", "PROPN"):
            return None
        return obj if obj is not None else inherited_subject(gov, depth + 1)
    return None


_ROUTES = frozenset({"capital", "city", "town", "street", "road", "square", "avenue",
                     "boulevard", "centre", "center", "downtown"})
_THROUGH = frozenset({"through", "across", "along", "into", "around", "in", "to", "toward",
                      "towards", "outside", "past"})
"""Places a march goes through, and the prepositions of its route."""
_DITRANSITIVE = frozenset({"give", "hand", "award", "grant", "offer", "send", "deny", "show",
                           "promise", "pay", "lend", "sell", "tell", "teach", "allow"})
"""Verbs whose passive participle keeps an object ("officials handed a letter")."""


def _warranted(noun: Token, used: set[Token]) -> Token | None:
    """ "arrested Duterte on a warrant from the ICC", "was arrested on a warrant issued by the
    ICC", "instead of arresting him under the ICC warrant": the warrant is for whoever the act
    it authorises is done to."""
    if _lemma(noun) != "warrant" or noun.dep_ != "pobj" or noun.head.lower_ not in (
            "on", "under") or noun.head.head.pos_ != "VERB":
        return None
    held = noun.head.head
    subj, passive = _subject(held)
    return subj if passive else _slot([held], "dobj", used)


def _headline_passive(verb: Token, subj: Token | None, passive: bool) -> bool:
    """A passive without its auxiliary, read as an active past: "Two men shot dead by
    gendarmes" (an agent), "Maldonado shot dead in her car", "Jimmy Lai found guilty on all
    charges" (a result with no object)."""
    if passive or subj is None or verb.tag_ not in ("VBD", "VBN") or subj.dep_ != "nsubj":
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp") for c in kids):
        return False
    return any(c.dep_ == "agent" for c in kids) or any(
        c.dep_ in ("oprd", "acomp") and c.lower_ in ("dead", "guilty") for c in kids)


def _verb_arguments(cand: Candidate, lex: Lexicon) -> None:
    verb = cand.trigger
    subj, passive = _subject(verb)
    used = set(cand.tokens)
    # ("Good news: NZ planes have delivered water": a clause after a colon hung on the label
    # has its own subject and is no participle)
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(
        c.dep_ == "nsubj" for c in verb.children)
    if participle and any(c.dep_ == "dobj" for c in verb.children) and (
            verb.head.dep_ == "ROOT" or (verb.head.dep_ == "nsubj" and verb.i == verb.head.i + 1
                                         and _lemma(verb) not in _DITRANSITIVE)):
        # "A gunman killed 49 worshippers": the parser took the main verb for a reduced
        # relative ("a gunman [who was] killed"); a passive participle has no direct object
        participle = False
        subj = verb.head
    # "Rebuked by Eriador, Osgiliath ...": a fronted passive participle with its own agent
    fronted = verb.dep_ == "advcl" and verb.tag_ == "VBN" and subj is None and any(
        c.dep_ == "agent" for c in verb.children)
    if fronted:
        subj = inherited_subject(verb.head) if verb.head.i != verb.i else None
        passive = True
    if _headline_passive(verb, subj, passive):
        # "Two young men shot dead by gendarmes", "Journalist shot dead in Tijuana": a
        # headline drops the auxiliary; no active verb has an agent or "dead" and no object
        passive = True
        cand.rules.append("headline-passive")
    if passive or participle:
        cand.rules.append("passive")
        agent_prep = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent_prep is None:
            # "was captured and killed by rebel fighters": conjoined passives share the agent
            for other in (*(c for c in verb.children if c.dep_ == "conj"),
                          *([verb.head] if verb.dep_ == "conj" else [])):
                agent_prep = next((c for c in other.children if c.dep_ == "agent"), None)
                if agent_prep is not None:
                    break
        if agent_prep is None:
            # "Jimmy Lai found guilty by a Hong Kong court": "by" may hang on the complement,
            # or be a plain preposition of a headline's verb the parser read as active
            holders = [c for c in verb.children if c.dep_ in ("oprd", "acomp")]
            if "headline-passive" in cand.rules:
                holders.append(verb)
            agent_prep = next((g for c in holders for g in c.children
                               if g.dep_ in ("agent", "prep") and g.lower_ == "by"), None)
        agent = _pobj(agent_prep) if agent_prep is not None else None
        orderer = _orderer(verb) if agent is None else None
        if orderer is not None:
            # "move to have him jailed", "ordered the banker jailed": who has it done does it
            agent = inherited_subject(orderer)
            if agent is not None:
                cand.rules.append("agent-is-orderer")
        patient = verb.head if participle else subj
        if patient is None and not fronted:
            # "fell into a coma after being poisoned": the patient is the clause's subject
            patient = inherited_subject(verb)
            if patient is not None:
                cand.rules.append(f"patient-from:{verb.dep_}")
        cand.agents = expand_conj(agent) if agent is not None else []
        if patient is not None and patient in used and (lex.fits("$projectiles", _lemma(
                patient)) or lex.fits("$weapons", _lemma(patient))):
            # "300 Iranian drones were fired at Israel": the pattern's own object is what was
            # fired, not who was hit; whose it is says who fired it
            if agent is None and any(c.dep_ in ("amod", "compound") and c.ent_type_ in (
                    "NORP", "GPE") for c in patient.children):
                cand.agents = [patient]
            patient = None
        if patient is not None and patient in used and participle:
            # "on a warrant issued by the ICC": the row's own object is the document issued;
            # whom it is for comes from the act it authorises
            warranted = _warranted(patient, used)
            if warranted is not None:
                cand.targets = expand_conj(warranted)
                cand.rules.append("target-of-warranted-act")
                return
        if patient is not None and cand.entry.target != ("none",) and not (
                participle and patient in used and cand.entry.extras
                and cand.ptype in ("SUPPORT", "AGREE", "COOPERATE")):
            cand.targets = expand_conj(patient)
        else:  # (or "the agreement signed by A and B": the pattern's own object is no party)
            tgt = _first_slot(cand, (s for s in cand.entry.target if s != "dobj"), used)
            cand.targets = expand_conj(tgt) if tgt is not None else []
        if cand.ptype == "CONSULT" and _lemma(verb) == "host" and _hosts_gathering(verb):
            # "talks in Putrajaya hosted by Anwar Ibrahim", "sat down for talks in Almaty,
            # hosted by Kazakhstan": the host of others' talks is a third party (guide section
            # 8: hosts and mediators are CONSULT 045 with no target), not their counterpart
            cand.mode, cand.cameo, cand.targets = "third-party", "045", []
            cand.rules.append("host-of-talks")
        _visitor_first(cand, verb)
        _disarming_others(cand, verb, patient)
        return
    if subj is None:
        subj = inherited_subject(verb)
        if subj is not None:
            cand.rules.append(f"subj-from:{verb.dep_}")
    cand.agents = expand_conj(subj) if subj is not None else []
    if len(cand.agents) > 1 and all(lex.fits("$weapons", _lemma(a)) or lex.fits(
            "$projectiles", _lemma(a)) for a in cand.agents):
        # "US warplanes and cruise missiles struck Baghdad", "Rockets and ballistic missiles
        # struck the base": the weapons of one attack, told once (by those whose owner the
        # text names: "US jets and Israeli drones" are two)
        owned = [a for a in cand.agents if any(
            c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in ("NORP", "GPE", "ORG")
                                                       or c.pos_ == "PRON")
            for c in a.children)]
        cand.agents = owned or cand.agents[:1]
        cand.rules.append("weapons-of-one-attack")
    tgt = _first_slot(cand, cand.entry.target, used)
    if tgt is not None and cand.ptype == "MOBILIZE" and tgt.dep_ == "dobj" and tgt.head == verb:
        # "the army deployed thousands of soldiers", "sent police to Honiara" with no place
        # the row takes: the forces moved are the target (guide: troops called up or ordered)
        cand.rules.append("forces-as-target")
    if tgt is None and cand.mode == "crowd-control":
        # "used tear gas to disperse protesters", "fired water cannon to push them back": the
        # crowd the force is used on is the object of its purpose
        # ("in a failed attempt to disperse them": the purpose of the attempt)
        tries = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                 for a in p.children if a.dep_ == "pobj" and _lemma(a) in _RESOLVE_NOUNS]
        aim = next((c for h in (verb, *tries) for c in h.children if c.dep_ in (
            "xcomp", "advcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                            for a in c.children)), None)
        tgt = next((c for c in aim.children if c.dep_ == "dobj"), None) if aim else None
        if tgt is None and aim is not None:
            # "to hold back crowds marching on the capital": the crowd read as a clause's subject
            tgt = next((g for c in aim.children if c.dep_ == "ccomp" for g in c.children
                        if g.dep_ == "nsubj" and g.i > aim.i), None)
        if tgt is not None:
            cand.rules.append("target-of-purpose")
    if tgt is None and cand.ptype == "REQUEST" and cand.entry.pos == "verb":
        # "demanded that Niger's junta reinstate Bazoum": the demand is made of whoever is to
        # act (a passive clause's subject is acted on: "demanded that he be released")
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        asked, passive = _subject(clause) if clause is not None else (None, False)
        if asked is not None and not passive and asked.tag_ not in ("WP", "WDT", "EX") and (
                asked.lower_ not in ("it", "there", "we", "i")):
            tgt = asked
            cand.rules.append("target-asked-to-act")
    if tgt is None and cand.ptype == "THREATEN" and _lemma(verb) == "warn":
        # "warns of consequences for Chisinau and Tbilisi": whom the consequences are for
        tgt = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
                    for n in p.children if n.dep_ == "pobj" for q in n.children
                    if q.dep_ == "prep" and q.lower_ in ("for", "against")
                    and (o := _pobj(q)) is not None and _named_actor(o)), None)
        if tgt is not None:
            cand.rules.append("warned-of-consequences-for")
    if tgt is None and "dobj" in cand.entry.target and not _dep_children(verb, ("dobj",)):
        # "seized and looted the town": the object attaches to the last conjunct
        for conj in _dep_children(verb, ("conj",)):
            tgt = next((c for c in conj.children if c.dep_ == "dobj"), None)
            if tgt is not None:
                cand.rules.append("object-from-conjunct")
                break
    if tgt is None:
        # "offered to help the breakaway region": the pattern names the clause ("offer help"),
        # whose object the offer is for; "suspended Togo from the bloc": a party named as the
        # object of a pattern whose own noun is elsewhere
        clause = next((t for t in cand.tokens[1:] if t.pos_ == "VERB" and t.head.i == verb.i
                       and t.dep_ in ("xcomp", "advcl")), None)
        if clause is not None:  # ("help Mexico fight the cartels": the helped as a subject)
            objects = [c for c in clause.children if c.dep_ in ("dobj", "dative")] + [
                g for c in clause.children if c.dep_ == "ccomp" for g in c.children
                if g.dep_ == "nsubj"]
        elif cand.ptype not in ("RETREAT", "MOBILIZE"):  # (not a place left: "fled Kyiv")
            objects = [c for c in verb.children if c.dep_ == "dobj" and c not in used and (
                c.pos_ == "PROPN" or c.ent_type_ in _PARTY_LABELS)]
        else:
            objects = []
        # (nor a relative pronoun or conjunction: "a force that Tokayev requested to help")
        objects = [o for o in objects if o.tag_ not in ("WDT", "WP", "IN") and o.pos_ != "SCONJ"]
        tgt = objects[0] if objects else None
        if tgt is not None:
            cand.rules.append("target-object-outside-pattern")
    if cand.ptype == "RETREAT" and cand.mode == "release" and _lemma(verb) in ("free", "release"):
        # ("from" may hang on the last of the people freed)
        holders = [verb, *(t for t in verb.subtree if t.dep_ in ("dobj", "conj", "appos")
                           and t.pos_ in ("NOUN", "PROPN"))]
        captor = next((o for h in holders for p in h.children if p.dep_ == "prep"
                       and p.lower_ == "from"
                       and (o := _pobj(p)) is not None and (o.ent_type_ in (
                           "ORG", "NORP", "PERSON") or _lemma(o) in _CAPTORS)), None)
        # "Pakistani troops have freed 346 passengers": armed forces freeing people free
        # someone else's captives (a state releasing its prisoners is said of the state)
        freers = [a for a in cand.agents if lex.fits("$troops", _lemma(a)) or _lemma(a) in (
            "sniper", "commando", "agent", "operative", "police", "policeman")] if (
            _lemma(verb) == "free") else []  # ("army intelligence agents freed Betancourt")
        if captor is not None or (freers and len(freers) == len(cand.agents)):
            # "soldiers freed Ingrid Betancourt and 14 others from the FARC": freeing someone
            # else's captives is a rescue (AID), not a captor's release
            cand.ptype, cand.mode, cand.cameo = "AID", None, "070"
            cand.rules.append("rescued-from-captor" if captor is not None else "freed-by-force")
    if cand.ptype == "COERCE" and cand.mode == "seize":
        # "recapturing the city from Islamic State": who loses the ground is the target
        loser = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                      and (o := _pobj(p)) is not None and (o.ent_type_ in (
                          "ORG", "NORP", "PERSON") or (o.pos_ == "PROPN" and not o.ent_type_))),
                     None)
        if loser is not None:
            tgt = loser
            cand.rules.append("target-lost-ground")
    if tgt is None and "dobj" in cand.entry.target:
        # "bombed what New Delhi called a militant training camp": the free relative's name
        tgt = _named_as(verb)
        if tgt is not None:
            cand.rules.append("target-named-by-clause")
    if tgt is not None and tgt.pos_ == "NOUN" and tgt.ent_type_ == "":
        # "paused military aid deliveries to Ukraine": the party the object is for
        for prep in _dep_children(tgt, ("prep",)):
            of = _lemma(prep) == "of" and _lemma(tgt) not in lex.nouns
            to = _lemma(prep) in ("to", "for", "against", "with")  # "a pact with the US"
            # "restrictions on Russia"; but "the dam on the Dnipro" is where the dam stands
            to = to or (_lemma(prep) == "on" and (
                _lemma(tgt) in lex.nouns or lex.fits("$tariffs", _lemma(tgt))))
            obj = _pobj(prep) if of or to else None
            # "revoke the designation of the Houthis"; but "control of Afrin" is a place, and
            # "the annexation of Crimea" an act whose own agent is the target
            named = ("ORG", "NORP", "PERSON") if of else ("GPE", "ORG", "NORP", "PERSON")
            if obj is not None and obj.ent_type_ in named:
                tgt = obj
                cand.rules.append("target-via-object")
                break
    if tgt is None and cand.ptype == "SANCTION":
        # "banned imports of Georgian and Moldovan wine", "imposed duties totalling 80 per cent
        # on Australian barley": the country whose goods are hit
        holders = [o for o in verb.children if o.dep_ == "dobj"] + [
            t for t in cand.tokens[1:] if t.pos_ == "NOUN"]  # "hit back with tariffs on ..."
        goods = (t for o in holders for t in o.subtree
                 if t.dep_ == "pobj" and _lemma(t.head) in ("on", "of", "from")
                 and t.pos_ == "NOUN" and not t.ent_type_)
        tgt = next((t for t in goods if any(m.dep_ in ("amod", "compound") and m.ent_type_ in (
            "NORP", "GPE") and m.i < t.i for m in t.children)), None)
        if tgt is not None:
            cand.rules.append("target-whose-goods")
    if tgt is None and cand.entry.plover_type == "THREATEN":
        # "warned that he would devastate Turkey": whoever the threatened act is aimed at,
        # when the act itself is no event of the lexicon
        content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        obj = next((c for c in content.children if c.dep_ in ("dobj", "npadvmod")
                    and c.i > content.i), None) if content else None
        if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in (
                "GPE", "ORG", "NORP", "PERSON")):
            tgt = obj
            cand.rules.append("target-of-threatened-act")
    if tgt is None and cand.entry.plover_type == "THREATEN":
        # "warned that Seoul would soon see the building collapse": who the warning says
        # will suffer (a named subject other than the one warning)
        content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        who = _subject(content)[0] if content is not None else None
        if who is not None and (who.pos_ == "PROPN" or who.ent_type_ in (
                "GPE", "ORG", "NORP", "PERSON")) and all(a.i != who.i for a in cand.agents):
            tgt = who
            cand.rules.append("target-warned-of")
    if tgt is None and cand.entry.plover_type == "THREATEN":
        # "warned of a long war unless Nairobi pulled its troops out": who must comply
        tgt = _condition_subject(verb)
        if tgt is not None:
            cand.rules.append("target-from-condition")
    dests = [d for d in ("to", "into", "around", "off", "near")
             if f"pobj:{d}" in cand.entry.target]
    if tgt is None and dests:
        # "delivered the first of four air defence systems to Ukraine", "began drills around
        # Taiwan": the destination or the place surrounded, which the parser hung on the
        # object (or on what the object measures) rather than on the verb
        holders = [o for o in verb.children if o.dep_ == "dobj"]
        holders += [g for h in holders for p in h.children if p.dep_ == "prep"
                    and _lemma(p) == "of" for g in p.children if g.dep_ == "pobj"]
        tgt = next((o for h in holders for p in h.children if p.dep_ == "prep"
                    and _lemma(p) in dests and (o := _pobj(p)) is not None
                    and o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")), None)
        if tgt is not None:
            cand.rules.append("destination-on-object")
    if tgt is None and "pobj:with" in cand.entry.target:
        # "signed agreements normalising relations with Israel": the partner named inside the
        # pattern's object, or in a clause that describes it
        for noun in (t for t in cand.tokens[1:] if t.pos_ == "NOUN"):
            clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
            holders = [noun, *clauses, *(o for c in clauses for o in c.children
                                         if o.dep_ == "dobj")]  # "normalising relations with"
            tgt = next((o for h in holders for p in h.children if p.dep_ == "prep"
                        and _lemma(p) == "with" and (o := _pobj(p)) is not None), None)
            if tgt is not None:
                cand.rules.append("partner-in-object")
                break
    if tgt is None and cand.ptype == "MOBILIZE":
        # "Kenya sent 400 police officers to Haiti", "France is sending more troops into the
        # Central African Republic": forces sent into another country (a state's name, not a
        # town or a border) are sent to it (the pipeline codes help to a foreign state AID 074)
        holders = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
        tgt = next((o for h in holders for p in h.children if p.dep_ == "prep"
                    and p.lower_ in ("to", "into") and (o := _pobj(p)) is not None
                    and o.ent_type_ == "GPE" and not _town(o)), None)
        if tgt is not None:
            cand.rules.append("sent-abroad")
    if tgt is None:
        # "released 24 hostages", "released him": the pattern's own object is the patient
        # ("freed 222 political prisoners": a row whose object is a class of people)
        # "ordered Argentine and Chilean diplomats to leave": people acted on are the target
        # (not in mutual acts: "agreed to exchange prisoners" stays between the two sides)
        # ("burned villages", "recognised the new government": places and states too)
        people = (_PATIENT_CLASSES & set(cand.entry.extras)) or (
            {"$people", "$captives"} if cand.ptype in _ACTED_ON else set())
        if cand.ptype == "MOBILIZE":
            # "ordered ten battalions to the border", "called up 25,000 soldiers", "sent
            # troops to patrol the roads": the forces commanded or sent are the target when no
            # destination is (guide, section 8; the later batches code sent forces so)
            people = people | {"$troops"}
        tgt = next((t for t in cand.tokens[1:] if t.dep_ == "dobj"
                    and (t.pos_ in ("PRON", "PROPN") or t.ent_type_
                         or any(lex.fits(c, _lemma(t), t.ent_type_) for c in people))), None)
        if tgt is None and "$territory" in cand.entry.extras:
            # "moved into Kirkuk", "abandoned Kherson": the place entered or left
            tgt = next((t for t in cand.tokens[1:] if t.dep_ in ("dobj", "pobj")
                        and lex.fits("$territory", _lemma(t), t.ent_type_)), None)
        if tgt is None and "dobj" in cand.entry.target:
            # "dismissed its regional government", "expelled two diplomats": the pattern's
            # object is the one acted on when the row names the object as the target
            tgt = next((t for t in cand.tokens[1:] if t.dep_ == "dobj" and (
                _lemma(t) in _INSTITUTIONS or lex.fits("$people", _lemma(t))
                or lex.fits("$dignitaries", _lemma(t)))), None)
        if tgt is not None and cand.ptype == "MOBILIZE":
            cand.targets = [tgt]  # "police officers and soldiers": one force sent
            cand.rules.append("forces-as-target")
            return
    if tgt is None:
        # "rejected US accusations", "lifted Iran's sanctions": the object's owner
        for tok in cand.tokens[1:]:
            if tok.pos_ == "NOUN":
                whose = _slot([tok], "pobj:of", used)
                if whose is not None and not (whose.ent_type_ or whose.pos_ in ("PROPN", "PRON")):
                    whose = None  # "declared a state of emergency": no one's
                tgt = _slot([tok], "poss", used) or _slot([tok], "compound", used) or _slot(
                    [tok], "amod", used) or whose
                if tgt is None and (tgt := _whose_personal(tok)) is not None:
                    cand.rules.append("target-personal-poss")
                if tgt is None and (lex.fits("$accords", _lemma(tok)) or _lemma(tok) in (
                        "contact", "tie", "relation", "talk")):
                    # "suspended contacts with the Russian Federation", "a treaty with Kyiv"
                    tgt = _slot([tok], "pobj:with", used)
                if tgt is None and tok.dep_ == "dobj":
                    # "granted Assad asylum": a double object the parser took for a compound
                    tgt = next((c for c in tok.children if c.dep_ == "compound"
                                and c.ent_type_ == "PERSON" and c.i < tok.i), None)
                if tgt is not None:
                    break
    if tgt is None and cand.ptype == "REJECT" and _lemma(verb) in ("refuse", "decline"):
        # "refused to let the bloc's envoy meet Suu Kyi", "refused to give way to Lungu's
        # motorcade": whom the refused act was for
        for clause in (c for c in verb.children if c.dep_ == "xcomp"):
            let = [g for c in clause.children if c.dep_ == "ccomp" and _lemma(clause) in (
                "let", "allow") for g in c.children if g.dep_ == "nsubj"]  # "let the envoy meet"
            tgt = next((o for o in (_slot([clause], "dobj", used), *let,
                                    _slot([clause], "pobj:to", used))
                        if o is not None and (_named_actor(o) or lex.fits(
                            "$dignitaries", _lemma(o)) or any(
                                c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_)
                                for c in o.children))), None)
            if tgt is not None:
                cand.rules.append("target-from-refused")
                break
    if tgt is not None and cand.ptype == "ASSAULT" and tgt.dep_ == "pobj" and (
            tgt.head.lower_ == "with") and (lex.fits("$weapons", _lemma(tgt)) or _lemma(tgt) in (
                _ARMOUR)) and not any(c.dep_ in ("poss", "amod", "compound") and (
                    c.ent_type_ in ("NORP", "GPE")) for c in tgt.children):
        # "their border guards clashed with mortars and armoured vehicles": what they fought
        # with, not whom (but "clashed with Russian armour" names a side)
        tgt = next((c for c in verb.children if c.dep_ == "dobj" and c not in used), None)
        cand.rules.append("weapons-are-means")  # ("fought troops loyal to Kiir with tanks")
    cand.targets = expand_conj(tgt) if tgt is not None else []
    if tgt is not None and tgt.dep_ == "dobj" and tgt.head.i == verb.i:
        # "stormed the Congress, the Supreme Court and the presidential palace": the parser
        # hangs the list's later items on the verb as a bare noun phrase after a comma
        doc = verb.doc
        for extra in verb.children:
            if extra.dep_ == "npadvmod" and extra.i > tgt.i and extra.left_edge.i > 0 and (
                    doc[extra.left_edge.i - 1].text == ",") and extra.ent_type_ not in (
                    _NOT_ACTORS) and extra.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "conj" for c in extra.children) and not any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in extra.children):
                # (a list goes on with "and ..."; "..., a charge Doha denies" restates)
                cand.targets += expand_conj(extra)
                cand.rules.append("object-list")
    if tgt is not None and tgt.dep_ == "dobj" and tgt.head.i == verb.i and cand.ptype in (
            "COERCE", "SANCTION", "ASSAULT", "RETREAT", "CONCEDE"):
        # "sentenced Saif al-Islam to death, along with al-Senussi and al-Mahmoudi",
        # "arrested the opposition leader together with three of his aides": the same act
        # falls on those named with the object
        for holder in (verb, tgt):
            for along in holder.children:
                if along.dep_ == "prep" and along.lower_ in ("along", "together"):
                    with_ = next((c for c in along.children if c.dep_ == "prep"
                                  and c.lower_ == "with"), None)
                    obj = _pobj(with_) if with_ is not None else None
                    if obj is not None and obj.pos_ in ("NOUN", "PROPN", "NUM"):
                        cand.targets += [t for t in expand_conj(obj) if t not in cand.targets]
                        cand.rules.append("along-with")
    _disarming_others(cand, verb, None)
    if cand.ptype == "CONSULT" and cand.mode is None and _lemma(verb) == "host" and (
            cand.targets) and all(t.pos_ in ("PRON", "PROPN") or t.ent_type_ in (
                "PERSON", "GPE", "NORP") for t in cand.targets):
        # "the White House, where Trump hosted them": guests hosted are visitors (a host of
        # talks or a summit stays CONSULT 043 as the one who hosts)
        cand.mode, cand.cameo = "visit", "042"
    _visitor_first(cand, verb)


def _disarming_others(cand: Candidate, verb: Token, patient: Token | None) -> None:
    """ "Kenyan authorities disarmed them", "the soldiers were disarmed by Kenyan police":
    taking others' weapons is a seizure (COERCE 1711); "the rebels disarmed" or a group
    disarming its own fighters lays arms down (RETREAT)."""
    if cand.ptype != "RETREAT" or _lemma(verb) != "disarm" or verb.dep_ == "xcomp" or (
            verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP")):
        return  # ("agreed to disarm the Janjaweed militias": a promised disarmament)
    if patient is None:  # (active voice: the object; passive: the subject, with an agent)
        patient = next((c for c in verb.children if c.dep_ == "dobj"), None)
    elif not cand.agents:
        return
    if patient is None or patient.lower_.endswith("selves") or any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in patient.children):
        return
    cand.ptype, cand.mode, cand.cameo = "COERCE", "seize", "1711"
    cand.targets = expand_conj(patient)
    cand.rules.append("disarmed-others")


def _visitor_first(cand: Candidate, verb: Token) -> None:
    """ "Xi Jinping received the leaders of five states", "the ministers were received by
    Tokayev": the visitors visit the host (PLOVER visit: visitor = source, whatever the
    voice; guide, section 4)."""
    if (cand.ptype, cand.mode) == ("CONSULT", "visit") and _lemma(verb) in _HOSTING and (
            cand.targets):
        cand.agents, cand.targets = cand.targets, cand.agents
        cand.rules.append("visitor-is-received")


def _armed_backing(cand: Candidate, lex: Lexicon) -> None:
    """ "accusing Doha of backing militant groups", "Belgrade was backing the attackers":
    backing an armed group is material help (AID), not political support; so is backing by
    troops ("the rebels are backed by several thousand Rwandan troops")."""
    if cand.ptype == "SUPPORT" and _lemma(cand.trigger) in ("back", "support", "sponsor") and (
            any(_armed_group(t) for t in cand.targets) or any(
            lex.fits("$troops", _lemma(a)) and a.head.dep_ == "agent"
            for a in (*cand.agents, *cand.targets))):
        cand.ptype, cand.mode, cand.cameo = "AID", None, "07"
        cand.rules.append("backing-armed-group")


_HOSTING = frozenset({"receive", "host"})

_GATHERINGS = frozenset({"talk", "negotiation", "meeting", "summit", "round", "session",
                         "conference", "ceremony", "dialogue", "consultation"})


def _hosts_gathering(verb: Token) -> bool:
    """ "talks hosted by Qatar", "a round hosted by Mexico", "sat down for talks in Almaty,
    hosted by Kazakhstan": a participle "hosted by" on a gathering, or on a clause whose
    gathering comes before it (guests hosted, "Trump hosted them", are visitors)."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "advcl") or not any(
            c.dep_ == "agent" for c in verb.children):
        return False
    head = verb.head
    if head.pos_ == "NOUN" and _lemma(head) in _GATHERINGS:
        return True
    while head.pos_ != "VERB" and head.dep_ in ("pobj", "prep", "npadvmod") and head.head != head:
        head = head.head  # ("held talks in Doha on Tuesday hosted by Qatar's emir")
    return head.pos_ == "VERB" and any(
        t.pos_ == "NOUN" and _lemma(t) in _GATHERINGS and t.i < verb.i and t.dep_ in (
            "pobj", "dobj") for t in head.subtree)


_EXPRESSIVE = frozenset({"apology", "apologies", "condolence", "condolences", "congratulation",
                         "congratulations", "sympathy", "thanks", "regret", "regrets"})
_NOT_CARGO = frozenset({"refugee", "migrant", "price", "shockwave", "shiver", "signal",
                        "message", "bid", "bill", "application", "letter", "request",
                        "proposal", "invitation", "note", "draft", "law", "text", "envoy",
                        "delegation", "delegate", "negotiator", "emissary", "representative"})
"""Objects sent that are no aid ("sent envoys to Jeddah for talks": a delegation)."""


_WORKERS = frozenset({"worker", "teacher", "miner", "doctor", "nurse", "driver", "employee",
                      "docker", "dockworker", "staff", "workforce", "pilot", "farmer", "trucker",
                      "lecturer"})
"""Who "striking" describes as on strike when it stands right before them."""

_WALKED_FREE = frozenset({("walk", "out", "$prisons"), ("walk", "free")})


def _let_go(cand: Candidate) -> list[Token]:
    """Who a "let ... go" or "let ... leave" pattern lets go: the small clause's subject."""
    if cand.entry.pos != "verb" or cand.entry.pattern[0] != "let":
        return []
    for clause in cand.tokens:
        if clause.dep_ == "ccomp" and clause.head.i == cand.trigger.i:
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return expand_conj(subj)
    return []
"""Rows whose subject is the one released ("walked out of prison", "walked free")."""

_OBJECT_NEEDED = frozenset({("shelter",), ("harbour",), ("harbor",)})
"""Rows that are events only with an object: sheltering someone, not taking shelter."""

_NO_EVENT_OBJECTS: dict[tuple[str, ...], tuple[frozenset[str], tuple[str, ...]]] = {
    ("send",): (_NOT_CARGO, ()),
    ("host",): (_GUESTS, ("$troops",)),
    ("meet",): (_NOT_MET, ()),
    ("give", "in"): (frozenset({"birth"}), ()),  # "the son she gave birth to in captivity"
    ("charge",): (frozenset({"price", "fee", "rate", "tariff", "premium", "interest", "rent",
                             "toll", "tax"}), ()),  # "the prices it charges refiners"
    ("pick", "up"): (frozenset({"coverage", "phone", "piece", "story", "thread", "pace",
                                "momentum", "signal", "tab", "bill", "slack", "speed", "vote",
                                "support", "steam"}), ()),  # "will pick up the live coverage"
}
"""Bare verb rows whose object can make them no event: the object lemmas and noun classes."""


def _object_undoes(entry: Entry, tok: Token, lex: Lexicon) -> bool:
    """ "sent refugees to Europe" is no aid, "hosts US troops" or "hosts a million refugees" a
    state of affairs, "met no resistance" or "meet the deadline" no meeting, "regretted his
    remarks" no disapproval."""
    if entry.pattern == ("regret",) and any(c.dep_ == "dobj" and any(
            p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children) for c in tok.children):
        return True  # "said he regretted his remarks": an apology, no disapproval of another
    if entry.pattern == ("strike",) and tok.lower_ == "striking" and any(
            c.dep_ == "dobj" and _lemma(c) in _WORKERS and c.i == tok.i + 1
            for c in tok.children):
        return True  # "a roadblock set up by striking teachers": workers on strike
    if entry.pattern in _OBJECT_NEEDED and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return True  # "civilians had been sheltering in the theatre": taking shelter
    words, classes = _NO_EVENT_OBJECTS.get(entry.pattern, (frozenset(), ()))
    # the object is a dependent, or the noun a relative clause on it modifies ("the prices it
    # charges refiners", "the refugees it sent to Europe")
    objects = [c for c in tok.children if c.dep_ == "dobj"] + (
        [tok.head] if tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" else [])
    return any(_lemma(c) in words or any(lex.fits(k, _lemma(c)) for k in classes)
               for c in objects)


_ALLEGING = frozenset({"accuse", "blame", "suspect", "charge", "convict", "condemn", "fault",
                       "indict"})
SPANS_OF_TIME = frozenset({"day", "week", "month", "year", "hour", "night", "decade",
                           "century"})
_CAPTORS = frozenset({"captor", "kidnapper", "abductor", "pirate", "militant", "rebel", "gang",
                      "guerrilla", "jihadist", "insurgent", "hostage-taker"})
_PRAISING = frozenset({"congratulate", "praise", "commend", "hail", "thank", "compliment"})
_TRAVEL = frozenset({"arrive", "land", "fly", "travel", "go", "come", "head", "return"})
_NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand", "say"})


def _condition_subject(verb: Token) -> Token | None:
    """The named subject of an "unless"/"if" clause attached to a threat (or to its object)."""
    near = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "prep", "xcomp", "ccomp"))]
    near += [o for c in near if c.dep_ == "prep" and (o := _pobj(c)) is not None]
    for head in near:
        for clause in head.children:
            if clause.dep_ != "advcl" or not any(
                    m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in clause.children):
                continue
            subj, passive = _subject(clause)
            if subj is not None and not passive and (
                    subj.pos_ == "PROPN" or subj.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")):
                return subj
    return None


_ACCIDENTS = frozenset({"crash", "collide", "capsize", "derail", "overturn", "collapse"})


def _accident(trigger: Token) -> bool:
    """A killing told as the result or the circumstance of an accident."""
    if _lemma(trigger) not in ("kill", "die"):
        return False
    if trigger.dep_ == "advcl" and _lemma(trigger.head) in _ACCIDENTS:
        return True  # "a jet that crashed ..., killing all ten people on board"
    for clause in trigger.children:
        if clause.dep_ != "advcl":
            continue
        came_down = _lemma(clause) == "come" and any(
            c.dep_ == "prt" and c.lower_ == "down" for c in clause.children)
        if _lemma(clause) in _ACCIDENTS or came_down:
            return True  # "was killed when his helicopter came down"
    return _natural_toll(trigger)


def _natural_toll(trigger: Token) -> bool:
    """ "the volcano erupted, burying villages ... and killing at least 25 people", "floods
    killed 40": a natural disaster's toll is no one's act."""
    doers = [inherited_subject(trigger), *(next((c for c in a.children if c.dep_ == "nsubj"), None)
                                            for a in trigger.ancestors if _lemma(a) == "erupt")]
    return any(d is not None and (_lemma(d) in _HAZARDS or any(
        w.lower_ in ("volcano", "volcán", "volcan", "mount") for w in d.subtree)) for d in doers)


def _imperative(verb: Token) -> bool:
    """A bare base-form verb opening its clause with no subject or auxiliary ("tap the link");
    a conjunct ("would revoke ... and end ...") only if what it joins is one too."""
    doc = verb.doc
    if verb.dep_ == "conj" and not any(t.text == ";" for t in doc[verb.head.i:verb.i]):
        return verb.head.i != verb.i and _imperative(verb.head)
    return verb.tag_ == "VB" and verb.dep_ in ("ROOT", "parataxis", "conj") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children
    ) and verb.i == verb.left_edge.i


def _restated(noun: Token) -> bool:
    """A noun phrase set off by a comma as a second object of its verb (an appositive)."""
    if noun.dep_ != "dobj":
        return False
    earlier = [c for c in noun.head.children if c.dep_ == "dobj" and c.i < noun.i]
    left = noun.left_edge.i
    return bool(earlier) and left > 0 and noun.doc[left - 1].text == ","


_DOCUMENTS = frozenset({"letter", "statement", "decree", "video", "post", "message", "note",
                        "communique", "order", "memo", "declaration", "tweet"})
"""What someone issues, posts or signs: its participle speaks for the issuer."""
_MOTIONS = frozenset({"resolution", "motion"})
_MOVING = frozenset({"adopt", "pass", "approve", "table", "introduce", "submit", "draft"})
"""A resolution speaks for whoever adopts or tables it, not for whoever vetoes it."""
_CIRCUMSTANCE = frozenset({"after", "before", "during", "amid", "amidst", "following", "despite",
                           "since", "until", "throughout"})
"""Prepositions that place an act in time or circumstance rather than give its content."""
_SETTINGS = frozenset({"call", "conversation", "videoconference", "visit", "trip"})
"""Contacts an act is told as made in ("warned Biden in a phone call", "announced during a
visit to Kyiv"): the contact is an event of its own, not what the act is about."""


def _setting(prep: Token) -> Token | None:
    """The contact noun of "in a phone call", "during a visit", "on a trip", "at talks", if
    any."""
    obj = _pobj(prep) if prep.lower_ in ("in", "during", "on", "at", "after", "following") else None
    if obj is None:
        return None
    if prep.lower_ in ("after", "following"):
        # "pardoned 52 prisoners after talks with a US envoy", "said after a phone call with
        # Trump": only a contact whose partner is named
        return obj if _lemma(obj) in _SETTINGS | {"talk", "negotiation", "meeting"} and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in obj.children) else None
    if prep.lower_ == "at":  # "agreed to a ceasefire at talks hosted by ..." (a summit or a
        return obj if _lemma(obj) in ("talk", "negotiation") else None  # meeting: a venue)
    return obj if _lemma(obj) in _SETTINGS else None


_REPORTERS = frozenset({"media", "medium", "press", "television", "tv", "radio", "newspaper",
                        "agency", "official", "source", "witness", "police", "army", "military",
                        "ministry", "government", "activist", "resident", "monitor"})
"""Common nouns that, modifying "report" or "claim", name who reports or claims."""
_CLAIM_NOUNS = {"accusation": "claim", "allegation": "claim", "claim": "claim", "charge": "claim",
                "report": "report", "statement": "report", "announcement": "report"}
"""Nouns whose "that" clause is told as someone's claim or report."""
_ANSWERED = frozenset({"ACCUSE", "REQUEST", "THREATEN"})
"""Speech acts a refusal can answer ("rejected US accusations", "dismissed Kyiv's demands")."""
_PATIENT_CLASSES = frozenset({"$people", "$captives", "$missions", "$dwellings", "$states",
                              "$foes", "$outlets"})
"""Noun classes whose member, as a pattern's object, is also the act's target."""
_RESOLVE_NOUNS = frozenset({"decision", "move", "plan", "bid", "attempt", "effort", "refusal",
                            "threat", "pledge", "promise", "vow", "offer", "readiness",
                            "willingness", "determination", "intention", "push", "drive",
                            "order", "choice", "failure", "call", "demand", "agreement"})
"""Nouns whose "to" clause is an act of their owner ("Australia's decision to scrap")."""
_INSTITUTIONS = frozenset({"government", "cabinet", "parliament", "legislature", "assembly",
                           "council", "court", "congress", "senate", "administration", "regime",
                           "junta", "commission", "board", "ministry"})
"""Bodies a pattern may name as what is acted on ("dissolved parliament")."""
_GOING_ON = frozenset({"press", "push", "forge", "carry", "go", "plough", "plow", "move"})
_ACTED_ON = frozenset({"SANCTION", "COERCE", "ASSAULT", "RETREAT", "CONCEDE"})
"""Types whose pattern object, when it is people, is whom the act is done to ("expelled
diplomats"); a mobilisation's soldiers or an aid delivery's doctors are what is sent."""


def _named_actor(tok: Token) -> bool:
    """A proper name, or a name the model tags as a person, body, state or nationality."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _first_slot(cand: Candidate, slots: Iterable[str], used: set[Token]) -> Token | None:
    heads = list(cand.tokens)
    # "slapped duties of 80 per cent on Australian barley": the rate's phrase carries the slot
    heads += [o for t in cand.tokens if t.pos_ == "NOUN" for p in t.children
              if p.dep_ == "prep" and p.lower_ == "of" and (o := _pobj(p)) is not None
              and o.ent_type_ in ("MONEY", "PERCENT", "QUANTITY")]
    # "flown ... 30 tonnes of relief supplies to Kathmandu": the load's phrase carries it too
    heads += [t.head.head for t in cand.tokens if t.dep_ == "pobj" and t.head.lower_ == "of"
              and _lemma(t.head.head) in _LOADS]
    for slot in slots:
        if slot == "none":
            return None
        hit = _slot(heads, slot, used)
        if hit is not None and hit not in cand.agents:
            return hit
    return None


_BREAK_OUT = frozenset({"erupt", "break", "flare", "rage", "continue", "resume", "intensify",
                        "escalate", "spread", "begin", "start"})


def _under_modifier(tok: Token, top: Token) -> bool:
    """Is there an adjective or clause modifying ``top`` on the way up from ``tok`` ("troops
    loyal to Kiir and forces": yes; "the leaders of Russia and Ukraine": no)?"""
    cur = tok.head
    while cur != top and cur.head != cur:
        if cur.dep_ in ("amod", "acl", "relcl"):
            return True
        cur = cur.head
    return False


def _undergoer(cand: Candidate, lex: Lexicon) -> Token | None:
    """ "ordered his arrest", "Abe's assassination", "Cuba's removal from the list": with no
    "of" phrase, the possessor of an act done to someone is who undergoes it (a person, or
    anyone removed "from" something), not who does it."""
    noun = cand.trigger
    if not lex.fits("$undergone", _lemma(noun)) or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ in ("his", "her", "their") or poss.ent_type_ == "PERSON" or any(
            c.dep_ == "prep" and c.lower_ == "from" for c in noun.children):
        return poss
    # (the small model tags many surnames as places or bodies: "Lopez's arrest"; a body's
    # name has an article or is an acronym: "the court's arrest of", "the FBI's")
    if poss.pos_ == "PROPN" and poss.ent_type_ not in ("GPE", "NORP", "LOC", "FAC") and not (
            poss.is_upper) and not any(c.dep_ == "det" for c in poss.children) and not any(
            c.dep_ == "compound" and c.is_upper for c in poss.children):
        return poss
    return None


def _noun_arguments(cand: Candidate, lex: Lexicon) -> None:
    noun = cand.trigger
    used = set(cand.tokens)
    undergoer = _undergoer(cand, lex)
    if undergoer is not None:
        used.add(undergoer)  # (not the author: "Khashoggi's killing")
        cand.rules.append("possessor-undergoes")
    between = _slot([noun], "pobj:between", used)
    if between is None and noun.dep_ == "nsubj" and _lemma(noun.head) in _BREAK_OUT:
        # "Fighting erupted in Khartoum between the army and the RSF": the sides hang on the verb
        between = _slot([noun.head], "pobj:between", used)
    if between is not None and "pobj:between" in cand.entry.agent + cand.entry.target:
        sides = expand_conj(between)
        if len(sides) == 1:
            # "between troops loyal to Kiir and forces backing Machar": the parser joins the
            # second side to the last noun of the first side's modifier
            inner = next((t for t in between.subtree if t.dep_ == "conj" and t.head != between
                          and t.pos_ == "NOUN" and _under_modifier(t, between)), None)
            if inner is not None:
                sides = [between, inner]
        cand.agents, cand.targets = sides[:1], sides[1:]
        cand.rules.append("between")
        return
    agent = None
    # "a US drone strike": the owner may modify the pattern's own first word ("drone")
    owned = [noun, *(t for t in cand.tokens if t is not noun and t.dep_ == "compound"
                     and t.head == noun)]
    for slot in cand.entry.agent:
        agent = _slot(owned if slot in ("compound", "amod") else [noun], slot, used)
        if agent is not None:
            break
    if agent is None and "pobj:from" not in cand.entry.target:  # "withdrawal from Kherson"
        agent = _slot([noun], "pobj:from", used)
        if agent is None and cand.ptype == "REQUEST":
            # "an appeal for help from the interim government": the parser hangs "from" on
            # what is asked for
            asked = _slot([noun], "pobj:for", used)
            agent = _slot([asked], "pobj:from", used) if asked is not None else None
        if agent is None and noun.dep_ == "dobj" and _lemma(noun.head) in _RECEIVE_VERBS:
            agent = _slot([noun.head], "pobj:from", used)
    if noun.dep_ == "dobj" and _lemma(noun.head) in _RECEIVE_VERBS:
        # "Russia drew condemnation from the West": the subject receives the act
        recipient, _ = _subject(noun.head)
        recipient = recipient or inherited_subject(noun.head)
        cand.agents = expand_conj(agent) if agent is not None else []
        cand.targets = expand_conj(recipient) if recipient is not None else []
        cand.rules.append("recipient-from-verb")
        return
    # "Turkey launched an offensive", "held talks", "launched two days of drills": the agent
    # comes from the verb above
    held = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        held = noun.head.head  # a measure of the act: "two days of", "a wave of"
    if agent is None and held.dep_ in ("dobj", "nsubjpass") and held.head.pos_ == "VERB" and (
        _lemma(held.head) in _SUPPORT_VERBS or _lemma(held.head) in _CONTROL_SUPPORT
    ):
        gov = held.head
        subj, passive = _subject(gov)
        if passive:
            by = next((c for c in gov.children if c.dep_ == "agent"), None)
            agent = _pobj(by) if by is not None else None
        else:
            agent = subj or inherited_subject(gov)
        if agent is not None:
            cand.rules.append("agent-from-verb")
    if agent is None and noun.dep_ == "pobj" and noun.head.lower_ == "on" and _lemma(
            noun.head.head) in ("go", "embark"):
        # "went on a shooting spree", "embarked on a bombing campaign": who goes on it does it
        agent = inherited_subject(noun.head.head)
        if agent is not None:
            cand.rules.append("agent-from-verb")
    went_on = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _lemma(noun.head.head) in (
            SPANS_OF_TIME):
        went_on = noun.head.head  # "pressed on with ten days of war games"
    if agent is None and went_on.dep_ == "pobj" and went_on.head.lower_ == "with" and (
            _continuing(went_on.head.head)):
        # "Seoul and Washington pressed on with war games": who goes on with the act does it
        agent = inherited_subject(went_on.head.head)
        if agent is not None:
            cand.rules.append("agent-from-verb")
    span = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if span is None or _lemma(span) not in SPANS_OF_TIME:
        span = noun
    if agent is None and cand.ptype in ("CONSULT", "COOPERATE") and span.dep_ == "pobj" and (
            span.head.lower_ in ("after", "following") or span is not noun):
        # "agreed to a bailout after 17 hours of talks with eurozone leaders", "agreed to a
        # cessation of hostilities after ten days of talks", "sealed a deal after talks
        # mediated by Kofi Annan": who talked is who agreed (the parser may hang "after" on
        # the noun agreed to)
        verb = next((a for a in span.ancestors if a.pos_ == "VERB"), None)
        if verb is not None and verb.dep_ in ("advcl", "parataxis") and verb.head.pos_ == (
                "VERB") and _control(verb, lex) in _ATTRIBUTION_EFFECTS:
            verb = verb.head  # ("Libya has agreed ..., after talks with Britain, Blair
            # announced": the parser hung "after" on the telling; the teller did not talk)
        agent = inherited_subject(verb) if verb is not None else None
        if agent is not None:
            cand.rules.append("agent-from-clause")
    if agent is None and noun.dep_ == "pobj" and noun.head.lower_ == "behind":
        # "the commander behind the 2021 bombing", "arrested the man behind the attack" (the
        # parser may hang "behind" on the verb): its author
        above = noun.head.head
        agent = above if above.pos_ in ("NOUN", "PROPN") else next(
            (c for c in above.children if c.dep_ == "dobj" and c.i < noun.i), None)
        if agent is not None:
            cand.rules.append("agent-behind")
    setting = noun.dep_ == "pobj" and _setting(noun.head) == noun
    actor_verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")),
                      None) if setting else None
    if (agent is None or agent.ent_type_ in _NOT_ACTORS) and actor_verb is not None and (
            noun.head.head == actor_verb or noun.head.lower_ == "at"):
        # "Xi warned Biden in a phone call", "the secretary announced during a visit to Kyiv",
        # "agreed to a ceasefire at talks hosted by Anwar": who acts in the call, on the
        # visit or at the talks takes part in them, with whom the act is aimed at
        agent = _subject(actor_verb)[0] or inherited_subject(actor_verb)
        if agent is not None:
            cand.rules.append("agent-from-setting")
            if cand.mode == "phone" and _first_slot(cand, cand.entry.target, used) is None:
                other = next((c for c in actor_verb.children if c.dep_ in (
                    "dobj", "dative") and _named_actor(c)), None)
                if other is None:
                    to = next((c for c in actor_verb.children if c.dep_ == "prep"
                               and c.lower_ == "to"), None)
                    other = _pobj(to) if to is not None else None
                if other is not None:
                    cand.agents = expand_conj(agent)
                    cand.targets = expand_conj(other)
                    return
    travel = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "for") else None
    if travel is not None and not (_lemma(travel) in _TRAVEL and cand.ptype == "CONSULT"):
        travel = None  # only "landed in Asmara on a visit", "arrived for talks"
    if agent is None and travel is not None:
        # "landed in Asmara on a historic visit", "arrived in Beijing for a state visit": the
        # traveller visits the place named as where they went
        agent = inherited_subject(travel)
        if agent is not None:
            cand.rules.append("visitor-from-verb")
    if agent is None:
        # "a pledge Chancellor Scholz made in January", "the offensive Russia launched": the
        # subject of a light verb in a relative clause on the noun
        for clause in [c for c in noun.children if c.dep_ == "relcl" or (
                c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ", "VBP"))]:
            subj, passive = _subject(clause)
            if not passive and subj is not None and subj.tag_ not in ("WDT", "WP") and (
                    _lemma(clause) in _SUPPORT_VERBS):
                agent = subj
                cand.rules.append("agent-from-relative")
                break
    # "the junta kept bombing villages": a gerund the tagger took for a noun, in a verb's slot
    gerund = noun.lower_.endswith("ing") and noun.dep_ in ("xcomp", "pcomp", "advcl", "ccomp")
    if agent is None and gerund:
        agent = inherited_subject(noun)
        if agent is not None:
            cand.rules.append(f"subj-from:{noun.dep_}")
    if agent is None and "poss" in cand.entry.agent:
        # "over her visit to Taiwan", "deplored its invasion of Ukraine", "at his request": the
        # possessive pronoun is the act's author (resolved like any pronoun)
        agent = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in (
            "his", "her", "its", "their") and c != undergoer), None)
        if agent is not None:
            cand.rules.append("agent-possessive")
    cand.agents = expand_conj(agent) if agent is not None else []
    tgt = _slot([noun], "dobj", used) if gerund else None
    tgt = tgt or _first_slot(cand, cand.entry.target, used | set(cand.agents))
    if tgt is None and "pobj:for" in cand.entry.target:
        # "a deadline for Saddam Hussein to leave", "calls for Israel to withdraw": the
        # subject of the "for ... to" clause
        tgt = next((subj for c in noun.children if c.dep_ in ("acl", "relcl") and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            for subj in c.children if subj.dep_ == "nsubj"), None)
    if tgt is None and cand.ptype == "REQUEST" and noun.dep_ == "pobj":
        # "deployed troops to Cabo Delgado at Maputo's request", "following a request from
        # the Government of Mozambique, Rwanda will deploy", "in response to a request from
        # the President of Mali, French forces began": asked of whoever acts
        prep = noun.head
        answered = prep.lower_ == "to" and prep.head.lower_ == "response" and (
            prep.head.dep_ == "pobj" and prep.head.head.lower_ == "in")
        if answered:
            prep = prep.head.head
        if (answered or prep.lower_ in ("at", "upon", "following", "after")) and (
                prep.head.pos_ == "VERB"):
            tgt = inherited_subject(prep.head)
            if tgt is not None:
                cand.rules.append("asked-of-doer")
    if tgt is None and travel is not None:
        # "arrived in Beijing for a state visit": the named place visited
        tgt = _place_gone_to(travel)
    if tgt is None and cand.mode == "visit" and agent is not None and noun.dep_ == "pobj" and (
            noun.head.lower_ in ("during", "in", "on")) and noun.head.head.pos_ == "VERB":
        # "Panama agreed on Wednesday ..., during a visit by Pete Hegseth": whoever acts during
        # someone's visit is the host
        from .lexicon import load_lexicon

        acting = noun.head.head
        while acting.dep_ in ("ccomp", "xcomp") and acting.head.pos_ == "VERB" and (
                _control(acting.head, load_lexicon()) != "report"):
            acting = acting.head  # ("agreed to let US troops rotate ..., during a visit")
        host = inherited_subject(acting)
        if host is not None and host.i != agent.i and _named_actor(host):
            tgt = host
            cand.rules.append("host-of-visit")
    if tgt is None and "agent-from-verb" in cand.rules and noun.dep_ == "dobj":
        # "handed Moscow a protest note", "sent Kyiv a letter of protest": to whom
        tgt = next((c for c in noun.head.children if c.dep_ == "dative" and c.pos_ in (
            "PROPN", "NOUN", "PRON") and c not in cand.agents), None)
    if tgt is None:
        tgt = _warranted(noun, used | set(cand.agents))
        if tgt is not None:
            cand.rules.append("target-of-warranted-act")
    if tgt is None and undergoer is not None:
        tgt = undergoer
    cand.targets = expand_conj(tgt) if tgt is not None else []
    if not cand.targets and "agent-possessive" in cand.rules:
        # "its warnings will remain theatre", "her hardest battles are ahead": a possessed act
        # aimed at no one is a manner of speaking, not an event
        cand.agents = []
        cand.rules.remove("agent-possessive")


# --------------------------------------------------------------------------- governors


def _governors(start: Token, lex: Lexicon) -> list[Link]:
    """Walk up from the event's anchor through verbs that govern it (inner first)."""
    links: list[Link] = []
    cur = start
    inside_np = False  # once inside a noun phrase, only attribution above still applies
    claimed = False  # the event is the content of an accusation or report noun
    background: int | None = None  # links from here on are above a dating clause
    settled = False  # passed through a past act that dates the clause above it
    for _ in range(12):
        head = cur.head
        if head.i == cur.i:
            break
        dep = cur.dep_
        if dep == "conj" and cur.tag_ == "VBD" and head.tag_ == "VBG" and head.dep_ == "xcomp" and (
                head.head.tag_ == "VBD"):
            # "Eritrea denied attacking anyone and accused Djibouti of firing first": a finite
            # verb the parser coordinated with the gerund is the main verb's conjunct, not
            # something denied
            cur = head.head
            continue
        of = _of_conjunct(cur) if dep == "conj" else None
        if of is not None:
            # "accusing Kigali of training and arming the rebels": the parser coordinated the
            # second gerund with the accusation; it is what the accusation is of
            cur = of
            continue
        if dep == "conj" and any(c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE
                                 for c in cur.children) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            # "before their mandate was due to run out and seven months after Azerbaijan
            # retook the region": a dating clause of its own the parser coordinated with the
            # verb before it; that verb's modality is not its
            break
        if dep == "conj":
            cur = head
            continue
        if dep == "ccomp" and cur.i < head.i and any(
                t.text == ";" for t in cur.doc[cur.right_edge.i + 1:head.i]):
            # "Israeli jets struck a building in Doha; Qatar condemned the attack": a clause
            # the parser hung on the verb after a semicolon is a sentence of its own
            break
        if dep == "ccomp" and _reduced_relative(cur) is not None:
            # "Gunmen believed to be from Boko Haram dragged ...": no hedge on the act (but
            # "..., local officials said" above still tells it)
            cur = head
            continue
        if dep == "ccomp" and cur.i < head.i and any(
                c.dep_ == "dobj" and _lemma(c) in _CLAIM_NOUNS and cur.right_edge.i < c.i < head.i
                for c in head.children):
            # "Tehran accused them of entering its waters, a charge Britain rejected": the
            # parser hung the sentence on the verb of the relative clause that follows it
            break
        if dep in ("pcomp", "pobj") and head.pos_ == "ADP":  # "warned of", "accused of"
            if head.head.i == head.i:
                break
            cur, dep, head = head, "prep", head.head
        if dep == "prep" and cur.lower_ == "of" and _lemma(head) in SPANS_OF_TIME:
            # "after days of protests", "two weeks of rioting": the span only measures the
            # act, which happened; what is done to the span is done to it as background
            inside_np = True
            cur = head
            continue
        if dep == "prep" and cur.lower_ == "of" and head.dep_ == "dobj" and head.pos_ in (
                "NOUN", "PROPN") and _lemma(head.head) in _ALLEGING:
            # "accused Russian forces of blowing up the dam": "of" belongs to the verb
            cur, head = head, head.head
        if dep in ("relcl", "acl", "appos", "nsubj", "nsubjpass", "dobj", "pobj", "attr") and (
            head.pos_ in ("NOUN", "PROPN", "PRON") or dep in ("nsubj", "nsubjpass")
        ):
            # a clause inside a noun phrase shares the attribution of the clause above it
            if dep in ("acl", "relcl") and cur.pos_ in ("VERB", "AUX") and not inside_np and (
                    _lemma(head) in _CLAIM_NOUNS and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in cur.children)):
                # "US accusations that it was behind the attacks": told as the noun's claim
                # ("that" as a marker; a relative "that" is the clause's subject or object)
                links.append(Link(head, _CLAIM_NOUNS[_lemma(head)]))
                claimed = True
            if dep == "acl" and head.pos_ == "NOUN" and not inside_np and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) and (
                    _lemma(head) in _AIMS):
                # "at Maputo's request to fight insurgents", "a mission to rescue them": the
                # noun's aim, not an act done
                links.append(Link(head, "permit"))
            inside_np = inside_np or dep in ("relcl", "acl", "appos")
            cur = head
            continue
        if dep == "csubj":
            links.append(Link(head, "pass"))
            cur = head
            continue
        if dep in ("ccomp", "xcomp", "advcl", "dobj", "prep", "parataxis", "acl") and (
            head.pos_ in ("VERB", "AUX", "NOUN", "ADJ")
        ):
            effect = _control(head, lex)
            if dep == "advcl" and effect in _CONTROLLING and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) and not any(
                    c.dep_ in ("mark", "nsubj", "nsubjpass") for c in cur.children) and not any(
                    c.dep_ in ("xcomp", "ccomp") for c in head.children):
                # "ECOWAS threatened on Sunday to use force": an infinitive the parser hung
                # as a purpose clause after a date is the control verb's complement
                dep = "xcomp"
            if dep == "advcl" and (effect in _CONTROLLING or effect == "request") and any(
                    c.dep_ == "mark" and c.lower_ == "for" for c in cur.children) and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
                dep = "xcomp"  # "called for the judges to be killed": what is called for
            if effect == "report" and dep == "xcomp" and not (
                    any(c.dep_ == "nsubj" for c in cur.children) and any(
                        c.dep_ == "aux" and c.tag_ == "MD" for c in cur.children)) and not (
                    _lemma(head) not in _TELLING and any(
                        c.dep_ == "auxpass" for c in head.children)):
                effect = "request"  # "told Palestinians to ignore the order"
                # (but "said it would halt operations": a clause the parser took for xcomp;
                # "are reported to have killed 27 soldiers", "is said to have fled": a report)
            if effect == "hedge" and dep == "dobj" and _lemma(head) in ("fear", "dread"):
                effect = "permit"  # "planners fear a blockade": a feared act is no event
            elif effect == "hedge" and dep not in ("ccomp", "xcomp", "dobj"):
                effect = None  # "appeared outside a base ... and called on": no hedging
            if _lemma(head) == "have" and dep == "xcomp" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
                # "Israel would have to offer Beirut something": an obligation, not an act;
                # "had to withdraw" (past, no modal) happened
                modal = any(c.dep_ == "aux" and c.lower_ != "to" for c in head.children)
                effect = "permit" if modal or head.tag_ in ("VBP", "VBZ", "VB") else "aspect"
            if _continuing(head):
                effect = "aspect"  # "pressed ahead with the withdrawal": it goes on
            elif any(c.dep_ in ("prt", "oprd") for c in head.children):
                # "called off", "set up": a phrasal verb is not the control verb; "called the
                # sanctions a provocation" names its object, it asks for nothing
                effect = None
            if dep == "ccomp" and cur.i < head.i and any(
                    c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE | {"as", "while", "when"}
                    and cur.i < c.i for c in head.children):
                # "Protesters stormed the residence ..., hours before the speaker said ...":
                # the model hung the main clause on the later subordinate speech verb
                cur = head
                break
            if dep in ("advcl", "ccomp") and _conditional(cur) and not settled:
                links.append(Link(cur, "condition"))
            if effect is None and dep in ("advcl", "xcomp") and head.pos_ == "VERB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in cur.children
            ) and not inside_np:  # ("forced to land in Minsk, where police arrested ...")
                links.append(Link(head, "purpose"))  # "rallied to demand": part of the rally
                break
            if effect is None and dep == "advcl" and cur.tag_ == "VBG" and head.pos_ == "VERB" and (
                    not inside_np):
                # "bombed a market, killing 12" (not an act with its own doer told inside the
                # result: "killing seven people before security forces shot them dead")
                links.append(Link(head, "result"))
            if inside_np and effect not in _ATTRIBUTION_EFFECTS:
                if claimed and effect == "reject" and dep == "dobj":
                    links.append(Link(head, "deny"))  # "rejected accusations that ...": denied
                    claimed = False
            elif dep == "advcl" and _own_doer(cur):
                # "ordered diplomats to leave after both governments refused": an adverbial
                # clause with its own subject is its own act; only who says so reaches it
                inside_np = True
                # "unless Nairobi pulled its troops out, two days after its gunmen killed 148
                # people": a past act that dates a condition is no part of it
                settled = settled or (cur.tag_ == "VBD" and any(
                    c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE for c in cur.children))
                if background is None and cur.tag_ == "VBD" and any(
                        c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE | {"as", "when"}
                        for c in cur.children) and _prospective(head):
                    # "Macron said France would pull out, two months after soldiers toppled
                    # Bazoum": a past act that dates a plan is the narrator's background ("a
                    # strike killed 30 fighters after they attacked, Africa Command said" tells
                    # both acts)
                    background = len(links)
            elif dep == "prep" and (cur.lower_ in _CIRCUMSTANCE or _setting(cur) is not None):
                # "withdrew the reform after days of protests", "rejected the plan after talks
                # with Qatar": what happened around an act is background, not its content
                inside_np = True
                if effect in _ATTRIBUTION_EFFECTS and not any(
                        c.dep_ in ("dobj", "ccomp") for c in head.children):
                    # ("declared a state of emergency after weeks of rioting" declares no
                    # rioting: a verb with its own object is an act, not the telling; "said
                    # after a phone call with Trump that ...": what is said is the clause, the
                    # call is the narrator's background)
                    links.append(Link(head, effect))
            elif effect is not None and dep != "advcl":
                links.append(Link(head, effect))
            elif dep in ("dobj", "prep", "ccomp", "xcomp"):
                links.append(Link(head, "content"))
            cur = head
            continue
        break
    said = _inserted_speech(start, cur, lex)
    if said is not None:
        links.append(said)
    if _conditional(cur) and not settled:
        links.append(Link(cur, "condition"))
    if background is not None:
        links = links[:background] + [k for k in links[background:]
                                      if k.effect not in _ATTRIBUTION_EFFECTS]
    return links


def _control(verb: Token, lex: Lexicon) -> str | None:
    """The control.tsv effect of a governing word. The table is keyed by lemma; its "rule"
    row (reject) is "ruled out": a bare "ruled that ..." is a court deciding, not a refusal."""
    lemma = _lemma(verb)
    if lemma == "rule" and not _ruled_out(verb):
        return None
    return lex.control.get(lemma)


def _ruled_out(verb: Token) -> bool:
    """ "ruled out": with its particle, "rule" refuses; without it, a court decides."""
    return _lemma(verb) == "rule" and any(c.dep_ == "prt" for c in verb.children)


def _inserted_speech(start: Token, top: Token, lex: Lexicon) -> Link | None:
    """ "Thai jets bombed Cambodian positions on Thursday, Thailand's army said, a day after
    Bangkok expelled its ambassador": with a clause after it, the model hangs the inserted
    "X said" on the main verb (parataxis) instead of making it the root. It tells what stands
    before it; the clause after it is the narrator's background."""
    if top.dep_ != "ROOT" or top.head.i != top.i:
        return None
    branch = start
    while branch.head.i != top.i and branch.i != top.i:
        branch = branch.head
    for verb in top.children:
        if verb.dep_ != "parataxis" or verb.i < top.i or verb.pos_ != "VERB" or (
                branch.i >= verb.i):
            continue  # (what hangs on the speech verb itself is said after it: background)
        effect = _control(verb, lex)
        edge = verb.left_edge.i
        if effect in ("report", "claim") and edge > 0 and "," in (
                top.doc[edge].text, top.doc[edge - 1].text) and any(
                c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            return Link(verb, effect)
    return None


_TELLING = frozenset({"tell", "inform", "instruct", "caution"})
"""Reporting verbs whose passive with an infinitive is an order ("were told to leave")."""
_AIMS = frozenset({"request", "plea", "call", "appeal", "mission", "bid", "effort", "attempt",
                   "order", "mandate", "campaign", "drive", "operation", "plan", "proposal",
                   "ultimatum", "deadline", "power", "authority", "right", "ability"})
"""Nouns whose "to" clause is an aim ("a request to fight") or a capacity ("an official with
the power to sack elected politicians"), not a deed."""


def _own_doer(clause: Token) -> bool:
    """Does an adverbial clause name its own doer (also one the parser hung on "after")?"""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return True
    return _subject(clause)[0] is not None and not any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def _prospective(verb: Token) -> bool:
    """A plan or a process under way: "would pull out", "will withdraw", "was sending"."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ in ("will", "would", "shall", "'ll", "could", "may", "might", "can")
               for a in aux) or (verb.tag_ == "VBG" and any(_lemma(a) == "be" for a in aux))


def _conditional(tok: Token) -> bool:
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children):
        return True
    # the inverted conditional "Had the warrant been enforced, ...", "Were Iran to attack, ...":
    # a subordinate clause opening the sentence with the auxiliary before its subject
    if tok.dep_ == "ccomp" and tok.head.dep_ == "advcl" and tok.head.i < tok.i:
        tok = tok.head  # the parser's "Had" as a verb with the rest as its complement
    first = next(iter(tok.subtree))
    return (tok.dep_ in ("advcl", "ccomp") and first.i == tok.sent.start
            and first.lower_ in ("had", "were", "should") and first.i + 1 < len(tok.doc)
            and tok.doc[first.i + 1].pos_ in ("DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"))


def _modality(tokens: Iterable[Token]) -> tuple[set[str], bool]:
    """Modal flags (future, would, possible, deontic, perfect) and negation over the verbs."""
    flags: set[str] = set()
    negated = False
    for tok in tokens:
        aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass", "neg", "advmod", "det")]
        shared = tok
        while shared.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass", "nsubj",
                                                            "nsubjpass") for c in shared.children):
            # "will cut its forces and pull out all troops": a conjoined verb with no auxiliary
            # or subject of its own shares the first verb's auxiliaries (not its negation)
            shared = shared.head
            aux += [c for c in shared.children if c.dep_ == "aux"]
        for c in aux:
            low = c.lower_
            if c.dep_ == "neg" or (low in ("never", "no") and c.dep_ in ("neg", "det", "advmod")):
                negated = True
            elif low in _FUTURE:
                flags.add("future")
                if low in ("would", "'d"):
                    flags.add("would")
            elif low in _POSSIBLE and c.dep_ == "aux":
                flags.add("possible" if low != "can" else "able")
            elif low in _DEONTIC:
                flags.add("deontic")
            elif _lemma(c) == "have" and c.dep_ == "aux":
                flags.add("perfect")
        # "going to attack"
        if tok.dep_ == "xcomp" and _lemma(tok.head) == "go" and tok.head.tag_ == "VBG":
            flags.add("future")
        if _to_come(tok):  # "Israeli forces are to withdraw", "a pledge to free them"
            flags.add("future")
    return flags, negated


_SETTLED_NOUNS = frozenset({"plan", "pledge", "promise", "intention", "readiness", "willingness",
                            "determination"})
"""Nouns whose "to" clause is an act promised, not yet done (a "decision to" act is mostly told
as done: "Sri Lanka's decision to block Facebook on Wednesday")."""


_ANSWERS = frozenset({"answer", "response", "reaction", "reply", "solution", "way", "choice",
                      "remedy", "retort"})
"""Subjects of "was to" that name what was done ("Castro's answer was to blame Washington")."""


def _to_come(verb: Token) -> bool:
    """An act arranged but still to come: "Israeli forces are to withdraw within 60 days",
    "Renamo's fighters are supposed to hand in their weapons", "Moscow's pledge to pull back"
    (guide, section 5: intended)."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "to" and _lemma(head.head) == "commit":
        return True  # "did not commit to freeing political prisoners"
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ in ("xcomp", "advcl", "ccomp") and _lemma(head) == "commit":
        return True  # "the declaration commits Thailand to free 18 soldiers"
    if verb.dep_ == "xcomp" and head.i < verb.i and (
            (_lemma(head) == "be" and not any(c.dep_ in ("attr", "acomp") or (
                c.dep_ == "nsubj" and _lemma(c) in _ANSWERS) for c in head.children))
            or (_lemma(head) == "suppose" and head.tag_ == "VBN")):
        return True
    return verb.dep_ == "acl" and head.pos_ == "NOUN" and _lemma(head) in _SETTLED_NOUNS


def _speaker(verb: Token) -> Token | None:
    subj, passive = _subject(verb)
    if passive:
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        return _pobj(by) if by is not None else None
    return subj if subj is not None else inherited_subject(verb)


def _via(verb: Token) -> Token | None:
    """The outlet or medium of a speech verb: "told CNN", "on Al Jazeera", "told Kurdish media"."""
    for child in verb.children:
        obj: Token | None = None
        if child.dep_ in ("dobj", "dative"):
            obj = _pobj(child) if child.pos_ == "ADP" else child
        elif child.dep_ == "prep" and _lemma(child) in ("on", "to", "with", "in"):
            obj = _pobj(child)
            if obj is not None and _lemma(obj) == "interview":  # "in an interview with X"
                inner = next((c for c in obj.children if c.dep_ == "prep"), None)
                obj = _pobj(inner) if inner is not None else None
        if obj is None:
            continue
        if obj.ent_type_ == "ORG" or _lemma(obj) in _MEDIA_NOUNS:
            return obj
    return None


def _according_to(tokens: Iterable[Token]) -> list[Speech]:
    found = []
    for tok in tokens:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                to = next((c for c in child.children if c.dep_ == "prep"), None)
                obj = _pobj(to) if to is not None else None
                if obj is not None:
                    found.append(Speech(obj, child, None, "according"))
    return found


# --------------------------------------------------------------------------- folding


_FORCED_ENDS = frozenset({"storm", "kill", "raid", "overrun", "retake", "recapture", "free",
                          "rescue", "clear", "capture", "seize", "attack", "crush", "shoot"})


_FORCES_ORDERED = frozenset({"troop", "soldier", "reservist", "force", "unit", "battalion",
                             "brigade", "police", "policeman", "officer", "marine", "army",
                             "guardsman", "paratrooper", "commando", "conscript", "reserve"})
_OPPONENTS_ORDERED = frozenset({"rioter", "protester", "demonstrator", "rebel", "militant",
                                "gunman", "insurgent", "mutineer", "guerrilla", "fighter",
                                "separatist", "hijacker", "kidnapper", "occupier"})
"""The other side, whom an order to surrender is a demand on."""
_CONTROLLING = frozenset({"threaten", "intend", "agree", "reject", "command"})
_COMMANDERS = frozenset({"general", "commander", "colonel", "chief", "leader"})
"""Whom an order to pull back asks to yield ("ordered the general to pull his troops back"); an
officer ordered is one's own force (_FORCES_ORDERED)."""


_STAND_DOWN = frozenset({"CONCEDE", "RETREAT", "THREATEN", "REQUEST", "MOBILIZE", "PROTEST"})
"""Acts ordered of forces that tell the order by themselves (a march ordered is the
mobilisation already)."""


def _orders_to_stand_down(cands: list[Candidate]) -> None:
    """ "ordered the army to retake the safe haven": ordering one's forces into action is a
    mobilisation (the "order $troops" row) beside the act ordered; but forces ordered to
    withdraw, to hold their fire, to shoot on sight or to march on a city are told by that act
    alone (a concession, a threat, a mobilisation), not set in motion twice."""
    for cand in cands:
        if cand.ptype != "MOBILIZE" or cand.entry.pos != "verb" or cand.entry.pattern != (
                "order", "$troops"):
            continue
        if any(other.ptype in _STAND_DOWN and other.anchor == cand.trigger
               and "gov:command:order" in other.rules for other in cands if other is not cand):
            cand.suppressed = True
            cand.rules.append("order-to-stand-down")


def _fold_link(cand: Candidate, link: Link) -> None:
    """Apply one governing verb's effect to the candidate (inner to outer)."""
    gov, effect = link.token, link.effect
    ptype = cand.ptype
    if effect == "stop" and ptype == "CONSULT" and _lemma(gov) in ("end", "conclude", "wrap"):
        cand.anchor = gov  # "ended a visit to the island": the visit happened, and is over
    elif effect == "stop":
        if ptype == "SANCTION" and cand.entry.pos == "noun":
            # "paused the 25 per cent tariffs", "suspended the sanctions": easing a sanction is
            # a concession (guide section 3: lifting measures), as the row "suspend sanction"
            cand.ptype, cand.mode, cand.cameo = "CONCEDE", None, "085"
        elif ptype in COOPERATIVE:
            cand.ptype, cand.mode, cand.cameo = "SANCTION", "discontinue", "16"
        elif ptype in CONFLICT_MATERIAL:
            cand.ptype, cand.mode, cand.cameo = "RETREAT", "ceasefire", "0871"
        elif ptype == "THREATEN":
            # "suspended arrest warrants against the ELN's negotiators", "withdrew its
            # ultimatum": a threat called off is a concession
            cand.ptype, cand.mode, cand.cameo = "CONCEDE", None, "08"
        cand.anchor = gov
    elif effect == "aspect":
        cand.anchor = gov
    elif effect == "command":
        # "ordered a siege", "ordered his forces to march": the order is the act
        commander = _speaker(gov)
        if commander is not None:
            cand.agents = expand_conj(commander)
        ordered = next((c for c in gov.children if c.dep_ == "dobj"), None)
        forces = expand_conj(ordered) if ordered is not None and (
            _lemma(ordered) in _FORCES_ORDERED) else []
        if cand.ptype == "MOBILIZE" and not cand.targets and forces:
            # "ordered 20,000 reservists to reinforce the frontier": the forces ordered to move
            # are the target (guide: troops called up or ordered)
            cand.targets = forces
            cand.rules.append("forces-as-target")
        if cand.ptype == "RETREAT" and cand.mode == "disarm" and ordered is not None and (
                _lemma(ordered) in _OPPONENTS_ORDERED) and commander is not None:
            # "ordered rioters in Lhasa to surrender by midnight": a surrender demanded of the
            # other side is a demand that it yield (REQUEST), not the orderer's own surrender
            cand.ptype, cand.mode, cand.cameo = "REQUEST", "yield", "1056"
            cand.targets = expand_conj(ordered)
            cand.trigger, cand.tokens = gov, (gov,)
            cand.rules.append("ordered-to-yield")
        elif cand.ptype == "RETREAT" and cand.mode in ("withdraw", "release") and (
                commander is not None):
            if ordered is not None and not forces and (
                    ordered.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")
                    or ordered.lower_ in ("him", "her") or _lemma(ordered) in _COMMANDERS):
                # "Arce ordered the general to pull his troops back", "the European Court of
                # Human Rights ordered Turkey to release Demirtas": an order to another's
                # commander or state is a demand that it yield (REQUEST 1056 or 1053), not a
                # withdrawal or release of one's own
                cand.cameo = "1053" if cand.mode == "release" else "1056"
                cand.ptype, cand.mode = "REQUEST", "yield"
                cand.targets = expand_conj(ordered)
                cand.trigger, cand.tokens = gov, (gov,)
                cand.rules.append("ordered-to-yield")
            else:
                # "Shoigu ordered troops to withdraw from Kherson", "the court ordered his
                # release": a withdrawal or release ordered is a concession still to come
                # (guide, section 8: CONCEDE 087 / 0841, intended)
                cand.cameo = "087" if cand.mode == "withdraw" else "0841"
                cand.ptype, cand.mode = "CONCEDE", None
                if forces and not cand.targets:
                    cand.targets = forces
                    cand.rules.append("forces-as-target")  # (one's own forces)
                cand.flags.add("intended")
                cand.rules.append("ordered-retreat->CONCEDE")
        cand.anchor = gov
    elif effect == "intend":
        expecter, _ = _subject(gov)
        if _lemma(gov) in _PREDICT and expecter is not None and expecter.pos_ != "PRON" and (
                expecter.i not in {a.i for a in cand.agents}):
            # "Most Taiwanese do not expect a Chinese invasion": someone else's forecast of the
            # act is no intention of its author (and no event)
            cand.suppressed = True
            cand.rules.append("forecast")
        cand.flags.add("intended")
        cand.anchor = gov
    elif effect == "permit":
        # "recommended opening talks", "would not allow police to use force": what is allowed
        # or recommended is the content of that act, not an event of its own
        cand.flags.add("hypothetical")
        cand.suppressed = True
    elif effect == "threaten":
        if ptype in CONFLICT_MATERIAL or ptype in ("THREATEN", "PROTEST") or _lemma(gov) in (
                "warn", "threaten"):
            # a threat verb is a speech act the narrator asserts ("vowed to crush"): the status
            # stays as the speech is told; "threatened" marks threats made by modality alone
            cand.ptype, cand.cameo = "THREATEN", "13"
            cand.mode = _THREAT_MODE.get(ptype)
            if not cand.targets:  # "warned it would retaliate if Israel struck"
                cond = _condition_subject(cand.trigger) or _condition_subject(gov)
                if cond is not None:
                    cand.targets = expand_conj(cond)
                    cand.rules.append("target-from-condition")
        else:
            cand.ptype, cand.mode, cand.cameo = "AGREE", None, "03"
            cand.flags.add("intended")
        cand.trigger, cand.tokens, cand.anchor = gov, (gov,), gov
        threatener = _speaker(gov)
        cand.agents = expand_conj(threatener) if threatener is not None else cand.agents
    elif effect == "agree" and (ptype in _AGREED_AS_DONE or cand.mode == "restrict" or (
            ptype == "RETREAT" and cand.mode != "ceasefire" and len(cand.agents) <= 1)) and (
            cand.entry.pos == "verb" or any(r.startswith("gov:stop:") for r in cand.rules)):
        # "EU leaders agreed to ban Belarusian airlines", "agreed to write off the debt",
        # "agreed to resign": a sanction, concession, aid or withdrawal agreed to is coded as
        # what was agreed, still to come (guide, section 8); a mutual act stays AGREE
        agreer = _speaker(gov)
        cand.agents = expand_conj(agreer) if agreer is not None else cand.agents
        cand.flags.add("intended")
        cand.absorbs = gov
        cand.rules.append("agreed-to")
    elif effect == "agree" and ptype == "CONCEDE" and cand.entry.pos == "noun" and (
            _lemma(gov) == "offer"):
        # "offered an unconditional pardon to militants": offering a pardon is the concession
        offerer = _speaker(gov)
        cand.agents = expand_conj(offerer) if offerer is not None else cand.agents
        to = _slot([gov], "pobj:to", set()) or _slot([gov], "dative", set())
        if to is not None:
            cand.targets = expand_conj(to)
        cand.anchor = gov
        cand.absorbs = gov
        cand.rules.append("offered-concession")
    elif effect in ("request", "reject", "agree"):
        new_type = {"request": "REQUEST", "reject": "REJECT", "agree": "AGREE"}[effect]
        asker = _speaker(gov)
        if effect == "request":
            obj = next((c for c in gov.children if c.dep_ in ("dobj", "dative")), None)
            targets = expand_conj(obj) if obj is not None else list(cand.agents)
        elif effect == "reject" and ptype in VERBAL_TYPES and cand.entry.pos == "noun":
            # "rejected Venezuela's request": a refusal answers whoever made the request
            targets = list(cand.agents)
        else:
            # "agreed to exchange 1,000 prisoners": the pattern's own object is part of what is
            # agreed, not the party agreed with
            targets = [t for t in cand.targets if t not in cand.tokens]
        cand.mode = _ASK_MODE.get(ptype, "change") if new_type != "AGREE" else None
        if new_type == "AGREE" and _lemma(cand.anchor) == "meet" and _lemma(gov) == "agree":
            cand.rules.append("agreed-to-meet")  # AGREE intended, unless someone tells it
        cand.ptype = new_type
        cand.cameo = {"REQUEST": "10", "REJECT": "12", "AGREE": "03"}[new_type]
        cand.agents = expand_conj(asker) if asker is not None else []
        cand.targets = [t for t in targets if t not in cand.agents]
        cand.trigger, cand.tokens, cand.anchor = gov, (gov,), gov
    elif effect in ("report", "claim", "cite"):
        if gov.pos_ == "NOUN":  # "US accusations that ...", "local media report that ...":
            speaker = next((c for c in gov.children if c.dep_ in ("poss", "compound", "amod")
                            and (c.pos_ == "PROPN" or c.ent_type_ or _lemma(c) in _REPORTERS)),
                           None)  # the noun's maker
        else:
            speaker = _speaker(gov) if effect != "cite" else next(
                (c for c in gov.children if c.dep_ == "dobj"), None)
        cand.speech.extend(_citations(gov))
        cand.speech.append(Speech(speaker, gov, _via(gov), effect))
        cand.flags.add("claimed" if effect == "claim" else "reported")
        speakers = expand_conj(speaker) if speaker is not None else []
        if len(speakers) > 1 and len(cand.agents) == 1 and cand.agents[0].lower_ in (
                "they", "we") and gov in cand.agents[0].ancestors:
            # "Mali, Burkina Faso and Niger said they were leaving ECOWAS": each of them
            cand.agents = speakers
            cand.rules.append("they-the-speakers")
    elif effect == "deny":
        _deny(cand, _speaker(gov), gov, _via(gov))
    elif effect == "hedge":
        cand.flags.add("hedged")
        speaker = _speaker(gov)
        if speaker is not None and speaker.pos_ != "PRON":
            cand.speech.append(Speech(speaker, gov, None, effect))
    elif effect == "pass":
        cand.anchor = gov
        return
    elif effect == "condition":
        cand.flags.add("hypothetical")
        opener = gov.sent[0]
        if opener.lower_ == "had" and (opener.i == gov.i or opener.i == gov.head.i
                                       or opener in gov.subtree):
            # "Had the warrant been enforced, ...": a counterfactual, it did not happen
            cand.suppressed = True
            cand.rules.append("counterfactual")
    cand.rules.append(f"gov:{effect}:{_lemma(gov)}")


def _apply_modality(cand: Candidate, clause: list[Token]) -> None:
    flags, negated = _modality(clause)
    ptype = cand.ptype
    if negated and ptype == "REJECT" and flags & {"possible", "able"}:
        cand.suppressed = True  # "something Hezbollah could not easily refuse": no refusal
        cand.rules.append("could-not")
        return
    if "able" in flags and not negated and not flags & {"future", "possible"}:
        # "Macron can scrap a fuel tax", "you can send us your questions": what someone is
        # able to do is no act ("cannot accept" stays a refusal, below)
        cand.suppressed = True
        cand.rules.append("ability")
        return
    if negated and (flags & {"future", "possible", "deontic"} or "intended" in cand.flags) and (
        ptype in COOPERATIVE
    ):
        # "will not pull out", "is not considering pulling out": a refusal
        if ptype == "CONSULT" and not cand.targets and _lemma(cand.trigger) in (
                "discuss", "comment", "elaborate"):
            cand.suppressed = True  # "would not discuss future operations": no comment
            cand.rules.append("no-comment")
            return
        cand.mode = _ASK_MODE.get(ptype, "change")
        cand.ptype, cand.cameo = "REJECT", "12"
        cand.flags.discard("intended")
        cand.rules.append("neg-future-coop->REJECT")
        return
    if negated and cand.trigger.tag_ == "VBG" and ptype in COOPERATIVE and not any(
        c.dep_ in _SUBJ for c in cand.trigger.children
    ):
        # "withdrawing is not something we consider": a refusal by whoever says it
        cand.mode = _ASK_MODE.get(ptype, "change")
        cand.ptype, cand.cameo = "REJECT", "12"
        cand.rules.append("neg-gerund-coop->REJECT")
        if not cand.agents and cand.speech and cand.speech[-1].speaker is not None:
            cand.agents = expand_conj(cand.speech[-1].speaker)
        return
    if negated and ptype == "SUPPORT" and cand.cameo == "054" and (
            cand.trigger.tag_ in ("VBP", "VBZ") or any(
                c.dep_ == "aux" and (c.lower_ in ("do", "does") or (
                    c.lower_ == "did" and cand.speech)) for c in cand.trigger.children)):
        # "Paris says it does not recognise their authority", "Kenya said it did not recognise
        # the court's jurisdiction" (backshifted): withholding recognition is a refusal
        # (REJECT), not a recognition denied
        cand.ptype, cand.mode, cand.cameo = "REJECT", "yield", "12"
        cand.rules.append("not-recognised->REJECT")
        return
    if {"would", "perfect"} <= flags or ({"possible", "perfect"} <= flags and negated and (
            not cand.speech)):
        # "a resolution that would have deplored ...", "the OAS could not have suspended it
        # without a vote": counterfactual, it did not happen ("could not have fired", said by
        # someone, is a denial)
        cand.flags.add("hypothetical")
        cand.suppressed = True
        cand.rules.append("counterfactual")
        return
    if negated:
        cand.polarity = "negative"
        if cand.speech and cand.speech[-1].effect in ("report", "claim"):
            cand.flags.add("denied")  # "said he had not fled": the speaker denies it
    if "possible" in flags and "perfect" in flags:
        cand.flags.add("hedged")
    elif flags & {"future", "possible"} and ptype in ("ASSAULT", "COERCE"):
        cand.mode = _THREAT_MODE.get(ptype)
        cand.ptype, cand.cameo = "THREATEN", "13"
        cand.flags.add("threatened")
        cand.rules.append("modal-conflict->THREATEN")
        if not cand.agents and "passive" in cand.rules and cand.speech and (
                cand.speech[-1].speaker is not None):
            # "Santokhi says the criminals will be hunted down": whoever says so threatens
            cand.agents = expand_conj(cand.speech[-1].speaker)
            cand.rules.append("speaker-threatens")
    elif flags & {"future", "possible"} and ptype == "THREATEN":
        cand.flags.add("threatened")  # "missiles could soon target bases, a commander warned"
    elif "possible" in flags:
        cand.flags.add("hedged")
    elif "future" in flags:
        cand.flags.add("intended")
    if "deontic" in flags:
        if cand.speech and cand.speech[-1].speaker is not None:
            # "X said Washington must stop arming the Kurds": X asks Washington to change
            speaker = cand.speech[-1].speaker
            cand.mode = _ASK_MODE.get(cand.ptype, "change")
            cand.targets = list(cand.agents)
            cand.agents = expand_conj(speaker)
            cand.ptype, cand.cameo = "REQUEST", "10"
            cand.speech = cand.speech[:-1]
            cand.flags.discard("reported")
            cand.rules.append("deontic-reported->REQUEST")
        else:
            # "NATO should send more troops": the narrator's own counsel is no event
            cand.flags.add("hypothetical")
            if not cand.speech:
                cand.suppressed = True
                cand.rules.append("narrator-counsel")


def _place_left(verb: Token) -> Token | None:
    """ "pull troops out of Niger", "withdraw from Mali": the named place a withdrawal leaves."""
    for prep in (c for c in verb.children if c.dep_ in ("prep", "prt", "advmod")):
        inner = [prep] if prep.lower_ == "from" else []
        if prep.lower_ == "out":  # "out of Niger"
            inner = [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"]
        for p in inner:
            place = next((c for c in p.children if c.dep_ == "pobj"), None)
            if place is not None and place.ent_type_ in ("GPE", "LOC"):
                return place
    return None


def _future_types(cand: Candidate) -> None:
    """PLOVER: announced future cooperation is AGREE, a future withdrawal or resignation is a
    CONCEDE (CAMEO 0831 for stepping down, as the later batches of the gold set code it), and a
    planned attack is a THREATEN."""
    if "intended" not in cand.flags:
        return
    if "agreed-to" in cand.rules and cand.ptype not in ("COOPERATE", "RETREAT"):
        return  # "agreed to ban ...", "agreed to write off ...": coded as what was agreed
    if cand.ptype in ("CONSULT", "SUPPORT", "COOPERATE", "AID"):
        cand.ptype, cand.mode, cand.cameo = "AGREE", None, "03"
        cand.rules.append("future-coop->AGREE")
    elif cand.ptype == "RETREAT":
        # ("agreed to step down", "says he will resign": a concession to those who demand it)
        if cand.mode == "withdraw" and not cand.targets:
            # "would pull its troops out of Niger": the concession is made to the state left
            # (most batches code the place left as an announced withdrawal's target)
            left = _place_left(cand.trigger)
            if left is not None:
                cand.targets = [left]
                cand.rules.append("target-place-left")
        cand.ptype, cand.cameo = "CONCEDE", "0831" if cand.mode == "resign" else "08"
        cand.mode = None
        cand.rules.append("future-retreat->CONCEDE")
    elif cand.ptype in ("ASSAULT", "COERCE"):
        cand.mode = _THREAT_MODE.get(cand.ptype)
        cand.ptype, cand.cameo = "THREATEN", "13"
        cand.flags.add("threatened")
        cand.rules.append("planned-conflict->THREATEN")


_TELLERS = frozenset({"source", "official", "witness", "report", "statement", "document",
                      "intelligence", "diplomat", "resident", "analyst", "spokesman",
                      "spokeswoman", "spokesperson", "person", "people", "expert", "medium",
                      "media", "outlet", "agency", "newspaper", "ministry", "government",
                      "police", "military", "army", "data", "figure", "survey", "investigator",
                      "activist", "monitor", "aide", "adviser", "advisor", "footage", "video"})
"""What "citing X" can cite as a source of information (else X is a reason)."""


def _citations(verb: Token) -> list[Speech]:
    """ "reported, citing one source on the ground, that ...": an inner attribution link."""
    found = []
    for child in verb.children:
        if child.dep_ == "advcl" and _lemma(child) in ("cite", "quote"):
            source = next((c for c in child.children if c.dep_ == "dobj"), None)
            if source is not None and _lemma(child) == "cite" and not (
                    source.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                    or _lemma(source) in _TELLERS):
                continue  # "banned wine imports, citing pesticide residues": a reason given
            found.append(Speech(source, child, None, "cite"))
    return found


def _verdict_on_deed(cand: Candidate) -> None:
    """ "Troops stormed the palace in what Luis Arce denounced as a coup attempt": the verdict
    is on the deed the phrase hangs on, so its target is the deed's doer, not "what"."""
    verb = cand.trigger
    named = any(t.lower_ == "what" and t.head == verb for t in cand.targets) or (
        "name-calling" in cand.rules and not cand.targets)
    if cand.ptype != "ACCUSE" or not named:
        return
    if verb.dep_ != "pcomp" or verb.head.lower_ != "in" or verb.head.head.pos_ != "VERB":
        return
    doer = inherited_subject(verb.head.head)
    cand.targets = expand_conj(doer) if doer is not None else []
    cand.rules.append("verdict-on-deed")


_PROCLAIMING = frozenset({"announce", "declare", "proclaim", "unveil"})
"""Speech verbs whose object noun, the speaker's own act, is done by saying it ("announced his
resignation")."""


def _trailing_speech(verb: Token, lex: Lexicon) -> Link | None:
    """ "Gunmen ... abducted 200 schoolgirls overnight, local officials said on Wednesday",
    parsed with the speech verb hung on the act: who says so all the same. Also one the parser
    hangs elsewhere in the sentence after the act ("Iran has launched 300 drones toward Israel,
    the Israeli military says, most of them intercepted"), never across a semicolon. The
    speech verb has a comma before its subject and no complement (but "told parliament")."""
    doc = verb.doc
    ancestors = set(verb.ancestors)
    inserted = [t for t in verb.sent if t.dep_ in ("parataxis", "advcl", "conj") and t.i > verb.i
                and t not in ancestors and t.head != verb
                and not any(w.text == ";" for w in doc[verb.i:t.i])]
    # "... were seized by armed men, the opposition coalition Forces Vives said on Thursday":
    # the parser made the teller an apposition of the sentence's subject, saying a relative
    inserted += [t for t in verb.sent if t.dep_ == "relcl" and t.head.dep_ == "appos"
                 and t.head.left_edge.i > verb.i and t.head.head.i < verb.i
                 and doc[t.head.left_edge.i - 1].text == ","
                 and not any(w.text == ";" for w in doc[verb.i:t.i])]
    for child in (*verb.children, *inserted):
        if child.dep_ not in ("advcl", "parataxis", "conj", "relcl") or child.i < verb.i or (
                child.dep_ == "relcl" and child not in inserted):
            continue
        effect = _control(child, lex)
        kids = list(child.children)
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        if effect not in ("report", "claim") or subject is None or subject.i > child.i:
            continue
        comma = any(c.text == "," and c.i < subject.i for c in kids) or (
            subject.left_edge.i > 0 and doc[subject.left_edge.i - 1].text == ",") or (
            child.dep_ == "relcl")  # (checked above: a comma before the apposition)
        objects = [c for c in kids if c.dep_ in ("dobj", "ccomp", "xcomp", "mark")]
        if comma and all(c.dep_ == "dobj" and _lemma(child) == "tell" for c in objects):
            return Link(child, effect)  # (a comma before its subject: a trailing attribution)
    return None


def _finish(cand: Candidate, lex: Lexicon) -> None:
    links = _governors(cand.anchor, lex)
    trailing = _trailing_speech(cand.anchor, lex)
    if trailing is not None and not any(link.effect in ("report", "claim") for link in links):
        links.insert(0, trailing)
    if cand.entry.pos == "noun" and cand.anchor.dep_ == "dobj" and links and (
            links[0].token == cand.anchor.head and links[0].effect == "report"
            and _lemma(links[0].token) in _PROCLAIMING):
        # "announced his resignation", "declared a unilateral ceasefire": announcing the act
        # is doing it (asserted); "announced that they were leaving" reports a clause
        links = links[1:]
        cand.rules.append("proclaimed")
    if "answered-by-refusal" in cand.rules:
        # the refusal is its own event, not a governor turning the accusation into a refusal
        links = [link for link in links if link.token.i != cand.anchor.head.i]
    if "mediator-in-modifier" in cand.rules:
        # the mediation told in "a US-brokered deal" is no content of what is done to the deal
        links = [link for link in links if link.effect in _ATTRIBUTION_EFFECTS]
    cand.speech.extend(_citations(cand.anchor))
    clause = [cand.anchor]
    conditional = False
    for link in links:
        if conditional and link.effect not in _ATTRIBUTION_EFFECTS:
            continue  # "warned that ... if it kept threatening": the condition is its own event
        if link.effect == "condition":
            conditional = True
        if link.effect in ("purpose", "result"):
            cand.purpose_of, cand.purpose_kind = link.token, link.effect
            cand.rules.append(f"{link.effect}-of:{_lemma(link.token)}")
            if link.effect == "result" and _lemma(link.token) in _FORCED_ENDS and (
                    cand.ptype in ("CONCEDE", "RETREAT") and _lemma(cand.trigger) in _HALTS):
                # "commandos stormed the bakery, ending a 12-hour hostage siege": an end by
                # force is the raid's result, no one's concession or ceasefire
                cand.suppressed = True
            if link.effect == "purpose":
                break
            continue
        if link.effect == "content":
            cand.content_of = link.token
            cand.rules.append(f"content-of:{_lemma(link.token)}")
            # what a speech-act verb is about is not a separate event: it is the act's content
            break
        if link.effect == "agree" and cand.entry.pos == "noun" and _lemma(
                cand.trigger) in _EXPRESSIVE:
            # "offered a fresh apology", "extended condolences": offering it is making it
            cand.rules.append(f"made-by:{_lemma(link.token)}")
            continue
        before = cand.anchor
        _fold_link(cand, link)
        if cand.anchor.i != before.i:
            clause.append(cand.anchor)
        if link.effect in ("report", "claim", "deny", "cite") and len(cand.speech) == 1:
            _apply_modality(cand, clause)
            clause = []
    if clause:
        _apply_modality(cand, clause)
    _evidential(cand)
    _future_types(cand)
    cand.speech.extend(_according_to([cand.trigger, cand.anchor]))
    if "agreed-to-meet" in cand.rules and not cand.speech:
        # "both sides have agreed to meet again next Saturday": the meeting is still to come
        # (guide, section 8: AGREE intended; a told agreement stays reported)
        cand.flags.add("intended")
    if cand.speech and "reported" not in cand.flags and "claimed" not in cand.flags:
        cand.flags.add("reported")
    cand.speech.reverse()  # outermost first: "a journalist reports that a source says ..."


def _evidential(cand: Candidate) -> None:
    """ "Russian troops reportedly shelled Kupiansk" (reported, no named source), "Israel
    allegedly bombed the consulate" (claimed), "the apparent sabotage", "a suspected drone
    strike" (hedged): the narrator's own evidential word on the act."""
    words = [c for t in dict.fromkeys((cand.trigger, cand.anchor)) for c in t.children
             if c.dep_ == "advmod" or (c.dep_ == "amod" and t.pos_ == "NOUN")]
    for word in words:
        low = word.lower_
        if low == "reportedly":
            cand.flags.add("reported")
            cand.speech.append(Speech(None, word, None, "report"))
        elif low in ("allegedly", "alleged", "purportedly", "purported", "supposedly"):
            cand.flags.add("claimed")
            cand.speech.append(Speech(None, word, None, "claim"))
        elif low in _HEDGING_WORDS:
            cand.flags.add("hedged")


_HEDGING_WORDS = frozenset({"apparently", "apparent", "probably", "probable", "possibly",
                            "likely", "perhaps", "presumably", "seemingly", "suspected"})


def _from_entry(sent: Span, tok: Token, tokens: tuple[Token, ...], entry: Entry,
                *rules: str) -> Candidate:
    """A candidate as a lexicon entry matched it at ``tok``, before its arguments are found."""
    return Candidate(sent=sent, trigger=tok, tokens=tokens, entry=entry, ptype=entry.plover_type,
                     mode=entry.mode, cameo=entry.cameo, agents=[], targets=[], anchor=tok,
                     origin=tok, rules=list(rules))


def _construed(sent: Span, tok: Token, entry: Entry, rule: str, doer: Token | None,
               targets: list[Token], tokens: tuple[Token, ...] = ()) -> Candidate:
    """An act the construction codes at ``tok`` (no lexicon row matched it), with its doer and
    whom it falls on; ``tokens``, when given, are the words of the construction."""
    cand = _from_entry(sent, tok, tokens or (tok,), entry, rule)
    cand.agents = expand_conj(doer) if doer is not None else []
    cand.targets = targets
    return cand


def _verb_entry(tok: Token, ptype: str, mode: str | None, cameo: str) -> Entry:
    """An entry for a verb that codes an act by its construction, not by a lexicon row
    ("vowed to respond", "arrived ... to help"); its source names control.tsv."""
    return Entry(pattern=(_lemma(tok),), pos="verb", plover_type=ptype, mode=mode, cameo=cameo,
                 agent=(), target=(), source=f"control.tsv:{_lemma(tok)}")


def _place_gone_to(verb: Token) -> Token | None:
    """The named place (GPE) a verb of travel goes in or to: "arrived in Beijing"."""
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "to")
                 and (o := _pobj(p)) is not None and o.ent_type_ == "GPE"), None)


def _deny(cand: Candidate, denier: Token | None, verb: Token, via: Token | None = None) -> None:
    """``verb`` ("denied") says the candidate did not happen: status denied, polarity negative."""
    cand.speech.append(Speech(denier, verb, via, "deny"))
    cand.flags.add("denied")
    cand.polarity = "negative"


def _answered(cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """ "Tehran rejected US accusations": the accusation a refusal answers was made too, by the
    object noun's owner and against whoever refuses it (only when the noun names its maker)."""
    out = []
    for answer in [c for c in cands if c.entry.pos == "verb" and c.ptype == "REJECT"]:
        # the pattern's own object noun ("rejected US accusations"), or the verb's object
        # ("rebuffing Washington's demands")
        nouns = [*answer.tokens[1:], *(c for c in answer.trigger.children if c.dep_ == "dobj"
                                       and c not in answer.tokens)]
        for tok in nouns:
            match = _match_noun(tok, lex) if tok.pos_ == "NOUN" else None
            if match is None or match[0].plover_type not in _ANSWERED:
                continue
            entry, tokens = match
            cand = _from_entry(answer.sent, tok, tokens, entry, f"noun:{entry.source}",
                               "answered-by-refusal")
            _noun_arguments(cand, lex)
            if cand.agents and not set(cand.agents) & set(answer.agents):
                cand.targets = list(answer.agents)
                out.append(cand)
                if not answer.targets:  # the answer goes back to whoever asked
                    answer.targets = list(cand.agents)
                    answer.rules.append("target-is-asker")
    return out


_OWN_ACTS = frozenset({"SANCTION", "CONCEDE", "COERCE", "AID", "MOBILIZE", "RETREAT",
                       "COOPERATE"})


def _announced_own_act(cand: Candidate) -> None:
    """ "The Prime Minister announced that 23 Russian diplomats will be expelled": an act told
    in the passive with no doer, in an announcement, is the announcer's own (guide: a state
    announcing its own act is the source and the speaker)."""
    if cand.agents or "passive" not in cand.rules or cand.ptype not in _OWN_ACTS:
        return
    told = next((s for s in cand.speech if s.speaker is not None and s.effect == "report"), None)
    if told is not None and _lemma(told.cue) == "announce" and told.speaker is not None:
        cand.agents = [told.speaker]
        cand.rules.append("announcer-acts")


def _about_sport(sent: Span, lex: Lexicon) -> bool:
    """A match report: two different sports words ("bowled", "Champions Trophy")."""
    words = {_lemma(t) for t in sent if lex.fits("$sports", _lemma(t))
             or lex.fits("$sports", t.lower_)}
    return len(words) >= 2


def _still_ahead(noun: Token) -> bool:
    """Is an event noun the object of "ahead of" or "in the run-up to" (not yet happened)?"""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "to"):
        return False
    if prep.lower_ == "of":
        return prep.head.lower_ == "ahead"
    return _lemma(prep.head) == "run-up" or (
        prep.head.lower_ == "up" and prep.head.i > 0 and prep.head.nbor(-1).lower_ in ("-", "run"))


_TOLL_VERBS = frozenset({"kill", "wound", "injure", "displace", "detain", "arrest", "die"})


def _tally(verb: Token) -> bool:
    """A count of victims kept since a point in time ("have been killed since 2014")."""
    if _lemma(verb) not in _TOLL_VERBS or not any(
            c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children):
        return False
    return _tally_since(verb)


def _record(verb: Token, lex: Lexicon) -> bool:
    """A count of like acts since a point in time ("has signed a dozen peace agreements since
    2007"): a record, not one event (but "have held 1,000 hostages since Wednesday" is one
    hostage-taking: hostages are no act)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and _lemma(c) == "have"
                                      for c in verb.children):
        return False
    counted = any(c.dep_ == "dobj" and c.tag_ == "NNS" and _lemma(c) in lex.nouns and any(
        m.dep_ in ("nummod", "quantmod") or m.lower_ in ("dozen", "dozens", "several", "many")
        for m in c.subtree if m.i < c.i) for c in verb.children)
    return counted and _tally_since(verb)


_WEEKDAYS = frozenset(FULL_WEEKDAYS)


def _tally_since(verb: Token) -> bool:
    """Is the verb counted from a point in time ("since 2014", "since the war began")? Not
    from a day of this week: "have arrested at least 75 dissidents since Tuesday" is a sweep
    told as it goes on, one event."""
    if any(c.dep_ == "prep" and c.lower_ == "since" and (o := _pobj(c)) is not None
           and o.lower_ in _WEEKDAYS for c in verb.children):
        return False
    return any((c.dep_ == "prep" and c.lower_ == "since") or (c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "since" for m in c.children)) for c in verb.children)


_HALTS = frozenset({"halt", "suspend", "stop", "pause", "cease", "end"})


def _one_sided_halt(cand: Candidate) -> None:
    """ "Moscow said it had halted military operations", "announced a unilateral ceasefire":
    one side stopping its own fighting is a concession (guide section 3: a declared unilateral
    ceasefire is CONCEDE 0871); a truce between sides stays RETREAT ceasefire."""
    if (cand.ptype, cand.mode) != ("RETREAT", "ceasefire") or "between" in cand.rules:
        return
    # "Gaddafi's government announced a ceasefire", "the alliance announced its own truce": a
    # ceasefire one side (or each side, "in separate statements") declares is its concession
    # (guide section 3: CONCEDE 0871), not a truce observed between them
    declared = "proclaimed" in cand.rules and cand.entry.pos == "noun" and (
        len(cand.agents) == 1 or (len(cand.agents) > 1 and any(
            t.lower_ in ("separate", "separately", "own") for t in cand.sent)))
    if not declared:
        if len(cand.agents) != 1 or any(c.dep_ == "conj" for c in cand.agents[0].children):
            return
        halted = _lemma(cand.trigger) in _HALTS or any(
            r.startswith("gov:stop:") and r.split(":")[-1] in _HALTS for r in cand.rules)
        if not (halted or any(c.lower_ == "unilateral" for c in cand.trigger.children)):
            return
    cand.ptype, cand.mode = "CONCEDE", None
    if declared:
        cand.cameo = "0871"
    cand.rules.append("one-sided-halt")


_INQUIRIES = frozenset({"inquiry", "investigation", "probe", "enquiry"})


def _claimed_by(cand: Candidate, accusation: Candidate) -> None:
    """The act is told as the accuser's claim ("accused Ankara of supporting terrorists")."""
    cand.flags.add("claimed")
    cand.speech.insert(0, Speech(accusation.agents[0] if accusation.agents else None,
                                 accusation.trigger, None, "claim"))
    cand.rules.append("claimed-by-accusation")


def _definite_deed(cand: Candidate) -> bool:
    """ "recordings related to the killing of Jamal Khashoggi": an act of force named with
    "the" (or a possessor) and whom it was done to is a deed that happened, wherever it is
    mentioned."""
    noun = cand.trigger
    return QUAD_OF_TYPE.get(cand.ptype) == 4 and bool(cand.targets) and any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no")
        for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def find_candidates(sent: Span, lex: Lexicon, drop_questions: bool = True) -> list[Candidate]:
    """All event candidates of one sentence, folded and with content events marked."""
    if drop_questions and sent.text.rstrip().rstrip("\"'”’)").endswith("?"):
        return []
    if _LABELLED.match(sent.text.lstrip()) or _EARLIER_VERSION.search(sent.text) or (
            _about_a_work(sent)) or _about_sport(sent, lex):
        # a correction, an editor's note, a picture's caption ("Pictured: riot police detain a
        # protester") or a review ("The film follows a young soldier during the siege of
        # Sarajevo") speaks of the story, a picture or a work, not of the world
        return []
    cands: list[Candidate] = []
    consumed: set[Token] = set()
    for tok in sent:
        match = _match_verb(tok, lex)
        kind = "verb"
        if match is None:
            if tok in consumed and not (tok.dep_ == "pobj" and (
                    _setting(tok.head) == tok or tok.head.lower_ in ("after", "following")
                    or (tok.head.lower_ == "of" and _lemma(tok.head.head) in SPANS_OF_TIME))):
                continue  # ("at talks hosted by Anwar", "agreed after two days of talks hosted
                # by Lavrov": the host's act and the talks both)
            match = _match_noun(tok, lex)
            kind = "noun"
            if match is not None and _still_ahead(tok):
                continue  # "coverage ahead of the NATO summit": a meeting not yet held
        if match is None:
            continue
        if kind == "verb" and tok.dep_ == "amod" and match[0].plover_type == "CONSULT" and (
                _lemma(tok) in ("broker", "mediate")):
            # "a US-brokered peace agreement", "a Qatari-mediated swap": the mediation is told
            # (guide: mediators are their own CONSULT 045 event)
            mediator = next((c for c in tok.children if c.dep_ in ("npadvmod", "compound",
                                                                    "nmod") and c.i < tok.i
                             and (c.ent_type_ or c.pos_ == "PROPN")), None)
            if mediator is not None:
                entry, tokens = match
                cand = _from_entry(sent, tok, (tok,), entry, f"verb:{entry.source}",
                                   "mediator-in-modifier")
                cand.agents = expand_conj(mediator)
                cands.append(cand)
            continue
        if kind == "verb" and (tok.dep_ == "amod" or (
            tok.dep_ == "acl" and tok.tag_ == "VBN" and match[0].plover_type == "SUPPORT"
            and not match[0].extras  # ("the agreement signed by A and B": they signed it)
            and not any(lex.fits("$troops", _lemma(o)) for b in tok.children
                        if b.dep_ == "agent" for o in b.children if o.dep_ == "pobj")
        )):
            continue  # "US-backed forces", "fighters backed by Rwanda": a description (but
            # "rebels backed by Rwandan troops": troops fight beside them, an act of aid)
        entry, tokens = match
        if kind == "verb" and entry.pattern == ("send",) and any(
                c.tag_ in ("RBR", "JJR") and c.dep_ in ("advmod", "acomp", "oprd")
                for c in tok.children):
            continue  # "sending crude prices higher": no aid sent
        if kind == "verb" and _object_undoes(entry, tok, lex):
            continue  # "send refugees to Europe", "hosts US troops", "met no resistance"
        consumed.update(tokens)
        cand = _from_entry(sent, tok, tokens, entry, f"{kind}:{entry.source}")
        if kind == "verb":
            _verb_arguments(cand, lex)
            _armed_backing(cand, lex)
            let_go = _let_go(cand)
            if let_go:
                # "Iran let her and Anoosheh Ashoori go": who is let go is who is released
                cand.targets = let_go
            if entry.pattern in _WALKED_FREE:
                # "Victoire Ingabire walked out of Nyarugenge prison": the one who walks is
                # the one released, by whoever held her (not named here)
                cand.agents, cand.targets = [], cand.agents
            if _departure(cand) and not _forces_leaving(cand, lex):
                continue  # "the prime minister flew out of Kyiv after a visit", "took the
                # case to The Hague"
            if _killed_a_deal(cand, lex):
                continue
            if cand.ptype == "ASSAULT" and cand.agents and all(
                    _lemma(_wh_resolve(a)) in _TOLLS for a in cand.agents):
                continue  # "a war that killed 30,000 people": a conflict's toll, no one's act
            _invited(cand)
            _missile_show(cand)
        else:
            # "the offensive east" (adjective misparse): the phrase's head holds the position
            syn = tok.head if tok.pos_ == "ADJ" else tok
            cand.anchor = syn
            _noun_arguments(cand, lex)
            if (cand.ptype, cand.mode) == ("RETREAT", "withdraw") and _lemma(tok) != (
                    "handover") and any(lex.fits("$accords", _lemma(t)) or t.ent_type_ == "ORG"
                                        for t in cand.targets):
                # "their withdrawal from ECOWAS": leaving a body or a treaty is a sanction
                # (CAMEO 166), like the verb "withdraw from $accords"; troops leave places
                cand.ptype, cand.mode, cand.cameo = "SANCTION", "withdraw", "166"
                cand.rules.append("left-a-body")
            effect = _control(syn.head, lex)
            if syn.dep_ == "dobj" and effect in ("aspect", "stop"):
                # "launched an offensive", "end its support": the verb carries tense and agent
                _fold_link(cand, Link(syn.head, effect))
        cands.append(cand)
    cands.extend(_answered(cands, lex))
    cands.extend(_control_acts(sent, cands))
    cands.extend(_arrivals(sent, cands, lex))
    cands.extend(_flown_to_face(sent, cands))
    cands.extend(_removals(sent, cands, lex))
    cands.extend(_name_calling(sent, cands))
    cands.extend(_declared_unwelcome(sent, cands))
    cands.extend(_plots(sent, cands))
    cands.extend(_allegations(sent, cands))
    cands.extend(_gatherings(sent, cands))
    cands.extend(_term_headline(sent))
    cands.extend(_rulings(sent, cands))
    cands.extend(_denied_involvement(sent, lex, cands))
    _claimed_responsibility(cands, lex)
    for cand in cands:
        _refused_party(cand)
    event_nouns = {t for c in cands for t in c.tokens if t.pos_ in ("NOUN", "PROPN")}
    noun_heads = {c.trigger for c in cands if c.entry.pos == "noun"}
    for cand in cands:
        # "joined a general strike", "held talks": the event noun carries the type
        if cand.entry.pos == "verb" and len(cand.tokens) == 1 and (
            _lemma(cand.trigger) in _LIGHT_VERBS or _control(cand.trigger, lex) in (
                "stop", "aspect")
        ) and any(c.dep_ == "dobj" and c in noun_heads for c in cand.trigger.children):
            # ("suspended arrest warrants": the warrants, called off, carry the type)
            cand.suppressed = True
    for cand in cands:
        trig = cand.trigger
        named = next((c for c in cands if c is not cand and c.entry.pos == "noun"
                      and c.trigger == trig.head and not c.suppressed), None)
        if trig.dep_ == "relcl" and cand.entry.pos == "verb" and trig.head in cand.tokens and (
                named is not None and named.ptype not in _ANSWERED
                and trig.head.dep_ not in ("appos", "npadvmod")):
            # "the port deal Ethiopia signed with Somaliland": the signing names the deal as
            # its own object, and is the act told, not the deal as a noun of its own (a
            # demand or accusation a refusal answers stays the noun's)
            named.suppressed = True
            continue
        owner_type = next((c.ptype for c in cands if trig.head in c.tokens), None)
        if trig.dep_ == "relcl" and trig.head in event_nouns and (
            QUAD_OF_TYPE.get(owner_type or "") == QUAD_OF_TYPE.get(cand.ptype)
        ):
            cand.suppressed = True  # "the strike that killed the troops": one act, told twice
            owner = next((c for c in cands if trig.head in c.tokens), None)
            if owner is not None and not owner.targets and cand.targets:
                owner.targets = list(cand.targets)
                owner.rules.append("target-from-relative")
        if _lemma(trig) in ("encircle", "surround") and trig.dep_ == "acl":
            # ("drills encircling the island", "drills in six zones encircling Taiwan")
            held = [trig.head] + ([trig.head.head.head] if trig.head.dep_ == "pobj" else [])
            drills = next((c for c in cands if c.ptype == "MOBILIZE" and any(
                h in c.tokens for h in held)), None)
            if drills is not None:
                # "began military drills encircling the island": where the show of force is
                # held and whom it is aimed at, not a blockade of its own
                cand.suppressed = True
                drills.targets = drills.targets or [o for o in trig.children if o.dep_ == "dobj"]
                drills.rules.append("target-encircled")
        if cand.entry.pos == "verb" and (QUAD_OF_TYPE.get(cand.ptype, 4) < 4 or (
            cand.ptype == "MOBILIZE")) and cand.ptype != "RETREAT" and (
            "passive" in cand.rules and not cand.agents and trig.dep_ in ("relcl", "acl")
        ):
            cand.suppressed = True  # "where US troops are stationed": a state, not an act
    for cand in list(cands):
        fired = [c for c in cand.trigger.children if c.dep_ == "dobj"]
        shots = [c for f in fired for c in (f, *f.conjuncts) if _lemma(c) == "shot"
                 and any(m.lower_ == "warning" for m in c.children)]
        if _lemma(cand.trigger) != "fire" or cand.ptype != "ASSAULT" or not shots:
            continue
        # "fired warning shots at the patrol": a show of force short of an attack (guide,
        # section 8: THREATEN 138); "fired tear gas and warning shots": both
        warned = cand if all(_lemma(f) == "shot" for f in fired) else _twin(
            cand, trigger=shots[0], origin=shots[0], tokens=(*(
                m for m in shots[0].children if m.lower_ == "warning"), shots[0]))
        warned.ptype, warned.mode, warned.cameo = "THREATEN", "violence", "138"
        warned.rules.append("warning-shots")
        if warned is not cand:
            cands.append(warned)
    verbal_types = {c.ptype for c in cands if c.entry.pos == "verb" and not c.suppressed}
    verb_quads = {QUAD_OF_TYPE.get(c.ptype) for c in cands
                  if c.entry.pos == "verb" and not c.suppressed}
    for cand in cands:
        if cand.entry.pos == "noun" and cand.ptype in verbal_types and (
            cand.trigger.dep_ in ("appos", "npadvmod")
        ):
            cand.suppressed = True  # "met al-Sharaa ..., the first visit by a head of state"
        elif cand.entry.pos == "noun" and QUAD_OF_TYPE.get(cand.ptype) in verb_quads and (
                _restated(cand.trigger)):
            # "hanged Mohsen Shekari on Thursday, the first known execution ...": the parser
            # makes the restating phrase a second object of the verb
            cand.suppressed = True
        if _foretold(cand):
            cand.suppressed = True
            cand.rules.append("forecast")
        if cand.entry.pos == "noun" and _ended_spell(cand.trigger):
            cand.suppressed = True  # "ending five days of border fighting": what was ended
    cands = [c for c in cands if not c.suppressed]
    # a candidate built only from a pattern's object (e.g. noun inside "impose sanctions")
    # (except the speech acts a refusal answers, kept above)
    cands = [c for c in cands if "answered-by-refusal" in c.rules or (
        "agent-from-setting" in c.rules or "agent-from-clause" in c.rules) or not (
        c.entry.pos == "noun" and any(
            c.trigger in o.tokens and o is not c for o in cands))]
    by_trigger = {c.trigger: c for c in cands}
    for cand in cands:
        _finish(cand, lex)
        _verdict_on_deed(cand)
        _announced_own_act(cand)
        _one_sided_halt(cand)
        if cand.ptype == "PROTEST" and cand.entry.pattern == ("march", "on") and not any(
                r.startswith("gov:command:") for r in cand.rules):
            cand.targets = []  # protesters marching on the capital march where it happens
        if _tally(cand.trigger) or _record(cand.trigger, lex):
            # "More than 9,000 people have been killed since fighting began": a toll
            cand.suppressed = True
            cand.rules.append("tally")
        if any(d.dep_ == "det" and d.lower_ == "every" for a in cand.agents for d in a.children):
            # "every Indian government since has promised to settle it": a generalisation
            cand.suppressed = True
            cand.rules.append("generic-doer")
    for cand in cands:
        maker = next((r for r in cand.rules if r.startswith("made-by:")), None)
        verb = by_trigger.get(cand.trigger.head) if maker is not None else None
        if verb is not None and verb is not cand and cand.trigger.dep_ == "dobj":
            # "offered a fresh apology to South Korea": the apology is the act, to the
            # offer's recipient
            verb.suppressed = True
            cand.targets = cand.targets or list(verb.targets)
    for cand in cands:
        head = cand.content_of
        if head is not None and head.pos_ == "VERB" and _lemma(head) in _RETALIATING and (
                cand.entry.pos == "noun" and cand.trigger.dep_ == "pobj"
                and cand.trigger.head.lower_ == "with" and cand.trigger.head.head == head
                and not cand.agents):
            # "Israel responded with air strikes on Gaza", "Beijing retaliated with tariffs":
            # the one responding acts (what is responded "to" is someone else's act)
            answerer = inherited_subject(head)
            if answerer is not None:
                cand.agents = expand_conj(answerer)
                cand.content_of = None
                cand.rules.append(f"means-of:{_lemma(head)}")
                continue
        if head is not None and _lemma(head) in _ANSWERS and QUAD_OF_TYPE.get(cand.ptype) == 4:
            # "in revenge for the killing of Soleimani", "Tehran's answer to the bombing of
            # its consulate": an act answered or atoned for happened
            cand.content_of = None
            cand.rules.append(f"answered-by:{_lemma(head)}")
            if head.pos_ == "VERB" and not cand.agents:
                # "Trump answered with 25 per cent tariffs": the one answering acts
                answerer = inherited_subject(head)
                cand.agents = expand_conj(answerer) if answerer is not None else []
            # who tells of the answer tells of what it answers ("the Guards say they fired
            # missiles in revenge for the killing of Soleimani": reported by the Guards)
            teller = next((by_trigger[t] for t in (head, *head.ancestors) if t in by_trigger
                           and by_trigger[t] is not cand), None)
            if teller is not None and not cand.speech:
                _told_as(cand, teller)
        elif cand.entry.pos == "noun" and head is not None and head not in by_trigger and (
            "agent-from-verb" not in cand.rules and not cand.agents
            and _lemma(head) not in _SUPPORT_VERBS
        ):
            if not _definite_deed(cand):
                cand.suppressed = True  # "needs aid", "unveiled a partnership": not an act here
                continue
            # "Erdogan says Turkey has given recordings related to the killing of Khashoggi":
            # told by whoever tells the act it is mentioned in; "accusing him of responsibility
            # for the deportation of children": claimed, by the accused
            teller = next((by_trigger[t] for t in head.ancestors if t in by_trigger
                           and by_trigger[t] is not cand), None)
            if teller is not None and teller.ptype == "ACCUSE":
                _claimed_by(cand, teller)
                cand.agents = list(teller.targets)
            elif teller is not None and not cand.speech:
                _told_as(cand, teller)
    # The content of a speech act is not a separate event; the act inherits its target.
    for cand in cands:
        gov = by_trigger.get(cand.content_of) if cand.content_of is not None else None
        alleged = (cand.anchor.dep_ in ("pcomp", "pobj") and cand.anchor.head.lower_ in (
            "of", "for")) or _of_conjunct(cand.anchor) is not None
        blamed = _blamed_on(cand, gov, by_trigger)
        if blamed and gov is not None:
            # "Israel blamed the attack on Hamas", "Petro blamed the helicopter attack on the
            # Gulf Clan": the parser hangs "on X" on the act, but X is who is blamed for it,
            # the act's alleged doer, not its target
            cand.agents = blamed
            covered = {t.i for t in expand_conj(blamed[0])}  # (with an act coordinated to it)
            cand.targets = [t for t in cand.targets if t.i not in covered]
            gov.targets = list(blamed)
            _claimed_by(cand, gov)
            cand.rules.append("blamed-on")
            continue
        if gov is not None and gov is not cand and cand.anchor.dep_ == "pcomp" and (
                cand.anchor.head.lower_ == "from" and gov.ptype not in VERBAL_TYPES):
            # "barred Guterres from entering", "stopped the convoy from reaching Gaza": what an
            # act keeps from happening did not happen
            cand.suppressed = True
            cand.rules.append("prevented")
        elif gov is not None and gov is not cand and gov.ptype == "ACCUSE" and alleged and (
            cand.ptype not in VERBAL_TYPES or "planned-conflict->THREATEN" in cand.rules
            or "plot" in cand.rules
        ):  # ("accused Washington of plotting to invade": the alleged plot is a threat)
            # "accused Ankara of supporting terrorists": the alleged act is coded as a claim
            _claimed_by(cand, gov)
            if not cand.agents and cand.entry.pos == "noun" and gov.targets and (
                    cand.anchor.dep_ == "pobj" and cand.anchor.head.lower_ in ("of", "for")):
                # "accusing Israel of genocide": the accused is the alleged act's author
                cand.agents = list(gov.targets)
                cand.rules.append("agent-is-accused")
            elif (len(gov.agents) > 1 or any(_lemma(a) == "side" and any(
                    d.lower_ == "each" for d in a.children) for a in gov.agents)) and (
                    not cand.agents or all(
                    a.lower_ in ("other", "another", "each") for a in cand.agents)) and any(
                    t.lower_ in ("other", "another") for t in gov.targets):
                # "Kyrgyzstan and Tajikistan accused each other of shelling border villages":
                # each accuser is the other's alleged shelling side
                cand.agents = list(gov.agents)
                cand.rules.append("each-accused")
        elif gov is not None and gov is not cand and gov.ptype in VERBAL_TYPES:
            # "criticised NATO air strikes": a past act named as the object of praise or blame
            # happened; the content of a demand, promise or threat has not
            # ("congratulated the army on recapturing the city", "condemned Moscow for
            # shelling Kharkiv": a praised or blamed deed told as a gerund happened too)
            deed = cand.entry.pos == "noun" or (
                "VBG" in (cand.trigger.tag_, cand.anchor.tag_) and cand.anchor.dep_ == "pcomp"
                and cand.anchor.head.lower_ in ("on", "for"))  # ("for helping to capture")
            judged = gov.ptype in _JUDGING or _lemma(gov.origin) in _INQUIRIES
            if not (judged and deed and QUAD_OF_TYPE.get(cand.ptype) in (2, 4)) and (
                    "answered-by-refusal" not in cand.rules):
                cand.suppressed = True  # ("promised an inquiry into last week's killing": an
                # act inquired into happened)
            elif "agent-from-verb" in cand.rules:
                cand.agents = []  # who condemns the attack did not make it
            joint = len(gov.agents) > 1 and gov.ptype in ("CONSULT", "COOPERATE", "AGREE",
                                                          "SUPPORT")
            if not joint and (not gov.targets or gov.targets[0] in cand.tokens):
                # ("Trump and Kim met ..., the first summit between sitting leaders": the
                # co-agents are each other's counterparts)
                gov.targets = [a for a in (cand.agents if gov.ptype != "REJECT" else cand.targets)
                               if a not in gov.agents]
                if not gov.targets and gov.ptype == "ACCUSE" and cand.entry.pos == "noun":
                    # "condemned the cowardly attack": the act itself, whose author the
                    # pipeline looks for among the acts told just before
                    gov.targets = [cand.trigger]
                gov.rules.append("target-from-content")
        elif gov is not None and gov is not cand and gov.ptype not in VERBAL_TYPES and (
                cand.entry.pos == "noun" and not cand.speech and gov.speech):
            # "the Guards say they fired missiles ... for the killing of Soleimani": an act
            # named in a reported act is told by the same teller
            _told_as(cand, gov)
            cand.rules.append("told-with-content-of")
    # "rallied to demand", "crossed into Syria to push them out": the purpose of an event;
    # "bombed a market, killing 12": a result of the same act is not a second event
    for cand in cands:
        gov = by_trigger.get(cand.purpose_of) if cand.purpose_of is not None else None
        if gov is not None and (cand.purpose_kind == "purpose" or QUAD_OF_TYPE.get(
                gov.ptype) == QUAD_OF_TYPE.get(cand.ptype)) and not (
                cand.purpose_kind != "purpose" and gov.ptype == cand.ptype == "COERCE"
                and gov.mode and cand.mode and gov.mode != cand.mode) and not (
                cand.purpose_kind != "purpose" and gov.ptype != cand.ptype
                and cand.entry.pos == "verb" and cand.targets) and (
                "answered-by-refusal" not in cand.rules):
            # (a demand a refusal answers was made, whatever becomes of the refusal: "would not
            # extradite him, rebuffing Washington's demands")
            # (but "took power, declaring martial law": a coercive act of another kind that
            # comes with it is an act of its own)
            cand.suppressed = True
        elif gov is not None and _lemma(cand.origin) == "target" and gov.ptype in (
                "SANCTION", "COERCE"):
            # "imposed sanctions on Russia, targeting state banks": whom the measure hits
            cand.suppressed = True
    _merge_instruments(cands, by_trigger)
    _orders_to_stand_down(cands)
    for cand in cands:
        trig = cand.trigger
        if cand.ptype != "ASSAULT" or trig.tag_ != "VBG" or trig.dep_ != "advcl" or any(
                c.dep_ in _SUBJ for c in trig.children) or cand.suppressed or (
                cand.cameo in _DEEDS_NOT_RESULTS):
            continue  # ("overran Marawi, taking a priest hostage": a deed, not a toll)
        earlier = [c for c in cands if c is not cand and not c.suppressed
                   and c.trigger.i < trig.i and QUAD_OF_TYPE.get(c.ptype) == 4]
        crash = any(_lemma(t) in _ACCIDENTS for t in cand.sent if t.i < trig.i)
        if earlier or crash:
            # "claimed a drone attack that set tankers ablaze ..., killing three workers": the
            # deaths are the result of the act told before, not a second act of the subject's
            cand.suppressed = True
            cand.rules.append("result-of-earlier-act")
    for cand in cands:
        if _lemma(cand.trigger) == "barricade" and any(
                c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in cand.trigger.children):
            # "gunmen ... before barricading themselves inside a monastery": holing up is no act
            # on anyone (barricading a road or a village is)
            cand.suppressed = True
            cand.rules.append("self-barricaded")
        if cand.ptype in ("COOPERATE", "AGREE", "AID", "SUPPORT") and (
                cand.trigger.dep_ == "pcomp" and cand.trigger.head.lower_ in ("on", "about")
                and _lemma(cand.trigger.head.head) in _TOPIC_NOUNS):
            # "suspending talks on joining the European Union": the act is what is talked or
            # voted about, not done
            cand.suppressed = True
            cand.rules.append("topic-of-talks")
        if _handover_of_own_exit(cand, cands):
            cand.suppressed = True
            cand.rules.append("handover-told-with-exit")
    for cand in cands:
        if cand.ptype == "ASSAULT" and _accident(cand.trigger):
            # "was killed when his helicopter came down", "a jet crashed, killing all ten":
            # deaths in an accident are no act of force
            cand.suppressed = True
            cand.rules.append("accident")
        if cand.trigger.dep_ == "pcomp" and cand.trigger.head.lower_ == "without":
            # "left without signing the deal": the act did not happen; "bombed the camp
            # without warning" (no object) is a manner, not a withheld statement
            cand.polarity = "negative"
            cand.rules.append("without")
            if cand.ptype in VERBAL_TYPES and not any(
                    c.dep_ in ("dobj", "ccomp", "dative") for c in cand.trigger.children):
                cand.suppressed = True
    for cand in cands:
        weapon = cand.trigger.head
        if cand.trigger.dep_ != "acl" or cand.trigger.tag_ != "VBN" or not (
                lex.fits("$projectiles", _lemma(weapon)) or lex.fits("$weapons", _lemma(weapon))):
            continue
        # "a drone, probably launched by the RSF, hit a mosque": one attack, by the launcher
        user = next((o for o in cands if o is not cand and weapon in o.agents
                     and QUAD_OF_TYPE.get(o.ptype) == QUAD_OF_TYPE.get(cand.ptype)), None)
        if user is not None:
            if cand.agents:
                user.agents = list(cand.agents)
                user.rules.append("agent-of-weapon")
                if cand.status == "hedged" or cand.flags & {"hedged", "possible"}:
                    user.flags.add("hedged")
            cand.suppressed = True
    for cand in cands:
        if _terms_of(cand, lex):
            # "a deal under which Syrian troops would deploy", "a road map under which YPG
            # fighters would leave", "a framework for removing the stockpile": what a deal
            # or plan provides is its content, not an act
            cand.suppressed = True
            cand.rules.append("terms-of-deal")
    for cand in cands:
        why = _not_an_occurrence(cand)
        if why is not None:
            cand.suppressed = True
            cand.rules.append(why)
    # A governing verb that was folded into an inner event is replaced by that event.
    # ("called on Israel to allow more aid": what is allowed is dropped, so the call stays)
    folded = {c.trigger for c in cands if c.origin.i != c.trigger.i and not c.suppressed}
    folded |= {c.absorbs for c in cands if c.absorbs is not None and not c.suppressed}
    for cand in cands:
        if cand.origin.i == cand.trigger.i and cand.trigger in folded:
            cand.suppressed = True
    kept = [c for c in cands if not c.suppressed]
    for cand in kept:
        # "seized power", "bombed its way to democracy": no one is acted on
        cand.targets = [t for t in cand.targets if t.lower_ not in _NOT_RECIPIENTS]
    return kept + [twin for c in kept if (twin := _imprisonment(c) or _blamed(c)
                                          or _charge_denied(c)) is not None]


_TOPIC_NOUNS = frozenset({"talk", "talks", "negotiation", "discussion", "debate", "referendum",
                          "vote", "veto", "consultation", "dialogue"})
_REFLEXIVES = frozenset({"themselves", "himself", "herself", "itself"})


def _handover_of_own_exit(cand: Candidate, cands: list[Candidate]) -> bool:
    """ "Sánchez de Lozada resigned and flew to Miami, handing power to his vice-president",
    "the military declared a state of emergency, handing power to its commander-in-chief": a
    handover done with the doer's own resignation or takeover is how that act is told, not a
    second concession."""
    if _lemma(cand.trigger) != "hand" or cand.cameo != "0831" or cand.flags & {
            "intended", "hypothetical", "threatened"} or cand.polarity == "negative":
        return False
    linked = {cand.trigger.head} if cand.trigger.dep_ in ("conj", "advcl") else set()
    linked |= {c for c in cand.trigger.children if c.dep_ == "conj"}
    for head in list(linked):
        if head.dep_ == "conj":
            linked.add(head.head)  # ("resigned ... and flew ..., handing power")
    return any(o is not cand and o.trigger in linked and not o.suppressed and (
        (o.ptype == "RETREAT" and o.mode == "resign") or o.ptype == "COERCE")
        for o in cands)


_NOT_RECIPIENTS = frozenset({"power", "way"})


_CURRENCIES = frozenset({"currency", "dollar", "pound", "euro", "yen", "peso", "rupee", "yuan",
                         "renminbi", "lira", "rouble", "ruble", "rand", "naira", "shekel",
                         "hryvnia", "ringgit", "baht", "dinar", "riyal", "franc", "bond",
                         "equity", "bourse"})
"""What a market act is done to ("the peso was hammered"); a market ("bombed a market") and
assets ("struck Russian military assets") are places and things wars hit."""
_MARKET_WORDS = _CURRENCIES | {"crude", "oil", "brent", "price", "stock", "share", "market",
                               "index", "bitcoin", "yield", "gold", "investor", "trader",
                               "commodity"}
_OUTLOOKS = frozenset({"toll", "number", "figure", "price", "cost", "situation", "crisis",
                       "fight", "race", "shortage", "famine", "outbreak", "epidemic", "economy",
                       "inflation", "death", "casualty"})
"""What a forecast is about ("warned that the death toll could pass 1,000"): no one's act."""
_HAZARDS = frozenset({"earthquake", "quake", "tremor", "aftershock", "magnitude", "storm",
                      "cyclone", "typhoon", "hurricane", "tornado", "flood", "flooding",
                      "landslide", "mudslide", "wildfire", "tsunami", "drought", "avalanche",
                      "eruption", "volcano", "heatwave", "monsoon", "rain", "snowstorm",
                      "wave", "lightning"})
_SPORT_CUES = frozenset({"semi-final", "semifinal", "quarter-final", "quarterfinal",
                         "tournament", "championship", "playoff", "play-off", "goalkeeper",
                         "striker", "midfielder", "defender", "world cup", "champions league",
                         "premier league", "grand slam", "olympic final", "title race",
                         "penalty shoot-out", "hat-trick", "half-time", "halftime",
                         "goalless", "footballer", "winger", "kick-off", "stoppage time"})
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")
_SCORE_WORDS = frozenset({"score", "goal", "match", "game", "minute", "half", "striker", "win",
                          "beat", "draw", "side", "coach"})
_ARMED_PEOPLE = frozenset({"gunman", "soldier", "troop", "police", "policeman", "militant",
                           "fighter", "rebel", "army", "force", "jihadist", "attacker", "bomber",
                           "militia", "militiaman", "insurgent", "hooligan", "mob", "rioter"})
_ARMOUR = frozenset({"armour", "armor", "column", "tank", "warship", "jet", "warplane"})
_ELECTORATE = frozenset({"voter", "citizen", "electorate", "people", "resident"})


def _voters(tok: Token) -> bool:
    """Is the noun an electorate: voters, citizens, a nationality ("Britons", "Scots")?"""
    return tok.ent_type_ == "NORP" or _lemma(tok) in _ELECTORATE or (
        tok.tag_ == "NNS" and tok.text[:1].isupper())

_HABITUAL = frozenset({"routinely", "regularly", "usually", "often", "habitually",
                       "frequently", "typically", "normally", "customarily", "rarely",
                       "seldom", "generally", "traditionally"})
_ONGOING_AGENTS = frozenset({"war", "conflict", "fighting", "violence", "insurgency", "unrest",
                             "bloodshed", "hostility"})
_DELIBERATE = frozenset({"weigh", "consider", "mull", "ponder", "debate", "wonder", "ask",
                         "decide", "discuss", "question", "calculate", "assess"})
_READER_VERBS = frozenset({"follow", "subscribe", "sign", "read", "watch", "listen", "download",
                           "click", "tap", "join", "get", "visit", "see", "share"})


def _terms_of(cand: Candidate, lex: Lexicon) -> bool:
    """Is the candidate a term of a deal or plan: a "under which ..." clause or a "for ...ing"
    complement of an accord, plan or road-map noun?"""
    trig = cand.trigger
    if cand.entry.pos != "verb":
        return False
    clause = trig if trig.dep_ == "relcl" else None
    if clause is None and trig.dep_ in ("conj", "xcomp") and trig.head.dep_ == "relcl":
        clause = trig.head
    if clause is not None:
        noun = clause.head
        deal = lex.fits("$accords", _lemma(noun)) or lex.fits("$plans", _lemma(noun)) or (
            _lemma(noun) == "map")
        under = any(c.dep_ == "prep" and c.lower_ in ("under", "by") and any(
            g.lower_ == "which" for g in c.children) for c in clause.children)
        return deal and under
    if trig.dep_ == "pcomp" and trig.head.lower_ == "for" and trig.head.head.pos_ == "NOUN":
        noun = trig.head.head
        return lex.fits("$plans", _lemma(noun)) or _lemma(noun) in ("framework", "map",
                                                                     "roadmap", "timetable")
    return False


def _told_as(cand: Candidate, teller: Candidate) -> None:
    """The candidate is told by whoever tells ``teller``: its speech links and how it is told."""
    cand.speech = list(teller.speech)
    cand.flags |= teller.flags & {"reported", "claimed", "hedged"}


def _armed_group(tok: Token) -> bool:
    """ "militant groups", "a separatist group", "the attackers", "rebels", "terrorists"."""
    lemma = _lemma(tok)
    if lemma in _IRREGULARS:
        return True
    return lemma in ("group", "organisation", "organization", "movement", "faction") and any(
        _lemma(c) in _ARMED_MODIFIERS for c in tok.children if c.dep_ in ("amod", "compound"))


_IRREGULARS = (_ARMED_PEOPLE - {"police", "policeman", "soldier", "troop", "army", "force"}) | {
    "terrorist", "separatist", "guerrilla", "paramilitary", "extremist"}
"""Armed people who are no state's forces ("the attackers", "militants", "terrorists")."""
_ARMED_MODIFIERS = frozenset({"militant", "armed", "separatist", "rebel", "terrorist", "jihadist",
                              "insurgent", "extremist", "paramilitary", "guerrilla", "islamist"})


def _sport(sent: Span) -> bool:
    """Does the sentence speak of a game ("reach a World Cup semi-final", "the striker")?"""
    low = sent.text.lower()
    if _SCORE.search(low) and any(t.lemma_.lower() in _SCORE_WORDS for t in sent):
        return True  # "scored twice as Brazil routed Japan 4-1"
    return any(cue in low for cue in _SPORT_CUES if " " in cue or "-" in cue) or any(
        t.lemma_.lower() in _SPORT_CUES for t in sent)


_BELIEVING = frozenset({"believe", "think", "expect", "imagine", "suppose", "doubt"})
_WORKS = frozenset({"film", "movie", "book", "memoir", "novel", "documentary", "series",
                    "play", "album", "biography", "podcast", "exhibition", "opera", "musical"})


_NARRATING = frozenset({"follow", "tell", "recount", "describe", "trace", "depict", "chronicle",
                        "explore", "recall", "examine", "portray", "show", "revisit", "imagine",
                        "dramatize", "dramatise", "centre", "center", "focus", "document"})


def _about_a_work(sent: Span) -> bool:
    """A review or a book note: the sentence's subject is a work ("The film follows ...") or it
    opens with one ("In her new memoir, the former diplomat recalls ...")."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is not None and _lemma(subject) in _WORKS and _lemma(root) in _NARRATING:
        return True  # (but "the book was seized by police" is a seizure)
    opener = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"
                   and c.i == sent.start), None)
    work = _pobj(opener) if opener is not None else None
    return work is not None and _lemma(work) in _WORKS


def _not_an_occurrence(cand: Candidate) -> str | None:
    """Why a matched act is no occurrence the sentence reports, or None (the reason is kept
    in the candidate's rules).

    These tell of no particular act: a description ("the first president to be impeached
    twice"), a habit ("troops routinely patrol"), a war's toll ("a war that has killed
    300,000"), market figures ("Brent crude stormed through $120"), a succession ("taking over
    from her mentor"), a referendum ("Britons voted to leave the EU"), a supposition ("a
    blockade would let Beijing ...", "If China invaded Taiwan tomorrow, ..."), a question being
    weighed ("weighing how far it can go in backing Moscow"), the topic of an invitation to
    the reader ("follow our channel for updates on Russian strikes"), a market ("the peso was
    hammered"), nature ("an earthquake struck") and a game ("stormed past Portugal to reach a
    World Cup semi-final")."""
    trig = cand.trigger
    if cand.ptype == "ASSAULT" and _lemma(trig) == "respond":
        # "Washington would respond" threatens (coded so before this); "Israel responded with
        # air strikes" tells the strikes, and "responded to the protests" is no attack
        return "response-told"
    described = trig.head if trig.dep_ == "acl" else next(
        (c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if described is not None and any(c.dep_ == "aux" and c.lower_ == "to"
                                     for c in trig.children) and any(
            c.dep_ == "auxpass" for c in trig.children) and any(
            c.lower_ in ("first", "last", "only") or c.ent_type_ == "ORDINAL"
            for c in described.children):
        # ("Sudan became the first country to recognise South Sudan" is its own act)
        return "description"  # "(making him) the first US president to be impeached twice"
    said_of = trig.head if cand.entry.pos == "noun" and trig.dep_ == "nsubj" else trig
    if said_of.tag_ in ("VBP", "VBZ") and any(
            c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in said_of.children):
        return "habitual"  # "troops routinely patrol", "sanctions rarely topple governments"
    if cand.entry.pos == "noun" and trig.dep_ == "nsubjpass" and _lemma(trig.head) in (
            "schedule", "slate"):
        return "scheduled"  # "the G20 summit is scheduled for November 18"
    if any(c.dep_ == "dobj" and _lemma(c) == "salvo" and any(
            m.lower_ in ("opening", "first") for m in c.children) for c in trig.children):
        return "figurative"  # "fired the opening salvo at the Paris Air Show"
    if cand.ptype in ("ASSAULT", "COERCE") and trig.dep_ == "relcl" and trig.tag_ in (
            "VBP", "VBZ") and not any(
            c.dep_ in ("aux", "auxpass") for c in trig.children) and _lemma(trig) not in (
            "control", "hold", "occupy", "run", "govern", "rule", "lead", "back"):
        return "habitual"  # "harbouring the militants who attack US troops": what they do
    perfect = any(c.dep_ == "aux" and _lemma(c) == "have" for c in trig.children) or any(
        c.dep_ == "prep" and c.lower_ == "since" for c in trig.children)
    if cand.entry.plover_type == "ASSAULT" and perfect and cand.agents and all(
            _lemma(a) in _ONGOING_AGENTS for a in cand.agents):
        return "cumulative-toll"
    if cand.agents and all(_lemma(a) in _MARKET_WORDS for a in cand.agents):
        return "market-figure"  # "Brent crude stormed through $120 a barrel"
    if cand.targets and cand.ptype not in ("SANCTION", "COERCE") and all(
            _lemma(t) in _CURRENCIES for t in cand.targets):
        return "market-figure"  # "the peso was hammered", "stepped in to defend the currency"
    clause = trig if trig.pos_ in ("VERB", "AUX") else next(
        (a for a in trig.ancestors if a.pos_ in ("VERB", "AUX")), trig)
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children):
        return "open-question"  # "The question is whether Hamas will release the hostages"
    believer = clause.head if clause.dep_ == "ccomp" else None
    if believer is not None and _lemma(believer) in _BELIEVING and any(
            c.dep_ == "nsubj" and (c.lower_ in ("nobody", "few") or (
                c.lower_ == "one" and any(d.lower_ == "no" for d in c.children)))
            for c in believer.children):
        return "disbelieved"  # "Nobody believes Moscow will withdraw its troops"
    if not cand.speech and clause.dep_ in ("relcl", "acl") and _lemma(clause.head) == "time" and (
            any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)):
        return "counsel"  # "It is time for Europe to recognise a Palestinian state"
    if cand.entry.pos == "noun" and cand.ptype == "CONSULT" and any(
            c.dep_ in ("compound", "amod") and _lemma(c) in ("press", "news", "media")
            for c in trig.children):
        return "press-event"  # "will hold a press conference on the talks"
    if cand.ptype == "PROTEST" and _lemma(trig) == "rally" and any(
            _lemma(c) in ("campaign", "election", "electoral") for c in trig.children):
        return "campaign-rally"  # "assassinated at an election rally": a setting
    if cand.agents and all(_lemma(a) in _HAZARDS or any(
            c.dep_ == "compound" and _lemma(c) in _HAZARDS for c in a.children)
            for a in cand.agents):
        return "natural-hazard"  # "a magnitude 7.7 earthquake struck central Myanmar"
    if cand.ptype in ("ASSAULT", "COERCE") and not any(
            _lemma(a) in _ARMED_PEOPLE for a in cand.agents) and _sport(trig.sent):
        return "sport"  # "the Atlas Lions stormed past Portugal into the semi-finals"
    if _lemma(trig) == "flee" and trig.tag_ == "VBG" and any(
            c.dep_ == "dobj" and c.i == trig.i + 1 and c.pos_ == "NOUN" for c in trig.children):
        return "description"  # "shot fleeing civilians": the parser's verb is an adjective
    if _lemma(trig) == "take" and any(c.dep_ == "prt" and c.lower_ == "over"
                                      for c in trig.children) and any(
            c.dep_ == "prep" and c.lower_ == "from" for c in trig.children):
        return "succession"  # "sworn in as president, taking over from her mentor"
    referendum = any(_lemma(t) == "referendum" for t in trig.sent)
    vote = next((a for a in list(trig.ancestors)[:3] if a.pos_ == "VERB"), None)
    if vote is not None and _lemma(vote) == "vote" and (any(
            c.dep_ == "nsubj" and _voters(c) for c in vote.children) or referendum):
        return "referendum"  # "Britons voted to leave the European Union"
    if _lemma(trig) == "warn" and not cand.targets and any(
            c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and _lemma(g) in _OUTLOOKS
                                      for g in c.children) for c in trig.children):
        return "forecast"  # "warned that the death toll could pass 1,000": no threat
    if referendum and cand.ptype in ("SUPPORT", "REJECT", "AGREE") and cand.agents and all(
            _voters(a) or a.tag_ == "NNPS" for a in cand.agents):
        return "referendum"  # "Colombians narrowly rejected the peace deal in a referendum"
    if cand.entry.pos == "noun" and trig.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "might")
            for c in trig.head.children):
        return "supposition"  # "a blockade would let Beijing squeeze the island"
    conditional = any(r.startswith("gov:condition:") for r in cand.rules)
    # the verb the "if" hangs on: "If Beijing ever tried to blockade Taiwan, ..."
    iffy = next((n for n in (trig, *trig.ancestors) if any(
        c.dep_ == "mark" and c.lower_ == "if" for c in n.children)), trig)
    if conditional and not cand.speech and iffy.tag_ == "VBD" and (
            any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might")
                for c in trig.sent.root.children)):
        # "If China invaded Taiwan tomorrow, the first casualty would be ...": the narrator's
        # own supposition (an attributed condition, "warned ... if it hit the Kurds", stays)
        return "supposition"
    for node in (trig, *trig.ancestors):
        if node.dep_ == "ccomp" and _lemma(node.head) in _DELIBERATE and any(
                t.tag_ in ("WRB", "WP", "WDT") or t.lower_ in ("whether", "if")
                for t in node.subtree if t.i < node.i):
            return "question-weighed"
        if node.dep_ == "ROOT" and _imperative(node) and _lemma(node) in _READER_VERBS and (
                node is not trig):
            return "reader-invitation"
    return None


_CUSTODY = frozenset({"year", "month", "prison", "jail", "life", "imprisonment", "arrest",
                      "colony", "detention", "term"})
"""What a sentence sends someone to when it deprives them of liberty."""


def _imprisonment(cand: Candidate) -> Candidate | None:
    """ "sentenced Uribe to 12 years of house arrest": a conviction, and (annotation guide,
    section 3) the imprisonment it orders is a COERCE arrest of its own; "a Casablanca court
    jailed Zefzafi for 20 years": the jailing a court orders is also its conviction."""
    if cand.ptype == "COERCE" and _lemma(cand.trigger) in _JAILING and cand.agents and all(
            _lemma(a) in _COURTS for a in cand.agents) and not cand.flags and (
                "agent-is-orderer" not in cand.rules):  # ("ordered him jailed": remanded)
        return _twin(cand, ptype="SANCTION", mode="convict", cameo="116",
                     rules=[*cand.rules, "conviction"])
    if cand.ptype != "SANCTION" or _lemma(cand.trigger) != "sentence":
        return None
    to = next((c for c in cand.trigger.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    where = _pobj(to) if to is not None else None
    if where is None or not {_lemma(c) for c in where.subtree} & _CUSTODY:
        return None
    return _twin(cand, ptype="COERCE", mode="arrest", cameo="173",
                 rules=[*cand.rules, "imprisonment"])


_JAILING = frozenset({"jail", "imprison"})
_COURTS = frozenset({"court", "judge", "tribunal", "jury"})


def _twin(cand: Candidate, **changes: Any) -> Candidate:
    """A second candidate made from ``cand`` (its lists and flags copied, so that coding one
    leaves the other as it is), with ``changes`` to its fields."""
    copies = {"agents": list(cand.agents), "targets": list(cand.targets),
              "rules": list(cand.rules), "flags": set(cand.flags), "speech": list(cand.speech)}
    return replace(cand, **{**copies, **changes})


_CHARGES = frozenset(n for n, kind in _CLAIM_NOUNS.items() if kind == "claim")
_DENYING = frozenset({"deny", "reject", "dismiss", "refute"})


def _charge_denied(cand: Candidate) -> Candidate | None:
    """ "accusing Doha of backing militant groups, a charge the Qatari foreign ministry rejected
    as baseless": the accused side's denial is a second, denied copy of the act claimed (guide
    section 8), with the denier as speaker."""
    if "claimed-by-accusation" not in cand.rules or cand.polarity == "negative":
        return None
    for noun in cand.sent:
        if _lemma(noun) not in _CHARGES or noun.i < cand.trigger.i or noun.dep_ not in (
                "appos", "npadvmod", "conj"):
            continue
        verb = next((c for c in noun.children if c.dep_ == "relcl" and _lemma(c) in _DENYING),
                    None)
        if verb is None:
            continue
        denier, _passive = _subject(verb)
        twin = _twin(cand, rules=[*cand.rules, "charge-denied"], flags=set(), speech=[])
        _deny(twin, denier, verb)
        return twin
    return None


def _blamed(cand: Candidate) -> Candidate | None:
    """ "Gunmen abducted 79 pupils. The government blamed separatists": whoever is blamed, with
    no act named ("for ..."), is the alleged author of the act of force told last (guide,
    section 5: claimed, with the blamer as speaker), resolved by the pipeline like a denied
    involvement."""
    verb = cand.trigger
    if cand.ptype != "ACCUSE" or _lemma(verb) != "blame" or cand.entry.pos != "verb" or (
            not cand.targets or cand.polarity == "negative" or cand.speech):
        return None
    if any((c.dep_ in ("prep", "dative") and c.lower_ in ("for", "on", "over"))
           or (c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > verb.i) for c in verb.children):
        return None  # "blamed Russia for the attacks": the act is named (and coded) there
    if any(c.dep_ == "prep" and c.lower_ in ("for", "on") for t in cand.targets
           for c in t.children):
        return None  # "blamed the attempt on Gulen's followers" (the parser's attachment)
    return _twin(cand, ptype=_REFER, mode=None, cameo="", agents=list(cand.targets),
                 targets=[], rules=[*cand.rules, "blamed-for-told-act"], flags={"claimed"},
                 speech=[Speech(cand.agents[0] if cand.agents else None, verb, None, "claim")])


_REFER = "REFER"  # placeholder type: the act an "involvement" refers to, resolved by the pipeline
_CONTROL_ACTS = {  # control effect -> the speech act it is on its own
    "request": ("REQUEST", "change", "10"), "reject": ("REJECT", "change", "12"),
    "threaten": ("THREATEN", None, "13"), "agree": ("AGREE", None, "03"),
    "coerce": ("COERCE", None, "17"),
}


_HELPING = frozenset({"help", "assist", "support", "aid", "rescue", "reinforce", "bolster"})


def _invited(cand: Candidate) -> None:
    """ "Rwanda began deploying 1,000 soldiers to Cabo Delgado at Maputo's request", "Saudi
    troops crossed into Bahrain at the request of the ruling family": forces sent or coming in
    at a state's request are aid to it (CAMEO 074), not a show or use of force against it."""
    moving = cand.ptype == "MOBILIZE" or (cand.ptype in ("COERCE", "ASSAULT") and _lemma(
        cand.trigger) in _ENTERING)
    if not moving or cand.entry.pos != "verb":
        return
    for verb in (cand.trigger, cand.trigger.head):
        # ("at Maputo's request", "following a request from the Government of Mozambique")
        asked = next((obj for c in verb.children if c.dep_ == "prep" and c.lower_ in (
            "at", "following", "after", "in") and (obj := _response_to(_pobj(c))) is not None
            and _lemma(obj) in ("request", "invitation", "appeal")), None)
        if asked is None:
            continue
        wanted = _slot([asked], "pobj:for", set())  # "an appeal for help from Bamako"
        owner = _slot([asked], "poss", set()) or _slot([asked], "pobj:of", set()) or _slot(
            [asked], "pobj:from", set()) or (
                _slot([wanted], "pobj:from", set()) if wanted is not None else None)
        cand.ptype, cand.mode, cand.cameo = "AID", None, "074"
        if owner is not None and owner.pos_ != "PRON":
            cand.targets = expand_conj(owner)
        cand.rules.append("invited-force")
        return


def _response_to(obj: Token | None) -> Token | None:
    """What "in response to" answers ("in response to an appeal"), else the object itself."""
    if obj is not None and obj.lower_ == "response":
        to = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        return _pobj(to) if to is not None else None
    return obj


_ENTERING = frozenset({"cross", "enter", "arrive", "fly", "land", "move", "roll", "march",
                       "pour", "deploy", "send"})


def _blamed_on(cand: Candidate, gov: Candidate | None,
               acts: Mapping[Token, Candidate]) -> list[Token]:
    """Who "blamed the attack on X" blames: X, when the parser hung "on X" on the act blamed
    (the blaming verb has no "on" of its own); an act coordinated with X ("on the Gulf Clan
    and the Cali bombing on ...") is no one blamed."""
    if gov is None or gov is cand or gov.ptype != "ACCUSE" or _lemma(gov.trigger) != "blame" or (
            cand.entry.pos != "noun" or cand.anchor.dep_ != "dobj"
            or cand.anchor.head.i != gov.trigger.i) or any(
            c.dep_ == "prep" and c.lower_ == "on" for c in gov.trigger.children):
        return []
    on = next((c for c in cand.anchor.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    blamed = _pobj(on) if on is not None else None
    return [t for t in expand_conj(blamed) if t not in acts] if blamed else []


_TRIBUNALS = frozenset({"tribunal", "court", "hague"})


def _flown_to_face(sent: Span, cands: list[Candidate]) -> list[Candidate]:
    """ "Ante Gotovina was flown to the UN war crimes tribunal in The Hague", "Charles Taylor
    was flown to Sierra Leone to face war crimes charges", "Noriega was flown home from
    Paris": a prisoner handed over by air is an extradition (COOPERATE 063) to where he is
    taken, or home (to his own state); who flew him is seldom named."""
    taken = {t for c in cands for t in c.tokens}
    out = []
    for tok in sent:
        if _lemma(tok) != "fly" or tok.pos_ != "VERB" or tok in taken or not any(
                c.dep_ == "auxpass" for c in tok.children) or any(
                c.dep_ == "agent" for c in tok.children):
            continue
        patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        to = next((_pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"),
                  None)
        facing = any(c.dep_ in ("xcomp", "advcl") and _lemma(c) in ("face", "stand")
                     for c in tok.children)
        home = any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod") for c in tok.children)
        if patient is None or not (home or (to is not None and (
                facing or _lemma(to) in _TRIBUNALS or any(
                    _lemma(t) in _TRIBUNALS for t in to.subtree)))):
            continue
        entry = _verb_entry(tok, "COOPERATE", None, "063")
        out.append(_construed(sent, tok, entry, "flown-to-face", None,
                              [patient] if home or to is None else [to]))
    return out


def _arrivals(sent: Span, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Arrivals in a named place: coming in order to help is aid (PLOVER AID) to the place's
    state ("Rescue teams from Azerbaijan and Greece have arrived in Hatay to help dig survivors
    out"); forces arriving are aid when asked for and a show of force otherwise; a leader or
    envoy arriving is a visit."""
    taken = {t for c in cands for t in c.tokens}
    out = []
    for tok in sent:
        if _lemma(tok) not in ("arrive", "land") or tok.pos_ != "VERB" or tok in taken:
            continue
        purpose = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl")
                        and _lemma(c) in _HELPING and any(
                            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        subj = inherited_subject(tok)
        whole = _slot([subj], "pobj:of", set()) if subj is not None and _lemma(subj) in (
            "first", "rest", "last", "part", "some", "most", "bulk") else None
        subj = whole if whole is not None else subj  # "the first of 1,300 Australian troops"
        place = _place_gone_to(tok) or _airport_of(tok)
        # ("US Marines": the tagger's plural proper noun keeps its "s" in the lemma)
        kind = _lemma(subj).removesuffix("s") if subj is not None and subj.tag_ == "NNPS" else (
            _lemma(subj) if subj is not None else "")
        carried = _carried(tok, subj, lex) if subj is not None else None
        if purpose is not None:
            entry, rule = _verb_entry(tok, "AID", None, "070"), "arrival-to-help"
        elif subj is None or place is None or _negated(tok):
            continue
        elif carried is not None:
            # "two French military planes landed in Beirut with rescuers and medical supplies",
            # "planes carrying weapons have landed at Mogadishu airport": what they bring
            entry, rule = _verb_entry(tok, "AID", None, carried), "arrival-with-aid"
            subj = _owner_of_carrier(subj)
        elif lex.fits("$troops", kind) or kind in _FORCES_ARRIVING:
            # "Russian paratroopers began arriving in Kazakhstan" (asked for: aid, CAMEO 074),
            # "Wagner fighters arrived there" (a show of force, MOBILIZE)
            asked = any(_lemma(t) in _ASKING for t in sent)
            entry = (_verb_entry(tok, "AID", None, "074") if asked
                     else _verb_entry(tok, "MOBILIZE", "troops", "154"))
            rule = "forces-arriving"
        elif lex.fits("$dignitaries", _lemma(subj), subj.ent_type_) or _visitor_plane(subj):
            # "Sarkozy arrived in Moscow", "Pelosi's plane has landed in Taipei": a visit
            entry, rule = _verb_entry(tok, "CONSULT", "visit", "042"), "arrival-visit"
        else:
            continue
        if subj is not None and rule == "arrival-visit" and _lemma(subj) == "plane":
            subj = next(c for c in subj.children if c.dep_ == "poss")  # the plane's owner
        out.append(_construed(sent, tok, entry, rule, subj, [place] if place is not None else []))
    return out


_RESCUERS = frozenset({"rescuer", "rescue", "medic", "doctor", "relief", "humanitarian",
                       "medical", "search"})
_CARRIERS = frozenset({"plane", "aircraft", "flight", "jet", "ship", "convoy", "truck", "team",
                       "helicopter", "vessel"})


def _airport_of(verb: Token) -> Token | None:
    """ "landed at Mogadishu airport": the state of the named airport's city."""
    for prep in verb.children:
        obj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ in ("at", "in") else None
        if obj is not None and _lemma(obj) in ("airport", "airbase", "port"):
            return next((c for c in obj.children if c.dep_ in ("compound", "poss")
                         and c.ent_type_ == "GPE"), None)
    return None


def _carried(verb: Token, subj: Token, lex: Lexicon) -> str | None:
    """The aid an arriving plane, convoy or team brings: "072" for weapons, "073" for relief
    and rescuers ("a Chinese rescue team", "planes carrying relief supplies", "landed with
    rescuers and medical supplies"), else None."""
    if _lemma(subj) not in _CARRIERS:
        return None
    things = [g for c in subj.children if c.dep_ == "acl" and _lemma(c) in ("carry", "bring")
              for g in c.children if g.dep_ == "dobj"]
    things += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
               for g in c.children if g.dep_ == "pobj"]
    things = [t for g in things for t in expand_conj(g)]
    if any(lex.fits("$weapons", _lemma(t)) or _lemma(t) in ("ammunition", "arm", "weapon")
           for t in things):
        return "072"
    if any(lex.fits("$relief", _lemma(t)) or _lemma(t) in _RESCUERS for t in things) or any(
            c.dep_ in ("compound", "amod") and _lemma(c) in _RESCUERS for c in subj.children):
        return "073"
    return None


def _owner_of_carrier(subj: Token) -> Token:
    """Whose plane or team it is: "two French military planes" -> French."""
    return next((c for c in subj.children if c.dep_ in ("amod", "compound", "poss") and (
        c.ent_type_ in ("NORP", "GPE", "ORG"))), subj)


_CARRYING = frozenset({"fly", "bus", "put", "ship", "drive", "truck", "bundle"})


def _removals(sent: Span, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """ "Soldiers seized Zelaya and flew him to Costa Rica", "put them on a plane to
    Washington", "bused them to the border": people carried off by a state or its forces are
    expelled (COERCE deport 174)."""
    taken = {t for c in cands for t in c.tokens}
    out = []
    for tok in sent:
        if _lemma(tok) not in _CARRYING or tok.pos_ != "VERB" or tok in taken:
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or not (obj.lower_ in ("him", "her", "them") or obj.ent_type_ == "PERSON"):
            continue
        where = [p for p in tok.children if p.dep_ == "prep" and p.lower_ in ("to", "on", "into")]
        if _lemma(tok) == "put":  # "put them on a plane"
            where = [p for p in where if p.lower_ == "on" and (o := _pobj(p)) is not None
                     and _lemma(o) in ("plane", "flight", "aircraft", "bus", "boat", "ship")]
        subj = inherited_subject(tok)
        if not where or subj is None or not (lex.fits("$troops", _lemma(subj))
                                             or _lemma(subj) in _FORCES_ARRIVING
                                             or subj.ent_type_ == "GPE"):
            continue
        out.append(_construed(sent, tok, _verb_entry(tok, "COERCE", "deport", "174"),
                              "carried-off", subj, expand_conj(obj)))
    return out


_FORCES_ARRIVING = frozenset({"police", "marine", "paratrooper", "contingent", "peacekeeper",
                              "officer", "gendarme", "fighter", "mercenary"})
_ASKING = frozenset({"request", "invitation", "invite", "ask", "appeal", "authorise",
                     "authorize", "mandate", "authorised", "authorized"})


def _visitor_plane(tok: Token) -> bool:
    """ "Nancy Pelosi's plane": the aircraft of a named person."""
    return _lemma(tok) == "plane" and any(
        c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in tok.children)


def _negated(verb: Token) -> bool:
    """Does the verb carry its own "not" ("has not claimed", "did not arrive")?"""
    return any(c.dep_ == "neg" for c in verb.children)


_NAMING = frozenset({"call", "brand", "label", "dub"})
_PRAISE = frozenset({"hero", "friend", "ally", "partner", "success", "victory", "historic",
                     "breakthrough", "positive", "constructive", "good", "great", "important",
                     "model", "champion", "brother", "milestone", "excellent", "productive",
                     "fruitful", "useful", "welcome", "step", "chance", "opportunity",
                     "president", "leader", "prime", "routine", "normal", "legitimate",
                     "necessary", "justified", "proportionate", "appropriate", "peaceful",
                     "legal"})


_FALSEHOOD = frozenset({"lie", "joke", "nonsense", "fake", "false", "baseless", "absurd",
                        "ridiculous", "untrue", "groundless", "fiction", "unfounded"})
"""Verdicts that deny what was said rather than judge what was done ("a lie" is no $slurs
either; "propaganda" or "a hoax" stay slurs: the gold codes them as criticism)."""


def _small_clause(verb: Token) -> tuple[Token, Token] | None:
    """ "calls it treason", parsed as a clause "it treason(VERB)": the thing named and the
    name, when the named comes straight after the verb and the clause has no verb words."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.tag_ not in ("VBP", "VBZ") or any(
                c.dep_ in ("aux", "auxpass", "mark", "neg", "dobj", "prep")
                for c in clause.children):
            continue
        named = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if named is not None and named.i == verb.i + 1 and clause.i == named.i + 1:
            return named, clause
    return None


def _declared_unwelcome(sent: Span, cands: list[Candidate]) -> list[Candidate]:
    """ "declared the US ambassador persona non grata": an expulsion (SANCTION expel 166; guide
    section 8), by whoever declares it, of whoever is declared. The parser reads the Latin as a
    clause ("the ambassador persona[verb] non grata"), so the phrase is found by its words."""
    doc = sent.doc
    taken = {t.i for c in cands for t in c.tokens}
    out = []
    for tok in sent:
        if tok.lower_ != "grata" or tok.i < sent.start + 2 or (
                doc[tok.i - 1].lower_, doc[tok.i - 2].lower_) != ("non", "persona"):
            continue
        persona = doc[tok.i - 2]
        declarer = next((a for a in persona.ancestors if _lemma(a) in _DECLARING), None)
        if declarer is None or declarer.i in taken:
            continue
        subj, passive = _subject(declarer)
        if passive:
            by = next((c for c in declarer.children if c.dep_ == "agent"), None)
            doer, declared = (_pobj(by) if by is not None else None), subj
        else:
            doer = subj or inherited_subject(declarer)
            declared = next((c for c in (*declarer.children, *persona.children) if c.dep_ in (
                "dobj", "nsubj") and c.i < persona.i and c.pos_ in ("NOUN", "PROPN", "PRON")
                and (doer is None or c.i != doer.i)), None)
        out.append(_construed(sent, declarer, _verb_entry(declarer, "SANCTION", "expel", "166"),
                              "persona-non-grata", doer,
                              expand_conj(declared) if declared is not None else [],
                              (declarer, persona, doc[tok.i - 1], tok)))
    return out


_DECLARING = frozenset({"declare", "name", "deem", "make"})


def _name_calling(sent: Span, cands: list[Candidate]) -> list[Candidate]:
    """ "called the mutiny a stab in the back", "branding them traitors", "calling the move
    disproportionate": naming something with a verdict on it is criticism (ACCUSE 111, guide
    section 3); praise ("called him a great friend") and plain names are not."""
    from .lexicon import load_lexicon

    lex = load_lexicon()
    taken = {t for c in cands for t in c.tokens}
    out = []
    for tok in sent:
        if _lemma(tok) not in _NAMING or tok.pos_ != "VERB" or tok in taken or any(
                c.dep_ == "prt" for c in tok.children):
            continue  # ("called up 25,000 soldiers", "called off": a phrasal verb names nothing)
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        small = _small_clause(tok)
        if obj is None and small is not None:
            obj = small[0]
        merged = _merged_verdict(tok, obj, lex)
        if merged is not None:
            obj = merged[0]
        named = obj is None or obj.tag_ in ("WP", "WDT") or tok.dep_ == "relcl"
        if merged is not None:
            verdict = [merged[1]]
        elif obj is not None and not named:
            # the verdict: an object complement, or an adjective the parser hung after the
            # object (or a second object the parser gave a relative clause on the object:
            # "called the blast that crippled the bridge a terrorist act")
            verdict = [c for c in tok.children if c.dep_ in ("oprd", "ccomp", "xcomp")
                       and c.i > obj.i] + [c for c in obj.children if c.dep_ == "amod"
                                           and c.i > obj.i] + _swallowed_verdict(obj)
        else:
            # "bombed what New Delhi called a training camp": a name, no verdict; but "what
            # he called treasonous events", "a reversal the UN envoy called deeply damaging"
            # are verdicts, when the name given censures
            censure = _censure(tok, lex)
            if censure is None:
                continue
            obj, verdict = censure
        if not verdict and _lemma(tok) == "call":
            continue
        words = {_lemma(w) for v in verdict for w in v.subtree}
        if words & _FALSEHOOD:
            continue  # "called the allegations baseless", "calls this a lie": a denial
        if not named and (words & _PRAISE or any(v.ent_type_ for v in verdict) or any(
                w.tag_ == "JJS" for v in verdict for w in v.subtree)):  # "the largest ever"
            continue  # (a censure named is no praise: "the separatist acts of the president")
        subj = inherited_subject(tok)
        if subj is None:
            continue  # whose verdict it is must be said
        # "a terrorist act carried out by Ukraine's special services", "the separatist acts of
        # the island's new president": the verdict names its doer
        doer = next((d for v in verdict for d in _doer_named(v)), None)
        targets: list[Token] = []
        if doer is not None:
            targets = expand_conj(doer)
        elif obj is not None and obj.lower_ not in _ACT_PRONOUNS:
            # ("calls it regrettable": the pronoun stands for an act told before, whose doer
            # the sentence does not name; guide section 8: target null)
            targets = expand_conj(obj)
        out.append(_construed(sent, tok, _verb_entry(tok, "ACCUSE", "disapprove", "111"),
                              "name-calling", subj, targets))
    return out


_ACT_PRONOUNS = frozenset({"it", "this", "that"})

_VERDICT_PREPS = frozenset({"to", "for", "over", "against", "in"})
"""Prepositions a censuring free relative follows ("in response to what he called treason",
"in what he called a witch hunt")."""


def _censure(verb: Token, lex: Lexicon) -> tuple[Token | None, list[Token]] | None:
    """The thing named and the name, for "what he called treasonous events" (a free relative)
    and "a reversal the envoy called deeply damaging" (a relative clause), when the name
    censures (a slur or a censuring word)."""
    kids = list(verb.children)
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and not any(
            c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT") for c in kids):
        thing: Token | None = verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ in _VERDICT_PREPS and any(
            c.dep_ == "dobj" and c.lower_ == "what" for c in kids):
        # ("in response to what he called ...", but "struck what it called terrorist camps"
        # and "strikes on what it called camps" name what was struck)
        thing = None
    else:
        return None
    verdict = [c for c in kids if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp")
               or (c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT"))]
    verdict = [v for v in verdict if v.i > verb.i]
    if not any(lex.fits("$slurs", _lemma(w)) or lex.fits("$censures", _lemma(w))
               for v in verdict for w in v.subtree):
        return None
    return thing, verdict


_ARMOUR = frozenset({"vehicle", "tank", "mortar", "artillery", "rifle", "gun", "machete",
                     "knife", "stone", "rock", "stick", "club", "baton", "grenade"})
"""Means of fighting the $weapons class may miss ("clashed with armoured vehicles")."""


def _merged_verdict(verb: Token, obj: Token | None, lex: Lexicon) -> tuple[Token, Token] | None:
    """The thing named and the name when the parser merged them: "calling it political
    persecution" (two objects), "calling Arnie Teves the mastermind" (the name hung on the
    named), "called the move retaliation", "calling the expulsion incomprehensible" (the named
    read as a compound of the name, also as the object complement's: "called the decision
    provocative")."""
    if obj is not None and any(c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > obj.i
                               for c in verb.children):
        return None  # ("called the election result a fraud": the parse is whole)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) == 2 and objects[0].pos_ in ("PRON", "PROPN", "NOUN") and (
            objects[0].tag_ not in ("WP", "WDT")):
        return objects[0], objects[1]
    if obj is not None and obj.tag_ not in ("WP", "WDT") and (obj.pos_ in (
            "PROPN", "NOUN", "PRON") or any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children)):
        inner = next((c for c in obj.children if c.dep_ in ("dobj", "oprd") and c.i > obj.i
                      and any(d.dep_ == "det" for d in c.children)), None)
        if inner is not None:
            return obj, inner
    holders = [obj] if obj is not None else [c for c in verb.children if c.dep_ == "oprd"]
    for holder in holders:
        first = next((c for c in holder.children if c.dep_ == "compound" and c.i < holder.i
                      and c.pos_ == "NOUN"), None)
        if first is not None and first.i == holder.i - 1 and any(
                d.dep_ == "det" and d.lower_ in ("the", "this", "that")
                for d in (*holder.children, *first.children)) and (
                holder.pos_ == "ADJ" or _lemma(first) in _RESOLVE_NOUNS
                or _lemma(first) in lex.nouns):
            return first, holder
    return None


def _swallowed_verdict(obj: Token) -> list[Token]:
    """ "called the blast that crippled the Kerch bridge a terrorist act": the parser hangs the
    verdict on the relative clause as its second object."""
    for clause in obj.children:
        if clause.dep_ != "relcl":
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        if len(objects) == 2 and objects[1].pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in objects[1].children):
            return [objects[1]]
    return []


def _doer_named(verdict: Token) -> list[Token]:
    """Who a verdict names as the doer: the agent of its participle ("an act carried out by
    X"), whose acts they are ("the separatist acts of X") or whose words ("statements by X")."""
    for part in verdict.children:
        if part.dep_ == "acl" and part.tag_ == "VBN":
            by = next((c for c in part.children if c.dep_ == "agent"), None)
            if by is not None:
                return [c for c in by.children if c.dep_ == "pobj"]
        if part.dep_ == "prep" and (part.lower_ == "by" or (
                part.lower_ == "of" and _lemma(verdict) in ("act", "action"))):
            # ("the separatist acts of X", "provocative statements by X"; "an act of
            # hostility" names no one)
            return [c for c in part.children if c.dep_ == "pobj" and (c.pos_ == "PROPN" or (
                c.pos_ == "NOUN" and any(d.dep_ in ("det", "poss") for d in c.children)))]
    return []


def _control_acts(sent: Span, cands: list[Candidate]) -> list[Candidate]:
    """ "asked Cuba to hand over ...", "vowed to respond", "refused to recognise the results":
    a request, threat, refusal or promise is an event even when what it is about is not."""
    from .lexicon import load_lexicon

    lex = load_lexicon()
    taken = {t for c in cands for t in c.tokens}
    heads = {c.trigger.head for c in cands} | {c.trigger.head.head for c in cands}
    out = []
    for tok in sent:
        effect = _control(tok, lex)
        clause = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), None)
        if effect == "report" and clause is not None and clause.dep_ == "xcomp" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and not any(
                c.dep_ == "auxpass" for c in tok.children):
            effect = "request"  # "told X to leave" (but "jets were reported flying close")
        if effect not in _CONTROL_ACTS or tok.pos_ != "VERB" or tok in taken or (
                tok in heads and (effect != "coerce" or clause is None or clause in taken)):
            continue  # (a forcing is its own act whatever else hangs on the verb)
        if any(c.dep_ == "prt" for c in tok.children):
            continue
        if clause is None or clause.pos_ not in ("VERB", "AUX"):
            continue
        if _lemma(tok) in _NAMING and _small_clause(tok) is not None:
            continue  # "calls it treason": a name given (_name_calling), no request
        if effect == "request" and any(t.lower_ in ("whether", "if") or t.tag_ in ("WRB", "WP")
                                       for t in clause.subtree if t.i < clause.i):
            continue  # "Asked whether troops would push on": a question, not a request
        if effect == "reject" and _lemma(clause) in _NO_COMMENT:
            continue  # "declined to comment on the report": no answer is no refusal of anything
        if effect == "threaten" and _lemma(tok) in ("pledge", "promise"):
            # "pledged that the country's gun laws would change": a promise of no act of force
            # is an intent to act (AGREE), not a threat; "vowed to respond" stays a threat
            effect = "agree"
        ptype, mode, cameo = _CONTROL_ACTS[effect]
        entry = _verb_entry(tok, ptype, mode, cameo)
        speaker = _speaker(tok)
        targets: list[Token] = []
        if effect in ("request", "coerce"):
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
            obj = obj if obj is not None else inherited_subject(clause)
            # (spaCy makes a new Token on every access: compare positions, not identity)
            mine = obj is None or (speaker is not None and obj.i == speaker.i)
            targets = expand_conj(obj) if obj is not None and not mine else []
        elif ptype == "THREATEN":  # "vowed to respond if Seoul went ahead"
            cond = _condition_subject(clause) or _condition_subject(tok)
            # "vowed to drive Eritrean troops out", "vowed to keep fighting Israel": whom the
            # vowed act is done to (through a verb of going on)
            act = clause
            for _ in range(3):
                inner = next((c for c in act.children if c.dep_ in ("xcomp", "ccomp")), None)
                if inner is None or not (_continuing(act) or _lemma(act) in ("keep", "continue")):
                    break
                act = inner
            obj = next((c for c in act.children if c.dep_ == "dobj" and (_named_actor(c) or any(
                g.dep_ in ("amod", "compound") and g.ent_type_ in ("GPE", "NORP")
                for g in c.children))), None)
            found = cond if cond is not None else obj
            targets = expand_conj(found) if found is not None else []
        out.append(_construed(sent, tok, entry, f"control-act:{effect}", speaker, targets))
    return out


_PREDICT = frozenset({"expect", "anticipate", "predict", "forecast"})


def _ended_spell(noun: Token) -> bool:
    """ "signed a peace accord ..., ending almost three decades of fighting": a spell of
    conflict the act ends is its background, not one more event (the accord or truce is)."""
    of = noun.head
    spell = of.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and _lemma(spell) in SPANS_OF_TIME and (
        spell.dep_ == "dobj") and _lemma(spell.head) in ("end", "halt", "stop")


def _foretold(cand: Candidate) -> bool:
    """ "Analysts expect the junta to lean on Chinese mediation": an act told anywhere inside
    someone else's forecast is no event (the forecast's own object is handled as "intend")."""
    tok = cand.trigger
    agents = {a.i for a in cand.agents}
    while tok.head.i != tok.i:
        if tok.dep_ in ("xcomp", "ccomp") and _lemma(tok.head) in _PREDICT:
            expecter, _ = _subject(tok.head)
            return expecter is not None and expecter.pos_ != "PRON" and expecter.i not in agents
        tok = tok.head
    return False


def _term_headline(sent: Span) -> list[Candidate]:
    """ "Two years in prison for Mzia Amaglobeli: a Batumi court has convicted ...": a prison
    term headlining the sentence is the imprisonment (COERCE 173, guide section 8), with no
    doer of its own beside the court's conviction."""
    first = sent[0]
    term = first.head
    if not (first.like_num and first.dep_ == "nummod" and term.i == first.i + 1
            and _lemma(term) in ("year", "month")):
        return []
    held = _slot([term], "pobj:for", set())
    if held is None or held.pos_ != "PROPN" or held.ent_type_ in (
            "GPE", "LOC", "FAC", *_NOT_ACTORS):
        return []
    entry = _verb_entry(term, "COERCE", "arrest", "173")
    return [_construed(sent, term, entry, "term-headline", None, expand_conj(held))]


_BENCHES = frozenset({"court", "tribunal", "judge", "panel", "chamber"})


def _rulings(sent: Span, cands: list[Candidate]) -> list[Candidate]:
    """ "The tribunal ruled that China's claims have no legal basis", "the Constitutional Court
    ruled the Shor party unconstitutional": a court ruling against a party is SANCTION convict
    116 (guide section 8), aimed at the one the ruling is about."""
    taken = {t for c in cands for t in c.tokens}
    out = []
    for tok in sent:
        if _lemma(tok) != "rule" or tok.pos_ != "VERB" or tok in taken or _ruled_out(tok):
            continue
        bench = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if bench is None or _lemma(bench) not in _BENCHES:
            continue
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        about = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")),
                     None) if clause is not None else next(
            (c for c in tok.children if c.dep_ == "dobj"), None)
        if about is None:
            continue
        if about.lower_ in ("unconstitutional", "illegal", "unlawful"):
            # "ruled the Shor party unconstitutional": the model makes the adjective the object
            about = next((c for c in about.children if c.dep_ == "compound"), about)
        owner = next((c for c in about.children if c.dep_ == "poss" and c.pos_ == "PROPN"),
                     None)
        party = owner if owner is not None else about
        named = party.pos_ == "PROPN" or party.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or (
            party.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                         for c in party.children))
        if not named or _timeish(party):
            continue  # ("ruled that the election was valid": about no party)
        entry = _verb_entry(tok, "SANCTION", "convict", "116")
        out.append(_construed(sent, tok, entry, "ruling", bench, expand_conj(party)))
    return out


_PLOT_VERBS = frozenset({"plot", "conspire"})
_SUSPICIONS = _CHARGES | {"suspicion"}
"""Nouns "on charges of plotting": what someone is held or tried on."""


_GATHERING = frozenset({"gather", "assemble", "converge", "congregate"})
_CROWDS = frozenset({"protester", "demonstrator", "crowd", "supporter", "relative", "mourner",
                     "marcher", "activist", "thousand", "hundred", "dozen", "people", "student",
                     "worker", "woman", "youth"})
"""Who gathers to protest: "protesters had gathered", "relatives gathered outside the jail"."""


def _gatherings(sent: Span, cands: list[Candidate]) -> list[Candidate]:
    """ "thousands of protesters who had gathered in the main square", "relatives have
    gathered outside the security service's building": a crowd gathering in public is a
    demonstration (PROTEST 141); leaders or troops gathering are not."""
    taken = {t for c in cands for t in c.tokens}
    out = []
    for tok in sent:
        if _lemma(tok) not in _GATHERING or tok.pos_ != "VERB" or tok in taken or any(
                c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in tok.children):
            continue  # ("gathered evidence", "were gathered"): no crowd of its own
        crowd = _subject(tok)[0] or inherited_subject(tok)
        if crowd is not None and crowd.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
            crowd = tok.head  # "protesters who had gathered"
        whole = _slot([crowd], "pobj:of", set()) if crowd is not None else None
        if crowd is None or _lemma(whole if whole is not None else crowd) not in _CROWDS:
            continue  # ("thousands of migrants gathered at the frontier": no protest)
        outside = _slot([tok], "pobj:outside", set())
        out.append(_construed(sent, tok, _verb_entry(tok, "PROTEST", "demo", "141"),
                              "gathering", crowd, [outside] if outside is not None else []))
    return out


def _allegations(sent: Span, cands: list[Candidate]) -> list[Candidate]:
    """ "Saudi Arabia cut ties with Qatar, alleging that Doha backed militant groups": an
    allegation accuses the doer of the act alleged (ACCUSE 112, as "accused Doha of backing",
    guide section 5); the act itself is coded as the allegation's claimed content."""
    taken = {t for c in cands for t in c.tokens}
    out = []
    for tok in sent:
        if _lemma(tok) != "allege" or tok.pos_ != "VERB" or tok in taken or tok.dep_ in (
                "amod", "acl"):
            continue  # ("the alleged plot", "men alleged to be ..."): no accusation made here
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        accused = _subject(clause)[0] if clause is not None else None
        accuser = _speaker(tok)
        if accused is None or accuser is None or accused.tag_ in ("WP", "EX"):
            continue
        out.append(_construed(sent, tok, _verb_entry(tok, "ACCUSE", "allege", "112"),
                              "allegation", accuser, expand_conj(accused)))
    return out


_REFUSING = frozenset({"refuse", "decline"})
_PARTY_PREPS = frozenset({"from", "before", "with", "to", "for"})


def _party(tok: Token | None) -> bool:
    """A name, a pronoun, or a body its country or organisation names ("a US delegation")."""
    return tok is not None and (tok.pos_ == "PRON" or _named_actor(tok) or (
        tok.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.ent_type_ in (
            "GPE", "NORP", "ORG") for c in tok.children)))


def _refused_party(cand: Candidate) -> None:
    """ "refused to let him board", "refused to renew its broadcast licence", "refused to open
    its ports to Cypriot ships": a refusal with no target of its own is aimed at the party the
    refused act names (its object, the object's owner, or whom it is before, to, for, with or
    from). A refused act coded as an act of its own ("refused to receive a delegation") keeps
    its own arguments."""
    if cand.ptype != "REJECT" or cand.targets:
        return
    if _lemma(cand.trigger) not in _REFUSING:
        return
    act = next((c for c in cand.trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"),
               None)
    if act is None:
        return
    obj = next((c for c in act.children if c.dep_ == "dobj" or (
        c.dep_ == "ccomp" and _lemma(act) == "let")), None)
    if obj is not None and obj.dep_ == "ccomp":  # ("let him board": the small clause's subject)
        obj = next((c for c in obj.children if c.dep_ == "nsubj"), None)
    # ("Fujimori's resignation", "renew its licence"; "open its ports" may be the refuser's
    # own: the pipeline then leaves the refusal without a target)
    owner = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
    held = [obj] if obj is not None else []
    preps = [p for h in (act, *held) for p in h.children
             if p.dep_ == "prep" and p.lower_ in _PARTY_PREPS]
    named_owner = owner if owner is not None and owner.pos_ != "PRON" else None
    party = next((t for t in (obj, named_owner, *(_pobj(p) for p in preps), owner)
                  if t is not None and _party(t) and t.tag_ not in ("WDT", "WP")), None)
    if party is not None:
        cand.targets = expand_conj(party)
        cand.rules.append("target-of-refused-act")


def _plots(sent: Span, cands: list[Candidate]) -> list[Candidate]:
    """ "convicted Bolsonaro of plotting a coup", "accused Santos of plotting to kill him": a
    plot is itself a threat (guide section 8: THREATEN 130) by the plotter, aimed at whoever
    the plotted act falls on; the court's or the accuser's verb gives its status."""
    taken = {t for c in cands for t in c.tokens}
    out = []
    for tok in sent:
        if _lemma(tok) not in _PLOT_VERBS or tok.pos_ != "VERB" or tok in taken:
            continue
        plotter: Token | None = None
        owner = tok.head.head
        if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and owner.pos_ == "VERB":
            # "convicted X of plotting": the one convicted or accused; "five men suspected of
            # plotting": the ones suspected
            plotter = next((c for c in owner.children if c.dep_ in ("dobj", "nsubjpass")),
                           owner.head if owner.dep_ == "acl" else None)
        elif tok.dep_ == "pcomp" and tok.head.lower_ == "of" and owner.pos_ == "NOUN":
            if owner.dep_ == "dobj" and _lemma(owner.head) in _ALLEGING:
                # "accused the church's leadership of plotting": "of" hung on the accused
                plotter = owner
            elif _lemma(owner) in _SUSPICIONS and owner.head.dep_ == "prep":
                # "detained X on charges of plotting": the one detained
                plotter = next((c for c in owner.head.head.children
                                if c.dep_ in ("dobj", "nsubjpass")), None)
        if plotter is None:
            plotter = inherited_subject(tok)
        if plotter is None:
            continue
        plotted = next((c for c in cands if c.trigger.dep_ == "xcomp" and c.trigger.head == tok
                        and c.ptype in ("ASSAULT", "COERCE")), None)
        if plotted is not None:
            # "accused Santos of plotting to kill him": the planned killing is the plot itself
            # (one threat), told once, by the plot
            cands.remove(plotted)
        act = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        aimed = next((c for c in act.children if c.dep_ == "dobj"), None) if act else None
        if aimed is None:
            aimed = _slot([tok], "pobj:against", set())
        named = aimed is not None and (aimed.pos_ in ("PROPN", "PRON") or bool(aimed.ent_type_))
        targets = expand_conj(aimed) if aimed is not None and named else []
        plot = _construed(sent, tok, _verb_entry(tok, "THREATEN", None, "130"), "plot",
                          plotter, targets)
        if tok.head.lower_ == "of" and _lemma(owner) in ("suspect", "suspicion"):
            # "detained on suspicion of plotting": a suspected plot is a possible threat
            # (guide section 8: threatened)
            plot.flags.add("threatened")
        out.append(plot)
    return out


_NO_COMMENT = frozenset({"comment", "elaborate", "confirm", "speculate", "say", "respond",
                         "specify", "disclose", "detail"})
_INVOLVEMENT = frozenset({"involvement", "responsibility", "role", "part", "participation",
                          "complicity", "link", "links"})


def _denied_involvement(sent: Span, lex: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """ "Russia denied involvement (in the attack)": the denier is the alleged author of an act
    named by "in ..." or, failing that, of the latest act the article told (resolved later)."""
    out = []
    for tok in sent:
        if _control(tok, lex) != "deny" or tok.pos_ != "VERB":
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or _lemma(obj) not in _INVOLVEMENT:
            continue
        inside = _slot([obj], "pobj:in", set())
        named = _match_noun(inside, lex) if inside is not None else None
        act = next((c for c in cands if inside in c.tokens), None) if named else None
        if act is not None:
            # the named act is already an event, whose chain reaches the denial; with no doer
            # of its own, the denier is the one said (and denying) to have done it
            denier = _speaker(tok)
            if not act.agents and denier is not None:
                act.agents = expand_conj(denier)
                act.rules.append("agent-from-denial")
                _deny(act, denier, tok)
                act.anchor = tok  # what governs the denial ("X said Moscow denied ...")
            continue
        entry = named[0] if named is not None else Entry(
            pattern=(_lemma(obj),), pos="noun", plover_type=_REFER, mode=None, cameo="",
            agent=(), target=(), source="control.tsv:deny-involvement")
        denier = _speaker(tok)
        cand = _from_entry(sent, obj, (obj,), entry, "denied-involvement")
        cand.agents = expand_conj(denier) if denier is not None else []
        cand.anchor = tok
        _deny(cand, denier, tok)
        out.append(cand)
    return out


def _claimed_responsibility(cands: list[Candidate], lex: Lexicon) -> None:
    """ "The Houthis claimed responsibility for the attack", "Islamic State claimed the
    bombing": the claimant is the act's alleged author (status claimed). A bare "claimed
    responsibility" claims the sentence's acts of force told before it with no author
    ("Two car bombs ripped through the ministry, and al-Shabaab claimed responsibility")."""
    sent = cands[0].trigger.sent if cands else None
    for claim in [t for t in (sent or []) if t.dep_ == "dobj"
                  and _lemma(t) == "responsibility" and t.head.pos_ == "VERB"
                  and _control(t.head, lex) == "claim"
                  and not any(p.dep_ == "prep" and p.lower_ in ("for", "of")
                              for p in t.children)]:  # ("in a statement" is how, not what)
        verb = claim.head
        claimant = _speaker(verb)
        told = [c for c in cands if c.trigger.i < verb.i and QUAD_OF_TYPE.get(c.ptype) == 4
                and not c.suppressed]
        # no doer; failing that, only a weapon as doer ("a truck bomb ... killing 20")
        acts = [c for c in told if not c.agents] or [c for c in told if c.agents and all(
            lex.fits("$weapons", _lemma(a)) or lex.fits("$projectiles", _lemma(a))
            for a in c.agents)]
        # or only unnamed attackers ("Gunmen opened fire on beachgoers ..., and AQIM claimed
        # responsibility"): the gunmen's act stays as told and the claim is a second, claimed
        # telling of it (guide, section 5)
        gunmen = [] if acts else [c for c in told if c.agents and all(
            _lemma(a) in _UNNAMED_ATTACKERS and not any(
                m.dep_ in ("amod", "compound", "poss") and (m.ent_type_ or m.pos_ == "PROPN")
                for m in a.children) for a in c.agents)]
        if claimant is None or _negated(verb):
            continue
        for act in gunmen:
            twin = _twin(act, rules=[*act.rules, "claimed-twin"])
            cands.append(twin)
            acts.append(twin)
        for act in acts:
            act.agents = expand_conj(claimant)
            act.flags.add("claimed")
            act.speech.append(Speech(claimant, verb, None, "claim"))
            act.rules.append("claimed-responsibility")
    for cand in cands:
        noun = cand.trigger
        if cand.entry.pos != "noun" or cand.agents:
            continue
        if noun.dep_ == "dobj":  # "claimed the bombing"
            verb = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ in ("for", "in") and (
            _lemma(noun.head.head) in _INVOLVEMENT and noun.head.head.dep_ == "dobj"
        ):  # "claimed responsibility for the attack"
            verb = noun.head.head.head
        else:
            continue
        if verb.pos_ != "VERB" or (_control(verb, lex) != "claim" and (
            _lemma(verb) not in ("take", "admit") or noun.dep_ == "dobj"
        )):
            continue
        if _negated(verb):
            continue  # "which has not claimed the attack": no claim, no claimed author
        claimant = _speaker(verb)
        if claimant is None:
            continue
        cand.agents = expand_conj(claimant)
        cand.anchor = verb
        cand.flags.add("claimed")
        cand.speech.append(Speech(claimant, verb, None, "claim"))
        cand.rules.append("claimed-responsibility")


_UNNAMED_ATTACKERS = frozenset({"bomber", "gunman", "attacker", "assailant", "hitman"})
"""Doers a claim of responsibility names: "suicide bombers", "gunmen", "the attackers"."""
_MEASURES = frozenset({"wave", "series", "round", "spate", "string"})


_RETALIATING = frozenset({"retaliate", "respond", "react", "reply", "avenge", "punish"})
"""Verbs that say an act answers another; "by" doing something names the act itself."""


_DEEDS_NOT_RESULTS = frozenset({"181", "1712"})
"""Hostage-taking and arson: acts of their own beside an attack, never its toll."""


def _merge_instruments(cands: list[Candidate], by_trigger: dict[Token, Candidate]) -> None:
    """ "was killed in a US drone strike": the nominal strike gives the passive its agent."""
    for cand in cands:
        if cand.suppressed:
            continue
        for child in cand.trigger.children:
            if child.dep_ not in ("prep", "agent") or child.lower_ not in ("in", "by", "during"):
                continue
            obj = _pobj(child)
            other = by_trigger.get(obj) if obj is not None else None
            if other is None or other is cand or other.suppressed:
                continue
            if child.lower_ == "by" and other.entry.pos == "verb" and (
                    _lemma(cand.trigger) in _RETALIATING):
                # "Russia retaliated by expelling 60 US diplomats": the means names the act
                cand.suppressed = True
                break
            if QUAD_OF_TYPE.get(other.ptype) == QUAD_OF_TYPE.get(cand.ptype) and (
                    QUAD_OF_TYPE.get(cand.ptype) in (3, 4)):
                # "captured ... in a raid", "killed in a US drone strike": one act (but "signed
                # a pact during a visit by Blinken" tells two)
                if not cand.agents and "between" in other.rules:
                    # "17 people were killed in clashes between protesters and police": the
                    # clash, with its two sides, is the act told; which side killed is not said
                    cand.suppressed = True
                    other.speech = other.speech or list(cand.speech)  # (and who tells it)
                    break
                if not cand.agents and other.agents:
                    cand.agents = list(other.agents)
                    cand.rules.append(f"agent-from-instrument:{other.trigger.lemma_.lower()}")
                other.suppressed = True
                break
        doer = cand.agents[0] if len(cand.agents) == 1 else None
        if doer is not None and _lemma(doer) in SPANS_OF_TIME | _MEASURES:
            # "days of RSF shelling had killed hundreds": the shelling did it
            doer = next((o for p in doer.children if p.dep_ == "prep" and p.lower_ == "of"
                         and (o := _pobj(p)) is not None), doer)
        subject = by_trigger.get(doer) if doer is not None else None
        if cand.entry.pos == "verb" and subject is not None and subject is not cand and (
            not subject.suppressed and subject.entry.pos == "noun"
            and QUAD_OF_TYPE.get(subject.ptype) == QUAD_OF_TYPE.get(cand.ptype)
        ):
            # "an Israeli strike hit the hospital": the nominal is the act, the verb its result
            if not subject.targets and cand.targets:
                subject.targets = list(cand.targets)
                subject.rules.append(f"target-from-result:{_lemma(cand.trigger)}")
            cand.suppressed = True
