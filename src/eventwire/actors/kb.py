"""The actor knowledge base: countries, organisations, people with dated roles, sector nouns.

Data lives in ``eventwire/data/actors/`` (JSON Lines + one TSV, see ``SOURCES.md`` there).
``load_kb()`` reads it once per process; every record is frozen. Look-ups are case-, accent-
and punctuation-insensitive ("U.S." == "US", "Türkiye" == "Turkiye", "the Kremlin" ==
"Kremlin") and never guess: an ambiguous name gives ``None``.

    >>> kb = load_kb()
    >>> person, role = kb.person("Erdogan", on=date(2012, 5, 1))
    >>> role.title, role.country, role.sector
    ('prime minister', 'TUR', 'GOV')
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

#: The 25 PLOVER sector codes (plover.json ``actor_conventions.sector_codes``).
SECTOR_CODES: frozenset[str] = frozenset(
    {
        "COP",
        "GOV",
        "JUD",
        "LEG",
        "MIL",
        "PRM",
        "PTY",
        "REB",
        "SPY",
        "UAF",
        "UNK",
        "AGR",
        "BUS",
        "CRM",
        "CVL",
        "EDU",
        "ELI",
        "JRN",
        "LAB",
        "MED",
        "REF",
        "OPP",
        "PRE",
        "REL",
        "SOC",
    }
)
#: PLOVER's non-state "country" codes.
NONSTATE_CODES: frozenset[str] = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})

NameKind = Literal["country", "demonym", "capital", "seat", "organization", "person"]
OrgKind = Literal[
    "igo",
    "agency",
    "military",
    "police",
    "party",
    "group",
    "media",
    "ngo",
    "court",
    "company",
    "legislature",
    "religious",
]

FILES = ("countries.jsonl", "organizations.jsonl", "people.jsonl", "sectors.tsv")
# Sectors of state office first: when a person holds several roles at once, the first wins.
_SECTOR_PRIORITY = ("GOV", "MIL", "LEG", "JUD", "SPY", "COP", "PRM", "PTY", "OPP", "REB")
# Roles that follow an office: a former leader (ELI), a deposed one in opposition or detention.
_AFTER_OFFICE = frozenset({"ELI", "OPP"})
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben", "ould"})
# Names written family name first: the last word is a given name.
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "MMR", "KHM"})
_DROP = re.compile(r"[.'’‘`\"()]")
_SPACE = re.compile(r"[\s\-‐–—_/,:;&]+")

T = TypeVar("T")


class KnowledgeBaseError(ValueError):
    """A knowledge-base file is missing or one of its rows is malformed."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


def normalize(text: str) -> str:
    """Match key: no accents, case, periods or apostrophes; hyphens as spaces; no leading 'the'.

    >>> normalize("the U.S."), normalize("Türkiye"), normalize("Jabhat al-Nusra")
    ('us', 'turkiye', 'jabhat al nusra')
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("ı", "i").replace("ø", "o").replace("ß", "ss").replace("ł", "l")
    key = _SPACE.sub(" ", _DROP.sub("", stripped.casefold())).strip()
    return key[4:] if key.startswith("the ") else key


_ARTICLES = frozenset({"al", "el", "ad", "ed", "as", "ash", "at", "an", "ar", "az", "bin", "ibn"})
_DIGRAPHS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ph", "f"), ("kh", "k"), ("q", "k"),
             ("dh", "d"), ("th", "t"), ("sh", "s"), ("ch", "c"))


def spelling_key(text: str) -> str:
    """A key under which transliterations of one full name meet: no Arabic articles, common
    digraphs folded, doubled letters collapsed, each run of vowels one vowel slot.

    >>> spelling_key("Walid al-Moualem") == spelling_key("Walid al-Muallem")
    True

    Names of one word give "" (a surname alone is too weak for this)."""
    words = [w for w in normalize(text).split() if w not in _ARTICLES]
    if len(words) < 2:
        return ""
    out = []
    for word in words:
        for a, b in _DIGRAPHS:
            word = word.replace(a, b)
        word = re.sub(r"(?<=[aeiouy])h$", "", word)  # "Abdallah", "Abdalla"
        word = re.sub(r"(.)\1+", r"\1", word)
        out.append(re.sub(r"[aeiouy]+", "V", word))
    return " ".join(out)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Seat(_Frozen):
    """A seat of power used as a metonym: "the Kremlin" -> RUS GOV."""

    text: str
    sector: str


class Country(_Frozen):
    iso3: str
    name: str
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    seats: tuple[Seat, ...] = ()


class Era(_Frozen):
    """A span ``[start, end)`` in which an organisation's sector differs from its default."""

    sector: str
    start: date | None = None
    end: date | None = None


class Organization(_Frozen):
    """An IGO, agency, armed force, armed group, party or outlet.

    ``country`` is ISO alpha-3 or a PLOVER non-state code (UNO, EUR, IGO, NGO, IMG, ISM, MNC);
    ``successor`` names the record this group turned into (Jabhat al-Nusra -> Jabhat Fateh
    al-Sham -> Hayat Tahrir al-Sham).
    """

    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None
    kind: OrgKind = "group"
    qualifiers: tuple[str, ...] = ()
    patrons: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    approx: bool = False
    successor: str | None = None
    source: str = "curated"
    eras: tuple[Era, ...] = ()

    @property
    def code(self) -> str | None:
        """Country + sector, e.g. "SYRREB"; None without a country."""
        return None if self.country is None else self.country + (self.sector or "")

    def on(self, day: date | None) -> Organization:
        """The record as it stood on ``day``: a group whose role changed (the Taliban in
        power from 16 August 2021, the RSF at war with the army from 15 April 2023) takes the
        sector of the era that day falls in."""
        if day is None:
            return self
        era = next((e for e in self.eras if (e.start is None or e.start <= day)
                    and (e.end is None or day < e.end)), None)
        return self if era is None else self.model_copy(update={"sector": era.sector})


class Role(_Frozen):
    """An office or affiliation held over ``[start, end)``; ``None`` ends are open.

    ``approx`` marks dates known only to the year. ``known_until`` marks an open role whose
    source was last checked on that date: after it, the role is not assumed to hold.
    """

    country: str
    sector: str
    title: str | None = None
    organization: str | None = None
    start: date | None = None
    end: date | None = None
    approx: bool = False
    known_until: date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Role:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"role ends ({self.end}) before it starts ({self.start})")
        return self

    @property
    def code(self) -> str:
        return self.country + self.sector

    def in_force(self, on: date) -> bool:
        """start <= on < end (open ends unbounded, bounded by ``known_until``)."""
        if self.start is not None and on < self.start:
            return False
        if self.end is not None:
            return on < self.end
        return self.known_until is None or on <= self.known_until


class Person(_Frozen):
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    source: str = "curated"

    def role_on(self, on: date | None) -> Role | None:
        """The role in force on ``on``; with ``on=None`` the latest role."""
        if on is None:
            return max(self.roles, key=_role_recency, default=None)
        current = [r for r in self.roles if r.in_force(on)]
        lost = [r for r in self.roles if r.end == on and r.sector not in _AFTER_OFFICE]
        if lost and current and all(
                r.start == on and r.sector in _AFTER_OFFICE for r in current):
            # the day a leader falls ("detained State Counsellor Aung San Suu Kyi", a
            # president fleeing): still coded by the office lost that day, not by the
            # detained or former leader's role that begins with it
            return min(lost, key=_role_preference)
        return min(current, key=_role_preference, default=None)


def _role_recency(role: Role) -> tuple[date, date]:
    return (role.start or date.min, role.end or date.max)


def _role_preference(role: Role) -> tuple[int, int]:
    rank = (
        _SECTOR_PRIORITY.index(role.sector)
        if role.sector in _SECTOR_PRIORITY
        else len(_SECTOR_PRIORITY)
    )
    return (rank, -(role.start or date.min).toordinal())


@dataclass(frozen=True)
class SectorNoun:
    lemma: str
    sector: str
    kind: str
    notes: str


@dataclass(frozen=True)
class _Index:
    """Normalised key -> candidates (kept in data order)."""

    entries: dict[str, tuple[Any, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, pairs: Iterable[tuple[str, Any]]) -> _Index:
        grouped: dict[str, list[Any]] = defaultdict(list)
        for text, value in pairs:
            key = normalize(text)
            if key and not any(v is value or v == value for v in grouped[key]):
                grouped[key].append(value)
        return cls({k: tuple(v) for k, v in grouped.items()})

    def get(self, text: str) -> tuple[Any, ...]:
        return self.entries.get(normalize(text), ())

    def unique(self, text: str) -> Any | None:
        found = self.get(text)
        return found[0] if len(found) == 1 else None


class KnowledgeBase:
    """Read-only look-ups over the actor data. Build with ``load_kb()`` or ``from_dir``."""

    def __init__(
        self,
        countries: Iterable[Country],
        organizations: Iterable[Organization],
        people: Iterable[Person],
        sector_nouns: Iterable[SectorNoun],
    ) -> None:
        self.countries: tuple[Country, ...] = tuple(countries)
        self.organizations: tuple[Organization, ...] = tuple(organizations)
        self.people: tuple[Person, ...] = tuple(people)
        self.sector_nouns: tuple[SectorNoun, ...] = tuple(sector_nouns)
        self._by_iso3 = {c.iso3: c for c in self.countries}
        cs = self.countries
        self._names = _Index.build((n, c) for c in cs for n in (c.name, *c.names))
        self._demonyms = _Index.build((d, c) for c in cs for d in c.demonyms)
        self._capitals = _Index.build((k, c) for c in cs for k in c.capitals)
        self._seats = _Index.build((s.text, (c, s.sector)) for c in cs for s in c.seats)
        self._orgs = _Index.build((a, o) for o in self.organizations for a in (o.name, *o.aliases))
        self._org_by_name = {o.name: o for o in self.organizations}
        self._people = _Index.build((a, p) for p in self.people for a in (p.name, *p.aliases))
        # Surname-only matching is limited to curated people: the bulk phoenix rows list the
        # short forms they vouch for as explicit aliases.
        self._surnames = _Index.build(
            (surname, p)
            for p in self.people
            if p.source == "curated"
            for a in (p.name, *p.aliases)
            if (surname := _surname(p, a))
        )
        # "Umaru Yar'Adua" for "Umaru Musa Yar'Adua": a full name without its middle names
        self._short = _Index.build(
            (f"{words[0]} {words[-1]}", p)
            for p in self.people
            for a in (p.name, *p.aliases)
            if len(words := normalize(a).split()) >= 3
        )
        self._nouns = {normalize(s.lemma): s for s in self.sector_nouns}
        spellings: dict[str, list[Person]] = defaultdict(list)
        for p in self.people:
            if p.source != "curated":
                continue
            for key in {spelling_key(a) for a in (p.name, *p.aliases)} - {""}:
                spellings[key].append(p)
        self._spellings = {k: tuple(v) for k, v in spellings.items()}

    @classmethod
    def from_dir(cls, folder: Path | Traversable) -> KnowledgeBase:
        """Read and validate the four data files in ``folder``."""
        countries = _read_jsonl(folder / "countries.jsonl", Country, _check_country)
        known = frozenset(c.iso3 for c in countries) | NONSTATE_CODES
        organizations = _read_jsonl(
            folder / "organizations.jsonl", Organization, lambda o: _check_org(o, known)
        )
        org_names = frozenset(o.name for o in organizations)
        successors = {o.successor for o in organizations if o.successor} - org_names
        if successors:
            raise KnowledgeBaseError(
                str(folder / "organizations.jsonl"), None, f"unknown successor(s) {successors}"
            )
        people = _read_jsonl(
            folder / "people.jsonl", Person, lambda p: _check_person(p, known, org_names)
        )
        return cls(countries, organizations, people, _read_sectors(folder / "sectors.tsv"))

    # --- countries -------------------------------------------------------------------
    def country(self, iso3: str) -> Country | None:
        return self._by_iso3.get(iso3.upper())

    def country_by_name(self, text: str) -> Country | None:
        return self._names.unique(text)

    def country_by_demonym(self, text: str) -> Country | None:
        """A demonym: "Turkish" -> Turkey; ambiguous ("Congolese") or ethnic ("Kurdish") -> None."""
        return self._demonyms.unique(text)

    def countries_by_demonym(self, text: str) -> tuple[Country, ...]:
        """Every country a demonym may stand for ("Congolese": both Congos)."""
        return tuple(self._demonyms.get(text))

    def country_by_capital(self, text: str) -> Country | None:
        return self._capitals.unique(text)

    def seat(self, text: str) -> tuple[Country, str] | None:
        """A seat of power used as a metonym: "the Kremlin" -> (Russia, "GOV")."""
        found: tuple[Country, str] | None = self._seats.unique(text)
        return found

    # --- organisations and people ----------------------------------------------------
    def organization(self, text: str) -> Organization | None:
        return self._orgs.unique(text)

    def lineage(self, org: Organization) -> tuple[Organization, ...]:
        """``org`` followed by its successors, oldest first."""
        chain = [org]
        while chain[-1].successor and len(chain) <= len(self.organizations):
            chain.append(self._org_by_name[chain[-1].successor])
        return tuple(chain)

    def person(self, text: str, on: date | None = None,
               prefer: frozenset[str] = frozenset()) -> tuple[Person, Role | None] | None:
        """A person by full name or alias (surname alone only when unambiguous).

        A surname alone ("Votel") must be one capitalised word, not an acronym ("UN"); it
        matches the last word of a curated person's name, except for names written family
        name first (Chinese, Korean, ...), patronymics ("bin Said") and suffixes ("Jr.").

        Several people sharing the name: the one holding a role on ``on`` wins if only one
        does; otherwise ``None``. The role is the one in force on ``on`` (None if none is),
        or the latest role when ``on`` is None. Still several: the only one whose role on
        ``on`` is in a ``prefer`` country (the countries the text names), if any.
        """
        chosen = _choose(self._people.get(text), on, prefer)
        if chosen is None and _surname_query(text):
            chosen = _choose(self._surnames.get(text), on)
        if chosen is None:
            # "Walid al-Moualem" for "Walid al-Muallem": another transliteration of a full name
            chosen = _choose(self._spellings.get(spelling_key(text), ()), on)
        if chosen is None and len(normalize(text).split()) == 2:
            chosen = _choose(self._short.get(text), on)
        return None if chosen is None else (chosen, chosen.role_on(on))

    # --- nouns and names -------------------------------------------------------------
    def noun_is_person(self, lemma: str) -> bool:
        """Does sectors.tsv describe this head noun as one person ("fisherman", "protester")?"""
        noun = self._nouns.get(normalize(lemma))
        return noun is not None and noun.kind == "person"

    def sector_for_noun(self, text: str, exact: bool = False) -> str | None:
        """Sector of a head noun or phrase; falls back to its trailing words unless ``exact``.

        "foreign minister" -> GOV; "Turkish army" -> MIL (via "army").
        """
        words = normalize(text).split()
        for i in range(1 if exact else len(words)):
            noun = self._nouns.get(" ".join(words[i:]))
            if noun is not None:
                return noun.sector
        return None

    def all_names(self) -> Iterator[tuple[str, NameKind]]:
        """Every surface string with its kind, e.g. for a spaCy PhraseMatcher."""
        for c in self.countries:
            yield from ((n, "country") for n in dict.fromkeys((c.name, *c.names)))
            yield from ((d, "demonym") for d in c.demonyms)
            yield from ((k, "capital") for k in c.capitals)
            yield from ((s.text, "seat") for s in c.seats)
        for o in self.organizations:
            yield from ((a, "organization") for a in dict.fromkeys((o.name, *o.aliases)))
        for p in self.people:
            yield from ((a, "person") for a in dict.fromkeys((p.name, *p.aliases)))


def _surname(person: Person, alias: str) -> str | None:
    """The last word of a multi-word ``alias`` when it works as a surname, else None."""
    words = [w for w in alias.split() if normalize(w) not in _NAME_SUFFIXES]
    if len(words) < 2 or len(normalize(words[-1])) < 3:
        return None
    if normalize(words[-2]) in _PATRONYMIC or any(
        r.country in _FAMILY_NAME_FIRST for r in person.roles
    ):
        return None
    return words[-1]


def _surname_query(text: str) -> bool:
    """One capitalised word that is not an acronym: "Votel", not "UN" or "may"."""
    text = text.strip()
    return " " not in text and text[:1].isupper() and not text.isupper()


def _choose(candidates: tuple[Person, ...], on: date | None,
            prefer: frozenset[str] = frozenset()) -> Person | None:
    """One person among namesakes: the only one active on ``on``, else the only one active in
    a ``prefer`` country ("King Abdullah" in 2014 in a story about Jordan), else the only
    curated one."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    pool = candidates
    if on is not None:
        active = tuple(p for p in candidates if p.role_on(on) is not None)
        if len(active) == 1:
            return active[0]
        here = [p for p in active if (r := p.role_on(on)) is not None and r.country in prefer]
        if len(here) == 1:
            return here[0]
        pool = active or candidates
    curated = [p for p in pool if p.source == "curated"]
    return curated[0] if len(curated) == 1 else None


def _check_code(country: str | None, sector: str | None, known: frozenset[str]) -> None:
    if country is not None and country not in known:
        raise ValueError(f"unknown country code {country!r}")
    if sector is not None and sector not in SECTOR_CODES:
        raise ValueError(f"unknown sector code {sector!r}")


def _check_country(country: Country) -> None:
    for seat in country.seats:
        _check_code(None, seat.sector, frozenset())


def _check_org(org: Organization, known: frozenset[str]) -> None:
    _check_code(org.country, org.sector, known)
    for era in org.eras:
        _check_code(org.country, era.sector, known)
    for patron in org.patrons:
        _check_code(patron, None, known)


def _check_person(person: Person, known: frozenset[str], org_names: frozenset[str]) -> None:
    for role in person.roles:
        _check_code(role.country, role.sector, known)
        if role.organization is not None and role.organization not in org_names:
            raise ValueError(f"unknown organization {role.organization!r}")


def _read_text(path: Path | Traversable) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(str(path), None, f"cannot read: {exc}") from exc


def _read_jsonl(
    path: Path | Traversable, model: Callable[..., T], check: Callable[[T], None]
) -> list[T]:
    """Validate each line of a JSON Lines file into ``model``; blank lines are skipped."""
    records = []
    for number, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = model(**json.loads(line))
            check(record)
        except json.JSONDecodeError as exc:
            raise KnowledgeBaseError(str(path), number, f"not valid JSON: {exc.msg}") from exc
        except (ValidationError, TypeError, ValueError) as exc:
            reason = str(exc).replace("\n", "; ")
            raise KnowledgeBaseError(str(path), number, f"bad record: {reason}") from exc
        records.append(record)
    return records


def _read_sectors(path: Path | Traversable) -> list[SectorNoun]:
    """``lemma<TAB>sector<TAB>kind<TAB>notes`` rows after a header."""
    rows = list(csv.reader(_read_text(path).splitlines(), delimiter="\t"))
    if not rows or rows[0][:2] != ["lemma", "sector"]:
        raise KnowledgeBaseError(str(path), 1, "header must start with 'lemma<TAB>sector'")
    nouns = []
    for number, row in enumerate(rows[1:], start=2):
        if not row:
            continue
        if len(row) != 4 or not row[0].strip() or row[1] not in SECTOR_CODES:
            raise KnowledgeBaseError(str(path), number, f"bad row {row!r}")
        nouns.append(SectorNoun(row[0].strip(), row[1], row[2], row[3]))
    return nouns


def data_dir() -> Traversable:
    """The packaged ``eventwire/data/actors`` folder."""
    return resources.files("eventwire").joinpath("data", "actors")


@cache
def load_kb() -> KnowledgeBase:
    """The packaged knowledge base, read once per process."""
    return KnowledgeBase.from_dir(data_dir())
