"""The conversions between WGS-84, GCJ-02 and BD-09 against published reference points."""

from __future__ import annotations

import itertools

import pytest

from salescrm.activities.service import distance_m
from salescrm.core.geo import CoordSystem, convert, from_wgs84, offset_applies, to_wgs84

WGS, GCJ, BD = CoordSystem.wgs84, CoordSystem.gcj02, CoordSystem.bd09

#: (WGS-84 lat, lon, GCJ-02 lat, lon): the reference pairs published with the eviltransform
#: library's tests (Shanghai, Shenzhen, Beijing).
REFERENCE = [
    (31.1774276, 121.5272106, 31.17530398364597, 121.531541859215),
    (22.543847, 113.912316, 22.540796131694766, 113.9171764808363),
    (39.911954, 116.377817, 39.91334545536069, 116.38404722455657),
]


@pytest.mark.parametrize(("w_lat", "w_lon", "g_lat", "g_lon"), REFERENCE)
def test_wgs84_to_gcj02_gives_the_published_pairs(
    w_lat: float, w_lon: float, g_lat: float, g_lon: float
) -> None:
    lat, lon = from_wgs84(w_lat, w_lon, GCJ)
    assert lat == pytest.approx(g_lat, abs=1e-8)
    assert lon == pytest.approx(g_lon, abs=1e-8)
    # The offset is hundreds of metres: what flagged check-ins at the customer's door.
    assert 100 < distance_m(w_lat, w_lon, g_lat, g_lon) < 1000


@pytest.mark.parametrize(("w_lat", "w_lon", "g_lat", "g_lon"), REFERENCE)
def test_the_inverse_finds_the_wgs84_point_to_a_centimetre(
    w_lat: float, w_lon: float, g_lat: float, g_lon: float
) -> None:
    lat, lon = to_wgs84(g_lat, g_lon, GCJ)
    assert distance_m(lat, lon, w_lat, w_lon) < 0.01


def test_round_trips_across_china_lose_less_than_a_metre() -> None:
    lats = [18.3, 22.5, 26.0, 30.6, 34.3, 39.9, 43.8, 45.75]
    lons = [87.6, 91.1, 102.7, 108.9, 113.3, 116.4, 121.5, 126.6]
    checked = 0
    for lat, lon in itertools.product(lats, lons):
        if not offset_applies(lat, lon):
            continue
        for system in (GCJ, BD):
            there = from_wgs84(lat, lon, system)
            assert distance_m(lat, lon, *there) > 50  # it did move
            back = to_wgs84(*there, system)
            assert distance_m(lat, lon, *back) < 1.0, (lat, lon, system)
            checked += 1
    assert checked > 60


def test_baidu_and_amap_place_tiananmen_together() -> None:
    """Baidu's demo point of Tiananmen (BD-09) and AMap's (GCJ-02), published in their map
    APIs' examples, are two spots on the square: once both are WGS-84, tens of metres apart."""
    baidu = to_wgs84(39.915, 116.404, BD)
    amap = to_wgs84(39.90923, 116.397428, GCJ)
    assert distance_m(*baidu, *amap) < 100
    # BD-09 → GCJ-02 agrees with Baidu's closed-form approximation to centimetres.
    assert distance_m(*convert(39.915, 116.404, BD, GCJ), 39.90865674, 116.39762729) < 0.1


@pytest.mark.parametrize(
    ("lat", "lon"),
    [
        (48.8584, 2.2945),  # Paris
        (25.0330, 121.5654),  # Taipei: Taiwan's maps are WGS-84
        (37.5665, 126.9780),  # Seoul
        (1.3521, 103.8198),  # Singapore
        (-33.8568, 151.2153),  # Sydney
    ],
)
def test_a_point_outside_china_is_unchanged(lat: float, lon: float) -> None:
    assert not offset_applies(lat, lon)
    for system in CoordSystem:
        assert from_wgs84(lat, lon, system) == (lat, lon)
        assert to_wgs84(lat, lon, system) == (lat, lon)


def test_hong_kong_and_macau_are_offset_as_amap_and_tencent_do() -> None:
    assert offset_applies(22.2988, 114.1722)  # Hong Kong, Tsim Sha Tsui
    assert offset_applies(22.1987, 113.5439)  # Macau
    assert offset_applies(39.9087, 116.3975)  # Beijing
    assert offset_applies(43.8256, 87.6168)  # Urumqi


def test_wgs84_is_never_converted() -> None:
    assert to_wgs84(39.9, 116.4, WGS) == (39.9, 116.4)
    assert convert(39.9, 116.4, GCJ, GCJ) == (39.9, 116.4)
