"""Who says so, across sentences, and how loaded the language is.

The clause-level chain of speech verbs ("X said that Y told Z that ...") is built in the coding
stage, where the dependency tree is walked. This module adds what needs the whole document:

- quotations that run over several sentences or paragraphs (``"We will stay. We have every
  right to," the minister said.``): every sentence inside the quotation is attributed to the
  speaker of the sentence that closes it;
- loaded or opinionated language (``data/lexicon/loaded.tsv`` cues and scare quotes), flagged per
  sentence and summed up as an article opinion score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from .coding.lexicon import load_lexicon
from .datafiles import package_file, read_tsv
from .errors import DataFileError

_OPEN = "“\""
_CLOSE = "”\""
_SCARE = re.compile(r"(?<![\w“\"])[“\"‘']([A-Za-z][\w-]*(?: [\w-]+){0,2})[”\"’'](?![\w”\"])")


@dataclass(frozen=True)
class QuoteSpeaker:
    """The speaker (and cue) of a quotation that covers a sentence."""

    speaker: Token | None
    cue: Token


@cache
def loaded_cues() -> dict[str, str]:
    """cue -> kind, from the packaged ``loaded.tsv``."""
    path = package_file("lexicon", "loaded.tsv")
    cues: dict[str, str] = {}
    for lineno, row in read_tsv(path):
        cue, kind = row.get("cue", ""), row.get("kind", "")
        if not cue or not kind:
            raise DataFileError(str(path), lineno, "expected cue<TAB>kind")
        cues[cue.lower()] = kind
    return cues


def loaded_in(sent: Span) -> tuple[str, ...]:
    """Loaded cues and scare-quoted words of one sentence, in text order."""
    cues = loaded_cues()
    text = " " + sent.text.lower() + " "
    found: list[tuple[int, str]] = []
    for cue in cues:
        if not cue.isalpha():  # phrases and hyphenated words: "of course", "so-called"
            m = re.search(r"(?<![\w-])" + re.escape(cue) + r"(?![\w-])", text)
            if m:
                found.append((m.start() - 1, cue))
    for tok in sent:
        low = tok.lower_
        if low in cues and low.isalpha():
            found.append((tok.idx - sent.start_char, low))
    speech = _has_speech(sent)
    for m in _SCARE.finditer(sent.text):
        # a short quoted phrase in a sentence with no speech verb reads as scare quotes
        if not speech:
            found.append((m.start(), f'"{m.group(1)}"'))
    seen: dict[str, int] = {}
    for pos, cue in sorted(found):
        seen.setdefault(cue, pos)
    return tuple(seen)


def _has_speech(sent: Span) -> bool:
    control = load_lexicon().control
    return any(control.get(t.lemma_.lower()) in ("report", "claim") for t in sent)


def opinion_score(doc: Doc) -> float:
    """Loaded cues per 100 words (0 for plain wire copy; 1+ reads as an opinion piece)."""
    words = sum(1 for t in doc if t.is_alpha) or 1
    cues = sum(len(loaded_in(s)) for s in doc.sents)
    return round(100.0 * cues / words, 3)


def quotation_speakers(doc: Doc) -> dict[int, QuoteSpeaker]:
    """Sentence start index -> speaker, for sentences inside a multi-sentence quotation and for
    a sentence the model ended at the comma before its trailing "X said"."""
    control = load_lexicon().control
    sents = list(doc.sents)
    out: dict[int, QuoteSpeaker] = {}
    open_from: int | None = None
    for k, sent in enumerate(sents):
        text = sent.text
        opens = text.count("“")
        closes = text.count("”")
        straight = text.count('"')
        if open_from is None:
            starts_open = text.lstrip()[:1] in _OPEN
            balanced = (opens == closes) and straight % 2 == 0
            if starts_open and not balanced:
                open_from = k
            continue
        ends_quote = closes > opens or straight % 2 == 1
        if not ends_quote:
            continue
        # the closing sentence names the speaker: "..., the minister said."
        cue = next((t for t in sent if control.get(t.lemma_.lower()) in ("report", "claim")
                    and not _inside_quote(t, sent, open_at_start=True)), None)
        if cue is not None:
            speaker = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            for j in range(open_from, k):
                out[sents[j].start] = QuoteSpeaker(speaker, cue)
        open_from = None
    for before, after in pairwise(sents):
        # "Sudan's army removed Bashir and detained him, Defence Minister Awad Ibn Auf said
        # in a televised address": the model may end a sentence at the comma and make the
        # trailing "X said" a sentence of its own, whose speaker tells the one before
        last = next((t for t in reversed(before) if not t.is_space), None)
        root = after.root
        if last is None or last.text != "," or before.start in out or control.get(
                root.lemma_.lower()) not in ("report", "claim") or any(
                c.dep_ in ("ccomp", "dobj", "xcomp") for c in root.children):
            continue
        speaker = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
        if speaker is not None:
            out[before.start] = QuoteSpeaker(speaker, root)
    return out


def _inside_quote(tok: Token, sent: Span, open_at_start: bool = False) -> bool:
    before = sent.text[: tok.idx - sent.start_char]
    depth = int(open_at_start) + before.count("“") - before.count("”") + before.count('"')
    return depth % 2 == 1
