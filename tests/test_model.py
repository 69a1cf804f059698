from datetime import date

import pytest
from pydantic import ValidationError

from eventwire.model import Actor, Event, Plover


def _event(**kw: object) -> Event:
    base = dict(event_id="e", article_id="a", sentence="s", span=(0, 1), trigger="t",
                plover=Plover(type="ASSAULT"), confidence=0.5)
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def test_records_are_frozen_and_strict() -> None:
    ev = _event()
    with pytest.raises(ValidationError):
        ev.trigger = "x"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        _event(unknown_field=1)
    with pytest.raises(ValidationError):
        _event(confidence=1.5)


def test_json_round_trip_keeps_nulls() -> None:
    ev = _event(source=Actor(text="a top American general", country="USA", sector="MIL",
                             code="USAMIL", kind="person"))
    data = ev.model_dump(mode="json")
    assert data["target"] is None and data["location"] is None
    assert Event.model_validate(data) == ev


def test_event_id_is_stable() -> None:
    a = Event.make_id("art", (10, 17), "ASSAULT")
    assert a == Event.make_id("art", (10, 17), "ASSAULT")
    assert a != Event.make_id("art", (10, 17), "REJECT")
    assert date(2018, 1, 29)  # dates serialise as ISO strings
    assert _event().model_dump(mode="json")["version"] == 1
