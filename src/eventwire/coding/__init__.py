"""Event coding: lexicon (data files) + dependency-structure extraction of event candidates."""

from .lexicon import CameoInfo, Entry, Lexicon, load_lexicon

__all__ = ["CameoInfo", "Entry", "Lexicon", "load_lexicon"]
