"""Geo stage: gazetteers (embedded GeoNames default, full dump loader) and the resolver."""

from eventwire.geo.gazetteer import (
    GazEntry,
    Gazetteer,
    GazetteerError,
    GeonamesCacheGazetteer,
    GeonamesDumpGazetteer,
    Match,
    cache_dir,
    default_gazetteer,
)
from eventwire.geo.geojson import event_feature, to_geojson
from eventwire.geo.resolver import GeoResolver, ResolverOptions, Toponym, haversine_km

__all__ = [
    "GazEntry",
    "Gazetteer",
    "GazetteerError",
    "GeoResolver",
    "GeonamesCacheGazetteer",
    "GeonamesDumpGazetteer",
    "Match",
    "ResolverOptions",
    "Toponym",
    "cache_dir",
    "default_gazetteer",
    "event_feature",
    "haversine_km",
    "to_geojson",
]
