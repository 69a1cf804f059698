"""Name normalisation for gazetteer keys.

Three keys per name, from strict to loose:

- ``name_key``: accents stripped, case folded, punctuation and spaces removed
  ("Deir ez-Zor" and "Deir Ezzor" -> "deirezzor").
- ``stripped_key``: as above after dropping an Arabic article prefix ("Al-Bab" -> "bab",
  "AlEis" -> "eis").
- ``skeleton_key``: a transliteration-tolerant key: vowels after the first letter dropped,
  doubled letters merged, common variant spellings unified ("Idlib"/"Idleb",
  "Manbij"/"Menbij", "Kharkiv"/"Kharkov", "Raqqa"/"Raqqah").
"""

from __future__ import annotations

import re
import unicodedata

_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ed"})
_DROP = str.maketrans("", "", "'’‘ʼʻʿʾ`´")
_SPECIAL = str.maketrans({"ı": "i", "ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d",
                          "Đ": "D", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ð": "d",
                          "þ": "th"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLE = re.compile(r"(.)\1+")
_NO_VOWELS = str.maketrans("", "", "aeiou")
_CAMEL_ARTICLE = re.compile(r"^(Al|El)(?=[A-Z][a-z])")
_SKELETON_SUBS = (
    ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "c"), ("dh", "d"), ("th", "t"),
    ("ph", "f"), ("q", "k"), ("w", "v"), ("j", "g"), ("z", "s"), ("y", ""),
)


class _AccentTable(dict[int, str]):
    """str.translate table that strips accents, one character at a time, memoised."""

    def __missing__(self, code: int) -> str:
        char = chr(code).translate(_SPECIAL)
        decomposed = unicodedata.normalize("NFKD", char)
        out = "".join(c for c in decomposed if not unicodedata.combining(c))
        self[code] = out
        return out


_ACCENTS = _AccentTable()


def fold(text: str) -> str:
    """Strip accents and apostrophes, case-fold; keep spaces and hyphens as separators."""
    if not text.isascii():
        text = text.translate(_ACCENTS)
    return text.translate(_DROP).casefold()


def is_latin(text: str) -> bool:
    """True when the name is written in Latin letters (worth indexing for English text)."""
    if text.isascii():
        return any(c.isalpha() for c in text)
    has_alpha = False
    for c in text:
        if c.isalpha():
            o = ord(c)
            if o >= 0x300 and not 0x1E00 <= o <= 0x1EFF:
                return False
            has_alpha = True
    return has_alpha


def _tokens(text: str) -> list[str]:
    """Folded word tokens; an Arabic article inside a name is unified to "al"
    ("Jisr ash-Shughur" and "Jisr al-Shughur" share their keys)."""
    text = text.strip()
    if text[:2] in ("Al", "El"):
        text = _CAMEL_ARTICLE.sub(r"\1 ", text)
    toks = [t for t in _NON_ALNUM.split(fold(text)) if t]
    return [t if i == 0 or t not in _ARTICLES or i == len(toks) - 1 else "al"
            for i, t in enumerate(toks)]


def name_key(text: str) -> str:
    """Strict key: folded letters and digits only."""
    return "".join(_tokens(text))


def stripped_key(text: str) -> str:
    """Key without a leading Arabic article ("al-", "el ", "ash-" ...); "" when none."""
    return _stripped(_tokens(text))


def skeleton_key(text: str) -> str:
    """Loose transliteration key; "" for names too short to be safe (under 4 letters)."""
    return _skeleton(_tokens(text))


def collapsed_key(text: str) -> str:
    """Strict key with doubled letters merged ("Maarrat" and "Maarat" -> "marat")."""
    return _DOUBLE.sub(r"\1", name_key(text))


def keys(text: str) -> tuple[str, str, str]:
    """The three stored keys of a name: (strict, article-stripped, skeleton)."""
    toks = _tokens(text)
    return "".join(toks), _stripped(toks), _skeleton(toks)


def _stripped(toks: list[str]) -> str:
    if len(toks) >= 2 and toks[0] in _ARTICLES:
        return "".join(toks[1:])
    return ""


def _skeleton(toks: list[str]) -> str:
    if len(toks) >= 2 and toks[0] in _ARTICLES:
        toks = toks[1:]
    word = "".join(toks)
    if len(word) < 4 or not word.isalpha():
        return ""
    for old, new in _SKELETON_SUBS:
        if old in word:
            word = word.replace(old, new)
    if word.endswith("h") and len(word) > 4:
        word = word[:-1]
    merged = _DOUBLE.sub(r"\1", word[0] + word[1:].translate(_NO_VOWELS))
    return merged if len(merged) >= 3 else ""
