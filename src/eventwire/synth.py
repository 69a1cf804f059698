"""Synthetic news corpora for tests and benchmarks, written from our own template articles.

``generate(folder, n)`` writes ``n`` documents as HTML pages, JSONL files and gzip WARC files
(and a few RSS feeds), with a configurable share of broken documents (truncated gzip, invalid
encoding, empty, enormous, malformed JSON or XML, HTML without text), a few non-English articles
and a few exact duplicates. It returns a ``Manifest`` that says, for every document, where it is
(file and line or byte offset) and what a correct ingest must do with it, so benchmarks and tests
can check every document was stored once or reported.

Every sentence of the templates was written for this project (facts are generic and invented:
fictional outlets, reporters and figures), so the corpora carry no third-party copyright.
"""

from __future__ import annotations

import html
import io
import json
import random
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

Expect = Literal["ok", "broken", "foreign", "duplicate"]
BROKEN_KINDS = ("truncated_gzip", "invalid_encoding", "empty", "enormous", "malformed_json",
                "malformed_xml", "no_text")


@dataclass(frozen=True)
class Country:
    name: str
    demonym: str
    capital: str
    city: str
    leader_title: str


COUNTRIES: tuple[Country, ...] = (
    Country("Turkey", "Turkish", "Ankara", "Istanbul", "President"),
    Country("Syria", "Syrian", "Damascus", "Aleppo", "President"),
    Country("Russia", "Russian", "Moscow", "Saint Petersburg", "President"),
    Country("Ukraine", "Ukrainian", "Kyiv", "Kharkiv", "President"),
    Country("Iran", "Iranian", "Tehran", "Isfahan", "President"),
    Country("Iraq", "Iraqi", "Baghdad", "Mosul", "Prime Minister"),
    Country("Egypt", "Egyptian", "Cairo", "Alexandria", "President"),
    Country("Ethiopia", "Ethiopian", "Addis Ababa", "Mekele", "Prime Minister"),
    Country("Sudan", "Sudanese", "Khartoum", "Omdurman", "General"),
    Country("Kenya", "Kenyan", "Nairobi", "Mombasa", "President"),
    Country("Nigeria", "Nigerian", "Abuja", "Lagos", "President"),
    Country("Mali", "Malian", "Bamako", "Gao", "President"),
    Country("France", "French", "Paris", "Marseille", "President"),
    Country("Germany", "German", "Berlin", "Hamburg", "Chancellor"),
    Country("China", "Chinese", "Beijing", "Shanghai", "President"),
    Country("India", "Indian", "New Delhi", "Mumbai", "Prime Minister"),
    Country("Pakistan", "Pakistani", "Islamabad", "Karachi", "Prime Minister"),
    Country("Colombia", "Colombian", "Bogota", "Medellin", "President"),
    Country("Venezuela", "Venezuelan", "Caracas", "Maracaibo", "President"),
    Country("Mexico", "Mexican", "Mexico City", "Guadalajara", "President"),
    Country("Armenia", "Armenian", "Yerevan", "Gyumri", "Prime Minister"),
    Country("Azerbaijan", "Azerbaijani", "Baku", "Ganja", "President"),
    Country("Serbia", "Serbian", "Belgrade", "Novi Sad", "President"),
    Country("Japan", "Japanese", "Tokyo", "Osaka", "Prime Minister"),
)

OUTLETS = ("Meridian Herald", "Coastline Post", "Northgate Tribune", "Eastbank Courier",
           "Harbour Wire", "Plains Gazette", "Riverside Dispatch", "Summit Observer")
REPORTERS = ("Ana Ribeiro", "Tomas Lindqvist", "Mariam Haddad", "Kofi Mensah", "Priya Raman",
             "Lena Vogt", "Diego Salinas", "Hana Sato", "Omar Farouk", "Irina Petrova")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Each template: (headline, paragraphs). Slots: {A} {B} (country names), {Adem} {Bdem}
# (demonyms), {Acap} {Bcap} {Acity} {Bcity}, {Alead} (leader title), {day}, {n}, {m}, {outlet}.
TEMPLATES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("{A} accuses {B} of shelling border villages", (
        "{A}'s foreign ministry accused {B} on {day} of shelling three villages near the border, "
        "saying {n} civilians were wounded in the attack.",
        "The {Bdem} government denied the accusation and said its troops had only returned fire "
        "after coming under attack from the other side.",
        "{Adem} officials summoned {B}'s ambassador in {Acap} to protest against the shelling.",
        "Residents of {Acity} said they had heard explosions through the night.",
    )),
    ("Thousands protest in {Acity} over fuel prices", (
        "Thousands of people protested in {Acity} on {day} against a government plan to raise "
        "fuel prices, the second large demonstration this month.",
        "Police fired tear gas to disperse the crowd near the parliament building, and {n} "
        "protesters were arrested, a police spokesman said.",
        "Opposition leaders demanded that the {Adem} government withdraw the plan and called for "
        "a general strike next week.",
        "The finance ministry said the price rise was needed to reduce a budget deficit of "
        "{m} billion dollars.",
    )),
    ("{A} and {B} sign trade agreement", (
        "{A} and {B} signed an agreement in {Bcap} on {day} to cut tariffs on farm goods and "
        "machinery, officials from both countries said.",
        "The {Adem} trade minister said the deal would raise trade between the two countries to "
        "{m} billion dollars within five years.",
        "{B} agreed to open its market to {Adem} wheat, while {A} promised to buy more {Bdem} "
        "steel.",
        "Business groups in {Acity} welcomed the agreement, though farmers' unions criticised "
        "parts of it.",
    )),
    ("{A} pledges aid after floods in {B}", (
        "{A} pledged {n} million dollars in emergency aid to {B} on {day} after floods forced "
        "thousands of families from their homes.",
        "The {Adem} foreign minister said relief flights carrying tents, water pumps and medicine "
        "would land in {Bcap} within days.",
        "{Bdem} officials thanked {A} for the help and appealed to other governments for "
        "further assistance.",
        "Aid agencies said roads around {Bcity} remained under water.",
    )),
    ("{A} imposes sanctions on {Bdem} officials", (
        "{A} imposed sanctions on {n} {Bdem} officials on {day}, freezing their assets over what "
        "it called a crackdown on journalists.",
        "The {Bdem} foreign ministry condemned the measures and threatened to retaliate against "
        "{Adem} companies.",
        "A spokesman for the {Adem} government said further sanctions were possible if {B} did "
        "not release the detained reporters.",
        "Analysts in {Acap} said the move would strain relations that were already tense.",
    )),
    ("{Alead} of {A} threatens to expel {Bdem} diplomats", (
        "The {Alead} of {A} threatened on {day} to expel {Bdem} diplomats if {B} did not stop "
        "what he called interference in the country's elections.",
        "{B} rejected the charge and said it respected the sovereignty of {A}.",
        "The dispute began last month when {Adem} police arrested {n} people accused of "
        "spreading false reports during the campaign.",
        "Diplomats in {Acap} said talks between the two governments had been suspended.",
    )),
    ("{A} and {B} hold talks on border dispute", (
        "The foreign ministers of {A} and {B} met in {Acap} on {day} for talks on a long-running "
        "dispute over their shared border.",
        "Both sides said the meeting had been constructive and agreed to meet again next month "
        "in {Bcap}.",
        "{Adem} officials said they had proposed a joint commission to mark the disputed "
        "section, which stretches for {n} kilometres.",
        "The talks were the first at this level in {m} years.",
    )),
    ("UN urges {A} and {B} to end fighting", (
        "The United Nations urged {A} and {B} on {day} to end the fighting around {Bcity} and "
        "to allow aid convoys into the area.",
        "{Adem} forces attacked positions near the town overnight, killing {n} soldiers, the "
        "{Bdem} army said.",
        "{A} said its troops had responded to an earlier attack and called on {B} to withdraw "
        "its forces from the area.",
        "The UN refugee agency said {m} thousand people had fled their homes since the clashes "
        "began.",
    )),
    ("{A} rejects {Bdem} proposal for ceasefire", (
        "{A} rejected a proposal by {B} for a ceasefire on {day}, saying it would only allow "
        "armed groups to regroup.",
        "The {Bdem} foreign minister said {A} had missed a chance for peace and urged "
        "mediators to keep trying.",
        "Fighting continued near {Acity}, where {n} people were killed this week, according to "
        "local officials.",
        "Regional leaders plan to discuss the conflict at a summit in {Bcap}.",
    )),
    ("Police arrest opposition activists in {Acap}", (
        "Police in {Acap} arrested {n} opposition activists on {day} ahead of a planned rally, "
        "their lawyers said.",
        "The interior ministry said the activists had been detained for organising an "
        "unauthorised gathering.",
        "{B} criticised the arrests and called on the {Adem} government to release the "
        "detainees.",
        "The opposition said it would hold the rally in {Acity} instead.",
    )),
    ("{A} sends troops to {Bdem} border", (
        "{A} sent {n} thousand troops to its border with {B} on {day}, the defence ministry "
        "said, after weeks of rising tension.",
        "The {Bdem} government demanded an explanation and put its own forces on alert.",
        "{Adem} officials said the deployment was a routine exercise and was not aimed at any "
        "country.",
        "Satellite images showed tanks and artillery moving toward {Acity}.",
    )),
    ("{A} and {B} agree to restore diplomatic ties", (
        "{A} and {B} agreed on {day} to restore diplomatic relations, {m} years after cutting "
        "ties over a dispute about a jailed businessman.",
        "The two foreign ministers said embassies in {Acap} and {Bcap} would reopen within "
        "three months.",
        "The {Adem} side also promised to release {n} {Bdem} prisoners as a goodwill gesture.",
        "Officials in {Bcity} described the agreement as a turning point.",
    )),
)

FILLER = (
    "The two countries have a long history of disputes over water, trade and borders.",
    "Officials did not say when further talks would take place.",
    "The government has faced criticism at home over rising prices and unemployment.",
    "Independent observers were not able to confirm the figures.",
    "Elections are due to be held next year.",
    "Markets in the region were calm on the news.",
)
BOILERPLATE = (
    "Subscribe to our newsletter for the day's top stories.",
    "Copyright {year} {outlet}. All rights reserved.",
    "Share this article by e-mail | Forward to a friend",
    "This article was originally published at {outlet}.",
)
FOREIGN: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("fr", "Le gouvernement annonce de nouvelles mesures", (
        "Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs "
        "touchés par la sécheresse, a indiqué le ministère de l'Agriculture.",
        "Les syndicats agricoles ont salué ces annonces mais demandent des aides plus rapides "
        "pour les exploitations les plus fragiles.",
    )),
    ("es", "El gobierno anuncia un nuevo plan de vivienda", (
        "El gobierno anunció el miércoles un plan para construir miles de viviendas sociales en "
        "las principales ciudades del país durante los próximos cuatro años.",
        "Los alcaldes de varias ciudades pidieron más fondos y una mejor coordinación con las "
        "autoridades regionales.",
    )),
    ("de", "Regierung kündigt neue Investitionen an", (
        "Die Regierung hat am Donnerstag neue Investitionen in Schienen und Brücken angekündigt, "
        "teilte das Verkehrsministerium in einer Erklärung mit.",
        "Die Opposition kritisierte, dass die Mittel zu spät kämen und nicht ausreichten.",
    )),
)


@dataclass(frozen=True)
class Doc:
    headline: str
    paragraphs: tuple[str, ...]
    outlet: str
    author: str
    published: date
    url: str
    language: str = "en"

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class Entry:
    """One document of the corpus and what a correct ingest must do with it."""

    file: str
    locator: int | None
    """Line number (JSONL), byte offset (WARC) or None (one-document files, feeds)."""
    expect: Expect
    kind: str = ""
    """For broken documents: which of ``BROKEN_KINDS``."""
    format: str = ""


@dataclass
class Manifest:
    folder: str
    entries: list[Entry] = field(default_factory=list)

    def count(self, expect: Expect) -> int:
        return sum(1 for e in self.entries if e.expect == expect)

    @classmethod
    def read(cls, path: Path) -> Manifest:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["folder"], [Entry(**e) for e in data["entries"]])

    def write(self, path: Path) -> None:
        rows = [asdict(e) for e in self.entries]
        path.write_text(json.dumps({"folder": self.folder, "entries": rows}, indent=0) + "\n",
                        encoding="utf-8")


# ---------------------------------------------------------------------- articles


def make_doc(rng: random.Random, serial: int) -> Doc:
    """One English article from a random template, slots filled, filler and boilerplate mixed."""
    headline, paras = rng.choice(TEMPLATES)
    a, b = rng.sample(COUNTRIES, 2)
    outlet = rng.choice(OUTLETS)
    published = date(2017, 1, 1) + timedelta(days=rng.randrange(0, 1500))
    slots = {
        "A": a.name, "B": b.name, "Adem": a.demonym, "Bdem": b.demonym, "Acap": a.capital,
        "Bcap": b.capital, "Acity": a.city, "Bcity": b.city, "Alead": a.leader_title,
        "day": WEEKDAYS[(published.weekday() - rng.randint(1, 5)) % 7],
        "n": str(rng.randint(2, 90)), "m": str(rng.randint(2, 40)), "outlet": outlet,
        "year": str(published.year),
    }
    body = [p.format(**slots) for p in paras]
    extra = rng.sample(FILLER, k=rng.randint(0, 2))
    for sentence in extra:
        body.insert(rng.randint(1, len(body)), sentence)
    # a serial reference makes every generated text unique
    body.append(f"({outlet} report {serial:06d}, filed from {a.capital}.)")
    if rng.random() < 0.5:
        body.append(rng.choice(BOILERPLATE).format(**slots))
    return Doc(headline=headline.format(**slots), paragraphs=tuple(body), outlet=outlet,
               author=rng.choice(REPORTERS), published=published,
               url=f"https://{outlet.lower().replace(' ', '')}.example/news/{serial:06d}")


def make_foreign(rng: random.Random, serial: int) -> Doc:
    lang, headline, paras = rng.choice(FOREIGN)
    return Doc(headline=headline, paragraphs=(*paras, f"({serial:06d})"), outlet="Foreign Desk",
               author="Staff", published=date(2019, 5, 1), url=f"https://foreign.example/{serial}",
               language=lang)


def page_html(doc: Doc) -> str:
    """A realistic page: navigation, sidebar, cookie banner and footer around the article."""
    esc = html.escape
    paras = "\n".join(f"    <p>{esc(p)}</p>" for p in doc.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{doc.language}">
<head>
  <meta charset="utf-8">
  <title>{esc(doc.headline)} | {esc(doc.outlet)}</title>
  <meta property="og:title" content="{esc(doc.headline)}">
  <meta property="og:site_name" content="{esc(doc.outlet)}">
  <meta name="author" content="{esc(doc.author)}">
  <meta property="article:published_time" content="{doc.published.isoformat()}T08:30:00Z">
  <link rel="canonical" href="{esc(doc.url)}">
  <script>window.analytics = {{"page": "article"}};</script>
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a></nav>
  <div class="cookie">We use cookies to improve your experience. Accept cookies policy.</div>
  <main>
  <article>
    <h1>{esc(doc.headline)}</h1>
    <p class="byline">By {esc(doc.author)}</p>
{paras}
  </article>
  <aside><h3>Most read</h3><ul><li><a href="/a">Markets close higher</a></li>
  <li><a href="/b">Weather warning issued</a></li></ul></aside>
  </main>
  <footer>&copy; {doc.published.year} {esc(doc.outlet)}. Terms of use. Privacy policy.</footer>
</body>
</html>
"""


def json_record(doc: Doc) -> dict[str, str]:
    return {"title": doc.headline, "text": doc.text, "url": doc.url,
            "published": doc.published.isoformat(), "source": doc.outlet, "author": doc.author}


# ---------------------------------------------------------------------- broken documents


def _enormous_text(rng: random.Random) -> str:
    words = ("council", "budget", "harbour", "election", "bridge", "court", "river", "school")
    return "\n\n".join(f"Item {i}: " + " ".join(rng.choice(words) for _ in range(25)) + "."
                       for i in range(6500))


def broken_html(kind: str, rng: random.Random, doc: Doc) -> bytes:
    if kind == "empty":
        return b""
    if kind == "invalid_encoding":
        page = page_html(doc).replace('<meta charset="utf-8">', "")
        return page.replace("</h1>", " \u2013 caf\u00e9 r\u00e9sum\u00e9</h1>").encode("cp1252")
    if kind == "enormous":
        paras = "".join(f"<p>{p}</p>\n" for p in _enormous_text(rng).split("\n\n"))
        return f"<html><body><article>{paras}</article></body></html>".encode()
    # no_text (also stands in for kinds that do not apply to a single page)
    return (b"<html><head><script>var a = 1;</script></head><body><div id='app'></div>"
            b"<nav><a href='/'>Home</a></nav></body></html>")


def broken_jsonl_line(kind: str, rng: random.Random, doc: Doc) -> bytes:
    rec = json_record(doc)
    if kind == "invalid_encoding":
        return json.dumps(rec, ensure_ascii=False).encode("utf-8").replace(
            b"\"text\": \"", b"\"text\": \"\xff\xfe", 1)
    if kind == "empty":
        rec["text"] = "   "
        return json.dumps(rec).encode()
    if kind == "enormous":
        rec["text"] = _enormous_text(rng)
        return json.dumps(rec).encode()
    if kind == "no_text":
        rec.pop("text")
        return json.dumps(rec).encode()
    # malformed_json
    return json.dumps(rec).encode()[:-25]


# ---------------------------------------------------------------------- writers


def _http_record(writer: WARCWriter, doc_url: str, body: bytes, when: date,
                 content_type: str = "text/html; charset=utf-8") -> ArcWarcRecord:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type),
                                          ("Content-Length", str(len(body)))],
                               protocol="HTTP/1.1")
    return writer.create_warc_record(
        doc_url, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers,
        warc_headers_dict={"WARC-Date": f"{when.isoformat()}T09:00:00Z"})


def write_warc(path: Path, docs: list[tuple[Doc, str | None]], rng: random.Random,
               truncate: bool) -> list[tuple[int, str | None]]:
    """A gzip WARC of response records (plus an ignorable request and image); offsets out.

    ``docs`` pairs each document with a broken kind (or None); when ``truncate`` the file is
    cut inside its last record.
    """
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "eventwire synth"}))
    out: list[tuple[int, str | None]] = []
    for i, (doc, kind) in enumerate(docs):
        if i == 1:  # records that are not pages are passed over by the reader
            img = _http_record(writer, doc.url + ".png", b"\x89PNG\r\n\x1a\n" + bytes(64),
                               doc.published, "image/png")
            writer.write_record(img)
        offset = buf.tell()
        body = broken_html(kind, rng, doc) if kind else page_html(doc).encode("utf-8")
        content_type = "text/html" if kind == "invalid_encoding" else "text/html; charset=utf-8"
        record = _http_record(writer, doc.url, body, doc.published, content_type)
        writer.write_record(record)
        out.append((offset, kind))
    data = buf.getvalue()
    if truncate:
        last = out[-1][0]
        data = data[: last + (len(data) - last) // 2]
        out[-1] = (last, "truncated_gzip")
    path.write_bytes(data)
    return out


def write_feed(path: Path, docs: list[Doc], malformed: bool) -> None:
    items = "\n".join(
        f"<item><title>{html.escape(d.headline)}</title><link>{html.escape(d.url)}</link>"
        f"<pubDate>{d.published.strftime('%a, %d %b %Y')} 08:00:00 +0000</pubDate>"
        f"<description>{html.escape(''.join(f'<p>{p}</p>' for p in d.paragraphs))}"
        "</description></item>" for d in docs)
    xml = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
           f"<title>{html.escape(docs[0].outlet)}</title>\n{items}\n</channel></rss>\n")
    if malformed:
        xml = xml.replace("</channel></rss>", "<item><title>Unclosed")
    path.write_text(xml, encoding="utf-8")


# ---------------------------------------------------------------------- the corpus


@dataclass(frozen=True)
class SynthConfig:
    broken_share: float = 0.05
    foreign_share: float = 0.01
    duplicate_share: float = 0.01
    html_share: float = 0.4
    jsonl_share: float = 0.33
    warc_share: float = 0.25
    """The rest goes to RSS feeds."""
    jsonl_per_file: int = 100
    warc_per_file: int = 40
    feed_items: int = 10


def _plan(n: int, cfg: SynthConfig, rng: random.Random) -> Iterator[tuple[str, str]]:
    """(format, role) for each document: role is ok, foreign, duplicate or a broken kind."""
    for _ in range(n):
        r = rng.random()
        fmt = ("html" if r < cfg.html_share else "jsonl" if r < cfg.html_share + cfg.jsonl_share
               else "warc" if r < cfg.html_share + cfg.jsonl_share + cfg.warc_share else "feed")
        roll = rng.random()
        if roll < cfg.broken_share:
            kinds = {"html": ("invalid_encoding", "empty", "enormous", "no_text"),
                     "jsonl": ("invalid_encoding", "empty", "enormous", "no_text",
                               "malformed_json"),
                     "warc": ("truncated_gzip", "invalid_encoding", "no_text", "empty"),
                     "feed": ("malformed_xml",)}[fmt]
            yield fmt, rng.choice(kinds)
        elif roll < cfg.broken_share + cfg.foreign_share and fmt != "feed":
            yield fmt, "foreign"
        elif roll < cfg.broken_share + cfg.foreign_share + cfg.duplicate_share and fmt == "jsonl":
            yield fmt, "duplicate"
        else:
            yield fmt, "ok"


def generate(folder: str | Path, n: int, seed: int = 13,
             config: SynthConfig | None = None) -> Manifest:
    """Write about ``n`` documents under ``folder`` (html/, jsonl/, warc/, feeds/)."""
    cfg = config or SynthConfig()
    rng = random.Random(seed)
    root = Path(folder)
    for sub in ("html", "jsonl", "warc", "feeds"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    manifest = Manifest(str(root))
    queues: dict[str, list[tuple[Doc, str]]] = {"html": [], "jsonl": [], "warc": [], "feed": []}
    jsonl_ok: list[Doc] = []
    for serial, (fmt, role) in enumerate(_plan(n, cfg, rng)):
        doc = make_foreign(rng, serial) if role == "foreign" else make_doc(rng, serial)
        if role == "duplicate" and jsonl_ok:
            doc = rng.choice(jsonl_ok)
        elif role == "duplicate":
            role = "ok"
        if fmt == "jsonl" and role == "ok":
            jsonl_ok.append(doc)
        queues[fmt].append((doc, role))
    _write_html(root, queues["html"], rng, manifest)
    _write_jsonl(root, queues["jsonl"], rng, manifest, cfg.jsonl_per_file)
    _write_warcs(root, queues["warc"], rng, manifest, cfg.warc_per_file)
    _write_feeds(root, queues["feed"], manifest, cfg.feed_items)
    return manifest


def _expect(role: str) -> Expect:
    if role in ("ok", "foreign", "duplicate"):
        return role  # type: ignore[return-value]
    return "broken"


def _write_html(root: Path, docs: list[tuple[Doc, str]], rng: random.Random,
                manifest: Manifest) -> None:
    for i, (doc, role) in enumerate(docs):
        path = root / "html" / f"page{i:05d}.html"
        broken = role in BROKEN_KINDS
        path.write_bytes(broken_html(role, rng, doc) if broken else page_html(doc).encode())
        manifest.entries.append(Entry(str(path), None, _expect(role),
                                      role if broken else "", "html"))


def _write_jsonl(root: Path, docs: list[tuple[Doc, str]], rng: random.Random,
                 manifest: Manifest, per_file: int) -> None:
    for f in range(0, len(docs), per_file):
        path = root / "jsonl" / f"batch{f // per_file:04d}.jsonl"
        lines = []
        for j, (doc, role) in enumerate(docs[f: f + per_file]):
            broken = role in BROKEN_KINDS
            line = (broken_jsonl_line(role, rng, doc) if broken
                    else json.dumps(json_record(doc), ensure_ascii=False).encode())
            lines.append(line)
            manifest.entries.append(Entry(str(path), j + 1, _expect(role),
                                          role if broken else "", "jsonl"))
        path.write_bytes(b"\n".join(lines) + b"\n")


def _write_warcs(root: Path, docs: list[tuple[Doc, str]], rng: random.Random,
                 manifest: Manifest, per_file: int) -> None:
    for f in range(0, len(docs), per_file):
        chunk = docs[f: f + per_file]
        truncated = [i for i, (_, role) in enumerate(chunk) if role == "truncated_gzip"]
        if truncated:  # the truncated record goes last: the rest of the file stays readable
            t = truncated[0]
            chunk = [c for i, c in enumerate(chunk) if i != t] + [chunk[t]]
            chunk = [(d, "ok" if r == "truncated_gzip" else r) for d, r in chunk[:-1]] + \
                [chunk[-1]]
        path = root / "warc" / f"crawl{f // per_file:04d}.warc.gz"
        kinds = [(d, r if r in BROKEN_KINDS and r != "truncated_gzip" else None)
                 for d, r in chunk]
        offsets = write_warc(path, kinds, rng, truncate=bool(truncated))
        for (offset, kind), (_, role) in zip(offsets, chunk, strict=True):
            expect: Expect = "broken" if kind else _expect(role if role in
                                                          ("foreign", "ok") else "ok")
            manifest.entries.append(Entry(str(path), offset, expect, kind or "", "warc"))


def _write_feeds(root: Path, docs: list[tuple[Doc, str]], manifest: Manifest,
                 per_file: int) -> None:
    for f in range(0, len(docs), per_file):
        chunk = docs[f: f + per_file]
        malformed = any(role == "malformed_xml" for _, role in chunk)
        path = root / "feeds" / f"feed{f // per_file:04d}.rss"
        write_feed(path, [d for d, _ in chunk], malformed)
        for i, _ in enumerate(chunk):
            manifest.entries.append(Entry(str(path), None if malformed else i + 1,
                                          "broken" if malformed else "ok",
                                          "malformed_xml" if malformed else "", "feed"))


# ---------------------------------------------------------------------- checking a store


def expected_source_path(entry: Entry) -> str:
    """The ``Article.source_path`` the readers give the document of ``entry``."""
    if entry.locator is None:
        return entry.file
    sep = {"jsonl": ":", "warc": "@", "feed": "#item"}[entry.format]
    return f"{entry.file}{sep}{entry.locator}"


def verify(manifest: Manifest, articles: Iterable[str],
           errors: Iterable[tuple[str, str, int | None]]) -> dict[str, object]:
    """Compare a store with the manifest.

    ``articles`` are the stored source paths; ``errors`` are (kind, source, offset) rows.
    Every good document must be stored exactly once, every duplicate not again, every broken
    document reported as an error and every foreign one as skipped.
    """
    stored = Counter(articles)
    reported: dict[str, set[tuple[str, int | None]]] = {"error": set(), "skipped": set()}
    for kind, source, offset in errors:
        reported.setdefault(kind, set()).add((source, offset))
    files_with = {k: {s for s, _ in v} for k, v in reported.items()}

    def is_reported(kind: str, e: Entry) -> bool:
        if e.locator is None or e.format == "feed":
            return e.file in files_with.get(kind, set())
        return (e.file, e.locator) in reported.get(kind, set())

    missing_ok = [expected_source_path(e) for e in manifest.entries
                  if e.expect == "ok" and stored[expected_source_path(e)] != 1]
    stored_dups = [expected_source_path(e) for e in manifest.entries
                   if e.expect == "duplicate" and stored[expected_source_path(e)]]
    missing_broken = [f"{e.file}:{e.locator} ({e.kind})" for e in manifest.entries
                      if e.expect == "broken" and not is_reported("error", e)]
    missing_foreign = [expected_source_path(e) for e in manifest.entries
                       if e.expect == "foreign" and not is_reported("skipped", e)]
    return {
        "ok_documents": manifest.count("ok"),
        "stored_articles": sum(stored.values()),
        "ok_not_stored_once": missing_ok,
        "duplicates_stored_again": stored_dups,
        "broken_documents": manifest.count("broken"),
        "broken_not_reported": missing_broken,
        "foreign_documents": manifest.count("foreign"),
        "foreign_not_skipped": missing_foreign,
        "passed": not (missing_ok or stored_dups or missing_broken or missing_foreign)
        and sum(stored.values()) == manifest.count("ok"),
    }
