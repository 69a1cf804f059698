"""Article near-duplicates, event clustering and the incident-corpus scorer (eventwire.dedup)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import duckdb
import pytest

from eventwire.dedup import (
    ArticleDeduper,
    Cluster,
    Clusterer,
    ClusterOptions,
    LexicalSimilarity,
    cluster_events,
    is_background,
    type_family,
    write_clusters,
)
from eventwire.dedup_embed import embeddings_available
from eventwire.errors import InputError
from eventwire.eval.dedup import (
    DedupScore,
    bcubed,
    evaluate,
    load_corpus,
    oracle_events,
    pipeline_events,
)
from eventwire.model import Actor, Article, Event, Place, Plover, TimeSpan

CORPUS = Path(__file__).parent / "data" / "incidents"
LEXICAL = ClusterOptions(similarity="lexical")

RUS = Actor(text="Russian forces", country="RUS", sector="MIL", code="RUSMIL", kind="group")
UKR = Actor(text="civilians", country="UKR", sector="CVL", code="UKRCVL", kind="group")
KHARKIV = Place(text="Kharkiv", name="Kharkiv", lat=49.99, lon=36.23, country="UKR",
                precision="city")
ODESA = Place(text="Odesa", name="Odesa", lat=46.48, lon=30.73, country="UKR", precision="city")


def _article(aid: str, day: date, outlet: str, text: str = "") -> Article:
    return Article(id=aid, text=text or f"Article {aid}.", outlet=outlet, published=day)


def _event(article: Article, sentence: str, day: date | None, place: Place | None = KHARKIV,
           source: Actor | None = RUS, target: Actor | None = UKR, n: int = 0,
           ptype: str = "ASSAULT", date_text: str | None = "on Saturday") -> Event:
    span = (n * 200, n * 200 + len(sentence))
    when = TimeSpan(start=day, end=day, precision="day", text=date_text) if day else None
    return Event(event_id=Event.make_id(article.id, span, ptype), article_id=article.id,
                 sentence=sentence, span=span, trigger="struck", plover=Plover(type=ptype),
                 source=source, target=target, location=place, date=when, confidence=0.9)


# ---------------------------------------------------------------------------- units

def test_type_families_group_codings_of_one_happening() -> None:
    assert type_family("ASSAULT") == type_family("COERCE") == "force"
    assert type_family("CONSULT") == type_family("agree")
    assert type_family("PROTEST") != type_family("ASSAULT")


def test_bcubed_known_values() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed({"a": "1", "b": "1", "c": "2"}, gold) == (1.0, 1.0, 1.0)
    p, r, _ = bcubed({"a": "1", "b": "1", "c": "1"}, gold)
    assert p == pytest.approx((2 / 3 * 2 + 1 / 3) / 3)
    assert r == 1.0
    p, r, _ = bcubed({"a": "1", "b": "2", "c": "3"}, gold)
    assert (p, r) == (1.0, pytest.approx((0.5 + 0.5 + 1) / 3))


def test_background_cues() -> None:
    a = _article("a", date(2024, 5, 26), "X")
    assert is_background(_event(a, "Last week's strike on a printing house killed seven.",
                                None), a.published)
    assert is_background(_event(a, "As we reported on Thursday, missiles hit the city.",
                                None), a.published)
    assert is_background(_event(a, "The strike came two days after missiles hit a depot.",
                                None), a.published)
    assert not is_background(_event(a, "Russian bombs struck a hardware store on Saturday.",
                                    date(2024, 5, 25)), a.published)
    old = _event(a, "Russian bombs struck a depot in Kharkiv.", date(2024, 5, 1),
                 date_text="on May 1")
    assert is_background(old, a.published)


def test_near_duplicate_syndicated_copy_with_small_edits() -> None:
    text = ("Russian guided bombs struck a crowded hardware store in Kharkiv on Saturday, killing "
            "at least twelve people. Firefighters fought the blaze for hours as smoke rose over "
            "the city. Regional governor Oleh Syniehubov said more than forty people were "
            "wounded. Kharkiv lies about thirty kilometres from the Russian border.")
    copy = (text.replace("at least twelve", "no fewer than twelve").replace("said", "reported")
            + " Distributed by the Levant Wire service.")
    other = ("A Russian air strike destroyed a busy building supplies store in Kharkiv on "
             "Saturday, Ukrainian officials said. Dozens of shoppers were inside when two bombs "
             "hit the roof, and rescuers searched the rubble through the night.")
    dedup = ArticleDeduper()
    assert dedup.add(_article("orig", date(2024, 5, 25), "Levant Wire", text)) is None
    assert dedup.find_duplicate(_article("copy", date(2024, 5, 25), "Harbor Daily", copy)) \
        == "orig"
    assert dedup.add(_article("other", date(2024, 5, 25), "Atlas Report", other)) is None
    assert dedup.add(_article("copy", date(2024, 5, 25), "Harbor Daily", copy)) == "orig"
    # a copy of the copy still points at the root
    again = copy.replace("Distributed by", "Carried by")
    assert dedup.add(_article("copy2", date(2024, 5, 26), "Meridian", again)) == "orig"


def test_copy_is_linked_not_double_counted() -> None:
    text = ("Russian guided bombs struck a crowded hardware store in Kharkiv on Saturday, killing "
            "at least twelve people, officials said on Sunday morning in the city.")
    orig = _article("orig", date(2024, 5, 25), "Levant Wire", text)
    copy = _article("copy", date(2024, 5, 25), "Harbor Daily",
                    text.replace("officials", "local officials") + " Distributed by Levant Wire.")
    clusterer = Clusterer(LEXICAL)
    clusterer.add(orig, [_event(orig, text, date(2024, 5, 25))])
    updates = clusterer.add(copy, [_event(copy, text, date(2024, 5, 25))])
    assert [u.action for u in updates] == ["copy"]
    (cluster,) = clusterer.clusters()
    assert (cluster.num_articles, cluster.num_sources, cluster.num_copies) == (1, 1, 1)
    assert set(cluster.article_ids) == {"orig", "copy"}


def _kharkiv_reports() -> list[tuple[Article, list[Event]]]:
    day = date(2024, 5, 25)
    a1 = _article("a1", day, "Levant Wire")
    a2 = _article("a2", date(2024, 5, 26), "Harbor Daily")
    a3 = _article("a3", date(2024, 5, 26), "Levant Wire")
    return [
        (a1, [_event(a1, "Russian guided bombs struck a hardware store in Kharkiv on Saturday.",
                     day),
              _event(a1, "Firefighters fought the blaze at the store for hours.", None,
                     place=None, source=None, n=1)]),
        (a2, [_event(a2, "A Russian air strike destroyed a building supplies store in Kharkiv.",
                     day, date_text="yesterday")]),
        (a3, [_event(a3, "Russian aircraft bombed an Epicentr store on the edge of Kharkiv.",
                     day)]),
    ]


def test_reports_of_one_strike_form_one_cluster_with_counts() -> None:
    (cluster,) = cluster_events(_kharkiv_reports(), LEXICAL)
    assert cluster.num_articles == 3
    assert cluster.num_sources == 2  # Levant Wire reported it twice
    assert len(cluster.event_ids) == 4
    assert (cluster.first_seen, cluster.last_seen) == (date(2024, 5, 25), date(2024, 5, 26))
    assert cluster.canonical.location == KHARKIV


def test_look_alike_strikes_on_other_days_stay_apart() -> None:
    pairs = _kharkiv_reports()
    a4 = _article("a4", date(2024, 5, 23), "Atlas Report")
    pairs.append((a4, [_event(a4, "Russian missiles struck a printing house in Kharkiv on "
                                  "Thursday.", date(2024, 5, 23), date_text="on Thursday")]))
    clusters = cluster_events(pairs, LEXICAL)
    assert sorted(c.num_articles for c in clusters) == [1, 3]


def test_same_day_same_type_other_city_stays_apart() -> None:
    pairs = _kharkiv_reports()
    a5 = _article("a5", date(2024, 5, 25), "Atlas Report")
    pairs.append((a5, [_event(a5, "Russian drones struck port facilities in Odesa on Saturday.",
                              date(2024, 5, 25), place=ODESA)]))
    assert len(cluster_events(pairs, LEXICAL)) == 2


def test_background_mention_is_linked_not_counted() -> None:
    pairs = _kharkiv_reports()
    later = _article("b1", date(2024, 6, 3), "Atlas Report")
    new = _event(later, "Russian drones struck port facilities in Odesa on Monday.",
                 date(2024, 6, 3), place=ODESA, date_text="on Monday")
    look_back = _event(later, "Last week's strike on a hardware store in Kharkiv killed twelve "
                              "people.", None, n=1)
    clusterer = Clusterer(LEXICAL)
    for article, events in pairs:
        clusterer.add(article, events)
    (before,) = clusterer.clusters()
    updates = {u.event_id: u for u in clusterer.add(later, [new, look_back])}
    assert updates[look_back.event_id].action == "background"
    assert updates[look_back.event_id].cluster_id == before.cluster_id
    assert updates[new.event_id].action == "created"
    after = clusterer.cluster(before.cluster_id)
    assert after.background_event_ids == (look_back.event_id,)
    assert after.num_articles == before.num_articles  # a look back is not a new report
    assert len(clusterer) == 2


def test_missing_actors_places_and_dates_do_not_break_clustering() -> None:
    a = _article("m1", date(2024, 5, 25), "X")
    b = _article("m2", date(2024, 5, 25), "Y")
    bare = "Gunmen kidnapped dozens of pupils from a school in the north of the state."
    pairs = [(a, [_event(a, bare, None, place=None, source=None, target=None)]),
             (b, [_event(b, bare, None, place=None, source=None, target=None),
                  _event(b, "Officials met parents of the pupils.", None, place=None,
                         source=None, target=None, ptype="CONSULT", n=1)])]
    clusters = cluster_events(pairs, LEXICAL)
    assert sorted(len(c.event_ids) for c in clusters) == [1, 2]


def test_incremental_equals_batch() -> None:
    corpus = load_corpus(CORPUS)
    pairs = sorted(oracle_events(corpus), key=lambda p: (p[0].published or date.min, p[0].id))
    batch = cluster_events(pairs, LEXICAL)
    clusterer = Clusterer(LEXICAL)
    for start in range(0, len(pairs), 7):  # arrives in small batches over time
        for article, events in pairs[start:start + 7]:
            clusterer.add(article, events)
        seen = {e.event_id for _, evs in pairs[:start + 7] for e in evs}
        assert all(clusterer.cluster_of(e) for e in seen)
    assert clusterer.clusters() == batch
    assert clusterer.add(*pairs[0]) == []  # the same article again changes nothing


def test_write_clusters_to_duckdb() -> None:
    clusters = cluster_events(_kharkiv_reports(), LEXICAL)
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE events (event_id VARCHAR PRIMARY KEY, article_id VARCHAR)")
    event_ids = [e for c in clusters for e in c.event_ids]
    con.executemany("INSERT INTO events VALUES (?, ?)", [[e, "a"] for e in event_ids])
    assert write_clusters(con, clusters) == 1
    assert write_clusters(con, clusters) == 1  # idempotent
    row = con.execute("SELECT num_articles, num_sources, num_mentions FROM clusters").fetchall()
    assert row == [(3, 2, 4)]
    rows = con.execute("SELECT DISTINCT cluster_id, num_sources FROM events").fetchall()
    assert rows == [(clusters[0].cluster_id, 2)]
    stored = con.execute("SELECT record FROM clusters").fetchall()[0][0]
    assert Cluster.model_validate_json(stored) == clusters[0]


# ---------------------------------------------------------------------------- corpus + scorer

def test_corpus_shape() -> None:
    corpus = load_corpus(CORPUS)
    reports: Counter[str] = Counter()
    for gold in corpus.articles:
        if gold.duplicate_of is None:
            reports.update({m.incident for m in gold.mentions if not m.background})
    assert len(corpus.incidents) >= 30
    assert all(2 <= n <= 8 for n in reports.values()), reports
    assert len({g.article.outlet for g in corpus.articles}) >= 10
    twins = [i for i in corpus.incidents.values()
             if sum(o.place["name"] == i.place["name"] and o.family == i.family
                    for o in corpus.incidents.values()) > 1]
    assert len(twins) >= 10  # look-alike incidents: same place and kind, another day
    assert sum(m.background for g in corpus.articles for m in g.mentions) >= 10
    assert sum(g.duplicate_of is not None for g in corpus.articles) >= 10


def test_load_corpus_names_bad_input(tmp_path: Path) -> None:
    (tmp_path / "incidents.jsonl").write_text("{broken\n")
    with pytest.raises(InputError, match=r"incidents\.jsonl:1"):
        load_corpus(tmp_path)
    (tmp_path / "incidents.jsonl").write_text("")
    (tmp_path / "articles.jsonl").write_text(json.dumps(
        {"id": "a", "text": "t", "published": "2024-01-01",
         "mentions": [{"sentence": "t", "incident": "nope", "background": False}]}) + "\n")
    with pytest.raises(InputError, match="unknown incident"):
        load_corpus(tmp_path)


def test_oracle_events_cluster_perfectly() -> None:
    corpus = load_corpus(CORPUS)
    result = evaluate(corpus, oracle_events(corpus), "oracle", LEXICAL)
    assert result.b3_f1 >= 0.98
    assert result.count_exact >= 0.95


@pytest.fixture(scope="module")
def pipeline_pairs() -> list[tuple[Article, list[Event]]]:
    return pipeline_events(load_corpus(CORPUS))


@pytest.fixture(scope="module")
def lexical_score(pipeline_pairs: list[tuple[Article, list[Event]]]) -> DedupScore:
    return evaluate(load_corpus(CORPUS), pipeline_pairs, options=LEXICAL,
                    similarity=LexicalSimilarity())


def test_pipeline_events_floor(pipeline_pairs: list[tuple[Article, list[Event]]],
                               lexical_score: DedupScore) -> None:
    """The issue's acceptance floors, with the default settings (embeddings when installed,
    which must then do better than the lexical fallback)."""
    result = evaluate(load_corpus(CORPUS), pipeline_pairs)
    assert result.b3_f1 >= 0.85, result
    assert result.count_within_one >= 0.90, result
    assert result.mapped_events >= 150
    if embeddings_available():
        assert result.b3_f1 >= 0.92, result
        assert result.b3_f1 > lexical_score.b3_f1
        assert result.count_within_one >= 0.94, result


def test_pipeline_events_floor_lexical_fallback(lexical_score: DedupScore) -> None:
    assert lexical_score.b3_f1 >= 0.88, lexical_score
    assert lexical_score.count_within_one >= 0.88, lexical_score
    assert lexical_score.b3_precision >= 0.95, lexical_score
