"""Hand-built articles and events for the store and export tests (no spaCy needed)."""

from __future__ import annotations

from datetime import date

from eventwire.model import (
    Actor,
    Article,
    Attribution,
    Cameo,
    Event,
    Factuality,
    Place,
    Plover,
    TimeSpan,
)

TUR = Actor(text="Turkey", name="Turkey", country="TUR", sector="GOV", code="TURGOV", kind="state")
USA = Actor(text="Washington", name="United States", country="USA", sector="GOV", code="USAGOV",
            kind="state")
KUR = Actor(text="Kurdish fighters", country="SYR", sector="REB", code="SYRREB", kind="group",
            qualifiers=("KUR", "backed:USA"))
MANBIJ = Place(text="Manbij", name="Manbij", geonameid=166365, lat=36.53, lon=37.95,
               country="SYR", admin1="Aleppo", precision="city")


def article(text: str, published: date = date(2018, 1, 30), url: str = "https://x.example/1"
            ) -> Article:
    return Article(id=Article.make_id(text), text=text, url=url, title="T", outlet="Levant Wire",
                   published=published, source_path="a.html")


def event(art: Article, start: int, ptype: str, *, source: Actor | None = TUR,
          target: Actor | None = USA, place: Place | None = None, day: date | None = None,
          status: str = "asserted", cameo: str = "10") -> Event:
    end = start + 6
    return Event(
        event_id=Event.make_id(art.id, (start, end), ptype), article_id=art.id,
        sentence=art.text[start:start + 40], span=(start, start + 40), trigger="urged",
        trigger_span=(start, end), plover=Plover(type=ptype), source=source, target=target,
        cameo=Cameo(code=cameo, quad_class=3, goldstein=-5.0), location=place,
        date=TimeSpan(start=day, end=day, precision="day") if day else None,
        factuality=Factuality(status=status),  # type: ignore[arg-type]
        attribution=(Attribution(speaker="Mevlut Cavusoglu", role="TURGOV", cue="said"),),
        confidence=0.8, rule="test",
    )
