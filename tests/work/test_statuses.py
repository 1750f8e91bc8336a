"""Statuses: set by hand or derived from approved leave and trips and open check-ins, and the
team board."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from tests.activities.support import problem, visit
from tests.conftest import TestDatabase, http_client
from tests.sales.support import customer, ok
from tests.work.support import BOARD, SCHEDULES, STATUSES, act, leave, status_type, submit, team


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _rows(board: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["employee_id"]: row for row in board["items"]}


async def test_the_board_shows_each_persons_status_schedule_and_check_ins(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    now = datetime.now(UTC).replace(microsecond=0)
    training = await status_type(client, "studying")
    async with (
        http_client(app, t.tokens["R"]) as r,
        http_client(app, t.tokens["R2"]) as r2,
        http_client(app, t.tokens["M"]) as m,
        http_client(app, t.tokens["D"]) as d,
    ):
        # R: studying by hand, until tomorrow; an event today.
        set_ = await ok(
            await r.post(
                STATUSES,
                json={"type_id": training, "ends_at": _iso(now + timedelta(days=1)),
                      "note": "产品培训"},
            ),
            201,
        )  # fmt: skip
        event = {
            "title": "培训课",
            "starts_at": _iso(now),
            "ends_at": _iso(now + timedelta(minutes=30)),
        }
        await ok(await r.post(SCHEDULES, json=event), 201)
        # R2: on approved leave now.
        away = await submit(
            r2, leave(_iso(now - timedelta(hours=1)), _iso(now + timedelta(hours=8)))
        )
        await ok(await act(m, away["id"], "approve"))
        # M: checked in at a customer, still there.
        customer_id = await customer(m, "看板客户")
        planned = await visit(m, customer_id, planned_at=_iso(now))
        spot = {"latitude": 31.23, "longitude": 121.47}
        await ok(await m.post(f"/api/v1/visits/{planned['id']}/check-in", json=spot))

        board = _rows(await ok(await d.get(BOARD, params={"limit": 100})))
        assert {t.ids[k] for k in ("D", "M", "R", "R2", "X")} <= set(board)
        r_row = board[t.ids["R"]]
        assert r_row["status"]["source"] == "manual"
        assert r_row["status"]["code"] == "studying"
        assert r_row["status"]["record_id"] == set_["id"]
        assert [e["title"] for e in r_row["schedule"]] == ["培训课"]
        r2_row = board[t.ids["R2"]]
        assert (r2_row["status"]["source"], r2_row["status"]["code"]) == ("leave", "on_leave")
        assert r2_row["status"]["record_id"] == away["id"]
        m_row = board[t.ids["M"]]
        assert (m_row["status"]["source"], m_row["status"]["code"]) == (
            "visit",
            "visiting_customers",
        )
        assert [c["visit_id"] for c in m_row["check_ins"]] == [planned["id"]]
        assert board[t.ids["X"]]["status"] is None

        # M's board: their team only (scope), not X or D.
        team_board = _rows(await ok(await m.get(BOARD, params={"limit": 100})))
        assert set(team_board) == {t.ids["M"], t.ids["R"], t.ids["R2"]}
        # A rep sees only themselves.
        assert set(_rows(await ok(await r.get(BOARD)))) == {t.ids["R"]}

        # A status set by hand wins over the derived one; checked out, the visit gives none.
        office = await status_type(client, "in_office")
        await ok(await m.post(STATUSES, json={"type_id": office, "owner_id": t.ids["R2"]}), 201)
        await ok(await m.post(f"/api/v1/visits/{planned['id']}/check-out", json=spot))
        again = _rows(await ok(await m.get(BOARD, params={"limit": 100})))
        assert again[t.ids["R2"]]["status"]["code"] == "in_office"
        assert again[t.ids["M"]]["status"] is None
        assert [c["check_out_at"] is not None for c in again[t.ids["M"]]["check_ins"]] == [True]


async def test_statuses_are_the_owners_within_the_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    office = await status_type(client, "in_office")
    async with http_client(app, t.tokens["R"]) as r, http_client(app, t.tokens["M"]) as m:
        for_other = await r.post(STATUSES, json={"type_id": office, "owner_id": t.ids["R2"]})
        await problem(for_other, 403, "forbidden")
        by_leader = await ok(
            await m.post(STATUSES, json={"type_id": office, "owner_id": t.ids["R"]}), 201
        )
        assert by_leader["owner_id"] == t.ids["R"]
        backwards = {
            "type_id": office,
            "starts_at": "2026-12-10T02:00:00Z",
            "ends_at": "2026-12-10T01:00:00Z",
        }
        assert (await r.post(STATUSES, json=backwards)).status_code == 422
        archived = await client.get("/api/v1/status-types", params={"q": "in_office"})
        type_id = archived.json()["items"][0]["id"]
        await ok(await client.patch(f"/api/v1/status-types/{type_id}", json={"active": False}))
        stale = await r.post(STATUSES, json={"type_id": office})
        assert (await problem(stale, 422, "validation_error"))["errors"][0]["loc"] == [
            "body",
            "type_id",
        ]
