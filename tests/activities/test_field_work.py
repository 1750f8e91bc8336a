"""Issue 16, parts 4 and 5 through the API: coordinates in China's map systems (stored in
WGS-84, answered in the system asked for, events in WGS-84) and offline field work (the
device's capture time kept beside the receipt, future and back-dated captures refused, clock
skew flagged)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from tests.activities.support import ACTIVITIES, VISITS, customer, ok, problem, rep, visit
from tests.conftest import TestDatabase, http_client

CUSTOMERS = "/api/v1/customers"
#: A published pair (Beijing): the same spot in WGS-84 and in GCJ-02, 555 m apart as numbers.
WGS = {"latitude": 39.911954, "longitude": 116.377817}
GCJ = {"latitude": 39.91334545536069, "longitude": 116.38404722455657}


def _at(delta: timedelta) -> str:
    return (datetime.now(UTC) + delta).isoformat(timespec="seconds")


def _parse(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


async def test_a_check_in_from_amap_at_the_door_is_not_flagged(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rep_id, token = await rep(app, client, db, "amap")
    customer_id = await customer(client, "北京门口客户", owner_id=rep_id, **WGS)
    async with http_client(app, token) as r:
        # The phone's map SDK reports GCJ-02; said so, it is the customer's door.
        door = await visit(r, customer_id)
        body = {**GCJ, "coord_system": "gcj02"}
        checked = await ok(await r.post(f"{VISITS}/{door['id']}/check-in", json=body))
        assert checked["check_in_distance_m"] < 1
        assert checked["check_in_flagged"] is False
        # Answered in WGS-84 (as stored) unless asked.
        assert checked["coord_system"] == "wgs84"
        assert checked["check_in_latitude"] == pytest.approx(WGS["latitude"], abs=1e-7)
        assert checked["check_in_longitude"] == pytest.approx(WGS["longitude"], abs=1e-7)
        in_gcj = await ok(await r.get(f"{VISITS}/{door['id']}", params={"coord_system": "gcj02"}))
        assert in_gcj["coord_system"] == "gcj02"
        assert in_gcj["check_in_latitude"] == pytest.approx(GCJ["latitude"], abs=1e-6)
        assert in_gcj["check_in_longitude"] == pytest.approx(GCJ["longitude"], abs=1e-6)
        listed = await ok(await r.get(VISITS, params={"coord_system": "bd09"}))
        mine = next(v for v in listed["items"] if v["id"] == door["id"])
        assert mine["coord_system"] == "bd09"
        assert mine["check_in_latitude"] != pytest.approx(in_gcj["check_in_latitude"], abs=1e-4)

        # The same numbers taken as GPS (the old behaviour) are 555 m off: flagged.
        old_way = await visit(r, customer_id)
        far = await ok(await r.post(f"{VISITS}/{old_way['id']}/check-in", json=GCJ))
        assert far["check_in_distance_m"] == pytest.approx(555, abs=5)
        assert far["check_in_flagged"] is True

        # A check-out answers in the system asked for too.
        out = await r.post(
            f"{VISITS}/{door['id']}/check-out",
            params={"coord_system": "gcj02"},
            json={**GCJ, "coord_system": "gcj02"},
        )
        done = await ok(out)
        assert done["coord_system"] == "gcj02"
        assert done["check_out_latitude"] == pytest.approx(GCJ["latitude"], abs=1e-6)
        assert done["check_out_distance_m"] < 1


async def test_customers_take_and_give_coordinates_in_any_system(
    client: httpx.AsyncClient,
) -> None:
    created = await ok(
        await client.post(CUSTOMERS, json={"name": "高德坐标客户", **GCJ, "coord_system": "gcj02"}),
        201,
    )
    assert created["coord_system"] == "wgs84"
    assert created["latitude"] == pytest.approx(WGS["latitude"], abs=1e-7)
    assert created["longitude"] == pytest.approx(WGS["longitude"], abs=1e-7)
    url = f"{CUSTOMERS}/{created['id']}"
    back = await ok(await client.get(url, params={"coord_system": "gcj02"}))
    assert (back["latitude"], back["longitude"]) == pytest.approx(
        (GCJ["latitude"], GCJ["longitude"]), abs=1e-6
    )
    assert back["coord_system"] == "gcj02"

    # Baidu's BD-09 in, BD-09 out; WGS-84 stored.
    bd = await ok(await client.get(url, params={"coord_system": "bd09"}))
    moved = await ok(
        await client.patch(
            url,
            json={"latitude": bd["latitude"], "longitude": bd["longitude"], "coord_system": "bd09"},
            headers={"If-Match": f'"{created["version"]}"'},
        )
    )
    assert moved["latitude"] == pytest.approx(WGS["latitude"], abs=1e-7)
    listed = await ok(await client.get(CUSTOMERS, params={"coord_system": "bd09", "q": "高德坐标"}))
    assert listed["items"][0]["coord_system"] == "bd09"
    assert listed["items"][0]["latitude"] == pytest.approx(bd["latitude"], abs=1e-7)

    # Events (and so webhooks and delta sync) carry WGS-84 whatever the request asked.
    events = await ok(
        await client.get("/api/v1/events", params={"record_id": created["id"], "limit": 10})
    )
    assert events["items"]
    for event in events["items"]:
        assert event["data"]["coord_system"] == "wgs84"
        assert event["data"]["latitude"] == pytest.approx(WGS["latitude"], abs=1e-7)

    # Outside mainland China, Hong Kong and Macau nothing moves.
    paris = await ok(
        await client.post(
            CUSTOMERS,
            json={"name": "Paris SARL", "latitude": 48.8584, "longitude": 2.2945,
                  "coord_system": "gcj02"},
        ),
        201,
    )  # fmt: skip
    assert (paris["latitude"], paris["longitude"]) == (48.8584, 2.2945)
    again = await ok(
        await client.get(f"{CUSTOMERS}/{paris['id']}", params={"coord_system": "bd09"})
    )
    assert (again["latitude"], again["longitude"]) == (48.8584, 2.2945)


async def test_an_unknown_coordinate_system_is_a_422(client: httpx.AsyncClient) -> None:
    bad = await client.post(CUSTOMERS, json={"name": "坐标系错误", **GCJ, "coord_system": "utm"})
    await problem(bad, 422, "validation_error")
    assert bad.json()["errors"][0]["loc"] == ["body", "coord_system"]
    query = await client.get(CUSTOMERS, params={"coord_system": "GCJ-02"})
    await problem(query, 422, "validation_error")
    assert query.json()["errors"][0]["loc"] == ["query", "coord_system"]
    customer_id = await customer(client, "坐标系查询")
    one = await client.get(f"{CUSTOMERS}/{customer_id}", params={"coord_system": "mars"})
    await problem(one, 422, "validation_error")


async def test_an_offline_check_in_keeps_the_device_time_and_the_receipt(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rep_id, token = await rep(app, client, db, "offline")
    customer_id = await customer(client, "离线客户", owner_id=rep_id, **WGS)
    async with http_client(app, token) as r:
        planned = await visit(r, customer_id)
        url = f"{VISITS}/{planned['id']}"
        # Captured two hours ago in a basement, written in China's offset; sent now from a
        # phone whose clock is right.
        captured = (datetime.now(UTC) - timedelta(hours=2)).astimezone(timezone(timedelta(hours=8)))
        sent = {**WGS, "captured_at": captured.isoformat(timespec="seconds"), "device_now": _at(
            timedelta(0))}  # fmt: skip
        checked = await ok(await r.post(f"{url}/check-in", json=sent))
        assert _parse(checked["check_in_at"]) == captured.replace(microsecond=0)
        received = _parse(checked["check_in_received_at"])
        assert abs(received - datetime.now(UTC)) < timedelta(minutes=1)
        assert abs(checked["check_in_clock_skew_seconds"]) < 30
        # An old capture is not a wrong clock.
        assert checked["clock_skew_flagged"] is False

        # A check-out captured before the check-in is refused, naming the field.
        before = {**WGS, "captured_at": _at(timedelta(hours=-3))}
        early = await problem(
            await r.post(f"{url}/check-out", json=before), 422, "validation_error"
        )
        assert early["errors"][0]["loc"] == ["body", "captured_at"]
        assert early["errors"][0]["type"] == "captured_before_check_in"

        # The check-out from a phone whose clock runs 10 minutes slow: kept, and flagged.
        out = {**WGS, "captured_at": _at(timedelta(hours=-1)), "device_now": _at(
            timedelta(minutes=-10))}  # fmt: skip
        done = await ok(await r.post(f"{url}/check-out", json=out))
        assert done["check_out_clock_skew_seconds"] == pytest.approx(-600, abs=30)
        assert done["clock_skew_flagged"] is True
        activity = await ok(await r.get(f"{ACTIVITIES}/{done['activity_id']}"))
        # The visit activity took place at the device's check-in and lasted an hour.
        assert _parse(activity["occurred_at"]) == _parse(done["check_in_at"])
        assert activity["duration_minutes"] == 60
        flagged = await ok(await r.get(VISITS, params={"clock_skew_flagged": "true"}))
        assert [v["id"] for v in flagged["items"]] == [planned["id"]]


async def test_a_capture_in_the_future_or_too_old_is_refused(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    from tests.org.support import staff_member

    rep_id, token = await rep(app, client, db, "backdater")
    customer_id = await customer(client, "补录客户", owner_id=rep_id, **WGS)
    async with http_client(app, token) as r:
        planned = await visit(r, customer_id)
        url = f"{VISITS}/{planned['id']}/check-in"
        future = await r.post(url, json={**WGS, "captured_at": _at(timedelta(minutes=10))})
        body = await problem(future, 422, "validation_error")
        assert body["errors"][0]["loc"] == ["body", "captured_at"]
        assert body["errors"][0]["type"] == "captured_in_future"
        # Within the five minutes' tolerance of clocks is fine later; beyond 72 hours is not.
        old = await r.post(url, json={**WGS, "captured_at": _at(timedelta(hours=-73))})
        refused = await problem(old, 403, "forbidden")
        assert "visit:backdate" in refused["detail"]
        assert (await ok(await r.get(f"{VISITS}/{planned['id']}")))["status"] == "planned"

        # Activities: the same rules on captured_at, with activity:backdate.
        payload = {"type": "call", "subject": "离线记录的电话", "customer_id": customer_id}
        too_old = await r.post(ACTIVITIES, json={**payload, "captured_at": _at(timedelta(days=-5))})
        assert "activity:backdate" in (await problem(too_old, 403, "forbidden"))["detail"]
        ahead = await r.post(ACTIVITIES, json={**payload, "captured_at": _at(timedelta(hours=1))})
        assert (await problem(ahead, 422, "validation_error"))["errors"][0]["loc"] == [
            "body", "captured_at",
        ]  # fmt: skip
        recent = _at(timedelta(hours=-20))
        made = await ok(
            await r.post(
                ACTIVITIES,
                json={**payload, "captured_at": recent, "device_now": _at(timedelta(minutes=7))},
            ),
            201,
        )
        # It took place when captured; created_at is the receipt; the fast clock is flagged.
        assert _parse(made["occurred_at"]) == _parse(recent) == _parse(made["captured_at"])
        assert _parse(made["created_at"]) - _parse(recent) > timedelta(hours=19)
        assert made["clock_skew_seconds"] == pytest.approx(420, abs=30)
        assert made["clock_skew_flagged"] is True
        # Without a capture time nothing changes for an online client.
        online = await ok(await r.post(ACTIVITIES, json=payload), 201)
        assert online["captured_at"] is None
        assert online["clock_skew_seconds"] is None
        assert online["clock_skew_flagged"] is False

    # A manager holds visit:backdate and activity:backdate: their own late check-in is kept.
    manager, manager_token = await staff_member(
        app, client, "销售经理补录", db.root_department_id, username="backdating_manager",
        roles=("sales_manager",),
    )  # fmt: skip
    own = await customer(client, "经理的客户", owner_id=str(manager["id"]), **WGS)
    async with http_client(app, manager_token) as m:
        planned = await visit(m, own)
        week_ago = _at(timedelta(days=-7))
        late = await ok(
            await m.post(
                f"{VISITS}/{planned['id']}/check-in", json={**WGS, "captured_at": week_ago}
            )
        )
        assert _parse(late["check_in_at"]) == _parse(week_ago)
        made = await ok(
            await m.post(
                ACTIVITIES,
                json={"type": "call", "subject": "补录", "customer_id": own,
                      "captured_at": week_ago},
            ),
            201,
        )  # fmt: skip
        assert _parse(made["captured_at"]) == _parse(week_ago)


async def test_a_retried_offline_activity_is_not_refused_for_its_age(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An offline phone's retry of a create that succeeded returns the record, whatever the
    capture's age by now (the rules are not run again)."""
    rep_id, token = await rep(app, client, db, "retrier")
    customer_id = await customer(client, "重试客户", owner_id=rep_id)
    async with http_client(app, token) as r:
        payload = {
            "id": "01890a5d-ac96-774b-bcce-b30209900016",
            "type": "call",
            "subject": "重发",
            "customer_id": customer_id,
            "captured_at": _at(timedelta(hours=-71, minutes=-59)),
        }
        first = await ok(await r.post(ACTIVITIES, json=payload), 201)
        monkeypatch.setattr(app.state.settings, "offline_max_age_hours", 1.0)
        again = await ok(await r.post(ACTIVITIES, json=payload), 200)
        assert again["id"] == first["id"]
