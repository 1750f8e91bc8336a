"""Coordinate systems of map coordinates in China, and the conversions between them.

Chinese map SDKs do not report WGS-84 (GPS): AMap (高德), Tencent and WeChat report **GCJ-02**
(the national "encrypted" datum, offset by a few hundred metres), Baidu reports **BD-09** (a
further transform of GCJ-02). The server keeps every coordinate in **WGS-84**; a coordinate sent
in another system is converted on the way in, and answers carry coordinates in the system the
caller asks for (``coord_system``), stating which.

The formulas are the public ones (the GCJ-02 offset on the Krasovsky 1940 ellipsoid; Baidu's
GCJ-02 → BD-09 transform), implemented here rather than taken from a package: the ones on the
registries are a few dozen lines each and unmaintained. The inverses (GCJ-02 → WGS-84,
BD-09 → GCJ-02) have no closed form: they are solved by fixed-point iteration to 1e-9 degrees
(a tenth of a millimetre), so a round trip is exact to far below a metre
(``tests/core/test_geo.py`` checks published reference points).

Outside the area where Chinese maps apply the offset (mainland China, Hong Kong and Macau, as
the AMap and Tencent location SDKs do; not Taiwan) the three systems are the same: nothing is
converted. The area is the widely used approximation by rectangles (six in, six out), which
errs by some kilometres along the borders, where the offset itself is small.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import StrEnum
from typing import Annotated, Any

from fastapi import Query

from salescrm.core import i18n


class CoordSystem(StrEnum):
    """The datum a coordinate is in."""

    wgs84 = "wgs84"
    gcj02 = "gcj02"
    bd09 = "bd09"


i18n.register_enum(
    CoordSystem,
    {
        "wgs84": ("WGS-84 (GPS)", "WGS-84(GPS 原始坐标)"),
        "gcj02": ("GCJ-02 (AMap, Tencent, WeChat)", "GCJ-02(高德、腾讯、微信)"),
        "bd09": ("BD-09 (Baidu)", "BD-09(百度)"),
    },
)


#: What the server stores, what events, delta sync, exports and the audit trail carry.
STORED = CoordSystem.wgs84
#: What a request means when it does not say (backward compatible: it used to be the only one).
DEFAULT = CoordSystem.wgs84

SYSTEM_DESCRIPTION = (
    "The coordinate system of the coordinates sent: `wgs84` (GPS; the default), `gcj02` "
    "(AMap/高德, Tencent, WeChat `gcj02`) or `bd09` (Baidu). Stored as WGS-84; outside mainland "
    "China, Hong Kong and Macau the three are the same."
)
ANSWER_DESCRIPTION = (
    "The coordinate system of the coordinates in the answer: `wgs84` (default, as stored), "
    "`gcj02` (for AMap, Tencent, WeChat maps) or `bd09` (for Baidu maps). The answer's "
    "`coord_system` says which it is in."
)
OUT_SYSTEM = (
    "The coordinate system of this record's coordinates: the `coord_system` the request "
    "asked for (`wgs84` unless it asked). Events and delta sync always carry `wgs84`."
)
OUT_LATITUDE = "In the system `coord_system` names (WGS-84 unless asked otherwise)."
OUT_LONGITUDE = OUT_LATITUDE

_A = 6378245.0  # the Krasovsky 1940 semi-major axis, as GCJ-02 uses it
_EE = 0.00669342162296594323  # its first eccentricity squared
_X_PI = math.pi * 3000.0 / 180.0
_TOLERANCE = 1e-9  # degrees: about 0.1 mm
_ITERATIONS = 30

# (west, south, east, north) in degrees: where the offset applies, and the holes in it.
_REGION = (
    (79.446200, 42.889900, 96.330000, 49.220400),
    (109.687200, 39.374200, 135.000200, 54.141500),
    (73.124600, 29.529700, 124.143255, 42.889900),
    (82.968400, 26.718600, 97.035200, 29.529700),
    (97.025300, 20.414096, 124.367395, 29.529700),
    (107.975793, 17.871542, 111.744104, 20.414096),
)
_EXCLUDED = (
    (119.921265, 21.785006, 122.497559, 25.398623),  # Taiwan
    (101.865200, 20.098800, 106.665000, 22.284000),  # Laos, northern Vietnam
    (106.452500, 20.487800, 108.051000, 21.542200),  # northern Vietnam (the Gulf of Tonkin)
    (109.032300, 50.325700, 119.127000, 55.817500),  # Mongolia, Russia
    (127.456800, 49.557400, 137.022700, 55.817500),  # Russia
    (131.266200, 42.569200, 137.022700, 44.892200),  # Russia (Primorye)
)


def _inside(box: tuple[float, float, float, float], lat: float, lon: float) -> bool:
    west, south, east, north = box
    return west <= lon <= east and south <= lat <= north


def offset_applies(lat: float, lon: float) -> bool:
    """Whether Chinese maps offset this point (mainland China, Hong Kong, Macau)."""
    return any(_inside(box, lat, lon) for box in _REGION) and not any(
        _inside(box, lat, lon) for box in _EXCLUDED
    )


def _offset(lat: float, lon: float) -> tuple[float, float]:
    """The GCJ-02 offset (degrees of latitude and longitude) of a WGS-84 point."""
    x, y = lon - 105.0, lat - 35.0
    d_lat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    d_lon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    common = (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2 / 3
    d_lat += common
    d_lon += common
    d_lat += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2 / 3
    d_lat += (160.0 * math.sin(y / 12.0 * math.pi) + 320.0 * math.sin(y * math.pi / 30.0)) * 2 / 3
    d_lon += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2 / 3
    d_lon += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2 / 3
    rad = lat / 180.0 * math.pi
    magic = 1 - _EE * math.sin(rad) ** 2
    root = math.sqrt(magic)
    d_lat = (d_lat * 180.0) / ((_A * (1 - _EE)) / (magic * root) * math.pi)
    d_lon = (d_lon * 180.0) / (_A / root * math.cos(rad) * math.pi)
    return d_lat, d_lon


def _wgs_to_gcj(lat: float, lon: float) -> tuple[float, float]:
    d_lat, d_lon = _offset(lat, lon)
    return lat + d_lat, lon + d_lon


def _gcj_to_bd(lat: float, lon: float) -> tuple[float, float]:
    z = math.hypot(lon, lat) + 0.00002 * math.sin(lat * _X_PI)
    theta = math.atan2(lat, lon) + 0.000003 * math.cos(lon * _X_PI)
    return z * math.sin(theta) + 0.006, z * math.cos(theta) + 0.0065


def _invert(
    forward: Any, lat: float, lon: float, guess: tuple[float, float]
) -> tuple[float, float]:
    """The point that ``forward`` maps to (lat, lon), by fixed-point iteration from ``guess``:
    both transforms move a point by far less than they change with it, so each step shrinks
    the error by orders of magnitude."""
    w_lat, w_lon = guess
    for _ in range(_ITERATIONS):
        f_lat, f_lon = forward(w_lat, w_lon)
        e_lat, e_lon = f_lat - lat, f_lon - lon
        w_lat, w_lon = w_lat - e_lat, w_lon - e_lon
        if abs(e_lat) < _TOLERANCE and abs(e_lon) < _TOLERANCE:
            break
    return w_lat, w_lon


def _gcj_to_wgs(lat: float, lon: float) -> tuple[float, float]:
    d_lat, d_lon = _offset(lat, lon)
    return _invert(_wgs_to_gcj, lat, lon, (lat - d_lat, lon - d_lon))


def _bd_to_gcj(lat: float, lon: float) -> tuple[float, float]:
    return _invert(_gcj_to_bd, lat, lon, (lat - 0.006, lon - 0.0065))


def to_wgs84(lat: float, lon: float, system: CoordSystem) -> tuple[float, float]:
    """A point sent in ``system``, in WGS-84 (unchanged outside the offset area)."""
    if system == CoordSystem.wgs84 or not offset_applies(lat, lon):
        return lat, lon
    if system == CoordSystem.bd09:
        lat, lon = _bd_to_gcj(lat, lon)
    return _gcj_to_wgs(lat, lon)


def from_wgs84(lat: float, lon: float, system: CoordSystem) -> tuple[float, float]:
    """A stored WGS-84 point in ``system`` (unchanged outside the offset area)."""
    if system == CoordSystem.wgs84 or not offset_applies(lat, lon):
        return lat, lon
    lat, lon = _wgs_to_gcj(lat, lon)
    if system == CoordSystem.bd09:
        lat, lon = _gcj_to_bd(lat, lon)
    return lat, lon


def convert(
    lat: float, lon: float, source: CoordSystem, target: CoordSystem
) -> tuple[float, float]:
    if source == target:
        return lat, lon
    return from_wgs84(*to_wgs84(lat, lon, source), target)


# ----- answers in the caller's system ---------------------------------------------------------
#: The system the answer being written states its coordinates in (``answer_in`` sets it for a
#: request; events and other stored payloads are written in ``STORED`` by ``stored_form``).
answer_system: ContextVar[CoordSystem] = ContextVar("answer_system", default=STORED)

#: Places kept in a converted coordinate: 1e-7 degrees is about a centimetre.
PLACES = 7


def in_answer(lat: float | None, lon: float | None) -> tuple[float | None, float | None]:
    """A stored (WGS-84) pair as the current answer states it."""
    system = answer_system.get()
    if lat is None or lon is None or system == STORED:
        return lat, lon
    c_lat, c_lon = from_wgs84(lat, lon, system)
    return round(c_lat, PLACES), round(c_lon, PLACES)


@contextmanager
def stored_form() -> Iterator[None]:
    """Serialise in the stored system (WGS-84) whatever the request asked for: what the event
    outbox, delta sync and webhooks carry."""
    token = answer_system.set(STORED)
    try:
        yield
    finally:
        answer_system.reset(token)


async def answer_in(
    coord_system: Annotated[CoordSystem, Query(description=ANSWER_DESCRIPTION)] = DEFAULT,
) -> CoordSystem:
    """The ``coord_system`` query parameter of a route that answers with coordinates."""
    answer_system.set(coord_system)
    return coord_system
