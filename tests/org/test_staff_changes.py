"""Staff changes: dated history of transfers, promotions, status changes and resignations."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx

from salescrm.config import Settings
from salescrm.core.jobs import Job, run_once
from salescrm.core.uow import Ctx
from salescrm.jobs import JOBS
from salescrm.org.staff import StaffChanges
from tests.conftest import TestDatabase, http_client
from tests.org.support import (
    AUDIT,
    DEPARTMENTS,
    EMPLOYEES,
    PASSWORD,
    POSITIONS,
    create,
    department,
    employee,
    error_locs,
    get,
    login_status,
    role_id,
    staff_member,
    token_status,
)

MISSING = "01890a5d-ac96-774b-bcce-b302099a8999"


def _today() -> date:
    return datetime.now(UTC).date()


def _changes_url(employee_id: str) -> str:
    return f"{EMPLOYEES}/{employee_id}/changes"


async def _record(
    client: httpx.AsyncClient, employee_id: str, payload: dict[str, Any]
) -> dict[str, Any]:
    response = await client.post(_changes_url(employee_id), json=payload)
    assert response.status_code == 201, response.text
    assert response.headers["location"] == f"{_changes_url(employee_id)}/{response.json()['id']}"
    body: dict[str, Any] = response.json()
    return body


async def _all_changes(
    client: httpx.AsyncClient, employee_id: str, **params: str
) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = {"limit": "1", **params, **({"cursor": cursor} if cursor else {})}
        response = await client.get(_changes_url(employee_id), params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page["items"]) <= 1
        items.extend(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return items


async def _run_due_job(db: TestDatabase, settings: Settings, today: date) -> int:
    """The scheduled job as it runs on ``today`` (one transaction, as the system)."""

    async def on_that_day(ctx: Ctx) -> int:
        return await StaffChanges(ctx).apply_due(today=today)

    return await run_once(Job("apply_due_staff_changes", 300, on_that_day), db.database, settings)


# ----- immediate changes ---------------------------------------------------------------------
async def test_transfer_promotion_and_status_change_are_recorded_with_what_was_before(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    sales = await department(client, "销售部", db.root_department_id)
    boss = await employee(client, "老板", sales["id"])
    junior = await create(client, POSITIONS, {"name": "销售专员", "level": 2})
    senior = await create(client, POSITIONS, {"name": "高级销售", "level": 4})
    person = await employee(client, "许变动", db.root_department_id, position_id=junior["id"])
    url = f"{EMPLOYEES}/{person['id']}"

    transfer = await _record(
        client,
        person["id"],
        {"kind": "transfer", "department_id": sales["id"], "manager_id": boss["id"]},
    )
    assert transfer["status"] == "applied"
    assert transfer["effective_date"] == _today().isoformat()
    assert transfer["applied_at"] is not None
    assert transfer["recorded_by"] == db.admin_id
    assert transfer["changes"] == {"department_id": sales["id"], "manager_id": boss["id"]}
    assert transfer["previous"] == {"department_id": db.root_department_id, "manager_id": None}

    promotion = await _record(
        client, person["id"], {"kind": "promotion", "position_id": senior["id"], "reason": "业绩"}
    )
    assert promotion["changes"] == {"position_id": senior["id"]}
    assert promotion["previous"] == {"position_id": junior["id"]}
    assert promotion["reason"] == "业绩"

    leave = await _record(
        client, person["id"], {"kind": "status_change", "employment_status": "on_leave"}
    )
    assert leave["changes"] == {"employment_status": "on_leave"}
    assert leave["previous"] == {"employment_status": "active"}

    now = await get(client, url)
    assert now["department_id"] == sales["id"]
    assert now["manager_id"] == boss["id"]
    assert now["position_id"] == senior["id"]
    assert now["employment_status"] == "on_leave"

    history = await _all_changes(client, person["id"], sort="created_at")
    assert [c["id"] for c in history] == [transfer["id"], promotion["id"], leave["id"]]
    assert history[0] == transfer
    promotions = await _all_changes(client, person["id"], kind="promotion")
    assert [c["id"] for c in promotions] == [promotion["id"]]
    counted = (
        await client.get(_changes_url(person["id"]), params={"include_total": "true"})
    ).json()
    assert counted["total"] == 3
    # Each change is on the employee's audit trail too.
    trail = (await client.get(AUDIT, params={"record_id": person["id"], "limit": 200})).json()
    changed = {key for e in trail["items"] for key in e["changes"]}
    assert {"department_id", "manager_id", "position_id", "employment_status"} <= changed


async def test_a_patch_of_the_department_is_an_applied_transfer(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    east = await department(client, "华东", db.root_department_id)
    person = await employee(client, "韩调动", db.root_department_id)
    url = f"{EMPLOYEES}/{person['id']}"
    patched = await client.patch(url, json={"department_id": east["id"], "name": "韩调动二"})
    assert patched.status_code == 200, patched.text
    assert patched.json()["department_id"] == east["id"]
    assert patched.json()["version"] == person["version"] + 1
    assert patched.headers["etag"] == f'"{patched.json()["version"]}"'
    assert (await get(client, url))["version"] == patched.json()["version"]
    history = (await client.get(_changes_url(person["id"]))).json()["items"]
    assert len(history) == 1
    assert history[0]["kind"] == "transfer"
    assert history[0]["status"] == "applied"
    assert history[0]["changes"] == {"department_id": east["id"]}
    assert history[0]["previous"] == {"department_id": db.root_department_id}
    # Sending the same department again changes nothing and records nothing.
    same = await client.patch(url, json={"department_id": east["id"]})
    assert same.status_code == 200
    assert len((await client.get(_changes_url(person["id"]))).json()["items"]) == 1
    # A plain rename is no staff change.
    await client.patch(url, json={"name": "韩三"})
    assert len((await client.get(_changes_url(person["id"]))).json()["items"]) == 1


async def test_a_stale_patch_of_tracked_fields_leaves_no_trace(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    boss = await employee(client, "上司", db.root_department_id)
    person = await employee(client, "蒋过期", db.root_department_id)
    report = await employee(client, "报告", db.root_department_id, manager_id=person["id"])
    url = f"{EMPLOYEES}/{person['id']}"
    assert (await client.patch(url, json={"name": "蒋新"})).status_code == 200
    stale = await client.patch(
        url,
        json={"manager_id": boss["id"], "employment_status": "on_leave"},
        headers={"If-Match": f'"{person["version"]}"'},
    )
    assert stale.status_code == 412
    assert stale.headers["etag"] == f'"{person["version"] + 1}"'
    now = await get(client, url)
    assert (now["manager_id"], now["employment_status"]) == (None, "active")
    assert (await client.get(_changes_url(person["id"]))).json()["items"] == []
    # The report's chain was not moved under the boss either: the boss may still report to them.
    cycle_free = await client.patch(f"{EMPLOYEES}/{boss['id']}", json={"manager_id": report["id"]})
    assert cycle_free.status_code == 200, cycle_free.text


async def test_a_change_must_say_what_changes_and_refer_to_real_records(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    boss = await employee(client, "上级", db.root_department_id)
    person = await employee(client, "下级", db.root_department_id, manager_id=boss["id"])
    cases = [
        ({"kind": "transfer"}, "department_id"),
        ({"kind": "promotion"}, "position_id"),
        ({"kind": "status_change"}, "employment_status"),
        ({"kind": "status_change", "employment_status": "resigned"}, "employment_status"),
        ({"kind": "transfer", "department_id": MISSING}, "department_id"),
        ({"kind": "promotion", "position_id": MISSING}, "position_id"),
        ({"kind": "transfer", "manager_id": MISSING}, "manager_id"),
        ({"kind": "transfer", "manager_id": person["id"]}, "manager_id"),
        ({"kind": "sideways"}, "kind"),
        ({"kind": "transfer", "effective_date": "tomorrow"}, "effective_date"),
    ]
    for payload, field in cases:
        response = await client.post(_changes_url(person["id"]), json=payload)
        assert response.status_code == 422, (payload, response.text)
        assert any(loc[:2] == ["body", field] for loc in error_locs(response)), payload
    cycle = await client.post(
        _changes_url(boss["id"]), json={"kind": "transfer", "manager_id": person["id"]}
    )
    assert cycle.status_code == 422
    assert ["body", "manager_id"] in error_locs(cycle)
    assert (await client.get(_changes_url(person["id"]))).json()["items"] == []
    missing = await client.post(_changes_url(MISSING), json={"kind": "promotion"})
    assert missing.status_code == 404


# ----- scheduled changes ---------------------------------------------------------------------
async def test_a_future_change_waits_can_be_cancelled_once_and_is_applied_when_due(
    client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    west = await department(client, "华西", db.root_department_id)
    north = await department(client, "华北", db.root_department_id)
    person = await employee(client, "曹计划", db.root_department_id)
    url = f"{EMPLOYEES}/{person['id']}"
    tomorrow = _today() + timedelta(days=1)

    planned = await _record(
        client,
        person["id"],
        {"kind": "transfer", "department_id": west["id"], "effective_date": tomorrow.isoformat()},
    )
    assert planned["status"] == "scheduled"
    assert planned["previous"] == {}
    assert planned["applied_at"] is None
    assert (await get(client, url)) == person

    cancel_url = f"{_changes_url(person['id'])}/{planned['id']}/cancel"
    cancelled = await client.post(cancel_url)
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["status"] == "cancelled"
    again = await client.post(cancel_url)
    assert again.status_code == 409
    assert "cancelled" in again.json()["detail"]

    kept = await _record(
        client,
        person["id"],
        {"kind": "transfer", "department_id": north["id"], "effective_date": tomorrow.isoformat()},
    )
    scheduled = await _all_changes(client, person["id"], status="scheduled")
    assert [c["id"] for c in scheduled] == [kept["id"]]

    # The real job, today: nothing is due yet.
    job = next(j for j in JOBS if j.name == "apply_due_staff_changes")
    assert await run_once(job, db.database, settings) == 0
    assert (await get(client, url))["department_id"] == db.root_department_id

    # Tomorrow it is (and the cancelled change stays cancelled).
    assert await _run_due_job(db, settings, tomorrow) == 1
    now = await get(client, url)
    assert now["department_id"] == north["id"]
    assert now["version"] == person["version"] + 1
    history = {c["id"]: c for c in await _all_changes(client, person["id"])}
    assert history[kept["id"]]["status"] == "applied"
    assert history[kept["id"]]["previous"] == {"department_id": db.root_department_id}
    assert history[kept["id"]]["applied_at"] is not None
    assert history[planned["id"]]["status"] == "cancelled"
    assert (
        await client.post(f"{_changes_url(person['id'])}/{kept['id']}/cancel")
    ).status_code == 409
    # Running again finds nothing left to do.
    assert await _run_due_job(db, settings, tomorrow) == 0
    trail = (await client.get(AUDIT, params={"record_id": person["id"], "limit": 200})).json()
    moves = [
        e for e in trail["items"] if e["action"] == "update" and "department_id" in e["changes"]
    ]
    assert [(e["actor_type"], e["changes"]["department_id"]) for e in moves] == [
        ("system", [db.root_department_id, north["id"]])
    ]


async def test_a_change_is_cancelled_only_under_its_own_employee(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    a = await employee(client, "甲", db.root_department_id)
    b = await employee(client, "乙", db.root_department_id)
    planned = await _record(
        client,
        a["id"],
        {
            "kind": "status_change",
            "employment_status": "on_leave",
            "effective_date": (_today() + timedelta(days=30)).isoformat(),
        },
    )
    wrong = await client.post(f"{_changes_url(b['id'])}/{planned['id']}/cancel")
    assert wrong.status_code == 404
    history = (await client.get(_changes_url(a["id"]))).json()["items"]
    assert [c["status"] for c in history] == ["scheduled"]


# ----- resignations --------------------------------------------------------------------------
async def test_a_resignation_needs_an_active_successor_other_than_the_leaver(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    leaver = await employee(client, "离职者", db.root_department_id)
    gone = await employee(client, "已删除", db.root_department_id)
    assert (await client.delete(f"{EMPLOYEES}/{gone['id']}")).status_code == 204
    for successor in (None, leaver["id"], gone["id"], MISSING):
        body = {"kind": "resignation", **({"successor_id": successor} if successor else {})}
        response = await client.post(_changes_url(leaver["id"]), json=body)
        assert response.status_code == 422, (successor, response.text)
        assert ["body", "successor_id"] in error_locs(response), successor
    assert (await get(client, f"{EMPLOYEES}/{leaver['id']}"))["employment_status"] == "active"


async def test_a_resignation_hands_everything_over_to_the_successor(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    unit = await department(client, "华南", db.root_department_id)
    leaver, leaver_token = await staff_member(
        app, client, "关离职", unit["id"], username="guan", roles=("sales_manager",)
    )
    headed = await client.patch(f"{DEPARTMENTS}/{unit['id']}", json={"head_id": leaver["id"]})
    assert headed.status_code == 200
    first = await employee(client, "报告一", unit["id"], manager_id=leaver["id"])
    second = await employee(client, "报告二", unit["id"], manager_id=leaver["id"])
    below = await employee(client, "隔级", unit["id"], manager_id=second["id"])
    successor, successor_token = await staff_member(
        app, client, "岳接任", db.root_department_id, username="yue", roles=("sales_manager",)
    )

    async with http_client(app, successor_token) as as_successor:
        for report in (first, second, below):
            assert (await as_successor.get(f"{EMPLOYEES}/{report['id']}")).status_code == 404

        resignation = await _record(
            client,
            leaver["id"],
            {"kind": "resignation", "successor_id": successor["id"], "reason": "个人原因"},
        )
        assert resignation["status"] == "applied"
        assert resignation["successor_id"] == successor["id"]
        assert resignation["changes"] == {"employment_status": "resigned"}
        assert resignation["previous"] == {"employment_status": "active"}
        assert resignation["handover"]["direct_reports"] == 2
        assert resignation["handover"]["departments_headed"] == 1

        for report in (first, second):
            now = await get(client, f"{EMPLOYEES}/{report['id']}")
            assert now["manager_id"] == successor["id"]
        assert (await get(client, f"{EMPLOYEES}/{below['id']}"))["manager_id"] == second["id"]
        # As their manager now, the successor sees them, and the level below.
        for report in (first, second, below):
            response = await as_successor.get(f"{EMPLOYEES}/{report['id']}")
            assert response.status_code == 200, report["name"]
        mine = await as_successor.get(EMPLOYEES, params={"manager_id": successor["id"]})
        assert {e["id"] for e in mine.json()["items"]} == {first["id"], second["id"]}

    assert (await get(client, f"{DEPARTMENTS}/{unit['id']}"))["head_id"] == successor["id"]
    gone = await get(client, f"{EMPLOYEES}/{leaver['id']}")
    assert gone["employment_status"] == "resigned"
    assert gone["resigned_on"] == _today().isoformat()
    assert gone["account"]["enabled"] is False
    assert await token_status(app, leaver_token) == 401
    assert await login_status(app, "guan", PASSWORD) == 401

    trail = await client.get(AUDIT, params={"record_id": first["id"], "limit": 200})
    assert trail.status_code == 200
    updates = [e for e in trail.json()["items"] if e["action"] == "update"]
    assert [e["changes"]["manager_id"] for e in updates] == [[leaver["id"], successor["id"]]]
    assert updates[0]["actor_id"] == db.admin_id
    head_trail = (await client.get(AUDIT, params={"record_id": unit["id"]})).json()["items"]
    assert [leaver["id"], successor["id"]] in [e["changes"].get("head_id") for e in head_trail]

    second_time = await client.post(
        _changes_url(leaver["id"]), json={"kind": "resignation", "successor_id": successor["id"]}
    )
    assert second_time.status_code == 409
    assert second_time.json()["code"] == "conflict"
    later = await client.post(
        _changes_url(leaver["id"]), json={"kind": "status_change", "employment_status": "active"}
    )
    assert later.status_code == 409
    assert len((await client.get(_changes_url(leaver["id"]))).json()["items"]) == 1


async def test_a_successor_from_the_leavers_own_team_takes_the_leavers_place(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """The deputy takes over: they move up to the leaver's manager, the rest report to them."""
    top = await employee(client, "总经理", db.root_department_id)
    leaver = await employee(client, "离任经理", db.root_department_id, manager_id=top["id"])
    deputy = await employee(client, "副手", db.root_department_id, manager_id=leaver["id"])
    peer = await employee(client, "同事", db.root_department_id, manager_id=leaver["id"])
    assistant = await employee(client, "助理", db.root_department_id, manager_id=deputy["id"])
    resignation = await _record(
        client, leaver["id"], {"kind": "resignation", "successor_id": deputy["id"]}
    )
    assert resignation["handover"]["direct_reports"] == 1  # the peer; the deputy moved up
    managers = {
        e["id"]: e["manager_id"]
        for e in (await client.get(EMPLOYEES, params={"limit": 200})).json()["items"]
    }
    assert managers[deputy["id"]] == top["id"]
    assert managers[peer["id"]] == deputy["id"]
    assert managers[assistant["id"]] == deputy["id"]
    # The chains are consistent: nobody can be made to report to their own report.
    cycle = await client.patch(f"{EMPLOYEES}/{deputy['id']}", json={"manager_id": peer["id"]})
    assert cycle.status_code == 422


async def test_a_successor_from_deeper_in_the_leavers_tree_is_lifted_too(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    leaver = await employee(client, "离任", db.root_department_id)
    lead = await employee(client, "组长", db.root_department_id, manager_id=leaver["id"])
    deep = await employee(client, "骨干", db.root_department_id, manager_id=lead["id"])
    resignation = await _record(
        client, leaver["id"], {"kind": "resignation", "successor_id": deep["id"]}
    )
    assert resignation["status"] == "applied"
    assert (await get(client, f"{EMPLOYEES}/{deep['id']}"))["manager_id"] is None
    assert (await get(client, f"{EMPLOYEES}/{lead['id']}"))["manager_id"] == deep["id"]
    cycle = await client.patch(f"{EMPLOYEES}/{deep['id']}", json={"manager_id": lead["id"]})
    assert cycle.status_code == 422


async def test_a_scheduled_resignation_hands_over_when_the_job_applies_it(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    leaver, token = await staff_member(
        app, client, "葛将离", db.root_department_id, username="ge.jiang"
    )
    report = await employee(client, "下属", db.root_department_id, manager_id=leaver["id"])
    successor = await employee(client, "接任", db.root_department_id)
    day = _today() + timedelta(days=14)
    planned = await _record(
        client,
        leaver["id"],
        {"kind": "resignation", "successor_id": successor["id"], "effective_date": day.isoformat()},
    )
    assert planned["status"] == "scheduled"
    assert planned["handover"] == {}
    assert await token_status(app, token) == 200
    assert (await get(client, f"{EMPLOYEES}/{report['id']}"))["manager_id"] == leaver["id"]

    assert await _run_due_job(db, settings, day - timedelta(days=1)) == 0
    assert await _run_due_job(db, settings, day) == 1
    assert await token_status(app, token) == 401
    assert (await get(client, f"{EMPLOYEES}/{report['id']}"))["manager_id"] == successor["id"]
    applied = (await client.get(_changes_url(leaver["id"]))).json()["items"][0]
    assert applied["status"] == "applied"
    assert applied["handover"]["direct_reports"] == 1
    assert (await get(client, f"{EMPLOYEES}/{leaver['id']}"))["resigned_on"] == day.isoformat()


async def test_a_scheduled_change_that_became_invalid_does_not_block_the_job(
    client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    """A change checked when it was planned can be impossible by its date; the rest still apply."""
    a = await employee(client, "甲", db.root_department_id)
    b = await employee(client, "乙", db.root_department_id)
    other = await employee(client, "丙", db.root_department_id)
    day = _today() + timedelta(days=3)
    doomed = await _record(
        client,
        a["id"],
        {"kind": "transfer", "manager_id": b["id"], "effective_date": day.isoformat()},
    )
    # Meanwhile b is put under a: the planned change would now close a loop.
    assert (
        await client.patch(f"{EMPLOYEES}/{b['id']}", json={"manager_id": a["id"]})
    ).status_code == 200
    fine = await _record(
        client,
        other["id"],
        {
            "kind": "status_change",
            "employment_status": "on_leave",
            "effective_date": day.isoformat(),
        },
    )
    assert await _run_due_job(db, settings, day) == 2
    assert (await get(client, f"{EMPLOYEES}/{other['id']}"))["employment_status"] == "on_leave"
    assert (await get(client, f"{EMPLOYEES}/{a['id']}"))["manager_id"] is None
    statuses = {
        c["id"]: c["status"]
        for e in (a, other)
        for c in (await client.get(_changes_url(e["id"]))).json()["items"]
    }
    assert statuses == {doomed["id"]: "cancelled", fine["id"]: "applied"}


# ----- administrators moved by a hand-over (review of issue 12, finding 5) -------------------
async def _admin_under(client: httpx.AsyncClient, db: TestDatabase, boss_id: str) -> dict[str, Any]:
    return await employee(
        client,
        "副管理员",
        db.root_department_id,
        role_ids=[await role_id(client, "admin")],
        manager_id=boss_id,
    )


async def test_hr_cannot_move_an_administrator_by_handing_over_their_manager(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """HR may not change an administrator's manager (7g); a resignation of that manager with a
    successor would do it through the hand-over, so it is refused too. An administrator may."""
    hr, token = await staff_member(
        app, client, "人事", db.root_department_id, username="hr.user", roles=("hr",)
    )
    boss = await employee(client, "上级", db.root_department_id)
    second = await _admin_under(client, db, boss["id"])
    async with http_client(app, token) as as_hr:
        response = await as_hr.post(
            _changes_url(boss["id"]), json={"kind": "resignation", "successor_id": hr["id"]}
        )
        assert response.status_code == 403, response.text
        assert response.json()["code"] == "administrator_protected"
    after = await get(client, f"{EMPLOYEES}/{second['id']}")
    assert after["manager_id"] == boss["id"]
    assert (await get(client, f"{EMPLOYEES}/{boss['id']}"))["employment_status"] != "resigned"
    await _record(client, boss["id"], {"kind": "resignation", "successor_id": hr["id"]})
    assert (await get(client, f"{EMPLOYEES}/{second['id']}"))["manager_id"] == hr["id"]


async def test_a_scheduled_hand_over_that_would_now_move_an_administrator_is_not_applied(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    """What a scheduled resignation moves is known only on its date: if an administrator
    reports to the leaver by then and whoever recorded it is no administrator, the job cancels
    it (with the reason) rather than move the administrator."""
    hr, token = await staff_member(
        app, client, "人事", db.root_department_id, username="hr.user", roles=("hr",)
    )
    boss = await employee(client, "上级", db.root_department_id)
    day = _today() + timedelta(days=3)
    payload = {"kind": "resignation", "successor_id": hr["id"], "effective_date": str(day)}
    async with http_client(app, token) as as_hr:
        response = await as_hr.post(_changes_url(boss["id"]), json=payload)
        assert response.status_code == 201, response.text
        by_hr = response.json()
    by_admin = await _record(client, boss["id"], {**payload, "effective_date": str(day)})
    second = await _admin_under(client, db, boss["id"])
    assert await _run_due_job(db, settings, day) == 2
    changes = {c["id"]: c for c in await _all_changes(client, boss["id"])}
    assert changes[by_hr["id"]]["status"] == "cancelled"
    assert "administrator" in changes[by_hr["id"]]["reason"]
    assert changes[by_admin["id"]]["status"] == "applied"
    assert (await get(client, f"{EMPLOYEES}/{second['id']}"))["manager_id"] == hr["id"]
