"""Field visits: check-in and check-out with coordinates, the distance from the customer and
the flag, the visit activity, the refusals, and the statistics performance counts."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from salescrm.activities.service import distance_m
from tests.activities.support import (
    ACTIVITIES,
    VISITS,
    count,
    customer,
    locs,
    ok,
    problem,
    rep,
    visit,
)
from tests.conftest import TestDatabase, assert_unknown_reference, http_client
from tests.files.support import FILES, png, upload, uploaded

SHANGHAI = {"latitude": 31.2304, "longitude": 121.4737}


def test_the_distance_is_the_great_circle_distance() -> None:
    # Shanghai People's Square to Beijing Tiananmen: about 1,067 km.
    assert distance_m(31.2304, 121.4737, 39.9087, 116.3975) == pytest.approx(1_067_000, rel=0.01)
    assert distance_m(31.2304, 121.4737, 31.2304 + 0.0009, 121.4737) == pytest.approx(100, abs=1)
    assert distance_m(10, 20, 10, 20) == 0


async def test_check_in_and_out_on_site(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rep_id, token = await rep(app, client, db, "field")
    customer_id = await customer(client, "上海华信", owner_id=rep_id, **SHANGHAI)
    async with http_client(app, token) as r:
        planned = await visit(r, customer_id)
        assert planned["status"] == "planned"
        assert planned["owner_id"] == rep_id
        url = f"{VISITS}/{planned['id']}"
        early = await r.post(f"{url}/check-out", json=SHANGHAI)
        await problem(early, 409, "visit_not_checked_in")

        near = {"latitude": SHANGHAI["latitude"] + 0.0009, "longitude": SHANGHAI["longitude"]}
        checked_in = await ok(await r.post(f"{url}/check-in", json={**near, "accuracy_m": 12}))
        assert checked_in["status"] == "checked_in"
        assert checked_in["check_in_distance_m"] == pytest.approx(100, abs=1)
        assert checked_in["check_in_flagged"] is False
        assert checked_in["check_in_accuracy_m"] == 12
        await problem(await r.post(f"{url}/check-in", json=near), 409, "visit_not_planned")

        done = await ok(await r.post(f"{url}/check-out", json={**near, "summary": "客户认可方案"}))
        assert done["status"] == "completed"
        assert done["check_out_at"] >= done["check_in_at"]
        recorded = await ok(await r.get(f"{ACTIVITIES}/{done['activity_id']}"))
        assert (recorded["type"], recorded["subject"], recorded["notes"]) == (
            "visit", "上门演示", "客户认可方案",
        )  # fmt: skip
        assert recorded["occurred_at"] == done["check_in_at"]
        assert recorded["employee_ids"] == [rep_id]
        follow = (await ok(await r.get(f"/api/v1/customers/{customer_id}")))["last_follow_up_at"]
        assert follow == done["check_in_at"]
        await problem(await r.patch(url, json={"purpose": "改"}), 409, "visit_closed")
        await ok(await r.patch(url, json={"summary": "补充：下周报价"}))


async def test_a_check_in_far_from_the_customer_is_flagged(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rep_id, token = await rep(app, client, db, "faraway")
    customer_id = await customer(client, "远处客户", owner_id=rep_id, **SHANGHAI)
    unplaced = await customer(client, "没有坐标的客户", owner_id=rep_id)
    async with http_client(app, token) as r:
        far = await visit(r, customer_id)
        moved = {"latitude": SHANGHAI["latitude"] + 0.05, "longitude": SHANGHAI["longitude"]}
        body = await ok(await r.post(f"{VISITS}/{far['id']}/check-in", json=moved))
        assert body["check_in_distance_m"] == pytest.approx(5560, rel=0.01)
        assert body["check_in_flagged"] is True
        flagged = await ok(await r.get(VISITS, params={"flagged": "true"}))
        assert [v["id"] for v in flagged["items"]] == [far["id"]]
        nowhere = await visit(r, unplaced)
        body = await ok(await r.post(f"{VISITS}/{nowhere['id']}/check-in", json=moved))
        assert body["check_in_distance_m"] is None
        assert body["check_in_flagged"] is False


async def test_bad_positions_and_other_peoples_visits_are_refused(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rep_id, token = await rep(app, client, db, "strict")
    customer_id = await customer(client, "坐标客户", owner_id=rep_id, **SHANGHAI)
    planned = await visit(client, customer_id, owner_id=rep_id)
    url = f"{VISITS}/{planned['id']}/check-in"
    async with http_client(app, token) as r:
        missing = await r.post(url, json={})
        await problem(missing, 422, "validation_error")
        assert sorted(locs(missing)) == ["latitude", "longitude"]
        bad = await r.post(url, json={"latitude": 91, "longitude": 121})
        assert locs(bad) == ["latitude"]
        bad = await r.post(url, json={"latitude": 31, "longitude": -181})
        assert locs(bad) == ["longitude"]
        bad = await r.post(url, json={"latitude": "north", "longitude": 121})
        assert locs(bad) == ["latitude"]
    # Only the rep on site checks in, not the manager who planned it.
    await problem(await client.post(url, json=SHANGHAI), 403, "forbidden")
    assert (await ok(await client.get(f"{VISITS}/{planned['id']}")))["status"] == "planned"
    cancelled = await ok(await client.post(f"{VISITS}/{planned['id']}/cancel", json={}))
    assert cancelled["status"] == "cancelled"
    async with http_client(app, token) as r:
        await problem(await r.post(url, json=SHANGHAI), 409, "visit_not_planned")
    assert await count(client, ACTIVITIES) == 0


async def test_visit_statistics_count_completed_visits_per_rep(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    first_id, first = await rep(app, client, db, "stats1")
    second_id, second = await rep(app, client, db, "stats2")
    far = {"latitude": SHANGHAI["latitude"] + 0.05, "longitude": SHANGHAI["longitude"]}
    for rep_id, token, places in (
        (first_id, first, [SHANGHAI, far, SHANGHAI]),
        (second_id, second, [far]),
    ):
        async with http_client(app, token) as r:
            customers = [
                await customer(client, f"统计客户{rep_id[-4:]}{n}", owner_id=rep_id, **SHANGHAI)
                for n in range(2)
            ]
            for n, place in enumerate(places):
                planned = await visit(r, customers[n % 2])
                await ok(await r.post(f"{VISITS}/{planned['id']}/check-in", json=place))
                await ok(await r.post(f"{VISITS}/{planned['id']}/check-out", json=place))
            await visit(r, customers[0])  # planned only: not counted
    params = {"checked_out_from": "2026-01-01", "checked_out_to": "2030-12-31"}
    stats = await ok(await client.get(f"{VISITS}/stats", params=params))
    assert [
        (i["owner_id"], i["completed"], i["flagged"], i["customers"]) for i in stats["items"]
    ] == [
        (first_id, 3, 1, 2),
        (second_id, 1, 1, 1),
    ]
    async with http_client(app, second) as r:
        own = await ok(await r.get(f"{VISITS}/stats", params=params))
        assert [i["owner_id"] for i in own["items"]] == [second_id]
    past = {"checked_out_from": "2020-01-01", "checked_out_to": "2020-12-31"}
    assert (await ok(await client.get(f"{VISITS}/stats", params=past)))["items"] == []
    reversed_period = {"checked_out_from": "2021-01-01", "checked_out_to": "2020-12-31"}
    await problem(
        await client.get(f"{VISITS}/stats", params=reversed_period), 422, "validation_error"
    )


async def test_a_visits_photos_are_seen_as_the_visit_is(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rep_id, token = await rep(app, client, db, "photographer")
    _, other = await rep(app, client, db, "bystander")
    customer_id = await customer(client, "拍照客户", owner_id=rep_id, **SHANGHAI)
    async with http_client(app, token) as r:
        planned = await visit(r, customer_id)
        photo = await uploaded(
            r, png(2, 2), resource="visit", record_id=planned["id"], filename="门头照.png"
        )
        listed = await ok(
            await r.get(FILES, params={"resource": "visit", "record_id": planned["id"]})
        )
        assert [f["id"] for f in listed["items"]] == [photo["id"]]
        download = await r.get(f"{FILES}/{photo['id']}/content")
        assert download.status_code == 200
        assert download.content == png(2, 2)
    async with http_client(app, other) as r:
        await problem(await r.get(f"{FILES}/{photo['id']}"), 404, "not_found")
        refused = await upload(r, png(), resource="visit", record_id=planned["id"])
        assert_unknown_reference(refused, "body", "record_id")
