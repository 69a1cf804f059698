"""GeoJSON export of located events."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from eventwire.model import Event


def _has_point(event: Event) -> bool:
    loc = event.location
    return loc is not None and loc.lat is not None and loc.lon is not None


def event_feature(event: Event) -> dict[str, Any]:
    """One GeoJSON Point feature for an event that has coordinates."""
    loc = event.location
    if loc is None or loc.lat is None or loc.lon is None:
        raise ValueError(f"event {event.event_id} has no coordinates")
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
        "properties": {
            "event_id": event.event_id,
            "article_id": event.article_id,
            "plover_type": event.plover.type,
            "plover_mode": event.plover.mode,
            "cameo": event.cameo.code if event.cameo else None,
            "source": event.source.code if event.source else None,
            "target": event.target.code if event.target else None,
            "date": event.date.start.isoformat() if event.date and event.date.start else None,
            "status": event.factuality.status,
            "place": loc.name or loc.text,
            "geonameid": loc.geonameid,
            "country": loc.country,
            "admin1": loc.admin1,
            "precision": loc.precision,
            "relation": loc.relation,
        },
    }


def to_geojson(events: Iterable[Event]) -> dict[str, Any]:
    """A FeatureCollection of the events that have coordinates (others are left out)."""
    return {
        "type": "FeatureCollection",
        "features": [event_feature(e) for e in events if _has_point(e)],
    }
